// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apiconnection.h"

#include "app/api/apirequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>

namespace godwit::app {

ApiConnection::ApiConnection(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        if (isPaused()) { // extended meanwhile
            m_pauseTimer.start(int(QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil)) + 1);
            return;
        }
        m_pausedUntil = {};
        emit rateLimitLifted();
    });
}

bool ApiConnection::isPaused() const
{
    return m_pausedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_pausedUntil;
}

void ApiConnection::whenReady(QObject *context, std::function<void()> send)
{
    if (!isPaused()) {
        send();
        return;
    }
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil) + 1;
    QTimer::singleShot(int(wait), context, [this, context, send = std::move(send)]() mutable {
        whenReady(context, std::move(send)); // the pause may have been extended
    });
}

std::optional<std::chrono::milliseconds> ApiConnection::planRetry(ApiRequest &request, int attempt,
                                                                  const ApiResult &result,
                                                                  const QByteArray &retryAfter,
                                                                  const QByteArray &rateLimitReset)
{
    using std::chrono::milliseconds;
    const double random = QRandomGenerator::global()->generateDouble();
    std::optional<milliseconds> delay =
        m_retryPolicy.retryDelay(attempt, result.status, request.isIdempotent(), random);
    if (request.maxAttempts() > 0 && attempt >= request.maxAttempts())
        delay.reset();
    if (result.status == ApiStatus::RateLimited) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        milliseconds pause = RetryPolicy::rateLimitPause(retryAfter, rateLimitReset, now)
                                 .value_or(m_retryPolicy.backoff(attempt, random));
        pause = std::min(std::max(pause, milliseconds(0)), m_retryPolicy.maxRateLimitPause);
        const QDateTime until = now.addMSecs(pause.count());
        if (!m_pausedUntil.isValid() || until > m_pausedUntil) {
            m_pausedUntil = until;
            m_pauseTimer.start(int(pause.count()) + 1);
            emit rateLimited(until);
        }
        if (delay)
            delay = pause; // the request itself waits for the pause, not a second backoff
    }
    if (delay)
        emit retryScheduled(&request, attempt + 1, int(delay->count()), result);
    return delay;
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

QNetworkRequest ApiConnection::authorizedRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader(m_headerName, m_apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

} // namespace godwit::app
