// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/migrationruns.h"

#include "app/api/apiconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace godwit::app {

namespace {
QString migrationPath(const QString &id, const QString &tail = {})
{
    return QStringLiteral("/migrations/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + tail;
}

QString runPath(const QString &migrationId, const QString &runId, const QString &tail = {})
{
    return migrationPath(migrationId, QStringLiteral("/runs/") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(runId)) + tail);
}

QDateTime isoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

TemplateRef templateRefFromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("slug")).toString(), object.value(QLatin1String("name")).toString()};
}

QString parseRun(const QJsonObject &body, MigrationRun *run)
{
    *run = migrationRunFromJson(body);
    if (run->id.isEmpty() || run->status.isEmpty())
        return QCoreApplication::translate("godwit::app::GetMigrationRunRequest",
                                           "The server's answer has no run_id or status");
    return {};
}

constexpr auto kIntentKind = "migration_run";
constexpr int kExportSilenceMs = 5 * 60 * 1000;
} // namespace

bool MigrationRun::isActiveStatus(const QString &status)
{
    return status == QLatin1String("queued") || status == QLatin1String("running") ||
           status == QLatin1String("blocked");
}

bool MigrationRun::isActive() const
{
    return isActiveStatus(status);
}

MigrationRun migrationRunFromJson(const QJsonObject &object)
{
    MigrationRun run;
    run.id = object.value(QLatin1String("run_id")).toString();
    run.kind = object.value(QLatin1String("kind")).toString();
    run.status = object.value(QLatin1String("status")).toString();
    run.message = object.value(QLatin1String("message")).toString();
    run.error = object.value(QLatin1String("error")).toString();
    run.blockedReason = object.value(QLatin1String("blocked_reason")).toString();
    run.createdAt = isoTime(object.value(QLatin1String("created_at")));
    for (const QJsonValue &value : object.value(QLatin1String("questions")).toArray()) {
        const QJsonObject q = value.toObject();
        MigrationRunQuestion question;
        question.id = q.value(QLatin1String("id")).toString();
        question.question = q.value(QLatin1String("question")).toString();
        question.allowCustom = q.value(QLatin1String("allowCustom")).toBool();
        for (const QJsonValue &option : q.value(QLatin1String("options")).toArray())
            question.options.append({option.toObject().value(QLatin1String("id")).toString(),
                                     option.toObject().value(QLatin1String("label")).toString()});
        run.questions.append(question);
    }
    const QJsonValue report = object.value(QLatin1String("report"));
    if (report.isObject()) {
        const QJsonObject r = report.toObject();
        MigrationRunReport parsed;
        parsed.inserted = r.value(QLatin1String("inserted")).toInteger();
        parsed.invalidCellCount = r.value(QLatin1String("invalidCellCount")).toInteger();
        parsed.coverage = r.value(QLatin1String("coverage"));
        for (const QJsonValue &value : r.value(QLatin1String("perSheet")).toArray()) {
            const QJsonObject sheet = value.toObject();
            parsed.perSheet.append({sheet.value(QLatin1String("templateName")).toString(),
                                    sheet.value(QLatin1String("sheetId")).toString(),
                                    sheet.value(QLatin1String("rowCount")).toInteger()});
        }
        run.report = parsed;
    }
    return run;
}

// --- start, poll, list, cancel, answer ---------------------------------------------------------

StartMigrationRunRequest::StartMigrationRunRequest(const QString &migrationId, const QString &kind,
                                                   const QString &message, QObject *parent)
    : ApiRequest("POST", migrationPath(migrationId, QStringLiteral("/runs")), parent)
{
    setJsonBody(body(kind, message));
}

QJsonObject StartMigrationRunRequest::body(const QString &kind, const QString &message)
{
    QJsonObject body{{QStringLiteral("kind"), kind}};
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    return body;
}

QString StartMigrationRunRequest::parseBody(const QJsonObject &body)
{
    m_runId = body.value(QLatin1String("run_id")).toString();
    m_status = body.value(QLatin1String("status")).toString();
    m_pollUrl = QUrl(body.value(QLatin1String("poll_url")).toString());
    if (m_runId.isEmpty())
        return tr("The server's answer has no run_id");
    return {};
}

