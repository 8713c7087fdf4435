// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/emails.h"

#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// and the general path decides. Over UTF-16 units or (Char = uchar) over bytes, which are then
// ASCII characters or NotAscii.
template <typename Char> AsciiCheck checkAsciiEmail(const Char *p, qsizetype n, bool *upperDomain)
{
    if (n > 254)
        return AsciiCheck::Invalid; // the general path says the same, whatever the characters
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

#if defined(__SSE2__)
// The characters of 16 UTF-16 units at `p` in classes, one bit per character: '@', '.', '-',
// [a-z0-9], [0-9], [A-Z]. `wide` collects the units' bits to tell afterwards whether all were
// ASCII (the classes of other units are meaningless then).
struct Classes {
    quint64 at = 0;
    quint64 dot = 0;
    quint64 dash = 0;
    quint64 lowerOrDigit = 0;
    quint64 digit = 0;
    quint64 upper = 0;
};

inline __m128i inRange(__m128i bytes, char lo, char hi)
{
    // lo <= b <= hi for ASCII bytes, with signed compares: shift lo to -128.
    const __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8(char(-128 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(char(-128 + (hi - lo) + 1)));
}

// 16 characters as bytes (saturated: a unit above 255 becomes 255, not ASCII either), their
// units or bytes or'ed into `wide`.
inline __m128i load16(const char16_t *p, __m128i &wide)
{
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8));
    wide = _mm_or_si128(wide, _mm_or_si128(a, b));
    return _mm_packus_epi16(a, b);
}

inline __m128i load16(const uchar *p, __m128i &wide)
{
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    wide = _mm_or_si128(wide, bytes);
    return bytes;
}

// Whether every unit (or byte) or'ed into `wide` was ASCII.
inline bool allAscii(__m128i wide, const char16_t *)
{
    return _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(wide, _mm_set1_epi16(short(0xff80))),
                                             _mm_setzero_si128())) == 0xffff;
}

inline bool allAscii(__m128i wide, const uchar *)
{
    return _mm_movemask_epi8(wide) == 0;
}

template <typename Char> inline void classify16(const Char *p, int shift, Classes &c, __m128i &wide)
{
    const __m128i bytes = load16(p, wide);
    auto bits = [shift](__m128i m) { return quint64(unsigned(_mm_movemask_epi8(m))) << shift; };
    const __m128i digit = inRange(bytes, '0', '9');
    c.at |= bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('@')));
    c.dot |= bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('.')));
    c.dash |= bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('-')));
    c.digit |= bits(digit);
    c.lowerOrDigit |= bits(_mm_or_si128(digit, inRange(bytes, 'a', 'z')));
    c.upper |= bits(inRange(bytes, 'A', 'Z'));
}

