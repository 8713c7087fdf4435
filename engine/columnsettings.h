// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/cellvalidator.h"
#include "engine/dates.h"
#include "engine/numbers.h"
#include "engine/template.h"

#include <QStringView>

namespace godwit::engine {

// The column settings that come from the data rather than from the template: the day/month
// order of a date column and the decimal separator of a number column, each decided from every
// value of the column. Feed all values (one detector per thread, merge() at the end), then
// apply() to the options a ColumnValidator is built with. What stays undecided becomes a
// question for the user (needsDateOrder / needsDecimalStyle), with a suggested answer.
class ColumnSettingsDetector {
public:
    explicit ColumnSettingsDetector(const TemplateColumn &column);

    void add(QStringView raw);
    // add(raw) for a date column given the parse of it with `order` (DateOrderDetector::add):
    // false, nothing counted, when the value is needed (add(raw) then).
    bool addDate(const DateParse &parsed, DateOrder order);
    void merge(const ColumnSettingsDetector &other);

    // `base` with the decided settings filled in. Settings already set in `base` (the user's
    // answer, kept in the plan) win over the data.
    ColumnOptions apply(ColumnOptions base) const;

    bool isDateColumn() const { return m_date; }
    bool isNumberColumn() const { return m_number; }
    // The data leaves the setting open (and `base` did not set it).
    bool needsDateOrder(const ColumnOptions &base = {}) const;
    bool needsDecimalStyle(const ColumnOptions &base = {}) const;
    DateOrder suggestedDateOrder() const { return m_dates.suggestion(); }
    DecimalStyle suggestedDecimalStyle() const;

    const DateOrderDetector &dates() const { return m_dates; }
    const DecimalStyleDetector &decimals() const { return m_decimals; }

private:
    bool m_date = false;
    bool m_number = false;
    DateOrderDetector m_dates;
    DecimalStyleDetector m_decimals;
};

} // namespace godwit::engine
