// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A row index that grows while it is built, so that rows can be read before it is complete.
//
// PreviewIndexer cuts the data into slices (each ends right after a line break), indexes each
// with engine::RowIndex::build on all cores, and appends it to a PreviewIndex that readers on
// other threads consult at the same time. A slice that ends inside a quoted field keeps only the
// records before its last index entry; the next slice starts there. A UTF-16 file is converted to
// a UTF-8 copy slice by slice on the way (engine::Utf8Decoder), and the copy is what is indexed.
// Cancelling keeps what is indexed; run() again resumes where it stopped.

#include "app/preview/previewdata.h"
#include "engine/encoding.h"
#include "engine/rowindex.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <vector>

namespace godwit::app {

struct PreviewIndexState {
    qint64 records = 0;    // records [0, records) start at known offsets
    qint64 lineBreaks = 0; // physical line breaks before `bytes`
    qint64 bytes = 0;      // data bytes indexed (always a record boundary)
    qint64 totalBytes = 0; // data bytes in all (an estimate while a UTF-16 file is converted)
    bool complete = false;
    bool endsInsideQuotes = false;   // complete, and the last quoted field never closes
    qint64 undecodable = 0;          // undecodable byte sequences found so far (shown as U+FFFD)
    qint64 firstUndecodable = -1;    // offset of the first, in the data (-1: none)
    qint64 firstUndecodableRaw = -1; // ... and in the original file
};

class PreviewIndex {
public:
    PreviewIndexState state() const;
    // The last entry at or before `record` ({0, 0, 1} when nothing is indexed yet).
    engine::RowIndexEntry nearest(qint64 record) const;
    // The last entry whose record starts on or before physical line `line`.
    engine::RowIndexEntry nearestLine(qint64 line) const;
    // The last entry at or before data offset `offset`.
    engine::RowIndexEntry nearestOffset(qint64 offset) const;
    std::size_t entryCount() const;

    // Builder side.
    void append(const std::vector<engine::RowIndexEntry> &entries, qint64 records, qint64 lineBreaks,
                qint64 bytes);
    void addUndecodable(qint64 count, qint64 firstOffset, qint64 firstRawOffset);
    void setTotalBytes(qint64 bytes);
    void finish(bool endsInsideQuotes);

private:
    mutable std::shared_mutex m_mutex;
    std::vector<engine::RowIndexEntry> m_entries;
    PreviewIndexState m_state;
};

struct PreviewIndexerOptions {
    qint64 firstSliceBytes = qint64(1) << 20; // small, so that the first part is indexed at once
    qint64 sliceBytes = qint64(16) << 20;
    qint64 stride = 512; // an index entry about every `stride` records
    int threads = 0;     // 0: one per core
    qint64 chunkBytes = qint64(2) << 20;
    // Called on the indexer's thread after each slice is added (tests hold the index half-built).
    std::function<void(const PreviewIndexState &)> afterSlice;
};

class PreviewIndexer {
public:
    enum class Status { Finished, Cancelled, Failed };

    // Indexes `data` (the file itself, ASCII-compatible) in place.
    PreviewIndexer(std::shared_ptr<PreviewData> data, const engine::CsvDialect &dialect,
                   std::shared_ptr<PreviewIndex> index, const PreviewIndexerOptions &options = {});
    // Converts `sourcePath` (in `sourceEncoding`, BOM included) to UTF-8 into `copy` and indexes that.
    PreviewIndexer(const QString &sourcePath, engine::TextEncoding sourceEncoding,
                   std::shared_ptr<PreviewData> copy, const engine::CsvDialect &dialect,
                   std::shared_ptr<PreviewIndex> index, const PreviewIndexerOptions &options = {});
    PreviewIndexer(const PreviewIndexer &) = delete;
    PreviewIndexer &operator=(const PreviewIndexer &) = delete;

    // Runs until the index is complete, `cancelled()` says true, or reading fails. Call again
    // after Cancelled to resume. Not thread-safe: one run() at a time.
    Status run(const std::function<bool()> &cancelled);
    QString errorString() const { return m_error; }

private:
    bool fill(qint64 want);
    bool grow(qint64 &want, qint64 size);
    bool openFiles();
    std::size_t lastCut(qint64 size) const;

    std::shared_ptr<PreviewData> m_data;
    engine::CsvDialect m_dialect;
    std::shared_ptr<PreviewIndex> m_index;
    PreviewIndexerOptions m_options;

    // Converting a UTF-16 file.
    QString m_sourcePath;
    std::optional<engine::Utf8Decoder> m_converter;
    QFile m_copy;
    qint64 m_sourceSize = 0;

    bool m_check = false; // count undecodable bytes (in every encoding but Latin-1 and a converted copy)

    QFile m_source;
    qint64 m_readPos = 0; // next byte of the source to read
    bool m_eof = false;
    QByteArray m_buffer; // data bytes from m_bufferStart on
    qint64 m_bufferStart = 0;
    qint64 m_written = 0; // bytes of the copy written
    qint64 m_records = 0; // what the index has taken so far
    qint64 m_breaks = 0;
    bool m_first = true;
    bool m_opened = false;
    QString m_error;
};

} // namespace godwit::app
