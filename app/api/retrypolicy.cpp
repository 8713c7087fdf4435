// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace godwit::app {

using std::chrono::milliseconds;

milliseconds RetryPolicy::backoff(int attempt, double random01) const
{
    const double exponent = std::clamp(attempt - 1, 0, 30);
    const double raw =
        std::min(double(maxDelay.count()), double(baseDelay.count()) * std::pow(2.0, exponent));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return milliseconds(std::llround(std::clamp(raw * factor, 0.0, double(maxDelay.count()))));
}

std::optional<milliseconds> RetryPolicy::retryDelay(int attempt, ApiStatus status, bool idempotent,
                                                    double random01) const
{
    if (attempt >= maxAttempts)
        return std::nullopt;
    switch (status) {
    case ApiStatus::RateLimited:
        return backoff(attempt, random01);
    case ApiStatus::NetworkError:
    case ApiStatus::Timeout:
    case ApiStatus::ServerError:
        if (idempotent)
            return backoff(attempt, random01);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<milliseconds> RetryPolicy::rateLimitPause(const QByteArray &retryAfter,
                                                        const QByteArray &rateLimitReset,
                                                        const QDateTime &now)
{
    const QByteArray after = retryAfter.trimmed();
    if (!after.isEmpty()) {
        bool ok = false;
        const double seconds = after.toDouble(&ok);
        if (ok && seconds >= 0)
            return milliseconds(std::llround(seconds * 1000));
        // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT".
        const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(after),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (at.isValid()) {
            QDateTime utc = at;
            utc.setTimeSpec(Qt::UTC);
            return milliseconds(std::max<qint64>(0, now.msecsTo(utc)));
        }
    }
    const QByteArray reset = rateLimitReset.trimmed();
    if (!reset.isEmpty()) {
        bool ok = false;
        const double value = reset.toDouble(&ok);
        if (ok && value >= 0) {
            // Large values are epoch seconds (GitHub style); small ones count seconds from now.
            if (value > 1e9)
                return milliseconds(std::max<qint64>(0, qint64(value * 1000) - now.toMSecsSinceEpoch()));
            return milliseconds(std::llround(value * 1000));
        }
    }
    return std::nullopt;
}

} // namespace godwit::app
