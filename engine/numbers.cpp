// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/numbers.h"

#include <charconv>

namespace godwit::engine {

namespace {

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

char16_t foldAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

enum SepKind : quint8 { NoSep, Dot, Comma, Space, Apostrophe };

SepKind separatorKind(char16_t c)
{
    switch (c) {
    case u'.':
        return Dot;
    case u',':
        return Comma;
    case u' ':
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space (French)
    case 0x2009: // thin space
    case 0x2007: // figure space
        return Space;
    case u'\'':
    case 0x2019: // Swiss 1’234.50
        return Apostrophe;
    default:
        return NoSep;
    }
}

constexpr QStringView kCurrencySymbols = u"€$£¥₹₽₩₺₪₫฿¢";
constexpr QStringView kCurrencyWords[] = {
    u"US$", u"CA$", u"AU$", u"NZ$", u"HK$", u"A$",  u"R$",  u"EUR", u"USD", u"GBP", u"CHF",
    u"JPY", u"CNY", u"INR", u"CAD", u"AUD", u"NZD", u"SEK", u"NOK", u"DKK", u"PLN", u"CZK",
    u"HUF", u"RON", u"BGN", u"RUB", u"BRL", u"MXN", u"ZAR", u"TRY", u"SGD", u"HKD", u"KRW",
    u"Fr.", u"kr.", u"kr",  u"zł",  u"Kč",  u"Ft",  u"lei", u"RMB",
};

bool wordBoundary(QStringView s, qsizetype at)
{
    return at <= 0 || at >= s.size() || !(isAsciiLetter(s[at].unicode()) || s[at].isLetter());
}

qsizetype currencyPrefix(QStringView s)
{
    if (isDigit(s.front().unicode()))
        return 0; // the common case: no currency, no need to try every word
    if (kCurrencySymbols.contains(s.front()))
        return 1;
    const char16_t first = foldAscii(s.front().unicode());
    for (const QStringView &word : kCurrencyWords) {
        if (foldAscii(word.front().unicode()) == first && s.startsWith(word, Qt::CaseInsensitive) &&
            wordBoundary(s, word.size()))
            return word.size();
    }
    return 0;
}

qsizetype currencySuffix(QStringView s)
{
    if (isDigit(s.back().unicode()))
        return 0;
    if (kCurrencySymbols.contains(s.back()))
        return 1;
    const char16_t last = foldAscii(s.back().unicode());
    for (const QStringView &word : kCurrencyWords) {
        if (foldAscii(word.back().unicode()) == last && s.endsWith(word, Qt::CaseInsensitive) &&
            wordBoundary(s, s.size() - word.size() - 1))
            return word.size();
    }
    return 0;
}

constexpr int kMaxDigits = 60;
constexpr int kMaxGroups = 40;
constexpr int kBufferSize = 2 * kMaxDigits + 8;

struct Core {
    char digits[kMaxDigits];
    int digitCount = 0;
    int groupLen[kMaxGroups];
    SepKind sepAfter[kMaxGroups]; // separator after each group (NoSep for the last)
    int groups = 0;
    int exponent = 0;
    bool hasExponent = false;
};

// Splits the core (after signs, currency and percent are gone) into digit groups.
bool scanCore(QStringView s, Core &core)
{
    qsizetype end = s.size();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c == u'e' || c == u'E') {
            end = i;
            qsizetype j = i + 1;
            bool negative = false;
            if (j < s.size() && (s[j] == u'+' || s[j] == u'-')) {
                negative = s[j] == u'-';
                ++j;
            }
            int exp = 0;
            int n = 0;
            for (; j < s.size() && isDigit(s[j].unicode()) && n < 3; ++j, ++n)
                exp = exp * 10 + (s[j].unicode() - u'0');
            if (n == 0 || j != s.size() || exp > 30)
                return false;
            core.hasExponent = true;
            core.exponent = negative ? -exp : exp;
            break;
        }
    }
    int len = 0;
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t c = s[i].unicode();
        if (isDigit(c)) {
            if (core.digitCount == kMaxDigits)
                return false;
            core.digits[core.digitCount++] = char(c);
            ++len;
            continue;
        }
        const SepKind kind = separatorKind(c);
        if (kind == NoSep || core.groups == kMaxGroups - 1)
            return false;
        if (len == 0 && !(core.groups == 0 && (kind == Dot || kind == Comma)))
            return false; // two separators in a row, or a leading space/apostrophe
        core.groupLen[core.groups] = len;
        core.sepAfter[core.groups] = kind;
        ++core.groups;
        len = 0;
    }
    if (len == 0)
        return false; // empty, or a trailing separator
    core.groupLen[core.groups] = len;
    core.sepAfter[core.groups] = NoSep;
    ++core.groups;
    return true;
}

} // namespace

