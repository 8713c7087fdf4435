// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/exportruns.h"

#include "server/apirequest.h"
#include "server/database.h"
#include "server/idempotency.h"
#include "server/importruns.h"
#include "server/json.h"
#include "server/router.h"
#include "server/secretbox.h"
#include "server/sheetdownload.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <httplib.h>

#include <chrono>
#include <cmath>
#include <thread>

#include <unistd.h>

namespace godwit::server {

namespace {

struct Refusal {
    Refusal(int code, QString text, QJsonObject fields = {})
        : status(code)
        , message(std::move(text))
        , extra(std::move(fields))
    {}
    int status;
    QString message;
    QJsonObject extra;
};

void sendRefusal(httplib::Response &response, const Refusal &refusal)
{
    if (refusal.extra.isEmpty()) {
        sendError(response, refusal.status, refusal.message);
        return;
    }
    QJsonObject body = refusal.extra;
    body.insert(QLatin1String("error"), refusal.message);
    sendJson(response, refusal.status, body);
}

QString companyOf(const QSqlDatabase &db, const RequestContext &request)
{
    const QString id = request.param(QStringLiteral("id")).toLower();
    if (!isUuid(id))
        return {};
    QSqlQuery row = exec(db, QStringLiteral("SELECT id FROM companies WHERE id = ? AND account_id = ?"),
                         {id, request.accountId()});
    return row.next() ? row.value(0).toString() : QString();
}

QString pollUrl(const QString &companyId, const QString &runId)
{
    return QStringLiteral("/api/v1/companies/%1/exports/%2").arg(companyId, runId);
}

QString taskKey(const QString &runId)
{
    return QStringLiteral("export:") + runId;
}

const QString kActiveSql = QStringLiteral("'queued', 'running'");

// The fields of one RFC 4180 record (with or without its line break), UTF-8.
QStringList splitRecord(const QByteArray &record)
{
    QByteArray text = record;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text.at(i + 1) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.append(QString::fromUtf8(field));
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(QString::fromUtf8(field));
    return fields;
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return {};
    }
}

QString snippet(const std::string &body)
{
    QString text = QString::fromUtf8(body.data(), qsizetype(std::min<size_t>(body.size(), 300))).simplified();
    return text.isEmpty() ? QStringLiteral("(no body)") : text;
}

struct ExportRequest {
    QString mode = QStringLiteral("full");
    int canaryRows = 1;
    QStringList templateIds;
    QString filter = QStringLiteral("valid");
    QString idempotencyKey;
};

std::optional<Refusal> parseExportRequest(const QJsonObject &body, ExportRequest *out)
{
    const QJsonValue mode = body.value(QLatin1String("mode"));
    if (!mode.isUndefined() && !mode.isNull()) {
        if (!mode.isString() ||
            !(mode.toString() == QLatin1String("full") || mode.toString() == QLatin1String("canary")))
            return Refusal{400, QStringLiteral("mode must be \"full\" or \"canary\"")};
        out->mode = mode.toString();
    }
    const QJsonValue canary = body.value(QLatin1String("canary_rows"));
    if (!canary.isUndefined() && !canary.isNull()) {
        if (out->mode != QLatin1String("canary"))
            return Refusal{400, QStringLiteral("canary_rows is only for mode \"canary\"")};
        const double n = canary.toDouble(-1);
        if (!canary.isDouble() || n != std::floor(n) || n < 1 || n > ExportRuns::kMaxCanaryRows)
            return Refusal{400, QStringLiteral("canary_rows must be an integer from 1 to %1")
                                    .arg(ExportRuns::kMaxCanaryRows)};
        out->canaryRows = int(n);
    }
    const QJsonValue selection = body.value(QLatin1String("selection"));
    if (!selection.isUndefined() && !selection.isNull()) {
        if (!selection.isObject())
            return Refusal{400,
                           QStringLiteral("selection must be an object {template_ids?: [uuid], row_filter?: "
                                          "{filter: \"valid\"|\"all\"}}")};
        const QJsonObject object = selection.toObject();
        const QJsonValue ids = object.value(QLatin1String("template_ids"));
        if (!ids.isUndefined() && !ids.isNull()) {
            if (!ids.isArray() || ids.toArray().isEmpty())
                return Refusal{400, QStringLiteral("selection.template_ids must be a non-empty array of "
                                                   "template ids (omit it for every sheet)")};
            const QJsonArray list = ids.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString() || !isUuid(list.at(i).toString()))
                    return Refusal{
                        400,
                        QStringLiteral("selection.template_ids[%1] must be a template id (a UUID)").arg(i)};
                if (!out->templateIds.contains(list.at(i).toString().toLower()))
                    out->templateIds.append(list.at(i).toString().toLower());
            }
        }
        const QJsonValue rowFilter = object.value(QLatin1String("row_filter"));
        if (!rowFilter.isUndefined() && !rowFilter.isNull()) {
            if (!rowFilter.isObject())
                return Refusal{400, QStringLiteral("selection.row_filter must be an object {filter: "
                                                   "\"valid\"|\"all\"}")};
            const QJsonValue filter = rowFilter.toObject().value(QLatin1String("filter"));
            if (!filter.isUndefined() && !filter.isNull()) {
                if (!filter.isString() || !(filter.toString() == QLatin1String("valid") ||
                                            filter.toString() == QLatin1String("all")))
                    return Refusal{400, QStringLiteral("selection.row_filter.filter must be valid or all")};
                out->filter = filter.toString();
            }
        }
    }
    const QJsonValue key = body.value(QLatin1String("idempotency_key"));
    if (!key.isUndefined() && !key.isNull()) {
        if (!key.isString() || !isValidIdempotencyKey(key.toString()))
            return Refusal{400, QStringLiteral("idempotency_key must be a string of 1 to 255 characters")};
        out->idempotencyKey = key.toString();
    }
    return std::nullopt;
}

