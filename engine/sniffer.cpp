// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/sniffer.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace godwit::engine {

namespace {

constexpr qint64 kMaxRecords = 1000;   // records parsed per candidate
constexpr qsizetype kKeptRecords = 80; // of which kept whole for preamble and header analysis
constexpr qint64 kMaxPreamble = 30;    // the table starts within this many records

struct Sampled {
    QList<int> counts;
    qint64 splitQuotes = 0;           // records where the other quote character seems to quote a field
    QList<QList<QByteArray>> records; // the first kKeptRecords
    QList<qint64> lines;
    QList<qint64> offsets;
};

Sampled sample(QByteArrayView data, const CsvDialect &dialect, bool wholeFile)
{
    Sampled out;
    CsvReader reader(dialect);
    const char other = dialect.quote == '"' ? '\'' : '"';
    reader.setRecordCallback([&out, other](const CsvRecord &record) {
        out.counts.append(int(record.fields.size()));
        // `'Smith, J',Oslo` read with " as the quote: a field opening with ' is cut at the
        // delimiter and the next one closes it. A sign that ' is this file's quote.
        for (size_t i = 0; i + 1 < record.fields.size(); ++i) {
            const QByteArrayView open = record.fields[i].trimmed();
            const QByteArrayView close = record.fields[i + 1].trimmed();
            if (open.size() > 1 && open.startsWith(other) && !open.endsWith(other) && close.endsWith(other) &&
                !close.startsWith(other)) {
                ++out.splitQuotes;
                break;
            }
        }
        if (out.records.size() < kKeptRecords) {
            QList<QByteArray> fields;
            fields.reserve(qsizetype(record.fields.size()));
            for (const QByteArrayView field : record.fields)
                fields.append(field.toByteArray());
            out.records.append(fields);
            out.lines.append(record.line);
            out.offsets.append(record.offset);
        }
        return out.counts.size() < kMaxRecords;
    });
    reader.feed(data);
    if (wholeFile)
        reader.finish(); // otherwise the last, possibly cut, record stays unread
    return out;
}

int filled(const QList<QByteArray> &record)
{
    return int(std::count_if(record.cbegin(), record.cend(),
                             [](const QByteArray &field) { return !field.trimmed().isEmpty(); }));
}

struct Candidate {
    CsvDialect dialect;
    Sampled sampled;
    int fieldCount = 0;
    qint64 start = 0;
    double consistency = 0;
    qint64 agreeing = 0;
    double score = 0;
};

// The most frequent field count (ties: the larger), the record where the table starts, and how
// consistently the records from there agree.
void evaluate(Candidate &c, std::optional<qint64> forcedStart)
{
    const QList<int> &counts = c.sampled.counts;
    if (counts.isEmpty())
        return;
    std::map<int, qint64> frequency;
    for (const int count : counts)
        ++frequency[count];
    int mode = 0;
    qint64 best = -1;
    for (const auto &[count, times] : frequency) {
        if (times >= best) {
            best = times;
            mode = count;
        }
    }
    c.fieldCount = mode;

    if (forcedStart) {
        c.start = std::clamp<qint64>(*forcedStart, 0, counts.size() - 1);
    } else {
        // Preamble: records with another field count, or with too few filled cells (an Excel
        // title row padded with delimiters), above the first full record of the modal width.
        c.start = 0;
        const qint64 limit =
            std::min<qint64>({qint64(counts.size()), kMaxPreamble, c.sampled.records.size()});
        for (qint64 i = 0; i < limit; ++i) {
            if (counts[i] == mode && filled(c.sampled.records[i]) * 2 >= std::max(2, mode)) {
                c.start = i;
                break;
            }
        }
    }
    const qint64 considered = counts.size() - c.start;
    c.agreeing = std::count(counts.cbegin() + c.start, counts.cend(), mode);
    c.consistency = considered > 0 ? double(c.agreeing) / double(considered) : 0;
    const double width = mode > 1 ? 1.0 - 0.5 / mode : 0.3; // one column explains anything
    // Records given up as preamble cost a little: between equals, the reading that explains
    // more of the file wins.
    const double coverage = 0.9 + 0.1 * double(considered) / double(counts.size());
    const double quoting = 1.0 - double(c.sampled.splitQuotes) / double(counts.size());
    c.score = c.consistency * width * coverage * quoting;
}

enum class CellType { Empty, Number, Date, Email, Text };

CellType cellType(const QByteArray &raw)
{
    const QByteArray cell = raw.trimmed();
    if (cell.isEmpty())
        return CellType::Empty;
    int digits = 0;
    int separators = 0;
    int other = 0;
    int dateSeparators = 0;
    for (const char c : cell) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '.' || c == ',' || c == '-' || c == '+' || c == '%' || c == ' ' || c == '\'')
            ++separators;
        else if (c == '/' || c == ':' || c == 'T')
            ++dateSeparators;
        else if (c != '$' && c != '(' && c != ')')
            ++other;
    }
    if (cell.contains('@') && !cell.startsWith('@') && !cell.endsWith('@'))
        return CellType::Email;
    if (other == 0 && digits > 0 && dateSeparators > 0)
        return CellType::Date;
    if (other == 0 && digits > 0 && (cell.count('-') >= 2 || cell.count('.') == 2) && cell.size() >= 8)
        return CellType::Date;
    if (digits > 0 && other <= 3 && digits >= other * 2) // "12,50 €" (the € is 3 bytes of UTF-8)
        return CellType::Number;
    return CellType::Text;
}

