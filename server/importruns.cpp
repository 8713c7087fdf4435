// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/importruns.h"

#include "engine/csvfile.h"
#include "engine/filevalidation.h"
#include "engine/mapper.h"
#include "engine/plan.h"
#include "server/database.h"
#include "server/json.h"
#include "server/templates.h"
#include "server/uploadstore.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <list>
#include <optional>

namespace godwit::server {

using namespace godwit::engine;

namespace {

const QStringList kActiveStatuses = {QStringLiteral("queued"), QStringLiteral("running"),
                                     QStringLiteral("needs_attention"), QStringLiteral("blocked")};
const QStringList kAllStatuses =
    kActiveStatuses +
    QStringList{QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("canceled")};

constexpr int kSampleRows = 200; // rows read to choose a file's sheet by content
constexpr auto kProgressInterval = std::chrono::milliseconds(250); // at most 4 progress writes a second

QJsonArray actionsJson(const QList<FixAction> &actions)
{
    QJsonArray array;
    for (const FixAction &a : actions)
        array.append(a.toJson());
    return array;
}

QList<FixAction> actionsFromJson(const QJsonArray &array)
{
    QList<FixAction> actions;
    for (const QJsonValue &v : array) {
        if (std::optional<FixAction> a = FixAction::fromJson(v.toObject()))
            actions.append(*a);
    }
    return actions;
}

bool syncPath(const QString &path, bool directory)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Where a pass's wall time went, step by step, for the server log (one line a pass): what
// godwit-bench-server-import reports as the import's split.
class StepClock {
public:
    explicit StepClock(std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now())
        : m_start(start)
        , m_last(start)
        , m_lastCpu(processCpuSeconds())
    {}
    // The time since the previous mark was spent on `step`: wall time, and the CPU time of the whole
    // process (all threads: the engine's workers, but also whatever else the server did meanwhile).
    void mark(const QString &step)
    {
        const auto now = std::chrono::steady_clock::now();
        const double cpu = processCpuSeconds();
        m_steps.append({step, std::chrono::duration<double>(now - m_last).count(), cpu - m_lastCpu});
        m_last = now;
        m_lastCpu = cpu;
    }
    // "3.104 s: read run and choose sheet 0.004 s (0.00 CPU), index 0.290 s (0.55 CPU), ..."
    QString summary() const
    {
        QStringList parts;
        for (const Step &step : m_steps)
            parts.append(QStringLiteral("%1 %2 s (%3 CPU)")
                             .arg(step.name)
                             .arg(step.wall, 0, 'f', 3)
                             .arg(step.cpu, 0, 'f', 2));
        return QStringLiteral("%1 s: ").arg(std::chrono::duration<double>(m_last - m_start).count(), 0, 'f',
                                            3) +
               parts.join(QStringLiteral(", "));
    }

private:
    static double processCpuSeconds()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    struct Step {
        QString name;
        double wall = 0;
        double cpu = 0;
    };
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    double m_lastCpu = 0;
    QList<Step> m_steps;
};

QString phaseStep(ValidationPhase phase)
{
    switch (phase) {
    case ValidationPhase::Inspecting:
        return QStringLiteral("inspect");
    case ValidationPhase::Indexing:
        return QStringLiteral("index");
    case ValidationPhase::Validating:
        return QStringLiteral("validate");
    case ValidationPhase::Writing:
        return QStringLiteral("write outputs");
    }
    return QStringLiteral("engine");
}

} // namespace

// "Contacts export 2024.csv" -> "-contacts-export-2024-", for whole-word matches of slugs.
QString nameWords(const QString &fileName)
{
    return QLatin1Char('-') + slugify(QFileInfo(fileName).completeBaseName()) + QLatin1Char('-');
}

bool nameMentions(const QString &words, const QString &slug)
{
    if (slug.isEmpty())
        return false;
    if (words.contains(QLatin1Char('-') + slug + QLatin1Char('-')))
        return true;
    // "contact-list.csv" names the sheet "contacts".
    if (slug.size() > 3 && slug.endsWith(QLatin1Char('s')))
        return words.contains(QLatin1Char('-') + slug.chopped(1) + QLatin1Char('-'));
    return false;
}

FileHead readHead(const QString &path)
{
    FileHead head;
    const CsvInspection inspection = inspectCsvFile(path);
    if (inspection.error != CsvError::None)
        return head;
    const SniffedDialect &sniffed = inspection.dialect;
    head.readable = true;
    head.input.hasHeader = sniffed.hasHeader;
    qint64 firstData = sniffed.headerRecord;
    if (sniffed.hasHeader) {
        for (const QByteArray &h : sniffed.header)
            head.input.headers.append(QString::fromUtf8(h).trimmed());
        firstData = sniffed.headerRecord + 1;
    } else {
        for (int i = 0; i < sniffed.fieldCount; ++i)
            head.input.headers.append(QStringLiteral("Column %1").arg(i + 1));
    }
    CsvTextReader reader(inspection.encoding.encoding, sniffed.dialect);
    reader.setRecordCallback([&](const CsvRecord &record) {
        if (record.index < firstData)
            return true;
        QStringList row;
        for (const QByteArrayView field : record.fields)
            row.append(QString::fromUtf8(field));
        head.input.sample.append(row);
        return head.input.sample.size() < kSampleRows;
    });
    readCsvFile(path, reader);
    return head;
}

double mappingScore(const SheetMapping &mapping)
{
    double score = 0;
    for (const ColumnMapping &m : mapping.columns) {
        if (m.source >= 0)
            score += m.confidence;
    }
    return score;
}

bool hasRecordedMapping(const SheetPlan *sheet)
{
    return sheet && std::any_of(sheet->columns.begin(), sheet->columns.end(), [](const PlanColumn &c) {
               return !c.pinned && (!c.source.isEmpty() || c.sourceIndex >= 0);
           });
}

bool addLinkValues(const QString &path, const QString &column, LinkIndex &index)
{
    int wanted = -1;
    bool ok = true;
    CsvTextReader reader(TextEncoding::Utf8, CsvDialect{});
    reader.setRecordCallback([&](const CsvRecord &record) {
        if (record.index == 0) {
            for (size_t c = 0; c < record.fields.size(); ++c) {
                if (QString::fromUtf8(record.fields[c]) == column)
                    wanted = int(c);
            }
            ok = wanted >= 0;
            return ok;
        }
        if (size_t(wanted) < record.fields.size())
            index.add(QString::fromUtf8(record.fields[size_t(wanted)]));
        return true;
    });
    return readCsvFile(path, reader) == CsvError::None && ok;
}

std::optional<QJsonObject> latestCompanyPlan(const QSqlDatabase &db, const QString &companyId)
{
    QSqlQuery row = exec(db,
                         QStringLiteral("SELECT plan_json FROM company_plans WHERE company_id = ?"
                                        " ORDER BY version DESC LIMIT 1"),
                         {companyId});
    if (!row.next())
        return std::nullopt;
    return QJsonDocument::fromJson(row.value(0).toByteArray()).object();
}

QHash<QString, const LinkIndex *>
linkIndexes(const Template &tmpl, const std::function<QStringList(const QString &templateId)> &validRows,
            std::list<LinkIndex> &storage)
{
    QHash<QString, const LinkIndex *> links;
    for (const TemplateColumn &c : tmpl.columns) {
        if (c.rule != RuleKind::Link)
            continue;
        LinkIndex *index = nullptr;
        for (const LinkTarget &target : c.linkRule) {
            for (const QString &path : validRows(target.templateId)) {
                if (!index)
                    index = &storage.emplace_back();
                addLinkValues(path, target.columnName, *index);
            }
        }
        if (index)
            links.insert(c.name, index);
    }
    return links;
}

namespace {

QString planJson(const Plan &plan)
{
    return QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

bool isActiveImportStatus(const QString &status)
{
    return kActiveStatuses.contains(status);
}

bool isImportStatus(const QString &status)
{
    return kAllStatuses.contains(status);
}

QString activeImportStatusesSql()
{
    return QStringLiteral("'queued', 'running', 'needs_attention', 'blocked'");
}

QJsonArray questionsToStorage(const QList<FixQuestion> &questions)
{
    QJsonArray array;
    for (const FixQuestion &q : questions) {
        QJsonObject object = q.toJson();
        QJsonArray options;
        for (const FixOption &o : q.options)
            options.append(QJsonObject{{QLatin1String("id"), o.id},
                                       {QLatin1String("label"), o.label},
                                       {QLatin1String("actions"), actionsJson(o.actions)}});
        object.insert(QLatin1String("options"), options);
        object.insert(QLatin1String("custom_action"), q.customAction);
        object.insert(QLatin1String("proposed"), actionsJson(q.proposed));
        array.append(object);
    }
    return array;
}

ProposedFixes fixesFromStorage(const QJsonArray &questions, const QJsonObject &proposedPatch)
{
    ProposedFixes fixes;
    for (const QJsonValue &value : questions) {
        const QJsonObject object = value.toObject();
        const QJsonObject target = object.value(QLatin1String("target")).toObject();
        FixQuestion q;
        q.id = object.value(QLatin1String("id")).toString();
        q.prompt = object.value(QLatin1String("prompt")).toString();
        q.context = object.value(QLatin1String("context")).toString();
        q.sheetId = target.value(QLatin1String("sheet_id")).toString();
        q.column = target.value(QLatin1String("column")).toString();
        q.affectedCount = qint64(target.value(QLatin1String("affected_count")).toDouble());
        for (const QJsonValue &s : target.value(QLatin1String("sample_values")).toArray())
            q.sampleValues.append(s.toString());
        q.error = target.value(QLatin1String("error")).toString();
        for (const QJsonValue &c : object.value(QLatin1String("relevant_columns")).toArray())
            q.relevantColumns.append(c.toString());
        for (const QJsonValue &o : object.value(QLatin1String("options")).toArray()) {
            const QJsonObject option = o.toObject();
            q.options.append(FixOption{option.value(QLatin1String("id")).toString(),
                                       option.value(QLatin1String("label")).toString(),
                                       actionsFromJson(option.value(QLatin1String("actions")).toArray())});
        }
        q.allowCustom = object.value(QLatin1String("allow_custom")).toBool();
        q.customAction = object.value(QLatin1String("custom_action")).toString();
        q.proposed = actionsFromJson(object.value(QLatin1String("proposed")).toArray());
        fixes.questions.append(q);
    }
    if (std::optional<ProposedPatch> patch = ProposedPatch::fromJson(proposedPatch))
        fixes.patch = *patch;
    return fixes;
}

QJsonArray outputsToJson(const QList<SheetOutput> &outputs)
{
    QJsonArray array;
    for (const SheetOutput &o : outputs)
        array.append(QJsonObject{{QLatin1String("sheet_id"), o.sheetId},
                                 {QLatin1String("location"), o.location},
                                 {QLatin1String("row_count"), double(o.rowCount)},
                                 {QLatin1String("invalid_count"), double(o.invalidCount)}});
    return array;
}

QList<SheetOutput> outputsFromJson(const QJsonArray &array)
{
    QList<SheetOutput> outputs;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        outputs.append(SheetOutput{o.value(QLatin1String("sheet_id")).toString(),
                                   o.value(QLatin1String("location")).toString(),
                                   qint64(o.value(QLatin1String("row_count")).toDouble()),
                                   qint64(o.value(QLatin1String("invalid_count")).toDouble())});
    }
    return outputs;
}

// What one pass came to.
struct ImportRunner::Outcome {
    enum class Kind { Completed, NeedsAttention, Blocked, Failed, Cancelled, Stopped };
    Kind kind = Kind::Failed;
    QString error;
    QJsonObject report;
    QJsonObject attention; // {questions, proposed_patch} as the API shows it
    QJsonArray fixes;      // questionsToStorage()
    QJsonArray questions;  // blocked: the API's questions plus sheet_id, column and the file's headers
    QList<SheetOutput> outputs;
    int planVersion = 0;
    std::optional<Plan> newPlan;    // plan version 1, recorded from this pass's mapping
    std::optional<Plan> planUpdate; // the current version with sheets it did not cover yet added
    StepClock clock;                // set by execute()
};

ImportRunner::ImportRunner(Database &database, const QString &dataDir, const UploadStore &uploads,
                           int workers)
    : m_database(database)
    , m_dataDir(dataDir)
    , m_uploads(uploads)
    , m_workerCount(std::max(1, workers))
{
    QDir().mkpath(absolutePath(QStringLiteral("imports")));
}

ImportRunner::~ImportRunner()
{
    stop();
}

QString ImportRunner::absolutePath(const QString &relative) const
{
    return QDir(m_dataDir).filePath(relative);
}

QString ImportRunner::runDirectory(const QString &runId)
{
    return QStringLiteral("imports/") + runId;
}

QString ImportRunner::inlineRowsPath(const QString &runId)
{
    return runDirectory(runId) + QStringLiteral("/input/rows.csv");
}

QString ImportRunner::passDirectory(const QString &runId, int pass)
{
    return runDirectory(runId) + QStringLiteral("/pass-") + QString::number(pass);
}

void ImportRunner::recover()
{
    const QSqlDatabase db = m_database.connection();
    QList<Job> queued;
    int requeued = 0;
    int failed = 0;
    inTransaction(db, [&] {
        const QString now = utcTimestamp();
        exec(db, QStringLiteral(
                     "UPDATE import_runs SET interruptions = interruptions + 1 WHERE status = 'running'"));
        failed = exec(db,
                      QStringLiteral("UPDATE import_runs SET status = 'failed', progress_message = NULL,"
                                     " error = ?, updated_at = ?, finished_at = ?"
                                     " WHERE status = 'running' AND interruptions >= ?"),
                      {QStringLiteral("The import was interrupted %1 times (the server stopped while it ran);"
                                      " start it again")
                           .arg(kInterruptionLimit),
                       now, now, kInterruptionLimit})
                     .numRowsAffected();
        requeued = exec(db,
                        QStringLiteral("UPDATE import_runs SET status = 'queued', pass = pass + 1,"
                                       " progress_message = ?, updated_at = ? WHERE status = 'running'"),
                        {QStringLiteral("Queued again: the server restarted while the import ran"), now})
                       .numRowsAffected();
        QSqlQuery rows = exec(db, QStringLiteral("SELECT id, pass FROM import_runs WHERE status = 'queued'"
                                                 " ORDER BY created_at, rowid"));
        while (rows.next())
            queued.append(Job{rows.value(0).toString(), rows.value(1).toInt(), {}});
    });
    if (requeued || failed)
        qInfo().noquote() << QStringLiteral("imports: %1 interrupted run(s) queued again, %2 failed after %3 "
                                            "interruptions")
                                 .arg(requeued)
                                 .arg(failed)
                                 .arg(kInterruptionLimit);

    // Files no run needs: directories of unknown runs, and passes nobody refers to.
    QDir imports(absolutePath(QStringLiteral("imports")));
    for (const QString &name : imports.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        QSqlQuery known = exec(db, QStringLiteral("SELECT 1 FROM import_runs WHERE id = ?"), {name});
        if (!known.next()) {
            QDir(imports.filePath(name)).removeRecursively();
            continue;
        }
        removeUnneededPasses(name);
    }
    {
        std::lock_guard lock(m_mutex);
        for (const Job &job : std::as_const(queued))
            m_queue.push_back(job);
    }
}

void ImportRunner::start()
{
    std::lock_guard lock(m_mutex);
    m_stopping = false;
    m_stopFlag = false;
    for (int i = 0; i < m_workerCount; ++i)
        m_workers.emplace_back([this] { workerLoop(); });
}

void ImportRunner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_stopFlag = true;
    }
    m_wake.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
    m_workers.clear();
}

