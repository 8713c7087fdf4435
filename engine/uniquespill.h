// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTemporaryFile;

namespace godwit::engine {

// The `unique` rule checked after the pass: each value's 64-bit hash (UniqueTracker::hashOf) and row
// are kept, partitioned by the hash's top bits, and the duplicates are found afterwards one
// partition at a time, each in a table that fits the cache.
// - Storage::Memory (a parallel pass within the memory budget): the records stay in memory, 16
//   bytes a value. Appending to a partition is a write to one of a few open lines, where
//   inserting into a table of millions of values waits on a cache miss for each (perf put about
//   a tenth of the parallel pass on its tables).
// - Storage::Files (files too large to keep a table of their values in memory): the records go
//   to temporary files. Memory stays at the write buffers (partitions × 64 KB per spill) plus
//   one partition's records while it is read; disk takes 16 bytes a value.
// One UniqueSpill per thread (add() is not thread-safe); findDuplicates() over all of them.
class UniqueSpill {
public:
    static constexpr int kPartitionBits = 6;
    static constexpr size_t kPartitions = size_t(1) << kPartitionBits;
    enum class Storage { Memory, Files };

    explicit UniqueSpill(Storage storage = Storage::Files);
    ~UniqueSpill();
    UniqueSpill(const UniqueSpill &) = delete;
    UniqueSpill &operator=(const UniqueSpill &) = delete;

    // The value with this hash (never 0) in template column `column` at spreadsheet row `row`.
    void add(int column, quint64 hash, qint64 row);
    // Adds `delta` to every row added, before and after (a range numbered before its place in the
    // file was known). The rows, so shifted, must stay in [0, 2^32).
    void shiftRows(qint64 delta) { m_rowDelta += delta; }
    // Writes what is buffered; false (with errorString()) when the disk refused.
    bool flush();
    bool failed() const { return !m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }
    qint64 count() const { return m_count; }

    // Every value seen before in the same column, over all spills: `onDuplicate(column, row)` for
    // each row but the first of each (column, hash), in no particular order. On `threads` threads
    // (partitions are independent): `onDuplicate` is then called from all of them at once. False
    // (with `error`) when a spill could not be written or read back.
    static bool findDuplicates(const std::vector<UniqueSpill *> &spills,
                               const std::function<void(int column, qint64 row)> &onDuplicate, QString *error,
                               int threads = 1);

private:
    struct Record {
        quint64 hash;
        quint32 row;
        quint32 column;
    };
    static_assert(sizeof(Record) == 16);
    static constexpr size_t kBufferRecords = 4096; // 64 KB

    bool write(size_t partition);
    // Appends partition `partition`'s records, rows shifted, to `out`.
    bool collect(size_t partition, std::vector<Record> &out, QString *error);
    // onDuplicate for each record but the first of its (column, hash) in `records` (any order).
    static void findInPartition(std::vector<Record> &records, std::vector<Record> &scratch,
                                std::vector<Record> &table,
                                const std::function<void(int column, qint64 row)> &onDuplicate);

    Storage m_storage;
    std::vector<std::unique_ptr<QTemporaryFile>> m_files;
    std::vector<std::vector<Record>> m_buffers;
    // Storage::Memory: per partition, its full buffers.
    std::vector<std::vector<std::vector<Record>>> m_chunks;
    qint64 m_count = 0;
    qint64 m_rowDelta = 0;
    QString m_error;
};

} // namespace godwit::engine
