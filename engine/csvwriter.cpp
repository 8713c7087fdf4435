// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/csvwriter.h"

#include <QIODevice>

#include <algorithm>

namespace godwit::engine {

QString rowFilterName(RowFilter filter)
{
    switch (filter) {
    case RowFilter::All:
        break;
    case RowFilter::Valid:
        return QStringLiteral("valid");
    case RowFilter::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("all");
}

CsvWriter::CsvWriter(QIODevice *device, RowFilter filter, qsizetype bufferBytes, char delimiter)
    : m_device(device)
    , m_filter(filter)
    , m_delimiter(delimiter)
    , m_encoder(QStringEncoder::Utf8) // no BOM unless asked for
    , m_buffer(size_t(std::max(bufferBytes, kMinBufferBytes)))
{
    if (!m_device) {
        m_error = true;
        m_errorString = QStringLiteral("no output device");
    }
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::needsQuotes(QStringView field) const
{
    if (field.isEmpty())
        return false;
    const auto blank = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    if (blank(field.front()) || blank(field.back()))
        return true;
    const QChar delimiter = QLatin1Char(m_delimiter);
    for (QChar c : field) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

bool CsvWriter::flush()
{
    if (m_error)
        return false;
    size_t done = 0;
    while (done < m_used) {
        const qint64 n = m_device->write(m_buffer.data() + done, qint64(m_used - done));
        if (n <= 0) {
            m_error = true;
            m_errorString = m_device->errorString();
            if (m_errorString.isEmpty())
                m_errorString = QStringLiteral("write failed");
            return false;
        }
        done += size_t(n);
    }
    m_bytesWritten += qint64(m_used);
    m_used = 0;
    return true;
}

void CsvWriter::ensure(size_t bytes)
{
    if (m_buffer.size() - m_used < bytes)
        flush();
}

void CsvWriter::appendByte(char c)
{
    ensure(1);
    if (m_error)
        return;
    m_buffer[m_used++] = c;
    m_peak = std::max(m_peak, qsizetype(m_used));
}

void CsvWriter::appendText(QStringView text)
{
    // Slices small enough to be encoded into an empty buffer (3 bytes per UTF-16 unit at most).
    const qsizetype slice = std::max<qsizetype>(2, qsizetype(m_buffer.size()) / 3 - 1);
    while (!text.isEmpty() && !m_error) {
        qsizetype n = std::min(slice, text.size());
        if (n < text.size() && text[n - 1].isHighSurrogate())
            --n; // never split a surrogate pair
        const QStringView part = text.first(n);
        const size_t need = size_t(m_encoder.requiredSpace(n));
        ensure(need);
        if (m_error)
            return;
        char *end = m_encoder.appendToBuffer(m_buffer.data() + m_used, part);
        m_used = size_t(end - m_buffer.data());
        m_peak = std::max(m_peak, qsizetype(m_used));
        text = text.sliced(n);
    }
}

void CsvWriter::writeField(QStringView field, bool alone)
{
    if (field.isEmpty()) {
        // A record of one empty field would be a blank line, which readers skip.
        if (alone) {
            appendByte('"');
            appendByte('"');
        }
        return;
    }
    // The common case, an ASCII field that needs no quotes, copied straight into the buffer in one
    // scan (no encoder); anything else falls through (the bytes copied so far are just scratch).
    const qsizetype n = field.size();
    const char16_t first = field.front().unicode();
    const char16_t last = field.back().unicode();
    if (size_t(n) <= m_buffer.size() && first != u' ' && first != u'\t' && last != u' ' && last != u'\t') {
        ensure(size_t(n));
        if (m_error)
            return;
        char *out = m_buffer.data() + m_used;
        const char16_t *in = field.utf16();
        const char16_t delimiter = char16_t(uchar(m_delimiter));
        qsizetype i = 0;
        for (; i < n; ++i) {
            const char16_t c = in[i];
            if (c >= 0x80 || c == delimiter || c == u'"' || c == u'\r' || c == u'\n')
                break;
            out[i] = char(c);
        }
        if (i == n) {
            m_used += size_t(n);
            m_peak = std::max(m_peak, qsizetype(m_used));
            return;
        }
    }
    if (!needsQuotes(field)) {
        appendText(field);
        return;
    }
    appendByte('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == QLatin1Char('"')) {
            appendText(field.sliced(start, i + 1 - start)); // the quote itself...
            appendByte('"');                                // ...doubled
            start = i + 1;
        }
    }
    appendText(field.sliced(start));
    appendByte('"');
}

template <typename Cells> bool CsvWriter::writeRecord(const Cells &cells)
{
    if (m_error)
        return false;
    const qsizetype n = cells.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0)
            appendByte(m_delimiter);
        writeField(QStringView(cells[i]), n == 1);
    }
    appendByte('\r');
    appendByte('\n');
    return !m_error;
}

bool CsvWriter::writeHeader(const QStringList &names)
{
    return writeRecord(names);
}

template <typename Cells> bool CsvWriter::writeFiltered(const Cells &cells, bool valid)
{
    if ((m_filter == RowFilter::Valid && !valid) || (m_filter == RowFilter::Invalid && valid)) {
        ++m_rowsSkipped;
        return !m_error;
    }
    if (!writeRecord(cells))
        return false;
    ++m_rowsWritten;
    return true;
}

bool CsvWriter::writeRow(const QList<QString> &cells, bool valid)
{
    return writeFiltered(cells, valid);
}

bool CsvWriter::writeRow(const QList<QStringView> &cells, bool valid)
{
    return writeFiltered(cells, valid);
}

} // namespace godwit::engine
