// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/encoding.h"

#include <QtGlobal>

#include <uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace godwit::engine {

namespace {

using Table = std::array<std::array<char, 4>, 256>;

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD
constexpr size_t kMaxMergedBytes = 16;

int putUtf8(char32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = char(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = char(0xC0 | (cp >> 6));
        out[1] = char(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = char(0xE0 | (cp >> 12));
        out[1] = char(0x80 | ((cp >> 6) & 0x3F));
        out[2] = char(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (cp >> 18));
    out[1] = char(0x80 | ((cp >> 12) & 0x3F));
    out[2] = char(0x80 | ((cp >> 6) & 0x3F));
    out[3] = char(0x80 | (cp & 0x3F));
    return 4;
}

void appendUtf8(std::string &out, char32_t cp)
{
    char buffer[4];
    out.append(buffer, size_t(putUtf8(cp, buffer)));
}

// Length of the sequence a lead byte announces; 0 for bytes that cannot start one.
inline size_t sequenceLength(unsigned char c)
{
    if (c < 0xC0)
        return 0; // continuation byte (ASCII is handled before)
    if (c < 0xE0)
        return 2;
    if (c < 0xF0)
        return 3;
    if (c < 0xF8)
        return 4;
    return 0;
}

// A complete sequence of `len` bytes with correct continuation bytes: no overlong form, no
// surrogate, nothing above U+10FFFF.
inline bool validSequence(const unsigned char *p, size_t len)
{
    char32_t cp = 0;
    switch (len) {
    case 2:
        cp = char32_t(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        return cp >= 0x80;
    case 3:
        cp = char32_t(p[0] & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
    case 4:
        cp = char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 |
             (p[3] & 0x3F);
        return cp >= 0x10000 && cp <= 0x10FFFF;
    }
    return false;
}

struct Utf8Scan {
    bool valid = true;
    bool nonAscii = false;
};

Utf8Scan scanUtf8(const unsigned char *s, size_t n, bool allowTruncatedEnd)
{
    Utf8Scan result;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        result.nonAscii = true;
        const size_t len = sequenceLength(s[i]);
        if (len == 0)
            return {false, true};
        if (i + len > n) {
            for (size_t k = i + 1; k < n; ++k) {
                if ((s[k] & 0xC0) != 0x80)
                    return {false, true};
            }
            result.valid = allowTruncatedEnd;
            return result;
        }
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return {false, true};
        }
        if (!validSequence(s + i, len))
            return {false, true};
        i += len;
    }
    return result;
}

Table latin1Table()
{
    Table table{};
    for (int b = 0; b < 256; ++b)
        table[size_t(b)][0] = char(putUtf8(char32_t(b), table[size_t(b)].data() + 1));
    return table;
}

// One byte at a time through ICU. c1Undefined: bytes ICU maps to C1 controls (Windows-1252's
// 0x81, 0x8D, 0x8F, 0x90, 0x9D, undefined by Microsoft) count as undecodable.
Table icuTable(const char *name, bool c1Undefined)
{
    Table table{};
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter *)> converter(ucnv_open(name, &error), ucnv_close);
    if (U_FAILURE(error)) {
        qWarning("godwit: ICU has no converter for %s (%s); its non-ASCII bytes will be reported", name,
                 u_errorName(error));
        for (int b = 0; b < 0x80; ++b)
            table[size_t(b)] = {1, char(b), 0, 0};
        return table;
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &error);
    for (int b = 0; b < 256; ++b) {
        const char byte = char(b);
        UChar out[4];
        error = U_ZERO_ERROR;
        ucnv_reset(converter.get());
        const int32_t units = ucnv_toUChars(converter.get(), out, 4, &byte, 1, &error);
        if (U_FAILURE(error) || units != 1)
            continue;
        const char32_t cp = out[0];
        if ((cp >= 0xD800 && cp <= 0xDFFF) || (c1Undefined && cp >= 0x80 && cp <= 0x9F))
            continue;
        table[size_t(b)][0] = char(putUtf8(cp, table[size_t(b)].data() + 1));
    }
    return table;
}

const Table *tableFor(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Latin1: {
        static const Table table = latin1Table();
        return &table;
    }
    case TextEncoding::Windows1252: {
        static const Table table = icuTable("windows-1252", true);
        return &table;
    }
    case TextEncoding::Iso8859_15: {
        static const Table table = icuTable("ISO-8859-15", false);
        return &table;
    }
    default:
        return nullptr;
    }
}

QString detectorCharset(QByteArrayView sample)
{
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, sample.data(), size_t(sample.size()));
    uchardet_data_end(detector);
    const QString charset = QString::fromLatin1(uchardet_get_charset(detector));
    uchardet_delete(detector);
    return charset;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case TextEncoding::Iso8859_15:
        return QStringLiteral("ISO-8859-15");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"utf8")
        return TextEncoding::Utf8;
    if (key == u"utf16le")
        return TextEncoding::Utf16LE;
    if (key == u"utf16be")
        return TextEncoding::Utf16BE;
    if (key == u"iso88591" || key == u"latin1" || key == u"l1" || key == u"iso885911987")
        return TextEncoding::Latin1;
    if (key == u"windows1252" || key == u"cp1252" || key == u"win1252")
        return TextEncoding::Windows1252;
    if (key == u"iso885915" || key == u"latin9" || key == u"l9")
        return TextEncoding::Iso8859_15;
    return std::nullopt;
}

