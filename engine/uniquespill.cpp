// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/uniquespill.h"

#include <QTemporaryFile>

#include <algorithm>

namespace godwit::engine {

UniqueSpill::UniqueSpill()
    : m_files(kPartitions)
    , m_buffers(kPartitions)
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

bool UniqueSpill::findDuplicates(const std::vector<UniqueSpill *> &spills,
                                 const std::function<void(int column, qint64 row)> &onDuplicate,
                                 QString *error)
{
    for (UniqueSpill *spill : spills) {
        if (!spill->flush()) {
            if (error)
                *error = spill->errorString();
            return false;
        }
    }
    std::vector<Record> records;
    for (size_t p = 0; p < kPartitions; ++p) {
        records.clear();
        for (UniqueSpill *spill : spills) {
            QTemporaryFile *file = spill->m_files[p].get();
            if (!file)
                continue;
            const qint64 bytes = file->size();
            const size_t at = records.size();
            records.resize(at + size_t(bytes) / sizeof(Record));
            if (!file->seek(0) || file->read(reinterpret_cast<char *>(records.data() + at), bytes) != bytes) {
                if (error)
                    *error = QStringLiteral("reading the unique check's temporary file failed: %1")
                                 .arg(file->errorString());
                return false;
            }
            file->resize(0); // read: its disk space is not needed any more
        }
        // Equal (column, hash) side by side, the first row first.
        std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
            if (a.column != b.column)
                return a.column < b.column;
            if (a.hash != b.hash)
                return a.hash < b.hash;
            return a.row < b.row;
        });
        for (size_t i = 1; i < records.size(); ++i) {
            if (records[i].hash == records[i - 1].hash && records[i].column == records[i - 1].column)
                onDuplicate(int(records[i].column), qint64(records[i].row));
        }
    }
    std::vector<Record>().swap(records);
    return true;
}

} // namespace godwit::engine
