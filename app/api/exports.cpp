// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/exports.h"

#include "app/api/apiconnection.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QUrl>

namespace godwit::app {

namespace {

QString companyPath(const QString &companyId)
{
    return QStringLiteral("/companies/") + QString::fromLatin1(QUrl::toPercentEncoding(companyId));
}

constexpr qint64 kReadBufferBytes = 1024 * 1024;

} // namespace

QJsonObject StartExportRequest::bodyFor(Mode mode, const QString &idempotencyKey, int canaryRows)
{
    QJsonObject body{
        {QStringLiteral("mode"), mode == Mode::Canary ? QStringLiteral("canary") : QStringLiteral("full")}};
    if (mode == Mode::Canary && canaryRows > 0)
        body.insert(QStringLiteral("canary_rows"), canaryRows);
    if (!idempotencyKey.isEmpty())
        body.insert(QStringLiteral("idempotency_key"), idempotencyKey);
    return body;
}

StartExportRequest::StartExportRequest(const QString &companyId, Mode mode, const QString &idempotencyKey,
                                       int canaryRows, QObject *parent)
    : ApiRequest("POST", companyPath(companyId) + QStringLiteral("/exports"), parent)
{
    setJsonBody(bodyFor(mode, idempotencyKey, canaryRows));
    // Sent again only with a key: the server then answers with the run it already started.
    setIdempotent(!idempotencyKey.isEmpty());
}

QString StartExportRequest::parseBody(const QJsonObject &body)
{
    const auto run = runRefFromJson(body);
    if (!run)
        return tr("The server's answer has no run_id");
    m_run = *run;
    return {};
}

bool ExportRun::isTerminal() const
{
    return status == QLatin1String("completed") || status == QLatin1String("failed") ||
           status == QLatin1String("canceled");
}

std::optional<ExportRun> ExportRun::fromJson(const QJsonObject &body)
{
    ExportRun run;
    run.runId = body.value(QLatin1String("run_id")).toString();
    run.status = body.value(QLatin1String("status")).toString();
    if (run.status.isEmpty())
        return std::nullopt;
    run.createdAt = body.value(QLatin1String("created_at")).toString();
    run.progressMessage = body.value(QLatin1String("progress_message")).toString();
    run.error = body.value(QLatin1String("error")).toString();
    const QJsonObject report = body.value(QLatin1String("report")).toObject();
    run.mode = report.value(QLatin1String("mode")).toString(body.value(QLatin1String("mode")).toString());
    run.total = qint64(report.value(QLatin1String("total")).toDouble());
    run.succeeded = qint64(report.value(QLatin1String("succeeded")).toDouble());
    run.failed = qint64(report.value(QLatin1String("failed")).toDouble());
    const QJsonArray results = report.value(QLatin1String("results")).toArray();
    qint64 hollow = 0;
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        ExportRowResult row;
        row.row = qint64(r.value(QLatin1String("row")).toDouble());
        row.sheetId = r.value(QLatin1String("sheet_id")).toString();
        row.templateId = r.value(QLatin1String("template_id")).toString();
        row.path = r.value(QLatin1String("path")).toString();
        row.ok = r.value(QLatin1String("ok")).toBool();
        // `status` is the API's name, `http_status` ours: either will do.
        row.httpStatus =
            r.value(QLatin1String("http_status")).toInt(r.value(QLatin1String("status")).toInt());
        row.error = r.value(QLatin1String("error")).toString();
        const QJsonValue confirmed = r.value(QLatin1String("fields_confirmed"));
        if (confirmed.isBool())
            row.fieldsConfirmed = confirmed.toBool();
        for (const QJsonValue &field : r.value(QLatin1String("unconfirmed_fields")).toArray())
            row.unconfirmedFields.append(field.toString());
        row.attempts = r.value(QLatin1String("attempts")).toInt();
        row.cursor = r.value(QLatin1String("cursor")).toString();
        if (row.isHollow())
            ++hollow;
        run.results.append(row);
    }
    // `hollow` is our addition; a server without it is counted from the page.
    run.hollow = report.contains(QLatin1String("hollow"))
                     ? qint64(report.value(QLatin1String("hollow")).toDouble())
                     : hollow;
    run.nextCursor = body.value(QLatin1String("next_cursor")).toString();
    return run;
}

GetExportRequest::GetExportRequest(const QString &companyId, const QString &runId, const QString &after,
                                   int limit, bool problemsOnly, QObject *parent)
    : ApiRequest("GET",
                 companyPath(companyId) + QStringLiteral("/exports/") +
                     QString::fromLatin1(QUrl::toPercentEncoding(runId)),
                 parent)
{
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (problemsOnly)
        query.addQueryItem(QStringLiteral("only"), QStringLiteral("problems"));
    setQuery(query);
}

