// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: file check, encoding detection and decoding, dialect sniffing, inspection.
// Beyond crashes and sanitizer reports it traps when
// - a decoder's output is not valid UTF-8, or depends on how the input is cut into buffers;
// - a confidence is outside 0-1, or the sniffed table lies outside the sample.
#include "engine/csvfile.h"
#include "engine/encoding.h"
#include "engine/sniffer.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace godwit::engine;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

// Strict UTF-8: shortest forms only, no surrogates, nothing above U+10FFFF.
bool validUtf8(const QByteArray &text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        const int len = c < 0x80                ? 1
                        : c >= 0xC2 && c < 0xE0 ? 2
                        : c >= 0xE0 && c < 0xF0 ? 3
                        : c >= 0xF0 && c < 0xF5 ? 4
                                                : 0;
        if (len == 0 || i + len > n)
            return false;
        char32_t cp = len == 1 ? c : (c & (0x7F >> len));
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += len;
    }
    return true;
}

QByteArray decodeInPieces(QByteArrayView data, TextEncoding encoding, qsizetype piece)
{
    QByteArray out;
    Utf8Decoder decoder(encoding);
    const auto sink = [&out](QByteArrayView utf8) { out.append(utf8); };
    for (qsizetype at = 0; at < data.size(); at += piece)
        decoder.decode(data.sliced(at, std::min(piece, data.size() - at)), sink);
    decoder.finish(sink);
    return out;
}

void checkConfidence(double value)
{
    check(value >= 0.0 && value <= 1.0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));

    const EncodingGuess guess = detectEncoding(data, true);
    checkConfidence(guess.confidence);
    check(guess.bomLength >= 0 && guess.bomLength <= data.size());
    for (const TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Latin1,
          TextEncoding::Windows1252, TextEncoding::Iso8859_15}) {
        const QByteArray whole = decodeToUtf8(data, encoding);
        check(validUtf8(whole));
        check(decodeInPieces(data, encoding, 1 + qsizetype(size % 7)) == whole);
    }

    const QByteArray text = decodeToUtf8(data, guess.encoding);
    for (const bool wholeFile : {true, false}) {
        const SniffedDialect sniffed = sniffDialect(text, wholeFile);
        checkConfidence(sniffed.confidence);
        checkConfidence(sniffed.delimiterConfidence);
        checkConfidence(sniffed.headerConfidence);
        check(sniffed.headerOffset >= 0 && sniffed.headerOffset <= text.size());
        check(sniffed.tableRecords >= 0 && sniffed.fieldCount >= 0);
        check(sniffed.hasHeader || sniffed.header.isEmpty());
    }

    const CsvInspection inspection = inspectCsv(data, qint64(size));
    check(inspection.fileSize == qint64(size));
    if (inspection.error == CsvError::None)
        check(inspection.file.isText());
    return 0;
}
