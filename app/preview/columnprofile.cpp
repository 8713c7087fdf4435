// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/columnprofile.h"

#include "engine/booleans.h"
#include "engine/dates.h"
#include "engine/emails.h"
#include "engine/normalized.h"
#include "engine/numbers.h"

#include <QHashFunctions>

#include <algorithm>
#include <bit>
#include <cmath>

namespace godwit::app {

namespace {

std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Types that are checked, in the order that wins a tie (the more specific first).
constexpr ValueType kChecked[] = {ValueType::Integer, ValueType::Decimal, ValueType::Date, ValueType::Boolean,
                                  ValueType::Email};
constexpr double kInferShare = 0.9; // a type fits a column when this share of its values fit it

bool hasDigit(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            return true;
    }
    return false;
}

} // namespace

HyperLogLog::HyperLogLog()
    : m_registers(std::size_t(1) << kPrecision, 0)
{}

void HyperLogLog::add(std::uint64_t hash)
{
    const std::size_t index = std::size_t(hash >> (64 - kPrecision));
    const std::uint64_t rest = (hash << kPrecision) | (std::uint64_t(1) << (kPrecision - 1));
    const auto rank = quint8(std::countl_zero(rest) + 1);
    if (rank > m_registers[index])
        m_registers[index] = rank;
}

void HyperLogLog::merge(const HyperLogLog &other)
{
    for (std::size_t i = 0; i < m_registers.size(); ++i)
        m_registers[i] = std::max(m_registers[i], other.m_registers[i]);
}

double HyperLogLog::estimate() const
{
    const double m = double(m_registers.size());
    double sum = 0;
    int zeros = 0;
    for (const quint8 r : m_registers) {
        sum += std::ldexp(1.0, -int(r));
        zeros += r == 0;
    }
    const double alpha = 0.7213 / (1.0 + 1.079 / m);
    const double raw = alpha * m * m / sum;
    if (raw <= 2.5 * m && zeros > 0)
        return m * std::log(m / double(zeros)); // linear counting for small sets
    return raw;
}

ColumnProfiler::ColumnProfiler(int column)
    : m_column(column)
{}

void ColumnProfiler::keepMin(Extreme &e, double number, QStringView text)
{
    if (!e.set || number < e.number) {
        e = {true, number, text.toString()};
    }
}

void ColumnProfiler::keepMax(Extreme &e, double number, QStringView text)
{
    if (!e.set || number > e.number) {
        e = {true, number, text.toString()};
    }
}

void ColumnProfiler::keepMisfit(int type, QStringView value, qint64 line)
{
    ++m_misfitCounts[std::size_t(type)];
    QList<ValueSample> &samples = m_misfits[std::size_t(type)];
    if (samples.size() < kMaxMisfits)
        samples.append({value.left(kMaxKeyChars).toString(), line});
}

void ColumnProfiler::add(QStringView value, qint64 line)
{
    ++m_values;
    ++m_lengths[std::size_t(std::min<qsizetype>(value.size(), ColumnProfile::kLengthBuckets - 1))];
    const QStringView t = engine::trimmedView(value);
    if (t.isEmpty()) {
        ++m_blanks;
        return;
    }
    m_minLength = m_minLength < 0 ? value.size() : std::min(m_minLength, value.size());
    m_maxLength = std::max(m_maxLength, value.size());

    const QStringView key = t.left(kMaxKeyChars);
    const quint64 hash = mix(qHash(t, 0));
    m_hll.add(hash);
    if (auto it = m_counts.find(hash); it != m_counts.end()) {
        ++it->count;
    } else if (!m_countsFull) {
        m_counts.insert(hash, {key.toString(), 1});
        if (m_counts.size() >= kMaxCountedValues)
            m_countsFull = true;
    }
    if (!m_minText.set || QStringView(m_minText.text) > key)
        m_minText = {true, 0, key.toString()};
    if (!m_maxText.set || QStringView(m_maxText.text) < key)
        m_maxText = {true, 0, key.toString()};

    ++m_fits[std::size_t(ValueType::Text)];
    bool fits[kValueTypeCount] = {};
    const bool at = t.contains(QLatin1Char('@'));
    if (t.size() <= kMaxTypedChars) {
        if (!at && hasDigit(t)) { // no number or date has an '@'
            const engine::NumberParse number = engine::parseNumber(t);
            if (number.status == engine::NormalStatus::Unchanged ||
                number.status == engine::NormalStatus::Ambiguous) {
                fits[int(ValueType::Decimal)] = true;
                fits[int(ValueType::Integer)] = number.integer && !number.percent;
                if (number.status == engine::NormalStatus::Unchanged) {
                    keepMin(m_minNumber, number.value, t);
                    keepMax(m_maxNumber, number.value, t);
                }
            }
            engine::DateOptions dateOptions;
            dateOptions.excelSerials = false; // a plain number is a number here
            const engine::DateParse date = engine::parseDate(t, dateOptions);
            if (date.ok() || date.status == engine::NormalStatus::Ambiguous) {
                fits[int(ValueType::Date)] = true;
                if (date.ok()) {
                    const QString iso = engine::toIsoString(date.value);
                    if (!m_minDate.set || iso < m_minDate.text)
                        m_minDate = {true, 0, iso};
                    if (!m_maxDate.set || iso > m_maxDate.text)
                        m_maxDate = {true, 0, iso};
                }
            }
        }
        if (t.size() <= 6) {
            const engine::BooleanValue b = engine::parseBoolean(t);
            fits[int(ValueType::Boolean)] =
                b == engine::BooleanValue::True || b == engine::BooleanValue::False;
        }
        if (at)
            fits[int(ValueType::Email)] = engine::isValidEmail(t);
    }
    for (const ValueType type : kChecked) {
        if (fits[int(type)])
            ++m_fits[std::size_t(type)];
        else
            keepMisfit(int(type), value, line);
    }
}