QString GetExportRequest::parseBody(const QJsonObject &body)
{
    const std::optional<ExportRun> run = ExportRun::fromJson(body);
    if (!run)
        return tr("The server's answer has no export status");
    m_run = *run;
    return {};
}

ListExportsRequest::ListExportsRequest(const QString &companyId, QObject *parent)
    : ApiRequest("GET", companyPath(companyId) + QStringLiteral("/exports"), parent)
{}

QString ListExportsRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("runs")).isArray())
        return tr("The server's answer has no runs");
    m_runs.clear();
    for (const QJsonValue &value : body.value(QLatin1String("runs")).toArray()) {
        const QJsonObject run = value.toObject();
        m_runs.append(
            {run.value(QLatin1String("run_id")).toString(), run.value(QLatin1String("status")).toString(),
             run.value(QLatin1String("mode")).toString(), run.value(QLatin1String("created_at")).toString()});
    }
    return {};
}

SetConnectionsRequest::SetConnectionsRequest(const QString &companyId, const QString &baseUrl,
                                             const QString &bearerToken, QObject *parent)
    : ApiRequest("PUT", companyPath(companyId) + QStringLiteral("/connections"), parent)
{
    QJsonObject body{{QStringLiteral("base_url"), baseUrl}};
    if (!bearerToken.isEmpty())
        body.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                                                        {QStringLiteral("token"), bearerToken}});
    setJsonBody(body);
}

QString DownloadRequest::filterName(Filter filter)
{
    switch (filter) {
    case Filter::Valid:
        return QStringLiteral("valid");
    case Filter::All:
        return QStringLiteral("all");
    case Filter::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("valid");
}

DownloadRequest::DownloadRequest(const QString &companyId, Filter filter, const QString &sheetId,
                                 const QString &targetFile, QObject *parent)
    : ApiRequest("GET", companyPath(companyId) + QStringLiteral("/export.csv"), parent)
    , m_target(targetFile)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter"), filterName(filter));
    if (!sheetId.isEmpty())
        query.addQueryItem(QStringLiteral("sheet_id"), sheetId);
    setQuery(query);
}

QNetworkReply *DownloadRequest::sendRequest(ApiConnection *connection, const QUrl &url, ApiResult *failure)
{
    // Every attempt starts a fresh temporary file; an earlier one is thrown away.
    if (m_file)
        m_file->cancelWriting();
    m_file = std::make_unique<QSaveFile>(m_target);
    m_written = 0;
    m_totalRecords = -1;
    m_writeError.clear();
    m_committed = false;
    m_cancelRequested = false;
    if (!m_file->open(QIODevice::WriteOnly)) {
        failure->status = ApiStatus::InvalidResponse;
        failure->message = tr("Cannot write %1: %2").arg(m_target, m_file->errorString());
        m_file.reset();
        return nullptr;
    }
    QNetworkReply *reply = connection->send("GET", url);
    if (!reply)
        return nullptr;
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { drain(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64 total) { emit progress(received, total); });
    // Connected before ApiRequest's own handler, so the file is complete (or discarded) when the
    // result is read.
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyDone(reply); });
    return reply;
}

void DownloadRequest::cancel()
{
    m_cancelRequested = true;
    abort();
}

void DownloadRequest::drain(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300 || !m_file)
        return; // an error's JSON body stays for ApiRequest to read
    if (m_totalRecords < 0 && reply->hasRawHeader("X-Total-Records"))
        m_totalRecords = reply->rawHeader("X-Total-Records").toLongLong();
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(kReadBufferBytes);
        if (m_file->write(chunk) != chunk.size()) {
            m_writeError = tr("Cannot write %1: %2").arg(m_target, m_file->errorString());
            m_file->cancelWriting();
            reply->abort();
            return;
        }
        m_written += chunk.size();
    }
}

void DownloadRequest::onReplyDone(QNetworkReply *reply)
{
    drain(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_file)
        return;
    if (m_cancelRequested) {
        m_file->cancelWriting();
        m_file.reset();
        m_writeError = tr("The download was canceled; nothing was written to %1").arg(m_target);
        return;
    }
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300 && m_writeError.isEmpty()) {
        if (m_file->commit())
            m_committed = true;
        else
            m_writeError = tr("Cannot write %1: %2").arg(m_target, m_file->errorString());
    } else {
        m_file->cancelWriting();
        if (m_writeError.isEmpty())
            m_writeError = reply->error() == QNetworkReply::OperationCanceledError
                               ? tr("The download was canceled; nothing was written to %1").arg(m_target)
                               : tr("The download broke off (%1); nothing was written to %2")
                                     .arg(reply->errorString(), m_target);
    }
    m_file.reset();
}

QString DownloadRequest::parseBody(const QJsonObject &)
{
    // A 2xx whose body did not all arrive (canceled, broken off, a write error) is no success.
    if (!m_committed)
        return m_writeError.isEmpty() ? tr("The download did not complete") : m_writeError;
    return {};
}

} // namespace godwit::app
