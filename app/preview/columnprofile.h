// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What one column of a file holds, from a single pass over its values: the type most values
// fit, blanks, distinct values (HyperLogLog estimate), minimum and maximum in that type's order,
// the most frequent values, values that do not fit, and a histogram of value lengths. One
// ColumnProfiler per thread over consecutive rows, merge() in row order.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <vector>

namespace godwit::app {

enum class ValueType : quint8 { Empty, Integer, Decimal, Date, Boolean, Email, Text };
constexpr int kValueTypeCount = 7;

// Distinct-value estimate (Flajolet et al. 2007, with linear counting for small sets).
// 2^14 one-byte registers: about 0.8 % standard error.
class HyperLogLog {
public:
    static constexpr int kPrecision = 14;
    HyperLogLog();
    void add(std::uint64_t hash);
    void merge(const HyperLogLog &other);
    double estimate() const;

private:
    std::vector<quint8> m_registers;
};

struct ValueCount {
    QString value;
    qint64 count = 0;
};

struct ValueSample {
    QString value;
    qint64 line = 0; // physical line of the row in the file
};

struct ColumnProfile {
    static constexpr int kLengthBuckets = 129; // lengths 0..127, and 128 or more

    int column = -1;
    qint64 values = 0;  // rows that have this column
    qint64 missing = 0; // rows too short to have it (ragged)
    qint64 blanks = 0;  // empty or white space only
    qint64 distinct = 0;
    bool distinctExact = false;

    ValueType type = ValueType::Empty;
    qint64 fitting = 0; // non-blank values of that type
    QString min;        // in the type's order (numbers by value, dates by date, text by code point)
    QString max;
    qsizetype minLength = 0;
    qsizetype maxLength = 0;

    QList<ValueCount> topValues; // most frequent first
    bool topValuesExact = true;  // false: too many distinct values to count them all
    QList<ValueSample> misfits;  // the first non-blank values that do not fit `type`
    qint64 misfitCount = 0;
    std::array<qint64, kLengthBuckets> lengths{};

    qint64 nonBlank() const { return values - blanks; }
};

class ColumnProfiler {
public:
    static constexpr int kMaxTopValues = 10;
    static constexpr int kMaxMisfits = 12;
    static constexpr qsizetype kMaxCountedValues = 50000; // distinct values counted exactly
    static constexpr qsizetype kMaxKeyChars = 200;
    static constexpr qsizetype kMaxTypedChars = 100; // longer values are text

    explicit ColumnProfiler(int column = -1);

    void add(QStringView value, qint64 line);
    void addMissing() { ++m_missing; }
    // `later` profiled the rows after this one's.
    void merge(const ColumnProfiler &later);
    ColumnProfile result() const;

    qint64 values() const { return m_values; }

private:
    struct Extreme {
        bool set = false;
        double number = 0;
        QString text;
    };
    void keepMisfit(int type, QStringView value, qint64 line);
    static void keepMin(Extreme &e, double number, QStringView text);
    static void keepMax(Extreme &e, double number, QStringView text);

    int m_column;
    qint64 m_values = 0;
    qint64 m_missing = 0;
    qint64 m_blanks = 0;
    std::array<qint64, kValueTypeCount> m_fits{};
    std::array<QList<ValueSample>, kValueTypeCount> m_misfits;
    std::array<qint64, kValueTypeCount> m_misfitCounts{};
    Extreme m_minNumber, m_maxNumber; // numbers: by value
    Extreme m_minDate, m_maxDate;     // dates: by ISO form
    Extreme m_minText, m_maxText;     // everything: by code point
    qsizetype m_minLength = -1;
    qsizetype m_maxLength = 0;
    HyperLogLog m_hll;
    // Values counted exactly, by a 64-bit hash of the value (no string made to look one up).
    struct Counted {
        QString value;
        qint64 count = 0;
    };
    QHash<quint64, Counted> m_counts;
    bool m_countsFull = false;
    std::array<qint64, ColumnProfile::kLengthBuckets> m_lengths{};
};

} // namespace godwit::app