void ColumnProfiler::merge(const ColumnProfiler &later)
{
    m_values += later.m_values;
    m_missing += later.m_missing;
    m_blanks += later.m_blanks;
    for (int t = 0; t < kValueTypeCount; ++t) {
        m_fits[std::size_t(t)] += later.m_fits[std::size_t(t)];
        m_misfitCounts[std::size_t(t)] += later.m_misfitCounts[std::size_t(t)];
        QList<ValueSample> &samples = m_misfits[std::size_t(t)];
        for (const ValueSample &s : later.m_misfits[std::size_t(t)]) {
            if (samples.size() >= kMaxMisfits)
                break;
            samples.append(s);
        }
    }
    const auto mergeNumber = [](Extreme &mine, const Extreme &theirs, bool lower) {
        if (theirs.set && (!mine.set || (lower ? theirs.number < mine.number : theirs.number > mine.number)))
            mine = theirs;
    };
    mergeNumber(m_minNumber, later.m_minNumber, true);
    mergeNumber(m_maxNumber, later.m_maxNumber, false);
    const auto mergeText = [](Extreme &mine, const Extreme &theirs, bool lower) {
        if (theirs.set && (!mine.set || (lower ? theirs.text < mine.text : theirs.text > mine.text)))
            mine = theirs;
    };
    mergeText(m_minDate, later.m_minDate, true);
    mergeText(m_maxDate, later.m_maxDate, false);
    mergeText(m_minText, later.m_minText, true);
    mergeText(m_maxText, later.m_maxText, false);
    if (later.m_minLength >= 0)
        m_minLength = m_minLength < 0 ? later.m_minLength : std::min(m_minLength, later.m_minLength);
    m_maxLength = std::max(m_maxLength, later.m_maxLength);
    for (std::size_t i = 0; i < m_lengths.size(); ++i)
        m_lengths[i] += later.m_lengths[i];
    m_hll.merge(later.m_hll);
    for (auto it = later.m_counts.cbegin(); it != later.m_counts.cend(); ++it) {
        if (auto mine = m_counts.find(it.key()); mine != m_counts.end()) {
            mine->count += it->count;
        } else if (!m_countsFull) {
            m_counts.insert(it.key(), it.value());
            if (m_counts.size() >= kMaxCountedValues)
                m_countsFull = true;
        }
    }
    m_countsFull = m_countsFull || later.m_countsFull;
}

ColumnProfile ColumnProfiler::result() const
{
    ColumnProfile p;
    p.column = m_column;
    p.values = m_values;
    p.missing = m_missing;
    p.blanks = m_blanks;
    p.lengths = m_lengths;
    p.minLength = std::max<qsizetype>(0, m_minLength);
    p.maxLength = m_maxLength;

    const qint64 nonBlank = m_values - m_blanks;
    if (nonBlank == 0) {
        p.type = ValueType::Empty;
    } else {
        p.type = ValueType::Text;
        qint64 best = 0;
        for (const ValueType type : kChecked) {
            const qint64 fits = m_fits[std::size_t(type)];
            if (double(fits) >= kInferShare * double(nonBlank) && fits > best) {
                best = fits;
                p.type = type;
            }
        }
    }
    p.fitting = p.type == ValueType::Empty ? 0 : m_fits[std::size_t(p.type)];
    if (p.type != ValueType::Text && p.type != ValueType::Empty) {
        p.misfits = m_misfits[std::size_t(p.type)];
        p.misfitCount = m_misfitCounts[std::size_t(p.type)];
    }
    switch (p.type) {
    case ValueType::Integer:
    case ValueType::Decimal:
        p.min = m_minNumber.text;
        p.max = m_maxNumber.text;
        break;
    case ValueType::Date:
        p.min = m_minDate.text;
        p.max = m_maxDate.text;
        break;
    case ValueType::Empty:
        break;
    default:
        p.min = m_minText.text;
        p.max = m_maxText.text;
        break;
    }

    p.topValuesExact = !m_countsFull;
    p.distinctExact = !m_countsFull;
    p.distinct = m_countsFull ? std::max<qint64>(qint64(std::llround(m_hll.estimate())), m_counts.size())
                              : qint64(m_counts.size());
    std::vector<std::pair<qint64, const QString *>> counts;
    counts.reserve(std::size_t(m_counts.size()));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counts.emplace_back(it->count, &it->value);
    const std::size_t top = std::min<std::size_t>(counts.size(), kMaxTopValues);
    std::partial_sort(counts.begin(), counts.begin() + std::ptrdiff_t(top), counts.end(),
                      [](const auto &a, const auto &b) {
                          return a.first != b.first ? a.first > b.first : *a.second < *b.second;
                      });
    for (std::size_t i = 0; i < top; ++i)
        p.topValues.append({*counts[i].second, counts[i].first});
    return p;
}

} // namespace godwit::app
