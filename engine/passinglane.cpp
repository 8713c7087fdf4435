// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/passinglane.h"

#include "engine/emails.h"
#include "engine/fielddecode.h"
#include "engine/textrules.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <limits>

namespace godwit::engine {

namespace {

std::atomic<bool> g_enabled{true};

// QChar::isSpace below 128: what trimming removes from a plain ASCII value.
bool isAsciiSpace(uchar c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0d);
}

bool allAscii(const char *p, qsizetype n)
{
    quint64 bits = 0;
    if (n >= 8) {
        qsizetype i = 0;
        for (; i + 8 <= n; i += 8) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            bits |= word;
        }
        quint64 last; // the last 8 bytes again, overlapping: no byte loop
        std::memcpy(&last, p + n - 8, sizeof last);
        bits |= last;
    } else {
        if (n & 4) {
            quint32 word;
            std::memcpy(&word, p + (n & 3), sizeof word);
            bits |= word;
        }
        if (n & 2) {
            quint16 half;
            std::memcpy(&half, p + (n & 1), sizeof half);
            bits |= half;
        }
        if (n & 1)
            bits |= uchar(p[0]);
    }
    return (bits & 0x8080808080808080ULL) == 0;
}

} // namespace

void PassingLane::setEnabled(bool enabled)
{
    g_enabled.store(enabled, std::memory_order_relaxed);
}

bool PassingLane::isEnabled()
{
    return g_enabled.load(std::memory_order_relaxed);
}

PassingLane::PassingLane(const RowValidator &validator, const QList<int> &sources,
                         const std::vector<int> &decoded)
    : m_validator(validator)
{
    const int n = validator.columnCount();
    int uniqueTables = 0;
    for (int c = 0; c < n; ++c) {
        const ColumnValidator &v = validator.column(c);
        const TemplateColumn &tc = v.column();
        Column col;
        col.column = c;
        col.source = c < sources.size() ? sources[c] : -1;
        col.required = tc.required;
        col.unique = v.checksUnique();
        col.link = validator.linkIndex(c);
        const bool plain = (tc.rule == RuleKind::None || tc.rule == RuleKind::Link) && !v.isUnchecked();
        const bool wanted = std::find(decoded.begin(), decoded.end(), c) != decoded.end();
        if (plain && !col.unique && !col.link && !wanted) {
            col.kind = Kind::Text;
            col.minLength = tc.minLength.value_or(0);
            col.maxLength = tc.maxLength ? qsizetype(*tc.maxLength) : std::numeric_limits<qsizetype>::max();
        } else if (!v.isUnchecked() && !v.hasLimits()) {
            if (tc.rule == RuleKind::Email) {
                col.kind = Kind::Email;
            } else if (tc.rule == RuleKind::Date || tc.rule == RuleKind::DateTime) {
                col.kind = Kind::Date;
                const ColumnOptions &o = v.options();
                col.dates = DateOptions{o.dateOrder, o.excelSerials, o.excelEpoch};
            } else if (tc.rule == RuleKind::Phone && v.phones()) {
                col.kind = Kind::Phone;
                col.phones = v.phones();
            }
        }
        uniqueTables += col.unique;
        m_columns.push_back(col);
    }
    std::stable_partition(m_columns.begin(), m_columns.end(), [](const Column &c) { return c.unique; });
    m_usable = uniqueTables <= 1 || validator.uniqueSpill();
    m_empty.assign(size_t(n), 0);
    m_rewritten.assign(size_t(n), 0);
    m_unchecked.assign(size_t(n), 0);
    m_cells.assign(size_t(n), QStringView());
    m_normals.assign(size_t(n), QStringView());
    m_results.resize(size_t(n));
    m_values.resize(size_t(n));
    m_text.resize(4096); // grown by a row that needs more (which then goes the full way)
}

