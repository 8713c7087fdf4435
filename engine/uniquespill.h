// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTemporaryFile;

namespace godwit::engine {

// The `unique` rule for files too large to keep a table of their values in memory: each value's
// 64-bit hash (UniqueTracker::hashOf) and row go to temporary files, partitioned by the hash's top
// bits, and the duplicates are found afterwards one partition at a time. Memory stays at the
// write buffers (partitions × 64 KB per spill) plus one partition's records while it is read;
// disk takes 16 bytes a value.
// One UniqueSpill per thread (add() is not thread-safe); findDuplicates() over all of them.
class UniqueSpill {
public:
    static constexpr int kPartitionBits = 6;
    static constexpr size_t kPartitions = size_t(1) << kPartitionBits;

    UniqueSpill();
    ~UniqueSpill();
    UniqueSpill(const UniqueSpill &) = delete;
    UniqueSpill &operator=(const UniqueSpill &) = delete;

    // The value with this hash (never 0) in template column `column` at spreadsheet row `row`.
    void add(int column, quint64 hash, qint64 row);
    // Writes what is buffered; false (with errorString()) when the disk refused.
    bool flush();
    bool failed() const { return !m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }
    qint64 count() const { return m_count; }

    // Every value seen before in the same column, over all spills: `onDuplicate(column, row)` for
    // each row but the first of each (column, hash), in no particular order. False (with `error`)
    // when a spill could not be written or read back.
    static bool findDuplicates(const std::vector<UniqueSpill *> &spills,
                               const std::function<void(int column, qint64 row)> &onDuplicate,
                               QString *error);

private:
    struct Record {
        quint64 hash;
        quint32 row;
        quint32 column;
    };
    static_assert(sizeof(Record) == 16);
    static constexpr size_t kBufferRecords = 4096; // 64 KB

    bool write(size_t partition);

    std::vector<std::unique_ptr<QTemporaryFile>> m_files;
    std::vector<std::vector<Record>> m_buffers;
    qint64 m_count = 0;
    QString m_error;
};

} // namespace godwit::engine