void ImportRunner::enqueue(const QString &runId, int pass)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Job{runId, pass, {}});
    }
    m_wake.notify_one();
}

void ImportRunner::cancel(const QString &runId)
{
    std::lock_guard lock(m_mutex);
    if (const auto flag = m_inFlight.value(runId))
        flag->store(true);
}

void ImportRunner::workerLoop()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            job = m_queue.front();
            m_queue.pop_front();
        }
        if (job.task) {
            runTask(job);
            continue;
        }
        try {
            execute(job);
        } catch (const std::exception &e) {
            qCritical().noquote()
                << QStringLiteral("import %1: %2").arg(job.runId, QString::fromLocal8Bit(e.what()));
            try {
                const QSqlDatabase db = m_database.connection();
                inTransaction(db, [&] {
                    const QString now = utcTimestamp();
                    exec(db,
                         QStringLiteral("UPDATE import_runs SET status = 'failed', progress_message = NULL,"
                                        " error = ?, updated_at = ?, finished_at = ?"
                                        " WHERE id = ? AND pass = ? AND status = 'running'"),
                         {QStringLiteral("Internal error while importing; see the server log"), now, now,
                          job.runId, job.pass});
                });
            } catch (const std::exception &) {
                // The database itself fails: the next start queues the run again.
            }
        }
    }
}