bool PassingLane::tryRow(std::span<const QByteArrayView> fields, qint64 row)
{
    if (!m_usable)
        return false;
    const auto fieldCount = qsizetype(fields.size());
    // The decoded cells go one after the other into m_text, which is not resized during a row (the
    // views must stay valid): a row that would not fit makes it larger and goes the full way.
    char16_t *out = m_text.data();
    const char16_t *const end = out + m_text.size();

    // What the row adds to the counts, applied only once it passes (a row with more such cells
    // than these hold goes the full way). Left uninitialised: only the first `count` are read.
    int hashColumns[4];
    quint64 hashes[4];
    size_t hashCount = 0;
    int emptyCells[16];
    int otherColumns[16];
    quint8 otherBits[16]; // CellResult rewritten | unchecked << 1
    size_t emptyCount = 0;
    size_t otherCount = 0;
    for (const Column &col : m_columns) {
        const QByteArrayView bytes =
            col.source >= 0 && col.source < fieldCount ? fields[size_t(col.source)] : QByteArrayView();
        if (col.kind == Kind::Text && !m_keepNormals && allAscii(bytes.data(), bytes.size())) {
            const char *p = bytes.data();
            qsizetype n = bytes.size();
            while (n > 0 && isAsciiSpace(uchar(*p))) {
                ++p;
                --n;
            }
            while (n > 0 && isAsciiSpace(uchar(p[n - 1])))
                --n;
            if (n == 0) {
                if (col.required || emptyCount == std::size(emptyCells))
                    return false;
                emptyCells[emptyCount++] = col.column;
            } else if (n > col.maxLength || n < col.minLength) {
                return false;
            }
            continue;
        }
        if (end - out < bytes.size() + kDecodeSlack) {
            m_text.resize(2 * (m_text.size() + size_t(fields.size()) * size_t(bytes.size() + kDecodeSlack)));
            return false;
        }
        bool valid = true;
        const qsizetype units = decodeUtf8Field(bytes, out, valid);
        if (!valid)
            return false;
        const QStringView cell(out, units);
        out += units;
        m_cells[size_t(col.column)] = cell;
        // The cell's normal form and what is counted of it, by the lane's own normalising or the
        // column's validator.
        QStringView normal;
        bool empty = false;
        quint8 counted = 0;           // rewritten | unchecked << 1
        if (col.kind == Kind::Text) { // not plain ASCII: ColumnValidator's length check on the text
            normal = trimmedView(cell);
            empty = normal.isEmpty();
            if (empty && col.required)
                return false;
            // Characters are at most the UTF-16 units and at least half of them.
            const qsizetype size = normal.size();
            if (!empty && (size > col.maxLength || (size + 1) / 2 < col.minLength)) {
                const qsizetype length = characterCount(normal);
                if (length > col.maxLength || length < col.minLength)
                    return false;
            }
        } else if (col.kind == Kind::Checked) {
            CellResult &r = m_results[size_t(col.column)];
            m_validator.column(col.column).validate(cell, r);
            if (!r.ok)
                return false;
            empty = r.empty;
            normal = r.normal(cell);
            counted = quint8(int(r.rewritten) | int(r.unchecked) << 1);
        } else {
            normal = trimmedView(cell);
            empty = normal.isEmpty();
            if (!empty) {
                bool rewritten = false;
                if (!normalize(col, normal, normal, rewritten))
                    return false;
                counted = quint8(rewritten);
            } else if (col.required) {
                return false;
            }
        }
        if (m_keepNormals)
            m_normals[size_t(col.column)] = normal;
        if (empty) {
            if (emptyCount == std::size(emptyCells))
                return false;
            emptyCells[emptyCount++] = col.column;
            continue;
        }
        if (counted != 0) {
            if (otherCount == std::size(otherColumns))
                return false;
            otherColumns[otherCount] = col.column;
            otherBits[otherCount++] = counted;
        }
        if (col.link && !col.link->contains(normal))
            return false;
        if (col.unique && !normal.isEmpty()) {
            if (hashCount == std::size(hashes))
                return false; // more unique columns than the lane keeps hashes for
            const quint64 hash = UniqueTracker::hashOf(normal);
            if (!m_validator.uniqueSpill())
                m_validator.uniqueTracker(col.column)->prefetch(hash);
            hashColumns[hashCount] = col.column;
            hashes[hashCount++] = hash;
        }
    }
    // Last, as nothing else can fail now: `unique`. With tables there is at most one, and a value
    // seen before is not inserted, so a row that repeats one leaves the table as it was.
    if (UniqueSpill *spill = m_validator.uniqueSpill()) {
        for (size_t k = 0; k < hashCount; ++k)
            spill->add(hashColumns[k], hashes[k], row);
    } else if (hashCount > 0) {
        if (m_validator.uniqueTracker(hashColumns[0])->insertHash(hashes[0], row) >= 0)
            return false;
    }
    ++m_rows;
    for (size_t k = 0; k < emptyCount; ++k)
        ++m_empty[size_t(emptyCells[k])];
    for (size_t k = 0; k < otherCount; ++k) {
        m_rewritten[size_t(otherColumns[k])] += otherBits[k] & 1;
        m_unchecked[size_t(otherColumns[k])] += otherBits[k] >> 1;
    }
    return true;
}

bool PassingLane::normalize(const Column &col, QStringView t, QStringView &normal, bool &rewritten)
{
    QString &value = m_values[size_t(col.column)];
    NormalStatus status = NormalStatus::Invalid;
    switch (col.kind) {
    case Kind::Email: {
        Normalized n = normalizeEmail(t);
        status = n.status;
        if (status == NormalStatus::Rewritten)
            value = std::move(n.value);
        break;
    }
    case Kind::Date:
        status = normalizeDateInto(t, col.dates, value);
        break;
    case Kind::Phone:
        status = col.phones->normalizeInto(t, value);
        break;
    case Kind::Text:
    case Kind::Checked:
        break;
    }
    rewritten = status == NormalStatus::Rewritten;
    normal = rewritten ? QStringView(value) : t;
    return rewritten || status == NormalStatus::Unchanged;
}

void PassingLane::flush(ValidationReport &report)
{
    report.addPassingRows(m_rows, m_empty, m_rewritten, m_unchecked);
    m_rows = 0;
    std::fill(m_empty.begin(), m_empty.end(), 0);
    std::fill(m_rewritten.begin(), m_rewritten.end(), 0);
    std::fill(m_unchecked.begin(), m_unchecked.end(), 0);
}

} // namespace godwit::engine
