// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A streaming RFC 4180 reader for CSV as people really send it.
//
// Input is bytes in an ASCII-compatible encoding (UTF-8 after engine/encoding's decoding stage,
// or Latin-1/Windows-1252 left as they are): delimiter, quote and line breaks are single bytes.
// The reader knows no UI and no files: feed() it buffers of any size, split anywhere (inside a
// quoted field, between CR and LF), and it calls back once per record with views into its buffer.
//
// Rules (the lenient, real-world reading; every deviation from RFC 4180 is reported as an issue):
// - a field is quoted only when the quote is its first non-blank byte; inside, a doubled quote is
//   one quote and line breaks are data; blanks around a quoted field are dropped;
// - text after a closing quote is kept verbatim (`"ab"cd` -> `abcd`) and reported;
// - a quote inside an unquoted field is an ordinary byte;
// - CRLF, LF and a lone CR all end a record; blank lines are skipped (configurable);
// - records whose field count differs from the expected count are delivered and reported (ragged);
// - an unterminated quote at the end of input delivers the record and ends with UnterminatedQuote.
//
// Speed: at a field start with 64 bytes ahead, the reader splits fields block after block from
// bit masks of quotes, delimiters and line breaks (engine/csvblocks_p.h): quoted regions by the
// prefix parity of the quote mask, every field and record up to a block's last unquoted separator
// at once, the next block starting after it. Where the masks cannot be exact (a quote not at a
// field's start, text or blanks after a closing quote, no separator outside quotes in 64 bytes) the
// byte state machine takes over for at least a block; it scans for the next special byte 16 bytes
// at a time (SSE2) or with memchr inside quotes. Both give the same records (tst_csvblocks). Fields
// are views into the input, and only fields with doubled quotes or text after the closing quote are
// copied (unescaped) into a scratch buffer reused across records.

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace godwit::engine {

struct CsvDialect {
    char delimiter = ',';
    char quote = '"'; // '\0': no quoting at all
    bool skipBlankLines = true;
    // "a,b,c," -> a,b,c: for files whose every line (header included) ends with a delimiter.
    // Only an empty, unquoted last field of a record with more than one field is dropped.
    bool dropTrailingEmptyField = false;
    friend bool operator==(const CsvDialect &, const CsvDialect &) = default;
};

struct CsvRecord {
    std::span<const QByteArrayView> fields; // valid only during the callback
    qint64 index = 0;                       // 0-based record number (skipped blank lines are not records)
    qint64 line = 0;                        // 1-based physical line on which the record starts
    qint64 offset = 0;                      // byte offset of the record's first byte in the stream
    qint64 length = 0;                      // bytes of the record, line break excluded
};

enum class CsvStatus {
    Ok,
    Cancelled,         // a callback asked to stop
    UnterminatedQuote, // input ended inside a quoted field (the record was still delivered)
    RecordTooLarge,    // a single record exceeded maxRecordBytes (runaway quote?)
};
QString csvStatusName(CsvStatus status);

enum class CsvIssueKind {
    RaggedRow,             // field count differs from the expected count
    TextAfterClosingQuote, // `"ab"cd`
    UnterminatedQuote,
};
QString csvIssueKindName(CsvIssueKind kind);

struct CsvIssue {
    CsvIssueKind kind = CsvIssueKind::RaggedRow;
    qint64 record = 0;
    qint64 line = 0;
    qint64 offset = 0;
    int expectedFields = 0; // RaggedRow only
    int actualFields = 0;
    friend bool operator==(const CsvIssue &, const CsvIssue &) = default;
};

class CsvReader {
public:
    // Return false to stop reading (status becomes Cancelled).
    using RecordCallback = std::function<bool(const CsvRecord &)>;
    using IssueCallback = std::function<void(const CsvIssue &)>;
    // Called with the number of bytes consumed so far, about every progressInterval bytes.
    using ProgressCallback = std::function<bool(qint64 bytesConsumed)>;

    static constexpr qint64 kDefaultMaxRecordBytes = qint64(256) << 20;
    static constexpr int kMaxKeptIssues = 1000;

    explicit CsvReader(const CsvDialect &dialect = {});

    const CsvDialect &dialect() const { return m_dialect; }
    void setRecordCallback(RecordCallback callback) { m_onRecord = std::move(callback); }
    void setIssueCallback(IssueCallback callback) { m_onIssue = std::move(callback); }
    void setProgressCallback(ProgressCallback callback, qint64 interval = qint64(1) << 20);
    // Expected field count for ragged-row reports; by default the first record's count.
    void setExpectedFieldCount(int count) { m_expectedFields = count; }
    void setMaxRecordBytes(qint64 bytes) { m_maxRecordBytes = bytes; }
    // For reading from the middle of a stream (row index): what the next fed byte is.
    // Must be called before the first feed(), at a record boundary.
    void setStartPosition(qint64 offset, qint64 line, qint64 record);
    // For tests: false reads byte by byte with the state machine only (the reference for the block
    // splitter, which must give exactly the same records, issues and status).
    void setBlockScanning(bool enabled) { m_blockScan = enabled; }

    CsvStatus feed(QByteArrayView chunk);
    CsvStatus finish(); // end of input: delivers a last record without line break; feed() after it is ignored

    CsvStatus status() const { return m_status; }
    qint64 bytesConsumed() const { return m_base + qint64(m_pending.size()); }
    qint64 recordCount() const { return m_record; }
    // Memory the reader holds for records that straddle buffers and for unescaping: about one
    // record (or one fed slice of 1 MiB), released again after a huge record.
    qint64 bufferedBytes() const { return qint64(m_pending.capacity() + m_scratch.capacity()); }
    qint64 issueCount() const { return m_issueCount; }
    const QList<CsvIssue> &issues() const { return m_issues; } // the first kMaxKeptIssues

private:
    enum class State : unsigned char {
        RecordStart,
        FieldStart,
        Leading,
        Unquoted,
        Quoted,
        QuoteSeen,
        AfterQuote
    };
    struct Span {
        size_t begin;
        size_t end;
        bool unescape; // raw span from the field's first byte; needs unescaping
    };

    void feedSlice(const char *data, size_t size);
    size_t parseBlock(const char *d, size_t n, bool final);
    void pushField(size_t end);
    void addField(size_t begin, size_t end, bool unescape)
    {
        if (m_fieldCount == m_fields.size())
            m_fields.resize(m_fields.size() * 2);
        m_fields[m_fieldCount++] = {begin, end, unescape};
        m_anyUnescape = m_anyUnescape || unescape;
    }
    // viewsReady: m_views already holds a view of every field's raw span (the block splitter's).
    bool endRecord(const char *d, size_t recordStart, size_t end, bool viewsReady = false);
    bool splitBlocks(const char *d, size_t n, size_t &p, size_t &rs);
    // splitBlocks with `Match` for the blocks' masks (blocks::Matcher, or blocks::MatcherAvx2 in
    // splitBlocksAvx2, which is compiled for AVX2).
    template <class Match>
    bool splitBlocksWith(const Match &masks, const char *d, size_t n, size_t &p, size_t &rs);
    bool splitBlocksAvx2(const char *d, size_t n, size_t &p, size_t &rs);
    void resetRecordState();
    char *unescapeTo(const char *begin, const char *end, char *out) const;
    void report(const CsvIssue &issue);

    CsvDialect m_dialect;
    RecordCallback m_onRecord;
    IssueCallback m_onIssue;
    ProgressCallback m_onProgress;
    qint64 m_progressInterval = qint64(1) << 20;
    qint64 m_nextProgress = qint64(1) << 20;
    qint64 m_maxRecordBytes = kDefaultMaxRecordBytes;
    int m_expectedFields = -1;

    CsvStatus m_status = CsvStatus::Ok;
    bool m_finished = false;
    bool m_blockScan = true;

    // Stream position: m_base is the absolute offset of the current block's first byte.
    qint64 m_base = 0;
    qint64 m_line = 1;
    qint64 m_record = 0;

    // The record in progress (offsets relative to the current block).
    State m_state = State::RecordStart;
    bool m_skipLF = false;
    bool m_escaped = false;     // current quoted field has doubled quotes or text after its closing quote
    bool m_anyUnescape = false; // a field of the current record is to be unescaped
    bool m_garbage = false;     // current record has text after a closing quote
    bool m_unterminated = false;
    size_t m_scan = 0;
    size_t m_fieldStart = 0;
    size_t m_quoteOpen = 0;
    size_t m_quoteClose = 0;
    qint64 m_recordBreaks = 0;  // line breaks inside quoted fields of the current record
    std::vector<Span> m_fields; // the first m_fieldCount are the record's (no per-field push_back)
    size_t m_fieldCount = 0;

    // Bytes of a record that straddles fed buffers; empty in the common case.
    std::string m_pending;
    size_t m_step = 64 * 1024;

    std::vector<QByteArrayView> m_views;
    std::string m_scratch;

    qint64 m_issueCount = 0;
    QList<CsvIssue> m_issues;
};

// Convenience for small inputs and tests: every record as a list of byte arrays.
QList<QList<QByteArray>> parseCsv(QByteArrayView data, const CsvDialect &dialect = {},
                                  CsvStatus *status = nullptr, QList<CsvIssue> *issues = nullptr);

} // namespace godwit::engine
