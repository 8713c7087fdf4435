// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apirequest.h"

#include "app/api/apiconnection.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>

namespace godwit::app {

ApiRequest::ApiRequest(QByteArray method, QString path, QObject *parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_path(std::move(path))
{}

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
    Q_ASSERT(!m_reply);
    m_aborted = false;
    m_result = {};
    QUrl url = connection->resolve(m_path);
    if (!m_query.isEmpty())
        url.setQuery(m_query);
    m_reply = connection->send(m_method, url, m_body, m_contentType);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::abort()
{
    if (!m_reply)
        return;
    m_aborted = true;
    m_reply->abort(); // finishes the reply synchronously with OperationCanceledError
}

QString ApiRequest::parseBody(const QJsonObject &)
{
    return {};
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    ApiResult result;
    result.httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

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
        }
        m_result = result;
        emit finished();
        return;
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
    m_result = result;
    emit finished();
}

} // namespace godwit::app
