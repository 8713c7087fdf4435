// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes the previewed file's table as normalised CSV (engine::CsvWriter: UTF-8 without BOM,
// comma, CRLF, quotes only where needed): the header, then every data row, streaming with flat
// memory. The preamble above the header is left out; short (ragged) rows are padded to the
// table's width. A RowFilter with a per-row verdict keeps only valid or only flagged rows.
// The file appears only when complete (QSaveFile): a cancelled or failed export leaves nothing.

#include "app/preview/previewdata.h"
#include "app/preview/previewindex.h"
#include "app/preview/previewlayout.h"
#include "engine/csvwriter.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

namespace godwit::app {

class TaskControl;

struct PreviewExportOptions {
    engine::RowFilter filter = engine::RowFilter::All;
    // With Valid or Invalid: whether a data row is valid. Called on the export's thread, in row
    // order, with the row's record number and its cells (padded to the table's width).
    std::function<bool(qint64 record, const QList<QStringView> &cells)> isValid;
    char delimiter = ',';
};

struct PreviewExportResult {
    enum class Status { Done, Cancelled, Failed };
    Status status = Status::Done;
    QString error;
    qint64 rowsWritten = 0;
    qint64 rowsSkipped = 0;
    qint64 bytesWritten = 0;
};

PreviewExportResult exportPreviewCsv(const std::shared_ptr<const PreviewData> &data,
                                     const std::shared_ptr<const PreviewIndex> &index,
                                     const PreviewLayout &layout, const QString &destination,
                                     const PreviewExportOptions &options, TaskControl &control);

} // namespace godwit::app
