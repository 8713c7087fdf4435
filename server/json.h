// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace httplib {
struct Response;
}

namespace godwit::server {

inline constexpr char kJsonContentType[] = "application/json; charset=utf-8";

// Every response body of the API is JSON; every error is exactly {"error": "<message>"}.
void sendJson(httplib::Response &response, int status, const QJsonObject &body);
void sendError(httplib::Response &response, int status, const QString &message);

// The message used when something answers an error status without saying why (httplib's own errors).
QString defaultErrorMessage(int status);

// "2026-06-11T15:32:11.000Z"
QString utcTimestamp();

} // namespace godwit::server
