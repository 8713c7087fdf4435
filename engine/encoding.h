// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text encodings of the files people send, and the decoding stage in front of the CSV reader.
//
// Claimed (each one tested): UTF-8 (with or without BOM), UTF-16LE/BE (with BOM, or sniffed from
// the NUL bytes of mostly-ASCII text), ISO-8859-1, Windows-1252 and ISO-8859-15.
// Detection: BOM, then the NUL pattern, then strict UTF-8 validation, then uchardet; uchardet's
// answer is mapped onto the Western single-byte encodings above (its guess is kept for display).
// Decoding: our own UTF-8 validator and UTF-16 decoder (they report the exact byte offset of every
// undecodable sequence, which QStringDecoder cannot), single-byte tables built once from ICU's
// converters (ISO-8859-1 is the identity). A BOM is always removed, never reaches the first header.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <functional>
#include <optional>
#include <string>

namespace godwit::engine {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Latin1, Windows1252, Iso8859_15 };

// IANA names: "UTF-8", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "windows-1252", "ISO-8859-15".
QString encodingName(TextEncoding encoding);
// Case-insensitive, with the usual aliases (utf8, latin1, cp1252, latin-9, ...).
std::optional<TextEncoding> encodingFromName(QStringView name);
// Delimiters, quotes and line breaks are single ASCII bytes (everything but UTF-16).
bool isAsciiCompatible(TextEncoding encoding);

enum class EncodingSource {
    Bom,        // a byte-order mark
    NulPattern, // UTF-16 without BOM: NUL bytes on every other position
    ValidUtf8,  // the sample is valid UTF-8 (pure ASCII included)
    Detector,   // uchardet named one of our encodings
    Fallback,   // uchardet named something else (detectorCharset) or nothing: best Western guess
    Override,   // the caller said so
};

struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingSource source = EncodingSource::ValidUtf8;
    double confidence = 0;
    int bomLength = 0;       // bytes of BOM at the start of the file
    QString detectorCharset; // uchardet's answer, when it was asked
};

// sample: the first bytes of the file (64 KiB is plenty); wholeFile: the sample is the entire file
// (a sequence cut at the end of a partial sample is then not held against UTF-8).
EncodingGuess detectEncoding(QByteArrayView sample, bool wholeFile = false);

struct DecodeIssue {
    qint64 inputOffset = 0;  // byte offset in the original file (BOM included)
    qint64 outputOffset = 0; // offset of the U+FFFD written for it in the UTF-8 stream
    QByteArray bytes;        // the undecodable bytes (adjacent ones are merged, up to 16)
    qint64 record = -1;      // filled in by the CSV layer: record and physical line
    qint64 line = -1;
    friend bool operator==(const DecodeIssue &, const DecodeIssue &) = default;
};

// Streaming decoder to UTF-8. Undecodable bytes become U+FFFD and are reported, never silently.
// Valid UTF-8 input is passed through without copying.
class Utf8Decoder {
public:
    using Sink = std::function<void(QByteArrayView utf8)>;
    static constexpr int kMaxKeptIssues = 1000;

    explicit Utf8Decoder(TextEncoding encoding);

    TextEncoding encoding() const { return m_encoding; }
    void decode(QByteArrayView input, const Sink &sink);
    void finish(const Sink &sink);

    qint64 inputBytes() const { return m_inputBase; }
    qint64 outputBytes() const { return m_outputBase; }
    qint64 issueCount() const { return m_issueCount; }
    const QList<DecodeIssue> &issues() const { return m_issues; } // the first kMaxKeptIssues

private:
    void emitBytes(const char *data, size_t size, const Sink &sink);
    void emitReplacement(qint64 inputOffset, const char *bytes, size_t size, const Sink &sink);
    void decodeUtf8(const char *s, size_t n, bool final, const Sink &sink);
    void decodeUtf16(const char *s, size_t n, bool final, const Sink &sink);
    void decodeTable(const char *s, size_t n, const Sink &sink);
    void flushOut(const Sink &sink);

    TextEncoding m_encoding;
    qint64 m_inputBase = 0;  // input offset of the next byte given to decode()
    qint64 m_outputBase = 0; // UTF-8 bytes handed to the sink so far
    bool m_atStart = true;
    std::string m_head; // UTF-8: first bytes, held until we know whether they are a BOM
    std::string m_carry;
    size_t m_need = 0;
    qint64 m_carryOffset = 0;
    char16_t m_high = 0; // UTF-16: pending high surrogate
    qint64 m_highOffset = 0;
    std::string m_out; // UTF-16 and single-byte output, one sink call per input buffer
    const std::array<std::array<char, 4>, 256> *m_table = nullptr; // [0] = length, 0 = undefined
    qint64 m_issueCount = 0;
    QList<DecodeIssue> m_issues;
};

// Whole-buffer convenience: decodes data (BOM included) to UTF-8.
QByteArray decodeToUtf8(QByteArrayView data, TextEncoding encoding, QList<DecodeIssue> *issues = nullptr);

} // namespace godwit::engine
