// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: storage that one worker writes for every row, on cache lines of its own. malloc hands
// out small blocks side by side whichever thread will use them: a worker's counters next to data
// another core reads for every row moved the line between the cores on every write.

#include <atomic>
#include <cstddef>
#include <new>
#include <vector>

namespace godwit::engine {

inline constexpr std::size_t kCacheLine = 64;

// Each allocation starts a cache line and fills its last one.
template <class T> struct CacheLineAllocator {
    using value_type = T;

    CacheLineAllocator() = default;
    template <class U> CacheLineAllocator(const CacheLineAllocator<U> &) noexcept {}

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = (n * sizeof(T) + kCacheLine - 1) / kCacheLine * kCacheLine;
        return static_cast<T *>(::operator new(bytes, std::align_val_t(kCacheLine)));
    }
    void deallocate(T *p, std::size_t) noexcept { ::operator delete(p, std::align_val_t(kCacheLine)); }

    friend bool operator==(const CacheLineAllocator &, const CacheLineAllocator &) { return true; }
};

template <class T> using LineVector = std::vector<T, CacheLineAllocator<T>>;

// An atomic that threads share, on a cache line of its own: nothing next to it is written by
// another core. Locals side by side on a stack share lines too: readRecordsInTwo's worker 0 wrote
// its position for every record next to the flags both workers read for every record, and perf
// put nearly a tenth of the pass's samples on those loads.
template <class T> struct alignas(kCacheLine) LineAtomic : std::atomic<T> {
    using std::atomic<T>::atomic;
    using std::atomic<T>::operator=;
};
static_assert(sizeof(LineAtomic<bool>) == kCacheLine && alignof(LineAtomic<long long>) == kCacheLine);

} // namespace godwit::engine
