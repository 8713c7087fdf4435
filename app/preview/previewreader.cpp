// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/previewreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace godwit::app {

using engine::CsvRecord;
using engine::CsvStatus;
using engine::RowIndexEntry;

PreviewReader::PreviewReader(std::shared_ptr<const PreviewData> data, const engine::CsvDialect &dialect,
                             std::shared_ptr<const PreviewIndex> index)
    : m_data(std::move(data))
    , m_dialect(dialect)
    , m_index(std::move(index))
    , m_decoder(m_data->encoding())
{}

bool PreviewReader::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    m_file.setFileName(m_data->path());
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

PreviewReader::Status PreviewReader::stream(const RowIndexEntry &from, const RecordCallback &callback,
                                            const std::function<bool()> &cancelled,
                                            std::atomic<qint64> *bytes)
{
    if (!ensureOpen())
        return Status::Failed;
    engine::CsvReader reader(m_dialect);
    reader.setStartPosition(from.offset, from.line, from.record);
    bool stopped = false;
    reader.setRecordCallback([&](const CsvRecord &record) {
        if (!callback(record)) {
            stopped = true;
            return false;
        }
        return true;
    });
    QByteArray buffer;
    qint64 block = 64 * 1024; // small first: a screen of rows is a few KiB
    qint64 pos = from.offset;
    for (;;) {
        if (cancelled && cancelled())
            return Status::Stopped;
        const qint64 available = m_data->available();
        if (pos >= available) {
            if (!m_data->isComplete())
                return Status::Unavailable;
            reader.finish();
            return stopped ? Status::Stopped : Status::Ok;
        }
        const qint64 n = std::min(block, available - pos);
        buffer.resize(qsizetype(n));
        if (!m_file.seek(m_data->base() + pos)) {
            m_error = m_file.errorString();
            return Status::Failed;
        }
        const qint64 got = m_file.read(buffer.data(), n);
        if (got <= 0) {
            m_error = got < 0 ? m_file.errorString()
                              : QCoreApplication::translate("godwit::app::PreviewReader",
                                                            "The file ended early: it was changed on disk.");
            return Status::Failed;
        }
        pos += got;
        if (bytes)
            bytes->store(pos, std::memory_order_relaxed);
        const CsvStatus status = reader.feed(QByteArrayView(buffer.constData(), qsizetype(got)));
        if (stopped)
            return Status::Stopped;
        if (status == CsvStatus::RecordTooLarge) {
            m_error = QCoreApplication::translate("godwit::app::PreviewReader",
                                                  "A record is larger than 256 MB (a quote that never "
                                                  "closes?).");
            return Status::Failed;
        }
        block = std::min<qint64>(block * 2, qint64(1) << 20);
    }
}

PreviewRow PreviewReader::toRow(const CsvRecord &record) const
{
    PreviewRow row;
    row.record = record.index;
    row.line = record.line;
    row.fieldCount = int(record.fields.size());
    row.cells.reserve(row.fieldCount);
    for (int c = 0; c < row.fieldCount; ++c) {
        const QByteArrayView field = record.fields[std::size_t(c)];
        bool truncated = false;
        row.cells.append(m_decoder.decode(field, kMaxCellChars, &truncated));
        if (truncated)
            row.truncated.append({c, qint64(field.size())});
    }
    return row;
}

PreviewReader::Status PreviewReader::readRows(qint64 first, qint64 count, QList<PreviewRow> *rows)
{
    const PreviewIndexState state = m_index->state();
    const RowIndexEntry from = m_index->nearest(first);
    if (!state.complete && first - from.record > kMaxForwardRecords)
        return Status::NotIndexed;
    const qint64 end = first + count;
    const Status status = stream(from, [&](const CsvRecord &record) {
        if (record.index < first)
            return true;
        rows->append(toRow(record));
        return record.index + 1 < end;
    });
    return status == Status::Stopped ? Status::Ok : status;
}

