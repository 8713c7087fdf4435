// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/csvwriter.h"
#include "engine/overread_p.h"

#include <QIODevice>

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

namespace {

#if defined(__SSE2__)
// Sixteen units at `in`: the bytes of the ASCII ones stored at `out` (16 bytes written), and a
// mask of the units that are not plain (not ASCII, or the delimiter, a quote, CR or LF).
unsigned plainBlock(const char16_t *in, char *out, __m128i delimiter)
{
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + 8));
    const __m128i high = _mm_set1_epi16(short(0xFF80));
    const __m128i zero = _mm_setzero_si128();
    // 0xFF for an ASCII unit (a signed pack keeps -1 as 0xFF and 0 as 0).
    const __m128i ascii = _mm_packs_epi16(_mm_cmpeq_epi16(_mm_and_si128(a, high), zero),
                                          _mm_cmpeq_epi16(_mm_and_si128(b, high), zero));
    const __m128i bytes = _mm_packus_epi16(a, b); // exact for the ASCII units
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), bytes);
    const __m128i special = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiter), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'))),
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))));
    return (~unsigned(_mm_movemask_epi8(ascii)) | unsigned(_mm_movemask_epi8(special))) & 0xFFFFu;
}
#endif

// A unit from U+0080 on as two or three UTF-8 bytes at out[o] (o moves past them); false for a
// surrogate, which the writers leave to Qt's encoder.
bool putMultiByte(char16_t c, char *out, qsizetype &o)
{
    if (c < 0x800) {
        out[o++] = char(0xC0 | (c >> 6));
        out[o++] = char(0x80 | (c & 0x3F));
        return true;
    }
    if (c >= 0xD800 && c <= 0xDFFF)
        return false;
    out[o++] = char(0xE0 | (c >> 12));
    out[o++] = char(0x80 | ((c >> 6) & 0x3F));
    out[o++] = char(0x80 | (c & 0x3F));
    return true;
}

// A field that needs no quotes, as UTF-8 at `out` (room for 3 bytes a unit and 16 more): the
// bytes written, or -1 when it needs quotes or holds a surrogate (both left to the general path).
// Blanks at the ends are the caller's to check.
qsizetype writePlain(const char16_t *in, qsizetype n, char *out, char delimiter)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8(delimiter);
    for (; i + 16 <= n; i += 16) {
        if (const unsigned stop = plainBlock(in + i, out + i, d)) {
            i += std::countr_zero(stop);
            break;
        }
    }
#if !defined(GODWIT_NO_OVERREAD)
    // The short rest in one load when its 32 bytes stay on one page (a page is readable as a whole):
    // units past the field are masked out, the bytes stored for them lie in the room.
    if (i < n && n - i < 16 && (reinterpret_cast<quintptr>(in + i) & 4095) <= 4096 - 32) {
        const unsigned stop = plainBlock(in + i, out + i, d) & ((1u << (n - i)) - 1u);
        if (stop == 0)
            return n;
        i += std::countr_zero(stop);
    }
#endif
#endif
    qsizetype o = i; // every unit before i was ASCII: one byte each
    for (; i < n; ++i) {
        const char16_t c = in[i];
        if (c < 0x80) {
            if (c == char16_t(uchar(delimiter)) || c == u'"' || c == u'\r' || c == u'\n')
                return -1;
            out[o++] = char(c);
        } else if (!putMultiByte(c, out, o)) {
            return -1;
        }
    }
    return o;
}

// The same field quoted, its quotes doubled (room for 3 bytes a unit and 2 more): the bytes
// written, or -1 when it holds a surrogate.
qsizetype writeQuoted(const char16_t *in, qsizetype n, char *out)
{
    qsizetype o = 0;
    out[o++] = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (c < 0x80) {
            if (c == u'"')
                out[o++] = '"';
            out[o++] = char(c);
        } else if (!putMultiByte(c, out, o)) {
            return -1;
        }
    }
    out[o++] = '"';
    return o;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, RowFilter filter, qsizetype bufferBytes, char delimiter)
    : m_device(device)
    , m_filter(filter)
    , m_delimiter(delimiter)
    // No BOM unless asked for; stateless, so a lone surrogate ending one field is replaced there
    // instead of being held for the next field.
    , m_encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless)
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
    m_peak = std::max(m_peak, qsizetype(m_used));
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
    if (m_used == m_buffer.size() && !flush())
        return;
    m_buffer[m_used++] = c;
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
        text = text.sliced(n);
    }
}

void CsvWriter::writeField(QStringView field, bool alone, bool delimited)
{
    const qsizetype n = field.size();
    // The common cases straight into the buffer, the delimiter before: a field that needs no quotes,
    // then one that does. A field with surrogates (or too long for the buffer) takes the general
    // path below; what was written so far is just scratch.
    const size_t room = size_t(n) * 3 + 19; // UTF-8, delimiter, quotes, and 16 bytes stored past the end
    if (n > 0 && room <= m_buffer.size() && uchar(m_delimiter) < 0x80) {
        ensure(room);
        if (m_error)
            return;
        char *out = m_buffer.data() + m_used;
        out[0] = m_delimiter;
        char *field0 = out + (delimited ? 1 : 0);
        const char16_t first = field.front().unicode();
        const char16_t last = field.back().unicode();
        qsizetype written = -1;
        if (first != u' ' && first != u'\t' && last != u' ' && last != u'\t')
            written = writePlain(field.utf16(), n, field0, m_delimiter);
        if (written < 0 && needsQuotes(field))
            written = writeQuoted(field.utf16(), n, field0);
        if (written >= 0) {
            m_used += size_t(written) + (delimited ? 1 : 0);
            return;
        }
    }
    if (delimited)
        appendByte(m_delimiter);
    if (field.isEmpty()) {
        // A record of one empty field would be a blank line, which readers skip.
        if (alone) {
            appendByte('"');
            appendByte('"');
        }
        return;
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
    for (qsizetype i = 0; i < n; ++i)
        writeField(QStringView(cells[i]), n == 1, i > 0);
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
