// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace godwit::app {

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

    QNetworkAccessManager *networkManager() const { return m_network; }

signals:
    void configurationChanged();

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    QByteArray m_headerName = "x-api-key";
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace godwit::app