std::optional<Refusal> parseConnections(const QJsonValue &value, QJsonObject *out)
{
    if (!value.isObject())
        return Refusal{
            400, QStringLiteral("connections must be an object: {\"base_url\": string, \"auth\": object}")};
    QString why;
    if (!Destination::fromConnections(value.toObject(), &why))
        return Refusal{400, why};
    *out = value.toObject();
    return std::nullopt;
}

// One HTTP exchange with the destination, after its retries.
struct Exchange {
    bool reached = false; // an HTTP answer came (else `error` says why)
    int status = 0;
    std::string body;
    QString error;
    int attempts = 0;
};

} // namespace

std::optional<Destination> Destination::fromConnections(const QJsonObject &connections, QString *why)
{
    const QJsonValue baseUrl = connections.value(QLatin1String("base_url"));
    const QUrl url(baseUrl.toString(), QUrl::StrictMode);
    if (!baseUrl.isString() || !url.isValid() ||
        !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *why = QStringLiteral("connections.base_url must be an http(s) URL without query or fragment");
        return std::nullopt;
    }
    Destination destination;
    destination.scheme = url.scheme();
    destination.host = url.host();
    destination.port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    destination.basePath = url.path(QUrl::FullyEncoded);
    while (destination.basePath.endsWith(QLatin1Char('/')))
        destination.basePath.chop(1);

    const QJsonValue authValue = connections.value(QLatin1String("auth"));
    if (authValue.isUndefined() || authValue.isNull())
        return destination;
    if (!authValue.isObject()) {
        *why = QStringLiteral("connections.auth must be an object");
        return std::nullopt;
    }
    const QJsonObject auth = authValue.toObject();
    const QString type = auth.value(QLatin1String("type")).toString();
    auto text = [&auth](const char *key) { return auth.value(QLatin1String(key)).toString(); };
    auto headerSafe = [](const QString &value) {
        return !value.isEmpty() && !value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('\n'));
    };
    if (type == QLatin1String("bearer")) {
        if (!headerSafe(text("token"))) {
            *why = QStringLiteral("connections.auth.token is required for type \"bearer\"");
            return std::nullopt;
        }
        destination.headers.append({"Authorization", "Bearer " + text("token").toUtf8()});
    } else if (type == QLatin1String("api_key")) {
        const QString header =
            auth.contains(QLatin1String("header")) ? text("header") : QStringLiteral("x-api-key");
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
        if (!token.match(header).hasMatch()) {
            *why = QStringLiteral("connections.auth.header must be an HTTP header name");
            return std::nullopt;
        }
        if (!headerSafe(text("token"))) {
            *why = QStringLiteral("connections.auth.token is required for type \"api_key\"");
            return std::nullopt;
        }
        destination.headers.append({header.toLatin1(), text("token").toUtf8()});
    } else if (type == QLatin1String("basic")) {
        if (!auth.value(QLatin1String("username")).isString() ||
            !auth.value(QLatin1String("password")).isString()) {
            *why = QStringLiteral("connections.auth.username and connections.auth.password are required for "
                                  "type \"basic\"");
            return std::nullopt;
        }
        destination.headers.append(
            {"Authorization",
             "Basic " + (text("username") + QLatin1Char(':') + text("password")).toUtf8().toBase64()});
    } else {
        *why = QStringLiteral("connections.auth.type must be bearer, api_key or basic");
        return std::nullopt;
    }
    return destination;
}

ExportRuns::ExportRuns(Database &database, const QString &dataDir, const SecretBox &secrets,
                       ImportRunner &runner, ExportOptions options)
    : m_database(database)
    , m_dataDir(dataDir)
    , m_secrets(secrets)
    , m_runner(runner)
    , m_options(options)
{
    ensureSchema(m_database.connection());
}

QString ExportRuns::absolutePath(const QString &relative) const
{
    return QDir(m_dataDir).filePath(relative);
}

