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

// A Text cell checked on its bytes (see checkTextBytes).
enum class TextBytes : quint8 { Passes, Empty, Fails, Decode };

// A Text cell's bytes against the column's length limits, as ColumnValidator decides on the
// decoded text, when that can be told without decoding: a plain ASCII value (its bytes are its
// characters), or one of one-, two- and three-byte UTF-8 sequences (no surrogate, no overlong
// form) that starts and ends, once ASCII blanks are trimmed, with ASCII or a two-byte sequence that
// is no space (U+00C0 to U+07FF), so that nothing else would be trimmed and its characters are
// its sequences. Decode for anything else: invalid bytes, four-byte sequences, a byte-order mark
// at the start, another non-ASCII character at either end.
TextBytes checkTextBytes(QByteArrayView bytes, qsizetype minLength, qsizetype maxLength)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype n = bytes.size();
    // Most values start and end with a byte above the space: no loop for them.
    if (n > 0 && *p <= ' ') {
        while (n > 0 && isAsciiSpace(*p)) {
            ++p;
            --n;
        }
    }
    if (n > 0 && p[n - 1] <= ' ') {
        while (n > 0 && isAsciiSpace(p[n - 1]))
            --n;
    }
    if (n == 0)
        return TextBytes::Empty; // ASCII blanks only
    qsizetype characters = n;
    if (!allAscii(reinterpret_cast<const char *>(p), n)) {
        // A character at either end that trimming could remove (U+0085, U+00A0, U+1680, U+2000 and
        // on) or a byte-order mark is decoded. Two-byte sequences led by C3 to DF (U+00C0 to U+07FF:
        // accented Latin, Greek, Cyrillic...) hold no space, and are checked below like the rest.
        const auto twoByteLead = [](uchar b) { return b >= 0xC3 && b <= 0xDF; };
        if (p[0] >= 0x80 && !twoByteLead(p[0]))
            return TextBytes::Decode;
        if (p[n - 1] >= 0x80 && (n < 2 || !twoByteLead(p[n - 2])))
            return TextBytes::Decode;
        characters = 0;
        for (qsizetype i = 0; i < n; ++characters) {
            const uchar b = p[i];
            if (b < 0x80) {
                ++i;
            } else if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
                       (p[i + 2] & 0xC0) == 0x80) {
                // Not overlong (E0 followed by less than A0) and not a surrogate (ED followed by A0
                // or more).
                if ((b == 0xE0 && p[i + 1] < 0xA0) || (b == 0xED && p[i + 1] >= 0xA0))
                    return TextBytes::Decode;
                i += 3;
            } else {
                return TextBytes::Decode;
            }
        }
    }
    return characters > maxLength || characters < minLength ? TextBytes::Fails : TextBytes::Passes;
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
        if (col.source < 0) {
            // Every cell of the column is empty: decided once. A column that fails empty fails every
            // row, which the full path reports.
            bool passes = !col.required;
            if (col.kind == Kind::Checked) {
                CellResult r;
                v.validate(QStringView(), r);
                passes = r.ok;
                if (r.ok && (!r.empty || r.rewritten))
                    passes = false; // not seen in a template: let the full path decide
            }
            if (!passes)
                m_usable = false;
            col.kind = Kind::Absent;
        }
        col.needNormal = col.unique || col.link;
        col.wanted = wanted;
        m_fieldsNeeded = std::max(m_fieldsNeeded, col.source + 1);
        uniqueTables += col.unique;
        m_columns.push_back(col);
    }
    // Columns not in the file are counted once a flush (an empty cell in every passing row), not
    // looked at row by row.
    for (const Column &col : m_columns) {
        if (col.kind == Kind::Absent)
            m_absent.push_back(col.column);
    }
    std::erase_if(m_columns, [](const Column &c) { return c.kind == Kind::Absent; });
    std::stable_partition(m_columns.begin(), m_columns.end(), [](const Column &c) { return c.unique; });
    m_usable = m_usable && (uniqueTables <= 1 || validator.uniqueSpill());
    m_empty.assign(size_t(n), 0);
    m_rewritten.assign(size_t(n), 0);
    m_unchecked.assign(size_t(n), 0);
    m_cells.assign(size_t(n), QStringView());
    m_normals.assign(size_t(n), QStringView());
    m_results.resize(size_t(n));
    m_values.resize(size_t(n));
    m_dates.resize(size_t(n));
    m_dateRows.assign(size_t(n), -1);
    m_dateOrders.assign(size_t(n), DateOrder::Unknown);
    m_cellBytes.assign(size_t(n), QByteArrayView());
    m_cellBytesRows.assign(size_t(n), -1);
    m_lateCells.resize(size_t(n));
    for (const Column &col : m_columns)
        m_dateOrders[size_t(col.column)] = col.dates.order;
    m_text.resize(4096); // grown by a row that needs more (which then goes the full way)
}

