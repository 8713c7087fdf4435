// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/normalized.h"

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace godwit::engine {

// Order of the first two numbers in a date like 03/04/2024.
enum class DateOrder : quint8 {
    Unknown,    // not decided (yet): ambiguous values are reported as Ambiguous
    DayFirst,   // 03/04/2024 = 3 April
    MonthFirst, // 03/04/2024 = 4 March
};

enum class ExcelEpoch : quint8 {
    Excel1900, // Windows Excel: serial 1 = 1900-01-01, with the fictitious 1900-02-29 (serial 60)
    Excel1904, // old Mac Excel: serial 0 = 1904-01-01
};

struct DateOptions {
    DateOrder order = DateOrder::Unknown;
    bool excelSerials = true; // read a plain number (not 8 digits) as an Excel serial
    ExcelEpoch epoch = ExcelEpoch::Excel1900;
};

struct DateTimeValue {
    int year = 0;
    int month = 0;
    int day = 0;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    bool hasOffset = false; // Z, UTC, +01:00 ...
    int offsetMinutes = 0;
    friend bool operator==(const DateTimeValue &, const DateTimeValue &) = default;
};

struct DateParse {
    NormalStatus status = NormalStatus::Invalid; // Unchanged/Rewritten are not used here: Ok is `ok()`
    DateTimeValue value;
    // For a numeric day/month form (03/04/2024): the first and second numbers, else 0.
    int first = 0;
    int second = 0;
    char16_t separator = 0; // '/', '.', or '-' in that form
    bool fromSerial = false;
    bool ok() const { return status == NormalStatus::Unchanged; }
};

// Parses one date or date-time in the common formats: ISO (2024-03-15, 2024-03-15T10:30:00Z,
// 2024/03/15), numeric with day/month order (15.03.2024, 15/03/2024, 03/15/2024, 15-03-24),
// month names in English, German and French (15-Mar-2024, 15 March 2024, 15. März 2024,
// March 15, 2024, Fri, 15 Mar 2024), compact yyyymmdd, Excel serials (45000, 45000.5), each
// optionally followed by a time (HH:MM[:SS[.fff]] [AM|PM] [Z|UTC|GMT|±HH[:MM]]).
// Two-digit years: 00-68 -> 20xx, 69-99 -> 19xx (POSIX).
DateParse parseDate(QStringView text, const DateOptions &options = {});
// The same answer character by character for every form: parseDate decides the common plain
// shapes (yyyy-mm-dd, d.m.yyyy, d/m/yy, yyyymmdd, whole Excel serials) with integer arithmetic
// and comes here for the rest. Tests compare both.
DateParse parseDateGeneral(QStringView text, const DateOptions &options = {});

// The ISO 8601 form: yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss[.zzz][Z|±HH:MM] with a time.
QString toIsoString(const DateTimeValue &value);

// parseDate + toIsoString; Unchanged (no allocation) when the input is already ISO.
Normalized normalizeDate(QStringView raw, const DateOptions &options = {});
// The same, a rewritten value into `out` (assignNormal): no allocation once `out` has room.
// With `parse`, the parse it made goes there too (for DateOrderDetector::add(value, parse, order)).
NormalStatus normalizeDateInto(QStringView raw, const DateOptions &options, QString &out,
                               DateParse *parse = nullptr);
// What normalizeDateInto returns, without making the normal form (a pass that only counts).
NormalStatus dateStatus(QStringView raw, const DateOptions &options, DateParse *parse = nullptr);
// dateStatus() of a cell's UTF-8 bytes when they tell it without decoding: a date of parseDate's
// plain shapes in ASCII (yyyy-mm-dd, d.m.yyyy, d/m/yy, yyyymmdd, a whole Excel serial), trimmed of
// ASCII blanks, or blanks only (Empty, `parse` left alone). Nothing for anything else: dateStatus()
// of the decoded text decides then.
std::optional<NormalStatus> dateStatusOfBytes(QByteArrayView cell, const DateOptions &options,
                                              DateParse *parse = nullptr);

// Excel serial -> date (and time from the fraction). False for serials outside 1..2958465
// (1900 system; also 60, the 1900-02-29 that never was) or 0..2957003 (1904 system).
bool excelSerialToDate(double serial, ExcelEpoch epoch, DateTimeValue *out);

// Decides the day/month order of a column from all its values. Feed it every value (not just
// a sample): one 13/01/2024 anywhere decides day-first. Not thread-safe; use one per thread
// and merge().
class DateOrderDetector {
public:
    enum class Verdict : quint8 {
        NotNeeded,   // no value with a day/month ambiguity in form (ISO, month names, serials)
        DayFirst,    // some first number > 12, no second number > 12
        MonthFirst,  // some second number > 12, no first number > 12
        Ambiguous,   // all numbers <= 12: ask the user
        Conflicting, // evidence both ways: ask the user (or the column holds mixed formats)
    };

    void add(QStringView value);
    // add(value) given `parsed`, parseDate(value) with `order` (a pass that parses each value for
    // its status anyway): that parse serves unless the order places its day and month otherwise
    // than an undecided order would, and the value is parsed again only then.
    void add(QStringView value, const DateParse &parsed, DateOrder order);
    // The same without the value: false, nothing counted, when it is needed (add(value) then).
    bool add(const DateParse &parsed, DateOrder order);
    void merge(const DateOrderDetector &other);
    Verdict verdict() const;
    // The order to validate with: DayFirst/MonthFirst when decided, else Unknown.
    DateOrder order() const;
    // A guess for the question's default answer when undecided: day-first when most
    // day/month values use dots (a European habit), month-first when they use slashes.
    DateOrder suggestion() const;

    qint64 dayFirstEvidence() const { return m_dayFirst; }
    qint64 monthFirstEvidence() const { return m_monthFirst; }
    qint64 candidates() const { return m_candidates; }

private:
    void count(const DateParse &undecided); // a parse with the order undecided
    qint64 m_dayFirst = 0;
    qint64 m_monthFirst = 0;
    qint64 m_candidates = 0; // values of the form n/n/y with both n <= 31
    qint64 m_dotted = 0;
    qint64 m_slashed = 0;
};

QString dateOrderName(DateOrder order); // "unknown", "day-first", "month-first"
DateOrder dateOrderFromName(QStringView name);

} // namespace godwit::engine