void ImportRunner::enqueueTask(const QString &key, Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Job{key, 0, std::move(task)});
    }
    m_wake.notify_one();
}

void ImportRunner::runTask(const Job &job)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    {
        std::lock_guard lock(m_mutex);
        m_inFlight.insert(job.runId, cancelled);
    }
    try {
        job.task([this, cancelled] { return m_stopFlag.load() || cancelled->load(); });
    } catch (const std::exception &e) {
        qCritical().noquote()
            << QStringLiteral("task %1: %2").arg(job.runId, QString::fromLocal8Bit(e.what()));
    }
    std::lock_guard lock(m_mutex);
    m_inFlight.remove(job.runId);
}

void ImportRunner::execute(const Job &job)
{
    const auto pickedUp = std::chrono::steady_clock::now();
    const QSqlDatabase db = m_database.connection();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    {
        std::lock_guard lock(m_mutex);
        m_inFlight.insert(job.runId, cancelled);
    }
    struct Unregister {
        ImportRunner *self;
        QString runId;
        std::shared_ptr<std::atomic<bool>> flag;
        ~Unregister()
        {
            // A correction may have queued the run's next pass, already in flight with its own flag.
            std::lock_guard lock(self->m_mutex);
            if (self->m_inFlight.value(runId) == flag)
                self->m_inFlight.remove(runId);
        }
    } unregister{this, job.runId, cancelled};

    const bool claimed = inTransaction(db, [&] {
        return exec(db,
                    QStringLiteral(
                        "UPDATE import_runs SET status = 'running', progress_message = ?, updated_at = ?"
                        " WHERE id = ? AND pass = ? AND status IN ('queued', 'running')"),
                    {QStringLiteral("Starting"), utcTimestamp(), job.runId, job.pass})
                   .numRowsAffected() == 1;
    });
    if (!claimed)
        return; // canceled while queued, or superseded by a newer pass
    const auto claimedAt = std::chrono::steady_clock::now();
    Outcome outcome = runPass(db, job, *cancelled);
    const QString status = finish(db, job, outcome);
    outcome.clock.mark(QStringLiteral("commit and clean up"));
    if (!status.isEmpty()) {
        const auto seconds = [](auto duration) { return std::chrono::duration<double>(duration).count(); };
        qInfo().noquote() << QStringLiteral("import %1 pass %2: %3 after queued %4 s, claim %5 s, pass ")
                                     .arg(job.runId)
                                     .arg(job.pass)
                                     .arg(status)
                                     .arg(seconds(pickedUp - job.queuedAt), 0, 'f', 3)
                                     .arg(seconds(claimedAt - pickedUp), 0, 'f', 3) +
                                 outcome.clock.summary();
    }
}

