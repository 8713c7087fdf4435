// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace godwit::app {

// What became of one API call, in bands: the UI decides from the band, and shows `message`.
enum class ApiStatus {
    Success,
    ClientError,  // 400 and other 4xx without a band of their own: the server's message names the field
    Unauthorized, // 401
    NotFound,     // 404
    Conflict,     // 409 (runId carries the active run when the server names one)
    TooLarge,     // 413
    RateLimited,  // 429
    ServerError,  // 5xx
    NetworkError, // refused, reset, DNS, TLS
    Timeout,
    Canceled,
    InvalidResponse // 2xx whose body is not what the endpoint promises
};

struct ApiResult {
    ApiStatus status = ApiStatus::Success;
    int httpStatus = 0;
    QString message;     // the server's {"error": ...} or a description of the local failure
    QString activeRunId; // 409 bodies may name the run that is in the way
    QJsonObject body;

    bool ok() const { return status == ApiStatus::Success; }
    static ApiStatus statusForHttp(int httpStatus);
};

} // namespace godwit::app