void ExportRuns::ensureSchema(const QSqlDatabase &db) const
{
    // Created here rather than as a numbered schema step: every statement is idempotent, so a database
    // that already has them is left as it is.
    inTransaction(db, [&db] {
        exec(db, QStringLiteral(
                     "CREATE TABLE IF NOT EXISTS export_runs ("
                     " id TEXT PRIMARY KEY,"
                     " company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                     " status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed',"
                     "  'canceled')),"
                     " mode TEXT NOT NULL,"
                     " row_filter TEXT NOT NULL,"
                     " progress_message TEXT,"
                     " error TEXT,"
                     " total INTEGER NOT NULL DEFAULT 0,"
                     " succeeded INTEGER NOT NULL DEFAULT 0,"
                     " failed INTEGER NOT NULL DEFAULT 0,"
                     " hollow INTEGER NOT NULL DEFAULT 0,"
                     " interruptions INTEGER NOT NULL DEFAULT 0,"
                     " created_at TEXT NOT NULL,"
                     " updated_at TEXT NOT NULL,"
                     " finished_at TEXT)"));
        exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS export_runs_company_created"
                                " ON export_runs(company_id, created_at)"));
        exec(db, QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS export_runs_one_active"
                                " ON export_runs(company_id) WHERE status IN ('queued', 'running')"));
        // A run's snapshot: the rows of each sheet it writes (file relative to the data directory),
        // how many of them, and the sequence number of the first one.
        exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS export_run_sheets ("
                                " run_id TEXT NOT NULL REFERENCES export_runs(id) ON DELETE CASCADE,"
                                " position INTEGER NOT NULL,"
                                " sheet_id TEXT NOT NULL,"
                                " template_id TEXT NOT NULL,"
                                " slug TEXT NOT NULL,"
                                " file TEXT NOT NULL,"
                                " row_limit INTEGER NOT NULL,"
                                " first_seq INTEGER NOT NULL,"
                                " PRIMARY KEY (run_id, position))"));
        // One row per row written, committed as soon as its write (and read-back) is known.
        exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS export_rows ("
                                " run_id TEXT NOT NULL REFERENCES export_runs(id) ON DELETE CASCADE,"
                                " seq INTEGER NOT NULL,"
                                " sheet_id TEXT NOT NULL,"
                                " template_id TEXT NOT NULL,"
                                " row INTEGER NOT NULL,"
                                " path TEXT NOT NULL,"
                                " ok INTEGER NOT NULL,"
                                " http_status INTEGER,"
                                " error TEXT,"
                                " fields_confirmed INTEGER,"
                                " unconfirmed_json TEXT,"
                                " record_id TEXT,"
                                " attempts INTEGER NOT NULL,"
                                " PRIMARY KEY (run_id, seq))"));
    });
}

std::optional<QJsonObject> ExportRuns::connectionsOf(const QSqlDatabase &db, const SecretBox &secrets,
                                                     const QString &companyId)
{
    QSqlQuery row =
        exec(db, QStringLiteral("SELECT connections_sealed FROM companies WHERE id = ?"), {companyId});
    if (!row.next() || row.isNull(0))
        return std::nullopt;
    const std::optional<QByteArray> plain = secrets.open(row.value(0).toString().toLatin1());
    if (!plain)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*plain);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

void ExportRuns::recover()
{
    const QSqlDatabase db = m_database.connection();
    QStringList resume;
    inTransaction(db, [&] {
        const QString now = utcTimestamp();
        exec(
            db,
            QStringLiteral(
                "UPDATE export_runs SET status = 'failed', error = ?, progress_message = NULL,"
                " updated_at = ?, finished_at = ? WHERE status = 'running' AND interruptions + 1 >= ?"),
            {QStringLiteral("The export was interrupted %1 times (the server stopped while it ran); the rows "
                            "listed in the results were written, start it again for the others")
                 .arg(kInterruptionLimit),
             now, now, kInterruptionLimit});
        exec(db,
             QStringLiteral("UPDATE export_runs SET status = 'queued', interruptions = interruptions + 1,"
                            " progress_message = ?, updated_at = ? WHERE status = 'running'"),
             {QStringLiteral("Queued again: the server restarted while the export ran; it resumes after the "
                             "last row it recorded"),
              now});
        QSqlQuery queued = exec(
            db,
            QStringLiteral("SELECT id FROM export_runs WHERE status = 'queued' ORDER BY created_at, rowid"));
        while (queued.next())
            resume.append(queued.value(0).toString());
    });
    // Snapshots no queued run needs.
    const QDir exports(absolutePath(QStringLiteral("exports")));
    for (const QString &entry : exports.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!resume.contains(entry))
            QDir(exports.filePath(entry)).removeRecursively();
    }
    for (const QString &runId : resume)
        enqueue(runId);
}

void ExportRuns::enqueue(const QString &runId)
{
    m_runner.enqueueTask(taskKey(runId), [this, runId](const std::function<bool()> &stopRequested) {
        execute(runId, stopRequested);
    });
}

