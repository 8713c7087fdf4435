// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apiconnection.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace godwit::app {

ApiConnection::ApiConnection(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void ApiConnection::configure(const QUrl &baseUrl, const QString &apiKey, const QByteArray &headerName)
{
    QUrl base = baseUrl;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    m_baseUrl = base;
    m_apiKey = apiKey;
    m_headerName = headerName.isEmpty() ? QByteArray("x-api-key") : headerName;
    // Connections to a previous server must not be reused with new credentials.
    m_network->clearConnectionCache();
    emit configurationChanged();
}

QUrl ApiConnection::resolve(const QString &pathOrUrl) const
{
    const QUrl candidate(pathOrUrl);
    if (candidate.isValid() && !candidate.isRelative())
        return candidate;
    if (pathOrUrl.startsWith(QLatin1String("/api/"))) {
        // Host-relative (generation A poll_url): keep scheme, host and port of the base.
        QUrl url = m_baseUrl;
        const QUrl relative(pathOrUrl);
        url.setPath(relative.path());
        url.setQuery(relative.query());
        return url;
    }
    QUrl url = m_baseUrl;
    const QUrl relative(pathOrUrl);
    QString path = relative.path();
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    url.setPath(m_baseUrl.path() + path);
    url.setQuery(relative.query());
    return url;
}

QNetworkReply *ApiConnection::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                   const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setRawHeader(m_headerName, m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return m_network->sendCustomRequest(request, method, body);
}

} // namespace godwit::app
