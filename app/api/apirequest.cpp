// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apirequest.h"

#include "app/api/apiconnection.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>

namespace godwit::app {

namespace {
bool idempotentMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
           method == "OPTIONS";
}
} // namespace

ApiRequest::ApiRequest(QByteArray method, QString path, QObject *parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_idempotent(idempotentMethod(m_method))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::setJsonBody(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_contentType = "application/json";
}

void ApiRequest::setRawBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    m_contentType = contentType;
}

void ApiRequest::start(ApiConnection *connection)
{
    Q_ASSERT(!m_running);
    m_connection = connection;
    m_running = true;
    m_aborted = false;
    m_attempt = 0;
    m_result = {};
    sendAttempt();
}

void ApiRequest::sendAttempt()
{
    if (!m_connection) {
        finish({ApiStatus::Canceled, 0, tr("Canceled"), {}, {}});
        return;
    }
    auto send = [this] {
        if (m_aborted || !m_running || !m_connection)
            return;
        ++m_attempt;
        QUrl url = m_connection->resolve(m_path);
        if (!m_query.isEmpty())
            url.setQuery(m_query);
        ApiResult failure{ApiStatus::NetworkError, 0, tr("The request could not be sent"), {}, {}};
        m_reply = sendRequest(m_connection, url, &failure);
        if (!m_reply) {
            // Never from inside start(): callers connect to finished() after it.
            QMetaObject::invokeMethod(
                this,
                [this, failure] {
                    if (m_running)
                        finish(failure);
                },
                Qt::QueuedConnection);
            return;
        }
        connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    };
    // A rate-limited connection holds every request back until its pause ends.
    if (m_heldByRateLimit)
        m_connection->whenReady(this, send);
    else
        send();
}

QNetworkReply *ApiRequest::sendRequest(ApiConnection *connection, const QUrl &url, ApiResult *)
{
    return connection->send(m_method, url, m_body, m_contentType);
}

void ApiRequest::abort()
{
    if (!m_running)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort(); // finishes the reply synchronously with OperationCanceledError
        return;
    }
    // Waiting between attempts (or for a rate-limit pause).
    m_retryTimer.stop();
    finish({ApiStatus::Canceled, 0, tr("Canceled"), {}, {}});
}

QString ApiRequest::parseBody(const QJsonObject &)
{
    return {};
}

void ApiRequest::finish(const ApiResult &result)
{
    m_result = result;
    m_running = false;
    emit finished();
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const ApiResult result = resultFromReply(reply);
    if (result.status != ApiStatus::Canceled && m_connection) {
        const auto delay = m_connection->planRetry(*this, m_attempt, result, reply->rawHeader("Retry-After"),
                                                   reply->rawHeader("X-RateLimit-Reset"));
        if (delay) {
            m_result = result; // what the last attempt said, while waiting
            m_retryTimer.start(int(delay->count()));
            return;
        }
    }
    finish(result);
}

ApiResult ApiRequest::resultFromReply(QNetworkReply *reply)
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    ApiResult result;
    result.httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (m_aborted && error == QNetworkReply::OperationCanceledError) {
        // Aborted after the headers arrived (a download stopped midway): the body is cut short.
        result.status = ApiStatus::Canceled;
        result.message = tr("Canceled");
        return result;
    }

    if (result.httpStatus == 0) {
        if (m_aborted) {
            result.status = ApiStatus::Canceled;
            result.message = tr("Canceled");
        } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            // setTransferTimeout() aborts the reply with OperationCanceledError.
            result.status = ApiStatus::Timeout;
            result.message = tr("The server did not answer in time");
        } else {
            result.status = ApiStatus::NetworkError;
            result.message = reply->errorString();
            // Some network errors quote the URL; a signed one must not reach a message or a log.
            const QUrl url = reply->url();
            const QUrl shown = m_urlIsSecret
                                   ? url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                   : url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            result.message.replace(url.toString(), shown.toString());
            result.message.replace(url.toString(QUrl::FullyEncoded), shown.toString());
        }
        return result;
    }

    result.status = ApiResult::statusForHttp(result.httpStatus);
    const QByteArray raw = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (document.isObject())
        result.body = document.object();

    if (result.ok()) {
        if (!document.isObject() && !raw.isEmpty()) {
            result.status = ApiStatus::InvalidResponse;
            result.message = tr("The server's answer is not valid JSON: %1").arg(parseError.errorString());
        } else if (const QString problem = parseBody(result.body); !problem.isEmpty()) {
            result.status = ApiStatus::InvalidResponse;
            result.message = problem;
        }
    } else {
        result.message = result.body.value(QLatin1String("error")).toString();
        result.activeRunId = result.body.value(QLatin1String("run_id")).toString();
        if (result.message.isEmpty())
            result.message =
                tr("HTTP %1 %2")
                    .arg(result.httpStatus)
                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
    return result;
}

} // namespace godwit::app
