// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/migrationruns.h"

#include "engine/cellvalidator.h"
#include "engine/csvfile.h"
#include "engine/csvwriter.h"
#include "engine/filevalidation.h"
#include "engine/plan.h"
#include "engine/template.h"
#include "server/apirequest.h"
#include "server/database.h"
#include "server/idempotency.h"
#include "server/importruns.h"
#include "server/json.h"
#include "server/router.h"
#include "server/serversecret.h"
#include "server/sheetdownload.h"
#include "server/sourceconnections.h"
#include "server/templates.h"
#include "server/uploadstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <httplib.h>

#include <array>
#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>

namespace godwit::server {

using namespace godwit::engine;

namespace {

// Thread event types by the include value that shows them (API §3.3.11): user (the default) shows every
// type but these; tools adds tool calls, their results and task ids; all adds thinking and prepared inputs.
const QStringList kToolTypes = {QStringLiteral("tool_call"), QStringLiteral("tool_result"),
                                QStringLiteral("task")};
const QStringList kInternalTypes = {QStringLiteral("thinking"), QStringLiteral("prepared")};

// The SQL condition on migration_thread.type for an include value ("user", "tools", "all").
QString includeCondition(const std::string &include)
{
    QStringList hidden;
    if (include != "all")
        hidden += kInternalTypes;
    if (include != "all" && include != "tools")
        hidden += kToolTypes;
    if (hidden.isEmpty())
        return QStringLiteral("1");
    return QStringLiteral("type NOT IN ('") + hidden.join(QLatin1String("', '")) + QStringLiteral("')");
}

constexpr int kPreviewRows = 50;             // data rows per preview sheet (API §6 item 15)
constexpr qint64 kFlaggedCellsKept = 100000; // per sheet and pass
constexpr int kThreadPageDefault = 200;
constexpr int kThreadPageMax = 1000;
constexpr quint64 kMaxExtractBytes = 2ull * 1024 * 1024 * 1024; // per extracted stream

const QStringList kKinds = {QStringLiteral("generate"), QStringLiteral("update"), QStringLiteral("clarify"),
                            QStringLiteral("execute")};

struct Refusal {
    int status;
    QString message;
    QString runId;
};

QJsonValue orNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue jsonColumn(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toByteArray());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

bool migrationExists(const QSqlDatabase &db, const QString &accountId, const QString &id)
{
    if (!isUuid(id))
        return false;
    return exec(db, QStringLiteral("SELECT 1 FROM migrations WHERE id = ? AND account_id = ?"),
                {id.toLower(), accountId})
        .next();
}

QString pollUrl(const QString &origin, const QString &migrationId, const QString &runId)
{
    return origin + QStringLiteral("/api/v1/migrations/") + migrationId + QStringLiteral("/runs/") + runId;
}

// The poll body (API §3.3.5): run_id, kind, status, created_at, and what the status carries.
std::optional<QJsonObject> runObject(const QSqlDatabase &db, const QString &migrationId, const QString &runId)
{
    if (!isUuid(runId))
        return std::nullopt;
    QSqlQuery row =
        exec(db,
             QStringLiteral("SELECT id, kind, status, progress_message, questions_json, report_json,"
                            " error, created_at, blocked_reason, credential_request_json FROM migration_runs"
                            " WHERE id = ? AND migration_id = ?"),
             {runId.toLower(), migrationId});
    if (!row.next())
        return std::nullopt;
    const QString status = row.value(2).toString();
    QJsonObject run{{QLatin1String("run_id"), row.value(0).toString()},
                    {QLatin1String("kind"), row.value(1).toString()},
                    {QLatin1String("status"), status},
                    {QLatin1String("created_at"), row.value(7).toString()}};
    if (status == QLatin1String("queued") || status == QLatin1String("running"))
        run.insert(QLatin1String("message"), orNull(row.value(3)));
    else if (status == QLatin1String("blocked") && row.value(8).toString() == QLatin1String("credentials")) {
        run.insert(QLatin1String("blocked_reason"), QStringLiteral("credentials"));
        run.insert(QLatin1String("credential_request"), jsonColumn(row.value(9)));
    } else if (status == QLatin1String("blocked"))
        run.insert(QLatin1String("questions"), jsonColumn(row.value(4)));
    else if (status == QLatin1String("completed") && !row.value(5).isNull())
        run.insert(QLatin1String("report"), jsonColumn(row.value(5)));
    else if (status == QLatin1String("failed"))
        run.insert(QLatin1String("error"), row.value(6).toString());
    return run;
}

// The run a route names ({id}, {run_id}), in a migration of the caller's account; sends the 404 that
// says which is missing when there is none. The ids come back lower-cased.
std::optional<QJsonObject> requestedRun(const QSqlDatabase &db, RequestContext &request,
                                        httplib::Response &response, QString *migrationId, QString *runId)
{
    *migrationId = request.param(QStringLiteral("id")).toLower();
    if (!migrationExists(db, request.accountId(), *migrationId)) {
        sendError(response, 404, QStringLiteral("Migration not found"));
        return std::nullopt;
    }
    *runId = request.param(QStringLiteral("run_id")).toLower();
    std::optional<QJsonObject> run = runObject(db, *migrationId, *runId);
    if (!run)
        sendError(response, 404, QStringLiteral("Run not found"));
    return run;
}

QJsonObject question(int number, const QString &text, const QStringList &options)
{
    QJsonArray opts;
    for (int i = 0; i < options.size(); ++i)
        opts.append(QJsonObject{{QLatin1String("id"), QString(QChar(u'a' + i))},
                                {QLatin1String("label"), options.at(i)}});
    return QJsonObject{{QLatin1String("id"), QStringLiteral("q%1").arg(number)},
                       {QLatin1String("question"), text},
                       {QLatin1String("options"), opts},
                       {QLatin1String("allowCustom"), true}};
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// ---- directives (docs/api.md, "Migration runs: the update directive language") ----

struct Directive {
    enum class Kind { Map, Ignore, DayFirst, MonthFirst, Region, Use, Unknown } kind = Kind::Unknown;
    QString text;   // as written
    QString header; // Map, Ignore; Use: the file's name
    QString field;  // Map: a template column, optionally "<slug>.<column>"; Use: the template's slug
    QString region; // Region
};

// Stands before each answer in a run's stored directives (ASCII record separator).
constexpr QChar kAnswerSeparator(0x1e);

QList<Directive> parseDirectives(const QString &message)
{
    static const QRegularExpression split(QStringLiteral("[;\\n]"));
    static const QRegularExpression map(
        QStringLiteral("^map\\s+\"([^\"]+)\"\\s+(?:to|onto|->)\\s+\"?([^\"]+?)\"?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ignore(QStringLiteral("^(?:ignore|skip)\\s+\"([^\"]+)\"$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dates(QStringLiteral("^dates\\s+are\\s+(day|month)[- ]first$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression region(QStringLiteral("^default\\s+region\\s+([A-Za-z]{2})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression use(QStringLiteral("^use\\s+\"([^\"]+)\"\\s+for\\s+\"?([^\"]+?)\"?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<Directive> result;
    for (const QString &part : message.split(split)) {
        QString text = part.trimmed();
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (text.isEmpty())
            continue;
        Directive d;
        d.text = text;
        if (const auto m = map.match(text); m.hasMatch()) {
            d.kind = Directive::Kind::Map;
            d.header = m.captured(1);
            d.field = m.captured(2).trimmed();
        } else if (const auto i = ignore.match(text); i.hasMatch()) {
            d.kind = Directive::Kind::Ignore;
            d.header = i.captured(1);
        } else if (const auto t = dates.match(text); t.hasMatch()) {
            d.kind = t.captured(1).toLower() == QLatin1String("day") ? Directive::Kind::DayFirst
                                                                     : Directive::Kind::MonthFirst;
        } else if (const auto r = region.match(text); r.hasMatch()) {
            d.kind = Directive::Kind::Region;
            d.region = r.captured(1).toUpper();
        } else if (const auto u = use.match(text); u.hasMatch()) {
            d.kind = Directive::Kind::Use;
            d.header = u.captured(1);
            d.field = u.captured(2).trimmed();
        }
        result.append(d);
    }
    return result;
}

// ---- what a run works with ----

struct SheetCtx {
    QString sheetId;
    Template tmpl;
};
struct FileCtx {
    QString name;
    QString uploadId;
    QString path;
};
struct Assigned {
    int sheet = -1; // index into sheets
    int file = -1;  // index into files
    QStringList headers;
    MappingInput input; // headers and the first rows, for the engine's content inference
};

QString csvRecordsPreview(const QString &path, QList<QStringList> *rows, int maxRecords)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(path);
    QStringList record;
    QByteArray field;
    bool inQuotes = false;
    bool quotedField = false;
    auto endField = [&] {
        record.append(QString::fromUtf8(field));
        field.clear();
        quotedField = false;
    };
    char c = 0;
    while (rows->size() < maxRecords && file.getChar(&c)) {
        if (inQuotes) {
            if (c == '"') {
                char next = 0;
                if (file.peek(&next, 1) == 1 && next == '"') {
                    file.getChar(&next);
                    field.append('"');
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == '"' && field.isEmpty() && !quotedField) {
            inQuotes = quotedField = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r') {
            continue;
        } else if (c == '\n') {
            endField();
            rows->append(record);
            record.clear();
        } else {
            field.append(c);
        }
    }
    if (rows->size() < maxRecords && (!field.isEmpty() || !record.isEmpty())) {
        endField();
        rows->append(record);
    }
    return {};
}

// Why a file cannot be read, in the engine's words, naming the line or byte where it can.
QString unreadableReason(const QString &path)
{
    const CsvInspection inspection = inspectCsvFile(path);
    switch (inspection.error) {
    case CsvError::None:
        return QStringLiteral("it cannot be read as CSV");
    case CsvError::CannotOpen:
        return QStringLiteral("it cannot be opened: %1").arg(inspection.detail);
    case CsvError::ReadError:
        return QStringLiteral("reading it failed: %1").arg(inspection.detail);
    case CsvError::Empty:
        return QStringLiteral("it is empty: it has no rows at all");
    case CsvError::NotText:
        if (inspection.file.kind == FileKind::Binary)
            return QStringLiteral("it is not a CSV text file: binary data (a NUL or control byte at byte %1)")
                .arg(inspection.file.offset);
        return QStringLiteral("it is not a CSV text file but %1; export it as CSV first")
            .arg(fileKindName(inspection.file.kind));
    case CsvError::HeaderOnly:
        return QStringLiteral("it has a header row but not a single data row");
    case CsvError::UnterminatedQuote:
    case CsvError::RecordTooLarge: {
        const std::optional<CsvIssue> unterminated = findUnterminatedQuote(path, inspection);
        if (unterminated)
            return QStringLiteral("a quoted field that starts in row %1 (line %2) is never closed")
                .arg(unterminated->record + 1)
                .arg(unterminated->line);
        return inspection.error == CsvError::UnterminatedQuote
                   ? QStringLiteral("a quoted field is never closed")
                   : QStringLiteral("a row is too large to be a CSV row (a quote that never closes?)");
    }
    case CsvError::Cancelled:
        break;
    }
    return QStringLiteral("it cannot be read (%1)").arg(csvErrorName(inspection.error));
}

// Wakes the thread streams when events were committed.
std::mutex g_threadMutex;
std::condition_variable g_threadChanged;
quint64 g_threadGeneration = 0;
bool g_streamsClosing = false;

void threadChanged()
{
    {
        std::lock_guard lock(g_threadMutex);
        ++g_threadGeneration;
    }
    g_threadChanged.notify_all();
}

QJsonObject eventObject(const QSqlQuery &row)
{
    return QJsonObject{{QLatin1String("sequence"), row.value(0).toLongLong()},
                       {QLatin1String("run_id"), orNull(row.value(1))},
                       {QLatin1String("type"), row.value(2).toString()},
                       {QLatin1String("data"), QJsonDocument::fromJson(row.value(3).toByteArray()).object()},
                       {QLatin1String("created_at"), row.value(4).toString()}};
}

constexpr auto kStreamKeepAlive = std::chrono::seconds(15);
constexpr auto kStreamBudget = std::chrono::minutes(5);

} // namespace

struct MigrationRuns::Outcome {
    QString status; // awaiting_approval, completed, blocked, failed, canceled (stopped: empty)
    QString error;
    QJsonArray questions;
    QJsonObject report;
    QJsonObject preview;
    std::optional<QJsonObject> recipe; // a new recipe version
    QString recipeNote;
    QString answer;                            // clarify
    QString workDir;                           // relative; removed after the run
    QList<QPair<QString, SheetOutput>> stored; // execute: slug -> rows
    QString blockedReason;                     // "credentials" when blocked on them
    QJsonObject credentialRequest;
    QJsonArray files; // generate: every file, used or not and why (preview "files", thread message)
};

namespace {

// What a stopped run leaves to clean up (nothing else of it is kept).
template <typename O> O stopped(const O &out)
{
    O s;
    s.workDir = out.workDir;
    s.stored = out.stored;
    return s;
}

} // namespace

MigrationRuns::MigrationRuns(Database &database, const QString &dataDir, const UploadStore &uploads,
                             ImportRunner &pool)
    : m_database(database)
    , m_dataDir(dataDir)
    , m_uploads(uploads)
    , m_pool(pool)
    , m_connections(std::make_unique<SourceConnections>(
          database, dataDir, deriveKey(loadOrCreateMasterSecret(dataDir), "migration-source-credentials")))
{}

MigrationRuns::~MigrationRuns() = default;

void MigrationRuns::addEvent(const QSqlDatabase &db, const QString &migrationId, const QString &runId,
                             const QString &type, const QJsonObject &data)
{
    exec(db,
         QStringLiteral("INSERT INTO migration_thread (migration_id, run_id, type, data_json, created_at)"
                        " VALUES (?, ?, ?, ?, ?)"),
         {migrationId, runId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(runId), type,
          QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), utcTimestamp()});
}

void MigrationRuns::closeStreams()
{
    {
        std::lock_guard lock(g_threadMutex);
        g_streamsClosing = true;
    }
    g_threadChanged.notify_all();
}

void MigrationRuns::recover()
{
    const QSqlDatabase db = m_database.connection();
    QStringList queued;
    int requeued = 0;
    int failed = 0;
    inTransaction(db, [&] {
        const QString now = utcTimestamp();
        exec(db, QStringLiteral("UPDATE migration_runs SET interruptions = interruptions + 1"
                                " WHERE status = 'running'"));
        QList<std::tuple<QString, QString, int>> interrupted; // run, migration, interruptions
        {
            QSqlQuery rows =
                exec(db, QStringLiteral("SELECT id, migration_id, interruptions FROM migration_runs"
                                        " WHERE status = 'running' ORDER BY created_at, rowid"));
            while (rows.next())
                interrupted.append(
                    {rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toInt()});
        }
        for (const auto &[runId, migrationId, count] : std::as_const(interrupted)) {
            if (count >= kInterruptionLimit) {
                // A file (or a run) that kills the server must not be redone forever.
                const QString error =
                    QStringLiteral("The run was interrupted %1 times (the server stopped while it ran);"
                                   " start it again")
                        .arg(count);
                exec(db,
                     QStringLiteral("UPDATE migration_runs SET status = 'failed', progress_message = NULL,"
                                    " error = ?, updated_at = ?, finished_at = ? WHERE id = ?"),
                     {error, now, now, runId});
                addEvent(db, migrationId, runId, QStringLiteral("error"),
                         {{QLatin1String("message"), error}});
                addEvent(db, migrationId, runId, QStringLiteral("status"),
                         {{QLatin1String("status"), QStringLiteral("failed")}});
                ++failed;
                continue;
            }
            const QString message =
                QStringLiteral("Queued again after a restart (interruption %1; the run fails at %2)")
                    .arg(count)
                    .arg(kInterruptionLimit);
            exec(db,
                 QStringLiteral(
                     "UPDATE migration_runs SET status = 'queued', progress_message = ?, updated_at = ?"
                     " WHERE id = ?"),
                 {message, now, runId});
            addEvent(
                db, migrationId, runId, QStringLiteral("status"),
                {{QLatin1String("status"), QStringLiteral("queued")}, {QLatin1String("message"), message}});
            ++requeued;
        }
        QSqlQuery rows =
            exec(db, QStringLiteral(
                         "SELECT id FROM migration_runs WHERE status = 'queued' ORDER BY created_at, rowid"));
        while (rows.next())
            queued.append(rows.value(0).toString());
    });
    if (requeued || failed)
        qInfo().noquote() << QStringLiteral(
                                 "migration runs: %1 interrupted run(s) queued again, %2 failed after"
                                 " %3 interruptions")
                                 .arg(requeued)
                                 .arg(failed)
                                 .arg(kInterruptionLimit);
    removeOrphanExtracts();
    removeOrphanRunDirectories();
    for (const QString &id : std::as_const(queued))
        enqueue(id);
}

void MigrationRuns::removeOrphanRunDirectories()
{
    // Before any worker starts: a run's work-<run> directory is only needed while it works (a queued
    // run starts afresh), and a rows-<run> directory only once migration_sheet_rows points at it (a
    // killed execute leaves its partial rows behind).
    const QSqlDatabase db = m_database.connection();
    QSet<QString> kept;
    {
        QSqlQuery rows = exec(db, QStringLiteral("SELECT location FROM migration_sheet_rows"));
        while (rows.next())
            kept.insert(QFileInfo(rows.value(0).toString()).path()); // migrations/<m>/rows-<run>
    }
    const QDir migrations(m_dataDir + QStringLiteral("/migrations"));
    for (const QString &migration : migrations.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(migrations.filePath(migration));
        for (const QString &name : dir.entryList({QStringLiteral("work-*"), QStringLiteral("rows-*")},
                                                 QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (kept.contains(QStringLiteral("migrations/%1/%2").arg(migration, name)))
                continue;
            QDir(dir.filePath(name)).removeRecursively();
        }
    }
}

void MigrationRuns::removeOrphanExtracts()
{
    // A kill can leave an extraction's temporary file (only complete streams are renamed to <stream>.csv),
    // or the streams of a connection whose DELETE committed just before: neither is read again.
    const QSqlDatabase db = m_database.connection();
    QSet<QString> connections;
    {
        QSqlQuery rows =
            exec(db, QStringLiteral("SELECT migration_id, id FROM migration_source_connections"));
        while (rows.next())
            connections.insert(
                SourceConnections::extractDirectory(rows.value(0).toString(), rows.value(1).toString()));
    }
    const QDir migrations(m_dataDir + QStringLiteral("/migrations"));
    for (const QString &migration : migrations.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(migrations.filePath(migration));
        for (const QString &source : dir.entryList({QStringLiteral("source-*")}, QDir::Dirs)) {
            const QString relative = QStringLiteral("migrations/%1/%2").arg(migration, source);
            QDir extract(dir.filePath(source));
            if (!connections.contains(relative)) {
                extract.removeRecursively();
                continue;
            }
            for (const QFileInfo &file : extract.entryInfoList(QDir::Files | QDir::Hidden))
                if (file.suffix() != QLatin1String("csv"))
                    QFile::remove(file.absoluteFilePath());
        }
    }
}

void MigrationRuns::enqueue(const QString &runId)
{
    m_pool.enqueueTask(runId, [this, runId](const std::function<bool()> &stop) { work(runId, stop); });
}

void MigrationRuns::work(const QString &runId, const std::function<bool()> &stop)
{
    const QSqlDatabase db = m_database.connection();
    QString migrationId;
    const bool claimed = inTransaction(db, [&] {
        QSqlQuery row =
            exec(db, QStringLiteral("SELECT migration_id FROM migration_runs WHERE id = ?"), {runId});
        if (!row.next())
            return false;
        migrationId = row.value(0).toString();
        const bool ok =
            exec(db,
                 QStringLiteral("UPDATE migration_runs SET status = 'running', progress_message = ?,"
                                " updated_at = ? WHERE id = ? AND status = 'queued'"),
                 {QStringLiteral("Reading your files"), utcTimestamp(), runId})
                .numRowsAffected() == 1;
        if (ok) {
            addEvent(db, migrationId, runId, QStringLiteral("status"),
                     {{QLatin1String("status"), QStringLiteral("running")},
                      {QLatin1String("message"), QStringLiteral("Reading your files")}});
            // The agent's task for this attempt (include=tools): the run, and which attempt it is.
            QSqlQuery k = exec(
                db, QStringLiteral("SELECT kind, interruptions FROM migration_runs WHERE id = ?"), {runId});
            k.next();
            addEvent(db, migrationId, runId, QStringLiteral("task"),
                     {{QLatin1String("task_id"), runId},
                      {QLatin1String("kind"), k.value(0).toString()},
                      {QLatin1String("attempt"), k.value(1).toInt() + 1}});
        }
        return ok;
    });
    threadChanged();
    if (!claimed)
        return;
    Outcome out;
    try {
        out = perform(db, runId, stop);
    } catch (const std::exception &e) {
        qCritical().noquote()
            << QStringLiteral("migration run %1: %2").arg(runId, QString::fromLocal8Bit(e.what()));
        out = Outcome{};
        out.status = QStringLiteral("failed");
        out.error = QStringLiteral("Internal error; see the server log");
    }
    auto removeDir = [this](const QString &relative) {
        if (!relative.isEmpty())
            QDir(m_dataDir + QLatin1Char('/') + relative).removeRecursively();
    };
    if (out.status.isEmpty()) { // stopped or canceled: nothing of this run is kept
        removeDir(out.workDir);
        for (const auto &stored : std::as_const(out.stored))
            removeDir(stored.second.location);
        return;
    }
    removeDir(out.workDir); // the preview is built: the pass outputs are no longer needed
    QStringList replaced;
    const bool committed = inTransaction(db, [&] {
        const QString now = utcTimestamp();
        const bool still =
            exec(db,
                 QStringLiteral(
                     "UPDATE migration_runs SET status = ?, progress_message = NULL, questions_json = ?,"
                     " report_json = ?, error = ?, updated_at = ?, finished_at = ?, blocked_reason = ?,"
                     " credential_request_json = ? WHERE id = ? AND status = 'running'"),
                 {out.status,
                  out.status == QLatin1String("blocked")
                      ? QVariant(
                            QString::fromUtf8(QJsonDocument(out.questions).toJson(QJsonDocument::Compact)))
                      : QVariant(QMetaType::fromType<QString>()),
                  out.status == QLatin1String("completed") && !out.report.isEmpty()
                      ? QVariant(QString::fromUtf8(QJsonDocument(out.report).toJson(QJsonDocument::Compact)))
                      : QVariant(QMetaType::fromType<QString>()),
                  out.status == QLatin1String("failed") ? QVariant(out.error)
                                                        : QVariant(QMetaType::fromType<QString>()),
                  now,
                  out.status == QLatin1String("blocked") ? QVariant(QMetaType::fromType<QString>())
                                                         : QVariant(now),
                  out.blockedReason.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(out.blockedReason),
                  out.blockedReason.isEmpty()
                      ? QVariant(QMetaType::fromType<QString>())
                      : QVariant(QString::fromUtf8(
                            QJsonDocument(out.credentialRequest).toJson(QJsonDocument::Compact))),
                  runId})
                .numRowsAffected() == 1;
        if (!still)
            return false;
        int version = 0;
        if (out.recipe) {
            QSqlQuery v = exec(db,
                               QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM migration_recipes"
                                              " WHERE migration_id = ?"),
                               {migrationId});
            v.next();
            version = v.value(0).toInt();
            QJsonObject recipe = *out.recipe;
            recipe.insert(QLatin1String("version"), version);
            exec(db,
                 QStringLiteral(
                     "INSERT INTO migration_recipes (migration_id, version, recipe_json, note, run_id,"
                     " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {migrationId, version,
                  QString::fromUtf8(QJsonDocument(recipe).toJson(QJsonDocument::Compact)), out.recipeNote,
                  runId, now});
        }
        if (out.status == QLatin1String("awaiting_approval")) {
            exec(db, QStringLiteral("DELETE FROM migration_previews WHERE migration_id = ?"), {migrationId});
            exec(db,
                 QStringLiteral(
                     "INSERT INTO migration_previews (migration_id, run_id, recipe_version, preview_json,"
                     " created_at) VALUES (?, ?, ?, ?, ?)"),
                 {migrationId, runId, version,
                  QString::fromUtf8(QJsonDocument(out.preview).toJson(QJsonDocument::Compact)), now});
            exec(db, QStringLiteral("UPDATE migrations SET status = 'awaiting_approval' WHERE id = ?"),
                 {migrationId});
            addEvent(db, migrationId, runId, QStringLiteral("preview"),
                     {{QLatin1String("templates"), out.preview.value(QLatin1String("templates"))},
                      {QLatin1String("recipe_version"), version}});
        }
        for (const auto &[slug, output] : std::as_const(out.stored)) {
            QSqlQuery old =
                exec(db,
                     QStringLiteral("SELECT location FROM migration_sheet_rows WHERE migration_id = ?"
                                    " AND slug = ?"),
                     {migrationId, slug});
            if (old.next())
                replaced.append(old.value(0).toString());
            exec(db,
                 QStringLiteral(
                     "INSERT OR REPLACE INTO migration_sheet_rows (migration_id, slug, run_id, location,"
                     " row_count, invalid_count) VALUES (?, ?, ?, ?, ?, ?)"),
                 {migrationId, slug, runId, output.location, output.rowCount, output.invalidCount});
        }
        if (!out.stored.isEmpty())
            exec(db, QStringLiteral("UPDATE migrations SET status = 'completed' WHERE id = ?"),
                 {migrationId});
        if (!out.files.isEmpty()) {
            QStringList lines;
            for (const QJsonValue &v : std::as_const(out.files)) {
                const QJsonObject f = v.toObject();
                lines.append(f.value(QLatin1String("used")).toBool()
                                 ? QStringLiteral("%1 feeds %2: %3.")
                                       .arg(quoted(f.value(QLatin1String("name")).toString()),
                                            f.value(QLatin1String("template")).toString(),
                                            f.value(QLatin1String("reason")).toString())
                                 : QStringLiteral("%1 is not used: %2.")
                                       .arg(quoted(f.value(QLatin1String("name")).toString()),
                                            f.value(QLatin1String("reason")).toString()));
            }
            addEvent(db, migrationId, runId, QStringLiteral("message"),
                     {{QLatin1String("role"), QStringLiteral("agent")},
                      {QLatin1String("text"), lines.join(QLatin1Char('\n'))},
                      {QLatin1String("files"), out.files}});
        }
        if (!out.answer.isEmpty())
            addEvent(db, migrationId, runId, QStringLiteral("message"),
                     {{QLatin1String("role"), QStringLiteral("agent")}, {QLatin1String("text"), out.answer}});
        if (out.status == QLatin1String("blocked") && !out.blockedReason.isEmpty())
            addEvent(db, migrationId, runId, QStringLiteral("request_input"),
                     {{QLatin1String("blocked_reason"), out.blockedReason},
                      {QLatin1String("credential_request"), out.credentialRequest}});
        else if (out.status == QLatin1String("blocked"))
            addEvent(db, migrationId, runId, QStringLiteral("request_input"),
                     {{QLatin1String("questions"), out.questions}});
        if (out.status == QLatin1String("failed"))
            addEvent(db, migrationId, runId, QStringLiteral("error"),
                     {{QLatin1String("message"), out.error}});
        QJsonObject status{{QLatin1String("status"), out.status}};
        if (out.status == QLatin1String("awaiting_approval") || out.status == QLatin1String("completed")) {
            QSqlQuery k = exec(db, QStringLiteral("SELECT kind FROM migration_runs WHERE id = ?"), {runId});
            k.next();
            addEvent(db, migrationId, runId, QStringLiteral("completed"),
                     {{QLatin1String("run_id"), runId}, {QLatin1String("kind"), k.value(0).toString()}});
        }
        addEvent(db, migrationId, runId, QStringLiteral("status"), status);
        return true;
    });
    threadChanged();
    if (!committed) {
        for (const auto &stored : std::as_const(out.stored))
            removeDir(stored.second.location);
        return;
    }
    for (const QString &location : std::as_const(replaced))
        removeDir(location);
}

MigrationRuns::Outcome MigrationRuns::perform(const QSqlDatabase &db, const QString &runId,
                                              const std::function<bool()> &stop)
{
    Outcome out;
    auto fail = [&out](const QString &error) {
        out.status = QStringLiteral("failed");
        out.error = error;
        return out;
    };
    auto blocked = [&out](const QJsonArray &questions) {
        out.status = QStringLiteral("blocked");
        out.questions = questions;
        return out;
    };
    auto progress = [&](const QString &message) {
        try {
            exec(db,
                 QStringLiteral("UPDATE migration_runs SET progress_message = ?, updated_at = ? WHERE id = ?"
                                " AND status = 'running'"),
                 {message, utcTimestamp(), runId});
        } catch (const std::exception &) {
            // progress is best effort
        }
    };

    // Read everything first, in finished statements (see ImportRunner::runPass).
    QString migrationId, accountId, kind, message, directivesText;
    QList<SheetCtx> sheets;
    QList<FileCtx> files;
    std::optional<QJsonObject> recipe;
    QJsonObject preview;
    {
        QSqlQuery row =
            exec(db,
                 QStringLiteral("SELECT r.migration_id, m.account_id, r.kind, r.message, r.directives"
                                " FROM migration_runs r JOIN migrations m ON m.id = r.migration_id"
                                " WHERE r.id = ?"),
                 {runId});
        if (!row.next())
            return fail(QStringLiteral("The run no longer exists"));
        migrationId = row.value(0).toString();
        accountId = row.value(1).toString();
        kind = row.value(2).toString();
        message = row.value(3).toString();
        directivesText = row.value(4).toString();
    }
    {
        QList<QPair<QString, QString>> refs;
        {
            QSqlQuery rows = exec(db,
                                  QStringLiteral("SELECT sheet_id, template_id FROM migration_templates"
                                                 " WHERE migration_id = ? ORDER BY position"),
                                  {migrationId});
            while (rows.next())
                refs.append({rows.value(0).toString(), rows.value(1).toString()});
        }
        for (const auto &[sheetId, templateId] : std::as_const(refs))
            if (std::optional<Template> tmpl = loadTemplate(db, accountId, templateId))
                sheets.append(SheetCtx{sheetId, std::move(*tmpl)});
    }
    {
        QSqlQuery rows = exec(db,
                              QStringLiteral("SELECT id, name FROM uploads WHERE migration_id = ?"
                                             " AND status = 'complete' ORDER BY completed_at, rowid"),
                              {migrationId});
        while (rows.next())
            files.append(FileCtx{rows.value(1).toString(), rows.value(0).toString(),
                                 m_uploads.filePath(rows.value(0).toString())});
    }
    const qsizetype uploadedFiles = files.size();
    // Streams extracted from the migration's source connections by an earlier generate: a recipe made
    // from them names them "source:<connection id>:<stream>".
    {
        QStringList connectionIds;
        QSqlQuery rows =
            exec(db, QStringLiteral("SELECT id FROM migration_source_connections WHERE migration_id = ?"),
                 {migrationId});
        while (rows.next())
            connectionIds.append(rows.value(0).toString());
        for (const QString &connectionId : std::as_const(connectionIds)) {
            const QDir dir(m_dataDir + QLatin1Char('/') +
                           SourceConnections::extractDirectory(migrationId, connectionId));
            for (const QFileInfo &info :
                 dir.entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
                files.append(
                    FileCtx{info.fileName(),
                            QStringLiteral("source:%1:%2").arg(connectionId, info.completeBaseName()),
                            info.absoluteFilePath()});
        }
    }
    {
        QSqlQuery row = exec(db,
                             QStringLiteral("SELECT recipe_json FROM migration_recipes WHERE migration_id = ?"
                                            " ORDER BY version DESC LIMIT 1"),
                             {migrationId});
        if (row.next())
            recipe = QJsonDocument::fromJson(row.value(0).toByteArray()).object();
    }
    {
        QSqlQuery row =
            exec(db, QStringLiteral("SELECT preview_json FROM migration_previews WHERE migration_id = ?"),
                 {migrationId});
        if (row.next())
            preview = QJsonDocument::fromJson(row.value(0).toByteArray()).object();
    }
    // The agent's steps as thread events of their own (docs/api.md, "Thread"): written as they happen,
    // while the run is still running, and shown with include=tools (tool_call, tool_result) or
    // include=all (prepared).
    auto step = [&](const QString &type, const QJsonObject &data) {
        try {
            inTransaction(db, [&] {
                if (exec(db,
                         QStringLiteral("SELECT 1 FROM migration_runs WHERE id = ? AND status = 'running'"),
                         {runId})
                        .next())
                    addEvent(db, migrationId, runId, type, data);
            });
            threadChanged();
        } catch (const std::exception &) {
            // the thread's tool events are best effort, like progress
        }
    };
    auto toolCall = [&](const QString &name, const QJsonObject &input) {
        step(QStringLiteral("tool_call"), {{QLatin1String("name"), name}, {QLatin1String("input"), input}});
    };
    auto toolResult = [&](const QString &name, const QJsonObject &output) {
        step(QStringLiteral("tool_result"),
             {{QLatin1String("name"), name}, {QLatin1String("output"), output}});
    };
    {
        QJsonArray fileNames;
        for (const FileCtx &f : std::as_const(files))
            fileNames.append(f.name);
        QJsonArray templateSlugs;
        for (const SheetCtx &sheet : std::as_const(sheets))
            templateSlugs.append(sheet.tmpl.slug);
        QJsonObject inputs{{QLatin1String("kind"), kind},
                           {QLatin1String("files"), fileNames},
                           {QLatin1String("templates"), templateSlugs},
                           {QLatin1String("recipe_version"),
                            recipe ? QJsonValue(recipe->value(QLatin1String("version"))) : QJsonValue()}};
        if (!message.isEmpty())
            inputs.insert(QLatin1String("message"), message);
        if (!directivesText.isEmpty())
            inputs.insert(QLatin1String("answers"), QJsonArray::fromStringList(directivesText.split(
                                                        kAnswerSeparator, Qt::SkipEmptyParts)));
        step(QStringLiteral("prepared"), {{QLatin1String("inputs"), inputs}});
    }
    if (sheets.isEmpty())
        return fail(QStringLiteral("The migration has no templates"));

    // clarify: read-only, answered from the current preview's recipe.
    if (kind == QLatin1String("clarify")) {
        if (preview.isEmpty())
            return fail(QStringLiteral("No current preview to clarify"));
        toolCall(QStringLiteral("read_recipe"),
                 {{QLatin1String("recipe_version"),
                   recipe ? recipe->value(QLatin1String("version")) : QJsonValue()},
                  {QLatin1String("question"), message}});
        const QString q = message.toLower();
        QStringList all;
        QStringList relevant;
        for (const QJsonValue &sheetValue : preview.value(QLatin1String("sheets")).toArray()) {
            const QJsonObject sheet = sheetValue.toObject();
            const QString slug =
                sheet.value(QLatin1String("template")).toObject().value(QLatin1String("slug")).toString();
            const QString file = sheet.value(QLatin1String("file")).toString();
            if (file.isEmpty()) {
                all.append(QStringLiteral("No uploaded file feeds %1.").arg(slug));
                continue;
            }
            for (const QJsonValue &mv : sheet.value(QLatin1String("mapped_columns")).toArray()) {
                const QJsonObject m = mv.toObject();
                const QString column = m.value(QLatin1String("column")).toString();
                const QString source = m.value(QLatin1String("source")).toString();
                const QString line =
                    source.isEmpty()
                        ? QStringLiteral("%1.%2 is not fed by any column of %3.")
                              .arg(slug, column, quoted(file))
                        : QStringLiteral("%1.%2 comes from column %3 of %4 (%5, confidence %6%): %7.")
                              .arg(slug, column, quoted(source), quoted(file),
                                   m.value(QLatin1String("method")).toString())
                              .arg(qRound(m.value(QLatin1String("confidence")).toDouble() * 100))
                              .arg(m.value(QLatin1String("reason")).toString());
                all.append(line);
                if ((!column.isEmpty() && q.contains(column.toLower())) ||
                    (!source.isEmpty() && q.contains(source.toLower())))
                    relevant.append(line);
            }
        }
        for (const QJsonValue &fv : preview.value(QLatin1String("files")).toArray()) {
            const QJsonObject f = fv.toObject();
            if (f.value(QLatin1String("used")).toBool())
                continue;
            const QString line = QStringLiteral("%1 is not used: %2.")
                                     .arg(quoted(f.value(QLatin1String("name")).toString()),
                                          f.value(QLatin1String("reason")).toString());
            all.append(line);
            if (q.contains(f.value(QLatin1String("name")).toString().toLower()))
                relevant.append(line);
        }
        out.status = QStringLiteral("completed");
        out.answer = (relevant.isEmpty() ? all : relevant).join(QLatin1Char('\n'));
        toolResult(QStringLiteral("read_recipe"),
                   {{QLatin1String("lines"), qsizetype((relevant.isEmpty() ? all : relevant).size())},
                    {QLatin1String("relevant"), !relevant.isEmpty()}});
        return out;
    }

    // Directives: update's message, then each answer given to a blocked run (stored one after the
    // other, each behind a separator line). All of them apply, in order; but only the newest message is
    // asked about: an answer stands in for what an earlier message said that could not be applied
    // (otherwise "make it nicer" would block the run again after every answer).
    QList<QPair<Directive, bool>> directives; // with "from the newest message"
    if (kind != QLatin1String("execute")) {
        QStringList groups;
        if (kind == QLatin1String("update"))
            groups.append(message);
        groups += directivesText.split(kAnswerSeparator);
        QList<QList<Directive>> parsed;
        qsizetype newest = -1;
        for (const QString &group : std::as_const(groups)) {
            parsed.append(parseDirectives(group));
            if (!parsed.last().isEmpty())
                newest = parsed.size() - 1;
        }
        for (qsizetype g = 0; g < parsed.size(); ++g)
            for (const Directive &d : std::as_const(parsed[g]))
                directives.append({d, g == newest});
    }
    // generate/update/execute all run the recipe's passes; generate and update first decide it.
    Plan plan;
    QList<Assigned> assigned;
    QList<QPair<QString, QStringList>> fileQuestions; // generate: two files for one template
    if (kind == QLatin1String("generate")) {
        if (uploadedFiles > 0) {
            files.resize(uploadedFiles); // uploaded files win over a source connection
        } else {
            // No uploaded file: extract from the source connection (docs/api.md, "Source connection").
            const std::optional<SourceConnection> connection = SourceConnections::current(db, migrationId);
            if (!connection)
                return fail(QStringLiteral("No files uploaded and no source connection"));
            exec(db, QStringLiteral("UPDATE migration_runs SET connection_id = ? WHERE id = ?"),
                 {connection->id, runId});
            const QString sourceName = connection->toJson().value(QLatin1String("name")).toString();
            auto needCredentials = [&](const QString &reason) {
                out.status = QStringLiteral("blocked");
                out.blockedReason = QStringLiteral("credentials");
                out.credentialRequest = SourceConnections::credentialRequest(*connection, reason);
                return out;
            };
            const std::optional<QJsonObject> credentials = m_connections->credentials(db, connection->id);
            if (!credentials)
                return needCredentials(
                    QStringLiteral("%1 needs credentials before the agent can extract from it")
                        .arg(sourceName));
            QStringList streams;
            if (connection->selectedStreams.isArray()) {
                for (const QJsonValue &stream : connection->selectedStreams.toArray())
                    streams.append(stream.toString());
            } else {
                for (const SheetCtx &sheet : std::as_const(sheets))
                    streams.append(sheet.tmpl.slug);
            }
            progress(
                QStringLiteral("Extracting %1 from %2").arg(streams.join(QLatin1String(", ")), sourceName));
            const QString directory = m_dataDir + QLatin1Char('/') +
                                      SourceConnections::extractDirectory(migrationId, connection->id);
            const SourceConnections::Extraction extraction = SourceConnections::extract(
                *connection, *credentials, streams, directory, kMaxExtractBytes, stop);
            using Result = SourceConnections::Extraction::Result;
            if (extraction.result == Result::Stopped)
                return stopped(out);
            if (extraction.result == Result::Refused)
                return needCredentials(extraction.error);
            if (extraction.result != Result::Done)
                return fail(extraction.error);
            files.clear();
            QJsonArray snapshot;
            for (const SourceConnections::Extracted &e : extraction.files) {
                files.append(FileCtx{e.stream + QStringLiteral(".csv"),
                                     QStringLiteral("source:%1:%2").arg(connection->id, e.stream), e.path});
                snapshot.append(
                    QJsonObject{{QLatin1String("stream"), e.stream}, {QLatin1String("bytes"), e.bytes}});
            }
            exec(db,
                 QStringLiteral(
                     "UPDATE migration_source_connections SET last_sync_at = ?, last_snapshot_json = ?"
                     " WHERE id = ?"),
                 {utcTimestamp(),
                  QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("streams"), snapshot}})
                                        .toJson(QJsonDocument::Compact)),
                  connection->id});
        }
        // Every file is accounted for (docs/api.md, "generate: the recipe"): which template it feeds,
        // or why it is not used. `use "<file>" for <slug>` (an answer) chooses a template's file.
        QHash<int, int> forced; // sheet -> file, from use directives (the later one wins)
        for (const auto &[d, newest] : std::as_const(directives)) {
            if (d.kind != Directive::Kind::Use)
                continue;
            int sheet = -1;
            int file = -1;
            for (int s = 0; s < sheets.size(); ++s)
                if (sheets[s].tmpl.slug.compare(d.field, Qt::CaseInsensitive) == 0)
                    sheet = s;
            for (int f = 0; f < files.size(); ++f)
                if (files[f].name.compare(d.header, Qt::CaseInsensitive) == 0)
                    file = f;
            if (sheet >= 0 && file >= 0)
                forced.insert(sheet, file);
        }
        QList<QJsonObject> report(files.size());     // per file: {name, template, used, reason}
        QList<QList<int>> candidates(sheets.size()); // per sheet: the files that chose it
        QList<MappingInput> inputs(files.size());
        QStringList slugs;
        for (const SheetCtx &sheet : std::as_const(sheets))
            slugs.append(sheet.tmpl.slug);
        for (int f = 0; f < files.size(); ++f) {
            if (stop())
                return out;
            progress(QStringLiteral("%1: choosing its template").arg(files[f].name));
            report[f] = QJsonObject{{QLatin1String("name"), files[f].name},
                                    {QLatin1String("template"), QJsonValue()},
                                    {QLatin1String("used"), false}};
            toolCall(QStringLiteral("read_file"), {{QLatin1String("file"), files[f].name}});
            const FileHead head = readHead(files[f].path);
            if (!head.readable) {
                const QString why = unreadableReason(files[f].path);
                report[f].insert(QLatin1String("reason"), QStringLiteral("cannot be read: %1").arg(why));
                toolResult(QStringLiteral("read_file"),
                           {{QLatin1String("file"), files[f].name}, {QLatin1String("error"), why}});
                continue;
            }
            inputs[f] = head.input;
            toolResult(QStringLiteral("read_file"),
                       {{QLatin1String("file"), files[f].name},
                        {QLatin1String("columns"), QJsonArray::fromStringList(head.input.headers.mid(0, 50))},
                        {QLatin1String("sample_rows"), qsizetype(head.input.sample.size())}});
            toolCall(QStringLiteral("choose_template"),
                     {{QLatin1String("file"), files[f].name},
                      {QLatin1String("templates"), QJsonArray::fromStringList(slugs)}});
            int forcedSheet = -1;
            for (auto it = forced.cbegin(); it != forced.cend(); ++it)
                if (it.value() == f && (forcedSheet < 0 || it.key() < forcedSheet))
                    forcedSheet = it.key();
            const QString words = nameWords(files[f].name);
            int best = -1;
            bool bestNamed = false;
            bool bestUsable = false;
            double bestScore = -1;
            for (int s = 0; s < sheets.size(); ++s) {
                const bool named = nameMentions(words, sheets[s].tmpl.slug);
                const SheetMapping mapping = mapColumns(sheets[s].tmpl, head.input);
                const double score = mappingScore(mapping);
                const bool usable = mapping.isUsable();
                if (forcedSheet >= 0
                        ? s == forcedSheet
                        : std::tuple(named, usable, score) > std::tuple(bestNamed, bestUsable, bestScore)) {
                    best = s;
                    bestNamed = named;
                    bestUsable = usable;
                    bestScore = score;
                }
            }
            QString why;
            if (forcedSheet >= 0)
                why = QStringLiteral("your answer chose it for %1").arg(sheets[best].tmpl.slug);
            else if (best >= 0 && bestScore > 0)
                why = bestNamed ? QStringLiteral("its name mentions %1").arg(sheets[best].tmpl.slug)
                                : QStringLiteral("its columns fit %1 best (%2 mapping, score %3)")
                                      .arg(sheets[best].tmpl.slug, bestUsable ? QStringLiteral("usable")
                                                                              : QStringLiteral("incomplete"))
                                      .arg(bestScore, 0, 'f', 2);
            toolResult(QStringLiteral("choose_template"),
                       {{QLatin1String("file"), files[f].name},
                        {QLatin1String("template"),
                         why.isEmpty() ? QJsonValue() : QJsonValue(sheets[best].tmpl.slug)},
                        {QLatin1String("named"), bestNamed},
                        {QLatin1String("usable"), bestUsable},
                        {QLatin1String("score"), bestScore},
                        {QLatin1String("reason"), why.isEmpty() ? QStringLiteral("no template fits") : why}});
            if (why.isEmpty()) {
                report[f].insert(QLatin1String("reason"),
                                 QStringLiteral("no template fits: none of its columns maps onto %1")
                                     .arg(slugs.join(QLatin1String(", "))));
                continue;
            }
            report[f].insert(QLatin1String("template"), sheets[best].tmpl.slug);
            report[f].insert(QLatin1String("reason"), why);
            candidates[best].append(f);
        }
        // A template takes one file. Two files for one template are a genuine ambiguity: a question
        // naming them (answered with `use "<file>" for <slug>`), never a silent choice.
        for (int s = 0; s < sheets.size(); ++s) {
            const QList<int> &chosen = candidates[s];
            if (chosen.isEmpty())
                continue;
            int file = chosen.size() == 1 ? chosen.first() : -1;
            if (forced.contains(s) && chosen.contains(forced.value(s)))
                file = forced.value(s);
            if (file < 0) {
                QStringList names;
                for (int f : chosen) {
                    names.append(files[f].name);
                    report[f].insert(QLatin1String("reason"),
                                     QStringLiteral("waiting for your answer: %1 files fit %2")
                                         .arg(chosen.size())
                                         .arg(sheets[s].tmpl.slug));
                }
                QStringList quotedNames;
                for (const QString &n : std::as_const(names))
                    quotedNames.append(quoted(n));
                fileQuestions.append(
                    {QStringLiteral("%1 and %2 %3 fit the template %4, which takes one file."
                                    " Which file feeds %4?")
                         .arg(quotedNames.mid(0, quotedNames.size() - 1).join(QLatin1String(", ")),
                              quotedNames.constLast(),
                              names.size() == 2 ? QStringLiteral("both") : QStringLiteral("all"),
                              sheets[s].tmpl.slug),
                     names});
                continue;
            }
            for (int f : chosen) {
                if (f == file)
                    continue;
                report[f].insert(QLatin1String("template"), QJsonValue());
                report[f].insert(QLatin1String("reason"),
                                 QStringLiteral("not used: %1 feeds %2 (your answer)")
                                     .arg(quoted(files[file].name), sheets[s].tmpl.slug));
            }
            report[file].insert(QLatin1String("used"), true);
            assigned.append(Assigned{s, file, inputs[file].headers, inputs[file]});
        }
        for (const QJsonObject &r : std::as_const(report))
            out.files.append(r);
        if (assigned.isEmpty() && fileQuestions.isEmpty()) {
            QStringList reasons;
            for (const QJsonObject &r : std::as_const(report))
                reasons.append(QStringLiteral("%1: %2").arg(r.value(QLatin1String("name")).toString(),
                                                            r.value(QLatin1String("reason")).toString()));
            return fail(QStringLiteral("None of the uploaded files fits a template of this migration (%1)")
                            .arg(reasons.join(QLatin1String("; "))));
        }
        plan.note = QStringLiteral("generated from the uploaded files");
    } else {
        if (!recipe)
            return fail(QStringLiteral("No current recipe"));
        QString error;
        std::optional<Plan> stored = Plan::fromJson(recipe->value(QLatin1String("plan")).toObject(), &error);
        if (!stored)
            return fail(QStringLiteral("The stored recipe cannot be read: %1").arg(error));
        plan = *stored;
        for (const QJsonValue &v : recipe->value(QLatin1String("files")).toArray()) {
            const QJsonObject o = v.toObject();
            Assigned a;
            for (int s = 0; s < sheets.size(); ++s)
                if (sheets[s].sheetId == o.value(QLatin1String("sheet_id")).toString())
                    a.sheet = s;
            for (int f = 0; f < files.size(); ++f)
                if (files[f].uploadId == o.value(QLatin1String("upload_id")).toString())
                    a.file = f;
            if (a.sheet < 0 || a.file < 0)
                return fail(QStringLiteral("The recipe names a file or template that is gone: %1")
                                .arg(o.value(QLatin1String("file")).toString()));
            a.input = readHead(files[a.file].path).input;
            a.headers = a.input.headers;
            assigned.append(a);
        }
        if (kind == QLatin1String("update"))
            plan.note = QStringLiteral("update: %1").arg(message.simplified());
    }

    if (kind != QLatin1String("execute")) {
        QJsonArray questions;
        QJsonArray directiveTexts;
        for (const auto &[d, newest] : std::as_const(directives))
            directiveTexts.append(d.text);
        if (!directiveTexts.isEmpty())
            toolCall(QStringLiteral("apply_directives"), {{QLatin1String("directives"), directiveTexts}});
        for (const auto &[d, newest] : std::as_const(directives)) {
            auto ask = [&](const QString &text, const QStringList &options = {}) {
                if (newest)
                    questions.append(question(int(questions.size()) + 1, text, options));
            };
            switch (d.kind) {
            case Directive::Kind::Unknown:
                ask(QStringLiteral("I don't understand %1. I know: map \"<file column>\" to <field>; ignore"
                                   " \"<file column>\"; dates are day-first; dates are month-first; default"
                                   " region <country code>; use \"<file>\" for <template>. What should I do?")
                        .arg(quoted(d.text)));
                break;
            case Directive::Kind::Map:
            case Directive::Kind::Ignore: {
                bool applied = false;
                QString slugWanted;
                QString field = d.field;
                if (const qsizetype dot = field.indexOf(QLatin1Char('.')); dot > 0) {
                    slugWanted = field.left(dot);
                    field = field.mid(dot + 1);
                }
                bool headerSeen = false;
                for (const Assigned &a : std::as_const(assigned)) {
                    const Template &tmpl = sheets[a.sheet].tmpl;
                    if (!slugWanted.isEmpty() && tmpl.slug.compare(slugWanted, Qt::CaseInsensitive) != 0)
                        continue;
                    QString header;
                    for (const QString &h : a.headers)
                        if (h.compare(d.header, Qt::CaseInsensitive) == 0)
                            header = h;
                    if (header.isEmpty())
                        continue;
                    headerSeen = true;
                    SheetPlan &sheetPlan = plan.sheetFor(sheets[a.sheet].sheetId, tmpl);
                    if (d.kind == Directive::Kind::Map) {
                        const TemplateColumn *column = nullptr;
                        for (const TemplateColumn &c : tmpl.columns)
                            if (c.name.compare(field, Qt::CaseInsensitive) == 0)
                                column = &c;
                        if (!column)
                            continue;
                        // The header leaves any other column it was pinned to.
                        for (PlanColumn &pc : sheetPlan.columns)
                            if (pc.pinned && pc.source == header)
                                pc.source.clear();
                        PlanColumn &pc = sheetPlan.columnFor(column->name);
                        pc.source = header;
                        pc.sourceIndex = int(a.headers.indexOf(header));
                        pc.pinned = true;
                        applied = true;
                    } else {
                        const SheetMapping current = mapColumns(tmpl, a.input, &sheetPlan);
                        for (const ColumnMapping &m : current.columns) {
                            if (m.header != header)
                                continue;
                            PlanColumn &pc = sheetPlan.columnFor(m.column);
                            pc.source.clear();
                            pc.sourceIndex = -1;
                            pc.pinned = true;
                        }
                        applied = true; // a column nothing reads is ignored already
                    }
                }
                if (!applied)
                    ask(headerSeen
                            ? QStringLiteral("In %1: no template has the field %2. Which field did you mean?")
                                  .arg(quoted(d.text), quoted(d.field))
                            : QStringLiteral("In %1: no uploaded file has a column %2. Which column did you"
                                             " mean?")
                                  .arg(quoted(d.text), quoted(d.header)));
                break;
            }
            case Directive::Kind::Use: {
                bool fileKnown = false;
                bool slugKnown = false;
                for (const FileCtx &f : std::as_const(files))
                    fileKnown = fileKnown || f.name.compare(d.header, Qt::CaseInsensitive) == 0;
                for (const SheetCtx &sheet : std::as_const(sheets))
                    slugKnown = slugKnown || sheet.tmpl.slug.compare(d.field, Qt::CaseInsensitive) == 0;
                bool current = false; // update: the recipe already takes that file for that template
                for (const Assigned &a : std::as_const(assigned))
                    current =
                        current || (files[a.file].name.compare(d.header, Qt::CaseInsensitive) == 0 &&
                                    sheets[a.sheet].tmpl.slug.compare(d.field, Qt::CaseInsensitive) == 0);
                if (!fileKnown)
                    ask(QStringLiteral("In %1: no uploaded file is called %2. Which file did you mean?")
                            .arg(quoted(d.text), quoted(d.header)));
                else if (!slugKnown)
                    ask(QStringLiteral(
                            "In %1: this migration has no template %2. Which template did you mean?")
                            .arg(quoted(d.text), quoted(d.field)));
                else if (kind != QLatin1String("generate") && !current)
                    ask(QStringLiteral(
                            "In %1: an update keeps the recipe's files; start a generate run to choose"
                            " another file for %2. What should I change instead?")
                            .arg(quoted(d.text), d.field));
                break;
            }
            case Directive::Kind::DayFirst:
            case Directive::Kind::MonthFirst:
            case Directive::Kind::Region:
                for (const Assigned &a : std::as_const(assigned)) {
                    const Template &tmpl = sheets[a.sheet].tmpl;
                    SheetPlan &sheetPlan = plan.sheetFor(sheets[a.sheet].sheetId, tmpl);
                    for (const TemplateColumn &c : tmpl.columns) {
                        if (d.kind == Directive::Kind::Region && c.rule == RuleKind::Phone)
                            sheetPlan.columnFor(c.name).defaultRegion = d.region;
                        if (d.kind != Directive::Kind::Region &&
                            (c.rule == RuleKind::Date || c.rule == RuleKind::DateTime))
                            sheetPlan.columnFor(c.name).dateOrder = d.kind == Directive::Kind::DayFirst
                                                                        ? DateOrder::DayFirst
                                                                        : DateOrder::MonthFirst;
                    }
                }
                break;
            }
        }
        if (!directiveTexts.isEmpty())
            toolResult(QStringLiteral("apply_directives"),
                       {{QLatin1String("directives"), directiveTexts},
                        {QLatin1String("questions"), qsizetype(questions.size())}});
        if (!questions.isEmpty())
            return blocked(questions);

        // The mapping each sheet gets under the plan: a genuinely ambiguous or missing required column
        // is a question, never a guess; so are two files for one template.
        for (const auto &[text, names] : std::as_const(fileQuestions))
            questions.append(question(int(questions.size()) + 1, text, names));
        for (const Assigned &a : std::as_const(assigned)) {
            const Template &tmpl = sheets[a.sheet].tmpl;
            SheetPlan &sheetPlan = plan.sheetFor(sheets[a.sheet].sheetId, tmpl);
            toolCall(QStringLiteral("map_columns"),
                     {{QLatin1String("file"), files[a.file].name}, {QLatin1String("template"), tmpl.slug}});
            const SheetMapping mapping = mapColumns(tmpl, a.input, &sheetPlan);
            {
                int mappedCount = 0;
                for (const ColumnMapping &m : mapping.columns)
                    mappedCount += m.source >= 0 ? 1 : 0;
                QJsonArray ambiguous;
                for (const MappingAmbiguity &amb : mapping.ambiguities)
                    ambiguous.append(
                        QJsonObject{{QLatin1String("column"), amb.column},
                                    {QLatin1String("headers"), QJsonArray::fromStringList(amb.headers)}});
                toolResult(
                    QStringLiteral("map_columns"),
                    {{QLatin1String("file"), files[a.file].name},
                     {QLatin1String("template"), tmpl.slug},
                     {QLatin1String("mapped"), mappedCount},
                     {QLatin1String("of"), qsizetype(tmpl.columns.size())},
                     {QLatin1String("missing_required"), QJsonArray::fromStringList(mapping.missingRequired)},
                     {QLatin1String("ambiguities"), ambiguous}});
            }
            QStringList unused;
            for (int s : mapping.unusedSources)
                unused.append(a.input.headers.value(s));
            for (const MappingAmbiguity &amb : mapping.ambiguities) {
                const PlanColumn *pc = sheetPlan.column(amb.column);
                if (pc && pc->pinned)
                    continue;
                questions.append(question(int(questions.size()) + 1,
                                          QStringLiteral("Which column of %1 feeds %2.%3?")
                                              .arg(quoted(files[a.file].name), tmpl.slug, amb.column),
                                          amb.headers));
            }
            for (const QString &missing : mapping.missingRequired)
                questions.append(question(int(questions.size()) + 1,
                                          QStringLiteral("Which column of %1 feeds the required field %2.%3?")
                                              .arg(quoted(files[a.file].name), tmpl.slug, missing),
                                          unused));
            if (questions.isEmpty())
                mapping.recordInto(sheetPlan);
        }
        if (!questions.isEmpty())
            return blocked(questions);
    }

    // The passes: every assigned file through the engine under the plan.
    const bool executing = kind == QLatin1String("execute");
    out.workDir = QStringLiteral("migrations/%1/work-%2").arg(migrationId, runId);
    QJsonArray sheetsJson;
    QJsonArray templatesJson;
    QJsonArray perSheet;
    QJsonObject coverage;
    QJsonArray recipeFiles;
    qint64 inserted = 0;
    qint64 invalidRows = 0;
    // A `link` column checks against the valid rows of its target template's sheet in this migration
    // (docs/api.md): link targets go through the engine first, and keep their valid rows also in a
    // preview. What each sheet adds to the answer is kept by sheet and put in template order after.
    const auto linkTargetsOf = [&](int s) {
        QList<int> targets;
        for (const TemplateColumn &c : sheets[s].tmpl.columns)
            for (const LinkTarget &target : c.linkRule)
                for (int t = 0; t < sheets.size(); ++t)
                    if (t != s && sheets[t].tmpl.id == target.templateId && !targets.contains(t))
                        targets.append(t);
        return targets;
    };
    QList<int> order;
    while (order.size() < sheets.size()) {
        const qsizetype before = order.size();
        for (int s = 0; s < sheets.size(); ++s) {
            const QList<int> targets = linkTargetsOf(s);
            if (!order.contains(s) &&
                std::all_of(targets.cbegin(), targets.cend(), [&](int t) { return order.contains(t); }))
                order.append(s);
        }
        if (order.size() == before) // links in a cycle: the rest in template order
            for (int s = 0; s < sheets.size(); ++s)
                if (!order.contains(s))
                    order.append(s);
    }
    QSet<int> linkTargets;
    for (int s = 0; s < sheets.size(); ++s)
        for (const int t : linkTargetsOf(s))
            linkTargets.insert(t);
    QHash<int, QString> validRowsOf; // sheet -> its valid.csv, once validated
    QList<QJsonObject> sheetJsonAt(sheets.size());
    QList<QJsonObject> perSheetAt(sheets.size());
    QList<QJsonObject> recipeFileAt(sheets.size());
    QList<std::optional<std::pair<QString, SheetOutput>>> storedAt(sheets.size());
    for (const SheetCtx &sheet : std::as_const(sheets))
        templatesJson.append(
            QJsonObject{{QLatin1String("slug"), sheet.tmpl.slug}, {QLatin1String("name"), sheet.tmpl.name}});
    for (const int s : std::as_const(order)) {
        const Template &tmpl = sheets[s].tmpl;
        const QJsonObject templateJson = templatesJson.at(s).toObject();
        const Assigned *a = nullptr;
        for (const Assigned &candidate : std::as_const(assigned))
            if (candidate.sheet == s)
                a = &candidate;
        QStringList columnNames;
        for (const TemplateColumn &c : tmpl.columns)
            columnNames.append(c.name);
        if (!a) {
            sheetJsonAt[s] =
                (QJsonObject{{QLatin1String("template"), templateJson},
                             {QLatin1String("file"), QJsonValue::Null},
                             {QLatin1String("rows"), QJsonArray{QJsonArray::fromStringList(columnNames)}},
                             {QLatin1String("invalid_cells"), QJsonArray()},
                             {QLatin1String("mapped_columns"), QJsonArray()}});
            continue;
        }
        if (stop())
            return stopped(out);
        const FileCtx &file = files[a->file];
        recipeFileAt[s] = QJsonObject{{QLatin1String("sheet_id"), sheets[s].sheetId},
                                      {QLatin1String("slug"), tmpl.slug},
                                      {QLatin1String("file"), file.name},
                                      {QLatin1String("upload_id"), file.uploadId}};
        const QString dirRel =
            executing ? QStringLiteral("migrations/%1/rows-%2/%3").arg(migrationId, runId, tmpl.slug)
                      : out.workDir + QLatin1Char('/') + tmpl.slug;
        const QString dir = m_dataDir + QLatin1Char('/') + dirRel;
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("Cannot create %1").arg(dirRel));
        QFile all(dir + QStringLiteral("/all.csv"));
        QFile valid(dir + QStringLiteral("/valid.csv"));
        const bool keepValid = executing || linkTargets.contains(s);
        if (!all.open(QIODevice::WriteOnly) || (keepValid && !valid.open(QIODevice::WriteOnly)))
            return fail(QStringLiteral("Cannot write %1").arg(dirRel));
        FileValidationOptions options;
        options.sheetId = sheets[s].sheetId;
        options.collectFlaggedCells = executing ? 0 : kFlaggedCellsKept;
        options.writeAll = &all;
        options.writeValid = keepValid ? &valid : nullptr;
        std::list<LinkIndex> linkStorage;
        options.links = linkIndexes(
            tmpl,
            [&](const QString &templateId) {
                QStringList files;
                for (int t = 0; t < sheets.size(); ++t)
                    if (sheets[t].tmpl.id == templateId && validRowsOf.contains(t))
                        files.append(validRowsOf.value(t));
                return files;
            },
            linkStorage);
        options.progress = [&](const ValidationProgress &p) {
            progress(QStringLiteral("%1: %2").arg(file.name, p.message()));
            return !stop();
        };
        const QString tool = executing ? QStringLiteral("import_sheet") : QStringLiteral("validate_sheet");
        toolCall(tool, {{QLatin1String("file"), file.name}, {QLatin1String("template"), tmpl.slug}});
        const FileValidation result =
            validateCsvFile(file.path, tmpl, plan.sheet(sheets[s].sheetId), options);
        if (result.ok())
            toolResult(tool, {{QLatin1String("file"), file.name},
                              {QLatin1String("template"), tmpl.slug},
                              {QLatin1String("rows"), result.report.rowCount()},
                              {QLatin1String("invalid_rows"), result.report.invalidCellCount()}});
        else if (!result.cancelled)
            toolResult(tool, {{QLatin1String("file"), file.name},
                              {QLatin1String("template"), tmpl.slug},
                              {QLatin1String("error"), result.errorMessage}});
        all.close();
        valid.close();
        if (keepValid && result.ok())
            validRowsOf.insert(s, valid.fileName());
        if (result.cancelled || stop()) {
            if (executing)
                QDir(dir).removeRecursively();
            return stopped(out);
        }
        if (!result.ok()) {
            if (executing)
                QDir(dir).removeRecursively();
            for (const auto &stored : std::as_const(out.stored))
                QDir(m_dataDir + QLatin1Char('/') + stored.second.location).removeRecursively();
            out.stored.clear();
            return fail(QStringLiteral("%1: %2").arg(file.name, result.errorMessage));
        }
        int mappedCount = 0;
        QJsonArray mapped;
        for (const ColumnMapping &m : result.mapping.columns) {
            if (m.source >= 0)
                ++mappedCount;
            mapped.append(
                QJsonObject{{QLatin1String("column"), m.column},
                            {QLatin1String("source"), m.source >= 0 ? QJsonValue(m.header) : QJsonValue()},
                            {QLatin1String("confidence"), m.confidence},
                            {QLatin1String("method"), mappingMethodName(m.method)},
                            {QLatin1String("reason"), m.reason}});
        }
        coverage.insert(tmpl.slug,
                        tmpl.columns.isEmpty() ? 0.0 : double(mappedCount) / double(tmpl.columns.size()));
        if (executing) {
            const qint64 rows = result.report.rowCount();
            const qint64 flagged = result.report.invalidCellCount();
            inserted += rows;
            invalidRows += flagged;
            perSheetAt[s] = QJsonObject{{QLatin1String("templateName"), tmpl.name},
                                        {QLatin1String("sheetId"), sheets[s].sheetId},
                                        {QLatin1String("rowCount"), rows}};
            storedAt[s] = std::pair{tmpl.slug, SheetOutput{sheets[s].sheetId, dirRel, rows, flagged}};
            out.stored.append(*storedAt[s]);
            continue;
        }
        QList<QStringList> records;
        if (const QString error = csvRecordsPreview(all.fileName(), &records, kPreviewRows + 1);
            !error.isEmpty())
            return fail(error);
        QJsonArray rows;
        for (const QStringList &r : std::as_const(records))
            rows.append(QJsonArray::fromStringList(r));
        if (rows.isEmpty())
            rows.append(QJsonArray::fromStringList(columnNames));
        QJsonArray invalidCells;
        const qint64 firstDataRow = result.headerRow + 1;
        for (const FlaggedCell &cell : result.flagged) {
            const qint64 index = cell.row - firstDataRow;
            if (index >= kPreviewRows)
                break;
            if (index < 0)
                continue;
            invalidCells.append(
                QJsonObject{{QLatin1String("row"), index},
                            {QLatin1String("column"), tmpl.columns.value(cell.column).name},
                            {QLatin1String("message"),
                             QStringLiteral("fails the %1 rule").arg(cellRuleName(cell.rule))}});
        }
        sheetJsonAt[s] =
            (QJsonObject{{QLatin1String("template"), templateJson},
                         {QLatin1String("file"), file.name},
                         {QLatin1String("rows"), rows},
                         {QLatin1String("invalid_cells"), invalidCells},
                         {QLatin1String("mapped_columns"), mapped},
                         {QLatin1String("row_count"), result.report.rowCount()},
                         {QLatin1String("invalid_row_count"), result.report.invalidCellCount()}});
    }
    // In template order, whatever order the sheets went through the engine in.
    out.stored.clear();
    for (int s = 0; s < sheets.size(); ++s) {
        if (!sheetJsonAt[s].isEmpty())
            sheetsJson.append(sheetJsonAt[s]);
        if (!perSheetAt[s].isEmpty())
            perSheet.append(perSheetAt[s]);
        if (!recipeFileAt[s].isEmpty())
            recipeFiles.append(recipeFileAt[s]);
        if (storedAt[s])
            out.stored.append(*storedAt[s]);
    }
    if (executing) {
        out.status = QStringLiteral("completed");
        out.report = QJsonObject{{QLatin1String("inserted"), inserted},
                                 {QLatin1String("perSheet"), perSheet},
                                 {QLatin1String("invalidCellCount"), invalidRows},
                                 {QLatin1String("coverage"), coverage}};
        return out;
    }
    out.status = QStringLiteral("awaiting_approval");
    out.preview = QJsonObject{
        {QLatin1String("status"), QStringLiteral("awaiting_approval")},
        {QLatin1String("templates"), templatesJson},
        {QLatin1String("sheets"), sheetsJson},
        {QLatin1String("files"),
         kind == QLatin1String("generate") ? out.files : preview.value(QLatin1String("files")).toArray()}};
    out.recipe = QJsonObject{{QLatin1String("plan"), plan.toJson()}, {QLatin1String("files"), recipeFiles}};
    out.recipeNote = plan.note;
    return out;
}

void MigrationRuns::addRoutes(Router &router)
{
    router.post(QStringLiteral("/api/v1/migrations/{id}/runs"), [this](RequestContext &request,
                                                                       httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString migrationId = request.param(QStringLiteral("id")).toLower();
        if (!migrationExists(db, request.accountId(), migrationId)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        const QJsonValue kindValue = body->value(QLatin1String("kind"));
        if (kindValue.isUndefined() || kindValue.isNull()) {
            sendError(response, 400,
                      QStringLiteral("kind is required: one of generate, update, clarify, execute"));
            return;
        }
        if (!kindValue.isString() || !kKinds.contains(kindValue.toString())) {
            sendError(response, 400,
                      QStringLiteral("kind must be one of generate, update, clarify, execute"));
            return;
        }
        const QString kind = kindValue.toString();
        const QJsonValue messageValue = body->value(QLatin1String("message"));
        const bool needsMessage = kind == QLatin1String("update") || kind == QLatin1String("clarify");
        if (needsMessage && (!messageValue.isString() || messageValue.toString().trimmed().isEmpty())) {
            sendError(response, 400,
                      QStringLiteral("message is required for %1: a non-empty string").arg(kind));
            return;
        }
        const QString message = needsMessage ? messageValue.toString() : QString();
        const QJsonValue keyValue = body->value(QLatin1String("idempotency_key"));
        if (!keyValue.isUndefined() && !keyValue.isNull() &&
            (!keyValue.isString() || !isValidIdempotencyKey(keyValue.toString()))) {
            sendError(response, 400, QStringLiteral("idempotency_key must be a string of 1-255 characters"));
            return;
        }
        const QString idempotencyKey = keyValue.toString();
        QString runId = newUuid();
        int replayStatus = 0; // 200 when the key gave back an existing run
        QString replayRunStatus;
        try {
            inTransaction(db, [&] {
                // Replays first (docs/api.md, "Migration runs: idempotency_key"): the same key and payload
                // give the existing run back, whatever its state; another payload is a conflict.
                if (!idempotencyKey.isEmpty()) {
                    const QString canonical = QString::fromUtf8(canonicalJson(*body));
                    QSqlQuery existing =
                        exec(db,
                             QStringLiteral("SELECT payload, run_id FROM migration_run_keys"
                                            " WHERE migration_id = ? AND idempotency_key = ?"),
                             {migrationId, idempotencyKey});
                    if (existing.next()) {
                        if (existing.value(0).toString() != canonical)
                            throw Refusal{
                                409,
                                QStringLiteral("idempotency_key \"%1\" was already used with another"
                                               " payload")
                                    .arg(idempotencyKey),
                                existing.value(1).toString()};
                        runId = existing.value(1).toString();
                        QSqlQuery run = exec(
                            db, QStringLiteral("SELECT status FROM migration_runs WHERE id = ?"), {runId});
                        replayRunStatus = run.next() ? run.value(0).toString() : QStringLiteral("queued");
                        replayStatus = 200;
                        return;
                    }
                }
                if (kind == QLatin1String("generate") &&
                    !exec(db,
                          QStringLiteral(
                              "SELECT 1 FROM uploads WHERE migration_id = ? AND status = 'complete'"),
                          {migrationId})
                         .next() &&
                    !exec(db,
                          QStringLiteral("SELECT 1 FROM migration_source_connections WHERE migration_id = ?"),
                          {migrationId})
                         .next())
                    throw Refusal{
                        400,
                        QStringLiteral("No files uploaded: upload at least one file (or save a source"
                                       " connection) before generate"),
                        {}};
                if (!exec(db, QStringLiteral("SELECT 1 FROM migration_templates WHERE migration_id = ?"),
                          {migrationId})
                         .next())
                    throw Refusal{409, QStringLiteral("The migration has no target templates"), {}};
                QSqlQuery active = exec(db,
                                        QStringLiteral("SELECT id FROM migration_runs WHERE migration_id = ?"
                                                       " AND status IN ('queued', 'running', 'blocked')"),
                                        {migrationId});
                if (active.next())
                    throw Refusal{409, QStringLiteral("A run is already in progress"),
                                  active.value(0).toString()};
                if (kind != QLatin1String("generate") &&
                    !exec(db, QStringLiteral("SELECT 1 FROM migration_previews WHERE migration_id = ?"),
                          {migrationId})
                         .next())
                    throw Refusal{409,
                                  kind == QLatin1String("execute")
                                      ? QStringLiteral("No current preview to execute")
                                      : QStringLiteral("No current preview"),
                                  {}};
                const QString now = utcTimestamp();
                if (!idempotencyKey.isEmpty())
                    exec(db,
                         QStringLiteral(
                             "INSERT INTO migration_run_keys (migration_id, idempotency_key, payload,"
                             " run_id, created_at) VALUES (?, ?, ?, ?, ?)"),
                         {migrationId, idempotencyKey, QString::fromUtf8(canonicalJson(*body)), runId, now});
                exec(db,
                     QStringLiteral(
                         "INSERT INTO migration_runs (id, migration_id, kind, message, status,"
                         " progress_message, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)"),
                     {runId, migrationId, kind,
                      needsMessage ? QVariant(message) : QVariant(QMetaType::fromType<QString>()),
                      QStringLiteral("Queued"), now, now});
                if (needsMessage)
                    addEvent(
                        db, migrationId, runId, QStringLiteral("message"),
                        {{QLatin1String("role"), QStringLiteral("user")}, {QLatin1String("text"), message}});
                addEvent(db, migrationId, runId, QStringLiteral("status"),
                         {{QLatin1String("status"), QStringLiteral("queued")},
                          {QLatin1String("message"), QStringLiteral("%1 run queued").arg(kind)}});
            });
        } catch (const Refusal &refusal) {
            QJsonObject error{{QLatin1String("error"), refusal.message}};
            if (!refusal.runId.isEmpty())
                error.insert(QLatin1String("run_id"), refusal.runId);
            sendJson(response, refusal.status, error);
            return;
        } catch (const DatabaseError &error) {
            if (!QString::fromLocal8Bit(error.what()).contains(QLatin1String("UNIQUE constraint failed")))
                throw;
            QSqlQuery active = exec(db,
                                    QStringLiteral("SELECT id FROM migration_runs WHERE migration_id = ?"
                                                   " AND status IN ('queued', 'running', 'blocked')"),
                                    {migrationId});
            sendJson(response, 409,
                     QJsonObject{
                         {QLatin1String("error"), QStringLiteral("A run is already in progress")},
                         {QLatin1String("run_id"), active.next() ? active.value(0).toString() : QString()}});
            return;
        }
        if (replayStatus != 0) {
            sendJson(response, replayStatus,
                     QJsonObject{
                         {QLatin1String("run_id"), runId},
                         {QLatin1String("status"), replayRunStatus},
                         {QLatin1String("poll_url"), pollUrl(requestOrigin(request), migrationId, runId)}});
            return;
        }
        threadChanged();
        enqueue(runId);
        sendJson(
            response, 201,
            QJsonObject{{QLatin1String("run_id"), runId},
                        {QLatin1String("status"), QStringLiteral("queued")},
                        {QLatin1String("poll_url"), pollUrl(requestOrigin(request), migrationId, runId)}});
    });

    router.get(QStringLiteral("/api/v1/migrations/{id}/runs"), [this](RequestContext &request,
                                                                      httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString migrationId = request.param(QStringLiteral("id")).toLower();
        if (!migrationExists(db, request.accountId(), migrationId)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        QSqlQuery rows = exec(db,
                              QStringLiteral("SELECT id, kind, status, created_at FROM migration_runs"
                                             " WHERE migration_id = ? ORDER BY created_at DESC, rowid DESC"),
                              {migrationId});
        QJsonArray runs;
        while (rows.next())
            runs.append(QJsonObject{{QLatin1String("run_id"), rows.value(0).toString()},
                                    {QLatin1String("kind"), rows.value(1).toString()},
                                    {QLatin1String("status"), rows.value(2).toString()},
                                    {QLatin1String("created_at"), rows.value(3).toString()}});
        sendJson(response, 200, QJsonObject{{QLatin1String("runs"), runs}});
    });

    router.get(QStringLiteral("/api/v1/migrations/{id}/runs/{run_id}"), [this](RequestContext &request,
                                                                               httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        QString migrationId;
        QString runId;
        if (const std::optional<QJsonObject> run = requestedRun(db, request, response, &migrationId, &runId))
            sendJson(response, 200, *run);
    });

    router.patch(
        QStringLiteral("/api/v1/migrations/{id}/runs/{run_id}"),
        [this](RequestContext &request, httplib::Response &response) {
            const QSqlDatabase db = m_database.connection();
            QString migrationId;
            QString runId;
            if (!requestedRun(db, request, response, &migrationId, &runId))
                return;
            const std::optional<QJsonObject> body = jsonBody(request, response);
            if (!body)
                return;
            if (body->size() != 1 ||
                body->value(QLatin1String("status")).toString() != QLatin1String("cancel_requested")) {
                sendError(response, 400,
                          QStringLiteral("The only accepted body is {\"status\": \"cancel_requested\"}"));
                return;
            }
            const bool canceled = inTransaction(db, [&] {
                const QString now = utcTimestamp();
                const bool done =
                    exec(db,
                         QStringLiteral("UPDATE migration_runs SET status = 'canceled', progress_message ="
                                        " NULL, updated_at = ?, finished_at = ? WHERE id = ?"
                                        " AND status IN ('queued', 'running', 'blocked')"),
                         {now, now, runId})
                        .numRowsAffected() == 1;
                if (done)
                    addEvent(db, migrationId, runId, QStringLiteral("status"),
                             {{QLatin1String("status"), QStringLiteral("canceled")}});
                return done;
            });
            if (!canceled) {
                sendError(response, 409, QStringLiteral("The run is already finished"));
                return;
            }
            threadChanged();
            m_pool.cancel(runId);
            sendJson(response, 200, *runObject(db, migrationId, runId));
        });

    router.post(QStringLiteral("/api/v1/migrations/{id}/runs/{run_id}/messages"), [this](
                                                                                      RequestContext &request,
                                                                                      httplib::Response
                                                                                          &response) {
        const QSqlDatabase db = m_database.connection();
        QString migrationId;
        QString runId;
        const std::optional<QJsonObject> run = requestedRun(db, request, response, &migrationId, &runId);
        if (!run)
            return;
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        // 400 for the body's shape first, then 409 for the run's state, then 400 for ids that name
        // none of the run's questions (docs/api.md, "Answers"; API §6 item 24).
        const QJsonValue answers = body->value(QLatin1String("answers"));
        struct Answer {
            QString id;
            QString value;
        };
        QList<Answer> structured;
        if (answers.isString()) {
            if (answers.toString().trimmed().isEmpty()) {
                sendError(response, 400, QStringLiteral("answers must not be empty"));
                return;
            }
        } else if (answers.isArray() && !answers.toArray().isEmpty()) {
            const QJsonArray list = answers.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject answer = list.at(i).toObject();
                if (!list.at(i).isObject()) {
                    sendError(response, 400,
                              QStringLiteral("answers[%1] must be an object {id, value}").arg(i));
                    return;
                }
                const QJsonValue id = answer.value(QLatin1String("id"));
                if (!id.isString() || id.toString().isEmpty()) {
                    sendError(response, 400,
                              QStringLiteral("answers[%1].id is required: a question id (q1, q2, …)").arg(i));
                    return;
                }
                const QJsonValue value = answer.value(QLatin1String("value"));
                if (!value.isString() || value.toString().trimmed().isEmpty()) {
                    sendError(response, 400,
                              QStringLiteral("answers[%1].value is required: an option id or a file column")
                                  .arg(i));
                    return;
                }
                structured.append(Answer{id.toString(), value.toString()});
            }
        } else {
            sendError(response, 400,
                      QStringLiteral("answers is required: [{id, value}] or a free-form instruction"));
            return;
        }
        if (run->value(QLatin1String("blocked_reason")).toString() == QLatin1String("credentials")) {
            sendError(response, 409,
                      QStringLiteral("The run is waiting for credentials: send them to"
                                     " /migrations/%1/runs/%2/credentials")
                          .arg(migrationId, runId));
            return;
        }
        if (run->value(QLatin1String("status")).toString() != QLatin1String("blocked")) {
            sendError(response, 409,
                      QStringLiteral("The run is not blocked on a question (status %1)")
                          .arg(run->value(QLatin1String("status")).toString()));
            return;
        }
        const QJsonArray questions = run->value(QLatin1String("questions")).toArray();
        QStringList directives;
        if (answers.isString()) {
            directives.append(answers.toString());
        } else {
            static const QRegularExpression field(QStringLiteral("feeds (?:the required field )?(\\S+)\\?$"));
            static const QRegularExpression fileChoice(QStringLiteral("Which file feeds (\\S+)\\?$"));
            for (qsizetype i = 0; i < structured.size(); ++i) {
                const auto &[id, given] = structured.at(i);
                QJsonObject q;
                for (const QJsonValue &qv : questions)
                    if (qv.toObject().value(QLatin1String("id")).toString() == id)
                        q = qv.toObject();
                if (q.isEmpty()) {
                    sendError(response, 400,
                              QStringLiteral("answers[%1].id: unknown question id \"%2\"").arg(i).arg(id));
                    return;
                }
                QString chosen = given;
                for (const QJsonValue &ov : q.value(QLatin1String("options")).toArray())
                    if (ov.toObject().value(QLatin1String("id")).toString() == given)
                        chosen = ov.toObject().value(QLatin1String("label")).toString();
                const QString text = q.value(QLatin1String("question")).toString();
                if (const auto f = fileChoice.match(text); f.hasMatch())
                    directives.append(QStringLiteral("use \"%1\" for %2").arg(chosen, f.captured(1)));
                else if (const auto m = field.match(text); m.hasMatch())
                    directives.append(QStringLiteral("map \"%1\" to %2").arg(chosen, m.captured(1)));
                else
                    directives.append(given);
            }
        }
        const bool resumed = inTransaction(db, [&] {
            const bool ok =
                exec(db,
                     QStringLiteral("UPDATE migration_runs SET status = 'queued', questions_json = NULL,"
                                    " directives = directives || char(30) || char(10) || ? || char(10),"
                                    " progress_message = ?, updated_at = ?"
                                    " WHERE id = ? AND status = 'blocked' AND blocked_reason IS NULL"),
                     {directives.join(QLatin1Char('\n')), QStringLiteral("Resuming with your answers"),
                      utcTimestamp(), runId})
                    .numRowsAffected() == 1;
            if (ok)
                addEvent(db, migrationId, runId, QStringLiteral("message"),
                         {{QLatin1String("role"), QStringLiteral("user")},
                          {QLatin1String("text"), directives.join(QLatin1Char('\n'))}});
            return ok;
        });
        if (!resumed) {
            sendError(response, 409, QStringLiteral("The run is not blocked on a question"));
            return;
        }
        threadChanged();
        enqueue(runId);
        sendJson(response, 200,
                 QJsonObject{{QLatin1String("run_id"), runId},
                             {QLatin1String("status"), QStringLiteral("running")}});
    });

    // API §3.3.8. Secrets go to the connection, sealed; the thread gets the field names only.
    router.post(
        QStringLiteral("/api/v1/migrations/{id}/runs/{run_id}/credentials"),
        [this](RequestContext &request, httplib::Response &response) {
            const QSqlDatabase db = m_database.connection();
            QString migrationId;
            QString runId;
            const std::optional<QJsonObject> run = requestedRun(db, request, response, &migrationId, &runId);
            if (!run)
                return;
            const std::optional<QJsonObject> body = jsonBody(request, response);
            if (!body)
                return;
            const QJsonValue credentialsValue = body->value(QLatin1String("credentials"));
            if (!credentialsValue.isObject() || credentialsValue.toObject().isEmpty()) {
                sendError(response, 400,
                          QStringLiteral("credentials is required: a non-empty object of the fields that"
                                         " credential_request.schema names"));
                return;
            }
            const QJsonValue guard = body->value(QLatin1String("connection_id"));
            if (!guard.isUndefined() && !guard.isNull() && (!guard.isString() || !isUuid(guard.toString()))) {
                sendError(response, 400, QStringLiteral("connection_id must be a UUID"));
                return;
            }
            QString connectionId;
            {
                QSqlQuery row = exec(
                    db, QStringLiteral("SELECT connection_id FROM migration_runs WHERE id = ?"), {runId});
                if (row.next())
                    connectionId = row.value(0).toString();
            }
            const bool awaiting =
                run->value(QLatin1String("blocked_reason")).toString() == QLatin1String("credentials");
            std::optional<SourceConnection> connection;
            if (!connectionId.isEmpty())
                connection = SourceConnections::byId(db, connectionId);
            if (awaiting && !connection) {
                sendError(response, 404, QStringLiteral("The run's source connection no longer exists"));
                return;
            }
            if (connection) {
                const QString why =
                    SourceConnections::checkCredentials(connection->sourceKey, credentialsValue.toObject());
                if (!why.isEmpty()) {
                    sendError(response, 400, why);
                    return;
                }
            }
            if (!awaiting) {
                sendError(
                    response, 409,
                    run->value(QLatin1String("status")).toString() == QLatin1String("blocked")
                        ? QStringLiteral("The run is blocked on a question, not on credentials: answer it"
                                         " through messages")
                        : QStringLiteral("The run is not waiting for credentials (status %1)")
                              .arg(run->value(QLatin1String("status")).toString()));
                return;
            }
            if (guard.isString() && guard.toString().toLower() != connection->id) {
                sendError(response, 409,
                          QStringLiteral("connection_id does not match the run's credential request (%1)")
                              .arg(connection->id));
                return;
            }
            const QStringList fields = credentialsValue.toObject().keys();
            const bool resumed = inTransaction(db, [&] {
                const bool ok =
                    exec(db,
                         QStringLiteral(
                             "UPDATE migration_runs SET status = 'queued', blocked_reason = NULL,"
                             " credential_request_json = NULL, progress_message = ?, updated_at = ?"
                             " WHERE id = ? AND status = 'blocked' AND blocked_reason = 'credentials'"),
                         {QStringLiteral("Resuming with your credentials"), utcTimestamp(), runId})
                        .numRowsAffected() == 1;
                if (!ok)
                    return false;
                m_connections->storeCredentials(db, connection->id, credentialsValue.toObject());
                addEvent(db, migrationId, runId, QStringLiteral("message"),
                         {{QLatin1String("role"), QStringLiteral("user")},
                          {QLatin1String("text"),
                           QStringLiteral("Credentials submitted for %1 (%2)")
                               .arg(connection->toJson().value(QLatin1String("name")).toString(),
                                    fields.join(QLatin1String(", ")))}});
                return true;
            });
            if (!resumed) {
                sendError(response, 409, QStringLiteral("The run is no longer waiting for credentials"));
                return;
            }
            threadChanged();
            enqueue(runId);
            sendJson(response, 200,
                     QJsonObject{{QLatin1String("run_id"), runId},
                                 {QLatin1String("status"), QStringLiteral("running")}});
        });

    m_connections->addRoutes(router);

    router.get(QStringLiteral("/api/v1/migrations/{id}/preview"), [this](RequestContext &request,
                                                                         httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString migrationId = request.param(QStringLiteral("id")).toLower();
        if (!migrationExists(db, request.accountId(), migrationId)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        QSqlQuery row =
            exec(db,
                 QStringLiteral(
                     "SELECT preview_json, recipe_version FROM migration_previews WHERE migration_id = ?"),
                 {migrationId});
        if (!row.next()) {
            sendError(response, 404, QStringLiteral("No preview yet"));
            return;
        }
        QJsonObject preview = QJsonDocument::fromJson(row.value(0).toByteArray()).object();
        preview.insert(QLatin1String("recipe_version"), row.value(1).toInt());
        sendJson(response, 200, preview);
    });

    router.get(QStringLiteral("/api/v1/migrations/{id}/thread"), [this](RequestContext &request,
                                                                        httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString migrationId = request.param(QStringLiteral("id")).toLower();
        if (!migrationExists(db, request.accountId(), migrationId)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        bool ok = true;
        qint64 after = 0;
        if (request.raw().has_param("after")) {
            after = QString::fromStdString(request.raw().get_param_value("after")).toLongLong(&ok);
            if (!ok || after < 0) {
                sendError(response, 400, QStringLiteral("after must be a non-negative sequence number"));
                return;
            }
        }
        int limit = kThreadPageDefault;
        if (request.raw().has_param("limit")) {
            limit = QString::fromStdString(request.raw().get_param_value("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > kThreadPageMax) {
                sendError(response, 400, QStringLiteral("limit must be 1..%1").arg(kThreadPageMax));
                return;
            }
        }
        const std::string include = request.raw().has_param("include")
                                        ? request.raw().get_param_value("include")
                                        : std::string("user");
        if (include != "user" && include != "tools" && include != "all") {
            sendError(response, 400, QStringLiteral("include must be user, tools or all"));
            return;
        }
        QSqlQuery rows =
            exec(db,
                 QStringLiteral("SELECT sequence, run_id, type, data_json, created_at FROM migration_thread"
                                " WHERE migration_id = ? AND sequence > ? AND ") +
                     includeCondition(include) + QStringLiteral(" ORDER BY sequence LIMIT ?"),
                 {migrationId, after, limit + 1});
        QJsonArray events;
        qint64 last = after;
        bool more = false;
        while (rows.next()) {
            if (events.size() == limit) {
                more = true;
                break;
            }
            last = rows.value(0).toLongLong();
            events.append(QJsonObject{
                {QLatin1String("sequence"), last},
                {QLatin1String("run_id"), orNull(rows.value(1))},
                {QLatin1String("type"), rows.value(2).toString()},
                {QLatin1String("data"), QJsonDocument::fromJson(rows.value(3).toByteArray()).object()},
                {QLatin1String("created_at"), rows.value(4).toString()}});
        }
        sendJson(response, 200,
                 QJsonObject{{QLatin1String("events"), events},
                             {QLatin1String("last_sequence"), last},
                             {QLatin1String("has_more"), more}});
    });

    router.get(QStringLiteral("/api/v1/migrations/{id}/thread/stream"), [this](RequestContext &request,
                                                                               httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString migrationId = request.param(QStringLiteral("id")).toLower();
        if (!migrationExists(db, request.accountId(), migrationId)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        bool ok = true;
        qint64 after = 0;
        // Last-Event-ID (a reconnecting EventSource) is an alias for `after`; `after` wins when both are
        // given.
        if (request.hasHeader("Last-Event-ID")) {
            after = QString::fromUtf8(request.header("Last-Event-ID")).trimmed().toLongLong(&ok);
            if (!ok || after < 0) {
                sendError(response, 400, QStringLiteral("Last-Event-ID must be a sequence number"));
                return;
            }
        }
        if (request.raw().has_param("after")) {
            after = QString::fromStdString(request.raw().get_param_value("after")).toLongLong(&ok);
            if (!ok || after < 0) {
                sendError(response, 400, QStringLiteral("after must be a non-negative sequence number"));
                return;
            }
        }
        const std::string include = request.raw().has_param("include")
                                        ? request.raw().get_param_value("include")
                                        : std::string("user");
        if (include != "user" && include != "tools" && include != "all") {
            sendError(response, 400, QStringLiteral("include must be user, tools or all"));
            return;
        }
        const QString condition = includeCondition(include);
        struct State {
            qint64 last = 0;
            std::chrono::steady_clock::time_point deadline;
            bool finished = false;
        };
        auto state = std::make_shared<State>();
        state->last = after;
        state->deadline = std::chrono::steady_clock::now() + kStreamBudget;
        response.set_header("Cache-Control", "no-cache");
        response.set_chunked_content_provider(
            "text/event-stream", [this, migrationId, state, condition](size_t, httplib::DataSink &sink) {
                auto send = [&sink](const QByteArray &bytes) {
                    return sink.write(bytes.constData(), size_t(bytes.size()));
                };
                if (state->finished) {
                    sink.done();
                    return true;
                }
                quint64 generation = 0;
                {
                    std::lock_guard lock(g_threadMutex);
                    generation = g_threadGeneration;
                }
                const QSqlDatabase db = m_database.connection();
                QList<QJsonObject> events;
                bool active = false;
                // Whether a run is active first, then the events: a run that ends between the two has
                // written its last events before its end, so they are read here and not left behind a
                // `done` (which would hold them back until the client's next connection).
                {
                    QSqlQuery run = exec(db,
                                         QStringLiteral("SELECT 1 FROM migration_runs WHERE migration_id = ?"
                                                        " AND status IN ('queued', 'running')"),
                                         {migrationId});
                    active = run.next();
                }
                {
                    QSqlQuery rows =
                        exec(db,
                             QStringLiteral("SELECT sequence, run_id, type, data_json, created_at"
                                            " FROM migration_thread WHERE migration_id = ? AND sequence > ?"
                                            " AND ") +
                                 condition + QStringLiteral(" ORDER BY sequence LIMIT 200"),
                             {migrationId, state->last});
                    while (rows.next())
                        events.append(eventObject(rows));
                }
                for (const QJsonObject &event : std::as_const(events)) {
                    state->last = event.value(QLatin1String("sequence")).toInteger();
                    QByteArray frame = "id: " + QByteArray::number(state->last) + "\nevent: ";
                    frame += event.value(QLatin1String("type")).toString().toUtf8();
                    frame += "\ndata: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n";
                    if (!send(frame))
                        return false;
                }
                if (!events.isEmpty())
                    return true; // more may be waiting: read again at once
                bool closing = false;
                {
                    std::lock_guard lock(g_threadMutex);
                    closing = g_streamsClosing;
                }
                if (!active || closing || std::chrono::steady_clock::now() >= state->deadline) {
                    state->finished = true;
                    QByteArray done = "event: done\ndata: ";
                    done += QJsonDocument(QJsonObject{{QLatin1String("last_sequence"), state->last}})
                                .toJson(QJsonDocument::Compact);
                    done += "\n\n";
                    if (!send(done))
                        return false;
                    sink.done();
                    return true;
                }
                std::unique_lock lock(g_threadMutex);
                if (!g_threadChanged.wait_for(lock, kStreamKeepAlive, [&] {
                        return g_threadGeneration != generation || g_streamsClosing;
                    })) {
                    lock.unlock();
                    return send(QByteArray(": ping\n\n"));
                }
                return true;
            });
    });

    router.get(QStringLiteral("/api/v1/migrations/{id}/exports/{file}"), [this](RequestContext &request,
                                                                                httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString migrationId = request.param(QStringLiteral("id")).toLower();
        if (!migrationExists(db, request.accountId(), migrationId)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        const QString file = request.param(QStringLiteral("file"));
        if (!file.endsWith(QLatin1String(".csv"))) {
            sendError(response, 400, QStringLiteral("The path must end in .csv"));
            return;
        }
        const QString slug = file.chopped(4);
        const QString filter = request.raw().has_param("filter")
                                   ? QString::fromStdString(request.raw().get_param_value("filter"))
                                   : QStringLiteral("valid");
        if (filter != QLatin1String("valid") && filter != QLatin1String("all") &&
            filter != QLatin1String("invalid")) {
            sendError(response, 400, QStringLiteral("filter must be valid, all or invalid"));
            return;
        }
        QSqlQuery tmpl =
            exec(db,
                 QStringLiteral("SELECT t.columns_json FROM migration_templates mt JOIN templates t"
                                " ON t.id = mt.template_id WHERE mt.migration_id = ? AND t.slug = ?"),
                 {migrationId, slug});
        if (!tmpl.next()) {
            sendError(response, 404, QStringLiteral("No sheet %1 in this migration").arg(slug));
            return;
        }
        QStringList columns;
        for (const QJsonValue &c : QJsonDocument::fromJson(tmpl.value(0).toByteArray()).array())
            columns.append(c.toObject().value(QLatin1String("name")).toString());
        QSqlQuery stored =
            exec(db,
                 QStringLiteral("SELECT location, row_count, invalid_count FROM migration_sheet_rows"
                                " WHERE migration_id = ? AND slug = ?"),
                 {migrationId, slug});
        std::shared_ptr<ByteSource> source;
        qint64 total = 0;
        if (stored.next()) {
            const QString dir = m_dataDir + QLatin1Char('/') + stored.value(0).toString();
            const qint64 rows = stored.value(1).toLongLong();
            const qint64 invalid = stored.value(2).toLongLong();
            total = filter == QLatin1String("all")       ? rows
                    : filter == QLatin1String("invalid") ? invalid
                                                         : rows - invalid;
            auto all = std::make_unique<QFile>(dir + QStringLiteral("/all.csv"));
            auto valid = std::make_unique<QFile>(dir + QStringLiteral("/valid.csv"));
            if (!all->open(QIODevice::ReadOnly) || !valid->open(QIODevice::ReadOnly)) {
                sendError(response, 500, QStringLiteral("The stored rows cannot be read"));
                return;
            }
            if (filter == QLatin1String("invalid")) {
                source = std::make_shared<InvalidRowsSource>(std::move(all), std::move(valid));
            } else {
                struct FileBytes : ByteSource {
                    std::unique_ptr<QFile> f;
                    qint64 read(char *buffer, qint64 max) override { return f->read(buffer, max); }
                };
                auto bytes = std::make_shared<FileBytes>();
                bytes->f = filter == QLatin1String("all") ? std::move(all) : std::move(valid);
                source = bytes;
            }
        } else {
            struct HeaderBytes : ByteSource {
                QByteArray bytes;
                qint64 position = 0;
                qint64 read(char *buffer, qint64 max) override
                {
                    const qint64 n = std::min(max, qint64(bytes.size()) - position);
                    memcpy(buffer, bytes.constData() + position, size_t(n));
                    position += n;
                    return n;
                }
            };
            auto header = std::make_shared<HeaderBytes>();
            QBuffer buffer(&header->bytes);
            buffer.open(QIODevice::WriteOnly);
            {
                CsvWriter writer(&buffer);
                writer.writeHeader(columns);
            }
            source = header;
        }
        response.set_header(
            "Content-Disposition",
            QStringLiteral("attachment; filename=\"%1-%2.csv\"").arg(slug, filter).toStdString());
        response.set_header("X-Total-Records", std::to_string(total));
        response.set_chunked_content_provider(
            "text/csv; charset=utf-8", [source](size_t, httplib::DataSink &sink) {
                std::array<char, 65536> buffer{};
                const qint64 n = source->read(buffer.data(), qint64(buffer.size()));
                if (n < 0)
                    return false;
                if (n == 0) {
                    sink.done();
                    return true;
                }
                return sink.write(buffer.data(), size_t(n));
            });
    });
}

} // namespace godwit::server
