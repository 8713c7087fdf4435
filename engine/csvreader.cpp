// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/csvreader.h"

#include "engine/csvblocks_p.h"
#include "engine/csvscan_p.h"

#include <algorithm>
#include <cstring>

namespace godwit::engine {

namespace {

using scan::countBreaks;
using scan::findSpecial;

constexpr size_t kSlice = size_t(1) << 20;        // progress and cancellation granularity
constexpr size_t kKeepCapacity = size_t(4) << 20; // larger buffers are released after use

inline bool isBlank(char c, char delimiter)
{
    return (c == ' ' || c == '\t') && c != delimiter;
}

} // namespace

QString csvStatusName(CsvStatus status)
{
    switch (status) {
    case CsvStatus::Ok:
        return QStringLiteral("ok");
    case CsvStatus::Cancelled:
        return QStringLiteral("cancelled");
    case CsvStatus::UnterminatedQuote:
        return QStringLiteral("unterminated-quote");
    case CsvStatus::RecordTooLarge:
        return QStringLiteral("record-too-large");
    }
    return {};
}

QString csvIssueKindName(CsvIssueKind kind)
{
    switch (kind) {
    case CsvIssueKind::RaggedRow:
        return QStringLiteral("ragged-row");
    case CsvIssueKind::TextAfterClosingQuote:
        return QStringLiteral("text-after-closing-quote");
    case CsvIssueKind::UnterminatedQuote:
        return QStringLiteral("unterminated-quote");
    }
    return {};
}

CsvReader::CsvReader(const CsvDialect &dialect)
    : m_dialect(dialect)
{
    m_fields.resize(64);
    m_views.reserve(64);
}

void CsvReader::setProgressCallback(ProgressCallback callback, qint64 interval)
{
    m_onProgress = std::move(callback);
    m_progressInterval = std::max<qint64>(1, interval);
    m_nextProgress = bytesConsumed() + m_progressInterval;
}

void CsvReader::setStartPosition(qint64 offset, qint64 line, qint64 record)
{
    m_base = offset;
    m_line = line;
    m_record = record;
    m_nextProgress = offset + m_progressInterval;
}

void CsvReader::report(const CsvIssue &issue)
{
    ++m_issueCount;
    if (m_issues.size() < kMaxKeptIssues)
        m_issues.append(issue);
    if (m_onIssue)
        m_onIssue(issue);
}

inline void CsvReader::resetRecordState()
{
    m_anyUnescape = false;
    m_state = State::RecordStart;
    m_escaped = false;
    m_garbage = false;
    m_unterminated = false;
    m_scan = 0;
    m_recordBreaks = 0;
    m_fieldCount = 0;
}

CsvStatus CsvReader::feed(QByteArrayView chunk)
{
    if (m_finished || m_status != CsvStatus::Ok)
        return m_status;
    const char *data = chunk.data();
    const size_t size = size_t(chunk.size());
    size_t pos = 0;
    while (pos < size && m_status == CsvStatus::Ok) {
        const size_t slice = std::min(size - pos, kSlice);
        feedSlice(data + pos, slice);
        pos += slice;
        if (m_status == CsvStatus::Ok && m_onProgress && bytesConsumed() >= m_nextProgress) {
            m_nextProgress = bytesConsumed() + m_progressInterval;
            if (!m_onProgress(bytesConsumed()))
                m_status = CsvStatus::Cancelled;
        }
    }
    return m_status;
}

void CsvReader::feedSlice(const char *data, size_t size)
{
    size_t pos = 0;
    while (pos < size && m_status == CsvStatus::Ok) {
        if (m_pending.empty()) {
            // Common case: parse straight from the caller's buffer, keep only the unfinished record.
            const size_t used = parseBlock(data + pos, size - pos, false);
            m_base += qint64(used);
            if (m_status != CsvStatus::Ok)
                return;
            m_pending.assign(data + pos + used, size - pos - used);
            pos = size;
        } else {
            // A record straddles buffers: extend it a growing step at a time, so a 10 MB field fed in
            // 4 KB buffers is scanned once (scanning resumes where it stopped) and copied once.
            const size_t old = m_pending.size();
            const size_t take = std::min(size - pos, std::max(m_step, old));
            m_pending.append(data + pos, take);
            const size_t used = parseBlock(m_pending.data(), m_pending.size(), false);
            m_base += qint64(used);
            if (m_status != CsvStatus::Ok)
                return;
            if (used == 0) {
                pos += take;
                if (qint64(m_pending.size()) > m_maxRecordBytes)
                    m_status = CsvStatus::RecordTooLarge;
                continue;
            }
            if (used >= old) {
                // The straddling record is done: go back to the caller's buffer at the first
                // unfinished record and rescan it from its start (m_skipLF carries over).
                pos += used - old;
                m_pending.clear();
                if (m_pending.capacity() > kKeepCapacity)
                    std::string().swap(m_pending); // memory stays flat after one huge record
                resetRecordState();
            } else {
                m_pending.erase(0, used);
                pos += take;
            }
        }
    }
}

CsvStatus CsvReader::finish()
{
    if (m_finished)
        return m_status;
    m_finished = true;
    if (m_status != CsvStatus::Ok)
        return m_status;
    const size_t used = parseBlock(m_pending.data(), m_pending.size(), true);
    m_base += qint64(used);
    m_pending.clear();
    if (m_status == CsvStatus::Ok && m_onProgress && !m_onProgress(bytesConsumed()))
        m_status = CsvStatus::Cancelled;
    return m_status;
}

void CsvReader::pushField(size_t end)
{
    if (m_escaped)
        addField(m_quoteOpen, end, true);
    else
        addField(m_quoteOpen + 1, m_quoteClose, false);
}

char *CsvReader::unescapeTo(const char *begin, const char *end, char *out) const
{
    const char quote = m_dialect.quote;
    const char *p = begin + 1; // past the opening quote
    while (p < end) {
        const char *x = static_cast<const char *>(std::memchr(p, quote, size_t(end - p)));
        if (!x) { // unterminated: everything to the end is content
            std::memcpy(out, p, size_t(end - p));
            return out + (end - p);
        }
        std::memcpy(out, p, size_t(x - p));
        out += x - p;
        if (x + 1 < end && x[1] == quote) {
            *out++ = quote;
            p = x + 2;
            continue;
        }
        // Closing quote: text after it is kept verbatim, blanks before the delimiter are not.
        const char *rest = x + 1;
        const char *e = end;
        while (e > rest && (e[-1] == ' ' || e[-1] == '\t'))
            --e;
        std::memcpy(out, rest, size_t(e - rest));
        return out + (e - rest);
    }
    return out;
}

bool CsvReader::endRecord(const char *d, size_t recordStart, size_t end, bool viewsReady)
{
    if (m_dialect.dropTrailingEmptyField && m_fieldCount > 1) {
        const Span &last = m_fields[m_fieldCount - 1];
        // An unquoted empty field is the only one whose span starts where it ends at the line end.
        if (!last.unescape && last.begin == last.end && last.end == end)
            --m_fieldCount;
    }

    const size_t count = m_fieldCount;
    if (!viewsReady) {
        if (m_views.size() < count)
            m_views.resize(count);
        for (size_t i = 0; i < count; ++i)
            m_views[i] =
                QByteArrayView(d + m_fields[i].begin, qsizetype(m_fields[i].end - m_fields[i].begin));
    }
    QByteArrayView *const views = m_views.data();
    const Span *const fields = m_fields.data();
    if (m_anyUnescape) {
        // Unescaped text is never longer than its raw span, and every span lies inside the
        // record: a buffer of the record's size holds them all, so no view moves.
        if (m_scratch.size() < end - recordStart)
            m_scratch.resize(end - recordStart);
        char *out = m_scratch.data();
        for (size_t i = 0; i < count; ++i) {
            if (!fields[i].unescape)
                continue;
            char *const at = out;
            out = unescapeTo(d + fields[i].begin, d + fields[i].end, out);
            views[i] = QByteArrayView(at, qsizetype(out - at));
        }
    }

    CsvRecord record;
    record.fields = std::span<const QByteArrayView>(views, count);
    record.index = m_record;
    record.line = m_line;
    record.offset = m_base + qint64(recordStart);
    record.length = qint64(end - recordStart);

    if (m_expectedFields < 0)
        m_expectedFields = int(count);
    else if (int(count) != m_expectedFields)
        report({CsvIssueKind::RaggedRow, record.index, record.line, record.offset, m_expectedFields,
                int(count)});
    if (m_garbage)
        report({CsvIssueKind::TextAfterClosingQuote, record.index, record.line, record.offset, 0, 0});
    if (m_unterminated)
        report({CsvIssueKind::UnterminatedQuote, record.index, record.line, record.offset, 0, 0});

    const bool go = m_onRecord ? m_onRecord(record) : true;
    if (m_scratch.capacity() > kKeepCapacity)
        std::string().swap(m_scratch);
    ++m_record;
    m_line += 1 + m_recordBreaks;
    resetRecordState();
    if (!go)
        m_status = CsvStatus::Cancelled;
    return go;
}

// The block splitter. d[p] is a field's first byte (state FieldStart, no LF to skip). While 64
// bytes are left from p, splits the fields and records of d[p, p + 64) up to its last separator
// outside quotes and goes on from there, exactly as the state machine would, as long as the masks
// tell it exactly: every quote either opening a field right after a separator or doubled inside a
// quoted field, every closing quote followed by a delimiter or line break. Stops at the first block
// where they do not (or that has no separator outside quotes) with p, rs and the state where it
// stopped: FieldStart, or RecordStart after a line break. False: the record callback stopped reading
// (p and rs past that record).
template <class Match>
[[gnu::always_inline]] inline bool CsvReader::splitBlocksWith(const Match &masks, const char *d, size_t n,
                                                              size_t &p, size_t &rs)
{
    const bool skipBlankLines = m_dialect.skipBlankLines;
    size_t base = p;
    size_t recordStart = rs;
    // Room for a field and its view per separator of a block, checked once a block.
    if (m_fields.size() < m_fieldCount + 64)
        m_fields.resize(std::max(m_fields.size() * 2, m_fieldCount + 64));
    if (m_views.size() < m_fields.size())
        m_views.resize(m_fields.size());
    Span *fields = m_fields.data();
    Span *room = fields + m_fields.size() - 64; // out <= room: a block's fields fit
    Span *out = fields + m_fieldCount;
    // The views are made here too, for records all of whose fields are split here.
    QByteArrayView *views = m_views.data();
    QByteArrayView *view = views + m_fieldCount;
    bool viewsReady = m_fieldCount == 0;
    const auto add = [&](size_t begin, size_t end, bool unescape) {
        *out++ = {begin, end, unescape};
        *view++ = QByteArrayView(d + begin, qsizetype(end - begin));
    };
    while (n - base >= 64) {
        // The file's bytes asked for 16 blocks ahead: without it the two loads of a block waited
        // for the bytes (perf put a third of the splitter's samples on them), as a whole row's
        // validation runs between blocks. The pass took 7-10 % less CPU time with it. A prefetch
        // past the end of the data does not fault.
        __builtin_prefetch(d + base + 1024);
        const blocks::Masks m = masks(d + base);
        const quint64 inside = blocks::prefixXor(m.quote); // bit k: byte k is inside quotes (or opens them)
        const quint64 separators = m.separator & ~inside;
        if (separators == 0)
            break;
        const unsigned last = 63u - unsigned(__builtin_clzll(separators));
        const quint64 quotes = m.quote & (~quint64(0) >> (63 - last));
        if (quotes) {
            const quint64 opening = quotes & inside;
            const quint64 closing = quotes & ~inside;
            // Byte 0 is a field start; a quote elsewhere opens a field right after a separator, or
            // is the second of a doubled pair. Closing quotes (never the last byte: that is a
            // separator) are followed by a separator or the other quote of a pair.
            if (opening & ~((separators << 1) | (closing << 1) | 1))
                break;
            if (closing & ~((m.separator | m.quote) >> 1))
                break;
        }

        if (out > room) {
            const size_t count = size_t(out - fields);
            m_fields.resize(m_fields.size() * 2);
            m_views.resize(m_fields.size());
            fields = m_fields.data();
            room = fields + m_fields.size() - 64;
            out = fields + count;
            views = m_views.data();
            view = views + count;
        }
        const quint64 lines = m.lf | m.cr; // outside quotes where they are separators
        // A line break right after one outside quotes is at a record start: an LF after a CR is
        // the same break (the state machine's skipLF), anything else a blank line. (At byte 0 it
        // cannot be: there the state is FieldStart, which RecordStart only leaves for a blank line
        // when blank lines are records.)
        const quint64 lineOut = lines & separators;
        const quint64 skipped = m.lf & (m.cr << 1) & lineOut;
        const quint64 atRecordStart = skipped | (skipBlankLines ? lineOut & (lineOut << 1) : 0);
        // Separators ending a quoted field: right after its closing quote (the only place a
        // regular block has a closing quote before a separator).
        const quint64 quotedEnds = separators & ((quotes & ~inside) << 1);
        // Separators after which more than appending a plain field happens.
        const quint64 special = lineOut | atRecordStart | quotedEnds;
        quint64 seps = separators;
        unsigned fs = 0; // the field's first byte in the block
        do {
            const unsigned k = unsigned(__builtin_ctzll(seps));
            seps &= seps - 1;
            if (!((special >> k) & 1)) {
                add(base + fs, base + k, false);
                fs = k + 1;
                continue;
            }
            if ((atRecordStart >> k) & 1) {
                if (!((skipped >> k) & 1))
                    ++m_line; // a blank line
                recordStart = base + k + 1;
                fs = k + 1;
                continue;
            }
            if ((quotedEnds >> k) & 1) {
                // "..." closed at k - 1; quotes in between are doubled pairs.
                if (quotes & blocks::range(fs + 1, k - 1)) {
                    add(base + fs, base + k, true);
                    m_anyUnescape = true;
                } else {
                    add(base + fs + 1, base + k - 1, false);
                }
                const quint64 field = blocks::range(fs, k);
                if (lines & field) // CRLF, CR and LF inside the quotes count once each
                    m_recordBreaks += blocks::popcount((m.cr | (m.lf & ~(m.cr << 1))) & field);
            } else {
                add(base + fs, base + k, false);
            }
            if ((lineOut >> k) & 1) {
                m_fieldCount = size_t(out - fields);
                const bool go = endRecord(d, recordStart, base + k, viewsReady);
                out = fields; // endRecord resets the record
                view = views;
                viewsReady = true;
                recordStart = base + k + 1;
                if (!go) {
                    p = rs = recordStart;
                    m_skipLF = (m.cr >> k) & 1;
                    return false;
                }
            }
            fs = k + 1;
        } while (seps);
        base += last + 1;
        if (((lineOut >> last) & 1) && base < n && (d[base] == '\n' || d[base] == '\r'))
            break; // the state machine takes the record start (a blank line, the LF of a CRLF)
    }
    if (base != p) {
        // Right after a separator: a line break (outside quotes, so it ended a line) leaves the
        // state machine at a record start.
        const char c = d[base - 1];
        m_state = c == '\n' || c == '\r' ? State::RecordStart : State::FieldStart;
        m_skipLF = c == '\r';
    }
    m_fieldCount = size_t(out - fields);
    rs = recordStart;
    p = base;
    return true;
}

bool CsvReader::splitBlocks(const char *d, size_t n, size_t &p, size_t &rs)
{
#if defined(GODWIT_BLOCKS_AVX2)
    if (blocks::avx2Enabled())
        return splitBlocksAvx2(d, n, p, rs);
#endif
    return splitBlocksWith(blocks::Matcher(m_dialect.delimiter, m_dialect.quote), d, n, p, rs);
}

// The same splitter compiled for AVX2, with the masks inlined.
#if defined(GODWIT_BLOCKS_AVX2)
__attribute__((target("avx2"))) bool CsvReader::splitBlocksAvx2(const char *d, size_t n, size_t &p,
                                                                size_t &rs)
{
    return splitBlocksWith(blocks::MatcherAvx2(m_dialect.delimiter, m_dialect.quote), d, n, p, rs);
}
#else
bool CsvReader::splitBlocksAvx2(const char *d, size_t n, size_t &p, size_t &rs)
{
    return splitBlocksWith(blocks::Matcher(m_dialect.delimiter, m_dialect.quote), d, n, p, rs);
}
#endif

// Parses d[0, n), where d[0] is the first byte of the record in progress (m_scan and field spans
// are relative to d). Delivers every complete record and returns the offset of the first
// unfinished one; spans are rebased so that offset becomes 0. With final, n is the end of input.
size_t CsvReader::parseBlock(const char *d, size_t n, bool final)
{
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    const bool blockScan = m_blockScan && delimiter != '\n' && delimiter != '\r' && quote != '\n' &&
                           quote != '\r' && (quote == '\0' || quote != delimiter);
    size_t retryAt = 0; // the block splitter is tried again from here after a block it could not split
    size_t rs = 0;
    size_t p = m_scan;

    auto lineEnd = [&](size_t at) {
        const char c = d[at];
        const bool go = endRecord(d, rs, at);
        p = at + 1;
        rs = p;
        m_skipLF = (c == '\r');
        return go;
    };

    for (;;) {
        switch (m_state) {
        case State::RecordStart: {
            if (p >= n)
                goto out;
            const char c = d[p];
            if (m_skipLF) {
                m_skipLF = false;
                if (c == '\n') {
                    rs = ++p;
                    continue;
                }
            }
            if ((c == '\n' || c == '\r') && m_dialect.skipBlankLines) {
                ++m_line;
                m_skipLF = (c == '\r');
                rs = ++p;
                continue;
            }
            m_state = State::FieldStart;
            continue;
        }
        case State::FieldStart: {
            if (blockScan && p >= retryAt && n - p >= 64) {
                const size_t from = p;
                if (!splitBlocks(d, n, p, rs))
                    goto out;
                if (p != from)
                    continue;     // in FieldStart or RecordStart
                retryAt = p + 64; // the byte machine takes at least the block that stopped it
            }
            if (p >= n)
                goto out;
            const char c = d[p];
            m_fieldStart = p;
            if (quote != '\0' && c == quote) {
                m_quoteOpen = p++;
                m_state = State::Quoted;
            } else if (c == delimiter) {
                addField(p, p, false);
                ++p;
            } else if (c == '\n' || c == '\r') {
                addField(p, p, false);
                if (!lineEnd(p))
                    goto out;
            } else if (quote != '\0' && isBlank(c, delimiter)) {
                ++p;
                m_state = State::Leading;
            } else {
                m_state = State::Unquoted;
            }
            continue;
        }
        case State::Leading: {
            while (p < n && isBlank(d[p], delimiter))
                ++p;
            if (p >= n)
                goto out;
            if (d[p] == quote) {
                m_quoteOpen = p++;
                m_state = State::Quoted;
            } else {
                m_state = State::Unquoted; // the blanks belong to the unquoted field
            }
            continue;
        }
        case State::Unquoted: {
            const char *q = findSpecial(d + p, d + n, delimiter);
            p = size_t(q - d);
            if (p >= n)
                goto out;
            addField(m_fieldStart, p, false);
            if (*q == delimiter) {
                ++p;
                m_state = State::FieldStart;
            } else if (!lineEnd(p)) {
                goto out;
            }
            continue;
        }
        case State::Quoted: {
            const auto *q = static_cast<const char *>(std::memchr(d + p, quote, n - p));
            const size_t stop = q ? size_t(q - d) : n;
            m_recordBreaks += countBreaks(d, p, stop);
            p = stop;
            if (!q)
                goto out;
            ++p;
            m_state = State::QuoteSeen;
            continue;
        }
        case State::QuoteSeen: {
            if (p >= n && !final)
                goto out;
            if (p < n && d[p] == quote) { // doubled quote
                m_escaped = true;
                ++p;
                m_state = State::Quoted;
            } else {
                m_quoteClose = p - 1;
                m_state = State::AfterQuote;
            }
            continue;
        }
        case State::AfterQuote: {
            while (p < n && isBlank(d[p], delimiter))
                ++p;
            if (p >= n)
                goto out;
            const char c = d[p];
            if (c == delimiter) {
                pushField(p);
                ++p;
                m_state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                pushField(p);
                if (!lineEnd(p))
                    goto out;
            } else { // text after the closing quote: kept, reported, scanned like an unquoted field
                m_escaped = true;
                m_garbage = true;
                const char *q = findSpecial(d + p, d + n, delimiter);
                p = size_t(q - d);
            }
            continue;
        }
        }
    }

out:
    if (final && m_status == CsvStatus::Ok && m_state != State::RecordStart) {
        switch (m_state) {
        case State::RecordStart:
            break;
        case State::FieldStart: // after a delimiter: a last, empty field
            addField(n, n, false);
            break;
        case State::Leading:
        case State::Unquoted:
            addField(m_fieldStart, n, false);
            break;
        case State::Quoted:
            m_unterminated = true;
            m_escaped = true;
            pushField(n);
            break;
        case State::QuoteSeen: // not reached: with final, QuoteSeen at the end closes the quote
        case State::AfterQuote:
            pushField(n);
            break;
        }
        const bool unterminated = m_unterminated;
        if (endRecord(d, rs, n) && unterminated)
            m_status = CsvStatus::UnterminatedQuote;
        p = rs = n;
    }

    // Rebase the record in progress to its own start.
    m_scan = p - rs;
    m_fieldStart -= rs;
    m_quoteOpen -= rs;
    m_quoteClose -= rs;
    for (size_t i = 0; i < m_fieldCount; ++i) {
        m_fields[i].begin -= rs;
        m_fields[i].end -= rs;
    }
    return rs;
}

QList<QList<QByteArray>> parseCsv(QByteArrayView data, const CsvDialect &dialect, CsvStatus *status,
                                  QList<CsvIssue> *issues)
{
    QList<QList<QByteArray>> records;
    CsvReader reader(dialect);
    reader.setRecordCallback([&records](const CsvRecord &record) {
        QList<QByteArray> fields;
        fields.reserve(qsizetype(record.fields.size()));
        for (const QByteArrayView field : record.fields)
            fields.append(field.toByteArray());
        records.append(fields);
        return true;
    });
    reader.feed(data);
    const CsvStatus result = reader.finish();
    if (status)
        *status = result;
    if (issues)
        *issues = reader.issues();
    return records;
}

} // namespace godwit::engine
