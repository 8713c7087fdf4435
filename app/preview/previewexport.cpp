// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/previewexport.h"

#include "app/preview/backgroundtask.h"
#include "app/preview/previewreader.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QThread>

namespace godwit::app {

PreviewExportResult exportPreviewCsv(const std::shared_ptr<const PreviewData> &data,
                                     const std::shared_ptr<const PreviewIndex> &index,
                                     const PreviewLayout &layout, const QString &destination,
                                     const PreviewExportOptions &options, TaskControl &control)
{
    PreviewExportResult result;
    if (options.filter != engine::RowFilter::All && !options.isValid) {
        result.status = PreviewExportResult::Status::Failed;
        result.error = QCoreApplication::translate(
            "godwit::app::PreviewExport",
            "Only valid or only flagged rows can be exported once the file was validated.");
        return result;
    }
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly)) {
        result.status = PreviewExportResult::Status::Failed;
        result.error = file.errorString();
        return result;
    }
    engine::CsvWriter writer(&file, options.filter, engine::CsvWriter::kDefaultBufferBytes,
                             options.delimiter);
    if (layout.hasHeader)
        writer.writeHeader(layout.header);

    PreviewReader reader(data, layout.dialect, index);
    const FieldDecoder &decoder = reader.decoder();
    const int width = layout.columnCount();
    QList<QString> cells;
    QList<QStringView> views;
    qint64 next = layout.firstDataRecord();
    std::atomic<qint64> bytes{0};
    const auto onRecord = [&](const engine::CsvRecord &record) {
        if (record.index < next)
            return true;
        const int n = std::max<int>(width, int(record.fields.size()));
        cells.resize(n);
        views.resize(n);
        for (int c = 0; c < n; ++c) {
            cells[c] =
                c < int(record.fields.size()) ? decoder.decode(record.fields[std::size_t(c)]) : QString();
            views[c] = cells[c];
        }
        const bool valid = options.isValid ? options.isValid(record.index, views) : true;
        if (!writer.writeRow(views, valid))
            return false;
        next = record.index + 1;
        if ((next & 0xFFF) == 0)
            control.setProgress(bytes.load(std::memory_order_relaxed),
                                std::max(data->available(), index->state().totalBytes));
        return true;
    };
    for (;;) {
        const PreviewReader::Status status = reader.stream(
            index->nearest(next), onRecord, [&control] { return control.isCancelled(); }, &bytes);
        if (status == PreviewReader::Status::Unavailable && !control.isCancelled()) {
            QThread::msleep(20); // a UTF-16 file is still being converted: wait for the next part
            continue;
        }
        if (control.isCancelled()) {
            file.cancelWriting();
            result.status = PreviewExportResult::Status::Cancelled;
            return result;
        }
        if (status == PreviewReader::Status::Failed) {
            file.cancelWriting();
            result.status = PreviewExportResult::Status::Failed;
            result.error = reader.errorString();
            return result;
        }
        break;
    }
    if (!writer.flush() || writer.hasError()) {
        file.cancelWriting();
        result.status = PreviewExportResult::Status::Failed;
        result.error = writer.errorString();
        return result;
    }
    result.rowsWritten = writer.rowsWritten();
    result.rowsSkipped = writer.rowsSkipped();
    result.bytesWritten = writer.bytesWritten();
    if (!file.commit()) {
        result.status = PreviewExportResult::Status::Failed;
        result.error = file.errorString();
        return result;
    }
    control.setProgress(data->available(), data->available());
    return result;
}

} // namespace godwit::app
