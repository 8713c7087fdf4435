// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/router.h"

#include <QByteArray>
#include <QHash>

#include <functional>
#include <mutex>

namespace godwit::server {

// A fixed-window request counter (API §4.2, design.md): windows are aligned to multiples of the window
// length, and every key's count starts again at 0 when a new window begins. Thread-safe. Memory is bounded:
// counters of past windows are dropped when a window begins, and at most maxKeys keys are tracked in one
// window (beyond that, unknown keys are refused: the limiter fails closed rather than growing).
class RateLimiter {
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    struct Decision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;    // requests left in this window after this one
        int resetSeconds = 0; // whole seconds (rounded up) until the window ends
    };

    // limit <= 0: off (every request allowed, nothing tracked).
    explicit RateLimiter(int limit, int windowSeconds = 60, Clock clock = {}, qsizetype maxKeys = 100000);

    bool enabled() const { return m_limit > 0; }
    int limit() const { return m_limit; }
    Decision hit(const QByteArray &key);
    qsizetype trackedKeys() const;

private:
    int m_limit;
    qint64 m_windowMs;
    Clock m_clock;
    qsizetype m_maxKeys;
    mutable std::mutex m_mutex;
    qint64 m_windowStart = -1;
    QHash<QByteArray, int> m_counts;
};

// The route guard for /api/v1: counts per (API key, method, route template) after authentication and
// routing; answers 429 {"error":"Too many requests"} with Retry-After. Every counted response carries
// X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset (seconds until the window ends).
Router::Guard rateLimitGuard(RateLimiter &limiter);

} // namespace godwit::server