// Inlined into tryRow: a call per cell cost more than the switch.
[[gnu::always_inline]] inline bool PassingLane::normalize(const Column &col, QStringView t,
                                                          QStringView &normal, bool &rewritten)
{
    const bool needNormal = col.needNormal;
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
    case Kind::Date: {
        DateParse &parse = m_dates[size_t(col.column)];
        status =
            needNormal ? normalizeDateInto(t, col.dates, value, &parse) : dateStatus(t, col.dates, &parse);
        m_dateRows[size_t(col.column)] = m_lastRow;
        break;
    }
    case Kind::Phone:
        status = needNormal ? col.phones->normalizeInto(t, value) : col.phones->status(t);
        break;
    case Kind::Text:
    case Kind::Checked:
    case Kind::Absent:
        break;
    }
    rewritten = status == NormalStatus::Rewritten;
    if (needNormal)
        normal = rewritten ? QStringView(value) : t;
    return rewritten || status == NormalStatus::Unchanged;
}

void PassingLane::keepNormalForms()
{
    m_keepNormals = true;
    for (Column &col : m_columns)
        col.needNormal = true;
}

bool PassingLane::tryRow(std::span<const QByteArrayView> fields, qint64 row)
{
    if (!m_usable)
        return false;
    m_lastRow = row;
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
    // A `unique` column's hash, its table slot asked for meanwhile. False: more unique columns than
    // the lane keeps hashes for.
    const auto addHash = [&](const Column &col, quint64 hash) {
        if (hashCount == std::size(hashes))
            return false;
        if (!m_validator.uniqueSpill())
            m_validator.uniqueTracker(col.column)->prefetch(hash);
        hashColumns[hashCount] = col.column;
        hashes[hashCount++] = hash;
        return true;
    };
    // An empty cell, and a cell counted as rewritten or unchecked (`bits`: rewritten | unchecked
    // << 1). False: more of them than the lane keeps.
    const auto addEmpty = [&](const Column &col) {
        if (emptyCount == std::size(emptyCells))
            return false;
        emptyCells[emptyCount++] = col.column;
        return true;
    };
    const auto addCounted = [&](const Column &col, quint8 bits) {
        if (otherCount == std::size(otherColumns))
            return false;
        otherColumns[otherCount] = col.column;
        otherBits[otherCount++] = bits;
        return true;
    };
    // A normaliser's status told on a cell's bytes. False: the row does not pass here.
    const auto addStatus = [&](const Column &col, NormalStatus status) {
        switch (status) {
        case NormalStatus::Unchanged:
            return true;
        case NormalStatus::Rewritten:
            return addCounted(col, 1);
        case NormalStatus::Empty:
            return !col.required && addEmpty(col);
        case NormalStatus::Invalid:
        case NormalStatus::Ambiguous:
            break;
        }
        return false;
    };
    const bool complete = fieldCount >= m_fieldsNeeded; // else a ragged row: some sources are missing
    for (const Column &col : m_columns) {
        const QByteArrayView bytes =
            complete || col.source < fieldCount ? fields[size_t(col.source)] : QByteArrayView();
        if (col.kind == Kind::Text && !m_keepNormals) {
            const TextBytes verdict = checkTextBytes(bytes, col.minLength, col.maxLength);
            if (verdict == TextBytes::Fails)
                return false;
            if (verdict == TextBytes::Empty) {
                if (col.required || !addEmpty(col))
                    return false;
                continue;
            }
            if (verdict == TextBytes::Passes)
                continue;
        }
        // An ASCII e-mail address already normal, told on its bytes (its `unique` hash too).
        if (col.kind == Kind::Email && !m_keepNormals && !col.link && !col.wanted) {
            QByteArrayView address;
            const EmailBytes verdict = checkEmailBytes(bytes, &address);
            if (verdict == EmailBytes::Invalid)
                return false;
            if (verdict == EmailBytes::Empty) {
                if (col.required || !addEmpty(col))
                    return false;
                continue;
            }
            if (verdict == EmailBytes::Unchanged) {
                if (col.unique && !addHash(col, UniqueTracker::hashOfLatin1(address)))
                    return false;
                continue;
            }
        }
        // A date's status and parse, told on its bytes when the normal form is not needed.
        if (col.kind == Kind::Date && !col.needNormal) {
            DateParse &parse = m_dates[size_t(col.column)];
            if (const std::optional<NormalStatus> status = dateStatusOfBytes(bytes, col.dates, &parse)) {
                if (col.wanted) { // its text, if asked for, from these bytes
                    m_cellBytes[size_t(col.column)] = bytes;
                    m_cellBytesRows[size_t(col.column)] = row;
                }
                if (!addStatus(col, *status))
                    return false;
                if (*status != NormalStatus::Empty)
                    m_dateRows[size_t(col.column)] = row;
                continue;
            }
        }
        // A phone number's status, told on its bytes when the normal form is not needed.
        if (col.kind == Kind::Phone && !col.needNormal && !col.wanted) {
            if (const std::optional<NormalStatus> status = col.phones->statusOfBytes(bytes)) {
                if (!addStatus(col, *status))
                    return false;
                continue;
            }
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
            if (!addEmpty(col))
                return false;
            continue;
        }
        if (counted != 0 && !addCounted(col, counted))
            return false;
        if (col.link && !col.link->contains(normal))
            return false;
        if (col.unique && !normal.isEmpty() && !addHash(col, UniqueTracker::hashOf(normal)))
            return false;
    }
    // Last, as nothing else can fail now: `unique`. With tables there is at most one, and a value
    // seen before is not inserted, so a row that repeats one leaves the table as it was.
    if (UniqueSpill *spill = m_validator.uniqueSpill()) {
        for (size_t k = 0; k < hashCount; ++k)
            spill->add(hashColumns[k], hashes[k], row);
    } else if (hashCount > 0) {
        UniqueTracker &table = *m_validator.uniqueTracker(hashColumns[0]);
        if (table.insertHash(hashes[0], row) >= 0)
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

QStringView PassingLane::cell(int column) const
{
    const auto c = size_t(column);
    if (m_cellBytesRows[c] == m_lastRow) {
        m_cellBytesRows[c] = -1;
        decodeUtf8Field(m_cellBytes[c], m_lateCells[c]);
        m_cells[c] = m_lateCells[c];
    }
    return m_cells[c];
}

void PassingLane::flush(ValidationReport &report)
{
    for (const int column : m_absent)
        m_empty[size_t(column)] += m_rows;
    report.addPassingRows(m_rows, m_empty, m_rewritten, m_unchecked);
    m_rows = 0;
    std::fill(m_empty.begin(), m_empty.end(), 0);
    std::fill(m_rewritten.begin(), m_rewritten.end(), 0);
    std::fill(m_unchecked.begin(), m_unchecked.end(), 0);
}

} // namespace godwit::engine
