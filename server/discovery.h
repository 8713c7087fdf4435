// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/template.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace godwit::server {

class Database;
class Router;

// GET /sources and GET /templates (API §3.1), read from the database, ordered by name.
QJsonArray sourcesJson(const QSqlDatabase &db, const QString &accountId);
QList<engine::Template> templates(const QSqlDatabase &db, const QString &accountId);

void addDiscoveryRoutes(Router &router, Database &database);

} // namespace godwit::server
