// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/crosschecks.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>
#include <thread>

namespace godwit::engine {

namespace {

// wyhash's 64 x 64 -> 128-bit multiply, its halves folded together.
quint64 fold(quint64 a, quint64 b)
{
    __extension__ using Wide = unsigned __int128; // GCC and Clang; __extension__ for -Wpedantic
    const Wide product = Wide(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}

quint64 read64(const uchar *p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

quint64 read32(const uchar *p)
{
    quint32 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// A 64-bit hash of n bytes: wyhash (final version 4, its default secret), 16 or 48 bytes a step.
// The table keeps only hashes, so two values with the same hash count as one: the hash must use
// all 64 bits and be the same in every process. Qt's qHash is neither here (AES-based, with a
// per-process random second seed): 3M e-mail-like values collided about once in 55 runs.
// (MurmurHash3's mixing, 8 bytes a step, took over twice the instructions.)
quint64 wyhash(const uchar *p, size_t n, quint64 seed)
{
    constexpr quint64 s0 = 0x2d358dccaa6c78a5ULL;
    constexpr quint64 s1 = 0x8bb84b93962eacc9ULL;
    constexpr quint64 s2 = 0x4b33a62ed433d4a3ULL;
    constexpr quint64 s3 = 0x4d5a2da51de1aa47ULL;
    seed ^= fold(seed ^ s0, s1);
    quint64 a = 0;
    quint64 b = 0;
    if (n <= 16) {
        if (n >= 4) {
            const size_t middle = (n >> 3) << 2;
            a = (read32(p) << 32) | read32(p + middle);
            b = (read32(p + n - 4) << 32) | read32(p + n - 4 - middle);
        } else if (n > 0) {
            a = (quint64(p[0]) << 16) | (quint64(p[n >> 1]) << 8) | p[n - 1];
        }
    } else {
        size_t i = n;
        if (i > 48) {
            quint64 see1 = seed;
            quint64 see2 = seed;
            do {
                seed = fold(read64(p) ^ s1, read64(p + 8) ^ seed);
                see1 = fold(read64(p + 16) ^ s2, read64(p + 24) ^ see1);
                see2 = fold(read64(p + 32) ^ s3, read64(p + 40) ^ see2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= see1 ^ see2;
        }
        while (i > 16) {
            seed = fold(read64(p) ^ s1, read64(p + 8) ^ seed);
            i -= 16;
            p += 16;
        }
        a = read64(p + i - 16);
        b = read64(p + i - 8);
    }
    a ^= s1;
    b ^= seed;
    __extension__ using Wide = unsigned __int128;
    const Wide product = Wide(a) * b;
    a = quint64(product);
    b = quint64(product >> 64);
    return fold(a ^ s0 ^ n, b ^ s1);
}

// The seeds of the two forms a value is hashed in (values of different forms differ).
constexpr quint64 kLatin1Seed = 0;
constexpr quint64 kUtf16Seed = 1;

// A value's hash: of its Latin-1 bytes when every character has one (so an ASCII value's UTF-8
// bytes hash alike: hashOfLatin1), else of its UTF-16 units.
quint64 hash64(QStringView value)
{
    const char16_t *units = value.utf16();
    const auto n = size_t(value.size());
    if (!std::all_of(units, units + n, [](char16_t u) { return u <= 0xff; }))
        return wyhash(reinterpret_cast<const uchar *>(units), n * sizeof(char16_t), kUtf16Seed);
    uchar stack[256] = {}; // (initialised: GCC cannot tell that wyhash reads only n bytes)
    std::vector<uchar> heap;
    uchar *bytes = stack;
    if (n > sizeof stack) {
        heap.resize(n);
        bytes = heap.data();
    }
    std::transform(units, units + n, bytes, [](char16_t u) { return uchar(u); });
    return wyhash(bytes, n, kLatin1Seed);
}

} // namespace

void *allocatePages(size_t bytes)
{
#if defined(Q_OS_UNIX)
    if (bytes >= kPageAllocationBytes) {
        void *pages = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (pages == MAP_FAILED)
            throw std::bad_alloc();
        return pages;
    }
#endif
    return ::operator new(bytes);
}

void freePages(void *pointer, size_t bytes)
{
#if defined(Q_OS_UNIX)
    if (bytes >= kPageAllocationBytes) {
        munmap(pointer, bytes);
        return;
    }
#endif
    ::operator delete(pointer);
}

UniqueTracker::UniqueTracker(qsizetype expectedValues)
    : m_shards(kShards)
{
    // A shard's share of the values varies by about its square root: two of those to spare (and
    // the 80 % limit's own room) make a shard that must grow during the pass very unlikely.
    const double perShard = double(std::max<qsizetype>(expectedValues, 0)) / double(kShards);
    const qsizetype withMargin = expectedValues > 0 ? qsizetype(perShard + 2 * std::sqrt(perShard) + 8) : 0;
    for (Shard &shard : m_shards)
        shard.entries.assign(capacityFor(withMargin), Slot{});
}

size_t UniqueTracker::capacityFor(qsizetype expectedValues)
{
    // Filled to 70 % when the expectation holds: room to spare before the shard must grow at 80 %,
    // and short probe runs. Any size works (home() maps the hash onto it), so a table sized for
    // 5M values is 86 MB, not the 96 MB of the next power of two.
    return std::max<size_t>(16, size_t(double(std::max<qsizetype>(expectedValues, 0)) / 0.7) + 1);
}

quint64 UniqueTracker::hashOf(QStringView value)
{
    const quint64 h = hash64(value);
    return h == 0 ? 1 : h;
}

quint64 UniqueTracker::hashOfLatin1(QByteArrayView value)
{
    const quint64 h =
        wyhash(reinterpret_cast<const uchar *>(value.data()), size_t(value.size()), kLatin1Seed);
    return h == 0 ? 1 : h;
}

qint64 UniqueTracker::insert(QStringView value, qint64 row)
{
    if (value.isEmpty())
        return -1;
    Q_ASSERT(row >= 0 && row <= qint64(0xffffffffU));
    return insertHash(hashOf(value), row);
}

qint64 UniqueTracker::insertHash(quint64 hash, qint64 row)
{
    Q_ASSERT(hash != 0);
    const size_t s = shardOf(hash);
    Shard &shard = m_shards[s];
    if (shard.size + 1 > shard.maxFill())
        rehash(shard, shard.entries.size() * 2);
    const qint64 first = insertInto(shard, hash, row - m_rowBase);
    if (first < 0)
        ++m_size;
    return first < 0 ? first : first + m_rowBase;
}

qint64 UniqueTracker::insertInto(Shard &shard, quint64 hash, qint64 row)
{
    Q_ASSERT(row >= 0 && row <= qint64(0xffffffffU));
    const size_t n = shard.entries.size();
    for (size_t i = home(hash, n);; i = i + 1 == n ? 0 : i + 1) {
        Slot &slot = shard.entries[i];
        if (slot.hash == hash)
            return qint64(slot.row);
        if (slot.hash == 0) {
            slot.hash = hash;
            slot.row = quint32(row);
            ++shard.size;
            return -1;
        }
    }
}

void UniqueTracker::shiftRows(qint64 delta)
{
    m_rowBase += delta; // the table's rows move with it, without a walk over its slots
}

qint64 UniqueTracker::firstRow(QStringView value)
{
    if (value.isEmpty())
        return -1;
    const quint64 hash = hashOf(value);
    const Slots &entries = m_shards[shardOf(hash)].entries;
    const size_t n = entries.size();
    for (size_t i = home(hash, n);; i = i + 1 == n ? 0 : i + 1) {
        if (entries[i].hash == hash)
            return qint64(entries[i].row) + m_rowBase;
        if (entries[i].hash == 0)
            return -1;
    }
}

void UniqueTracker::rehash(Shard &shard, size_t capacity)
{
    Slots table(capacity);
    for (const Slot &old : shard.entries) {
        if (old.hash == 0)
            continue;
        size_t i = home(old.hash, capacity);
        while (table[i].hash != 0)
            i = i + 1 == capacity ? 0 : i + 1;
        table[i] = old;
    }
    shard.entries.swap(table);
}

void UniqueTracker::lookUp(const Shard &mine, qint64 myBase, const Shard &theirs, qint64 theirBase,
                           const std::function<void(qint64 row, qint64 firstRow)> &onDuplicate)
{
    const size_t n = mine.entries.size();
    if (n == 0 || theirs.size == 0)
        return;
    const Slot *const seen = theirs.entries.data();
    const size_t count = theirs.entries.size();
    // Their slots in order, the slot each would have here asked for a few ahead.
    constexpr size_t kAhead = 8;
    for (size_t k = 0; k < std::min(count, kAhead); ++k)
        __builtin_prefetch(mine.entries.data() + home(seen[k].hash, n));
    for (size_t k = 0; k < count; ++k) {
        if (k + kAhead < count)
            __builtin_prefetch(mine.entries.data() + home(seen[k + kAhead].hash, n));
        const quint64 hash = seen[k].hash;
        if (hash == 0)
            continue;
        for (size_t i = home(hash, n);; i = i + 1 == n ? 0 : i + 1) {
            const Slot &slot = mine.entries[i];
            if (slot.hash == hash) {
                if (onDuplicate)
                    onDuplicate(qint64(seen[k].row) + theirBase, qint64(slot.row) + myBase);
                break;
            }
            if (slot.hash == 0)
                break;
        }
    }
}

void UniqueTracker::mergeLater(UniqueTracker &&later,
                               const std::function<void(qint64 row, qint64 firstRow)> &onDuplicate,
                               int threads, bool keep)
{
    // The shards are independent: each thread takes a run of them and counts what it adds.
    auto mergeShards = [&](size_t from, size_t to) {
        qsizetype added = 0;
        for (size_t s = from; s < to; ++s) {
            Shard &mine = m_shards[s];
            Shard &theirs = later.m_shards[s];
            if (!keep) {
                lookUp(mine, m_rowBase, theirs, later.m_rowBase, onDuplicate);
                Slots().swap(theirs.entries);
                theirs.size = 0;
                continue;
            }
            // Room for both first (one rehash to the final size, not doublings), then the later
            // shard's entries in a scattered order: in slot order its hashes come sorted by the bits
            // that also place them here, and piled into ever longer probe runs (a 5M-row merge once
            // took minutes instead of a fraction of a second).
            if (mine.size + theirs.size > mine.maxFill())
                rehash(mine, capacityFor(qsizetype(mine.size + theirs.size)));
            const size_t n = theirs.entries.size();
            // Any step coprime to n visits every slot once: a prime larger than n is.
            const size_t step = size_t((1ULL << 61) - 1) % n;
            for (size_t j = 0, i = 0; j < n; ++j, i = (i + step) % n) {
                const Slot &slot = theirs.entries[i];
                if (slot.hash == 0)
                    continue;
                const qint64 row = qint64(slot.row) + later.m_rowBase;
                const qint64 first = insertInto(mine, slot.hash, row - m_rowBase);
                if (first < 0)
                    ++added;
                else if (onDuplicate)
                    onDuplicate(row, first + m_rowBase);
            }
            // The later shard is spent: give its memory back now, not when its owner goes.
            Slots().swap(theirs.entries);
            theirs.size = 0;
        }
        return added;
    };
    const size_t parts = size_t(std::clamp(threads, 1, int(kShards)));
    std::vector<qsizetype> added(parts, 0);
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < parts; ++t)
        helpers.emplace_back(
            [&, t] { added[t] = mergeShards(kShards * t / parts, kShards * (t + 1) / parts); });
    added[0] = mergeShards(0, kShards / parts);
    for (std::thread &helper : helpers)
        helper.join();
    for (const qsizetype n : added)
        m_size += n;
    later.m_size = 0;
}

size_t UniqueTracker::memoryBytes() const
{
    size_t bytes = 0;
    for (const Shard &shard : m_shards)
        bytes += shard.entries.capacity() * sizeof(Slot);
    return bytes;
}

void LinkIndex::add(QStringView value)
{
    if (!value.isEmpty())
        m_values.insert(value.toString());
}

bool LinkIndex::contains(QStringView value) const
{
    if (value.isEmpty())
        return false;
    // A QString over the caller's characters: no copy for the lookup.
    return m_values.contains(QString::fromRawData(value.data(), value.size()));
}

} // namespace godwit::engine