GetMigrationRunRequest::GetMigrationRunRequest(const QString &migrationId, const QString &runId,
                                               QObject *parent)
    : ApiRequest("GET", runPath(migrationId, runId), parent)
{}

QString GetMigrationRunRequest::parseBody(const QJsonObject &body)
{
    return parseRun(body, &m_run);
}

ListMigrationRunsRequest::ListMigrationRunsRequest(const QString &migrationId, QObject *parent)
    : ApiRequest("GET", migrationPath(migrationId, QStringLiteral("/runs")), parent)
{}

QString ListMigrationRunsRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("runs")).isArray())
        return tr("The server's answer has no \"runs\" list");
    m_runs.clear();
    for (const QJsonValue &value : body.value(QLatin1String("runs")).toArray())
        m_runs.append(migrationRunFromJson(value.toObject()));
    return {};
}

CancelMigrationRunRequest::CancelMigrationRunRequest(const QString &migrationId, const QString &runId,
                                                     QObject *parent)
    : ApiRequest("PATCH", runPath(migrationId, runId), parent)
{
    setJsonBody({{QStringLiteral("status"), QStringLiteral("cancel_requested")}});
}

QString CancelMigrationRunRequest::parseBody(const QJsonObject &body)
{
    return parseRun(body, &m_run);
}

MigrationRunMessageRequest::MigrationRunMessageRequest(const QString &migrationId, const QString &runId,
                                                       const QList<Answer> &answers, QObject *parent)
    : ApiRequest("POST", runPath(migrationId, runId, QStringLiteral("/messages")), parent)
{
    QJsonArray array;
    for (const Answer &answer : answers)
        array.append(QJsonObject{{QStringLiteral("id"), answer.id}, {QStringLiteral("value"), answer.value}});
    setJsonBody({{QStringLiteral("answers"), array}});
}

MigrationRunMessageRequest::MigrationRunMessageRequest(const QString &migrationId, const QString &runId,
                                                       const QString &freeForm, QObject *parent)
    : ApiRequest("POST", runPath(migrationId, runId, QStringLiteral("/messages")), parent)
{
    setJsonBody({{QStringLiteral("answers"), freeForm}});
}

QString MigrationRunMessageRequest::parseBody(const QJsonObject &body)
{
    m_status = body.value(QLatin1String("status")).toString();
    return {};
}

// --- preview -----------------------------------------------------------------------------------

const PreviewInvalidCell *PreviewSheet::invalidCell(int row, const QString &column) const
{
    for (const PreviewInvalidCell &cell : invalidCells)
        if (cell.row == row && cell.column == column)
            return &cell;
    return nullptr;
}

GetPreviewRequest::GetPreviewRequest(const QString &migrationId, QObject *parent)
    : ApiRequest("GET", migrationPath(migrationId, QStringLiteral("/preview")), parent)
{}

QString GetPreviewRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("sheets")).isArray())
        return tr("The server's answer has no \"sheets\"");
    m_preview = {};
    m_preview.status = body.value(QLatin1String("status")).toString();
    m_preview.recipeVersion = body.value(QLatin1String("recipe_version")).toInt();
    for (const QJsonValue &value : body.value(QLatin1String("templates")).toArray())
        m_preview.templates.append(templateRefFromJson(value.toObject()));
    for (const QJsonValue &value : body.value(QLatin1String("sheets")).toArray()) {
        const QJsonObject s = value.toObject();
        PreviewSheet sheet;
        sheet.templateRef = templateRefFromJson(s.value(QLatin1String("template")).toObject());
        const QJsonArray rows = s.value(QLatin1String("rows")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QStringList cells;
            for (const QJsonValue &cell : rows.at(i).toArray())
                cells.append(cell.toString());
            if (i == 0)
                sheet.header = cells;
            else
                sheet.rows.append(cells);
        }
        for (const QJsonValue &cell : s.value(QLatin1String("invalid_cells")).toArray()) {
            const QJsonObject c = cell.toObject();
            sheet.invalidCells.append({c.value(QLatin1String("row")).toInt(),
                                       c.value(QLatin1String("column")).toString(),
                                       c.value(QLatin1String("message")).toString()});
        }
        sheet.file = s.value(QLatin1String("file")).toString();
        for (const QJsonValue &column : s.value(QLatin1String("mapped_columns")).toArray()) {
            const QJsonObject c = column.toObject();
            sheet.mappedColumns.append(
                {c.value(QLatin1String("column")).toString(), c.value(QLatin1String("source")).toString(),
                 c.value(QLatin1String("confidence")).toDouble(), c.value(QLatin1String("method")).toString(),
                 c.value(QLatin1String("reason")).toString()});
        }
        sheet.rowCount = s.value(QLatin1String("row_count")).toInteger(-1);
        sheet.invalidRowCount = s.value(QLatin1String("invalid_row_count")).toInteger(-1);
        m_preview.sheets.append(sheet);
    }
    return {};
}