PreviewReader::Status PreviewReader::readApproximateRows(qint64 first, qint64 count,
                                                         double fallbackRecordBytes, QList<PreviewRow> *rows)
{
    if (!ensureOpen())
        return Status::Failed;
    const PreviewIndexState state = m_index->state();
    const double recordBytes =
        state.records > 0 ? double(state.bytes) / double(state.records) : std::max(1.0, fallbackRecordBytes);
    const double linesPerRecord =
        state.records > 0 ? double(std::max<qint64>(state.lineBreaks, 1)) / double(state.records) : 1.0;
    const qint64 available = m_data->available();
    qint64 offset = state.bytes + qint64(double(first - state.records) * recordBytes);
    offset = std::clamp<qint64>(offset, state.bytes, std::max<qint64>(state.bytes, available - 1));
    if (offset >= available)
        return Status::Unavailable;

    // Start after the next line break: most likely a record start (unless inside a quoted field).
    // Past the last line break (an estimate beyond the end): step back.
    qint64 start = -1;
    QByteArray probe;
    for (int attempt = 0; attempt < 16 && start < 0; ++attempt) {
        probe.resize(qsizetype(std::min<qint64>(qint64(1) << 20, available - offset)));
        if (!m_file.seek(m_data->base() + offset)) {
            m_error = m_file.errorString();
            return Status::Failed;
        }
        const qint64 got = m_file.read(probe.data(), probe.size());
        if (got <= 0) {
            m_error = m_file.errorString();
            return Status::Failed;
        }
        for (qint64 i = 0; i < got; ++i) {
            const char c = probe[qsizetype(i)];
            if (c == '\n' || c == '\r') {
                const qint64 after =
                    (c == '\r' && i + 1 < got && probe[qsizetype(i + 1)] == '\n') ? i + 2 : i + 1;
                if (offset + after < available)
                    start = offset + after;
                break;
            }
        }
        if (start < 0) {
            if (offset <= state.bytes)
                break;
            offset = std::max(state.bytes, offset - (qint64(256) << 10));
        }
    }
    if (start < 0)
        return Status::NotIndexed;
    const qint64 line =
        state.lineBreaks + 1 + qint64(std::llround(double(first - state.records) * linesPerRecord));
    const RowIndexEntry from{first, start, line};
    const qint64 end = first + count;
    const Status status = stream(from, [&](const CsvRecord &record) {
        PreviewRow row = toRow(record); // numbered from the estimated `first` and `line`
        row.approximate = true;
        rows->append(std::move(row));
        return record.index + 1 < end;
    });
    return status == Status::Stopped || status == Status::Unavailable ? Status::Ok : status;
}

PreviewReader::Status PreviewReader::locateLine(qint64 line, qint64 *record, bool *exact)
{
    const PreviewIndexState state = m_index->state();
    if (!state.complete && line > state.lineBreaks + 1) {
        // Beyond the index: estimate from the lines per record so far.
        const double recordsPerLine =
            state.lineBreaks > 0 ? double(state.records) / double(state.lineBreaks) : 1.0;
        *record = state.records + qint64(double(line - state.lineBreaks - 1) * recordsPerLine);
        *exact = false;
        return Status::Ok;
    }
    const RowIndexEntry from = m_index->nearestLine(line);
    qint64 found = from.record;
    const Status status = stream(from, [&](const CsvRecord &r) {
        if (r.line > line)
            return false;
        found = r.index;
        return true;
    });
    if (status == Status::Failed)
        return status;
    *record = found;
    *exact = true;
    return Status::Ok;
}

PreviewReader::Status PreviewReader::locateOffset(qint64 offset, qint64 *record, qint64 *line)
{
    const RowIndexEntry from = m_index->nearestOffset(offset);
    *record = from.record;
    *line = from.line;
    const Status status = stream(from, [&](const CsvRecord &r) {
        *record = r.index;
        *line = r.line;
        return r.offset + r.length < offset;
    });
    return status == Status::Stopped ? Status::Ok : status;
}

} // namespace godwit::app