void ExportRuns::execute(const QString &runId, const std::function<bool()> &stopRequested)
{
    const QSqlDatabase db = m_database.connection();
    QString companyId;
    qint64 succeeded = 0, failed = 0, hollow = 0, total = 0;
    {
        QSqlQuery run = exec(db,
                             QStringLiteral("SELECT company_id, status, succeeded, failed, hollow, total"
                                            " FROM export_runs WHERE id = ?"),
                             {runId});
        if (!run.next())
            return;
        const QString status = run.value(1).toString();
        if (status != QLatin1String("queued") && status != QLatin1String("running"))
            return;
        companyId = run.value(0).toString();
        succeeded = run.value(2).toLongLong();
        failed = run.value(3).toLongLong();
        hollow = run.value(4).toLongLong();
        total = run.value(5).toLongLong();
    }
    const auto removeSnapshot = [this, &runId] {
        QDir(absolutePath(QStringLiteral("exports/") + runId)).removeRecursively();
    };
    // Every write is conditioned on the run still running: a cancel committed meanwhile wins.
    const auto fail = [&](const QString &error) {
        const QString now = utcTimestamp();
        exec(db,
             QStringLiteral(
                 "UPDATE export_runs SET status = 'failed', error = ?, progress_message = NULL,"
                 " updated_at = ?, finished_at = ? WHERE id = ? AND status IN ('queued', 'running')"),
             {error, now, now, runId});
        removeSnapshot();
    };
    exec(db,
         QStringLiteral("UPDATE export_runs SET status = 'running', progress_message = ?, updated_at = ?"
                        " WHERE id = ? AND status IN ('queued', 'running')"),
         {QStringLiteral("Starting"), utcTimestamp(), runId});

    const std::optional<QJsonObject> connections = connectionsOf(db, m_secrets, companyId);
    if (!connections) {
        fail(QStringLiteral("The company has no readable destination connection: set connections with PUT "
                            "/companies/{id}/connections"));
        return;
    }
    QString why;
    const std::optional<Destination> destination = Destination::fromConnections(*connections, &why);
    if (!destination) {
        fail(why);
        return;
    }

    struct Sheet {
        QString sheetId, templateId, slug, file;
        qint64 rowLimit = 0, firstSeq = 0;
    };
    QList<Sheet> sheets;
    {
        QSqlQuery rows = exec(db,
                              QStringLiteral("SELECT sheet_id, template_id, slug, file, row_limit, first_seq"
                                             " FROM export_run_sheets WHERE run_id = ? ORDER BY position"),
                              {runId});
        while (rows.next())
            sheets.append({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(),
                           rows.value(3).toString(), rows.value(4).toLongLong(), rows.value(5).toLongLong()});
    }
    qint64 lastDone = -1;
    {
        QSqlQuery last =
            exec(db, QStringLiteral("SELECT MAX(seq) FROM export_rows WHERE run_id = ?"), {runId});
        if (last.next() && !last.isNull(0))
            lastDone = last.value(0).toLongLong();
    }

    const QString host = destination->host.contains(QLatin1Char(':'))
                             ? QString(QLatin1Char('[') + destination->host + QLatin1Char(']'))
                             : destination->host;
    const std::string origin = QString(destination->scheme + QStringLiteral("://") + host + QLatin1Char(':') +
                                       QString::number(destination->port))
                                   .toStdString();
    httplib::Client client(origin);
    client.set_connection_timeout(m_options.connectTimeoutSeconds, 0);
    client.set_read_timeout(m_options.readTimeoutSeconds, 0);
    client.set_write_timeout(m_options.readTimeoutSeconds, 0);
    client.set_keep_alive(true);
    httplib::Headers baseHeaders{{"User-Agent", "godwit-server/" GODWIT_VERSION},
                                 {"Accept", "application/json"}};
    for (const auto &header : destination->headers)
        baseHeaders.emplace(header.first.toStdString(), header.second.toStdString());

    // Sleeps `ms` in slices, false when a stop was requested meanwhile.
    const auto pause = [&stopRequested](int ms) {
        for (int slept = 0; slept < ms; slept += 50) {
            if (stopRequested())
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min(50, ms - slept)));
        }
        return !stopRequested();
    };
    // One request with its retries: 5xx, 429 and connection errors are retried with exponential backoff
    // (a Retry-After in seconds is honoured up to maxBackoffMs).
    const auto send = [&](const char *method, const std::string &path, const std::string &body,
                          const std::string &idempotencyKey) -> std::optional<Exchange> {
        Exchange exchange;
        int backoff = m_options.initialBackoffMs;
        for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt) {
            exchange.attempts = attempt;
            httplib::Headers headers = baseHeaders;
            if (!idempotencyKey.empty())
                headers.emplace("Idempotency-Key", idempotencyKey);
            const httplib::Result result = std::string_view(method) == "POST"
                                               ? client.Post(path, headers, body, "application/json")
                                               : client.Get(path, headers);
            int wait = backoff;
            if (!result) {
                exchange.reached = false;
                exchange.error = QString::fromStdString(httplib::to_string(result.error()));
            } else {
                exchange.reached = true;
                exchange.status = result->status;
                exchange.body = result->body;
                if (result->status < 500 && result->status != 429)
                    return exchange;
                bool ok = false;
                const int retryAfter =
                    QString::fromStdString(result->get_header_value("Retry-After")).toInt(&ok);
                if (ok && retryAfter >= 0)
                    wait = std::min(retryAfter * 1000, m_options.maxBackoffMs);
            }
            if (attempt == m_options.maxAttempts)
                break;
            if (!pause(wait))
                return std::nullopt;
            backoff = std::min(backoff * 2, m_options.maxBackoffMs);
        }
        return exchange;
    };

    const auto progress = [&](const Sheet &sheet) -> QString {
        const qint64 done = succeeded + failed;
        return QStringLiteral("%1: %L2 of %L3 rows written (%4%)")
            .arg(sheet.slug)
            .arg(done)
            .arg(total)
            .arg(total > 0 ? int(done * 100 / total) : 100);
    };

    for (const Sheet &sheet : sheets) {
        auto file = std::make_unique<QFile>(absolutePath(sheet.file));
        if (!file->open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("The rows of the sheet %1 can no longer be read: start the export again")
                     .arg(sheet.slug));
            return;
        }
        CsvRecordReader reader(std::move(file));
        QByteArray record;
        if (!reader.next(&record))
            continue;
        const QStringList header = splitRecord(record);
        const QString path = destination->basePath + QLatin1Char('/') + sheet.slug;
        for (qint64 index = 0; index < sheet.rowLimit && reader.next(&record); ++index) {
            const qint64 seq = sheet.firstSeq + index;
            if (seq <= lastDone)
                continue;
            if (stopRequested())
                return; // SIGTERM (the next start resumes) or a cancel (already committed)
            const QStringList cells = splitRecord(record);
            QJsonObject object;
            for (qsizetype c = 0; c < header.size(); ++c) {
                const QString value = cells.value(c);
                object.insert(header[c], value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
            }
            const std::string key = QString(runId + QLatin1Char('-') + QString::number(seq)).toStdString();
            const std::optional<Exchange> written =
                send("POST", path.toStdString(),
                     QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString(), key);
            if (!written)
                return;
            if (!written->reached) {
                fail(QStringLiteral("The destination %1 cannot be reached: %2 (after %3 attempts); the rows "
                                    "listed in the results were written")
                         .arg(destination->host, written->error)
                         .arg(written->attempts));
                return;
            }
            if (written->status == 401) {
                fail(QStringLiteral("The destination refused the credentials (HTTP 401 on %1): check "
                                    "connections.auth")
                         .arg(path));
                return;
            }
            const bool ok = written->status >= 200 && written->status < 300;
            QString error;
            QVariant confirmed(QMetaType::fromType<int>());
            QStringList unconfirmed;
            QString recordId;
            if (!ok) {
                error = written->status >= 500 || written->status == 429
                            ? QStringLiteral("HTTP %1 from the destination after %2 attempts: %3")
                                  .arg(written->status)
                                  .arg(written->attempts)
                                  .arg(snippet(written->body))
                            : QStringLiteral("HTTP %1 from the destination: %2")
                                  .arg(written->status)
                                  .arg(snippet(written->body));
            } else {
                const QJsonObject answer =
                    QJsonDocument::fromJson(QByteArray::fromStdString(written->body)).object();
                recordId = jsonText(answer.value(QLatin1String("id")));
                if (!recordId.isEmpty()) {
                    const std::optional<Exchange> readBack =
                        send("GET",
                             QString(path + QLatin1Char('/') +
                                     QString::fromLatin1(QUrl::toPercentEncoding(recordId)))
                                 .toStdString(),
                             {}, {});
                    if (!readBack)
                        return;
                    if (readBack->reached && readBack->status == 200) {
                        QJsonObject back =
                            QJsonDocument::fromJson(QByteArray::fromStdString(readBack->body)).object();
                        if (back.value(QLatin1String("properties")).isObject())
                            back = back.value(QLatin1String("properties")).toObject();
                        for (auto it = object.begin(); it != object.end(); ++it) {
                            if (it.value().isNull())
                                continue;
                            if (jsonText(back.value(it.key())) != it.value().toString())
                                unconfirmed.append(it.key());
                        }
                        confirmed = unconfirmed.isEmpty() ? 1 : 0;
                    } else if (readBack->reached && readBack->status == 404) {
                        for (auto it = object.begin(); it != object.end(); ++it) {
                            if (!it.value().isNull())
                                unconfirmed.append(it.key());
                        }
                        confirmed = 0;
                    }
                }
            }
            if (ok)
                ++succeeded;
            else
                ++failed;
            if (confirmed.isValid() && !confirmed.isNull() && confirmed.toInt() == 0)
                ++hollow;
            bool stillRunning = false;
            inTransaction(db, [&] {
                QSqlQuery update =
                    exec(db,
                         QStringLiteral(
                             "UPDATE export_runs SET succeeded = ?, failed = ?, hollow = ?,"
                             " progress_message = ?, updated_at = ? WHERE id = ? AND status = 'running'"),
                         {succeeded, failed, hollow, progress(sheet), utcTimestamp(), runId});
                stillRunning = update.numRowsAffected() > 0;
                if (!stillRunning)
                    return;
                exec(db,
                     QStringLiteral(
                         "INSERT INTO export_rows (run_id, seq, sheet_id, template_id, row, path, ok,"
                         " http_status, error, fields_confirmed, unconfirmed_json, record_id, attempts)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {runId, seq, sheet.sheetId, sheet.templateId, index + 2, path, ok ? 1 : 0,
                      written->status,
                      error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error), confirmed,
                      unconfirmed.isEmpty()
                          ? QVariant(QMetaType::fromType<QString>())
                          : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(unconfirmed))
                                                           .toJson(QJsonDocument::Compact))),
                      recordId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(recordId),
                      written->attempts});
            });
            if (!stillRunning) {
                removeSnapshot();
                return;
            }
        }
        if (reader.error()) {
            fail(QStringLiteral("The rows of the sheet %1 could not be read to the end").arg(sheet.slug));
            return;
        }
    }
    const QString now = utcTimestamp();
    exec(db,
         QStringLiteral(
             "UPDATE export_runs SET status = 'completed', total = succeeded + failed,"
             " progress_message = NULL, updated_at = ?, finished_at = ? WHERE id = ? AND status = 'running'"),
         {now, now, runId});
    removeSnapshot();
}

