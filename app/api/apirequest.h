// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace godwit::app {

class ApiConnection;

// The base of every endpoint class: one HTTP call, one finished() with an ApiResult.
// Subclasses set method/path/body in their constructor and read their typed result in parseBody().
class ApiRequest : public QObject {
    Q_OBJECT
public:
    ~ApiRequest() override;

    void start(ApiConnection *connection);
    // Ends the request as Canceled, whether an attempt is in flight or it waits to retry.
    void abort();
    // From start() until finished(), waits between attempts included.
    bool isRunning() const { return m_running; }
    // Attempts made so far (1 after a first answer).
    int attempts() const { return m_attempt; }

    const ApiResult &result() const { return m_result; }
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    // Safe to send twice: GET, PUT, DELETE — and POSTs that carry an idempotency key.
    bool isIdempotent() const { return m_idempotent; }
    // At most this many attempts, whatever the connection's policy allows (0: the policy's).
    // A connectivity probe uses 1: it repeats on its own schedule and must report promptly.
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    int maxAttempts() const { return m_maxAttempts; }

signals:
    void finished();

protected:
    ApiRequest(QByteArray method, QString path, QObject *parent = nullptr);
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QJsonObject &body);
    void setRawBody(const QByteArray &body, const QByteArray &contentType);
    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }
    // The connection's 429 pause holds back calls to the API host; a PUT to the storage host is
    // not counted by that limit and need not wait (default: waits).
    void setHeldByRateLimit(bool held) { m_heldByRateLimit = held; }
    // The URL is a credential (a signed upload URL): messages name its host only.
    void setUrlIsSecret(bool secret) { m_urlIsSecret = secret; }

    // Sends one attempt to `url`. The default sends the method, the body and the API key through
    // the connection. An override may send something else (a file from disk, without the key);
    // returning nullptr ends the request with `*failure`.
    virtual QNetworkReply *sendRequest(ApiConnection *connection, const QUrl &url, ApiResult *failure);

    // Reads the endpoint's typed result from a 2xx JSON body. Returns an error text when the
    // body lacks what the endpoint promises (the request then ends InvalidResponse).
    virtual QString parseBody(const QJsonObject &body);

private:
    void sendAttempt();
    void onReplyFinished();
    ApiResult resultFromReply(QNetworkReply *reply);
    void finish(const ApiResult &result);

    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType;
    QPointer<ApiConnection> m_connection;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    ApiResult m_result;
    int m_attempt = 0;
    int m_maxAttempts = 0;
    bool m_idempotent = false;
    bool m_heldByRateLimit = true;
    bool m_urlIsSecret = false;
    bool m_running = false;
    bool m_aborted = false;
};

} // namespace godwit::app
