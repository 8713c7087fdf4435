// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: bit masks of the bytes that matter to CSV over a 64-byte block (simdjson-style), shared
// by CsvReader's field splitter and the row index scanner. Bit k of a mask is byte k of the block.
// SSE2 (x86-64 baseline) or a portable scalar loop; on x86-64 CPUs with AVX2, an out-of-line AVX2
// version (engine/csvblocks.cpp, chosen at run time). All give the same masks (tst_csvblocks).

#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace godwit::engine::blocks {

struct Masks {
    quint64 quote = 0;     // the quote character (0 when the dialect has none)
    quint64 separator = 0; // delimiter, LF or CR
    quint64 lf = 0;
    quint64 cr = 0;
};

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define GODWIT_BLOCKS_AVX2 1
// engine/csvblocks.cpp: the same masks from 32-byte compares, for CPUs with AVX2 only.
Masks masksAvx2(const char *p, char delimiter, char quote);
// Whether Matcher uses masksAvx2: the CPU has AVX2 (and tests have not turned it off).
bool avx2Enabled();
// For tests: false makes Matchers made afterwards use the SSE2 path; true, AVX2 where the CPU has it.
void setAvx2Enabled(bool enabled);
#endif

// The dialect's characters, set up once for many blocks.
class Matcher {
public:
    Matcher(char delimiter, char quote)
        : m_quoteOn(quote == '\0' ? 0 : ~quint64(0))
        , m_delimiter(delimiter)
        , m_quote(quote)
    {
#if defined(__SSE2__)
        m_vq = _mm_set1_epi8(quote);
        m_vd = _mm_set1_epi8(delimiter);
        m_vn = _mm_set1_epi8('\n');
        m_vr = _mm_set1_epi8('\r');
#endif
#if defined(GODWIT_BLOCKS_AVX2)
        m_avx2 = avx2Enabled();
#endif
    }

    // The masks of p[0, 64).
    Masks operator()(const char *p) const
    {
#if defined(GODWIT_BLOCKS_AVX2)
        if (m_avx2)
            return masksAvx2(p, m_delimiter, m_quote);
#endif
        Masks m;
#if defined(__SSE2__)
        for (int part = 0; part < 4; ++part) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * part));
            const __m128i lf = _mm_cmpeq_epi8(x, m_vn);
            const __m128i cr = _mm_cmpeq_epi8(x, m_vr);
            const __m128i separator = _mm_or_si128(_mm_cmpeq_epi8(x, m_vd), _mm_or_si128(lf, cr));
            const int shift = 16 * part;
            m.quote |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, m_vq)))) << shift;
            m.separator |= quint64(unsigned(_mm_movemask_epi8(separator))) << shift;
            m.lf |= quint64(unsigned(_mm_movemask_epi8(lf))) << shift;
            m.cr |= quint64(unsigned(_mm_movemask_epi8(cr))) << shift;
        }
#else
        for (int k = 0; k < 64; ++k) {
            const char c = p[k];
            const quint64 bit = quint64(1) << k;
            m.quote |= c == m_quote ? bit : 0;
            m.separator |= (c == m_delimiter || c == '\n' || c == '\r') ? bit : 0;
            m.lf |= c == '\n' ? bit : 0;
            m.cr |= c == '\r' ? bit : 0;
        }
#endif
        m.quote &= m_quoteOn;
        return m;
    }

private:
    quint64 m_quoteOn;
    char m_delimiter;
    char m_quote;
#if defined(GODWIT_BLOCKS_AVX2)
    bool m_avx2 = false;
#endif
#if defined(__SSE2__)
    __m128i m_vq;
    __m128i m_vd;
    __m128i m_vn;
    __m128i m_vr;
#endif
};

#if defined(GODWIT_BLOCKS_AVX2)
// The same masks from 32-byte compares, for a caller compiled for AVX2 (`target("avx2")`, chosen at
// run time with avx2Enabled()): inlined there, with its constants set up once for all the blocks,
// where masksAvx2 is a call per block that sets them up again.
class MatcherAvx2 {
public:
    [[gnu::target("avx2")]] MatcherAvx2(char delimiter, char quote)
        : m_quoteOn(quote == '\0' ? 0 : ~quint64(0))
        , m_vq(_mm256_set1_epi8(quote))
        , m_vd(_mm256_set1_epi8(delimiter))
        , m_vn(_mm256_set1_epi8('\n'))
        , m_vr(_mm256_set1_epi8('\r'))
    {}

    [[gnu::target("avx2")]] Masks operator()(const char *p) const
    {
        Masks m;
        for (int half = 0; half < 2; ++half) {
            const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32 * half));
            const __m256i lf = _mm256_cmpeq_epi8(x, m_vn);
            const __m256i cr = _mm256_cmpeq_epi8(x, m_vr);
            const __m256i separator = _mm256_or_si256(_mm256_cmpeq_epi8(x, m_vd), _mm256_or_si256(lf, cr));
            const int shift = 32 * half;
            m.quote |= quint64(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, m_vq)))) << shift;
            m.separator |= quint64(unsigned(_mm256_movemask_epi8(separator))) << shift;
            m.lf |= quint64(unsigned(_mm256_movemask_epi8(lf))) << shift;
            m.cr |= quint64(unsigned(_mm256_movemask_epi8(cr))) << shift;
        }
        m.quote &= m_quoteOn;
        return m;
    }

private:
    quint64 m_quoteOn;
    __m256i m_vq;
    __m256i m_vd;
    __m256i m_vn;
    __m256i m_vr;
};
#endif

inline Masks masks(const char *p, char delimiter, char quote)
{
    return Matcher(delimiter, quote)(p);
}

// Bit k: the parity of the bits 0..k (set: byte k is inside quotes, counting the opening quote in).
inline quint64 prefixXor(quint64 x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

// Set bits of x (no popcnt instruction in the x86-64 baseline: __builtin_popcountll is a call).
inline int popcount(quint64 x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return int((x * 0x0101010101010101ull) >> 56);
}

// popcount() for masks that mostly have at most one bit set (line breaks in a block).
inline int fewBits(quint64 x)
{
    return (x & (x - 1)) == 0 ? int(x != 0) : popcount(x);
}

// Bits [from, to) set; 0 <= from <= to <= 63.
inline quint64 range(unsigned from, unsigned to)
{
    return ((quint64(1) << to) - 1) & ~((quint64(1) << from) - 1);
}

} // namespace godwit::engine::blocks