namespace {

QJsonObject runBody(const QSqlDatabase &db, const QString &runId, qint64 after, int limit, bool problemsOnly,
                    bool *found)
{
    QSqlQuery run =
        exec(db,
             QStringLiteral("SELECT id, status, created_at, mode, progress_message, error, total,"
                            " succeeded, failed, hollow, row_filter FROM export_runs WHERE id = ?"),
             {runId});
    *found = run.next();
    if (!*found)
        return {};
    const QString status = run.value(1).toString();
    QJsonObject body{{QLatin1String("run_id"), run.value(0).toString()},
                     {QLatin1String("kind"), QStringLiteral("export")},
                     {QLatin1String("status"), status},
                     {QLatin1String("created_at"), run.value(2).toString()},
                     {QLatin1String("mode"), run.value(3).toString()}};
    if (status == QLatin1String("queued") || status == QLatin1String("running"))
        body.insert(QLatin1String("progress_message"), run.value(4).toString());
    if (status == QLatin1String("failed"))
        body.insert(QLatin1String("error"), run.value(5).toString());

    QString sql = QStringLiteral("SELECT seq, row, sheet_id, template_id, path, ok, http_status, error,"
                                 " fields_confirmed, unconfirmed_json, record_id, attempts FROM export_rows"
                                 " WHERE run_id = ? AND seq > ?");
    if (problemsOnly)
        sql += QStringLiteral(" AND (ok = 0 OR fields_confirmed = 0)");
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    QSqlQuery rows = exec(db, sql, {runId, after, limit + 1});
    QJsonArray results;
    QString nextCursor;
    qint64 lastSeq = after;
    while (rows.next()) {
        if (results.size() == limit) {
            nextCursor = QString::number(lastSeq);
            break;
        }
        lastSeq = rows.value(0).toLongLong();
        QJsonObject result{{QLatin1String("row"), rows.value(1).toLongLong()},
                           {QLatin1String("sheet_id"), rows.value(2).toString()},
                           {QLatin1String("template_id"), rows.value(3).toString()},
                           {QLatin1String("path"), rows.value(4).toString()},
                           {QLatin1String("ok"), rows.value(5).toInt() != 0},
                           {QLatin1String("status"), rows.value(6).toInt()},
                           {QLatin1String("http_status"), rows.value(6).toInt()},
                           {QLatin1String("error"), rows.isNull(7) ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(rows.value(7).toString())},
                           {QLatin1String("fields_confirmed"), rows.isNull(8)
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(rows.value(8).toInt() != 0)},
                           {QLatin1String("attempts"), rows.value(11).toInt()},
                           {QLatin1String("cursor"), QString::number(lastSeq)}};
        if (!rows.isNull(9))
            result.insert(QLatin1String("unconfirmed_fields"),
                          QJsonDocument::fromJson(rows.value(9).toByteArray()).array());
        if (!rows.isNull(10))
            result.insert(QLatin1String("record_id"), rows.value(10).toString());
        results.append(result);
    }
    body.insert(QLatin1String("report"), QJsonObject{{QLatin1String("mode"), run.value(3).toString()},
                                                     {QLatin1String("row_filter"), run.value(10).toString()},
                                                     {QLatin1String("total"), run.value(6).toLongLong()},
                                                     {QLatin1String("succeeded"), run.value(7).toLongLong()},
                                                     {QLatin1String("failed"), run.value(8).toLongLong()},
                                                     {QLatin1String("hollow"), run.value(9).toLongLong()},
                                                     {QLatin1String("results"), results}});
    body.insert(QLatin1String("next_cursor"),
                nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor));
    return body;
}

} // namespace

