// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/previewindex.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <thread>

namespace godwit::app {

using engine::RowIndexEntry;

PreviewIndexState PreviewIndex::state() const
{
    std::shared_lock lock(m_mutex);
    return m_state;
}

RowIndexEntry PreviewIndex::nearest(qint64 record) const
{
    std::shared_lock lock(m_mutex);
    auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), record,
                               [](qint64 r, const RowIndexEntry &e) { return r < e.record; });
    if (it == m_entries.cbegin())
        return {};
    return *(it - 1);
}

RowIndexEntry PreviewIndex::nearestLine(qint64 line) const
{
    std::shared_lock lock(m_mutex);
    auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), line,
                               [](qint64 l, const RowIndexEntry &e) { return l < e.line; });
    if (it == m_entries.cbegin())
        return {};
    return *(it - 1);
}

RowIndexEntry PreviewIndex::nearestOffset(qint64 offset) const
{
    std::shared_lock lock(m_mutex);
    auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), offset,
                               [](qint64 o, const RowIndexEntry &e) { return o < e.offset; });
    if (it == m_entries.cbegin())
        return {};
    return *(it - 1);
}

std::size_t PreviewIndex::entryCount() const
{
    std::shared_lock lock(m_mutex);
    return m_entries.size();
}

void PreviewIndex::append(const std::vector<RowIndexEntry> &entries, qint64 records, qint64 lineBreaks,
                          qint64 bytes)
{
    std::unique_lock lock(m_mutex);
    m_entries.insert(m_entries.end(), entries.cbegin(), entries.cend());
    m_state.records = records;
    m_state.lineBreaks = lineBreaks;
    m_state.bytes = bytes;
}

void PreviewIndex::addUndecodable(qint64 count, qint64 firstOffset, qint64 firstRawOffset)
{
    std::unique_lock lock(m_mutex);
    if (count > 0 && m_state.undecodable == 0) {
        m_state.firstUndecodable = firstOffset;
        m_state.firstUndecodableRaw = firstRawOffset;
    }
    m_state.undecodable += count;
}

void PreviewIndex::setTotalBytes(qint64 bytes)
{
    std::unique_lock lock(m_mutex);
    m_state.totalBytes = bytes;
}

void PreviewIndex::finish(bool endsInsideQuotes)
{
    std::unique_lock lock(m_mutex);
    m_state.complete = true;
    m_state.endsInsideQuotes = endsInsideQuotes;
    m_state.totalBytes = m_state.bytes;
}

namespace {

struct Undecodable {
    qint64 count = 0;
    qint64 first = -1; // offset in the bytes checked
};

// Bytes that Windows-1252 or ISO-8859-15 leave unassigned.
const std::array<bool, 256> &unassigned(engine::TextEncoding encoding)
{
    static const auto build = [](engine::TextEncoding e) {
        std::array<bool, 256> table{};
        for (int b = 0; b < 256; ++b) {
            const char byte = char(b);
            QList<engine::DecodeIssue> issues;
            engine::decodeToUtf8(QByteArrayView(&byte, 1), e, &issues);
            table[std::size_t(b)] = !issues.isEmpty();
        }
        return table;
    };
    static const std::array<bool, 256> windows1252 = build(engine::TextEncoding::Windows1252);
    static const std::array<bool, 256> iso8859_15 = build(engine::TextEncoding::Iso8859_15);
    return encoding == engine::TextEncoding::Windows1252 ? windows1252 : iso8859_15;
}

// Undecodable sequences in `bytes`, checked in parts on `threads` threads (0: one per core). Each
// part starts at an ASCII byte, so no sequence (nor a run of bad bytes) is cut.
Undecodable countUndecodable(QByteArrayView bytes, engine::TextEncoding encoding, int threads)
{
    if (encoding != engine::TextEncoding::Utf8) { // a single-byte encoding: a table look-up per byte
        const std::array<bool, 256> &bad = unassigned(encoding);
        Undecodable found;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bad[static_cast<unsigned char>(bytes[i])] && found.count++ == 0)
                found.first = i;
        }
        return found;
    }
    const int parts = std::max(1, threads > 0 ? threads : QThread::idealThreadCount());
    std::vector<qsizetype> cuts{0};
    for (int k = 1; k < parts; ++k) {
        qsizetype at = std::max(cuts.back(), bytes.size() * k / parts);
        while (at < bytes.size() && static_cast<unsigned char>(bytes[at]) >= 0x80)
            ++at;
        cuts.push_back(at);
    }
    cuts.push_back(bytes.size());
    std::vector<Undecodable> found(cuts.size() - 1);
    const auto check = [&](std::size_t part) {
        const QByteArrayView piece = bytes.sliced(cuts[part], cuts[part + 1] - cuts[part]);
        if (piece.isValidUtf8())
            return; // the usual case, and Qt's check is the fast one
        engine::Utf8Decoder decoder(encoding);
        const auto ignore = [](QByteArrayView) {};
        decoder.decode(piece, ignore);
        decoder.finish(ignore);
        found[part].count = decoder.issueCount();
        if (!decoder.issues().isEmpty())
            found[part].first = cuts[part] + decoder.issues().first().inputOffset;
    };
    std::vector<std::thread> others;
    for (std::size_t part = 1; part < found.size(); ++part)
        others.emplace_back(check, part);
    check(0);
    for (std::thread &t : others)
        t.join();
    Undecodable total;
    for (const Undecodable &u : found) {
        if (u.count > 0 && total.count == 0)
            total.first = u.first;
        total.count += u.count;
    }
    return total;
}

} // namespace

