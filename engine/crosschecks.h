// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <QStringView>

#include <functional>
#include <vector>

namespace godwit::engine {

// Memory for large tables straight from the system's pages (mmap) and back to it when freed (its
// own threshold: at least `kPageAllocationBytes`), below that from operator new. Through malloc, a
// table freed on another thread than the one that made it stays in that thread's arena: the
// `unique` merge on two threads peaked 38 MB higher with 5M values.
void *allocatePages(size_t bytes);
void freePages(void *pointer, size_t bytes);
inline constexpr size_t kPageAllocationBytes = 64 * 1024;

template <typename T> struct PageAllocator {
    using value_type = T;
    PageAllocator() = default;
    template <typename U> PageAllocator(const PageAllocator<U> &) {}
    T *allocate(size_t n) { return static_cast<T *>(allocatePages(n * sizeof(T))); }
    void deallocate(T *pointer, size_t n) { freePages(pointer, n * sizeof(T)); }
    friend bool operator==(const PageAllocator &, const PageAllocator &) { return true; }
};

// The `unique` rule over a whole file, for one column: remembers a 64-bit hash of each distinct
// normalised value and the row it first appeared in (12 bytes per slot, open addressing, at most
// 80 % full: about 86 MB for 5 million distinct values). Values are not kept, so two different
// values with the same 64-bit hash would count as duplicates: with n distinct values the chance
// of any such collision is about n^2 / 2^65 (7e-7 for n = 5 million).
// The table is 64 shards by the hash's top bits, each grown and merged on its own: a merge that
// needs a larger table holds one shard twice at a time, not the whole table.
// Not thread-safe: one tracker per thread over consecutive row ranges, then mergeLater().
class UniqueTracker {
public:
    explicit UniqueTracker(qsizetype expectedValues = 0);

    // Records `value` (already normalised) at `row`. Returns the first row of an equal earlier
    // value, or -1 when it is new. Empty values are ignored (-1): `required` is about those.
    qint64 insert(QStringView value, qint64 row);
    // The first row of `value`, or -1.
    qint64 firstRow(QStringView value);

    // Adds a tracker that saw later rows (another thread's range). `onDuplicate(row, firstRow)`
    // is called for each value of `later` that this one had already seen (its first row in
    // `later` is then a duplicate). Duplicates inside `later` were reported by its own insert().
    // `later` is left empty (its memory freed shard by shard as it is merged).
    // With `threads` > 1 the shards are merged on that many threads, and `onDuplicate` is called
    // from all of them at once (it must be thread-safe).
    // Without `keep` (the last range: no range after it needs its values) `later`'s values are only
    // looked up, and this tracker is left as it was: no table grows to take them in.
    void mergeLater(UniqueTracker &&later,
                    const std::function<void(qint64 row, qint64 firstRow)> &onDuplicate, int threads = 1,
                    bool keep = true);

    qsizetype size() const { return m_size; }
    size_t memoryBytes() const;
    static quint64 hashOf(QStringView value); // never 0
    // hashOf() of the value whose Latin-1 bytes these are (an ASCII value's UTF-8 bytes are).
    static quint64 hashOfLatin1(QByteArrayView value);

    // insert() in two steps, for a caller with other work to do in between: prefetch() asks for
    // the value's slot (a cache miss in a table of millions), insertHash() records it.
    void prefetch(quint64 hash) const
    {
        const Slots &entries = m_shards[shardOf(hash)].entries;
        __builtin_prefetch(&entries[home(hash, entries.size())]);
    }
    qint64 insertHash(quint64 hash, qint64 row);

    // Adds `delta` to every row held (a range numbered before its place in the file was known). The table's
    // rows are kept from a base that moves instead: no walk over millions of slots. A row less that base
    // stays in [0, 2^32).
    void shiftRows(qint64 delta);

    // The slots of a shard for `expectedValues` values (a table of any size, not a power of two).
    static size_t capacityFor(qsizetype expectedValues);

    static constexpr int kShardBits = 6;
    static constexpr size_t kShards = size_t(1) << kShardBits;

private:
    // Hash and first row side by side (12 bytes): one cache line to look at for a value.
    struct __attribute__((packed)) Slot {
        quint64 hash = 0; // 0 = empty slot
        quint32 row = 0;  // the row, less m_rowBase (< 2^32)
    };
    static_assert(sizeof(Slot) == 12);
    using Slots = std::vector<Slot, PageAllocator<Slot>>;
    struct Shard {
        Slots entries;
        size_t size = 0;
        size_t maxFill() const { return entries.size() / 5 * 4; } // 80 %
    };

    static size_t shardOf(quint64 hash) { return size_t(hash >> (64 - kShardBits)); }
    // The hash's bits below the shard's scaled onto [0, n): one multiplication instead of a
    // power-of-two mask.
    static size_t home(quint64 hash, size_t n)
    {
        __extension__ using Wide = unsigned __int128; // GCC and Clang; __extension__ for -Wpedantic
        return size_t((Wide(hash << kShardBits) * n) >> 64);
    }
    // Into a shard with room for one more: the first row of an equal value, or -1 (rows as the
    // slots hold them, from m_rowBase).
    static qint64 insertInto(Shard &shard, quint64 hash, qint64 row);
    static void rehash(Shard &shard, size_t capacity);
    // onDuplicate(row, firstRow) for each value of `theirs` that `mine` holds.
    static void lookUp(const Shard &mine, qint64 myBase, const Shard &theirs, qint64 theirBase,
                       const std::function<void(qint64 row, qint64 firstRow)> &onDuplicate);

    std::vector<Shard> m_shards;
    qint64 m_rowBase = 0; // a slot's row is this much below the row it stands for (shiftRows())
    qsizetype m_size = 0;
};

// The `link` rule: the set of normalised values of the target template column(s). Build it once
// (add() is not thread-safe), then share it: contains() is const and allocation-free.
class LinkIndex {
public:
    void add(QStringView value); // empty values are ignored
    void reserve(qsizetype n) { m_values.reserve(n); }
    bool contains(QStringView value) const;
    qsizetype size() const { return m_values.size(); }

private:
    QSet<QString> m_values;
};

} // namespace godwit::engine
