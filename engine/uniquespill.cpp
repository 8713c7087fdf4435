// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/uniquespill.h"

#include <QTemporaryFile>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <mutex>
#include <thread>

namespace godwit::engine {

UniqueSpill::UniqueSpill(Storage storage)
    : m_storage(storage)
    , m_files(kPartitions)
    , m_buffers(kPartitions)
    , m_chunks(storage == Storage::Memory ? kPartitions : 0)
{}

UniqueSpill::~UniqueSpill() = default;

void UniqueSpill::add(int column, quint64 hash, qint64 row)
{
    const size_t partition = size_t(hash >> (64 - kPartitionBits));
    std::vector<Record> &buffer = m_buffers[partition];
    if (buffer.capacity() == 0)
        buffer.reserve(kBufferRecords);
    buffer.push_back(Record{hash, quint32(row), quint32(column)});
    ++m_count;
    if (buffer.size() == kBufferRecords)
        write(partition);
}

bool UniqueSpill::write(size_t partition)
{
    std::vector<Record> &buffer = m_buffers[partition];
    if (m_storage == Storage::Memory) {
        if (buffer.size() == kBufferRecords) { // a partial buffer stays where it is
            m_chunks[partition].push_back(std::move(buffer));
            buffer = {};
        }
        return true;
    }
    if (buffer.empty() || failed()) {
        buffer.clear();
        return !failed();
    }
    std::unique_ptr<QTemporaryFile> &file = m_files[partition];
    if (!file) {
        file = std::make_unique<QTemporaryFile>();
        if (!file->open()) {
            m_error = QStringLiteral("no temporary file for the unique check: %1").arg(file->errorString());
            buffer.clear();
            return false;
        }
    }
    const qint64 bytes = qint64(buffer.size() * sizeof(Record));
    if (file->write(reinterpret_cast<const char *>(buffer.data()), bytes) != bytes) {
        m_error =
            QStringLiteral("writing the unique check's temporary file failed: %1").arg(file->errorString());
        buffer.clear();
        return false;
    }
    buffer.clear();
    return true;
}

bool UniqueSpill::flush()
{
    for (size_t p = 0; p < kPartitions; ++p)
        write(p);
    return !failed();
}

bool UniqueSpill::collect(size_t partition, std::vector<Record> &out, QString *error)
{
    const size_t at = out.size();
    if (m_storage == Storage::Memory) {
        for (std::vector<Record> &chunk : m_chunks[partition]) {
            out.insert(out.end(), chunk.begin(), chunk.end());
            std::vector<Record>().swap(chunk); // taken: its memory is not needed any more
        }
        std::vector<Record> &buffer = m_buffers[partition];
        out.insert(out.end(), buffer.begin(), buffer.end());
        std::vector<Record>().swap(buffer);
    } else if (QTemporaryFile *file = m_files[partition].get()) {
        const qint64 bytes = file->size();
        out.resize(at + size_t(bytes) / sizeof(Record));
        if (!file->seek(0) || file->read(reinterpret_cast<char *>(out.data() + at), bytes) != bytes) {
            if (error)
                *error = QStringLiteral("reading the unique check's temporary file failed: %1")
                             .arg(file->errorString());
            return false;
        }
        file->resize(0); // read: its disk space is not needed any more
    }
    if (m_rowDelta != 0) {
        for (size_t i = at; i < out.size(); ++i)
            out[i].row = quint32(qint64(out[i].row) + m_rowDelta);
    }
    return true;
}

void UniqueSpill::findInPartition(std::vector<Record> &records, std::vector<Record> &scratch,
                                  std::vector<Record> &table,
                                  const std::function<void(int column, qint64 row)> &onDuplicate)
{
    const size_t n = records.size();
    if (n < 2)
        return;
    // Buckets of at most about kBucket records by the hash bits below the partition's, so that a
    // bucket's table (twice its records, 16 bytes each) stays in the L2 cache.
    constexpr size_t kBucket = 8192;
    int bits = 0;
    while ((n >> bits) > kBucket && bits < 16)
        ++bits;
    const auto bucketOf = [bits](quint64 hash) {
        return bits == 0 ? size_t(0) : size_t((hash << kPartitionBits) >> (64 - bits));
    };
    std::vector<size_t> starts((size_t(1) << bits) + 1, 0);
    const std::vector<Record> *sorted = &records;
    if (bits > 0) {
        for (const Record &r : records)
            ++starts[bucketOf(r.hash) + 1];
        for (size_t b = 1; b < starts.size(); ++b)
            starts[b] += starts[b - 1];
        std::vector<size_t> at(starts.begin(), starts.end() - 1);
        scratch.resize(n);
        for (const Record &r : records)
            scratch[at[bucketOf(r.hash)]++] = r;
        sorted = &scratch;
    } else {
        starts[1] = n;
    }
    for (size_t b = 0; b + 1 < starts.size(); ++b) {
        const size_t count = starts[b + 1] - starts[b];
        if (count < 2)
            continue;
        // Open addressing on the hash's low bits (the high ones chose the partition and bucket);
        // hash 0 is an empty slot (hashOf() never gives it).
        const size_t capacity = std::bit_ceil(2 * count);
        const size_t mask = capacity - 1;
        table.resize(std::max(table.size(), capacity));
        std::memset(static_cast<void *>(table.data()), 0, capacity * sizeof(Record)); // all empty
        for (size_t i = starts[b]; i < starts[b + 1]; ++i) {
            const Record &r = (*sorted)[i];
            size_t slot = size_t(r.hash) & mask;
            while (table[slot].hash != 0 && (table[slot].hash != r.hash || table[slot].column != r.column))
                slot = (slot + 1) & mask;
            Record &first = table[slot];
            if (first.hash == 0) {
                first = r;
            } else if (r.row < first.row) { // records come in any order: the earlier row stays
                onDuplicate(int(first.column), qint64(first.row));
                first.row = r.row;
            } else {
                onDuplicate(int(r.column), qint64(r.row));
            }
        }
    }
}

bool UniqueSpill::findDuplicates(const std::vector<UniqueSpill *> &spills,
                                 const std::function<void(int column, qint64 row)> &onDuplicate,
                                 QString *error, int threads)
{
    for (UniqueSpill *spill : spills) {
        if (!spill->flush()) {
            if (error)
                *error = spill->errorString();
            return false;
        }
    }
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    QString firstError;
    const auto work = [&] {
        std::vector<Record> records;
        std::vector<Record> scratch;
        std::vector<Record> table;
        for (size_t p = next++; p < kPartitions && !failed.load(std::memory_order_relaxed); p = next++) {
            records.clear();
            for (UniqueSpill *spill : spills) {
                QString message;
                if (!spill->collect(p, records, &message)) {
                    const std::lock_guard<std::mutex> lock(errorMutex);
                    if (!failed.exchange(true))
                        firstError = message;
                    return;
                }
            }
            findInPartition(records, scratch, table, onDuplicate);
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < std::min<int>(threads, int(kPartitions)); ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
    if (failed) {
        if (error)
            *error = firstError;
        return false;
    }
    return true;
}

} // namespace godwit::engine
