// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dates.h"

#include <QDate>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstring>

namespace godwit::engine {

namespace {

struct Cursor {
    const char16_t *p;
    const char16_t *end;
    bool atEnd() const { return p == end; }
    char16_t peek() const { return p < end ? *p : char16_t(0); }
};

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

bool isLetter(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return true;
    return c >= 0x80 && QChar(c).isLetter();
}

// Reads up to maxCount digits; returns how many were read.
int readDigits(Cursor &c, int maxCount, int *value)
{
    int n = 0;
    int v = 0;
    while (n < maxCount && !c.atEnd() && isDigit(*c.p)) {
        v = v * 10 + (*c.p - u'0');
        ++c.p;
        ++n;
    }
    *value = v;
    return n;
}

int skipSpaces(Cursor &c)
{
    int n = 0;
    while (!c.atEnd() && isSpace(*c.p)) {
        ++c.p;
        ++n;
    }
    return n;
}

QStringView readWord(Cursor &c)
{
    const char16_t *start = c.p;
    while (!c.atEnd() && isLetter(*c.p))
        ++c.p;
    return QStringView(start, c.p - start);
}

bool equalsCi(QStringView word, QStringView name)
{
    return word.compare(name, Qt::CaseInsensitive) == 0;
}

int monthFromName(QStringView w)
{
    static const QStringView names[12][8] = {
        {u"jan", u"january", u"januar", u"jänner", u"janv", u"janvier", u"jän"},
        {u"feb", u"february", u"februar", u"févr", u"fevr", u"février", u"fevrier", u"febr"},
        {u"mar", u"march", u"mär", u"märz", u"maerz", u"mrz", u"mars"},
        {u"apr", u"april", u"avr", u"avril"},
        {u"may", u"mai"},
        {u"jun", u"june", u"juni", u"juin"},
        {u"jul", u"july", u"juli", u"juil", u"juillet"},
        {u"aug", u"august", u"août", u"aout"},
        {u"sep", u"sept", u"september", u"septembre"},
        {u"oct", u"october", u"okt", u"oktober", u"octobre"},
        {u"nov", u"november", u"novembre"},
        {u"dec", u"december", u"dez", u"dezember", u"déc", u"décembre", u"decembre"},
    };
    if (w.size() < 3)
        return 0;
    char16_t first = w.front().unicode();
    if (first >= u'A' && first <= u'Z')
        first = char16_t(first + 32);
    for (int m = 0; m < 12; ++m) {
        for (const QStringView &name : names[m]) {
            // all names start with a lower-case ASCII letter: a cheap filter before comparing
            if (!name.isEmpty() && name.front() == first && name.size() == w.size() && equalsCi(w, name))
                return m + 1;
        }
    }
    return 0;
}

bool isWeekday(QStringView w)
{
    static const QStringView names[] = {
        u"mon",     u"tue",      u"tues",    u"wed",       u"thu",      u"thur",      u"thurs",
        u"fri",     u"sat",      u"sun",     u"monday",    u"tuesday",  u"wednesday", u"thursday",
        u"friday",  u"saturday", u"sunday",  u"montag",    u"dienstag", u"mittwoch",  u"donnerstag",
        u"freitag", u"samstag",  u"sonntag", u"sonnabend",
    };
    for (const QStringView &name : names) {
        if (equalsCi(w, name))
            return true;
    }
    return false;
}

int expandYear(int value, int digits)
{
    if (digits == 2)
        return value < 69 ? 2000 + value : 1900 + value;
    return value;
}

// Reads a year of 2 or 4 digits (exactly).
bool readYear(Cursor &c, int *year)
{
    int v = 0;
    const int n = readDigits(c, 4, &v);
    if (n != 2 && n != 4)
        return false;
    if (!c.atEnd() && isDigit(*c.p))
        return false;
    *year = expandYear(v, n);
    return true;
}

bool matchWordCi(Cursor &c, QStringView word)
{
    if (c.end - c.p < word.size())
        return false;
    if (QStringView(c.p, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    c.p += word.size();
    return true;
}

// The optional time after a date, up to the end of the text.
bool parseTimeTail(Cursor &c, DateTimeValue &v)
{
    if (c.atEnd())
        return true;
    if (c.peek() == u'T' || c.peek() == u't') {
        ++c.p;
    } else {
        if (c.peek() == u',')
            ++c.p;
        if (skipSpaces(c) == 0)
            return false;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    if (readDigits(c, 2, &hour) == 0 || c.peek() != u':')
        return false;
    ++c.p;
    if (readDigits(c, 2, &minute) != 2)
        return false;
    if (c.peek() == u':') {
        ++c.p;
        if (readDigits(c, 2, &second) != 2)
            return false;
        if (c.peek() == u'.' || c.peek() == u',') {
            ++c.p;
            int digits = 0;
            while (!c.atEnd() && isDigit(*c.p)) {
                if (digits < 3)
                    msec = msec * 10 + (*c.p - u'0');
                ++digits;
                ++c.p;
            }
            if (digits == 0 || digits > 9)
                return false;
            for (int i = digits; i < 3; ++i)
                msec *= 10;
        }
    }
    skipSpaces(c);
    int ampm = 0; // 1 am, 2 pm
    if (matchWordCi(c, u"am") || matchWordCi(c, u"a.m."))
        ampm = 1;
    else if (matchWordCi(c, u"pm") || matchWordCi(c, u"p.m."))
        ampm = 2;
    if (ampm != 0) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (ampm == 2 ? 12 : 0);
        skipSpaces(c);
    }
    if (c.peek() == u'Z' || c.peek() == u'z') {
        ++c.p;
        v.hasOffset = true;
        v.offsetMinutes = 0;
    } else {
        if (matchWordCi(c, u"UTC") || matchWordCi(c, u"GMT")) {
            v.hasOffset = true;
            v.offsetMinutes = 0;
        }
        const char16_t sign = c.peek();
        if (sign == u'+' || sign == u'-' || sign == 0x2212) {
            ++c.p;
            int hh = 0;
            int mm = 0;
            const int n = readDigits(c, 4, &hh);
            if (n == 4) {
                mm = hh % 100;
                hh /= 100;
            } else if (n == 2 || n == 1) {
                if (c.peek() == u':') {
                    ++c.p;
                    if (readDigits(c, 2, &mm) != 2)
                        return false;
                }
            } else {
                return false;
            }
            if (hh > 14 || mm > 59)
                return false;
            v.hasOffset = true;
            v.offsetMinutes = (hh * 60 + mm) * (sign == u'+' ? 1 : -1);
        }
    }
    skipSpaces(c);
    if (!c.atEnd() || hour > 23 || minute > 59 || second > 59)
        return false;
    v.hasTime = true;
    v.hour = hour;
    v.minute = minute;
    v.second = second;
    v.msec = msec;
    return true;
}

bool isDateSeparator(char16_t c)
{
    return c == u'-' || c == u'/' || c == u'.';
}

// "15-Mar-2024", "15 March 2024", "15. März 2024", "15.Mar.24": the cursor is after the day.
bool parseDayMonthNameYear(Cursor &c, int day, DateTimeValue &v)
{
    if (c.peek() == u'.')
        ++c.p;
    int seps = skipSpaces(c);
    if (c.peek() == u'-' || c.peek() == u'/') {
        ++c.p;
        ++seps;
    }
    seps += skipSpaces(c);
    if (seps == 0 && c.p[-1] != u'.')
        return false;
    const int month = monthFromName(readWord(c));
    if (month == 0)
        return false;
    if (c.peek() == u'.')
        ++c.p;
    seps = skipSpaces(c);
    if (c.peek() == u'-' || c.peek() == u'/' || c.peek() == u',') {
        ++c.p;
        ++seps;
    }
    seps += skipSpaces(c);
    if (seps == 0 && c.p[-1] != u'.')
        return false;
    int year = 0;
    if (!readYear(c, &year))
        return false;
    v.year = year;
    v.month = month;
    v.day = day;
    return true;
}

// The proleptic Gregorian calendar in plain integers (QDate's rules for years 1..9999).
constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr bool isValidYmd(int y, int m, int d)
{
    constexpr int kLength[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return false;
    return d <= kLength[m - 1] || (m == 2 && d == 29 && isLeapYear(y));
}

// The date `days` after 1970-01-01 (days >= -719468, 0000-03-01): Howard Hinnant's
// civil_from_days.
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    *month = m;
    *day = d;
}

// The date of a whole Excel serial (days >= 0); false outside the calendar Excel has.
bool serialDayToDate(qint64 days, ExcelEpoch epoch, DateTimeValue *v)
{
    qint64 unixDays = 0; // days after 1970-01-01
    if (epoch == ExcelEpoch::Excel1900) {
        // Excel counts 1900-02-29 (serial 60), which never existed: serials before it are one
        // day off against plain arithmetic from 1899-12-30.
        if (days < 1 || days == 60)
            return false;
        unixDays = days < 60 ? days - 25568 : days - 25569; // 1899-12-31, 1899-12-30
    } else {
        unixDays = days - 24107; // 1904-01-01
    }
    civilFromDays(unixDays, &v->year, &v->month, &v->day);
    return v->year <= 9999;
}

constexpr bool isAsciiDigit(char16_t c)
{
    return char16_t(c - u'0') <= 9;
}

// Day and month of d.m.y (or m.d.y) by the column's order; with the order undecided, by the values
// when they decide it. True when they cannot (both 12 or less and different): ambiguous.
bool placeDayMonth(DateTimeValue &v, DateOrder order, int first, int second)
{
    bool ambiguous = false;
    if (order == DateOrder::Unknown) {
        if (first > 12)
            order = DateOrder::DayFirst;
        else if (second > 12)
            order = DateOrder::MonthFirst;
        else if (first == second)
            order = DateOrder::DayFirst;
        else
            ambiguous = true;
    }
    if (order == DateOrder::MonthFirst) {
        v.month = first;
        v.day = second;
    } else {
        v.day = first;
        v.month = second;
    }
    return ambiguous;
}

// The end of d.m.y: the order, the fields and the verdict, as parseDateGeneral sets them.
void finishDayMonth(DateParse &r, const DateOptions &options, int first, int second, char16_t sep, int year)
{
    DateTimeValue &v = r.value;
    r.first = first;
    r.second = second;
    r.separator = sep;
    v.year = year;
    const bool ambiguous = placeDayMonth(v, options.order, first, second);
    if (isValidYmd(v.year, v.month, v.day))
        r.status = ambiguous ? NormalStatus::Ambiguous : NormalStatus::Unchanged;
}

#if defined(__SSE2__)
// The ten characters at p as the low ten bytes of a register (the rest 0), without reading past
// them. Saturating: a unit over 0xff becomes 0xff (or 0 when over 0x7fff), neither a digit.
__m128i tenBytes(const char16_t *p)
{
    const __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));     // 0 to 7
    const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 2)); // 2 to 9
    return _mm_packus_epi16(head, _mm_srli_si128(tail, 12));                        // 8 and 9 low
}

