// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/emails.h"

#include <array>

namespace godwit::engine {

namespace {

constexpr bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

constexpr bool isLocalChar(char16_t c)
{
    if (isAsciiAlnum(c))
        return true;
    if (c >= 0x80)
        return QChar(c).isLetterOrNumber() || QChar::isSurrogate(c);
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
    case u'-':
    case u'.':
        return true;
    default:
        return false;
    }
}

constexpr bool isDomainChar(char16_t c)
{
    if (isAsciiAlnum(c) || c == u'-')
        return true;
    return c >= 0x80 && (QChar(c).isLetterOrNumber() || QChar(c).isMark() || QChar::isSurrogate(c));
}

bool isValidLocal(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.front() == u'.' || local.back() == u'.')
        return false;
    char16_t previous = 0;
    for (const QChar c : local) {
        const char16_t u = c.unicode();
        if (!isLocalChar(u) || (u == u'.' && previous == u'.'))
            return false;
        previous = u;
    }
    return true;
}

} // namespace

bool isValidDomain(QStringView domain, bool allowSingleLabel)
{
    const qsizetype n = domain.size();
    if (n == 0 || n > 253)
        return false;
    const char16_t *d = domain.utf16();
    int labels = 0;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && d[i] != u'.') {
            if (!isDomainChar(d[i]))
                return false;
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length == 0 || length > 63 || d[labelStart] == u'-' || d[i - 1] == u'-')
            return false;
        ++labels;
        if (i == n) {
            // the top-level label: two characters at least, not all digits
            bool allDigits = true;
            for (qsizetype j = labelStart; j < n && allDigits; ++j)
                allDigits = d[j] >= u'0' && d[j] <= u'9';
            if (allDigits || (length < 2 && !allowSingleLabel))
                return false;
        }
        labelStart = i + 1;
    }
    return labels >= 2 || allowSingleLabel;
}

bool isValidEmail(QStringView text)
{
    const qsizetype n = text.size();
    if (n > 254)
        return false;
    const char16_t *p = text.utf16();
    qsizetype at = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == u'@') {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    if (at <= 0)
        return false;
    return isValidLocal(text.first(at)) && isValidDomain(text.sliced(at + 1));
}

namespace {

// ASCII character classes for the one-pass check below.
enum : quint8 { kLocal = 1, kDomain = 2, kUpper = 4, kDigit = 8 };
constexpr std::array<quint8, 128> kClasses = [] {
    std::array<quint8, 128> t{};
    for (char16_t c = 0; c < 128; ++c) {
        if (isLocalChar(c))
            t[c] |= kLocal;
        if (isDomainChar(c))
            t[c] |= kDomain;
        if (c >= u'A' && c <= u'Z')
            t[c] |= kUpper;
        if (c >= u'0' && c <= u'9')
            t[c] |= kDigit;
    }
    return t;
}();

enum class AsciiCheck { Invalid, Valid, NotAscii };

// isValidEmail's rules in one pass over an ASCII address (the common case: most of a file's
// cells), also telling whether the domain has upper-case letters. Any other character: NotAscii,
// and the general path decides.
AsciiCheck checkAsciiEmail(QStringView t, bool *upperDomain)
{
    const qsizetype n = t.size();
    if (n > 254)
        return AsciiCheck::Invalid; // the general path says the same, whatever the characters
    const char16_t *p = t.utf16();
    qsizetype i = 0;
    // The local part.
    char16_t previous = 0;
    for (; i < n && p[i] != u'@'; ++i) {
        const char16_t c = p[i];
        if (c >= 0x80)
            return AsciiCheck::NotAscii;
        if (!(kClasses[c] & kLocal) || (c == u'.' && previous == u'.'))
            return AsciiCheck::Invalid;
        previous = c;
    }
    if (i == 0 || i == n || i > 64 || p[0] == u'.' || p[i - 1] == u'.')
        return AsciiCheck::Invalid;
    // The domain: labels of letters, digits and '-', not at either end of a label.
    const qsizetype domainStart = ++i;
    if (n - domainStart == 0 || n - domainStart > 253)
        return AsciiCheck::Invalid;
    int labels = 0;
    qsizetype labelStart = i;
    bool upper = false;
    bool allDigits = true;
    for (;; ++i) {
        if (i < n && p[i] != u'.') {
            const char16_t c = p[i];
            if (c >= 0x80)
                return AsciiCheck::NotAscii;
            const quint8 k = kClasses[c];
            if (!(k & kDomain))
                return AsciiCheck::Invalid; // a second '@' too
            upper = upper || (k & kUpper);
            allDigits = allDigits && (k & kDigit);
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length == 0 || length > 63 || p[labelStart] == u'-' || p[i - 1] == u'-')
            return AsciiCheck::Invalid;
        ++labels;
        if (i == n) {
            if (allDigits || length < 2 || labels < 2)
                return AsciiCheck::Invalid;
            break;
        }
        labelStart = i + 1;
        allDigits = true;
    }
    *upperDomain = upper;
    return AsciiCheck::Valid;
}

// The address in a cell: trimmed, without a "mailto:" prefix. `whole`: the trimmed cell.
QStringView address(QStringView raw, QStringView *whole)
{
    QStringView t = trimmedView(raw);
    *whole = t;
    if (!t.isEmpty() && (t.front() == u'm' || t.front() == u'M') &&
        t.startsWith(u"mailto:", Qt::CaseInsensitive))
        t = trimmedView(t.sliced(7));
    return t;
}

Normalized generalPath(QStringView whole, QStringView t)
{
    if (!isValidEmail(t))
        return Normalized::invalid();
    const qsizetype at = t.lastIndexOf(QChar(u'@'));
    const QStringView domain = t.sliced(at + 1);
    bool upper = false;
    bool ascii = true;
    for (const QChar c : domain) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            ascii = false;
            upper = upper || c.isUpper();
        } else if (u >= u'A' && u <= u'Z') {
            upper = true;
        }
    }
    if (!upper)
        return Normalized::from(whole, t);
    if (!ascii)
        return {NormalStatus::Rewritten, t.first(at + 1).toString() + domain.toString().toLower()};
    QString out(t.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    const char16_t *in = t.utf16();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = in[i];
        o[i] = (i > at && c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    }
    return {NormalStatus::Rewritten, out};
}

} // namespace

Normalized normalizeEmail(QStringView raw)
{
    QStringView whole;
    const QStringView t = address(raw, &whole);
    if (t.isEmpty())
        return whole.isEmpty() ? Normalized::empty() : Normalized::invalid();
    bool upperDomain = false;
    switch (checkAsciiEmail(t, &upperDomain)) {
    case AsciiCheck::Invalid:
        return Normalized::invalid();
    case AsciiCheck::Valid:
        if (!upperDomain)
            return Normalized::from(whole, t);
        break;
    case AsciiCheck::NotAscii:
        break;
    }
    return generalPath(whole, t);
}

Normalized normalizeEmailGeneral(QStringView raw)
{
    QStringView whole;
    const QStringView t = address(raw, &whole);
    if (t.isEmpty())
        return whole.isEmpty() ? Normalized::empty() : Normalized::invalid();
    return generalPath(whole, t);
}

} // namespace godwit::engine
