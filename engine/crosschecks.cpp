// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/crosschecks.h"

#include <cstring>

namespace godwit::engine {

namespace {

// splitmix64's finaliser: spreads the bits so the low bits index the table well.
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// A 64-bit hash of the value's UTF-16 units, MurmurHash3's 64-bit mixing over 8-byte words. The table
// keeps only hashes, so two values with the same hash count as one: the hash must use all 64 bits
// and be the same in every process. Qt's qHash is neither here (AES-based, with a per-process random
// second seed): 3M e-mail-like values collided about once in 55 runs.
quint64 hash64(QStringView value)
{
    constexpr quint64 c1 = 0x87c37b91114253d5ULL;
    constexpr quint64 c2 = 0x4cf5ad432745937fULL;
    const auto *p = reinterpret_cast<const uchar *>(value.utf16());
    const size_t n = size_t(value.size()) * sizeof(char16_t);
    quint64 h = 0x9e3779b97f4a7c15ULL ^ n;
    auto round = [&](quint64 k) {
        k *= c1;
        k = (k << 31) | (k >> 33);
        k *= c2;
        h ^= k;
        h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
    };
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 k;
        std::memcpy(&k, p + i, sizeof k);
        round(k);
    }
    if (i < n) {
        quint64 k = 0;
        std::memcpy(&k, p + i, n - i);
        round(k);
    }
    return mix(h);
}

} // namespace

UniqueTracker::UniqueTracker(qsizetype expectedValues)
{
    m_slots.assign(capacityFor(expectedValues), Slot{});
}

size_t UniqueTracker::capacityFor(qsizetype expectedValues)
{
    // Filled to 70 % when the expectation holds: room to spare before the table must grow at 80 %,
    // and short probe runs. Any size works (home() maps the hash onto it), so a table sized for
    // 5M values is 86 MB, not the 96 MB of the next power of two.
    return std::max<size_t>(16, size_t(double(std::max<qsizetype>(expectedValues, 0)) / 0.7) + 1);
}

quint64 UniqueTracker::hashOf(QStringView value)
{
    const quint64 h = hash64(value);
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
    if (size_t(m_size + 1) > maxFill())
        grow();
    const size_t n = m_slots.size();
    for (size_t i = home(hash, n);; i = i + 1 == n ? 0 : i + 1) {
        Slot &slot = m_slots[i];
        if (slot.hash == hash)
            return qint64(slot.row);
        if (slot.hash == 0) {
            slot.hash = hash;
            slot.row = quint32(row);
            ++m_size;
            return -1;
        }
    }
}

qint64 UniqueTracker::firstRow(QStringView value) const
{
    if (value.isEmpty())
        return -1;
    const quint64 hash = hashOf(value);
    const size_t n = m_slots.size();
    for (size_t i = home(hash, n);; i = i + 1 == n ? 0 : i + 1) {
        if (m_slots[i].hash == hash)
            return qint64(m_slots[i].row);
        if (m_slots[i].hash == 0)
            return -1;
    }
}

void UniqueTracker::grow()
{
    rehash(m_slots.size() * 2);
}

void UniqueTracker::rehash(size_t capacity)
{
    std::vector<Slot> table(capacity);
    for (const Slot &old : m_slots) {
        if (old.hash == 0)
            continue;
        size_t i = home(old.hash, capacity);
        while (table[i].hash != 0)
            i = i + 1 == capacity ? 0 : i + 1;
        table[i] = old;
    }
    m_slots.swap(table);
}

void UniqueTracker::mergeLater(UniqueTracker &&later,
                               const std::function<void(qint64 row, qint64 firstRow)> &onDuplicate)
{
    // Room for both first (one rehash to the final size, not doublings that hold two tables of
    // growing sizes), then the later table's slots in a scattered order: in slot order its hashes
    // come sorted by the bits that also place them here, and piled into ever longer probe runs (a
    // 5M-row merge once took minutes instead of a fraction of a second).
    if (size_t(m_size + later.m_size) > maxFill())
        rehash(capacityFor(m_size + later.m_size));
    const size_t n = later.m_slots.size();
    // Any step coprime to n visits every slot once: a prime larger than n is.
    const size_t step = size_t((1ULL << 61) - 1) % n;
    for (size_t j = 0, i = 0; j < n; ++j, i = (i + step) % n) {
        const Slot &slot = later.m_slots[i];
        if (slot.hash == 0)
            continue;
        const qint64 first = insertHash(slot.hash, slot.row);
        if (first >= 0 && onDuplicate)
            onDuplicate(slot.row, first);
    }
    // The later table is spent: give its memory back now, not when its owner goes.
    std::vector<Slot>().swap(later.m_slots);
    later.m_size = 0;
}

size_t UniqueTracker::memoryBytes() const
{
    return m_slots.capacity() * sizeof(Slot);
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
