// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/templates.h"

#include "server/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace godwit::server {

ResolvedTemplates resolveTemplates(const QSqlDatabase &db, const QString &accountId, TemplateKey key,
                                   const std::optional<QStringList> &wanted, bool activeOnly)
{
    ResolvedTemplates result;
    if (wanted) {
        const QString sql =
            key == TemplateKey::Id
                ? QStringLiteral("SELECT id, name, slug FROM templates WHERE account_id = ? AND id = ?")
                : QStringLiteral("SELECT id, name, slug FROM templates WHERE account_id = ? AND slug = ?");
        for (const QString &item : *wanted) {
            QSqlQuery found = exec(db, sql, {accountId, item});
            if (found.next())
                result.found.append(
                    {found.value(0).toString(), found.value(1).toString(), found.value(2).toString()});
            else
                result.unknown.append(item);
        }
        return result;
    }
    QSqlQuery all =
        exec(db,
             activeOnly ? QStringLiteral("SELECT id, name, slug FROM templates WHERE account_id = ?"
                                         " AND active = 1 ORDER BY position, name, id")
                        : QStringLiteral("SELECT id, name, slug FROM templates WHERE account_id = ?"
                                         " ORDER BY position, name, id"),
             {accountId});
    while (all.next())
        result.found.append({all.value(0).toString(), all.value(1).toString(), all.value(2).toString()});
    return result;
}

std::optional<engine::Template> templateFromRow(const QSqlQuery &query)
{
    const QJsonObject object{
        {QLatin1String("id"), query.value(0).toString()},
        {QLatin1String("name"), query.value(1).toString()},
        {QLatin1String("slug"), query.value(2).toString()},
        {QLatin1String("description"), query.value(3).toString()},
        {QLatin1String("active"), query.value(4).toInt() != 0},
        {QLatin1String("columns"), QJsonDocument::fromJson(query.value(5).toByteArray()).array()}};
    return engine::templateFromJson(object);
}

std::optional<engine::Template> loadTemplate(const QSqlDatabase &db, const QString &accountId,
                                             const QString &templateId)
{
    QSqlQuery query = exec(db,
                           QStringLiteral("SELECT %1 FROM templates WHERE account_id = ? AND id = ?")
                               .arg(QLatin1String(kTemplateColumnsSql)),
                           {accountId, templateId});
    if (!query.next())
        return std::nullopt;
    return templateFromRow(query);
}

} // namespace godwit::server
