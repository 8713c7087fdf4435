// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the byte scans shared by CsvReader and the row index scanner (one definition, so
// both read records by exactly the same rules).

#include <QtGlobal>

#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace godwit::engine::scan {

// First delimiter, CR or LF in [p, end), or end.
inline const char *findSpecial(const char *p, const char *end, char delimiter)
{
#if defined(__SSE2__)
    const __m128i vd = _mm_set1_epi8(delimiter);
    const __m128i vn = _mm_set1_epi8('\n');
    const __m128i vr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, vd), _mm_cmpeq_epi8(x, vn)), _mm_cmpeq_epi8(x, vr));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const char c = *p;
        if (c == delimiter || c == '\n' || c == '\r')
            return p;
    }
    return end;
}

// Physical line breaks in d[from, to): CRLF, LF and a lone CR count once each.
// d[from - 1] must be readable when from > 0 (an LF right after a CR is not a new break).
inline qint64 countBreaks(const char *d, size_t from, size_t to)
{
    qint64 breaks = 0;
    size_t i = from;
#if defined(__SSE2__)
    bool previousCR = i > 0 && d[i - 1] == '\r';
    const __m128i vn = _mm_set1_epi8('\n');
    const __m128i vr = _mm_set1_epi8('\r');
    while (to - i >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const auto cr = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, vr)));
        const auto lf = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, vn)));
        if ((cr | lf) != 0) {
            const unsigned crBefore = (cr << 1) | (previousCR ? 1u : 0u); // bit k: byte k-1 is a CR
            breaks += __builtin_popcount(cr) + __builtin_popcount(lf & ~crBefore & 0xFFFFu);
        }
        previousCR = (cr >> 15) & 1u;
        i += 16;
    }
#endif
    for (; i < to; ++i) {
        const char c = d[i];
        if (c == '\r' || (c == '\n' && (i == 0 || d[i - 1] != '\r')))
            ++breaks;
    }
    return breaks;
}

} // namespace godwit::engine::scan
