// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generation B runs (API §3.3.4-§3.3.9, §3.3.11, §5.3, §6 items 5, 8, 10, 12, 15, 16, 18, 19): the
// deterministic agent of the local server. Runs execute on the ImportRunner's worker pool
// (enqueueTask); every state change is one committed transaction guarded by the run's status, so a
// cancel always wins over a worker that finishes later. The recipe is an engine::Plan (versions in
// migration_recipes) plus which file feeds which template; the preview is stored as the API returns it.
//
// Files under the data directory:
//   migrations/<migration id>/work-<run id>/<slug>/   a run's pass output while it works
//   migrations/<migration id>/rows-<run id>/<slug>/   an executed sheet's valid.csv and all.csv

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace godwit::server {

class Database;
class ImportRunner;
class Router;
class SourceConnections;
class UploadStore;

class MigrationRuns {
public:
    MigrationRuns(Database &database, const QString &dataDir, const UploadStore &uploads, ImportRunner &pool);
    ~MigrationRuns();

    // At start, before serving: runs a killed process left running are queued again from the start
    // (a run's work has no side effect until its final transaction), or fail after kInterruptionLimit
    // interruptions; queued runs are queued again; directories no run needs are removed.
    void recover();
    static constexpr int kInterruptionLimit = 3;
    void addRoutes(Router &router);
    // Open thread streams send `done` and close at once (the server is stopping).
    static void closeStreams();

    // Appends one thread event (call inside a transaction).
    static void addEvent(const QSqlDatabase &db, const QString &migrationId, const QString &runId,
                         const QString &type, const QJsonObject &data);

private:
    struct Outcome;
    void enqueue(const QString &runId);
    void removeOrphanExtracts();
    void removeOrphanRunDirectories();
    void work(const QString &runId, const std::function<bool()> &stopRequested);
    Outcome perform(const QSqlDatabase &db, const QString &runId, const std::function<bool()> &stop);

    Database &m_database;
    QString m_dataDir;
    const UploadStore &m_uploads;
    ImportRunner &m_pool;
    std::unique_ptr<SourceConnections> m_connections; // their routes are added with the runs'
};

} // namespace godwit::server
