// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace godwit::server {

class Database;
class Router;
class UploadStore;

// Generation B migrations (API §3.3.1-§3.3.3, §5.4, §6 item 6): POST/GET /migrations,
// GET /migrations/{id}, POST/GET /migrations/{id}/files.
class MigrationRoutes {
public:
    MigrationRoutes(Database &database, UploadStore &uploads);
    void addRoutes(Router &router);

    // The "migration" object of a migration of the account, or nullopt.
    static std::optional<QJsonObject> migrationObject(const QSqlDatabase &db, const QString &accountId,
                                                      const QString &migrationId);

private:
    Database &m_database;
    UploadStore &m_uploads;
};

} // namespace godwit::server
