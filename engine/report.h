// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/cellvalidator.h"
#include "engine/crosschecks.h"
#include "engine/template.h"
#include "engine/uniquespill.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace godwit::engine {

// One failed cell kept as an example: the raw value and its row number (as given by the caller).
struct CellSample {
    QString value;
    qint64 row = 0;
    friend bool operator==(const CellSample &, const CellSample &) = default;
};

// The validation report of one sheet (one template), accumulated row by row. One report per
// thread over its own rows, merge() at the end: the result equals one report over all rows
// (counts add up; samples are the failures with the lowest row numbers).
class ValidationReport {
public:
    ValidationReport() = default;
    ValidationReport(const Template &tmpl, const QString &sheetId, int maxSamples = 5);

    // One row: `raw` and `results` in template column order (missing trailing cells: empty).
    void addRow(qint64 row, const QList<QString> &raw, const QList<CellResult> &results);
    // The same with the cells as views (a pass decodes a row's cells into one buffer).
    void addRow(qint64 row, std::span<const QStringView> raw, const QList<CellResult> &results);
    // `rows` rows whose every cell passed, given only by what the tallies count: per template
    // column, how many of those cells were empty, rewritten, unchecked (PassingLane).
    void addPassingRows(qint64 rows, std::span<const qint64> empty, std::span<const qint64> rewritten,
                        std::span<const qint64> unchecked);
    void merge(const ValidationReport &other);
    // Adds `delta` to every row kept (a range numbered before its place in the file was known).
    void shiftRows(qint64 delta);

    const QString &templateName() const { return m_templateName; }
    const QString &sheetId() const { return m_sheetId; }
    const QStringList &columnNames() const { return m_columns; }
    qint64 rowCount() const { return m_rows; }
    qint64 validRowCount() const { return m_rows - m_invalidRows; }
    // As the API defines it: the number of ROWS with at least one invalid cell.
    qint64 invalidCellCount() const { return m_invalidRows; }
    // The number of invalid cells (a row with three bad cells counts three times).
    qint64 invalidCells() const;

    int columnCount() const { return int(m_columns.size()); }
    const ColumnTally &tally(int column) const { return m_tallies[size_t(column)]; }
    qint64 count(int column, CellRule rule) const { return m_tallies[size_t(column)].rule(rule).count; }
    // A failure found after the row was added: a `unique` duplicate across thread ranges
    // (RowValidator::mergeLater). `rowHadInvalidCell`: the row already counted as invalid.
    void addLateFailure(int column, CellRule rule, const QString &value, qint64 row, bool rowHadInvalidCell);

    // Failures of `rule` that were only ambiguous (date order, decimal style undecided).
    qint64 ambiguousCount(int column, CellRule rule) const
    {
        return m_ambiguous[size_t(column)][size_t(rule)];
    }
    // The first failures (lowest rows), at most maxSamples.
    const QList<CellSample> &samples(int column, CellRule rule) const
    {
        return m_samples[size_t(column)][size_t(rule)];
    }
    int maxSamples() const { return m_maxSamples; }

    // The API's report shape for this sheet alone:
    // { inserted, perSheet: [{templateName, sheetId, rowCount}], invalidCellCount, columns: [...] }.
    // `columns` is our detail (clients may ignore it): one entry per column with failures,
    // { sheetId, column, cells, invalid, empty, rules: [{rule, count, ambiguous, samples: [{value, row}]}] }.
    QJsonObject toJson() const;
    // The same over several sheets (one report per sheet).
    static QJsonObject toJson(const QList<ValidationReport> &sheets);

private:
    QJsonArray columnsJson() const;

    QString m_templateName;
    QString m_sheetId;
    QStringList m_columns;
    int m_maxSamples = 5;
    qint64 m_rows = 0;
    qint64 m_invalidRows = 0;
    std::vector<ColumnTally> m_tallies;
    std::vector<std::array<qint64, kCellRuleCount>> m_ambiguous;
    std::vector<std::array<QList<CellSample>, kCellRuleCount>> m_samples;
};