namespace {

// parseNumber, also writing the canonical ASCII text to `out` (kBufferSize chars).
NumberParse parseImpl(QStringView text, const NumberOptions &options, char *out, int *outLen)
{
    NumberParse r;
    *outLen = 0;
    QStringView s = trimmedView(text);
    if (s.isEmpty()) {
        r.status = NormalStatus::Empty;
        return r;
    }
    bool negative = false;
    bool sign = false;
    bool paren = false;
    for (bool progress = true; progress && !s.isEmpty();) {
        progress = false;
        s = trimmedView(s);
        if (s.isEmpty())
            break;
        const char16_t f = s.front().unicode();
        const char16_t b = s.back().unicode();
        if (!paren && !sign && s.size() >= 2 && f == u'(' && b == u')') {
            paren = negative = true;
            s = s.sliced(1).chopped(1);
            progress = true;
        } else if (!sign && !paren && (f == u'-' || f == u'+' || f == 0x2212)) {
            sign = true;
            negative = f != u'+';
            s = s.sliced(1);
            progress = true;
        } else if (!sign && !paren && (b == u'-' || b == 0x2212) && s.size() > 1) {
            sign = negative = true;
            s = s.chopped(1);
            progress = true;
        } else if (!r.percent && b == u'%') {
            r.percent = true;
            s = s.chopped(1);
            progress = true;
        } else if (!r.currency) {
            if (const qsizetype n = currencyPrefix(s)) {
                r.currency = true;
                s = s.sliced(n);
                progress = true;
            } else if (const qsizetype m = currencySuffix(s)) {
                r.currency = true;
                s = s.chopped(m);
                progress = true;
            }
        }
    }
    Core core;
    if (s.isEmpty() || !scanCore(s, core))
        return r;

    // Which separator is the decimal one: the index of the group it follows, or -1.
    int counts[5] = {0, 0, 0, 0, 0};
    int lastOf[5] = {-1, -1, -1, -1, -1};
    for (int g = 0; g + 1 < core.groups; ++g) {
        ++counts[core.sepAfter[g]];
        lastOf[core.sepAfter[g]] = g;
    }
    const int lastSep = core.groups - 2; // group index before the last separator
    int decimalAt = -1;
    bool ambiguous = false;
    auto evidenceOf = [](SepKind decimal) {
        return decimal == Dot ? DecimalStyle::Point : DecimalStyle::Comma;
    };
    if (counts[Dot] > 0 && counts[Comma] > 0) {
        const SepKind last = core.sepAfter[lastSep];
        if ((last != Dot && last != Comma) || counts[last] != 1)
            return r;
        decimalAt = lastSep;
        r.evidence = evidenceOf(last);
    } else if (counts[Dot] + counts[Comma] > 0) {
        const SepKind k = counts[Dot] > 0 ? Dot : Comma;
        const SepKind other = k == Dot ? Comma : Dot;
        if (counts[k] >= 2) {
            r.evidence = evidenceOf(other); // 1.234.567: dots group, so ',' would be the decimal
        } else {
            const int at = lastOf[k];
            const int after = core.groupLen[at + 1];
            const bool leading = core.groupLen[0] == 0;
            const bool firstLong = core.groups == 2 && core.groupLen[0] > 3;
            const bool leadingZero = core.groupLen[0] >= 1 && core.digits[0] == '0' && at == 0;
            if (at != lastSep) {
                // "1,234 567": a dot/comma followed by other separators can only group
                r.evidence = evidenceOf(other);
            } else if (after != 3 || leading || firstLong || leadingZero ||
                       counts[Space] + counts[Apostrophe] > 0) {
                decimalAt = at;
                r.evidence = evidenceOf(k);
            } else {
                // 1,234 or 1.234: a thousands separator or a decimal with three places
                const DecimalStyle decimal = options.style;
                if (decimal == DecimalStyle::Auto)
                    ambiguous = true; // read as grouping below, but say so
                else if (decimal == evidenceOf(k))
                    decimalAt = at;
            }
        }
    }
    if (core.hasExponent && core.groups - (decimalAt >= 0 ? 1 : 0) > 1)
        return r; // no grouping with an exponent
    // Grouping: one kind only, all before the decimal separator, groups of three after the first.
    const int integerGroups = decimalAt >= 0 ? decimalAt + 1 : core.groups;
    SepKind grouping = NoSep;
    for (int g = 0; g + 1 < integerGroups; ++g) {
        const SepKind kind = core.sepAfter[g];
        if (grouping == NoSep)
            grouping = kind;
        else if (kind != grouping)
            return r;
        if (core.groupLen[g + 1] != 3 || (g == 0 && (core.groupLen[0] == 0 || core.groupLen[0] > 3)))
            return r;
    }
    if (decimalAt >= 0 && decimalAt + 2 != core.groups)
        return r;

    int intLen = 0;
    for (int g = 0; g < integerGroups; ++g)
        intLen += core.groupLen[g];
    // Move the decimal point: exponent, and two places left for a percent.
    const int shift = core.exponent - (r.percent ? 2 : 0);
    const int point = intLen + shift; // position of the point in `digits`, may be outside
    int n = 0;
    int firstNonZero = 0;
    while (firstNonZero < core.digitCount && core.digits[firstNonZero] == '0')
        ++firstNonZero;
    int lastNonZero = core.digitCount - 1;
    while (lastNonZero >= 0 && core.digits[lastNonZero] == '0')
        --lastNonZero;
    auto digitAt = [&](int i) { return i >= 0 && i < core.digitCount ? core.digits[i] : '0'; };
    if (firstNonZero == core.digitCount) {
        out[n++] = '0';
        r.integer = true;
    } else {
        if (negative)
            out[n++] = '-';
        if (firstNonZero >= point) {
            out[n++] = '0';
        } else {
            for (int i = firstNonZero; i < point; ++i)
                out[n++] = digitAt(i);
        }
        r.integer = lastNonZero < point;
        if (!r.integer) {
            out[n++] = '.';
            for (int i = point; i <= lastNonZero; ++i)
                out[n++] = digitAt(i);
        }
    }
    if (std::from_chars(out, out + n, r.value).ec != std::errc())
        return r;
    r.status = ambiguous ? NormalStatus::Ambiguous : NormalStatus::Unchanged;
    *outLen = n;
    return r;
}

} // namespace

