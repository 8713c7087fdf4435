// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/fielddecode.h"
#include "engine/overread_p.h"

#include <QStringDecoder>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace godwit::engine {

namespace {

bool continuation(uchar b)
{
    return (b & 0xC0) == 0x80;
}

// The general path, from the field's start: Qt's decoder.
qsizetype decodeWithQt(QByteArrayView in, char16_t *out, bool &valid)
{
    thread_local QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QChar *const start = reinterpret_cast<QChar *>(out);
    const QChar *end = decoder.appendToBuffer(start, in);
    if (decoder.hasError())
        valid = false;
    decoder.resetState();
    return end - start;
}

} // namespace

qsizetype decodeUtf8Field(QByteArrayView in, char16_t *out, bool &valid)
{
    const auto *p = reinterpret_cast<const uchar *>(in.data());
    const qsizetype n = in.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        if (_mm_movemask_epi8(bytes) != 0)
            break;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_unpacklo_epi8(bytes, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i + 8), _mm_unpackhi_epi8(bytes, zero));
    }
#if !defined(GODWIT_NO_OVERREAD)
    // The short rest in one load when those 16 bytes stay on the page of the first one (a page is
    // readable as a whole): bytes past the field are masked out, and the units stored for them lie
    // in the slack.
    if (i < n && n - i < 16 && (reinterpret_cast<quintptr>(p + i) & 4095) <= 4096 - 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const unsigned high = unsigned(_mm_movemask_epi8(bytes)) & ((1u << (n - i)) - 1u);
        if (high == 0) {
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_unpacklo_epi8(bytes, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i + 8), _mm_unpackhi_epi8(bytes, zero));
            return n;
        }
    }
#endif
#endif
    // Two- and three-byte sequences (accented Latin, Greek, Cyrillic, CJK...) here; anything else
    // (four-byte sequences, invalid bytes, a byte-order mark at the start) goes to Qt's decoder from
    // the field's start.
    qsizetype o = i;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            out[o++] = b;
            ++i;
        } else if (b >= 0xC2 && b <= 0xDF && i + 1 < n && continuation(p[i + 1])) {
            out[o++] = char16_t(((b & 0x1F) << 6) | (p[i + 1] & 0x3F));
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF && i + 2 < n && continuation(p[i + 1]) && continuation(p[i + 2])) {
            const char16_t unit = char16_t(((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
            if (unit < 0x800 || (unit >= 0xD800 && unit <= 0xDFFF) || (i == 0 && unit == 0xFEFF))
                return decodeWithQt(in, out, valid);
            out[o++] = unit;
            i += 3;
        } else {
            return decodeWithQt(in, out, valid);
        }
    }
    return o;
}

bool decodeUtf8Field(QByteArrayView in, QString &out)
{
    out.resize(in.size() + kDecodeSlack);
    bool valid = true;
    out.truncate(decodeUtf8Field(in, reinterpret_cast<char16_t *>(out.data()), valid));
    return valid;
}

} // namespace godwit::engine
