// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace godwit::server {

class Database;
class ImportRunner;
class Router;
class UploadStore;

// Generation A imports and downloads (API §3.2.3–§3.2.5, §3.2.7, §5.1, §6 items 1, 3, 4, 7, 11, 29–31):
//   POST  /companies/{id}/imports                      start (files or inline rows; idempotency_key)
//   GET   /companies/{id}/imports[?status=active|…]    list, newest first
//   GET   /companies/{id}/imports/{run_id}             poll
//   PATCH /companies/{id}/imports/{run_id}             {"status":"cancel_requested"}
//   POST  /companies/{id}/imports/{run_id}/decisions   accept / answer / reject a needs_attention run
//   POST  /companies/{id}/imports/{run_id}/messages    answer a blocked run, or correct an active one
//   GET   /companies/{id}/export.csv[?sheet_id=&filter=valid|all|invalid]
class ImportRoutes {
public:
    ImportRoutes(Database &database, UploadStore &uploads, ImportRunner &runner);
    void addRoutes(Router &router);

    // The poll body of a run of the company, or nullopt.
    static std::optional<QJsonObject> runBody(const QSqlDatabase &db, const QString &companyId,
                                              const QString &runId);

    static constexpr int kMaxInlineRows = 5000; // API §6 item 20
    static constexpr int kMaxFiles = 100;

private:
    Database &m_database;
    UploadStore &m_uploads;
    ImportRunner &m_runner;
};

} // namespace godwit::server
