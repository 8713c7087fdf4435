// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Validating the previewed file against a template, offline: the same pass the server runs for
// an import (engine::validateCsvFile with the same plan), so the report, the mapping and the
// questions are the server's. The preview adds what a table needs: every flagged cell (row,
// template column, rule), the flagged records for a "flagged rows only" filter, and which file
// column each template column reads. Exports of the valid rows, the flagged rows and the whole
// normalised file are the same pass writing its outputs (streaming, flat memory).
//
// Records are the preview's: 0-based CSV records of the file, header and preamble included;
// the engine's spreadsheet rows are records + 1.

#include "app/preview/previewexport.h"
#include "engine/csvfile.h"
#include "engine/filevalidation.h"
#include "engine/fixes.h"
#include "engine/plan.h"
#include "engine/template.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace godwit::app {

class TaskControl;

struct PreviewValidationRequest {
    QString path;
    engine::CsvOpenOptions open; // the dialect and encoding the preview reads the file with
    engine::Template tmpl;
    // The choices a person made (pinned map_column entries); none: the mapping heals itself.
    std::optional<engine::SheetPlan> plan;
    qint64 maxFlaggedCells = 1000000; // 16 bytes each
    QString sheetId;                  // the report's sheet id (a company's sheet); default: the template's id
};

// One flagged cell as the table shows it.
struct PreviewCellFlag {
    int templateColumn = -1;
    engine::CellRule rule = engine::CellRule::None;
};

struct PreviewValidationResult {
    engine::Template tmpl;
    std::optional<engine::SheetPlan> plan;
    engine::FileValidation validation;
    engine::ProposedFixes fixes;
    // Data records (0-based) with at least one flagged cell kept, sorted.
    std::shared_ptr<const std::vector<qint64>> flaggedRecords;
    QList<int> sources; // per template column: the file column it reads, -1 when none

    bool ok() const { return validation.ok(); }
    // The flags of the cell at (record, file column): every template column reading that file
    // column whose rule failed in that row.
    QList<PreviewCellFlag> flagsAt(qint64 record, int fileColumn) const;
    // Invalid cells per template column (all of them, not only those kept).
    qint64 invalidCells(int templateColumn) const;
};

PreviewValidationResult validateForPreview(const PreviewValidationRequest &request, TaskControl &control);

// `plan` (or a new sheet plan for `tmpl` when none) with template column `column` fed by file
// column `source` of `headers` (-1: left unmapped), chosen by a person (map_column).
engine::SheetPlan pinnedMapping(const std::optional<engine::SheetPlan> &plan, const engine::Template &tmpl,
                                const QString &column, int source, const QStringList &headers);

enum class ValidatedExport {
    Valid,     // the rows without a flagged cell, normalised
    Flagged,   // the rows with one, as the file had them (to send back to the customer)
    Normalised // every row, normalised
};

// A validation pass that writes one output (RFC 4180, template column order, with a header) to
// `destination`; the file appears only when complete (QSaveFile).
PreviewExportResult exportValidated(const PreviewValidationRequest &request, ValidatedExport kind,
                                    const QString &destination, TaskControl &control);

// The message of a validation that did not finish (the file, the mapping or a cancel).
QString validationFailureText(const engine::FileValidation &validation);

} // namespace godwit::app
