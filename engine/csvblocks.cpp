// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/csvblocks_p.h"

#if defined(GODWIT_BLOCKS_AVX2)

#include <immintrin.h>

#include <atomic>

namespace godwit::engine::blocks {

namespace {
std::atomic<bool> g_allowed{true};
} // namespace

bool avx2Enabled()
{
    static const bool cpu = __builtin_cpu_supports("avx2");
    return cpu && g_allowed.load(std::memory_order_relaxed);
}

void setAvx2Enabled(bool enabled)
{
    g_allowed.store(enabled, std::memory_order_relaxed);
}

// Called only when the CPU has AVX2 (avx2Enabled()).
__attribute__((target("avx2"))) Masks masksAvx2(const char *p, char delimiter, char quote)
{
    const __m256i vq = _mm256_set1_epi8(quote);
    const __m256i vd = _mm256_set1_epi8(delimiter);
    const __m256i vn = _mm256_set1_epi8('\n');
    const __m256i vr = _mm256_set1_epi8('\r');
    Masks m;
    for (int half = 0; half < 2; ++half) {
        const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32 * half));
        const __m256i lf = _mm256_cmpeq_epi8(x, vn);
        const __m256i cr = _mm256_cmpeq_epi8(x, vr);
        const __m256i separator = _mm256_or_si256(_mm256_cmpeq_epi8(x, vd), _mm256_or_si256(lf, cr));
        const int shift = 32 * half;
        m.quote |= quint64(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, vq)))) << shift;
        m.separator |= quint64(unsigned(_mm256_movemask_epi8(separator))) << shift;
        m.lf |= quint64(unsigned(_mm256_movemask_epi8(lf))) << shift;
        m.cr |= quint64(unsigned(_mm256_movemask_epi8(cr))) << shift;
    }
    if (quote == '\0')
        m.quote = 0;
    return m;
}

} // namespace godwit::engine::blocks

#endif