PreviewIndexer::PreviewIndexer(std::shared_ptr<PreviewData> data, const engine::CsvDialect &dialect,
                               std::shared_ptr<PreviewIndex> index, const PreviewIndexerOptions &options)
    : m_data(std::move(data))
    , m_dialect(dialect)
    , m_index(std::move(index))
    , m_options(options)
{
    m_readPos = m_data->base();
    m_check = m_data->encoding() != engine::TextEncoding::Latin1; // every byte is Latin-1
    m_index->setTotalBytes(m_data->available());
}

PreviewIndexer::PreviewIndexer(const QString &sourcePath, engine::TextEncoding sourceEncoding,
                               std::shared_ptr<PreviewData> copy, const engine::CsvDialect &dialect,
                               std::shared_ptr<PreviewIndex> index, const PreviewIndexerOptions &options)
    : m_data(std::move(copy))
    , m_dialect(dialect)
    , m_index(std::move(index))
    , m_options(options)
    , m_sourcePath(sourcePath)
{
    m_converter.emplace(sourceEncoding);
}

bool PreviewIndexer::openFiles()
{
    if (m_opened)
        return true;
    m_source.setFileName(m_converter ? m_sourcePath : m_data->path());
    if (!m_source.open(QIODevice::ReadOnly)) {
        m_error = m_source.errorString();
        return false;
    }
    if (m_converter) {
        m_sourceSize = m_source.size();
        // UTF-16 to UTF-8: mostly ASCII text halves; the estimate is corrected as we go.
        m_index->setTotalBytes(m_sourceSize / 2);
        m_copy.setFileName(m_data->path());
        if (!m_copy.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = m_copy.errorString();
            return false;
        }
    }
    m_opened = true;
    return true;
}

// Reads (and converts) until the buffer holds `want` bytes or the input ends.
bool PreviewIndexer::fill(qint64 want)
{
    constexpr qint64 kReadBytes = qint64(4) << 20;
    while (!m_eof && m_buffer.size() < want) {
        if (!m_converter) {
            const qint64 end = m_data->base() + m_data->available();
            const qint64 toRead = std::min(want - m_buffer.size(), end - m_readPos);
            if (toRead <= 0) {
                m_eof = true;
                break;
            }
            const qsizetype old = m_buffer.size();
            m_buffer.resize(old + qsizetype(toRead));
            if (!m_source.seek(m_readPos)) {
                m_error = m_source.errorString();
                return false;
            }
            const qint64 got = m_source.read(m_buffer.data() + old, toRead);
            if (got <= 0) {
                m_buffer.resize(old);
                //: The file being previewed became shorter (or unreadable) while it was read
                m_error = got < 0 ? m_source.errorString()
                                  : QCoreApplication::translate("godwit::app::PreviewIndexer",
                                                                "The file ended early: it was changed "
                                                                "while it was read.");
                return false;
            }
            m_buffer.resize(old + qsizetype(got));
            m_readPos += got;
            continue;
        }
        // A UTF-16 file: decode a block, append the UTF-8 to the buffer and to the copy.
        // About what the slice still needs (UTF-16 is about two bytes per UTF-8 byte), in bounds.
        const qint64 rawBytes = std::clamp<qint64>((want - m_buffer.size()) * 2, 64 * 1024, kReadBytes);
        QByteArray raw(qsizetype(rawBytes), Qt::Uninitialized);
        const qint64 got = m_source.read(raw.data(), raw.size());
        if (got < 0) {
            m_error = m_source.errorString();
            return false;
        }
        const qsizetype old = m_buffer.size();
        const qint64 issuesBefore = m_converter->issueCount();
        const auto sink = [this](QByteArrayView utf8) { m_buffer.append(utf8); };
        if (got > 0) {
            m_readPos += got;
            m_converter->decode(QByteArrayView(raw.constData(), qsizetype(got)), sink);
        } else {
            m_converter->finish(sink);
            m_eof = true;
        }
        if (m_converter->issueCount() > issuesBefore) {
            const qint64 count = m_converter->issueCount() - issuesBefore;
            const auto &issues = m_converter->issues();
            const qsizetype first = qsizetype(issuesBefore);
            if (first < issues.size())
                m_index->addUndecodable(count, issues[first].outputOffset, issues[first].inputOffset);
            else
                m_index->addUndecodable(count, -1, -1);
        }
        const QByteArrayView added = QByteArrayView(m_buffer).sliced(old);
        if (!added.isEmpty() && m_copy.write(added.data(), added.size()) != added.size()) {
            m_error = m_copy.errorString();
            return false;
        }
        if (!m_copy.flush()) {
            m_error = m_copy.errorString();
            return false;
        }
        m_written += added.size();
        m_data->setAvailable(m_written, m_eof);
        if (m_readPos > 0 && !m_eof) {
            // Estimated size of the whole copy: what the input so far became, scaled.
            const double ratio = double(m_written) / double(m_readPos);
            m_index->setTotalBytes(qint64(double(m_sourceSize) * ratio));
        }
    }
    return true;
}

