// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/textrules.h"

#include "engine/emails.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace godwit::engine {

namespace {

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

bool isIpv4(QStringView host)
{
    int parts = 0;
    qsizetype start = 0;
    while (true) {
        qsizetype end = host.indexOf(u'.', start);
        if (end < 0)
            end = host.size();
        const QStringView part = host.sliced(start, end - start);
        if (part.isEmpty() || part.size() > 3)
            return false;
        int v = 0;
        for (const QChar c : part) {
            if (c.unicode() < u'0' || c.unicode() > u'9')
                return false;
            v = v * 10 + (c.unicode() - u'0');
        }
        if (v > 255)
            return false;
        ++parts;
        if (end == host.size())
            break;
        start = end + 1;
    }
    return parts == 4;
}

bool isIpv6Literal(QStringView host)
{
    if (host.size() < 4 || host.front() != u'[' || host.back() != u']')
        return false;
    int colons = 0;
    for (const QChar c : host.sliced(1, host.size() - 2)) {
        if (c == u':')
            ++colons;
        else if (!isHex(c.unicode()) && c != u'.')
            return false;
    }
    return colons >= 2 && colons <= 7;
}

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : trimmedView(text)) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace

Normalized normalizeUrl(QStringView raw)
{
    const QStringView t = trimmedView(raw);
    if (t.isEmpty())
        return Normalized::empty();
    for (const QChar c : t) {
        if (c.isSpace() || c.unicode() < 0x20 || c == u'"' || c == u'<' || c == u'>')
            return Normalized::invalid();
    }
    QStringView rest = t;
    QStringView scheme;
    const qsizetype sep = t.indexOf(u"://");
    if (sep > 0) {
        scheme = t.first(sep);
        rest = t.sliced(sep + 3);
        if (scheme.compare(u"http", Qt::CaseInsensitive) != 0 &&
            scheme.compare(u"https", Qt::CaseInsensitive) != 0 &&
            scheme.compare(u"ftp", Qt::CaseInsensitive) != 0 &&
            scheme.compare(u"ftps", Qt::CaseInsensitive) != 0)
            return Normalized::invalid();
    } else if (!t.startsWith(u"www.", Qt::CaseInsensitive)) {
        return Normalized::invalid();
    }
    qsizetype hostEnd = 0;
    while (hostEnd < rest.size() && rest[hostEnd] != u'/' && rest[hostEnd] != u'?' && rest[hostEnd] != u'#')
        ++hostEnd;
    QStringView authority = rest.first(hostEnd);
    if (authority.contains(u'@'))
        return Normalized::invalid(); // credentials in a URL: not in a data file
    QStringView host = authority;
    const qsizetype colon = authority.lastIndexOf(u':');
    if (colon >= 0 && !(authority.front() == u'[' && authority.back() == u']')) {
        const QStringView port = authority.sliced(colon + 1);
        if (port.isEmpty() || port.size() > 5)
            return Normalized::invalid();
        int value = 0;
        for (const QChar c : port) {
            if (c.unicode() < u'0' || c.unicode() > u'9')
                return Normalized::invalid();
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value == 0 || value > 65535)
            return Normalized::invalid();
        host = authority.first(colon);
    }
    if (!(isIpv6Literal(host) || isIpv4(host) || host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
          isValidDomain(host)))
        return Normalized::invalid();

    bool upper = false;
    for (const QChar c : scheme)
        upper = upper || isAsciiUpper(c.unicode());
    for (const QChar c : host)
        upper = upper || isAsciiUpper(c.unicode()) || (c.unicode() >= 0x80 && c.isUpper());
    if (!upper && !scheme.isEmpty())
        return Normalized::unchanged();
    QString out;
    out.reserve(t.size() + 8);
    out.append(scheme.isEmpty() ? QStringLiteral("https") : scheme.toString().toLower());
    out.append(u"://");
    out.append(host.toString().toLower());
    out.append(rest.sliced(host.size()));
    return {NormalStatus::Rewritten, out};
}

