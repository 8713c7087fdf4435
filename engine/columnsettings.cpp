// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/columnsettings.h"

namespace godwit::engine {

ColumnSettingsDetector::ColumnSettingsDetector(const TemplateColumn &column)
    : m_date(column.rule == RuleKind::Date || column.rule == RuleKind::DateTime)
    , m_number(column.rule == RuleKind::Number || column.rule == RuleKind::Decimal ||
               column.rule == RuleKind::Integer)
{}

void ColumnSettingsDetector::add(QStringView raw)
{
    if (m_date)
        m_dates.add(raw);
    else if (m_number)
        m_decimals.add(raw);
}

bool ColumnSettingsDetector::addDate(const DateParse &parsed, DateOrder order)
{
    return m_date && m_dates.add(parsed, order);
}

void ColumnSettingsDetector::merge(const ColumnSettingsDetector &other)
{
    m_dates.merge(other.m_dates);
    m_decimals.merge(other.m_decimals);
}

ColumnOptions ColumnSettingsDetector::apply(ColumnOptions base) const
{
    if (m_date && base.dateOrder == DateOrder::Unknown)
        base.dateOrder = m_dates.order();
    if (m_number && base.decimalStyle == DecimalStyle::Auto)
        base.decimalStyle = m_decimals.style();
    return base;
}

bool ColumnSettingsDetector::needsDateOrder(const ColumnOptions &base) const
{
    if (!m_date || base.dateOrder != DateOrder::Unknown)
        return false;
    const auto verdict = m_dates.verdict();
    return verdict == DateOrderDetector::Verdict::Ambiguous ||
           verdict == DateOrderDetector::Verdict::Conflicting;
}

bool ColumnSettingsDetector::needsDecimalStyle(const ColumnOptions &base) const
{
    if (!m_number || base.decimalStyle != DecimalStyle::Auto)
        return false;
    const auto verdict = m_decimals.verdict();
    return verdict == DecimalStyleDetector::Verdict::Ambiguous ||
           verdict == DecimalStyleDetector::Verdict::Conflicting;
}

DecimalStyle ColumnSettingsDetector::suggestedDecimalStyle() const
{
    // With evidence both ways, the majority; with none (only 1,234-like values), grouping
    // commas (Point) are the likelier reading worldwide.
    if (m_decimals.commaEvidence() > m_decimals.pointEvidence())
        return DecimalStyle::Comma;
    return DecimalStyle::Point;
}

} // namespace godwit::engine
