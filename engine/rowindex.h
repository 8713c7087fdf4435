// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random access to the records of a large CSV file: the byte offset and physical line of about
// every Nth record, built in parallel over a memory-mapped file.
//
// The file is cut into chunks, each cut right after a line break. There, the reader's state is
// one of two: at a record start, or inside a quoted field. Every chunk but the first is scanned
// under both assumptions in lockstep until the two scans reach the same state (usually within a
// record), and then once; the chunks are stitched in order, each taking the scan whose assumption
// matches where its predecessor ended. The scanner follows CsvReader's rules exactly (quotes only
// at a field's start, CR/LF/CRLF, blank lines), so record k here is CsvReader's record k.
//
// Input is ASCII-compatible bytes (UTF-8, Latin-1, Windows-1252, ISO-8859-15) without the BOM;
// offsets are relative to the view given. UTF-16 files are transcoded before indexing.

#include "engine/csvreader.h"

#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <functional>
#include <vector>

namespace godwit::engine {

struct RowIndexEntry {
    qint64 record = 0; // 0-based record number, as CsvRecord::index
    qint64 offset = 0; // byte offset of its first byte
    qint64 line = 1;   // physical line it starts on, as CsvRecord::line
    friend bool operator==(const RowIndexEntry &, const RowIndexEntry &) = default;
};

struct RowIndexOptions {
    qint64 stride = 1024;                // an entry about every stride records, never 2 x stride apart
    int threads = 0;                     // 0: one per core
    qint64 chunkBytes = qint64(8) << 20; // unit of parallel work (and of progress)
    // Called on the calling thread with bytes scanned so far; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Called on the scanning thread after each chunk [begin, end) of the data is scanned: the
    // moment to MappedFile::release() it, so that indexing a large file keeps memory flat.
    std::function<void(qint64 begin, qint64 end)> scanned;
};

enum class RowIndexStatus { Ok, Cancelled };

class RowIndex {
public:
    static RowIndexStatus build(QByteArrayView data, const CsvDialect &dialect,
                                const RowIndexOptions &options, RowIndex *index);

    qint64 recordCount() const { return m_records; }
    qint64 lineBreaks() const { return m_breaks; }
    bool endsInsideQuotes() const { return m_unterminated; } // a quote left open at the end
    const std::vector<RowIndexEntry> &entries() const { return m_entries; }
    // The last entry at or before record (the first entry for negative records).
    RowIndexEntry nearest(qint64 record) const;

private:
    qint64 m_records = 0;
    qint64 m_breaks = 0;
    bool m_unterminated = false;
    std::vector<RowIndexEntry> m_entries;
};

// Delivers records [first, first + count) of data to callback, parsing forward from the nearest
// indexed record. Returns the reader's status (Ok also when it stopped after the last record).
CsvStatus readRecords(QByteArrayView data, const CsvDialect &dialect, const RowIndex &index, qint64 first,
                      qint64 count, const CsvReader::RecordCallback &callback);

// Reads every record of data on `threads` threads (0: one per core), each thread a contiguous
// run of records starting at an index entry: the seam for using both cores in a full pass.
// callback(worker, record) runs on worker threads, worker in [0, threads), one worker's records in
// order; it must be thread-safe across workers. An exception from the callback on the calling
// thread (worker 0) stops the others and is rethrown once they have joined. Returns the first
// status that is not Ok (a false from the callback stops every worker and gives Cancelled).
CsvStatus readRecordsParallel(QByteArrayView data, const CsvDialect &dialect, const RowIndex &index,
                              int threads,
                              const std::function<bool(int worker, const CsvRecord &record)> &callback);

// readRecordsParallel on two threads without a row index built first. The calling thread (worker 0)
// reads from the start at once. The second thread first scans from the start to find where its
// share begins (where a record starts depends on every quote before it), then reads from there to
// the end. It stops scanning where what is left to worker 0 equals the rest of the file: a scan is
// several times faster than what a pass does with a record, so both shares end at about the same
// time. Worker 0 never reads a record at or past the second share's start; should it catch up
// with the scan, it waits for it. The scan goes `scanStep` bytes at a time; `scanned(begin, end)`
// runs on the second thread after each step (the moment to MappedFile::release() those bytes).
// Records, statuses and exceptions as readRecordsParallel.
//
// With `renumbering`, the second share starts near the middle at once, found without reading what
// comes before (a record start after a line break is the same whether the break was inside
// quotes or not, once two scans from there agree; the scan above is the fallback when they do not
// within 4 MB). Its records then come numbered from renumbering->base and its lines from 1, and
// once both shares are read (status Ok), renumbering says what they really are.
struct Renumbering {
    qint64 base = 0;     // in: the number the second share's first record gets
    bool needed = false; // out: the second share was numbered from base...
    qint64 record = 0;   // ... its first record is really this one
    qint64 line = 1;     // ... on this line
};
CsvStatus readRecordsInTwo(QByteArrayView data, const CsvDialect &dialect,
                           const std::function<bool(int worker, const CsvRecord &record)> &callback,
                           const std::function<void(qint64 begin, qint64 end)> &scanned = {},
                           qint64 scanStep = qint64(1) << 20, Renumbering *renumbering = nullptr);

// A read-only memory mapping of a whole file (QFile::map): the OS pages it in and out, so files
// larger than memory are indexed and read with flat memory.
class MappedFile {
public:
    explicit MappedFile(const QString &path);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QByteArrayView data() const { return {reinterpret_cast<const char *>(m_data), m_size}; }
    // Drops the pages of [offset, offset + length) from this process's memory (they stay in the
    // page cache, and read back in when touched again): a pass over a file larger than memory
    // keeps its resident size flat. The data stays valid.
    void release(qint64 offset, qint64 length) const;

private:
    QFile m_file;
    uchar *m_data = nullptr;
    qint64 m_size = 0;
    bool m_open = false;
    QString m_error;
};

} // namespace godwit::engine
