// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiresult.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace godwit::app {

// When and how long to wait before trying a failed call again. Pure arithmetic, no I/O:
// the connection applies it to every request.
//
// - Network errors, timeouts and 5xx are retried only for idempotent calls (GET, PUT, DELETE,
//   and POSTs that carry an idempotency key or external_id): a lost answer to a plain POST may
//   mean the server did the work.
// - 429 is always safe to retry (the server did nothing) and pauses the whole connection.
// - Backoff is exponential with jitter, capped.
struct RetryPolicy {
    int maxAttempts = 5; // including the first
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30000};
    double jitter = 0.25; // ± this fraction of the delay
    std::chrono::milliseconds defaultRateLimitPause{2000};
    std::chrono::milliseconds maxRateLimitPause{std::chrono::minutes(15)};

    // Delay before the next attempt after attempt number `attempt` (1-based) ended with
    // `status`; nullopt to give up. `random01` in [0, 1) drives the jitter.
    std::optional<std::chrono::milliseconds> retryDelay(int attempt, ApiStatus status, bool idempotent,
                                                        double random01) const;
    std::chrono::milliseconds backoff(int attempt, double random01) const;

    // How long a 429 asks us to wait: Retry-After (seconds or an HTTP date), else
    // X-RateLimit-Reset (epoch seconds, or seconds from now when small), else nullopt.
    static std::optional<std::chrono::milliseconds>
    rateLimitPause(const QByteArray &retryAfter, const QByteArray &rateLimitReset, const QDateTime &now);
};

} // namespace godwit::app
