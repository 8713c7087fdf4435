// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/crosschecks.h"

#include <QHashFunctions>

namespace godwit::engine {

namespace {

constexpr size_t kHashSeed = 0x9e3779b97f4a7c15ULL;

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

} // namespace

UniqueTracker::UniqueTracker(qsizetype expectedValues)
{
    size_t capacity = 16;
    while (capacity * 3 / 4 < size_t(expectedValues))
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
}

quint64 UniqueTracker::hashOf(QStringView value)
{
    const quint64 h = mix(quint64(qHash(value, kHashSeed)) ^ quint64(value.size()));
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
    if (size_t(m_size + 1) > m_slots.size() * 3 / 4)
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
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
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i].hash == hash)
            return qint64(m_slots[i].row);
        if (m_slots[i].hash == 0)
            return -1;
    }
}

void UniqueTracker::grow()
{
    std::vector<Slot> table(m_slots.size() * 2);
    const size_t mask = table.size() - 1;
    for (const Slot &old : m_slots) {
        if (old.hash == 0)
            continue;
        size_t i = old.hash & mask;
        while (table[i].hash != 0)
            i = (i + 1) & mask;
        table[i] = old;
    }
    m_slots.swap(table);
}

void UniqueTracker::mergeLater(const UniqueTracker &later,
                               const std::function<void(qint64 row, qint64 firstRow)> &onDuplicate)
{
    // Room for both first, then the later table's slots in a scattered order: in slot order its
    // hashes come sorted by their low bits, the bits that place them here too, and inserted so they
    // pile into ever longer probe runs (a 5M-row merge took minutes instead of a fraction of a second).
    while (size_t(m_size + later.m_size) > m_slots.size() * 3 / 4)
        grow();
    const size_t n = later.m_slots.size(); // a power of two: an odd step visits every slot once
    const size_t step = size_t(0x9e3779b97f4a7c15ULL) | 1;
    for (size_t j = 0, i = 0; j < n; ++j, i = (i + step) & (n - 1)) {
        const Slot &slot = later.m_slots[i];
        if (slot.hash == 0)
            continue;
        const qint64 first = insertHash(slot.hash, slot.row);
        if (first >= 0 && onDuplicate)
            onDuplicate(slot.row, first);
    }
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
