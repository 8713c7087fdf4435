// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CsvReader and RowIndex. Beyond crashes and sanitizer reports, it checks the
// properties the importer relies on and traps when one fails:
// - the records do not depend on how the input is cut into buffers (split at a byte the input
//   chooses, and byte by byte for short inputs);
// - offsets, lengths and lines are in range and increasing;
// - the row index built over one-byte chunks (a speculation at every line), and in one chunk (its
//   64-byte block scan), agrees with the sequential reading on every record's offset and line;
// - the reader's block splitter gives what its byte state machine alone gives.
#include "engine/csvreader.h"
#include "engine/rowindex.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

using namespace godwit::engine;

namespace {

struct Trace {
    QList<QByteArray> fields; // record fields joined with a separator no input can fake
    QList<RowIndexEntry> positions;
    QList<qint64> lengths;
    CsvStatus status = CsvStatus::Ok;
    qint64 issues = 0;
    bool operator==(const Trace &) const = default;
};

Trace read(QByteArrayView data, const CsvDialect &dialect, qsizetype piece, bool blocks = true)
{
    Trace trace;
    CsvReader reader(dialect);
    reader.setBlockScanning(blocks);
    reader.setRecordCallback([&trace](const CsvRecord &record) {
        QByteArray joined;
        for (const QByteArrayView field : record.fields)
            joined += QByteArray::number(field.size()) + ':' + field.toByteArray();
        trace.fields.append(joined);
        trace.positions.append({record.index, record.offset, record.line});
        trace.lengths.append(record.length);
        return true;
    });
    for (qsizetype at = 0; at < data.size(); at += piece)
        reader.feed(data.sliced(at, std::min(piece, data.size() - at)));
    trace.status = reader.finish();
    trace.issues = reader.issueCount();
    return trace;
}

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t control = bytes[0];
    CsvDialect dialect;
    dialect.delimiter = ",;\t|"[control & 3];
    dialect.quote = (control & 4) ? '\'' : ((control & 8) ? '\0' : '"');
    dialect.skipBlankLines = !(control & 16);
    dialect.dropTrailingEmptyField = control & 32;
    const QByteArrayView data(reinterpret_cast<const char *>(bytes) + 2, qsizetype(size - 2));

    const Trace whole = read(data, dialect, std::max<qsizetype>(1, data.size()));
    const qsizetype split = data.isEmpty() ? 1 : 1 + bytes[1] % data.size();
    check(read(data, dialect, split) == whole);
    check(read(data, dialect, split, false) == whole);
    if (data.size() <= 512)
        check(read(data, dialect, 1) == whole);

    qint64 previousEnd = 0;
    qint64 previousLine = 0;
    for (qsizetype i = 0; i < whole.positions.size(); ++i) {
        const RowIndexEntry &p = whole.positions[i];
        check(p.record == i);
        check(p.offset >= previousEnd && p.offset + whole.lengths[i] <= data.size());
        check(p.line > previousLine);
        previousEnd = p.offset + whole.lengths[i];
        previousLine = p.line;
    }

    RowIndexOptions options;
    options.chunkBytes = 1;
    options.stride = 1 + bytes[1] % 4;
    options.threads = 1;
    RowIndex index;
    check(RowIndex::build(data, dialect, options, &index) == RowIndexStatus::Ok);
    check(index.recordCount() == whole.positions.size());
    check(index.endsInsideQuotes() == (whole.status == CsvStatus::UnterminatedQuote));
    for (const RowIndexEntry &entry : index.entries())
        check(entry.record < whole.positions.size() && entry == whole.positions[entry.record]);
    options.chunkBytes = qint64(1) << 20;
    RowIndex blockIndex;
    check(RowIndex::build(data, dialect, options, &blockIndex) == RowIndexStatus::Ok);
    check(blockIndex.recordCount() == whole.positions.size());
    check(blockIndex.endsInsideQuotes() == (whole.status == CsvStatus::UnterminatedQuote));
    for (const RowIndexEntry &entry : blockIndex.entries())
        check(entry.record < whole.positions.size() && entry == whole.positions[entry.record]);
    return 0;
}