// --- thread ------------------------------------------------------------------------------------

std::optional<ThreadEvent> threadEventFromJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("sequence")).isDouble())
        return std::nullopt;
    ThreadEvent event;
    event.sequence = object.value(QLatin1String("sequence")).toInteger();
    event.runId = object.value(QLatin1String("run_id")).toString();
    event.type = object.value(QLatin1String("type")).toString();
    event.data = object.value(QLatin1String("data")).toObject();
    event.createdAt = isoTime(object.value(QLatin1String("created_at")));
    return event;
}

GetThreadRequest::GetThreadRequest(const QString &migrationId, qint64 after, int limit, QObject *parent)
    : ApiRequest("GET", migrationPath(migrationId, QStringLiteral("/thread")), parent)
{
    QUrlQuery query;
    if (after > 0)
        query.addQueryItem(QStringLiteral("after"), QString::number(after));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    setQuery(query);
}

QString GetThreadRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("events")).isArray())
        return tr("The server's answer has no \"events\"");
    m_events.clear();
    for (const QJsonValue &value : body.value(QLatin1String("events")).toArray())
        if (auto event = threadEventFromJson(value.toObject()))
            m_events.append(*event);
    m_lastSequence = body.value(QLatin1String("last_sequence")).toInteger();
    if (!m_events.isEmpty())
        m_lastSequence = qMax(m_lastSequence, m_events.last().sequence);
    m_hasMore = body.value(QLatin1String("has_more")).toBool();
    return {};
}

// --- export ------------------------------------------------------------------------------------

MigrationExportDownload::MigrationExportDownload(const QString &migrationId, const QString &templateSlug,
                                                 const QString &filePath, const QString &filter,
                                                 QObject *parent)
    : ApiRequest("GET",
                 migrationPath(migrationId, QStringLiteral("/exports/") +
                                                QString::fromLatin1(QUrl::toPercentEncoding(templateSlug)) +
                                                QStringLiteral(".csv")),
                 parent)
    , m_path(filePath)
    , m_part(filePath + QStringLiteral(".part"))
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter"), filter);
    setQuery(query);
    // Whatever way it ends without a complete file, no partial file is left behind.
    connect(this, &ApiRequest::finished, this, [this] {
        if (!result().ok())
            discardPart();
    });
}

MigrationExportDownload::~MigrationExportDownload()
{
    discardPart();
}

void MigrationExportDownload::discardPart()
{
    if (m_part.isOpen())
        m_part.close();
    if (m_part.exists())
        m_part.remove();
}

