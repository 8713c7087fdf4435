// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/cacheline_p.h"
#include "engine/cellvalidator.h"
#include "engine/report.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <span>
#include <vector>

namespace godwit::engine {

// The validation pass's lane for rows that pass: nearly every row of a real file. Text columns
// without a rule are checked on the file's UTF-8 bytes when the value is plain ASCII (its byte
// count is then its length), without decoding; the other cells are decoded and given to their
// column's own ColumnValidator; the report only counts the row (ValidationReport::addPassingRow).
// A row with anything to report (a cell that fails, bytes that are not UTF-8, a `unique` value
// seen before, a link not found) is left as it was found: tryRow() returns false having changed
// nothing, and the caller validates the row the full way (RowValidator::validate), which then sees
// exactly what it would have without the lane.
class PassingLane {
public:
    // `sources`: per template column, the record's field it comes from (-1: unmapped). `decoded`:
    // template columns the caller needs as text after a passing row (cell()). The validator must
    // outlive the lane; its link indexes and unique tables (or spill) are those it has now.
    PassingLane(const RowValidator &validator, const QList<int> &sources,
                const std::vector<int> &decoded = {});

    // False when the validator checks what the lane does not (several `unique` tables: a repeat in
    // the second would leave the first one's insert behind). tryRow() then always returns false.
    bool usable() const { return m_usable; }

    // Checks and counts one record's row when all of it passes; otherwise returns false and
    // changes nothing.
    bool tryRow(std::span<const QByteArrayView> fields, qint64 row);
    // Adds the rows counted since the last flush to `report` (ValidationReport::addPassingRows).
    void flush(ValidationReport &report);
    qint64 pendingRows() const { return m_rows; }

    // After tryRow() returned true: a column of `decoded` as text (valid until the next call). A
    // cell the lane told on its bytes alone is decoded when asked for.
    QStringView cell(int column) const;
    // After tryRow() returned true: the parse of a date column's cell (parseDate with the column's
    // options, dateOrder()) when the lane made one, else null (an empty cell, a column the lane
    // does not check as a date).
    const DateParse *dateParse(int column) const
    {
        return m_dateRows[size_t(column)] == m_lastRow ? &m_dates[size_t(column)] : nullptr;
    }
    DateOrder dateOrder(int column) const { return m_dateOrders[size_t(column)]; }

    // For a pass that writes the rows out: every cell is decoded (none checked on its bytes alone)
    // and normal() gives each column's normal form after a passing row, as
    // CellResult::normal() would (valid until the next call).
    void keepNormalForms();
    QStringView normal(int column) const { return m_normals[size_t(column)]; }

    // On by default. Off: validateCsvFile validates every row the full way (tests compare both).
    static void setEnabled(bool enabled);
    static bool isEnabled();

private:
    enum class Kind : quint8 {
        Text,    // no rule (or an unchecked link): required and length only, from ASCII bytes
        Email,   // decoded and normalised as ColumnValidator does for these rules without limits,
        Date,    // its per-cell bookkeeping left out
        Phone,   //
        Checked, // decoded and validated by the column's validator
        Absent,  // not in the file (unmapped): an empty cell that passes, every row
    };
    struct Column {
        int column = 0;
        int source = -1;
        Kind kind = Kind::Checked;
        bool required = false;
        bool unique = false;
        bool needNormal = false; // unique, a link, or kept (keepNormalForms)
        bool wanted = false;     // its text is asked for (cell())
        qsizetype minLength = 0;
        qsizetype maxLength = 0;
        const LinkIndex *link = nullptr;
        const PhoneNormalizer *phones = nullptr;
        DateOptions dates;
    };
    // A decoded cell of an Email, Date or Phone column, trimmed and not empty: its normal form
    // into `normal` (a view of `t` or of the column's m_values entry). False when it fails.
    // Without `needNormal` only whether it passes and is rewritten is decided (`normal` is then
    // left alone): no normal form is made for a column that is neither unique nor a link.
    bool normalize(const Column &col, QStringView t, QStringView &normal, bool &rewritten);

    const RowValidator &m_validator;
    std::vector<Column> m_columns; // `unique` columns first: their table slots load meanwhile
    std::vector<int> m_absent;     // columns not in the file (Kind::Absent), kept out of m_columns
    int m_fieldsNeeded = 0;        // a record with as many fields has every column's source
    // Counted since the last flush: rows, and per template column empty, rewritten and unchecked
    // cells.
    qint64 m_rows = 0;
    LineVector<qint64> m_empty;
    LineVector<qint64> m_rewritten;
    LineVector<qint64> m_unchecked;
    mutable LineVector<QStringView> m_cells; // (cell() decodes late ones)
    LineVector<QStringView> m_normals;       // with m_keepNormals
    bool m_keepNormals = false;
    LineVector<CellResult> m_results;
    LineVector<QString> m_values;  // rewritten values of Email, Date and Phone columns
    LineVector<DateParse> m_dates; // Date columns' parses (dateParse())
    LineVector<qint64> m_dateRows; // the row each of m_dates is of
    LineVector<DateOrder> m_dateOrders;
    qint64 m_lastRow = -1; // tryRow()'s row (m_dateRows of rows before it are out of date)
    // Cells of `decoded` columns told on their bytes (the row each is of), for cell().
    mutable LineVector<QByteArrayView> m_cellBytes;
    mutable LineVector<qint64> m_cellBytesRows;
    mutable LineVector<QString> m_lateCells;
    LineVector<char16_t> m_text;
    bool m_usable = true;
};

} // namespace godwit::engine