void ExportRuns::addRoutes(Router &router)
{
    router.post(QStringLiteral("/api/v1/companies/{id}/exports"), [this](RequestContext &request,
                                                                         httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString companyId = companyOf(db, request);
        if (companyId.isEmpty()) {
            sendError(response, 404, QStringLiteral("Company not found"));
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        ExportRequest parsed;
        if (const std::optional<Refusal> refusal = parseExportRequest(*body, &parsed)) {
            sendRefusal(response, *refusal);
            return;
        }
        const QString runId = newUuid();
        const QString runDir = QStringLiteral("exports/") + runId;
        int status = 201;
        QString resultRunId = runId;
        QString resultStatus = QStringLiteral("queued");
        try {
            inTransaction(db, [&] {
                if (!parsed.idempotencyKey.isEmpty()) {
                    const IdempotencyClaim claim = claimIdempotencyKey(
                        db, companyId, QStringLiteral("export"), parsed.idempotencyKey, *body, runId);
                    if (claim.kind == IdempotencyClaim::Kind::Conflict)
                        throw Refusal{
                            409,
                            QStringLiteral("idempotency_key \"%1\" was already used with another payload")
                                .arg(parsed.idempotencyKey),
                            QJsonObject{{QLatin1String("run_id"), claim.runId}}};
                    if (claim.kind == IdempotencyClaim::Kind::Replay) {
                        QSqlQuery existing = exec(
                            db, QStringLiteral("SELECT status FROM export_runs WHERE id = ?"), {claim.runId});
                        status = 200;
                        resultRunId = claim.runId;
                        resultStatus =
                            existing.next() ? existing.value(0).toString() : QStringLiteral("queued");
                        return;
                    }
                }
                // The sheets to write, in the workbook's order.
                struct Sheet {
                    QString id, templateId, slug, location;
                    qint64 rows = 0;
                };
                QList<Sheet> sheets;
                QStringList known;
                QSqlQuery rows =
                    exec(db,
                         QStringLiteral(
                             "SELECT s.id, s.template_id, t.slug, r.location, r.row_count, r.invalid_count"
                             " FROM company_sheets s JOIN templates t ON t.id = s.template_id"
                             " LEFT JOIN sheet_rows r ON r.sheet_id = s.id WHERE s.company_id = ?"
                             " ORDER BY s.position"),
                         {companyId});
                while (rows.next()) {
                    known.append(rows.value(1).toString());
                    if (!parsed.templateIds.isEmpty() &&
                        !parsed.templateIds.contains(rows.value(1).toString()))
                        continue;
                    if (rows.isNull(3))
                        continue;
                    const qint64 count = parsed.filter == QLatin1String("all")
                                             ? rows.value(4).toLongLong()
                                             : rows.value(4).toLongLong() - rows.value(5).toLongLong();
                    sheets.append({rows.value(0).toString(), rows.value(1).toString(),
                                   rows.value(2).toString(), rows.value(3).toString(), count});
                }
                QStringList unknown;
                for (const QString &id : parsed.templateIds) {
                    if (!known.contains(id))
                        unknown.append(id);
                }
                if (!unknown.isEmpty())
                    throw Refusal{400,
                                  QStringLiteral("selection.template_ids: not a sheet of this company: %1")
                                      .arg(unknown.join(QStringLiteral(", ")))};

                const std::optional<QJsonObject> connections = connectionsOf(db, m_secrets, companyId);
                if (!connections)
                    throw Refusal{409, QStringLiteral("The company has no destination connection: set "
                                                      "connections {base_url, auth} with PUT "
                                                      "/companies/{id}/connections")};
                QString why;
                if (!Destination::fromConnections(*connections, &why))
                    throw Refusal{
                        409,
                        QStringLiteral("The company's destination connection cannot be used: %1").arg(why)};
                QSqlQuery import =
                    exec(db,
                         QStringLiteral("SELECT id FROM import_runs WHERE company_id = ? AND status"
                                        " IN (%1) LIMIT 1")
                             .arg(activeImportStatusesSql()),
                         {companyId});
                if (import.next())
                    throw Refusal{
                        409,
                        QStringLiteral("An import is in progress for this company: export when it is "
                                       "completed, failed or canceled"),
                        QJsonObject{{QLatin1String("run_id"), import.value(0).toString()}}};
                QSqlQuery active =
                    exec(db,
                         QStringLiteral(
                             "SELECT id FROM export_runs WHERE company_id = ? AND status IN (%1) LIMIT 1")
                             .arg(kActiveSql),
                         {companyId});
                if (active.next())
                    throw Refusal{
                        409,
                        QStringLiteral("Another export is in progress for this company: wait until it "
                                       "is completed, failed or canceled"),
                        QJsonObject{{QLatin1String("run_id"), active.value(0).toString()}}};

                qint64 total = 0;
                for (Sheet &sheet : sheets) {
                    if (parsed.mode == QLatin1String("canary"))
                        sheet.rows = std::min<qint64>(sheet.rows, parsed.canaryRows);
                    total += sheet.rows;
                }
                if (total == 0)
                    throw Refusal{409,
                                  parsed.filter == QLatin1String("all")
                                      ? QStringLiteral("Nothing to export: no import of this company has "
                                                       "stored rows in the selected sheets yet")
                                      : QStringLiteral("Nothing to export: the selected sheets have no valid "
                                                       "rows (import first, or send selection.row_filter "
                                                       "{\"filter\": \"all\"})")};

                // The snapshot: the rows as they are now, whatever a later import stores. The write lock of
                // this transaction keeps an import from replacing the files while they are linked.
                if (!QDir().mkpath(absolutePath(runDir)))
                    throw Refusal{500, QStringLiteral("Could not prepare the export's files")};
                const QString now = utcTimestamp();
                exec(db,
                     QStringLiteral("INSERT INTO export_runs (id, company_id, status, mode, row_filter,"
                                    " progress_message, total, created_at, updated_at)"
                                    " VALUES (?, ?, 'queued', ?, ?, 'Queued', ?, ?, ?)"),
                     {runId, companyId, parsed.mode, parsed.filter, total, now, now});
                qint64 firstSeq = 0;
                int position = 0;
                for (const Sheet &sheet : sheets) {
                    if (sheet.rows == 0)
                        continue;
                    const QString source =
                        absolutePath(sheet.location + (parsed.filter == QLatin1String("all")
                                                           ? QStringLiteral("/all.csv")
                                                           : QStringLiteral("/valid.csv")));
                    const QString target = runDir + QLatin1Char('/') + sheet.id + QStringLiteral(".csv");
                    const QByteArray from = QFile::encodeName(source);
                    const QByteArray to = QFile::encodeName(absolutePath(target));
                    if (::link(from.constData(), to.constData()) != 0 &&
                        !QFile::copy(source, absolutePath(target)))
                        throw Refusal{
                            500, QStringLiteral("Could not take a snapshot of the sheet %1").arg(sheet.slug)};
                    exec(db,
                         QStringLiteral(
                             "INSERT INTO export_run_sheets (run_id, position, sheet_id, template_id,"
                             " slug, file, row_limit, first_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {runId, position++, sheet.id, sheet.templateId, sheet.slug, target, sheet.rows,
                          firstSeq});
                    firstSeq += sheet.rows;
                }
            });
        } catch (const Refusal &refusal) {
            QDir(absolutePath(runDir)).removeRecursively();
            sendRefusal(response, refusal);
            return;
        } catch (...) {
            QDir(absolutePath(runDir)).removeRecursively();
            throw;
        }
        if (status == 201)
            enqueue(runId);
        sendJson(response, status,
                 QJsonObject{{QLatin1String("run_id"), resultRunId},
                             {QLatin1String("status"), resultStatus},
                             {QLatin1String("poll_url"), pollUrl(companyId, resultRunId)}});
    });

    router.get(QStringLiteral("/api/v1/companies/{id}/exports"), [this](RequestContext &request,
                                                                        httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString companyId = companyOf(db, request);
        if (companyId.isEmpty()) {
            sendError(response, 404, QStringLiteral("Company not found"));
            return;
        }
        QString sql = QStringLiteral("SELECT id, status, mode, created_at, total, succeeded, failed, hollow"
                                     " FROM export_runs WHERE company_id = ?");
        if (request.raw().has_param("status")) {
            const QString filter = QString::fromStdString(request.raw().get_param_value("status"));
            if (filter != QLatin1String("active")) {
                sendError(response, 400, QStringLiteral("status must be active (or omitted for every run)"));
                return;
            }
            sql += QStringLiteral(" AND status IN (%1)").arg(kActiveSql);
        }
        QSqlQuery rows = exec(db, sql + QStringLiteral(" ORDER BY created_at DESC, rowid DESC"), {companyId});
        QJsonArray runs;
        while (rows.next())
            runs.append(QJsonObject{{QLatin1String("run_id"), rows.value(0).toString()},
                                    {QLatin1String("kind"), QStringLiteral("export")},
                                    {QLatin1String("status"), rows.value(1).toString()},
                                    {QLatin1String("mode"), rows.value(2).toString()},
                                    {QLatin1String("created_at"), rows.value(3).toString()},
                                    {QLatin1String("total"), rows.value(4).toLongLong()},
                                    {QLatin1String("succeeded"), rows.value(5).toLongLong()},
                                    {QLatin1String("failed"), rows.value(6).toLongLong()},
                                    {QLatin1String("hollow"), rows.value(7).toLongLong()}});
        sendJson(response, 200, QJsonObject{{QLatin1String("runs"), runs}});
    });

    router.get(QStringLiteral("/api/v1/companies/{id}/exports/{run_id}"), [this](
                                                                              RequestContext &request,
                                                                              httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString companyId = companyOf(db, request);
        if (companyId.isEmpty()) {
            sendError(response, 404, QStringLiteral("Company not found"));
            return;
        }
        const QString runId = request.param(QStringLiteral("run_id")).toLower();
        {
            QSqlQuery run =
                exec(db, QStringLiteral("SELECT 1 FROM export_runs WHERE id = ? AND company_id = ?"),
                     {runId, companyId});
            if (!isUuid(runId) || !run.next()) {
                sendError(response, 404, QStringLiteral("Export run not found"));
                return;
            }
        }
        const httplib::Request &raw = request.raw();
        int limit = kDefaultPageSize;
        if (raw.has_param("limit")) {
            bool ok = false;
            limit = QString::fromStdString(raw.get_param_value("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > kMaxPageSize) {
                sendError(response, 400,
                          QStringLiteral("limit must be an integer from 1 to %1").arg(kMaxPageSize));
                return;
            }
        }
        qint64 after = -1;
        if (raw.has_param("after")) {
            bool ok = false;
            after = QString::fromStdString(raw.get_param_value("after")).toLongLong(&ok);
            if (!ok || after < 0) {
                sendError(response, 400, QStringLiteral("after must be a next_cursor of an earlier page"));
                return;
            }
        }
        bool problems = false;
        if (raw.has_param("only")) {
            if (raw.get_param_value("only") != "problems") {
                sendError(response, 400,
                          QStringLiteral("only must be problems (failed rows and hollow writes)"));
                return;
            }
            problems = true;
        }
        bool found = false;
        const QJsonObject body = runBody(db, runId, after, limit, problems, &found);
        sendJson(response, 200, body);
    });

    router.patch(QStringLiteral("/api/v1/companies/{id}/exports/{run_id}"), [this](
                                                                                RequestContext &request,
                                                                                httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString companyId = companyOf(db, request);
        if (companyId.isEmpty()) {
            sendError(response, 404, QStringLiteral("Company not found"));
            return;
        }
        const QString runId = request.param(QStringLiteral("run_id")).toLower();
        {
            QSqlQuery run =
                exec(db, QStringLiteral("SELECT 1 FROM export_runs WHERE id = ? AND company_id = ?"),
                     {runId, companyId});
            if (!isUuid(runId) || !run.next()) {
                sendError(response, 404, QStringLiteral("Export run not found"));
                return;
            }
        }
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        if (body->value(QLatin1String("status")) != QJsonValue(QStringLiteral("cancel_requested")) ||
            body->size() != 1) {
            sendError(response, 400,
                      QStringLiteral("status must be \"cancel_requested\" (the only change a run accepts)"));
            return;
        }
        try {
            inTransaction(db, [&] {
                QSqlQuery run =
                    exec(db, QStringLiteral("SELECT status FROM export_runs WHERE id = ?"), {runId});
                const QString previous = run.next() ? run.value(0).toString() : QString();
                if (previous != QLatin1String("queued") && previous != QLatin1String("running"))
                    throw Refusal{409,
                                  QStringLiteral("The run is already %1: only a queued or running export "
                                                 "can be canceled")
                                      .arg(previous)};
                const QString now = utcTimestamp();
                exec(db,
                     QStringLiteral("UPDATE export_runs SET status = 'canceled', progress_message = NULL,"
                                    " updated_at = ?, finished_at = ? WHERE id = ?"),
                     {now, now, runId});
            });
        } catch (const Refusal &refusal) {
            sendRefusal(response, refusal);
            return;
        }
        m_runner.cancel(taskKey(runId));
        bool found = false;
        sendJson(response, 200, runBody(db, runId, -1, kDefaultPageSize, false, &found));
    });

    router.put(QStringLiteral("/api/v1/companies/{id}/connections"), [this](RequestContext &request,
                                                                            httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString companyId = companyOf(db, request);
        if (companyId.isEmpty()) {
            sendError(response, 404, QStringLiteral("Company not found"));
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        QJsonObject connections;
        if (const std::optional<Refusal> refusal = parseConnections(QJsonValue(*body), &connections)) {
            sendRefusal(response, *refusal);
            return;
        }
        exec(db, QStringLiteral("UPDATE companies SET connections_sealed = ? WHERE id = ?"),
             {QString::fromLatin1(m_secrets.seal(QJsonDocument(connections).toJson(QJsonDocument::Compact))),
              companyId});
        // Write-only: the answer says only that it is stored.
        sendJson(response, 200, QJsonObject{{QLatin1String("connections"), QStringLiteral("stored")}});
    });
}

} // namespace godwit::server