QNetworkReply *MigrationExportDownload::sendRequest(ApiConnection *connection, const QUrl &url,
                                                    ApiResult *failure)
{
    // Each attempt starts the file again.
    discardPart();
    m_written = 0;
    m_contentLength = -1;
    m_totalRecords = -1;
    m_writeError.clear();
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *failure = {ApiStatus::ClientError,
                    0,
                    tr("%1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()),
                    {},
                    {}};
        return nullptr;
    }
    // Not the connection's 30 s: a server may take a while to produce its first bytes of a big sheet.
    QNetworkRequest request = connection->authorizedRequest(url);
    request.setRawHeader("Accept", "text/csv, application/json");
    request.setTransferTimeout(kExportSilenceMs);
    QNetworkReply *reply = connection->networkManager()->get(request);
    m_current = reply;
    // Both run before the base class reads what is left of the body.
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { drain(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { drain(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64, qint64 total) { m_contentLength = total > 0 ? total : -1; });
    return reply;
}

void MigrationExportDownload::drain(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300 || !m_part.isOpen() || reply->error() != QNetworkReply::NoError)
        return; // an error body is JSON: the base class reads it
    if (m_totalRecords < 0 && reply->hasRawHeader("X-Total-Records"))
        m_totalRecords = reply->rawHeader("X-Total-Records").toLongLong();
    const qint64 before = m_written;
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(qMin<qint64>(reply->bytesAvailable(), 256 * 1024));
        if (m_part.write(chunk) != chunk.size()) {
            m_writeError = m_part.errorString();
            reply->abort();
            return;
        }
        m_written += chunk.size();
    }
    if (m_written > before)
        emit progress(m_written, m_contentLength); // last: a slot may abort()
}

QString MigrationExportDownload::parseBody(const QJsonObject &)
{
    if (!m_writeError.isEmpty())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_writeError);
    if (!m_part.flush()) {
        const QString error = m_part.errorString();
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_part.fileName()), error);
    }
    m_part.close();
    QFile::remove(m_path);
    if (!m_part.rename(m_path))
        return tr("%1 cannot be renamed to %2: %3")
            .arg(QDir::toNativeSeparators(m_part.fileName()), QDir::toNativeSeparators(m_path),
                 m_part.errorString());
    emit progress(m_written, m_written);
    return {};
}

// --- run starts through the journal --------------------------------------------------------------

template <typename F> auto MigrationRunStarter::onJournalThread(F &&work)
{
    return QtConcurrent::run(&m_journalThread, std::forward<F>(work));
}

MigrationRunStarter::MigrationRunStarter(ApiConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_journalThread.setMaxThreadCount(1);
    m_journalThread.setExpiryTimeout(-1);
}

MigrationRunStarter::~MigrationRunStarter()
{
    m_journalThread.waitForDone();
}

void MigrationRunStarter::waitForJournal()
{
    m_journalThread.waitForDone();
}

void MigrationRunStarter::openJournal(const QString &path)
{
    m_journalOpen = false;
    m_journalThread.waitForDone();
    m_journal = std::make_unique<IntentJournal>(path);
    IntentJournal *journal = m_journal.get();
    onJournalThread([journal] {
        QString error;
        const bool ok = journal->open(&error);
        return std::make_tuple(ok, error, journal->pending());
    }).then(this, [this](const std::tuple<bool, QString, QList<Intent>> &opened) {
        const auto &[ok, error, pending] = opened;
        m_journalOpen = ok;
        emit journalReady(ok, error);
        for (const Intent &intent : pending) {
            if (intent.kind != QLatin1String(kIntentKind))
                continue;
            auto *op = new MigrationRunStart(this);
            op->m_intent = intent;
            op->m_resumed = true;
            op->m_migrationId = intent.note.value(QLatin1String("migration_id")).toString();
            op->m_kind = intent.body.value(QLatin1String("kind")).toString();
            lookUp(op, {});
        }
    });
}

MigrationRunStart *MigrationRunStarter::start(const QString &migrationId, const QString &kind,
                                              const QString &message)
{
    auto *op = new MigrationRunStart(this);
    op->m_migrationId = migrationId;
    op->m_kind = kind;
    Intent &intent = op->m_intent;
    intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.kind = QString::fromLatin1(kIntentKind);
    intent.method = "POST";
    intent.path = migrationPath(migrationId, QStringLiteral("/runs"));
    intent.body = StartMigrationRunRequest::body(kind, message);
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.note = {{QStringLiteral("migration_id"), migrationId}};
    QMetaObject::invokeMethod(
        this,
        [this, op] {
            if (!m_journal || !m_journalOpen) {
                op->m_result = {ApiStatus::ClientError, 0, {}, {}, {}};
                settle(op, MigrationRunStart::Outcome::Failed,
                       tr("The console's intent journal is not open, so no run is started (a lost answer "
                          "could otherwise start it twice)."));
                return;
            }
            IntentJournal *journal = m_journal.get();
            const Intent intent = op->m_intent;
            QPointer<MigrationRunStart> guard(op);
            onJournalThread([journal, intent] {
                QString error;
                const bool ok = journal->record(intent, &error);
                return std::make_pair(ok, error);
            }).then(this, [this, guard](const std::pair<bool, QString> &recorded) {
                if (!guard)
                    return;
                if (!recorded.first) {
                    guard->m_result = {ApiStatus::ClientError, 0, recorded.second, {}, {}};
                    settle(guard, MigrationRunStart::Outcome::Failed,
                           tr("Nothing was sent: the intent could not be written to the journal: %1")
                               .arg(recorded.second));
                    return;
                }
                send(guard);
            });
        },
        Qt::QueuedConnection);
    return op;
}

