// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/json.h"

#include <QDateTime>
#include <QJsonDocument>

#include <httplib.h>

namespace godwit::server {

void sendJson(httplib::Response &response, int status, const QJsonObject &body)
{
    response.status = status;
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.set_content(bytes.constData(), static_cast<size_t>(bytes.size()), kJsonContentType);
}

void sendError(httplib::Response &response, int status, const QString &message)
{
    sendJson(response, status, QJsonObject{{QLatin1String("error"), message}});
}

QString defaultErrorMessage(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad request");
    case 401:
        return QStringLiteral("Invalid API key");
    case 404:
        return QStringLiteral("Not found");
    case 405:
        return QStringLiteral("Method not allowed");
    case 408:
        return QStringLiteral("Request timeout");
    case 411:
        return QStringLiteral("Length required");
    case 413:
        return QStringLiteral("Request body too large");
    case 414:
        return QStringLiteral("Request URI too long");
    case 416:
        return QStringLiteral("Range not satisfiable");
    case 417:
        return QStringLiteral("Expectation failed");
    case 431:
        return QStringLiteral("Request headers too large");
    case 500:
        return QStringLiteral("Internal server error");
    case 503:
        return QStringLiteral("Service unavailable");
    default:
        break;
    }
    return status >= 500 ? QStringLiteral("Server error %1").arg(status)
                         : QStringLiteral("Request error %1").arg(status);
}

QString utcTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace godwit::server