// Votes for (positive) or against (negative) the first table record being a header.
int headerVotes(const QList<QByteArray> &header, const QList<QList<QByteArray>> &data)
{
    int votes = 0;
    QSet<QByteArray> seen;
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QByteArray name = header[column].trimmed();
        const CellType nameType = cellType(name);
        if (nameType == CellType::Empty || seen.contains(name))
            --votes;
        seen.insert(name);
        if (nameType == CellType::Number || nameType == CellType::Date || nameType == CellType::Email) {
            votes -= 2; // header cells are names
            continue;
        }
        std::map<CellType, int> types;
        int nonEmpty = 0;
        QSet<qsizetype> lengths;
        bool repeated = false;
        for (const QList<QByteArray> &record : data) {
            const QByteArray value = record.value(column).trimmed();
            const CellType type = cellType(value);
            if (type == CellType::Empty)
                continue;
            ++nonEmpty;
            ++types[type];
            lengths.insert(value.size());
            repeated = repeated || value == name;
        }
        if (nonEmpty == 0 || nameType == CellType::Empty)
            continue;
        const auto dominant = std::max_element(
            types.cbegin(), types.cend(), [](const auto &a, const auto &b) { return a.second < b.second; });
        if (dominant->first != CellType::Text && dominant->second * 5 >= nonEmpty * 4)
            ++votes; // a name above numbers, dates or e-mails
        else if (repeated)
            --votes; // the "name" is also a value
        else if (lengths.size() == 1 && !lengths.contains(name.size()))
            ++votes; // fixed-width codes under a name
    }
    return votes;
}

} // namespace

SniffedDialect sniffDialect(QByteArrayView data, bool wholeFile, const DialectOverrides &overrides)
{
    QList<char> delimiters{',', ';', '\t', '|'};
    QList<char> quotes{'"', '\''};
    if (overrides.delimiter)
        delimiters = {*overrides.delimiter};
    if (overrides.quote)
        quotes = {*overrides.quote};

    QList<Candidate> candidates;
    for (const char quote : quotes) {
        for (const char delimiter : delimiters) {
            Candidate c;
            c.dialect.delimiter = delimiter;
            c.dialect.quote = quote;
            c.sampled = sample(data, c.dialect, wholeFile);
            evaluate(c, overrides.headerRecord);
            candidates.append(c);
        }
    }
    // Strictly better only: ties keep the earlier (more common) delimiter and the double quote.
    qsizetype best = 0;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        if (candidates[i].score > candidates[best].score + 1e-9)
            best = i;
    }
    const Candidate &winner = candidates[best];
    double runnerUp = 0;
    for (const Candidate &c : candidates) {
        if (c.dialect.delimiter != winner.dialect.delimiter)
            runnerUp = std::max(runnerUp, c.score);
    }

    SniffedDialect result;
    result.dialect = winner.dialect;
    if (winner.sampled.counts.isEmpty()) { // nothing but blank lines
        result.hasHeader = overrides.hasHeader.value_or(false);
        return result;
    }
    result.headerRecord = winner.start;
    result.tableRecords = winner.sampled.counts.size() - winner.start;
    result.fieldCount = winner.fieldCount;
    if (winner.start < winner.sampled.lines.size()) {
        result.headerLine = winner.sampled.lines[winner.start];
        result.headerOffset = winner.sampled.offsets[winner.start];
    }

    const double evidence = 1.0 - std::pow(0.7, double(winner.agreeing));
    // A clear winner (the runner-up scores half as much or less) is fully separated.
    const double separation =
        winner.score > 0 ? 0.5 + 0.5 * std::min(1.0, 2 * (winner.score - runnerUp) / winner.score) : 0;
    const bool decided = overrides.delimiter.has_value(); // the caller knows
    result.delimiterConfidence =
        decided ? 1.0 : winner.consistency * evidence * (winner.fieldCount > 1 ? 1.0 : 0.5) * separation;

    // The header, and the data under it.
    const QList<QList<QByteArray>> &records = winner.sampled.records;
    QList<QByteArray> first = records.value(winner.start);
    QList<QList<QByteArray>> below;
    for (qsizetype i = winner.start + 1; i < records.size(); ++i) {
        if (records[i].size() == winner.fieldCount)
            below.append(records[i]);
    }

    // Trailing delimiters: every line, the header included, ends with an empty field.
    if (winner.fieldCount > 1 && first.size() == winner.fieldCount && first.last().isEmpty() &&
        !below.isEmpty() && std::all_of(below.cbegin(), below.cend(), [](const QList<QByteArray> &r) {
            return r.last().isEmpty();
        })) {
        result.dialect.dropTrailingEmptyField = true;
        result.fieldCount -= 1;
        first.removeLast();
        for (QList<QByteArray> &record : below)
            record.removeLast();
    }

    if (overrides.hasHeader) {
        result.hasHeader = *overrides.hasHeader;
        result.headerConfidence = 1.0;
    } else {
        const int votes = headerVotes(first, below);
        if (votes > 0) {
            result.hasHeader = true;
            result.headerConfidence = std::min(1.0, 0.6 + 0.1 * votes);
        } else if (votes < 0) {
            result.hasHeader = false;
            result.headerConfidence = std::min(1.0, 0.6 + 0.1 * -votes);
        } else { // nothing tells: most business files have one
            result.hasHeader = true;
            result.headerConfidence = 0.5;
        }
        if (winner.start > 0 && result.hasHeader) // a preamble sits above a header
            result.headerConfidence = std::min(1.0, result.headerConfidence + 0.2);
    }
    if (result.hasHeader)
        result.header = first;
    result.confidence = result.delimiterConfidence * (0.7 + 0.3 * result.headerConfidence);
    return result;
}

} // namespace godwit::engine