bool isAsciiCompatible(TextEncoding encoding)
{
    return encoding != TextEncoding::Utf16LE && encoding != TextEncoding::Utf16BE;
}

EncodingGuess detectEncoding(QByteArrayView sample, bool wholeFile)
{
    const auto *s = reinterpret_cast<const unsigned char *>(sample.data());
    const size_t n = size_t(sample.size());
    EncodingGuess guess;

    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return {TextEncoding::Utf8, EncodingSource::Bom, 1.0, 3, {}};
    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return {TextEncoding::Utf16LE, EncodingSource::Bom, 1.0, 2, {}};
    if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return {TextEncoding::Utf16BE, EncodingSource::Bom, 1.0, 2, {}};

    // UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte, on one side only.
    const size_t pairs = std::min<size_t>(n, 8192) / 2;
    if (pairs >= 2) {
        size_t evenNul = 0;
        size_t oddNul = 0;
        for (size_t i = 0; i < pairs; ++i) {
            evenNul += s[2 * i] == 0;
            oddNul += s[2 * i + 1] == 0;
        }
        const double even = double(evenNul) / double(pairs);
        const double odd = double(oddNul) / double(pairs);
        if (odd >= 0.3 && even <= 0.02)
            return {TextEncoding::Utf16LE, EncodingSource::NulPattern, std::min(1.0, 0.5 + odd / 2), 0, {}};
        if (even >= 0.3 && odd <= 0.02)
            return {TextEncoding::Utf16BE, EncodingSource::NulPattern, std::min(1.0, 0.5 + even / 2), 0, {}};
    }

    const Utf8Scan utf8 = scanUtf8(s, n, !wholeFile);
    if (utf8.valid)
        return {TextEncoding::Utf8, EncodingSource::ValidUtf8, 1.0, 0, {}};

    // Not UTF-8: one of the Western single-byte encodings. uchardet tells them apart poorly (it
    // calls ISO-8859-15 text ISO-8859-1 and German Windows-1252 text WINDOWS-1250), so the bytes
    // where they differ decide, and uchardet's answer only breaks ties:
    // - 0x80-0x9F are C1 controls in ISO-8859-1/15, never in real text, but Windows-1252's €,
    //   quotes and dashes;
    // - 0xA4 is ¤ in ISO-8859-1/Windows-1252 (unused in practice) but € in ISO-8859-15, and
    //   0xA6 0xA8 0xB4 0xB8 0xBC 0xBD 0xBE are Š š Ž ž Œ œ Ÿ there: next to a letter they are
    //   letters, not ¦ ¨ ´ ¸ ¼ ½ ¾.
    const auto isLetter = [](unsigned char c) {
        const unsigned char lower = c | 0x20;
        return (lower >= 'a' && lower <= 'z') || c >= 0xC0;
    };
    bool c1 = false;
    int latin9 = 0;
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        if (c >= 0x80 && c <= 0x9F) {
            c1 = true;
        } else if (c == 0xA4) {
            ++latin9;
        } else if (c == 0xA6 || c == 0xA8 || c == 0xB4 || c == 0xB8 || c == 0xBC || c == 0xBD || c == 0xBE) {
            if ((i > 0 && isLetter(s[i - 1])) || (i + 1 < n && isLetter(s[i + 1])))
                ++latin9;
        }
    }
    guess.detectorCharset = detectorCharset(sample);
    const QString named = guess.detectorCharset.toUpper();
    TextEncoding byDetector = TextEncoding::Latin1;
    bool detectorNamedOurs = true;
    if (named == u"WINDOWS-1252")
        byDetector = TextEncoding::Windows1252;
    else if (named == u"ISO-8859-15")
        byDetector = TextEncoding::Iso8859_15;
    else if (named != u"ISO-8859-1")
        detectorNamedOurs = false;

    bool evidence = true;
    if (c1)
        guess.encoding = TextEncoding::Windows1252;
    else if (latin9 > 0)
        guess.encoding = TextEncoding::Iso8859_15;
    else if (detectorNamedOurs)
        guess.encoding = byDetector;
    else
        guess.encoding = TextEncoding::Latin1, evidence = false;

    if (detectorNamedOurs && guess.encoding == byDetector) {
        guess.source = EncodingSource::Detector;
        guess.confidence = 0.9;
    } else {
        guess.source = EncodingSource::Fallback;
        guess.confidence = evidence ? 0.7 : 0.5;
    }
    return guess;
}

