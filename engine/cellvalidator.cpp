// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/cellvalidator.h"

#include "engine/booleans.h"
#include "engine/emails.h"

#include <algorithm>

namespace godwit::engine {

namespace {

constexpr std::array<QStringView, kCellRuleCount> kRuleNames = {
    u"none",    u"required", u"strict",    u"enum",      u"email",  u"number", u"integer",
    u"decimal", u"date",     u"datetime",  u"boolean",   u"phone",  u"url",    u"uuid",
    u"min",     u"max",      u"minLength", u"maxLength", u"unique", u"link",
};

CellRule typeRuleOf(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Strict:
        return CellRule::Strict;
    case RuleKind::Link:
        return CellRule::Link;
    case RuleKind::Enum:
        return CellRule::Enum;
    case RuleKind::Email:
        return CellRule::Email;
    case RuleKind::Number:
        return CellRule::Number;
    case RuleKind::Date:
        return CellRule::Date;
    case RuleKind::Integer:
        return CellRule::Integer;
    case RuleKind::Decimal:
        return CellRule::Decimal;
    case RuleKind::Boolean:
        return CellRule::Boolean;
    case RuleKind::DateTime:
        return CellRule::DateTime;
    case RuleKind::Phone:
        return CellRule::Phone;
    case RuleKind::Url:
        return CellRule::Url;
    case RuleKind::Uuid:
        return CellRule::Uuid;
    case RuleKind::None:
    case RuleKind::Unknown:
        break;
    }
    return CellRule::None;
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QString cellRuleName(CellRule rule)
{
    return kRuleNames[size_t(rule)].toString();
}

std::optional<CellRule> cellRuleFromName(QStringView name)
{
    for (size_t i = 0; i < kRuleNames.size(); ++i) {
        if (kRuleNames[i] == name)
            return CellRule(i);
    }
    return std::nullopt;
}

ColumnValidator::ColumnValidator(const TemplateColumn &column, const ColumnOptions &options)
    : m_column(column)
    , m_options(options)
    , m_typeRule(typeRuleOf(column.rule))
    , m_hasLimits(column.minimum || column.maximum || column.minLength || column.maxLength)
{
    if (column.rule == RuleKind::Phone)
        m_phones.emplace(options.defaultRegion.isEmpty() ? QStringView(u"ZZ")
                                                         : QStringView(options.defaultRegion));
    switch (column.rule) {
    case RuleKind::Unknown:
        m_unchecked = true;
        m_setupProblem = QStringLiteral("unknown rule \"%1\"").arg(column.ruleName);
        break;
    case RuleKind::Strict:
        m_strict.setPattern(column.strictRule);
        if (column.strictRule.isEmpty()) {
            m_unchecked = true;
            m_setupProblem = QStringLiteral("strict rule without a pattern");
        } else if (!m_strict.isValid()) {
            m_unchecked = true;
            m_setupProblem = QStringLiteral("invalid pattern: %1 at offset %2")
                                 .arg(m_strict.errorString())
                                 .arg(m_strict.patternErrorOffset());
        } else {
            m_strict.optimize(); // compile (and JIT) now, not in the first worker thread
        }
        break;
    case RuleKind::Enum:
        m_enum = EnumMatcher(column.enumValues, options.enumAliases);
        if (column.enumValues.isEmpty()) {
            m_unchecked = true;
            m_setupProblem = QStringLiteral("enum rule without values");
        }
        break;
    default:
        break;
    }

    auto &m = m_messages;
    m[size_t(CellRule::Required)] = QStringLiteral("a value is required");
    m[size_t(CellRule::Strict)] = QStringLiteral("does not match the pattern %1").arg(column.strictRule);
    {
        QStringList shown = column.enumValues.mid(0, 10);
        if (column.enumValues.size() > 10)
            shown.append(QStringLiteral("…"));
        m[size_t(CellRule::Enum)] = QStringLiteral("not one of: %1").arg(shown.join(QStringLiteral(", ")));
    }
    m[size_t(CellRule::Email)] = QStringLiteral("not a valid e-mail address");
    m[size_t(CellRule::Number)] = QStringLiteral("not a number");
    m[size_t(CellRule::Integer)] = QStringLiteral("not a whole number");
    m[size_t(CellRule::Decimal)] = QStringLiteral("not a decimal number");
    m[size_t(CellRule::Date)] = QStringLiteral("not a date");
    m[size_t(CellRule::DateTime)] = QStringLiteral("not a date and time");
    m[size_t(CellRule::Boolean)] = QStringLiteral("not a yes/no value");
    if (m_phones && m_phones->hasDefaultRegion())
        m[size_t(CellRule::Phone)] =
            QStringLiteral("not a valid phone number for region %1").arg(m_phones->defaultRegion());
    else
        m[size_t(CellRule::Phone)] = QStringLiteral("not a valid phone number with a country code (+...)");
    m[size_t(CellRule::Url)] = QStringLiteral("not a web address (http, https, ftp)");
    m[size_t(CellRule::Uuid)] = QStringLiteral("not a UUID");
    if (column.minimum)
        m[size_t(CellRule::Min)] = QStringLiteral("less than the minimum %1").arg(number(*column.minimum));
    if (column.maximum)
        m[size_t(CellRule::Max)] = QStringLiteral("more than the maximum %1").arg(number(*column.maximum));
    if (column.minLength)
        m[size_t(CellRule::MinLength)] = QStringLiteral("shorter than %1 characters").arg(*column.minLength);
    if (column.maxLength)
        m[size_t(CellRule::MaxLength)] = QStringLiteral("longer than %1 characters").arg(*column.maxLength);
    m[size_t(CellRule::Unique)] = QStringLiteral("the same value is in an earlier row");
    {
        QStringList targets;
        for (const LinkTarget &target : column.linkRule)
            targets.append(target.columnName);
        m[size_t(CellRule::Link)] = QStringLiteral("not found in %1").arg(targets.join(QStringLiteral(", ")));
    }
    if (column.rule == RuleKind::Date || column.rule == RuleKind::DateTime)
        m_ambiguousMessage =
            QStringLiteral("day and month could be either way round; the column's date order is "
                           "not decided");
    else
        m_ambiguousMessage = QStringLiteral("1,234 or 1.234: the column's decimal separator is not decided");
}

CellResult ColumnValidator::fail(CellRule rule, bool ambiguous) const
{
    CellResult r;
    fail(r, rule, ambiguous);
    return r;
}

void ColumnValidator::fail(CellResult &r, CellRule rule, bool ambiguous) const
{
    r.ok = false;
    r.failed = rule;
    r.ambiguous = ambiguous;
    r.message = ambiguous ? m_ambiguousMessage : m_messages[size_t(rule)];
}

CellResult ColumnValidator::validate(QStringView raw) const
{
    CellResult r;
    validate(raw, r);
    return r;
}

void ColumnValidator::validate(QStringView raw, CellResult &r) const
{
    // Back to a passing result; the strings are only touched when they hold something.
    r.ok = true;
    r.empty = false;
    r.rewritten = false;
    r.unchecked = false;
    r.ambiguous = false;
    r.failed = CellRule::None;
    if (!r.value.isEmpty())
        r.value.resize(0); // keeps its storage for the next rewritten value
    if (!r.message.isNull())
        r.message.clear();
    const QStringView t = trimmedView(raw);
    if (t.isEmpty()) {
        r.empty = true;
        if (m_column.required)
            fail(r, CellRule::Required);
        return;
    }
    if (m_unchecked) {
        r.unchecked = true;
        if (m_hasLimits)
            checkLimits(t, std::nullopt, &r);
        return;
    }
    typed(t, r);
}

void ColumnValidator::typed(QStringView t, CellResult &r) const
{
    Normalized n;
    bool inPlace = false; // the rewritten value is already in r.value
    std::optional<double> value;
    switch (m_column.rule) {
    case RuleKind::None:
    case RuleKind::Link:
    case RuleKind::Unknown:
        break;
    case RuleKind::Strict:
        if (!m_strict.match(t).hasMatch())
            return fail(r, CellRule::Strict);
        break;
    case RuleKind::Enum:
        n = m_enum.normalize(t);
        break;
    case RuleKind::Email:
        n = normalizeEmail(t);
        break;
    case RuleKind::Number:
    case RuleKind::Decimal:
    case RuleKind::Integer: {
        NumberParse parse;
        n = normalizeNumber(t, NumberOptions{m_options.decimalStyle}, &parse);
        if (n.status == NormalStatus::Ambiguous)
            return fail(r, m_typeRule, true);
        if (n.ok()) {
            if (m_column.rule == RuleKind::Integer && !parse.integer)
                return fail(r, CellRule::Integer);
            value = parse.value;
        }
        break;
    }
    case RuleKind::Date:
    case RuleKind::DateTime:
        // Dates and phones are nearly always rewritten: straight into the result's string.
        n.status = normalizeDateInto(
            t, DateOptions{m_options.dateOrder, m_options.excelSerials, m_options.excelEpoch}, r.value);
        if (n.status == NormalStatus::Ambiguous)
            return fail(r, m_typeRule, true);
        inPlace = true;
        break;
    case RuleKind::Boolean:
        n = normalizeBoolean(t);
        break;
    case RuleKind::Phone:
        n.status = m_phones->normalizeInto(t, r.value);
        inPlace = true;
        break;
    case RuleKind::Url:
        n = normalizeUrl(t);
        break;
    case RuleKind::Uuid:
        n = normalizeUuid(t);
        break;
    }
    if (!n.ok())
        return fail(r, m_typeRule);
    if (n.status == NormalStatus::Rewritten) {
        r.rewritten = true;
        if (!inPlace)
            r.value = std::move(n.value);
    }
    if (m_hasLimits)
        checkLimits(r.rewritten ? QStringView(r.value) : t, value, &r);
}

bool ColumnValidator::checkLimits(QStringView normal, std::optional<double> number, CellResult *result) const
{
    CellRule failed = CellRule::None;
    if (number && m_column.minimum && *number < *m_column.minimum)
        failed = CellRule::Min;
    else if (number && m_column.maximum && *number > *m_column.maximum)
        failed = CellRule::Max;
    else if (m_column.minLength || m_column.maxLength) {
        // Characters are at most the UTF-16 units and at least half of them (a surrogate pair is
        // two units): counted only when the units alone cannot decide.
        const qsizetype units = normal.size();
        const bool decided = (!m_column.maxLength || units <= *m_column.maxLength) &&
                             (!m_column.minLength || (units + 1) / 2 >= *m_column.minLength);
        const qsizetype length = decided ? units : characterCount(normal);
        if (m_column.minLength && length < *m_column.minLength)
            failed = CellRule::MinLength;
        else if (m_column.maxLength && length > *m_column.maxLength)
            failed = CellRule::MaxLength;
    }
    if (failed == CellRule::None)
        return true;
    result->ok = false;
    result->failed = failed;
    result->message = m_messages[size_t(failed)];
    return false;
}

void ColumnTally::addInvalid(const CellResult &result, QStringView raw, qint64 row)
{
    ++m_invalid;
    if (result.ambiguous)
        ++m_ambiguous;
    record(result.failed, raw, row);
}

void ColumnTally::addFailure(CellRule rule, QStringView raw, qint64 row)
{
    ++m_invalid;
    record(rule, raw, row);
}

void ColumnTally::record(CellRule rule, QStringView raw, qint64 row)
{
    RuleTally &t = m_rules[size_t(rule)];
    ++t.count;
    if (t.samples.size() < m_maxSamples && !t.samples.contains(raw))
        t.samples.append(raw.toString());
    if (t.firstRows.size() < m_maxSamples)
        t.firstRows.append(row);
}

void ColumnTally::shiftRows(qint64 delta)
{
    for (RuleTally &tally : m_rules) {
        for (qint64 &row : tally.firstRows)
            row += delta;
    }
}

void ColumnTally::merge(const ColumnTally &other)
{
    m_cells += other.m_cells;
    m_invalid += other.m_invalid;
    m_empty += other.m_empty;
    m_rewritten += other.m_rewritten;
    m_unchecked += other.m_unchecked;
    m_ambiguous += other.m_ambiguous;
    for (size_t i = 0; i < m_rules.size(); ++i) {
        RuleTally &mine = m_rules[i];
        const RuleTally &theirs = other.m_rules[i];
        mine.count += theirs.count;
        for (const QString &sample : theirs.samples) {
            if (mine.samples.size() >= m_maxSamples)
                break;
            if (!mine.samples.contains(sample))
                mine.samples.append(sample);
        }
        mine.firstRows.append(theirs.firstRows);
        std::sort(mine.firstRows.begin(), mine.firstRows.end());
        if (mine.firstRows.size() > m_maxSamples)
            mine.firstRows.resize(m_maxSamples);
    }
}

QList<CellRule> ColumnTally::failedRules() const
{
    QList<CellRule> rules;
    for (size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].count > 0)
            rules.append(CellRule(i));
    }
    std::stable_sort(rules.begin(), rules.end(),
                     [this](CellRule a, CellRule b) { return rule(a).count > rule(b).count; });
    return rules;
}

} // namespace godwit::engine