// A row whose `unique` value was first seen in an earlier range (RowValidator::mergeLater).
struct LateDuplicate {
    int column = 0;
    qint64 row = 0;
    qint64 firstRow = 0;
    friend bool operator==(const LateDuplicate &, const LateDuplicate &) = default;
};

// Validates mapped rows of one template: the per-column rules (ColumnValidator), `unique`
// (one UniqueTracker per unique column, so rows must come in order through one RowValidator)
// and `link` (a LinkIndex per link column, when given). Feeds a report when one is passed.
class RowValidator {
public:
    // `options` per template column (by index); missing entries are default options.
    explicit RowValidator(const Template &tmpl, const QList<ColumnOptions> &options = {});

    // The LinkIndex a link column checks against (not owned; must outlive this validator).
    // Without one, link columns are not checked.
    void setLinkIndex(int column, const LinkIndex *index);

    // `cells` in template column order; missing trailing cells are empty, extra cells ignored.
    QList<CellResult> validate(const QList<QString> &cells, qint64 row, ValidationReport *report = nullptr);
    // The same into `results`, reusing its storage (a pass over millions of rows allocates no
    // list per row).
    void validate(const QList<QString> &cells, qint64 row, QList<CellResult> &results,
                  ValidationReport *report = nullptr);
    // The same with the cells as views.
    void validate(std::span<const QStringView> cells, qint64 row, QList<CellResult> &results,
                  ValidationReport *report = nullptr);

    // Sizes the `unique` tables for about `rows` rows before the first row (no growing on the way;
    // a table grows by doubling, and holds both sizes while it does).
    void expectRows(qsizetype rows);
    // Adds `delta` to the rows of every `unique` value seen (a range numbered before its place in
    // the file was known), in its tables or its spill.
    void shiftRows(qint64 delta);

    // For a parallel pass: each thread validates a consecutive range of rows with its own
    // RowValidator; then, in range order, first.mergeLater(second), first.mergeLater(third)...
    // Adds the unique values `later` saw and returns its rows that repeat a value of an earlier
    // range, sorted by row then column. Those cells passed when validated; the caller reports
    // them with ValidationReport::addLateFailure (re-reading the row for its value if needed).
    // Duplicates inside one range were already reported by validate(). `later`'s unique tables are
    // freed as they are merged.
    QList<LateDuplicate> mergeLater(RowValidator &later);
    // The same, each duplicate given to `onDuplicate` as it is found (in no particular order)
    // instead of collected: a range that repeats millions of values costs no list.
    // With `threads` > 1 each column's tables are merged on that many threads, and `onDuplicate`
    // is called from all of them at once (it must be thread-safe).
    // Without `keep`, `later` is the last range: its values are only looked up (UniqueTracker).
    void mergeLater(RowValidator &later,
                    const std::function<void(int column, qint64 row, qint64 firstRow)> &onDuplicate,
                    int threads = 1, bool keep = true);

    // `unique` values go to `spill` (not owned) instead of this validator's tables: no cell fails
    // `unique` in validate(), UniqueSpill::findDuplicates() finds them after the pass.
    void setUniqueSpill(UniqueSpill *spill) { m_spill = spill; }

    int columnCount() const { return int(m_validators.size()); }
    const ColumnValidator &column(int i) const { return m_validators[size_t(i)]; }
    // What validate() checks beyond the column's own rule, for a caller that checks rows its own
    // way (PassingLane): the column's `unique` table (null when not unique), its link index (null
    // when not checked) and the spill that replaces the tables (null without).
    UniqueTracker *uniqueTracker(int i) const { return m_unique[size_t(i)].get(); }
    const LinkIndex *linkIndex(int i) const
    {
        return m_validators[size_t(i)].checksLink() ? m_links[size_t(i)] : nullptr;
    }
    UniqueSpill *uniqueSpill() const { return m_spill; }

private:
    std::vector<ColumnValidator> m_validators;
    std::vector<std::unique_ptr<UniqueTracker>> m_unique; // null for columns that are not unique
    std::vector<const LinkIndex *> m_links;
    CellResult m_uniqueFailure;
    CellResult m_linkFailure;
    UniqueSpill *m_spill = nullptr;
};

} // namespace godwit::engine