Utf8Decoder::Utf8Decoder(TextEncoding encoding)
    : m_encoding(encoding)
    , m_table(tableFor(encoding))
{}

void Utf8Decoder::emitBytes(const char *data, size_t size, const Sink &sink)
{
    if (size == 0)
        return;
    sink(QByteArrayView(data, qsizetype(size)));
    m_outputBase += qint64(size);
}

// Reports undecodable bytes; the caller writes the U+FFFD at outputBytes() + pending output.
void Utf8Decoder::emitReplacement(qint64 inputOffset, const char *bytes, size_t size, const Sink &sink)
{
    const qint64 outputOffset = m_outputBase + qint64(m_out.size());
    bool merged = false;
    if (m_issueCount > 0 && m_issueCount <= kMaxKeptIssues) {
        DecodeIssue &last = m_issues.last();
        if (last.inputOffset + last.bytes.size() == inputOffset &&
            size_t(last.bytes.size()) + size <= kMaxMergedBytes) {
            last.bytes.append(bytes, qsizetype(size));
            merged = true;
        }
    }
    if (!merged) {
        ++m_issueCount;
        if (m_issues.size() < kMaxKeptIssues)
            m_issues.append({inputOffset, outputOffset, QByteArray(bytes, qsizetype(size)), -1, -1});
    }
    if (sink)
        emitBytes(kReplacement, 3, sink);
    else
        m_out.append(kReplacement, 3);
}

void Utf8Decoder::flushOut(const Sink &sink)
{
    emitBytes(m_out.data(), m_out.size(), sink);
    m_out.clear();
}

void Utf8Decoder::decode(QByteArrayView input, const Sink &sink)
{
    const char *s = input.data();
    size_t n = size_t(input.size());
    switch (m_encoding) {
    case TextEncoding::Utf8:
        if (m_atStart) {
            static constexpr char bom[3] = {'\xEF', '\xBB', '\xBF'};
            size_t i = 0;
            while (m_head.size() < 3 && i < n && s[i] == bom[m_head.size()])
                m_head.push_back(s[i++]);
            if (m_head.size() == 3) { // a BOM: dropped
                m_atStart = false;
                m_head.clear();
                m_inputBase += 3;
            } else if (i < n) { // not a BOM: the held bytes are text
                m_atStart = false;
                const std::string held = std::exchange(m_head, {});
                decodeUtf8(held.data(), held.size(), false, sink);
            } else {
                return; // everything so far may still be a BOM
            }
            s += i;
            n -= i;
        }
        decodeUtf8(s, n, false, sink);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        decodeUtf16(s, n, false, sink);
        break;
    case TextEncoding::Latin1:
    case TextEncoding::Windows1252:
    case TextEncoding::Iso8859_15:
        decodeTable(s, n, sink);
        break;
    }
}

void Utf8Decoder::finish(const Sink &sink)
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        if (m_atStart) {
            m_atStart = false;
            const std::string held = std::exchange(m_head, {});
            decodeUtf8(held.data(), held.size(), false, sink);
        }
        decodeUtf8(nullptr, 0, true, sink);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        decodeUtf16(nullptr, 0, true, sink);
        break;
    default:
        break;
    }
}