ImportRunner::Outcome ImportRunner::runPass(const QSqlDatabase &db, const Job &job,
                                            const std::atomic<bool> &cancelled)
{
    Outcome out;
    auto fail = [&out](const QString &error) {
        out.kind = Outcome::Kind::Failed;
        out.error = error;
        return out;
    };

    // What the pass works with: the company's sheets and templates, its plan, the run's inputs. Read in
    // one read transaction whose statements are all finished before anything is written: an open
    // statement would keep a stale snapshot, and SQLite refuses to write from one (SQLITE_BUSY at once).
    struct Sheet {
        QString id;
        QString name;
        Template tmpl;
    };
    struct Input {
        QString name;
        QString path;
    };
    QString companyId;
    QString accountId;
    QJsonArray settled;
    QList<Sheet> sheets;
    std::optional<Plan> plan;
    QString planError;
    QList<Input> inputs;
    QHash<QString, QString> storedRows; // sheet id -> the location of its stored rows
    {
        QSqlQuery runRow =
            exec(db,
                 QStringLiteral("SELECT r.company_id, c.account_id, r.settled_json FROM import_runs r"
                                " JOIN companies c ON c.id = r.company_id WHERE r.id = ?"),
                 {job.runId});
        if (!runRow.next())
            return fail(QStringLiteral("The run no longer exists"));
        companyId = runRow.value(0).toString();
        accountId = runRow.value(1).toString();
        settled = QJsonDocument::fromJson(runRow.value(2).toByteArray()).array();
    }
    {
        QList<QPair<QString, QString>> rows; // sheet id, name
        QStringList templateIds;
        {
            QSqlQuery sheetRows = exec(db,
                                       QStringLiteral("SELECT id, template_id, name FROM company_sheets"
                                                      " WHERE company_id = ? ORDER BY position"),
                                       {companyId});
            while (sheetRows.next()) {
                rows.append({sheetRows.value(0).toString(), sheetRows.value(2).toString()});
                templateIds.append(sheetRows.value(1).toString());
            }
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (std::optional<Template> tmpl = loadTemplate(db, accountId, templateIds[i]))
                sheets.append(Sheet{rows[i].first, rows[i].second, std::move(*tmpl)});
        }
    }
    if (sheets.isEmpty())
        return fail(QStringLiteral("The company has no sheets to import into"));
    {
        QSqlQuery stored =
            exec(db,
                 QStringLiteral("SELECT r.sheet_id, r.location FROM sheet_rows r JOIN"
                                " company_sheets s ON s.id = r.sheet_id WHERE s.company_id = ?"),
                 {companyId});
        while (stored.next())
            storedRows.insert(stored.value(0).toString(), stored.value(1).toString());
    }
    if (const std::optional<QJsonObject> stored = latestCompanyPlan(db, companyId)) {
        plan = Plan::fromJson(*stored, &planError);
        if (!plan)
            return fail(QStringLiteral("The company's stored plan cannot be read: %1").arg(planError));
    }
    {
        QSqlQuery inputRows =
            exec(db,
                 QStringLiteral("SELECT name, upload_id FROM import_run_inputs WHERE run_id = ?"
                                " ORDER BY position"),
                 {job.runId});
        while (inputRows.next())
            inputs.append(Input{inputRows.value(0).toString(),
                                inputRows.value(1).isNull()
                                    ? absolutePath(inlineRowsPath(job.runId))
                                    : m_uploads.filePath(inputRows.value(1).toString())});
    }
    if (inputs.isEmpty())
        return fail(QStringLiteral("The run has no input"));

    // Progress: at most one write every kProgressInterval, and at once when the phase changes.
    auto lastWrite = std::chrono::steady_clock::now() - kProgressInterval;
    QString lastPrefix;
    auto writeProgress = [&](const QString &message, bool force) {
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - lastWrite < kProgressInterval)
            return;
        lastWrite = now;
        // Called from inside the engine, which must not see an exception: a progress message that cannot
        // be written is logged and skipped (the next one tries again).
        try {
            exec(db,
                 QStringLiteral("UPDATE import_runs SET progress_message = ?, updated_at = ?"
                                " WHERE id = ? AND pass = ? AND status = 'running'"),
                 {message, utcTimestamp(), job.runId, job.pass});
        } catch (const std::exception &e) {
            qWarning().noquote() << QStringLiteral("import %1: progress not saved: %2")
                                        .arg(job.runId, QString::fromLocal8Bit(e.what()));
        }
    };
    auto stopNow = [&] { return m_stopFlag.load() || cancelled.load(); };
    auto stopped = [&] {
        out.kind = m_stopFlag.load() ? Outcome::Kind::Stopped : Outcome::Kind::Cancelled;
        return out;
    };

    // Which file feeds which sheet: a sheet the file's name mentions ("contacts.csv", "contact
    // list.csv"), else the sheet whose template the file's columns map onto best.
    QList<int> assignment; // per input: index into sheets
    QList<FileHead> heads; // per input
    for (const Input &input : std::as_const(inputs)) {
        if (stopNow())
            return stopped();
        writeProgress(QStringLiteral("%1: choosing its sheet").arg(input.name), true);
        const QString words = nameWords(input.name);
        QList<int> candidates;
        for (int s = 0; s < sheets.size(); ++s) {
            if (nameMentions(words, sheets[s].tmpl.slug))
                candidates.append(s);
        }
        if (candidates.isEmpty()) {
            for (int s = 0; s < sheets.size(); ++s)
                candidates.append(s);
        }
        int best = candidates.first();
        // The head of the file only when its content has to choose (the engine's pass reads the file
        // from the start anyway).
        heads.append(candidates.size() > 1 ? readHead(input.path) : FileHead{});
        const FileHead &head = heads.constLast();
        if (candidates.size() > 1 && head.readable) {
            double bestScore = -1;
            bool bestUsable = false;
            for (int s : std::as_const(candidates)) {
                const SheetPlan *sheetPlan = plan ? plan->sheet(sheets[s].id) : nullptr;
                const SheetMapping mapping = mapColumns(sheets[s].tmpl, head.input, sheetPlan);
                const double score = mappingScore(mapping);
                const bool usable = mapping.isUsable();
                if ((usable && !bestUsable) || (usable == bestUsable && score > bestScore)) {
                    best = s;
                    bestScore = score;
                    bestUsable = usable;
                }
            }
        }
        const qsizetype earlier = assignment.indexOf(best);
        if (earlier >= 0)
            return fail(
                QStringLiteral("%1 and %2 both go to the sheet %3: import one file per sheet at a time")
                    .arg(inputs[earlier].name, input.name, sheets[best].name));
        assignment.append(best);
    }
    out.clock.mark(QStringLiteral("read run and choose sheet"));

    // A sheet the plan has no recorded mapping for (its first import): a genuinely ambiguous mapping, or
    // a required column nothing feeds while the file has columns nothing reads, is a question, never a
    // guess. A sheet the plan has recorded is replayed: its drift fails the run (issue 3).
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const Sheet &sheet = sheets[assignment[i]];
        const SheetPlan *sheetPlan = plan ? plan->sheet(sheet.id) : nullptr;
        if (hasRecordedMapping(sheetPlan))
            continue;
        if (!heads[i].readable) // not read to choose the sheet
            heads[i] = readHead(inputs[i].path);
        if (!heads[i].readable)
            continue;
        const MappingInput &head = heads[i].input;
        const SheetMapping mapping = mapColumns(sheet.tmpl, head, sheetPlan);
        QStringList unused;
        for (int s : mapping.unusedSources)
            unused.append(head.headers.value(s));
        auto ask = [&](const QString &text, const QString &column, const QStringList &options) {
            QJsonArray opts;
            for (qsizetype o = 0; o < options.size(); ++o)
                opts.append(QJsonObject{{QLatin1String("id"), QString(QChar(char16_t(u'a' + o)))},
                                        {QLatin1String("label"), options[o]}});
            out.questions.append(
                QJsonObject{{QLatin1String("id"), QStringLiteral("q%1").arg(out.questions.size() + 1)},
                            {QLatin1String("question"), text},
                            {QLatin1String("options"), opts},
                            {QLatin1String("allowCustom"), true},
                            {QLatin1String("sheet_id"), sheet.id},
                            {QLatin1String("column"), column},
                            {QLatin1String("headers"), QJsonArray::fromStringList(head.headers)}});
        };
        for (const MappingAmbiguity &amb : mapping.ambiguities) {
            const PlanColumn *pc = sheetPlan ? sheetPlan->column(amb.column) : nullptr;
            if (!pc || !pc->pinned)
                ask(QStringLiteral("Which column of \"%1\" feeds %2.%3?")
                        .arg(inputs[i].name, sheet.tmpl.slug, amb.column),
                    amb.column, amb.headers);
        }
        if (!unused.isEmpty()) {
            for (const QString &missing : mapping.missingRequired)
                ask(QStringLiteral("Which column of \"%1\" feeds the required field %2.%3?")
                        .arg(inputs[i].name, sheet.tmpl.slug, missing),
                    missing, unused);
        }
    }
    if (!out.questions.isEmpty()) {
        out.kind = Outcome::Kind::Blocked;
        return out;
    }

    // Link targets first: a sheet whose rows another sheet of this run links to is validated before it,
    // so that the link is checked against the rows of this import.
    auto linksTo = [&](const Sheet &from, const Sheet &to) {
        for (const TemplateColumn &c : from.tmpl.columns)
            for (const LinkTarget &t : c.linkRule)
                if (t.templateId == to.tmpl.id && &from != &to)
                    return true;
        return false;
    };
    QList<qsizetype> order;
    while (order.size() < inputs.size()) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < inputs.size() && next < 0; ++i) {
            if (order.contains(i))
                continue;
            const bool waits = std::any_of(inputs.begin(), inputs.end(), [&](const Input &other) {
                const qsizetype j = &other - inputs.data();
                return j != i && !order.contains(j) && linksTo(sheets[assignment[i]], sheets[assignment[j]]);
            });
            if (!waits)
                next = i;
        }
        for (qsizetype i = 0; i < inputs.size() && next < 0; ++i) // a cycle: file order
            if (!order.contains(i))
                next = i;
        order.append(next);
    }
    QHash<QString, QString> rowsOf = storedRows; // sheet id -> its rows for link checks (this pass's first)

    // The pass's own directory: outputs land here and become the sheets' rows only when committed.
    const QString passDir = passDirectory(job.runId, job.pass);
    QDir(absolutePath(passDir)).removeRecursively();

    QList<FileValidation> results(inputs.size());
    QList<QJsonObject> files(inputs.size());
    QList<SheetOutput> outputs(inputs.size());
    for (const qsizetype i : std::as_const(order)) {
        const Input &input = inputs[i];
        const Sheet &sheet = sheets[assignment[i]];
        const QString location = passDir + QLatin1Char('/') + sheet.id;
        if (!QDir().mkpath(absolutePath(location)))
            return fail(QStringLiteral("Cannot create %1").arg(location));
        // Written back to the disk while the engine writes them, so that their fsync below waits only
        // for the tail.
        WritebackFile valid(absolutePath(location + QStringLiteral("/valid.csv")));
        WritebackFile all(absolutePath(location + QStringLiteral("/all.csv")));
        if (!valid.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !all.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("Cannot write the rows of %1").arg(sheet.name));

        const QString prefix = inputs.size() > 1 ? QStringLiteral("%1 (%2, file %3 of %4): ")
                                                       .arg(input.name, sheet.name)
                                                       .arg(i + 1)
                                                       .arg(inputs.size())
                                                 : QStringLiteral("%1 (%2): ").arg(input.name, sheet.name);
        out.clock.mark(QStringLiteral("open outputs"));
        ValidationPhase lastPhase = ValidationPhase::Inspecting;
        bool first = true;
        FileValidationOptions options;
        options.sheetId = sheet.id;
        options.writeValid = &valid;
        options.writeAll = &all;
        // A link column checks against the valid rows of the target template's sheet: this import's when
        // it feeds that sheet too, else the stored ones. A target sheet without rows checks nothing.
        std::list<LinkIndex> linkStorage;
        options.links = linkIndexes(
            sheet.tmpl,
            [&](const QString &templateId) {
                QStringList files;
                for (const Sheet &other : std::as_const(sheets)) {
                    const QString rows = rowsOf.value(other.id);
                    if (other.tmpl.id == templateId && !rows.isEmpty())
                        files.append(absolutePath(rows + QStringLiteral("/valid.csv")));
                }
                return files;
            },
            linkStorage);
        options.progress = [&](const ValidationProgress &progress) {
            if (stopNow())
                return false;
            if (!first && progress.phase != lastPhase)
                out.clock.mark(phaseStep(lastPhase));
            writeProgress(prefix + progress.message(), first || progress.phase != lastPhase);
            first = false;
            lastPhase = progress.phase;
            return !stopNow();
        };
        const SheetPlan *sheetPlan = plan ? plan->sheet(sheet.id) : nullptr;
        FileValidation result = validateCsvFile(input.path, sheet.tmpl, sheetPlan, options);
        out.clock.mark(phaseStep(lastPhase));
        const bool flushed = valid.flushAndSync() && all.flushAndSync();
        valid.close();
        all.close();
        out.clock.mark(QStringLiteral("fsync outputs"));
        if (result.cancelled || stopNow())
            return stopped();
        if (!result.ok()) {
            // Typed file errors (empty, header only, not a CSV) and unrecoverable drift (naming the column).
            return fail(QStringLiteral("%1: %2").arg(input.name, result.errorMessage));
        }
        if (!flushed || !syncPath(absolutePath(location), true))
            return fail(QStringLiteral("Cannot store the rows of %1").arg(sheet.name));
        files[i] = QJsonObject({{QLatin1String("name"), input.name},
                                {QLatin1String("sheetId"), sheet.id},
                                {QLatin1String("templateName"), sheet.tmpl.name},
                                {QLatin1String("mapping"), result.mapping.toJson(result.headers)},
                                {QLatin1String("droppedRows"), double(result.droppedRows)},
                                {QLatin1String("fixedCells"), double(result.fixedCells)}});
        outputs[i] =
            SheetOutput{sheet.id, location, result.report.rowCount(), result.report.invalidCellCount()};
        rowsOf.insert(sheet.id, location);
        results[i] = std::move(result);
    }
    out.outputs = outputs;
    syncPath(absolutePath(passDir), true);
    out.clock.mark(QStringLiteral("fsync directories"));

    // The plan: version 1 is this first import's mapping; a sheet the plan does not cover yet is added
    // to the current version (what a version says about a sheet never changes).
    if (!plan) {
        Plan first;
        first.version = 1;
        first.note = QStringLiteral("Recorded from the mapping of the first import (run %1)").arg(job.runId);
        for (qsizetype i = 0; i < results.size(); ++i)
            results[i].mapping.recordInto(
                first.sheetFor(sheets[assignment[i]].id, sheets[assignment[i]].tmpl));
        out.newPlan = first;
        out.planVersion = 1;
    } else {
        Plan updated = *plan;
        bool added = false;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const Sheet &sheet = sheets[assignment[i]];
            if (!hasRecordedMapping(updated.sheet(sheet.id))) {
                results[i].mapping.recordInto(updated.sheetFor(sheet.id, sheet.tmpl));
                added = true;
            }
        }
        if (added)
            out.planUpdate = updated;
        out.planVersion = plan->version;
    }

    QList<ValidationReport> reports;
    QList<FixSheet> fixSheets;
    for (qsizetype i = 0; i < results.size(); ++i) {
        reports.append(results[i].report);
        fixSheets.append(FixSheet{&sheets[assignment[i]].tmpl, &results[i].report, results[i].options});
    }
    out.report = ValidationReport::toJson(reports);
    QJsonArray fileList;
    for (const QJsonObject &file : std::as_const(files))
        fileList.append(file);
    out.report.insert(QLatin1String("files"), fileList);

    // Rows that still fail: questions, unless a decision of this run already settled their group.
    const ProposedFixes proposed = proposeFixes(fixSheets);
    QList<FixQuestion> open;
    for (const FixQuestion &q : proposed.questions) {
        const bool isSettled = std::any_of(settled.begin(), settled.end(), [&q](const QJsonValue &v) {
            const QJsonObject group = v.toObject();
            return group.value(QLatin1String("sheet_id")).toString() == q.sheetId &&
                   group.value(QLatin1String("column")).toString() == q.column &&
                   group.value(QLatin1String("error")).toString() == q.error;
        });
        if (!isSettled)
            open.append(q);
    }
    if (open.isEmpty()) {
        out.kind = Outcome::Kind::Completed;
        out.clock.mark(QStringLiteral("report"));
        return out;
    }
    ProposedFixes attention;
    attention.questions = open;
    for (const FixQuestion &q : std::as_const(open))
        attention.patch.actions.append(q.proposed);
    attention.patch.summary = patchSummary(attention.patch.actions);
    out.kind = Outcome::Kind::NeedsAttention;
    out.attention = attention.toJson();
    out.fixes = questionsToStorage(open);
    out.clock.mark(QStringLiteral("report and questions"));
    return out;
}

