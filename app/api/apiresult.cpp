// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apiresult.h"

namespace godwit::app {

ApiStatus ApiResult::statusForHttp(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return ApiStatus::Success;
    switch (httpStatus) {
    case 401:
        return ApiStatus::Unauthorized;
    case 404:
        return ApiStatus::NotFound;
    case 409:
        return ApiStatus::Conflict;
    case 413:
        return ApiStatus::TooLarge;
    case 429:
        return ApiStatus::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return ApiStatus::ServerError;
    return ApiStatus::ClientError;
}

} // namespace godwit::app
