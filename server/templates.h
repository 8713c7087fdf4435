// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/template.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit::server {

// The account's templates as the routes need them: resolved from the ids (generation A's
// `template_ids`) or slugs (generation B's `templates`) a request names, or all of them in the
// account's order. One place for both generations, so they agree on order and on what is unknown.
struct TemplateRef {
    QString id;
    QString name;
    QString slug;
};

struct ResolvedTemplates {
    QList<TemplateRef> found; // in the order asked for (or the account's order: position, name, id)
    QStringList unknown;      // what was asked for and is not a template of the account, in order
};

enum class TemplateKey { Id, Slug };

// `wanted`: ids or slugs (duplicates were already collapsed by the caller); nullopt: every template
// of the account, only the active ones when `activeOnly`.
ResolvedTemplates resolveTemplates(const QSqlDatabase &db, const QString &accountId, TemplateKey key,
                                   const std::optional<QStringList> &wanted, bool activeOnly = false);

// The columns every template query selects, in this order, and the engine's template of one such row.
inline constexpr char kTemplateColumnsSql[] = "id, name, slug, description, active, columns_json";
std::optional<engine::Template> templateFromRow(const QSqlQuery &row);

// One template of the account with its columns, as the engine reads it; nullopt when unknown.
std::optional<engine::Template> loadTemplate(const QSqlDatabase &db, const QString &accountId,
                                             const QString &templateId);

} // namespace godwit::server