__m128i tenBytes(const uchar *p)
{
    quint64 head;
    quint16 tail;
    std::memcpy(&head, p, sizeof head);
    std::memcpy(&tail, p + 8, sizeof tail);
    return _mm_insert_epi16(_mm_cvtsi64_si128(qint64(head)), tail, 4);
}
#endif

// Bit k set: character k of the ten at p is an ASCII digit.
template <typename Char> unsigned digitBits10(const Char *p)
{
#if defined(__SSE2__)
    const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(tenBytes(p), _mm_set1_epi8(char(-128 - '0'))),
                                         _mm_set1_epi8(char(-128 + 10)));
    return unsigned(_mm_movemask_epi8(digit)) & 0x3ffu;
#else
    unsigned digits = 0;
    for (int k = 0; k < 10; ++k)
        digits |= unsigned(isAsciiDigit(p[k])) << k;
    return digits;
#endif
}

// The common plain shapes, decided with integer arithmetic exactly as parseDateGeneral decides
// them (fields set on failure included): a number of at most 8 digits (yyyymmdd or a whole Excel
// serial), yyyy-mm-dd (also with '/' or '.'), and d.m.yyyy / d/m/yy / d-m-yyyy with one or two
// digit day and month. False for anything else: the general parser decides. p[0, n) is trimmed:
// UTF-16 units, or (Char = uchar) bytes, where a byte above 127 is neither a digit nor a
// separator, so that a value with one is never of these shapes.
template <typename Char>
bool parsePlainShape(const Char *p, qsizetype n, const DateOptions &options, DateParse &r)
{
    if (n == 0 || n > 10)
        return false;
    DateTimeValue &v = r.value;
    if (n == 10) {
        // yyyy-mm-dd and dd.mm.yyyy, the common ten-character shapes: which characters are digits,
        // all at once; any other arrangement goes on to the scan below.
        const unsigned digits = digitBits10(p); // bit k: p[k] is an ASCII digit
        auto d = [p](int k) { return int(p[k] - u'0'); };
        if (digits == 0b1101101111u) { // dddd?dd?dd
            const char16_t sep = char16_t(p[4]);
            if ((sep != u'-' && sep != u'/' && sep != u'.') || p[7] != sep)
                return false;
            v.year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
            v.month = d(5) * 10 + d(6);
            v.day = d(8) * 10 + d(9);
            if (isValidYmd(v.year, v.month, v.day))
                r.status = NormalStatus::Unchanged;
            return true;
        }
        if (digits == 0b1111011011u) { // dd?dd?dddd
            const char16_t sep = char16_t(p[2]);
            if ((sep != u'-' && sep != u'/' && sep != u'.') || p[5] != sep)
                return false;
            finishDayMonth(r, options, d(0) * 10 + d(1), d(3) * 10 + d(4), sep,
                           d(6) * 1000 + d(7) * 100 + d(8) * 10 + d(9));
            return true;
        }
    }
    qsizetype i = 0;
    int first = 0; // the leading digits (at most 10: no overflow in 64 bits)
    {
        qint64 value = 0;
        while (i < n && isAsciiDigit(p[i])) {
            value = value * 10 + (p[i] - u'0');
            ++i;
        }
        if (i == n) {
            if (n > 8)
                return false;
            if (n == 8) {
                v.year = int(value / 10000);
                v.month = int(value / 100 % 100);
                v.day = int(value % 100);
                if (v.year >= 1000 && isValidYmd(v.year, v.month, v.day))
                    r.status = NormalStatus::Unchanged;
                return true;
            }
            if (!options.excelSerials)
                return true;
            if (serialDayToDate(int(value), options.epoch, &v)) {
                r.status = NormalStatus::Unchanged;
                r.fromSerial = true;
            } else {
                v = DateTimeValue();
            }
            return true;
        }
        if (i == 4) {
            // yyyy-mm-dd
            const char16_t sep = char16_t(p[4]);
            if (n != 10 || (sep != u'-' && sep != u'/' && sep != u'.') || p[7] != sep ||
                !isAsciiDigit(p[5]) || !isAsciiDigit(p[6]) || !isAsciiDigit(p[8]) || !isAsciiDigit(p[9]))
                return false;
            v.year = int(value);
            v.month = (p[5] - u'0') * 10 + (p[6] - u'0');
            v.day = (p[8] - u'0') * 10 + (p[9] - u'0');
            if (isValidYmd(v.year, v.month, v.day))
                r.status = NormalStatus::Unchanged;
            return true;
        }
        if (i != 1 && i != 2)
            return false;
        first = int(value);
    }
    // d.m.yyyy: one or two digits, the separator, one or two digits, the same separator, and a
    // year of two or four digits.
    const char16_t sep = char16_t(p[i]);
    if (sep != u'-' && sep != u'/' && sep != u'.')
        return false;
    ++i;
    if (i >= n || !isAsciiDigit(p[i]))
        return false;
    int second = p[i++] - u'0';
    if (i < n && isAsciiDigit(p[i]))
        second = second * 10 + (p[i++] - u'0');
    if (i >= n || p[i] != sep)
        return false;
    ++i;
    const qsizetype yearStart = i;
    int year = 0;
    while (i < n && isAsciiDigit(p[i])) {
        year = year * 10 + (p[i] - u'0');
        ++i;
    }
    const qsizetype yearDigits = i - yearStart;
    if (i != n || (yearDigits != 2 && yearDigits != 4))
        return false;
    finishDayMonth(r, options, first, second, sep, expandYear(year, int(yearDigits)));
    return true;
}

} // namespace