QString ImportRunner::finish(const QSqlDatabase &db, const Job &job, const Outcome &outcome)
{
    if (outcome.kind == Outcome::Kind::Stopped)
        return {}; // shutting down: the run stays as it is; the next start runs it again
    QStringList replaced;
    const bool committed = inTransaction(db, [&] {
        const QString now = utcTimestamp();
        QSqlQuery still = exec(db,
                               QStringLiteral("SELECT company_id FROM import_runs WHERE id = ? AND pass = ?"
                                              " AND status = 'running'"),
                               {job.runId, job.pass});
        if (!still.next())
            return false; // canceled meanwhile
        const QString companyId = still.value(0).toString();
        const auto json = [](const auto &value) {
            return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
        };
        switch (outcome.kind) {
        case Outcome::Kind::Failed:
            exec(
                db,
                QStringLiteral("UPDATE import_runs SET status = 'failed', progress_message = NULL, error = ?,"
                               " updated_at = ?, finished_at = ? WHERE id = ?"),
                {outcome.error, now, now, job.runId});
            return true;
        case Outcome::Kind::Blocked:
            exec(db,
                 QStringLiteral(
                     "UPDATE import_runs SET status = 'blocked', progress_message = NULL, error = NULL,"
                     " questions_json = ?, report_json = NULL, updated_at = ? WHERE id = ?"),
                 {json(outcome.questions), now, job.runId});
            return true;
        case Outcome::Kind::Cancelled:
            // PATCH … cancel_requested commits 'canceled' itself; a flag without it cannot happen.
            exec(db,
                 QStringLiteral("UPDATE import_runs SET status = 'canceled', progress_message = NULL,"
                                " updated_at = ?, finished_at = ? WHERE id = ?"),
                 {now, now, job.runId});
            return true;
        case Outcome::Kind::Completed:
        case Outcome::Kind::NeedsAttention:
        case Outcome::Kind::Stopped:
            break;
        }
        if (outcome.newPlan) {
            exec(db,
                 QStringLiteral(
                     "INSERT INTO company_plans (company_id, version, plan_json, note, run_id, created_at)"
                     " VALUES (?, ?, ?, ?, ?, ?)"),
                 {companyId, outcome.newPlan->version, planJson(*outcome.newPlan), outcome.newPlan->note,
                  job.runId, now});
        } else if (outcome.planUpdate) {
            exec(
                db,
                QStringLiteral("UPDATE company_plans SET plan_json = ? WHERE company_id = ? AND version = ?"),
                {planJson(*outcome.planUpdate), companyId, outcome.planUpdate->version});
        }
        const bool done = outcome.kind == Outcome::Kind::Completed;
        exec(db,
             QStringLiteral("UPDATE import_runs SET status = ?, progress_message = NULL, error = NULL,"
                            " plan_version = ?, report_json = ?, attention_json = ?, fixes_json = ?,"
                            " outputs_json = ?, updated_at = ?, finished_at = ? WHERE id = ?"),
             {done ? QStringLiteral("completed") : QStringLiteral("needs_attention"), outcome.planVersion,
              json(outcome.report),
              done ? QVariant(QMetaType::fromType<QString>()) : QVariant(json(outcome.attention)),
              done ? QVariant(QMetaType::fromType<QString>()) : QVariant(json(outcome.fixes)),
              json(outputsToJson(outcome.outputs)), now,
              done ? QVariant(now) : QVariant(QMetaType::fromType<QString>()), job.runId});
        if (done)
            replaced = commitOutputs(db, job.runId, outcome.outputs);
        return true;
    });
    if (committed)
        removeLocations(replaced);
    removeUnneededPasses(job.runId);
    if (!committed)
        return {};
    switch (outcome.kind) {
    case Outcome::Kind::Completed:
        return QStringLiteral("completed");
    case Outcome::Kind::NeedsAttention:
        return QStringLiteral("needs_attention");
    case Outcome::Kind::Blocked:
        return QStringLiteral("blocked");
    case Outcome::Kind::Failed:
        return QStringLiteral("failed");
    case Outcome::Kind::Cancelled:
        return QStringLiteral("canceled");
    case Outcome::Kind::Stopped:
        break;
    }
    return {};
}

