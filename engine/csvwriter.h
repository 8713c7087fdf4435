// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <vector>

class QIODevice;

namespace godwit::engine {

// Which rows a writer keeps; the caller says per row whether it is valid.
enum class RowFilter : quint8 {
    All,
    Valid,   // `filter=valid`: a row with any invalid cell is dropped
    Invalid, // the flagged rows, to send back to whoever made the file
};
QString rowFilterName(RowFilter filter); // "all", "valid", "invalid"

// Streaming RFC 4180 output (migration-api.md §4.10, §6 item 31): UTF-8 without BOM, CRLF after
// every record, a field quoted only when it has to be (delimiter, quote, CR, LF, leading or
// trailing blank; and the lone empty field of a one-column row, which would be a blank line),
// quotes doubled. Writes go through a buffer of fixed size: memory stays flat whatever the number
// of rows or the size of a field (a long field is encoded and written in slices).
class CsvWriter {
public:
    static constexpr qsizetype kDefaultBufferBytes = 64 * 1024;
    static constexpr qsizetype kMinBufferBytes = 64;

    explicit CsvWriter(QIODevice *device, RowFilter filter = RowFilter::All,
                       qsizetype bufferBytes = kDefaultBufferBytes, char delimiter = ',');
    ~CsvWriter(); // flushes
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // The header row (template column names); always written, whatever the filter.
    bool writeHeader(const QStringList &names);
    // One row in template column order. Returns false only on a write error (a row dropped by
    // the filter is not an error).
    bool writeRow(const QList<QString> &cells, bool valid = true);
    bool writeRow(const QList<QStringView> &cells, bool valid = true);
    bool flush();

    RowFilter filter() const { return m_filter; }
    qint64 rowsWritten() const { return m_rowsWritten; } // data rows, header excluded
    qint64 rowsSkipped() const { return m_rowsSkipped; }
    qint64 bytesWritten() const { return m_bytesWritten + qint64(m_used); }
    bool hasError() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // The buffer never grows beyond its size given at construction.
    qsizetype bufferCapacity() const { return qsizetype(m_buffer.size()); }
    qsizetype peakBufferedBytes() const { return std::max(m_peak, qsizetype(m_used)); }

    bool needsQuotes(QStringView field) const;

private:
    template <typename Cells> bool writeRecord(const Cells &cells);
    template <typename Cells> bool writeFiltered(const Cells &cells, bool valid);
    void writeField(QStringView field, bool alone, bool delimited);
    void appendText(QStringView text);
    void appendByte(char c);
    void ensure(size_t bytes);

    QIODevice *m_device;
    RowFilter m_filter;
    char m_delimiter;
    QStringEncoder m_encoder;
    std::vector<char> m_buffer;
    size_t m_used = 0;
    qsizetype m_peak = 0;
    qint64 m_rowsWritten = 0;
    qint64 m_rowsSkipped = 0;
    qint64 m_bytesWritten = 0;
    bool m_error = false;
    QString m_errorString;
};

} // namespace godwit::engine
