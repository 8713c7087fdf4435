// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Generation A exports to a destination (API §3.2.8, §3.2.9, §5.2, §6 items 11, 27, 28, 36):
//   POST  /companies/{id}/exports                  start (full or canary; idempotency_key)
//   GET   /companies/{id}/exports                  list, newest first
//   GET   /companies/{id}/exports/{run_id}         poll, with per-row results (paged)
//   PATCH /companies/{id}/exports/{run_id}         {"status":"cancel_requested"}
//   PUT   /companies/{id}/connections              replace the destination connection (write-only)
// The run writes the company's stored rows (a snapshot taken when it starts) to the destination over
// HTTP on the import workers: one POST per row, retried with exponential backoff on 5xx, 429 and
// connection errors, then a GET of the written record to confirm its fields. Every row's result is
// one committed SQLite transaction, so a run interrupted by a killed server resumes after the last
// row it recorded (docs/api.md, "Exports").
//
// Files under the data directory:
//   exports/<run id>/<sheet id>.csv   the snapshot of the sheet's rows (a hard link when possible),
//                                     removed when the run ends
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace godwit::server {

class Database;
class ImportRunner;
class Router;
class SecretBox;

// Where and how rows are written, from a company's `connections` (API §6 item 36).
struct Destination {
    QString scheme; // http or https
    QString host;
    int port = 0;
    QString basePath;                             // without a trailing slash ("" or "/api")
    QList<QPair<QByteArray, QByteArray>> headers; // the auth headers

    // nullopt and `why` (naming the field) when `connections` cannot be used.
    static std::optional<Destination> fromConnections(const QJsonObject &connections, QString *why);
};

struct ExportOptions {
    int maxAttempts = 4;        // per request: the first try and three retries
    int initialBackoffMs = 200; // doubled after every failed attempt
    int maxBackoffMs = 5000;    // and capped here (a Retry-After of the destination too)
    int connectTimeoutSeconds = 5;
    int readTimeoutSeconds = 30;
};

class ExportRuns {
public:
    ExportRuns(Database &database, const QString &dataDir, const SecretBox &secrets, ImportRunner &runner,
               ExportOptions options = {});

    // At start, before the workers start and before serving: creates the tables when missing; runs a
    // killed server left running resume (after kInterruptionLimit interruptions they fail instead);
    // queued ones are queued again; snapshots no run needs are removed.
    void recover();
    static constexpr int kInterruptionLimit = 3;

    void addRoutes(Router &router);

    static constexpr int kMaxCanaryRows = 100;
    static constexpr int kDefaultPageSize = 200;
    static constexpr int kMaxPageSize = 1000;

    // The company's connections opened with the server's key, or nullopt (none stored, or unreadable).
    static std::optional<QJsonObject> connectionsOf(const QSqlDatabase &db, const SecretBox &secrets,
                                                    const QString &companyId);

private:
    void ensureSchema(const QSqlDatabase &db) const;
    void enqueue(const QString &runId);
    void execute(const QString &runId, const std::function<bool()> &stopRequested);
    QString absolutePath(const QString &relative) const;

    Database &m_database;
    QString m_dataDir;
    const SecretBox &m_secrets;
    ImportRunner &m_runner;
    ExportOptions m_options;
};

} // namespace godwit::server