NumberParse parseNumber(QStringView text, const NumberOptions &options)
{
    char buffer[kBufferSize];
    int n = 0;
    return parseImpl(text, options, buffer, &n);
}

Normalized normalizeNumber(QStringView raw, const NumberOptions &options, NumberParse *parse)
{
    const QStringView t = trimmedView(raw);
    char ascii[kBufferSize];
    int n = 0;
    const NumberParse p = parseImpl(t, options, ascii, &n);
    if (parse)
        *parse = p;
    if (!p.ok())
        return {p.status, {}};
    char16_t text[kBufferSize];
    for (int i = 0; i < n; ++i)
        text[i] = char16_t(ascii[i]);
    return Normalized::from(t, QStringView(text, n));
}

void DecimalStyleDetector::add(QStringView value)
{
    const NumberParse p = parseNumber(value);
    if (p.status == NormalStatus::Ambiguous) {
        ++m_ambiguous;
    } else if (p.ok()) {
        if (p.evidence == DecimalStyle::Point)
            ++m_point;
        else if (p.evidence == DecimalStyle::Comma)
            ++m_comma;
    }
}

void DecimalStyleDetector::merge(const DecimalStyleDetector &other)
{
    m_point += other.m_point;
    m_comma += other.m_comma;
    m_ambiguous += other.m_ambiguous;
}

DecimalStyleDetector::Verdict DecimalStyleDetector::verdict() const
{
    if (m_point > 0 && m_comma > 0)
        return Verdict::Conflicting;
    if (m_point > 0)
        return Verdict::Point;
    if (m_comma > 0)
        return Verdict::Comma;
    return m_ambiguous > 0 ? Verdict::Ambiguous : Verdict::NotNeeded;
}

DecimalStyle DecimalStyleDetector::style() const
{
    switch (verdict()) {
    case Verdict::Point:
        return DecimalStyle::Point;
    case Verdict::Comma:
        return DecimalStyle::Comma;
    default:
        return DecimalStyle::Auto;
    }
}

QString decimalStyleName(DecimalStyle style)
{
    switch (style) {
    case DecimalStyle::Point:
        return QStringLiteral("point");
    case DecimalStyle::Comma:
        return QStringLiteral("comma");
    case DecimalStyle::Auto:
        break;
    }
    return QStringLiteral("auto");
}

DecimalStyle decimalStyleFromName(QStringView name)
{
    if (name.compare(u"point", Qt::CaseInsensitive) == 0)
        return DecimalStyle::Point;
    if (name.compare(u"comma", Qt::CaseInsensitive) == 0)
        return DecimalStyle::Comma;
    return DecimalStyle::Auto;
}

} // namespace godwit::engine
