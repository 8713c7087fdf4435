// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/imports.h"

#include <QUrl>

namespace godwit::app {

std::optional<RunRef> runRefFromJson(const QJsonObject &body)
{
    RunRef run;
    run.runId = body.value(QLatin1String("run_id")).toString();
    if (run.runId.isEmpty())
        return std::nullopt;
    run.status = body.value(QLatin1String("status")).toString();
    run.pollUrl = body.value(QLatin1String("poll_url")).toString();
    return run;
}

QString StartImportRequest::pathFor(const QString &companyId)
{
    return QStringLiteral("/companies/") + QString::fromLatin1(QUrl::toPercentEncoding(companyId)) +
           QStringLiteral("/imports");
}

QJsonObject StartImportRequest::bodyFor(const QList<ImportFile> &files, const QString &idempotencyKey)
{
    QJsonArray array;
    for (const ImportFile &file : files)
        array.append(
            QJsonObject{{QStringLiteral("name"), file.name}, {QStringLiteral("upload_ref"), file.uploadRef}});
    QJsonObject body{{QStringLiteral("files"), array}};
    if (!idempotencyKey.isEmpty())
        body.insert(QStringLiteral("idempotency_key"), idempotencyKey);
    return body;
}

QJsonObject StartImportRequest::bodyFor(const QJsonArray &rows, const QString &idempotencyKey)
{
    QJsonObject body{{QStringLiteral("rows"), rows}};
    if (!idempotencyKey.isEmpty())
        body.insert(QStringLiteral("idempotency_key"), idempotencyKey);
    return body;
}

StartImportRequest::StartImportRequest(const QString &companyId, const QList<ImportFile> &files,
                                       const QString &idempotencyKey, QObject *parent)
    : StartImportRequest(companyId, bodyFor(files, idempotencyKey), parent)
{}

StartImportRequest::StartImportRequest(const QString &companyId, const QJsonArray &rows,
                                       const QString &idempotencyKey, QObject *parent)
    : StartImportRequest(companyId, bodyFor(rows, idempotencyKey), parent)
{}

StartImportRequest::StartImportRequest(const QString &companyId, const QJsonObject &body, QObject *parent)
    : ApiRequest("POST", pathFor(companyId), parent)
{
    setJsonBody(body);
    // Safe to send again only with a key: the server then returns the run it already started.
    setIdempotent(!body.value(QLatin1String("idempotency_key")).toString().isEmpty());
}

QString StartImportRequest::parseBody(const QJsonObject &body)
{
    const auto run = runRefFromJson(body);
    if (!run)
        return tr("The server's answer has no run_id");
    m_run = *run;
    return {};
}

} // namespace godwit::app
