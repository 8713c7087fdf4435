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
    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(url);
    // One request per call: ask the server to close the connection afterwards, so no idle keep-alive
    // connection (closed lazily by the manager's thread) holds up a server's graceful stop.
    request.setRawHeader("Connection", "close");
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