void Utf8Decoder::decodeUtf8(const char *s, size_t n, bool final, const Sink &sink)
{
    const auto *u = reinterpret_cast<const unsigned char *>(s);
    size_t i = 0;
    // Finish a sequence cut by the previous buffer.
    while (!m_carry.empty() && i < n) {
        if ((u[i] & 0xC0) != 0x80) {
            emitReplacement(m_carryOffset, m_carry.data(), m_carry.size(), sink);
            m_carry.clear();
            break;
        }
        m_carry.push_back(s[i++]);
        if (m_carry.size() == m_need) {
            if (validSequence(reinterpret_cast<const unsigned char *>(m_carry.data()), m_need))
                emitBytes(m_carry.data(), m_carry.size(), sink);
            else
                emitReplacement(m_carryOffset, m_carry.data(), m_carry.size(), sink);
            m_carry.clear();
        }
    }
    if (final && !m_carry.empty()) { // truncated at the end of input
        emitReplacement(m_carryOffset, m_carry.data(), m_carry.size(), sink);
        m_carry.clear();
    }

    size_t from = i;
    auto invalid = [&](size_t count) {
        emitBytes(s + from, i - from, sink);
        emitReplacement(m_inputBase + qint64(i), s + i, count, sink);
        i += count;
        from = i;
    };
    while (i < n) {
#if defined(__SSE2__)
        if (n - i >= 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            if (_mm_movemask_epi8(x) == 0) {
                i += 16;
                continue;
            }
        }
#endif
        const unsigned char c = u[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const size_t len = sequenceLength(c);
        if (len == 0) {
            invalid(1);
            continue;
        }
        size_t k = 1;
        while (k < len && i + k < n && (u[i + k] & 0xC0) == 0x80)
            ++k;
        if (k < len) {
            if (i + k == n && !final) { // cut by the end of this buffer: wait for the rest
                emitBytes(s + from, i - from, sink);
                m_carry.assign(s + i, k);
                m_need = len;
                m_carryOffset = m_inputBase + qint64(i);
                i = from = n;
                break;
            }
            invalid(k);
            continue;
        }
        if (!validSequence(u + i, len)) {
            invalid(len);
            continue;
        }
        i += len;
    }
    emitBytes(s + from, n - from, sink);
    m_inputBase += qint64(n);
}

void Utf8Decoder::decodeUtf16(const char *s, size_t n, bool final, const Sink &sink)
{
    const bool little = m_encoding == TextEncoding::Utf16LE;
    auto unitOf = [little](unsigned char a, unsigned char b) {
        return little ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    };
    auto bytesOf = [little](char16_t unit, char *out) {
        out[little ? 0 : 1] = char(unit & 0xFF);
        out[little ? 1 : 0] = char(unit >> 8);
    };
    auto handle = [&](char16_t unit, qint64 offset) {
        const bool first = m_atStart;
        m_atStart = false;
        if (first && unit == 0xFEFF)
            return; // BOM
        if (m_high != 0) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendUtf8(m_out, 0x10000 + (char32_t(m_high - 0xD800) << 10) + char32_t(unit - 0xDC00));
                m_high = 0;
                return;
            }
            char raw[2];
            bytesOf(m_high, raw);
            emitReplacement(m_highOffset, raw, 2, {});
            m_high = 0;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            m_high = unit;
            m_highOffset = offset;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            char raw[2];
            bytesOf(unit, raw);
            emitReplacement(offset, raw, 2, {});
        } else if (unit < 0x80) {
            m_out.push_back(char(unit));
        } else {
            appendUtf8(m_out, unit);
        }
    };

    const auto *u = reinterpret_cast<const unsigned char *>(s);
    m_out.reserve(n + n / 2);
    size_t i = 0;
    if (!m_carry.empty() && n > 0) {
        handle(unitOf(static_cast<unsigned char>(m_carry[0]), u[0]), m_carryOffset);
        m_carry.clear();
        i = 1;
    }
    for (; i + 1 < n; i += 2)
        handle(unitOf(u[i], u[i + 1]), m_inputBase + qint64(i));
    if (i < n) {
        m_carry.assign(1, s[i]);
        m_carryOffset = m_inputBase + qint64(i);
    }
    if (final) {
        if (m_high != 0) {
            char raw[2];
            bytesOf(m_high, raw);
            emitReplacement(m_highOffset, raw, 2, {});
            m_high = 0;
        }
        if (!m_carry.empty()) { // odd number of bytes
            emitReplacement(m_carryOffset, m_carry.data(), m_carry.size(), {});
            m_carry.clear();
        }
    }
    m_inputBase += qint64(n);
    flushOut(sink);
}

void Utf8Decoder::decodeTable(const char *s, size_t n, const Sink &sink)
{
    const Table &table = *m_table;
    m_out.reserve(n * 2);
    for (size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            m_out.push_back(char(c));
            continue;
        }
        const std::array<char, 4> &entry = table[c];
        if (entry[0] == 0)
            emitReplacement(m_inputBase + qint64(i), s + i, 1, {});
        else
            m_out.append(entry.data() + 1, size_t(entry[0]));
    }
    m_inputBase += qint64(n);
    flushOut(sink);
}

QByteArray decodeToUtf8(QByteArrayView data, TextEncoding encoding, QList<DecodeIssue> *issues)
{
    QByteArray out;
    Utf8Decoder decoder(encoding);
    const auto sink = [&out](QByteArrayView utf8) { out.append(utf8); };
    decoder.decode(data, sink);
    decoder.finish(sink);
    if (issues)
        *issues = decoder.issues();
    return out;
}

} // namespace godwit::engine
