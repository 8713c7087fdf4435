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
    return MatcherAvx2(delimiter, quote)(p);
}

} // namespace godwit::engine::blocks

#endif
