// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads records of the previewed data with the (growing) PreviewIndex: exact rows from the
// nearest index entry, estimated rows far beyond what is indexed yet, and the record a physical
// line belongs to. One reader per thread (it keeps its own file handle); many may share the data
// and the index.

#include "app/preview/previewdata.h"
#include "app/preview/previewindex.h"
#include "engine/csvreader.h"

#include <QFile>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <memory>

namespace godwit::app {

struct PreviewRow {
    qint64 record = -1; // 0-based record number in the file (an estimate when `approximate`)
    qint64 line = 0;    // physical line the record starts on (an estimate when `approximate`)
    int fieldCount = 0; // fields in the file, which may differ from the header's (a ragged row)
    QStringList cells;  // at most PreviewReader::kMaxCellChars characters each
    QList<QPair<int, qint64>> truncated; // cells cut short: (column, the field's size in bytes)
    bool approximate = false;            // read at an estimated position, beyond the index so far
};

class PreviewReader {
public:
    static constexpr qsizetype kMaxCellChars = 2000;
    // Exact rows are read forward from the nearest index entry up to this many records beyond
    // what is indexed; further ones are read at an estimated position.
    static constexpr qint64 kMaxForwardRecords = 8192;

    enum class Status {
        Ok,
        Stopped,     // the callback said stop
        NotIndexed,  // too far beyond the index built so far: ask for an estimate
        Unavailable, // the bytes are not there (yet): a UTF-16 copy still being written
        Failed,      // reading failed; errorString()
    };

    PreviewReader(std::shared_ptr<const PreviewData> data, const engine::CsvDialect &dialect,
                  std::shared_ptr<const PreviewIndex> index);

    // Records from `from` on, in order, while `callback` returns true. With `cancelled`, checked
    // between buffers. *bytes (optional) follows the offset reached, for progress.
    using RecordCallback = std::function<bool(const engine::CsvRecord &)>;
    Status stream(const engine::RowIndexEntry &from, const RecordCallback &callback,
                  const std::function<bool()> &cancelled = {}, std::atomic<qint64> *bytes = nullptr);

    // Records [first, first + count) as rows; fewer at the end of the data.
    Status readRows(qint64 first, qint64 count, QList<PreviewRow> *rows);
    // Rows at the position where record `first` probably is (from the average record size so
    // far), numbered from `first`; marked approximate. `fallbackRecordBytes`: the average record
    // size to assume while nothing is indexed.
    Status readApproximateRows(qint64 first, qint64 count, double fallbackRecordBytes,
                               QList<PreviewRow> *rows);
    // The record that physical line `line` belongs to. Beyond what is indexed, an estimate
    // (*exact false).
    Status locateLine(qint64 line, qint64 *record, bool *exact);
    // The record that data byte `offset` falls in, and the line it starts on (within the index).
    Status locateOffset(qint64 offset, qint64 *record, qint64 *line);

    // Opens the data file now rather than at the first read (keeps it readable should it be
    // deleted meanwhile, where the system allows that). False: errorString() says why.
    bool open() { return ensureOpen(); }

    PreviewRow toRow(const engine::CsvRecord &record) const;
    const FieldDecoder &decoder() const { return m_decoder; }
    const engine::CsvDialect &dialect() const { return m_dialect; }
    QString errorString() const { return m_error; }

private:
    bool ensureOpen();

    std::shared_ptr<const PreviewData> m_data;
    engine::CsvDialect m_dialect;
    std::shared_ptr<const PreviewIndex> m_index;
    FieldDecoder m_decoder;
    QFile m_file;
    QString m_error;
};

} // namespace godwit::app
