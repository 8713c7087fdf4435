// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/dates.h"
#include "engine/numbers.h"
#include "engine/phones.h"
#include "engine/template.h"
#include "engine/textrules.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace godwit::engine {

// The rule a cell failed. Names (cellRuleName) are what reports and questions show as `error`.
enum class CellRule : quint8 {
    None,
    Required,
    Strict,
    Enum,
    Email,
    Number,
    Integer,
    Decimal,
    Date,
    DateTime,
    Boolean,
    Phone,
    Url,
    Uuid,
    Min,
    Max,
    MinLength,
    MaxLength,
    Unique, // whole-file: UniqueTracker
    Link,   // whole-file: LinkIndex
};
constexpr int kCellRuleCount = int(CellRule::Link) + 1;

// "required", "strict", "enum", "email", "number", "integer", "decimal", "date", "datetime",
// "boolean", "phone", "url", "uuid", "min", "max", "minLength", "maxLength", "unique", "link".
QString cellRuleName(CellRule rule);
std::optional<CellRule> cellRuleFromName(QStringView name);

// Column settings a template does not carry: decided from the data (DateOrderDetector,
// DecimalStyleDetector) or answered by the user, and kept in the plan.
struct ColumnOptions {
    DateOrder dateOrder = DateOrder::Unknown;
    bool excelSerials = true;
    ExcelEpoch excelEpoch = ExcelEpoch::Excel1900;
    DecimalStyle decimalStyle = DecimalStyle::Auto;
    QString defaultRegion;               // phones, ISO 3166 alpha-2; empty: numbers need a country code
    QHash<QString, QString> enumAliases; // alias -> one of the column's enum values
};

struct CellResult {
    bool ok = true;
    bool empty = false;     // empty after trimming (ok unless required)
    bool rewritten = false; // `value` holds the normal form; otherwise the trimmed raw value is normal
    bool unchecked = false; // the column's rule could not be checked (unknown rule, broken regex)
    bool ambiguous = false; // failed only because a column setting is undecided (date order, decimal style)
    CellRule failed = CellRule::None;
    QString value;   // with `rewritten`
    QString message; // with !ok; shared between the cells of a column, not built per cell

    // The normal form as a view: `value` or the trimmed `raw`.
    QStringView normal(QStringView raw) const { return rewritten ? QStringView(value) : trimmedView(raw); }
};

// Validates and normalises the cells of one template column. Everything expensive (the strict
// regex, the enum table, messages) is prepared once in the constructor; validate() is const,
// allocates nothing for a value that is already normal, and may be called from several threads
// on the same validator.
class ColumnValidator {
public:
    explicit ColumnValidator(const TemplateColumn &column, const ColumnOptions &options = {});

    CellResult validate(QStringView raw) const;
    // The same into `result` (overwritten whole): a pass over millions of cells reuses one
    // CellResult per column instead of building, moving and destroying one per cell.
    void validate(QStringView raw, CellResult &result) const;

    const TemplateColumn &column() const { return m_column; }
    const ColumnOptions &options() const { return m_options; }
    // The rule reported when a value is not of the column's type (Email for an e-mail column...).
    CellRule typeRule() const { return m_typeRule; }
    bool checksUnique() const { return m_column.unique; }
    bool checksLink() const { return m_column.rule == RuleKind::Link && !m_column.linkRule.isEmpty(); }
    // True when the type rule cannot be checked: unknown rule, strict without a valid regex,
    // enum without values. Such cells pass and count as unchecked.
    bool isUnchecked() const { return m_unchecked; }
    QString setupProblem() const { return m_setupProblem; } // why it is unchecked
    // True when the column has min, max, minLength or maxLength.
    bool hasLimits() const { return m_hasLimits; }
    // A phone column's normaliser (null for other columns).
    const PhoneNormalizer *phones() const { return m_phones ? &*m_phones : nullptr; }

private:
    CellResult fail(CellRule rule, bool ambiguous = false) const;
    void fail(CellResult &r, CellRule rule, bool ambiguous = false) const;
    void typed(QStringView trimmed, CellResult &r) const;
    bool checkLimits(QStringView normal, std::optional<double> number, CellResult *result) const;

    TemplateColumn m_column;
    ColumnOptions m_options;
    CellRule m_typeRule = CellRule::None;
    bool m_hasLimits = false; // min, max, minLength or maxLength
    bool m_unchecked = false;
    QString m_setupProblem;
    QRegularExpression m_strict;
    EnumMatcher m_enum;
    std::optional<PhoneNormalizer> m_phones; // only for phone columns: libphonenumber is slow to load
    std::array<QString, kCellRuleCount> m_messages;
    QString m_ambiguousMessage;
};

// Counts of one column's results, per rule, with a few samples: what a report needs. One per
// thread, merge() at the end.
struct RuleTally {
    qint64 count = 0;
    QStringList samples;     // distinct raw values, at most ColumnTally::maxSamples
    QList<qint64> firstRows; // rows of the first failures, at most ColumnTally::maxSamples
};

class ColumnTally {
public:
    explicit ColumnTally(int maxSamples = 5)
        : m_maxSamples(maxSamples)
    {}

    // Inline: once per cell of a pass; only a failure leaves the fast path.
    void add(const CellResult &result, QStringView raw, qint64 row)
    {
        ++m_cells;
        m_empty += result.empty;
        m_rewritten += result.rewritten;
        m_unchecked += result.unchecked;
        if (!result.ok)
            addInvalid(result, raw, row);
    }
    // `cells` cells that passed, of which `empty` were empty, `rewritten` rewritten and
    // `unchecked` unchecked.
    void addPassing(qint64 cells, qint64 empty, qint64 rewritten, qint64 unchecked)
    {
        m_cells += cells;
        m_empty += empty;
        m_rewritten += rewritten;
        m_unchecked += unchecked;
    }
    // A whole-file failure (unique, link) found after validate().
    void addFailure(CellRule rule, QStringView raw, qint64 row);
    void merge(const ColumnTally &other);
    // Adds `delta` to every row kept (a range numbered before its place in the file was known).
    void shiftRows(qint64 delta);

    qint64 cells() const { return m_cells; }
    qint64 invalid() const { return m_invalid; }
    qint64 empty() const { return m_empty; }
    qint64 rewritten() const { return m_rewritten; }
    qint64 unchecked() const { return m_unchecked; }
    qint64 ambiguous() const { return m_ambiguous; }
    const RuleTally &rule(CellRule rule) const { return m_rules[size_t(rule)]; }
    QList<CellRule> failedRules() const; // rules with count > 0, most frequent first

private:
    void addInvalid(const CellResult &result, QStringView raw, qint64 row);
    void record(CellRule rule, QStringView raw, qint64 row);

    int m_maxSamples;
    qint64 m_cells = 0;
    qint64 m_invalid = 0;
    qint64 m_empty = 0;
    qint64 m_rewritten = 0;
    qint64 m_unchecked = 0;
    qint64 m_ambiguous = 0;
    std::array<RuleTally, kCellRuleCount> m_rules;
};

} // namespace godwit::engine
