// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generation A import runs (API §3.2.3–§3.2.5, §5.1): a pool of worker threads that runs each
// queued pass with the engine (validateCsvFile) against the company's plan, off the HTTP threads.
// Every state change is one committed SQLite transaction, guarded by the run's pass number so a
// stale worker can never overwrite a newer decision, a cancel or a restart.
//
// Files under the data directory:
//   imports/<run id>/input/rows.csv          inline `rows`, written before the run is committed
//   imports/<run id>/pass-<n>/<sheet id>/    a pass's outputs: valid.csv and all.csv (RFC 4180,
//                                            template column order, normal values)
// A sheet's stored rows are the outputs of the pass that last completed an import feeding it
// (table sheet_rows); everything else under imports/ is removed once no run needs it.

#include "engine/crosschecks.h"
#include "engine/fixes.h"
#include "engine/mapper.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace godwit::server {

class Database;
class UploadStore;

// Runs that hold the company's one import slot (API §4.4: needs_attention and blocked count).
bool isActiveImportStatus(const QString &status);
bool isImportStatus(const QString &status);
// "'queued', 'running', 'needs_attention', 'blocked'" for SQL IN lists.
QString activeImportStatusesSql();

// The questions of a needs_attention pass with what each answer does (the API shape leaves the
// actions out), so that a decision made later, by another thread or after a restart, can be turned
// into a patch (engine::ProposedFixes::patchForAnswers).
QJsonArray questionsToStorage(const QList<engine::FixQuestion> &questions);
engine::ProposedFixes fixesFromStorage(const QJsonArray &questions, const QJsonObject &proposedPatch);

// One sheet's stored rows: where a pass wrote them and how many there are.
struct SheetOutput {
    QString sheetId;
    QString location; // relative to the data directory
    qint64 rowCount = 0;
    qint64 invalidCount = 0;
};
QJsonArray outputsToJson(const QList<SheetOutput> &outputs);
QList<SheetOutput> outputsFromJson(const QJsonArray &array);

// Which template a file feeds, shared by company imports and migration runs.
// "Contacts export 2024.csv" -> "-contacts-export-2024-", for whole-word matches of slugs.
QString nameWords(const QString &fileName);
// The words name the slug ("contact-list" names "contacts").
bool nameMentions(const QString &words, const QString &slug);
// The head of a file for choosing its sheet: headers and the first rows, decoded.
struct FileHead {
    bool readable = false;
    engine::MappingInput input;
};
FileHead readHead(const QString &path);
// The sum of the confidences of the mapped columns.
double mappingScore(const engine::SheetMapping &mapping);

// Whether the plan has recorded a mapping for the sheet (more than the columns a person pinned). A
// sheet without one is on its first import: an ambiguous mapping blocks it with questions, where a
// recorded (frozen) plan is replayed and its drift fails the run (docs/api.md, "When an import blocks").
bool hasRecordedMapping(const engine::SheetPlan *sheet);

// The `link` rule's values: adds every value of `column` in the stored rows file `path` (RFC 4180,
// UTF-8, header row in template column order: a pass's valid.csv). False when the file cannot be read
// or has no such column.
bool addLinkValues(const QString &path, const QString &column, engine::LinkIndex &index);

// The company's newest plan as stored (its JSON), or nullopt when the company has none yet.
std::optional<QJsonObject> latestCompanyPlan(const QSqlDatabase &db, const QString &companyId);

// The `link` checks of a pass over `tmpl` (FileValidationOptions::links), for both generations: each
// link column checks against its target columns' values in the valid-rows files `validRows(template
// id)` names (a pass's valid.csv). A column none of whose targets has such a file checks nothing. The
// indexes are kept in `storage`, which must outlive the pass.
QHash<QString, const engine::LinkIndex *>
linkIndexes(const engine::Template &tmpl,
            const std::function<QStringList(const QString &templateId)> &validRows,
            std::list<engine::LinkIndex> &storage);

class ImportRunner {
public:
    ImportRunner(Database &database, const QString &dataDir, const UploadStore &uploads, int workers);
    ~ImportRunner(); // stop()
    ImportRunner(const ImportRunner &) = delete;
    ImportRunner &operator=(const ImportRunner &) = delete;

    // At start, before start() and before serving: runs a killed process left 'running' go back to
    // 'queued' for a fresh pass (after kInterruptionLimit interruptions they fail instead); queued
    // runs are queued again; files no run needs are removed.
    void recover();
    static constexpr int kInterruptionLimit = 3;

    void start();
    // Passes in flight stop at their next progress report and leave their runs as they are in the
    // database (running or queued): the next start runs them again. Joins the workers.
    void stop();

    // Run the pass `pass` of `runId` (already committed as queued or running).
    void enqueue(const QString &runId, int pass);
    // A pass of `runId` in flight stops at its next progress report (the caller has already
    // committed the run as canceled).
    void cancel(const QString &runId);

    // Other work on the same pool (migration runs): `task` runs on a worker; its argument answers
    // whether to stop (cancel(key) was called, or the runner stops).
    using Task = std::function<void(const std::function<bool()> &stopRequested)>;
    void enqueueTask(const QString &key, Task task);

    // Commits `outputs` as their sheets' stored rows (call inside the caller's transaction);
    // returns the locations they replace, to remove once committed (removeLocations()).
    static QStringList commitOutputs(const QSqlDatabase &db, const QString &runId,
                                     const QList<SheetOutput> &outputs);
    void removeLocations(const QStringList &locations) const;
    // Removes the pass directories of `runId` that neither a sheet nor the run's own current pass
    // (needs_attention) still needs.
    void removeUnneededPasses(const QString &runId);

    QString dataDir() const { return m_dataDir; }
    QString absolutePath(const QString &relative) const;
    static QString runDirectory(const QString &runId);            // relative: imports/<run id>
    static QString inlineRowsPath(const QString &runId);          // relative: imports/<run id>/input/rows.csv
    static QString passDirectory(const QString &runId, int pass); // relative

private:
    struct Job {
        QString runId;
        int pass = 0;
        Task task;
        std::chrono::steady_clock::time_point queuedAt = std::chrono::steady_clock::now();
    };
    struct Outcome;
    void workerLoop();
    void execute(const Job &job);
    void runTask(const Job &job);
    Outcome runPass(const QSqlDatabase &db, const Job &job, const std::atomic<bool> &cancelled);
    // Returns the kind of the committed status ("completed", "needs_attention", ...), empty if none.
    QString finish(const QSqlDatabase &db, const Job &job, const Outcome &outcome);

    Database &m_database;
    QString m_dataDir;
    const UploadStore &m_uploads;
    int m_workerCount;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    QHash<QString, std::shared_ptr<std::atomic<bool>>> m_inFlight; // run id -> its cancel flag
    bool m_stopping = false;
    std::atomic<bool> m_stopFlag{false};
    std::vector<std::thread> m_workers;
};

} // namespace godwit::server
