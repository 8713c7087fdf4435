// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/normalized.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace godwit::engine {

// http, https, ftp or ftps URLs with a host (a domain, "localhost", an IPv4 address or a
// [bracketed] IPv6 address), an optional port and any path/query without white space.
// Scheme and host are lower-cased; "www.example.com/x" gets "https://" in front.
Normalized normalizeUrl(QStringView raw);

// UUIDs to the lower-case 8-4-4-4-12 form; accepts upper case, {braces}, urn:uuid: and the
// 32 hex digits without dashes.
Normalized normalizeUuid(QStringView raw);

// Characters as people count them: a surrogate pair (an emoji, say) is one.
qsizetype characterCount(QStringView text);

// An enum column's allowed values, matched by exact value first, then case-insensitively with
// white space trimmed and collapsed, then through aliases (alias -> canonical value, matched the
// same way). Immutable after construction: share one between threads.
class EnumMatcher {
public:
    EnumMatcher() = default;
    explicit EnumMatcher(const QStringList &values, const QHash<QString, QString> &aliases = {});

    // The index of the canonical value in values(), or -1.
    qsizetype indexOf(QStringView raw) const;
    // The canonical value (shared, no deep copy when it differs); Invalid when none matches.
    Normalized normalize(QStringView raw) const;
    const QStringList &values() const { return m_values; }
    // Aliases that point to no value (configuration mistakes to report).
    const QStringList &danglingAliases() const { return m_dangling; }

private:
    QStringList m_values;
    QStringList m_dangling;
    QHash<QString, qsizetype> m_exact;
    QHash<QString, qsizetype> m_folded;
};

} // namespace godwit::engine
