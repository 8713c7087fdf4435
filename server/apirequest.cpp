// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/apirequest.h"

#include "server/json.h"
#include "server/router.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

#include <httplib.h>

namespace godwit::server {

std::optional<QJsonObject> jsonBody(const RequestContext &request, httplib::Response &response)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/json") {
        sendError(response, 400, QStringLiteral("Expected application/json"));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError) {
        sendError(response, 400,
                  QStringLiteral("Malformed JSON body at offset %1: %2")
                      .arg(error.offset)
                      .arg(error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        sendError(response, 400, QStringLiteral("Request body must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")));
    return pattern.match(text).hasMatch();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

bool isValidExternalId(const QString &text)
{
    // anchoredPattern: "$" alone would also match before a final newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,255}")));
    return pattern.match(text).hasMatch();
}

QString requestOrigin(const RequestContext &request)
{
    QString host = QString::fromLatin1(request.header("Host")).trimmed();
    static const QRegularExpression valid(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9.\\-\\[\\]:]{1,255}")));
    if (!valid.match(host).hasMatch()) {
        const auto &raw = request.raw();
        host = QString::fromStdString(raw.local_addr) + QLatin1Char(':') + QString::number(raw.local_port);
    }
    return QStringLiteral("http://") + host;
}

QString safeFileName(const QString &name)
{
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString safe;
    safe.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                        c == QLatin1Char('_') || c == QLatin1Char('-');
        safe.append(ok ? c : QLatin1Char('_'));
    }
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    safe.truncate(100);
    return safe.isEmpty() ? QStringLiteral("file") : safe;
}

} // namespace godwit::server
