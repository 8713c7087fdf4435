// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/normalized.h"

#include <QStringView>

namespace godwit::engine {

// Which of '.' and ',' is the decimal separator.
enum class DecimalStyle : quint8 {
    Auto,  // decide per value; a value that cannot be decided alone (1,234 or 1.234) is Ambiguous
    Point, // 1,234.56
    Comma, // 1.234,56
};

struct NumberOptions {
    DecimalStyle style = DecimalStyle::Auto;
};

struct NumberParse {
    NormalStatus status = NormalStatus::Invalid; // Unchanged = a number; Ambiguous; Empty; Invalid
    double value = 0;
    bool integer = false;  // no fractional digits (after % and exponent)
    bool percent = false;  // had a % sign (value is the fraction: 12% -> 0.12)
    bool currency = false; // had a currency sign or code
    // What this value says about the column on its own: Point (1,234.5 / 12.50), Comma
    // (1.234,5 / 12,50), or Auto (no evidence: 1234, 1,234, 1 234).
    DecimalStyle evidence = DecimalStyle::Auto;
    bool ok() const { return status == NormalStatus::Unchanged; }
};

// Reads numbers as people type them: thousands separators (, . space NBSP thin space ' ’),
// decimal point or comma, currency signs and codes before or after (€ $ £ ¥ ₹ CHF EUR USD ...),
// percent (12,5 % -> 0.125), signs before or after (-5, 5-, −5), accounting negatives ((1,234.00)),
// exponents without grouping (1.5e3).
NumberParse parseNumber(QStringView text, const NumberOptions &options = {});

// parseNumber to the canonical form: optional '-', digits without leading zeros, optional '.'
// and fraction without trailing zeros ("1.234,50 €" -> "1234.5", "(12%)" -> "-0.12", "-0" -> "0").
// Unchanged (no allocation) when the input is already canonical. `parse`, when given, receives
// the details (the value for min/max checks, integer or not).
Normalized normalizeNumber(QStringView raw, const NumberOptions &options = {}, NumberParse *parse = nullptr);

// The decimal style of a column from all its values; one per thread, merge() at the end.
class DecimalStyleDetector {
public:
    enum class Verdict : quint8 {
        NotNeeded,   // no value depends on the style
        Point,       // evidence for '.' only
        Comma,       // evidence for ',' only
        Ambiguous,   // values like 1,234 and nothing to decide them: ask
        Conflicting, // evidence both ways: ask
    };
    void add(QStringView value);
    void merge(const DecimalStyleDetector &other);
    Verdict verdict() const;
    DecimalStyle style() const; // Point/Comma when decided, else Auto

    qint64 pointEvidence() const { return m_point; }
    qint64 commaEvidence() const { return m_comma; }
    qint64 ambiguousValues() const { return m_ambiguous; }

private:
    qint64 m_point = 0;
    qint64 m_comma = 0;
    qint64 m_ambiguous = 0;
};

QString decimalStyleName(DecimalStyle style); // "auto", "point", "comma"
DecimalStyle decimalStyleFromName(QStringView name);

} // namespace godwit::engine
