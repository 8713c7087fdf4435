// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The full pass over one CSV file against one template (issue 3 §3–§5 end to end), the same for
// the server's imports, `godwit validate` and the console's offline validation: inspect (typed
// errors), map the header with self-healing against the plan, decide the per-column settings from
// every value (date order, decimal style), then validate and normalise every row — on all cores
// for UTF-8 files, streaming for the others — and apply the plan's fixes (set_value,
// delete_invalid_rows). Memory stays flat whatever the file's size (plus the `unique` hashes).
//
// Row numbers are those a spreadsheet shows for the file: the CSV record's number from 1, header
// and preamble included (so the first data row under a header on top is row 2).

#include "engine/crosschecks.h"
#include "engine/csvfile.h"
#include "engine/mapper.h"
#include "engine/plan.h"
#include "engine/report.h"
#include "engine/template.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QIODevice;

namespace godwit::engine {

enum class ValidationPhase { Inspecting, Indexing, Validating, Writing };
QString validationPhaseName(ValidationPhase phase); // "inspecting", "indexing", ...

struct ValidationProgress {
    ValidationPhase phase = ValidationPhase::Inspecting;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 rows = 0; // data rows seen so far in this phase
    // "Validating: 1,250,000 rows read (42%)" — for a progress_message.
    QString message() const;
};

struct FileValidationOptions {
    CsvOpenOptions open; // encoding and dialect overrides
    int threads = 0;     // 0: one per core
    int maxSamples = 5;
    QString sheetId; // the report's sheet id; default: the template's id
    // A link column's allowed values (template column name -> index, not owned). Link columns
    // without one are not checked.
    QHash<QString, const LinkIndex *> links;
    // Called now and then on the calling thread; return false to cancel.
    std::function<bool(const ValidationProgress &)> progress;
    // Memory the `unique` check may take (tables or, on several threads, records kept for after the
    // pass: counted at about 20 bytes a row per unique column). A UTF-8 file with more rows checks
    // its unique values through temporary files instead (UniqueSpill::Storage::Files): the
    // same results, memory that stays flat whatever the file's size.
    qint64 uniqueMemoryBudget = qint64(128) << 20;
    // Optional outputs, RFC 4180 in template column order (normal values; a flagged cell keeps
    // the value the file had): the valid rows, the flagged rows (dropped ones included: they go
    // back to the customer), all rows but the dropped ones. Written in a second, sequential pass.
    // Keep every flagged cell (row, column, rule), up to this many: what a preview highlights and
    // filters on (16 bytes a cell). 0: none kept.
    qint64 collectFlaggedCells = 0;
    QIODevice *writeValid = nullptr;
    QIODevice *writeInvalid = nullptr;
    QIODevice *writeAll = nullptr;
};

struct FlaggedCell {
    qint64 row = 0; // spreadsheet row
    int column = 0; // template column
    CellRule rule = CellRule::None;
    friend bool operator==(const FlaggedCell &, const FlaggedCell &) = default;
};

struct FileValidation {
    CsvError error = CsvError::None; // the file could not be read (typed), or:
    bool driftError = false;         // the mapping left a required column unfed
    bool cancelled = false;
    QString errorMessage; // what went wrong, naming the row or column when there is one

    CsvInspection inspection;
    QStringList headers;  // the file's header (or "Column 1", ... without one)
    qint64 headerRow = 0; // spreadsheet row of the header (0: none)
    SheetMapping mapping;
    QList<ColumnOptions> options; // per template column, as validated (plan + data)
    ValidationReport report;
    qint64 droppedRows = 0;           // rows removed by delete_invalid_rows (not in the report)
    qint64 fixedCells = 0;            // flagged cells replaced by set_value
    qint64 raggedRows = 0;            // rows with more or fewer fields than the header
    QList<qint64> raggedSamples;      // their first rows
    qint64 undecodableBytes = 0;      // places where the bytes were not valid in the file's encoding
    QList<DecodeIssue> decodeSamples; // the first ones, with record (row - 1) and input offset
    std::vector<FlaggedCell> flagged; // with FileValidationOptions::collectFlaggedCells; row order
    bool flaggedTruncated = false;    // more were flagged than kept
    bool ok() const { return error == CsvError::None && !driftError && !cancelled; }

    // { file: {size, encoding, encoding_confidence, delimiter, quote, has_header, header_row,
    //   dialect_confidence}, mapping, report, dropped_rows, fixed_cells, ragged_rows, undecodable }
    // or { error: "..." , error_kind: "..." } when the file could not be validated.
    QJsonObject toJson() const;
};

FileValidation validateCsvFile(const QString &path, const Template &tmpl, const SheetPlan *plan = nullptr,
                               const FileValidationOptions &options = {});

} // namespace godwit::engine