bool excelSerialToDate(double serial, ExcelEpoch epoch, DateTimeValue *out)
{
    if (!(serial >= 0.0) || serial >= 2958466.0)
        return false;
    const double whole = std::floor(serial);
    auto days = static_cast<qint64>(whole);
    qint64 msec = std::llround((serial - whole) * 86400000.0);
    if (msec >= 86400000) {
        msec -= 86400000;
        ++days;
    }
    DateTimeValue v;
    if (!serialDayToDate(days, epoch, &v))
        return false;
    if (whole != serial) {
        v.hasTime = true;
        v.hour = int(msec / 3600000);
        v.minute = int(msec / 60000 % 60);
        v.second = int(msec / 1000 % 60);
        v.msec = int(msec % 1000);
    }
    *out = v;
    return true;
}

DateParse parseDate(QStringView text, const DateOptions &options)
{
    const QStringView t = trimmedView(text);
    DateParse r;
    if (!parsePlainShape(t.utf16(), t.size(), options, r))
        r = parseDateGeneral(t, options);
    return r; // one object returned on every path: no copy
}

DateParse parseDateGeneral(QStringView text, const DateOptions &options)
{
    DateParse r;
    const QStringView t = trimmedView(text);
    if (t.isEmpty()) {
        r.status = NormalStatus::Empty;
        return r;
    }
    Cursor c{t.utf16(), t.utf16() + t.size()};

    // A plain number: yyyymmdd or an Excel serial.
    {
        int digits = 0;
        int dots = 0;
        int fractionDigits = 0;
        bool plain = true;
        for (const QChar qc : t) {
            const char16_t ch = qc.unicode();
            if (isDigit(ch)) {
                if (dots)
                    ++fractionDigits;
                else
                    ++digits;
            } else if (ch == u'.' && dots == 0) {
                ++dots;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && digits > 0 && (dots == 0 || fractionDigits > 0)) {
            if (digits == 8 && dots == 0) {
                int ymd = 0;
                readDigits(c, 8, &ymd);
                r.value.year = ymd / 10000;
                r.value.month = ymd / 100 % 100;
                r.value.day = ymd % 100;
                if (r.value.year >= 1000 && QDate::isValid(r.value.year, r.value.month, r.value.day))
                    r.status = NormalStatus::Unchanged;
                return r;
            }
            if (!options.excelSerials || digits > 7 || fractionDigits > 12)
                return r;
            double serial = 0;
            for (const QChar ch : t.first(digits))
                serial = serial * 10 + (ch.unicode() - u'0');
            double scale = 0.1;
            for (const QChar ch : t.sliced(digits + dots)) {
                serial += (ch.unicode() - u'0') * scale;
                scale /= 10;
            }
            if (excelSerialToDate(serial, options.epoch, &r.value)) {
                r.status = NormalStatus::Unchanged;
                r.fromSerial = true;
            }
            return r;
        }
    }

    DateTimeValue &v = r.value;
    bool ambiguous = false;
    if (isLetter(c.peek())) {
        Cursor save = c;
        QStringView word = readWord(c);
        if (isWeekday(word)) {
            if (c.peek() == u'.')
                ++c.p;
            if (c.peek() == u',')
                ++c.p;
            if (skipSpaces(c) == 0 && c.p[-1] != u',')
                return r;
            save = c;
            word = isLetter(c.peek()) ? readWord(c) : QStringView();
        }
        if (word.isEmpty()) {
            c = save; // "Fri, 15 Mar 2024": continue with the number
        } else {
            // "March 15, 2024", "Mar 15 2024", "Mar-15-2024"
            const int month = monthFromName(word);
            if (month == 0)
                return r;
            if (c.peek() == u'.')
                ++c.p;
            int seps = skipSpaces(c);
            if (c.peek() == u'-' || c.peek() == u'/') {
                ++c.p;
                ++seps;
            }
            if (seps == 0)
                return r;
            int day = 0;
            if (readDigits(c, 2, &day) == 0)
                return r;
            // an ordinal suffix: "March 1st"
            (void)(matchWordCi(c, u"st") || matchWordCi(c, u"nd") || matchWordCi(c, u"rd") ||
                   matchWordCi(c, u"th"));
            seps = 0;
            if (c.peek() == u',' || c.peek() == u'-' || c.peek() == u'/') {
                ++c.p;
                ++seps;
            }
            seps += skipSpaces(c);
            if (seps == 0)
                return r;
            int year = 0;
            if (!readYear(c, &year))
                return r;
            v.year = year;
            v.month = month;
            v.day = day;
        }
    }
    if (v.year == 0) {
        int n1 = 0;
        const int c1 = readDigits(c, 5, &n1);
        if (c1 == 4) {
            // yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd, yyyy-Mar-15
            const char16_t sep = c.peek();
            if (!isDateSeparator(sep))
                return r;
            ++c.p;
            int month = 0;
            if (isLetter(c.peek())) {
                month = monthFromName(readWord(c));
            } else if (readDigits(c, 2, &month) == 0) {
                return r;
            }
            if (c.peek() != sep)
                return r;
            ++c.p;
            int day = 0;
            if (readDigits(c, 2, &day) == 0)
                return r;
            v.year = n1;
            v.month = month;
            v.day = day;
        } else if (c1 == 1 || c1 == 2) {
            const Cursor afterFirst = c;
            if (c.peek() == u'.')
                ++c.p;
            skipSpaces(c);
            if (c.peek() == u'-' || c.peek() == u'/')
                ++c.p;
            skipSpaces(c);
            if (isLetter(c.peek())) {
                c = afterFirst;
                if (!parseDayMonthNameYear(c, n1, v))
                    return r;
            } else {
                c = afterFirst;
                const char16_t sep = c.peek();
                if (!isDateSeparator(sep))
                    return r;
                ++c.p;
                int n2 = 0;
                if (readDigits(c, 2, &n2) == 0 || c.peek() != sep)
                    return r;
                ++c.p;
                int year = 0;
                if (!readYear(c, &year))
                    return r;
                r.first = n1;
                r.second = n2;
                r.separator = sep;
                v.year = year;
                ambiguous = placeDayMonth(v, options.order, n1, n2);
            }
        } else {
            return r;
        }
    }
    if (!parseTimeTail(c, v))
        return r;
    if (v.year < 1 || !QDate::isValid(v.year, v.month, v.day))
        return r;
    r.status = ambiguous ? NormalStatus::Ambiguous : NormalStatus::Unchanged;
    return r;
}

namespace {

int put(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return width;
}

int formatIso(const DateTimeValue &v, char16_t *out)
{
    int n = 0;
    n += put(out + n, v.year, 4);
    out[n++] = u'-';
    n += put(out + n, v.month, 2);
    out[n++] = u'-';
    n += put(out + n, v.day, 2);
    if (!v.hasTime)
        return n;
    out[n++] = u'T';
    n += put(out + n, v.hour, 2);
    out[n++] = u':';
    n += put(out + n, v.minute, 2);
    out[n++] = u':';
    n += put(out + n, v.second, 2);
    if (v.msec != 0) {
        out[n++] = u'.';
        n += put(out + n, v.msec, 3);
    }
    if (v.hasOffset) {
        if (v.offsetMinutes == 0) {
            out[n++] = u'Z';
        } else {
            const int m = v.offsetMinutes < 0 ? -v.offsetMinutes : v.offsetMinutes;
            out[n++] = v.offsetMinutes < 0 ? u'-' : u'+';
            n += put(out + n, m / 60, 2);
            out[n++] = u':';
            n += put(out + n, m % 60, 2);
        }
    }
    return n;
}

} // namespace

QString toIsoString(const DateTimeValue &value)
{
    char16_t buffer[40];
    const int n = formatIso(value, buffer);
    return QStringView(buffer, n).toString();
}

namespace {

// A date alone (no time, a four-digit year) as yyyy-MM-dd, from a table of two-digit pairs.
void isoDate(const DateTimeValue &v, char16_t (&iso)[10])
{
    static constexpr char kPairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    const char *century = kPairs + 2 * (v.year / 100);
    const char *year = kPairs + 2 * (v.year % 100);
    const char *month = kPairs + 2 * v.month;
    const char *day = kPairs + 2 * v.day;
    iso[0] = char16_t(century[0]);
    iso[1] = char16_t(century[1]);
    iso[2] = char16_t(year[0]);
    iso[3] = char16_t(year[1]);
    iso[4] = u'-';
    iso[5] = char16_t(month[0]);
    iso[6] = char16_t(month[1]);
    iso[7] = u'-';
    iso[8] = char16_t(day[0]);
    iso[9] = char16_t(day[1]);
}

// The status of a parsed date and, when `out`, the rewritten value into it.
NormalStatus finishNormal(QStringView t, const DateParse &p, QString *out)
{
    if (!p.ok())
        return p.status;
    if (p.value.hasTime || p.value.year > 9999) {
        char16_t buffer[40];
        const int n = formatIso(p.value, buffer);
        const QStringView normal(buffer, n);
        if (!out)
            return normal == t ? NormalStatus::Unchanged : NormalStatus::Rewritten;
        return assignNormal(t, normal, *out);
    }
    char16_t iso[10];
    isoDate(p.value, iso); // the common case
    if (t.size() == 10 && std::memcmp(t.utf16(), iso, sizeof(iso)) == 0)
        return NormalStatus::Unchanged;
    if (out) {
        out->resize(10);
        std::memcpy(out->data(), iso, sizeof(iso));
    }
    return NormalStatus::Rewritten;
}

} // namespace

NormalStatus normalizeDateInto(QStringView raw, const DateOptions &options, QString &out, DateParse *parse)
{
    const QStringView t = trimmedView(raw);
    if (parse) {
        *parse = parseDate(t, options);
        return finishNormal(t, *parse, &out);
    }
    return finishNormal(t, parseDate(t, options), &out);
}

NormalStatus dateStatus(QStringView raw, const DateOptions &options, DateParse *parse)
{
    const QStringView t = trimmedView(raw);
    if (parse) {
        *parse = parseDate(t, options);
        return finishNormal(t, *parse, nullptr);
    }
    return finishNormal(t, parseDate(t, options), nullptr);
}

std::optional<NormalStatus> dateStatusOfBytes(QByteArrayView cell, const DateOptions &options,
                                              DateParse *parse)
{
    const QByteArrayView t = trimmedAsciiView(cell);
    const auto *p = reinterpret_cast<const uchar *>(t.data());
    const qsizetype n = t.size();
    // A byte above 127 anywhere is none of the plain shapes' characters.
    if (n == 0)
        return NormalStatus::Empty;
    DateParse r;
    if (!parsePlainShape(p, n, options, r))
        return std::nullopt;
    if (r.ok() && (r.value.hasTime || r.value.year > 9999))
        return std::nullopt; // the long ISO form (no plain shape gives it): dateStatus decides
    if (parse)
        *parse = r;
    if (!r.ok())
        return r.status;
    // finishNormal's comparison with the ISO form, on the bytes.
    char16_t iso[10];
    isoDate(r.value, iso);
    return n == 10 && std::equal(p, p + 10, iso) ? NormalStatus::Unchanged : NormalStatus::Rewritten;
}

Normalized normalizeDate(QStringView raw, const DateOptions &options)
{
    Normalized n;
    n.status = normalizeDateInto(raw, options, n.value);
    return n;
}

void DateOrderDetector::add(QStringView value)
{
    count(parseDate(value, DateOptions{DateOrder::Unknown, false, ExcelEpoch::Excel1900}));
}

void DateOrderDetector::add(QStringView value, const DateParse &parsed, DateOrder order)
{
    if (!add(parsed, order))
        add(value);
}

bool DateOrderDetector::add(const DateParse &parsed, DateOrder order)
{
    // The order only places the day and month of a numeric d/m/y form (first and second are the
    // numbers as written, set whatever the order), and the verdict follows from that placement:
    // the shape read, the time after it, the Excel serial options do not depend on it (a serial has
    // no first number, like any form this detector does not count).
    if (parsed.first == 0 || parsed.first == parsed.second)
        return true;
    // Where an undecided order puts the month first (placeDayMonth): only a second number above 12
    // after a first one that could be a month.
    const bool undecidedMonthFirst = parsed.first <= 12 && parsed.second > 12;
    if (order != DateOrder::Unknown && undecidedMonthFirst != (order == DateOrder::MonthFirst))
        return false;
    count(parsed); // the same placement: the same verdict, Ambiguous aside (which counts alike)
    return true;
}

void DateOrderDetector::count(const DateParse &p)
{
    if (p.first == 0 || (p.status != NormalStatus::Unchanged && p.status != NormalStatus::Ambiguous))
        return;
    if (p.first == p.second)
        return;
    ++m_candidates;
    if (p.first > 12)
        ++m_dayFirst;
    else if (p.second > 12)
        ++m_monthFirst;
    if (p.separator == u'.')
        ++m_dotted;
    else if (p.separator == u'/')
        ++m_slashed;
}

void DateOrderDetector::merge(const DateOrderDetector &other)
{
    m_dayFirst += other.m_dayFirst;
    m_monthFirst += other.m_monthFirst;
    m_candidates += other.m_candidates;
    m_dotted += other.m_dotted;
    m_slashed += other.m_slashed;
}

DateOrderDetector::Verdict DateOrderDetector::verdict() const
{
    if (m_candidates == 0)
        return Verdict::NotNeeded;
    if (m_dayFirst > 0 && m_monthFirst > 0)
        return Verdict::Conflicting;
    if (m_dayFirst > 0)
        return Verdict::DayFirst;
    if (m_monthFirst > 0)
        return Verdict::MonthFirst;
    return Verdict::Ambiguous;
}

DateOrder DateOrderDetector::order() const
{
    switch (verdict()) {
    case Verdict::DayFirst:
        return DateOrder::DayFirst;
    case Verdict::MonthFirst:
        return DateOrder::MonthFirst;
    default:
        return DateOrder::Unknown;
    }
}

DateOrder DateOrderDetector::suggestion() const
{
    if (m_dayFirst > m_monthFirst)
        return DateOrder::DayFirst;
    if (m_monthFirst > m_dayFirst)
        return DateOrder::MonthFirst;
    return m_slashed > m_dotted ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("day-first");
    case DateOrder::MonthFirst:
        return QStringLiteral("month-first");
    case DateOrder::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DateOrder dateOrderFromName(QStringView name)
{
    if (name.compare(u"day-first", Qt::CaseInsensitive) == 0)
        return DateOrder::DayFirst;
    if (name.compare(u"month-first", Qt::CaseInsensitive) == 0)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

} // namespace godwit::engine
