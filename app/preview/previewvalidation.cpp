// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/previewvalidation.h"

#include "app/preview/backgroundtask.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace godwit::app {

namespace {

// The context of this file's strings (lupdate files them under it too).
struct PreviewValidation {
    Q_DECLARE_TR_FUNCTIONS(godwit::app::PreviewValidation)
};

QString phaseText(const engine::ValidationProgress &progress)
{
    const QString rows = QLocale().toString(progress.rows);
    switch (progress.phase) {
    case engine::ValidationPhase::Inspecting:
        return PreviewValidation::tr("Reading the file's encoding and layout");
    case engine::ValidationPhase::Indexing:
        return PreviewValidation::tr("Indexing rows");
    case engine::ValidationPhase::Validating:
        return PreviewValidation::tr("Validating: %1 rows read").arg(rows);
    case engine::ValidationPhase::Writing:
        return PreviewValidation::tr("Writing: %1 rows written").arg(rows);
    }
    return {};
}

std::function<bool(const engine::ValidationProgress &)> progressTo(TaskControl &control)
{
    return [&control](const engine::ValidationProgress &progress) {
        control.setProgress(progress.bytesDone, progress.bytesTotal);
        control.setDetail(phaseText(progress));
        return !control.isCancelled();
    };
}

} // namespace

QList<PreviewCellFlag> PreviewValidationResult::flagsAt(qint64 record, int fileColumn) const
{
    QList<PreviewCellFlag> flags;
    const std::vector<engine::FlaggedCell> &cells = validation.flagged;
    const qint64 row = record + 1; // spreadsheet row
    auto it = std::lower_bound(cells.begin(), cells.end(), row,
                               [](const engine::FlaggedCell &cell, qint64 r) { return cell.row < r; });
    for (; it != cells.end() && it->row == row; ++it) {
        if (it->column >= 0 && it->column < sources.size() && sources[it->column] == fileColumn)
            flags.append({it->column, it->rule});
    }
    return flags;
}

qint64 PreviewValidationResult::invalidCells(int templateColumn) const
{
    if (templateColumn < 0 || templateColumn >= validation.report.columnCount())
        return 0;
    return validation.report.tally(templateColumn).invalid();
}

PreviewValidationResult validateForPreview(const PreviewValidationRequest &request, TaskControl &control)
{
    PreviewValidationResult result;
    result.tmpl = request.tmpl;
    result.plan = request.plan;
    engine::FileValidationOptions options;
    options.open = request.open;
    options.collectFlaggedCells = request.maxFlaggedCells;
    options.sheetId = request.sheetId;
    options.progress = progressTo(control);
    result.validation =
        engine::validateCsvFile(request.path, request.tmpl, request.plan ? &*request.plan : nullptr, options);
    if (control.isCancelled())
        result.validation.cancelled = true;
    result.sources = result.validation.mapping.sourceIndexes();
    auto records = std::make_shared<std::vector<qint64>>();
    for (const engine::FlaggedCell &cell : result.validation.flagged) {
        const qint64 record = cell.row - 1;
        if (records->empty() || records->back() != record)
            records->push_back(record);
    }
    std::sort(records->begin(), records->end()); // flagged cells come in row order: a no-op
    records->erase(std::unique(records->begin(), records->end()), records->end());
    result.flaggedRecords = std::move(records);
    if (result.validation.ok())
        result.fixes = engine::proposeFixes(
            {engine::FixSheet{&result.tmpl, &result.validation.report, result.validation.options}});
    return result;
}

engine::SheetPlan pinnedMapping(const std::optional<engine::SheetPlan> &plan, const engine::Template &tmpl,
                                const QString &column, int source, const QStringList &headers)
{
    engine::SheetPlan sheet = plan.value_or(engine::SheetPlan{});
    if (sheet.templateId.isEmpty()) {
        sheet.templateId = tmpl.id;
        sheet.templateName = tmpl.name;
    }
    engine::PlanColumn &c = sheet.columnFor(column);
    c.source = source >= 0 ? headers.value(source) : QString();
    c.sourceIndex = -1; // as map_column does: the header names it
    c.pinned = true;
    return sheet;
}

PreviewExportResult exportValidated(const PreviewValidationRequest &request, ValidatedExport kind,
                                    const QString &destination, TaskControl &control)
{
    PreviewExportResult result;
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly)) {
        result.status = PreviewExportResult::Status::Failed;
        result.error = file.errorString();
        return result;
    }
    engine::FileValidationOptions options;
    options.open = request.open;
    options.progress = progressTo(control);
    options.sheetId = request.sheetId;
    switch (kind) {
    case ValidatedExport::Valid:
        options.writeValid = &file;
        break;
    case ValidatedExport::Flagged:
        options.writeInvalid = &file;
        break;
    case ValidatedExport::Normalised:
        options.writeAll = &file;
        break;
    }
    const engine::FileValidation validation =
        engine::validateCsvFile(request.path, request.tmpl, request.plan ? &*request.plan : nullptr, options);
    if (validation.cancelled || control.isCancelled()) {
        file.cancelWriting();
        result.status = PreviewExportResult::Status::Cancelled;
        return result;
    }
    if (!validation.ok()) {
        file.cancelWriting();
        result.status = PreviewExportResult::Status::Failed;
        result.error = validationFailureText(validation);
        return result;
    }
    const engine::ValidationReport &report = validation.report;
    switch (kind) {
    case ValidatedExport::Valid:
        result.rowsWritten = report.validRowCount();
        result.rowsSkipped = report.invalidCellCount() + validation.droppedRows;
        break;
    case ValidatedExport::Flagged:
        result.rowsWritten = report.invalidCellCount() + validation.droppedRows;
        result.rowsSkipped = report.validRowCount();
        break;
    case ValidatedExport::Normalised:
        result.rowsWritten = report.rowCount();
        result.rowsSkipped = validation.droppedRows;
        break;
    }
    result.bytesWritten = file.size();
    if (!file.commit()) {
        result.status = PreviewExportResult::Status::Failed;
        result.error = file.errorString();
        result.rowsWritten = 0;
    }
    return result;
}

QString validationFailureText(const engine::FileValidation &validation)
{
    if (validation.cancelled)
        return PreviewValidation::tr("Validation cancelled.");
    if (validation.driftError)
        return PreviewValidation::tr("The file cannot feed this template: %1").arg(validation.errorMessage);
    if (validation.error != engine::CsvError::None)
        return PreviewValidation::tr("The file cannot be validated: %1").arg(validation.errorMessage);
    return {};
}

} // namespace godwit::app
