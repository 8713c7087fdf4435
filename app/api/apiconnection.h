// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiresult.h"
#include "app/api/retrypolicy.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace godwit::app {

class ApiRequest;

// One connection to a Migration API server: base URL, credentials, the network manager.
// Requests go through it; cross-cutting policy (retries, rate-limit pauses) belongs here,
// not in each request.
class ApiConnection : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit ApiConnection(QObject *parent = nullptr);

    // baseUrl ends in the API root, e.g. http://127.0.0.1:8787/api/v1
    void configure(const QUrl &baseUrl, const QString &apiKey, const QByteArray &headerName = "x-api-key");
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray headerName() const { return m_headerName; }
    bool isConfigured() const { return m_baseUrl.isValid() && !m_apiKey.isEmpty(); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // Resolves an API path ("/sources") or a host-relative one ("/api/v1/...") or an absolute URL.
    QUrl resolve(const QString &pathOrUrl) const;

    // Sends one HTTP request with the key attached. The caller owns the reply.
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                        const QByteArray &contentType = {});
    // A GET request with the key attached, for callers that need headers of their own and a
    // long-lived reply (the thread's event stream): no transfer timeout is set.
    QNetworkRequest authorizedRequest(const QUrl &url) const;

    QNetworkAccessManager *networkManager() const { return m_network; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // After a 429 the whole connection waits: no request is sent before this time.
    bool isPaused() const;
    QDateTime pausedUntil() const { return m_pausedUntil; }
    // Runs `send` now, or when the pause ends (never after `context` is gone).
    void whenReady(QObject *context, std::function<void()> send);

    // Called by a request whose attempt failed: decides whether and when it tries again
    // (and, for a 429, pauses the connection). nullopt: give up and report.
    std::optional<std::chrono::milliseconds> planRetry(ApiRequest &request, int attempt,
                                                       const ApiResult &result, const QByteArray &retryAfter,
                                                       const QByteArray &rateLimitReset);

signals:
    void configurationChanged();
    // A request will try again after `delayMs` (the UI can say "Retrying (attempt 2 of 5)").
    void retryScheduled(godwit::app::ApiRequest *request, int nextAttempt, int delayMs,
                        const godwit::app::ApiResult &lastResult);
    // The server said "too many requests": everything waits until `until`.
    void rateLimited(const QDateTime &until);
    void rateLimitLifted();

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    QByteArray m_headerName = "x-api-key";
    int m_timeoutMs = kDefaultTimeoutMs;
    RetryPolicy m_retryPolicy;
    QDateTime m_pausedUntil;
    QTimer m_pauseTimer;
};

} // namespace godwit::app