QStringList ImportRunner::commitOutputs(const QSqlDatabase &db, const QString &runId,
                                        const QList<SheetOutput> &outputs)
{
    QStringList replaced;
    const QString now = utcTimestamp();
    for (const SheetOutput &o : outputs) {
        QSqlQuery old =
            exec(db, QStringLiteral("SELECT location FROM sheet_rows WHERE sheet_id = ?"), {o.sheetId});
        if (old.next() && old.value(0).toString() != o.location)
            replaced.append(old.value(0).toString());
        exec(db, QStringLiteral("DELETE FROM sheet_rows WHERE sheet_id = ?"), {o.sheetId});
        exec(db,
             QStringLiteral(
                 "INSERT INTO sheet_rows (sheet_id, run_id, location, row_count, invalid_count, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?)"),
             {o.sheetId, runId, o.location, o.rowCount, o.invalidCount, now});
    }
    return replaced;
}

void ImportRunner::removeLocations(const QStringList &locations) const
{
    for (const QString &location : locations) {
        if (location.startsWith(QLatin1String("imports/")) && !location.contains(QLatin1String("..")))
            QDir(absolutePath(location)).removeRecursively();
    }
}

void ImportRunner::removeUnneededPasses(const QString &runId)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery run = exec(db, QStringLiteral("SELECT status, pass FROM import_runs WHERE id = ?"), {runId});
    if (!run.next())
        return;
    const QString status = run.value(0).toString();
    const int pass = run.value(1).toInt();
    // A pass in flight, or the pass a needs_attention run waits on (reject keeps its rows), stays.
    QString keep;
    if (status == QLatin1String("needs_attention") || status == QLatin1String("running") ||
        status == QLatin1String("queued"))
        keep = QStringLiteral("pass-%1").arg(pass);
    QSet<QString> referenced;
    QSqlQuery rows = exec(db, QStringLiteral("SELECT location FROM sheet_rows WHERE run_id = ?"), {runId});
    while (rows.next())
        referenced.insert(rows.value(0).toString().section(QLatin1Char('/'), 2, 2));
    QDir dir(absolutePath(runDirectory(runId)));
    for (const QString &name : dir.entryList({QStringLiteral("pass-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name == keep)
            continue;
        if (!referenced.contains(name)) {
            QDir(dir.filePath(name)).removeRecursively();
            continue;
        }
        // A referenced pass: only the sheets still pointing at it stay.
        QDir passDir(dir.filePath(name));
        for (const QString &sheet : passDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString location = runDirectory(runId) + QLatin1Char('/') + name + QLatin1Char('/') + sheet;
            QSqlQuery used =
                exec(db, QStringLiteral("SELECT 1 FROM sheet_rows WHERE location = ?"), {location});
            if (!used.next())
                QDir(passDir.filePath(sheet)).removeRecursively();
        }
    }
}

} // namespace godwit::server
