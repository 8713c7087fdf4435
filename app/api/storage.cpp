// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/storage.h"

#include "app/api/apiconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace godwit::app {

PutFileRequest::PutFileRequest(const SignedUpload &target, const QString &filePath, QObject *parent)
    // The base only ever sees the URL without its token: path() may be shown in diagnostics.
    : ApiRequest("PUT", redacted(target.url), parent)
    , m_url(target.url)
    , m_contentType(target.contentType.toUtf8())
    , m_filePath(filePath)
{
    setMaxAttempts(1);
    setHeldByRateLimit(false);
    setUrlIsSecret(true);
}

QString PutFileRequest::redacted(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment)
               .toString() +
           QStringLiteral("/…");
}

bool PutFileRequest::urlRefused() const
{
    const int status = result().httpStatus;
    return status == 401 || status == 403 || status == 410;
}

QNetworkReply *PutFileRequest::sendRequest(ApiConnection *connection, const QUrl &, ApiResult *failure)
{
    m_sent = 0;
    auto *file = new QFile(m_filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        *failure = {ApiStatus::ClientError,
                    0,
                    tr("Cannot read %1: %2").arg(QFileInfo(m_filePath).fileName(), file->errorString()),
                    {},
                    {}};
        delete file;
        return nullptr;
    }
    m_total = file->size();
    QNetworkRequest request(m_url);
    // No API key: the URL is the credential.
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_total);
    request.setRawHeader("Accept", "application/json");
    // A stall (no byte moving either way) ends the attempt; a long upload does not.
    request.setTransferTimeout(connection->timeout());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = connection->networkManager()->put(request, file);
    file->setParent(reply); // the reply reads it until it is deleted
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt reports (0, 0) once more after the last byte: progress only ever goes forward.
        if (sent < m_sent)
            return;
        if (total <= 0)
            total = m_total;
        m_sent = sent;
        emit progress(sent, total);
    });
    return reply;
}

QString contentTypeForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return QStringLiteral("text/csv");
    if (suffix == QLatin1String("tsv"))
        return QStringLiteral("text/tab-separated-values");
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text/plain");
    if (suffix == QLatin1String("json"))
        return QStringLiteral("application/json");
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("application/pdf");
    if (suffix == QLatin1String("xlsx"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    if (suffix == QLatin1String("xls"))
        return QStringLiteral("application/vnd.ms-excel");
    return QStringLiteral("application/octet-stream");
}

} // namespace godwit::app