void MigrationRunStarter::send(MigrationRunStart *op)
{
    auto *request = new StartMigrationRunRequest(
        op->m_migrationId, op->m_kind, op->m_intent.body.value(QLatin1String("message")).toString(), op);
    connect(request, &ApiRequest::finished, this, [this, op, request] {
        request->deleteLater();
        op->m_result = request->result();
        const ApiResult &result = request->result();
        if (result.ok()) {
            op->m_runId = request->runId();
            settle(op, MigrationRunStart::Outcome::Started);
        } else if (result.status == ApiStatus::Conflict && !result.activeRunId.isEmpty()) {
            lookUp(op, result.activeRunId); // ours, from an earlier attempt, or another's
        } else if (result.status == ApiStatus::NetworkError || result.status == ApiStatus::Timeout ||
                   result.status == ApiStatus::ServerError || result.status == ApiStatus::InvalidResponse) {
            lookUp(op, {}); // it may have been made
        } else {
            settle(op,
                   result.status == ApiStatus::Conflict ? MigrationRunStart::Outcome::Conflict
                                                        : MigrationRunStart::Outcome::Failed,
                   result.message);
        }
    });
    request->start(m_connection);
}

void MigrationRunStarter::lookUp(MigrationRunStart *op, const QString &runIdHint)
{
    auto *list = new ListMigrationRunsRequest(op->m_migrationId, op);
    connect(list, &ApiRequest::finished, this, [this, op, list, runIdHint] {
        list->deleteLater();
        if (!list->result().ok()) {
            if (list->result().status == ApiStatus::NotFound) {
                settle(op, MigrationRunStart::Outcome::Failed, list->result().message);
                return;
            }
            settle(op, MigrationRunStart::Outcome::Unsettled,
                   tr("It cannot be told yet whether the run was started: %1").arg(list->result().message));
            return;
        }
        // Ours: the kind asked for, made at or after the intent was written. No leeway: a server
        // clock behind ours makes our run look older and the start a Conflict naming it (safe), while
        // leeway would take another's run made just before for ours.
        const QDateTime since = op->m_intent.createdAt;
        for (const MigrationRun &run : list->runs()) {
            const bool candidate = runIdHint.isEmpty() || run.id == runIdHint;
            if (candidate && run.kind == op->m_kind && run.createdAt.isValid() && run.createdAt >= since) {
                op->m_runId = run.id;
                settle(op, MigrationRunStart::Outcome::Recovered);
                return;
            }
        }
        if (!runIdHint.isEmpty()) {
            op->m_conflictingRunId = runIdHint;
            settle(op, MigrationRunStart::Outcome::Conflict, op->m_result.message);
            return;
        }
        settle(op, MigrationRunStart::Outcome::Failed,
               op->m_result.message.isEmpty() ? tr("The run was not started") : op->m_result.message);
    });
    list->start(m_connection);
}

void MigrationRunStarter::settle(MigrationRunStart *op, MigrationRunStart::Outcome outcome,
                                 const QString &message)
{
    op->m_outcome = outcome;
    op->m_message = message;
    if (outcome != MigrationRunStart::Outcome::Unsettled && m_journal && m_journalOpen &&
        !op->m_intent.id.isEmpty()) {
        IntentJournal *journal = m_journal.get();
        const QString id = op->m_intent.id;
        (void)onJournalThread([journal, id] { journal->complete(id); });
    }
    emit op->finished();
    emit started(op);
    op->deleteLater();
}

} // namespace godwit::app