// The end of the buffer's last complete line: right after a LF, or after a CR that is not the
// buffer's last byte (its LF may still come). 0 when there is none.
std::size_t PreviewIndexer::lastCut(qint64 size) const
{
    const char *d = m_buffer.constData();
    for (qint64 i = size - 1; i >= 0; --i) {
        if (d[i] == '\n')
            return std::size_t(i + 1);
        if (d[i] == '\r' && i + 1 < size)
            return std::size_t(i + 1);
    }
    return 0;
}

// A record longer than the buffer: read more, up to the reader's limit for one record.
bool PreviewIndexer::grow(qint64 &want, qint64 size)
{
    want = std::max(want, size) * 2;
    if (want <= engine::CsvReader::kDefaultMaxRecordBytes + m_options.sliceBytes)
        return true;
    m_error = QCoreApplication::translate("godwit::app::PreviewIndexer",
                                          "A record is larger than 256 MB (a quote that never closes?).");
    return false;
}

PreviewIndexer::Status PreviewIndexer::run(const std::function<bool()> &cancelled)
{
    if (!m_error.isEmpty())
        return Status::Failed;
    if (!openFiles())
        return Status::Failed;
    qint64 want = m_first ? m_options.firstSliceBytes : m_options.sliceBytes;
    for (;;) {
        if (cancelled && cancelled())
            return Status::Cancelled;
        if (!fill(want))
            return Status::Failed;
        if (m_buffer.isEmpty() && m_eof) {
            m_index->finish(false);
            return Status::Finished;
        }
        const bool last = m_eof;
        const qint64 size = m_buffer.size();
        const qint64 cut = last ? size : qint64(lastCut(size));
        if (cut == 0) { // one line longer than the buffer: read more
            if (!grow(want, size))
                return Status::Failed;
            continue;
        }

        engine::RowIndexOptions options;
        options.stride = m_options.stride;
        options.threads = m_options.threads;
        options.chunkBytes = m_options.chunkBytes;
        options.progress = [&cancelled](qint64, qint64) { return !(cancelled && cancelled()); };
        engine::RowIndex slice;
        if (engine::RowIndex::build(QByteArrayView(m_buffer.constData(), qsizetype(cut)), m_dialect, options,
                                    &slice) == engine::RowIndexStatus::Cancelled)
            return Status::Cancelled;

        // How much of the slice to take: all of it, unless it ends inside a quoted field that
        // may go on in the next slice; then up to its last entry (a record start).
        qint64 takenRecords = slice.recordCount();
        qint64 takenBreaks = slice.lineBreaks();
        qint64 takenBytes = cut;
        if (!last && slice.endsInsideQuotes()) {
            const RowIndexEntry &lastEntry = slice.entries().back();
            if (lastEntry.offset == 0) { // one record longer than the slice
                if (!grow(want, size))
                    return Status::Failed;
                continue;
            }
            takenRecords = lastEntry.record;
            takenBreaks = lastEntry.line - 1;
            takenBytes = lastEntry.offset;
        }
        std::vector<RowIndexEntry> entries;
        entries.reserve(slice.entries().size());
        for (const RowIndexEntry &e : slice.entries()) {
            if (e.record >= takenRecords)
                break;
            entries.push_back({m_records + e.record, m_bufferStart + e.offset, m_breaks + e.line});
        }

        // Undecodable bytes in what was taken (a UTF-16 file's were counted when converted).
        if (m_check) {
            const Undecodable found =
                countUndecodable(QByteArrayView(m_buffer.constData(), qsizetype(takenBytes)),
                                 m_data->encoding(), m_options.threads);
            if (found.count > 0)
                m_index->addUndecodable(found.count, m_bufferStart + found.first,
                                        m_data->base() + m_bufferStart + found.first);
        }

        m_records += takenRecords;
        m_breaks += takenBreaks;
        m_bufferStart += takenBytes;
        m_index->append(entries, m_records, m_breaks, m_bufferStart);
        if (m_options.afterSlice)
            m_options.afterSlice(m_index->state());
        // Keep the buffer's memory (no new pages to fault in for every slice): the rest to the front.
        const qsizetype rest = m_buffer.size() - qsizetype(takenBytes);
        std::memmove(m_buffer.data(), m_buffer.constData() + takenBytes, std::size_t(rest));
        m_buffer.resize(rest);
        if (m_buffer.capacity() > 2 * m_options.sliceBytes + (qint64(1) << 20))
            m_buffer.squeeze(); // after a huge record
        m_first = false;
        want = m_options.sliceBytes;
        if (last && m_buffer.isEmpty()) {
            m_index->finish(slice.endsInsideQuotes());
            return Status::Finished;
        }
    }
}

} // namespace godwit::app