// checkAsciiEmail for 16 to 64 characters of [A-Za-z0-9.@-] (nearly every address in a file),
// decided on bit masks of the character classes, 16 characters a step. Anything else goes to
// checkAsciiEmail.
template <typename Char> AsciiCheck checkAsciiEmailBlocks(const Char *p, qsizetype n, bool *upperDomain)
{
    Q_ASSERT(n >= 16 && n <= 64);
    Classes c;
    __m128i wide = _mm_setzero_si128();
    qsizetype offset = 0;
    for (; offset + 16 <= n; offset += 16)
        classify16(p + offset, int(offset), c, wide);
    if (offset < n) // the last 16 characters again: the overlap sets the same bits
        classify16(p + n - 16, int(n - 16), c, wide);
    const quint64 all = n == 64 ? ~quint64(0) : (quint64(1) << n) - 1;
    if (!allAscii(wide, p) || (all & ~(c.at | c.dot | c.dash | c.lowerOrDigit | c.upper)) != 0)
        return checkAsciiEmail(p, n, upperDomain); // other characters: the one-pass check decides
    // Exactly one '@', with a local part before it and a domain after it.
    if (c.at == 0 || (c.at & (c.at - 1)) != 0) // (std::popcount is a library call without POPCNT)
        return AsciiCheck::Invalid;
    const int at = std::countr_zero(c.at);
    if (at == 0 || at == n - 1)
        return AsciiCheck::Invalid;
    const quint64 last = quint64(1) << (n - 1);
    // Dots: none first or last, none next to another or to the '@' (a dot at either end of the
    // local part, two in a row, or an empty label).
    if ((c.dot & 1) || (c.dot & last) || (c.dot & (c.dot >> 1)) || (c.dot & (c.at >> 1)) ||
        (c.dot & (c.at << 1)))
        return AsciiCheck::Invalid;
    // The domain (the local part and its length, at most 63 here, are fine): labels without a
    // '-' at either end, at least two of them, the last one two characters at least and not all
    // digits. Labels and the domain are shorter than their limits at these lengths.
    const quint64 domain = all & ~((quint64(2) << at) - 1);
    const quint64 dash = c.dash & domain;
    if ((dash & ((c.dot | c.at) << 1)) || (dash & ((c.dot >> 1) | last)))
        return AsciiCheck::Invalid;
    const quint64 domainDots = c.dot & domain;
    if (domainDots == 0)
        return AsciiCheck::Invalid;
    const int lastDot = 63 - std::countl_zero(domainDots);
    const quint64 tld = all & ~((quint64(2) << lastDot) - 1);
    if (lastDot > n - 3 || (tld & ~c.digit) == 0)
        return AsciiCheck::Invalid;
    *upperDomain = (c.upper & domain) != 0;
    return AsciiCheck::Valid;
}
#endif

// checkAsciiEmail, on bit masks where SSE2 is there and the length fits.
template <typename Char> AsciiCheck checkAscii(const Char *p, qsizetype n, bool *upperDomain)
{
#if defined(__SSE2__)
    if (n >= 16 && n <= 64)
        return checkAsciiEmailBlocks(p, n, upperDomain);
#endif
    return checkAsciiEmail(p, n, upperDomain);
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
    switch (checkAscii(t.utf16(), t.size(), &upperDomain)) {
    case AsciiCheck::Invalid:
        return Normalized::invalid();
    case AsciiCheck::Valid:
        if (!upperDomain) // t is `whole` or a shorter part of it: unchanged when as long
            return whole.size() == t.size() ? Normalized::unchanged() : Normalized::from(whole, t);
        break;
    case AsciiCheck::NotAscii:
        break;
    }
    return generalPath(whole, t);
}

EmailBytes checkEmailBytes(QByteArrayView cell, QByteArrayView *address)
{
    const QByteArrayView t = trimmedAsciiView(cell);
    const auto *p = reinterpret_cast<const uchar *>(t.data());
    const qsizetype n = t.size();
    // Any byte above 127 makes the cell Decode below (checkAscii: NotAscii).
    if (n == 0)
        return EmailBytes::Empty;
    // "mailto:" in any case (or something near it): normalizeEmail decides.
    if (n >= 7 && (p[0] | 0x20) == 'm' && (p[1] | 0x20) == 'a' && (p[2] | 0x20) == 'i' &&
        (p[3] | 0x20) == 'l' && (p[4] | 0x20) == 't' && (p[5] | 0x20) == 'o' && (p[6] | 0x20) == ':')
        return EmailBytes::Decode;
    bool upperDomain = false;
    switch (checkAscii(p, n, &upperDomain)) {
    case AsciiCheck::Invalid:
        return EmailBytes::Invalid;
    case AsciiCheck::NotAscii:
        return EmailBytes::Decode;
    case AsciiCheck::Valid:
        break;
    }
    if (upperDomain)
        return EmailBytes::Decode; // rewritten: normalizeEmail writes the normal form
    *address = QByteArrayView(reinterpret_cast<const char *>(p), n);
    return EmailBytes::Unchanged;
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