Normalized normalizeUuid(QStringView raw)
{
    QStringView t = trimmedView(raw);
    if (t.isEmpty())
        return Normalized::empty();
    if (t.startsWith(u"urn:uuid:", Qt::CaseInsensitive))
        t = t.sliced(9);
    if (t.size() >= 2 && t.front() == u'{' && t.back() == u'}')
        t = t.sliced(1, t.size() - 2);
    char16_t out[36];
    int n = 0;
    if (t.size() == 36) {
        for (qsizetype i = 0; i < 36; ++i) {
            const char16_t c = t[i].unicode();
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != u'-')
                    return Normalized::invalid();
                out[n++] = c;
            } else if (!isHex(c)) {
                return Normalized::invalid();
            } else {
                out[n++] = isAsciiUpper(c) ? char16_t(c + 32) : c;
            }
        }
    } else if (t.size() == 32) {
        for (qsizetype i = 0; i < 32; ++i) {
            const char16_t c = t[i].unicode();
            if (!isHex(c))
                return Normalized::invalid();
            if (i == 8 || i == 12 || i == 16 || i == 20)
                out[n++] = u'-';
            out[n++] = isAsciiUpper(c) ? char16_t(c + 32) : c;
        }
    } else {
        return Normalized::invalid();
    }
    return Normalized::from(trimmedView(raw), QStringView(out, n));
}

qsizetype characterCount(QStringView text)
{
    qsizetype count = text.size();
    qsizetype i = 0;
    // Nearly every value has no surrogate at all: look for one several units a step (the last
    // step overlapping the one before) and count pairs only from the first block that has one (no
    // pair starts before it: every unit before it was checked).
    const char16_t *p = text.utf16();
#if defined(__SSE2__)
    if (count >= 8) {
        const __m128i mask = _mm_set1_epi16(short(0xf800));
        const __m128i surrogate = _mm_set1_epi16(short(0xd800));
        auto has = [&](qsizetype at) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at));
            return _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, mask), surrogate)) != 0;
        };
        // 16 units a step (two loads, one test), then the last 16 or 8 again, overlapping.
        auto has16 = [&](qsizetype at) {
            const __m128i a = _mm_cmpeq_epi16(
                _mm_and_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at)), mask), surrogate);
            const __m128i b = _mm_cmpeq_epi16(
                _mm_and_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at + 8)), mask),
                surrogate);
            return _mm_movemask_epi8(_mm_or_si128(a, b)) != 0;
        };
        if (count >= 16) {
            for (; i + 16 <= count; i += 16) {
                if (has16(i))
                    break;
            }
            if (i + 16 > count) {
                if (i == count || !has16(count - 16))
                    return count;
                i = count - 16;
            }
        } else if (!has(0) && !has(count - 8)) {
            return count;
        }
    }
#endif
    if (count >= 4 && count < 8) {
        // Four units in 64 bits: a lane is a surrogate when (unit & 0xf800) == 0xd800, found as a
        // zero lane of (unit & 0xf800) ^ 0xd800.
        auto has = [p](qsizetype at) {
            quint64 x;
            std::memcpy(&x, p + at, sizeof(x));
            const quint64 y = (x & 0xf800f800f800f800ull) ^ 0xd800d800d800d800ull;
            return ((y - 0x0001000100010001ull) & ~y & 0x8000800080008000ull) != 0;
        };
        if (!has(0) && !has(count - 4))
            return count;
    }
    for (; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

EnumMatcher::EnumMatcher(const QStringList &values, const QHash<QString, QString> &aliases)
    : m_values(values)
{
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        m_exact.insert(m_values[i], i);
        m_folded.insert(fold(m_values[i]), i);
    }
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        const qsizetype target = indexOf(it.value());
        if (target < 0) {
            m_dangling.append(it.key());
            continue;
        }
        const QString key = fold(it.key());
        if (!m_folded.contains(key)) // a value always wins over an alias spelled like it
            m_folded.insert(key, target);
    }
}

qsizetype EnumMatcher::indexOf(QStringView raw) const
{
    const QStringView t = trimmedView(raw);
    if (t.isEmpty())
        return -1;
    // No allocation for the common case: the value as it is, looked up through a raw view.
    const QString view = QString::fromRawData(t.data(), t.size());
    const auto exact = m_exact.constFind(view);
    if (exact != m_exact.cend())
        return exact.value();
    const auto folded = m_folded.constFind(fold(t));
    return folded == m_folded.cend() ? -1 : folded.value();
}

Normalized EnumMatcher::normalize(QStringView raw) const
{
    const QStringView t = trimmedView(raw);
    if (t.isEmpty())
        return Normalized::empty();
    const qsizetype index = indexOf(t);
    if (index < 0)
        return Normalized::invalid();
    if (m_values[index] == t)
        return Normalized::unchanged();
    return {NormalStatus::Rewritten, m_values[index]};
}

} // namespace godwit::engine
