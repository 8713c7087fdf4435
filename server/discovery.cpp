// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/discovery.h"

#include "server/database.h"
#include "server/json.h"
#include "server/router.h"
#include "server/templates.h"

#include <QJsonObject>

#include <httplib.h>

namespace godwit::server {

QJsonArray sourcesJson(const QSqlDatabase &db, const QString &accountId)
{
    QJsonArray sources;
    QSqlQuery query = exec(db,
                           QStringLiteral("SELECT id, name, logo_url FROM sources WHERE account_id = ?"
                                          " ORDER BY lower(name), name, id"),
                           {accountId});
    while (query.next()) {
        sources.append(QJsonObject{{QLatin1String("id"), query.value(0).toString()},
                                   {QLatin1String("name"), query.value(1).toString()},
                                   {QLatin1String("logo_url"), query.isNull(2)
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(query.value(2).toString())}});
    }
    return sources;
}

QList<engine::Template> templates(const QSqlDatabase &db, const QString &accountId)
{
    QList<engine::Template> result;
    QSqlQuery query =
        exec(db,
             QStringLiteral("SELECT %1 FROM templates WHERE account_id = ? ORDER BY lower(name), name, id")
                 .arg(QLatin1String(kTemplateColumnsSql)),
             {accountId});
    while (query.next()) {
        if (std::optional<engine::Template> tmpl = templateFromRow(query))
            result.append(std::move(*tmpl));
    }
    return result;
}

void addDiscoveryRoutes(Router &router, Database &database)
{
    router.get(QStringLiteral("/api/v1/sources"), [&database](RequestContext &request,
                                                              httplib::Response &response) {
        sendJson(
            response, 200,
            QJsonObject{{QLatin1String("sources"), sourcesJson(database.connection(), request.accountId())}});
    });
    router.get(QStringLiteral("/api/v1/templates"),
               [&database](RequestContext &request, httplib::Response &response) {
                   sendJson(response, 200,
                            engine::templatesToJson(templates(database.connection(), request.accountId())));
               });
}

} // namespace godwit::server
