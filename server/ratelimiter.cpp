// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ratelimiter.h"

#include "server/json.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <httplib.h>

namespace godwit::server {

RateLimiter::RateLimiter(int limit, int windowSeconds, Clock clock, qsizetype maxKeys)
    : m_limit(limit)
    , m_windowMs(qint64(std::max(1, windowSeconds)) * 1000)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_maxKeys(maxKeys)
{}

RateLimiter::Decision RateLimiter::hit(const QByteArray &key)
{
    Decision decision;
    decision.limit = m_limit;
    if (m_limit <= 0)
        return decision;
    const qint64 now = m_clock();
    const qint64 windowStart = now - now % m_windowMs;
    decision.resetSeconds = int((windowStart + m_windowMs - now + 999) / 1000);

    std::lock_guard lock(m_mutex);
    if (windowStart != m_windowStart) {
        m_windowStart = windowStart;
        m_counts.clear();
    }
    auto it = m_counts.find(key);
    if (it == m_counts.end()) {
        if (m_counts.size() >= m_maxKeys) {
            decision.allowed = false;
            return decision;
        }
        it = m_counts.insert(key, 0);
    }
    if (*it >= m_limit) {
        decision.allowed = false;
        return decision;
    }
    ++*it;
    decision.remaining = m_limit - *it;
    return decision;
}

qsizetype RateLimiter::trackedKeys() const
{
    std::lock_guard lock(m_mutex);
    return m_counts.size();
}

Router::Guard rateLimitGuard(RateLimiter &limiter)
{
    return [&limiter](RequestContext &request, httplib::Response &response) {
        if (!limiter.enabled())
            return true;
        const char *header = request.hasHeader("x-api-key") ? "x-api-key" : "anx-api-key";
        // The key itself is never kept: only a hash of it, with the method and the route template.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(request.header(header).trimmed());
        const QByteArray key =
            hash.result() + ' ' + request.method().toUtf8() + ' ' + request.routeTemplate().toUtf8();
        const RateLimiter::Decision decision = limiter.hit(key);
        response.set_header("X-RateLimit-Limit", std::to_string(decision.limit));
        response.set_header("X-RateLimit-Remaining", std::to_string(decision.remaining));
        response.set_header("X-RateLimit-Reset", std::to_string(decision.resetSeconds));
        if (decision.allowed)
            return true;
        response.set_header("Retry-After", std::to_string(decision.resetSeconds));
        sendError(response, 429, QStringLiteral("Too many requests"));
        return false;
    };
}

} // namespace godwit::server
