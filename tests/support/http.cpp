// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/http.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace godwit::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult httpRequest(const QByteArray &method, const QUrl &url,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                       int timeoutMs)
{
    // A manager per request: no connection is kept alive across calls, so a server stop is never held up.
    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    QBuffer *data = nullptr;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        data = new QBuffer;
        data->setData(body);
        data->open(QIODevice::ReadOnly);
    }
    QNetworkReply *reply = manager.sendCustomRequest(request, method, data);
    if (data)
        data->setParent(reply);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop] { loop.exit(0); });
    timer.start(timeoutMs);
    const bool timedOut = !reply->isFinished() && loop.exec() == 1;

    HttpResult result;
    if (timedOut) {
        reply->abort();
        result.errorString = "timed out after " + QByteArray::number(timeoutMs) + " ms";
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.append(pair);
        if (reply->error() != QNetworkReply::NoError)
            result.errorString = reply->errorString().toUtf8();
    }
    delete reply;
    return result;
}

} // namespace godwit::test
