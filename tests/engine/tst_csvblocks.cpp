// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader's block splitter (64-byte bit masks) against the byte state machine it falls back to
// (setBlockScanning(false)): on random CSV-ish inputs under every dialect, fed in random pieces,
// both must give the same records, fields, positions, issues and status.
#include "engine/csvblocks_p.h"
#include "engine/csvreader.h"
#include "engine/rowindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace godwit::engine;

namespace {

struct Trace {
    QList<QList<QByteArray>> rows;
    QList<QList<qint64>> positions; // index, line, offset, length
    QList<CsvIssue> issues;
    qint64 issueCount = 0;
    qint64 consumed = 0;
    qint64 records = 0;
    CsvStatus status = CsvStatus::Ok;
    bool operator==(const Trace &) const = default;
};

struct Run {
    CsvDialect dialect;
    QList<qsizetype> cuts; // feed() pieces end here
    qint64 stopAfter = -1; // the callback returns false on this record
    qint64 startOffset = 0;
    qint64 startLine = 1;
    qint64 startRecord = 0;
};

Trace read(const QByteArray &data, const Run &run, bool blocks)
{
    Trace trace;
    CsvReader reader(run.dialect);
    reader.setBlockScanning(blocks);
    reader.setStartPosition(run.startOffset, run.startLine, run.startRecord);
    reader.setRecordCallback([&trace, &run](const CsvRecord &record) {
        QList<QByteArray> fields;
        for (const QByteArrayView field : record.fields)
            fields.append(field.toByteArray());
        trace.rows.append(fields);
        trace.positions.append({record.index, record.line, record.offset, record.length});
        return record.index != run.stopAfter;
    });
    qsizetype from = 0;
    for (const qsizetype cut : run.cuts) {
        const QByteArray piece = data.mid(from, cut - from); // a copy: no pointers kept into old pieces
        reader.feed(piece);
        from = cut;
    }
    const QByteArray rest = data.mid(from);
    reader.feed(rest);
    trace.status = reader.finish();
    trace.issues = reader.issues();
    trace.issueCount = reader.issueCount();
    trace.consumed = reader.bytesConsumed();
    trace.records = reader.recordCount();
    return trace;
}

QByteArray describe(const QByteArray &data, const Run &run)
{
    QByteArray out = "input " + data.toPercentEncoding() + "\ndelimiter " +
                     QByteArray::number(int(run.dialect.delimiter)) + " quote " +
                     QByteArray::number(int(run.dialect.quote)) + " skipBlankLines " +
                     QByteArray::number(run.dialect.skipBlankLines) + " dropTrailingEmptyField " +
                     QByteArray::number(run.dialect.dropTrailingEmptyField) + " stopAfter " +
                     QByteArray::number(run.stopAfter) + "\ncuts";
    for (const qsizetype cut : run.cuts)
        out += ' ' + QByteArray::number(cut);
    return out;
}

// Random bytes heavy in the characters that matter, or (regular) rows of clean fields, quoted
// fields with doubled quotes, delimiters and line breaks inside, blank lines and the odd stray byte.
QByteArray randomInput(QRandomGenerator &rng, bool regular)
{
    static const char alphabet[] = {',', ';', '"', '\'', '\r', '\n', ' ', '\t',
                                    'a', 'b', ',', '"',  '\n', 'x',  '|'};
    QByteArray data;
    const int length = 1 + int(rng.bounded(regular ? 600 : 400));
    if (!regular) {
        for (int i = 0; i < length; ++i)
            data += alphabet[rng.bounded(int(sizeof alphabet))];
        return data;
    }
    static const QList<QByteArray> pieces{"abc",        "12345",
                                          "",           "\"q\"",
                                          "\"a,b\"",    "\"say \"\"hi\"\"\"",
                                          "\"\"",       "\"\"\"\"",
                                          "\"l1\nl2\"", "\"l1\r\nl2\"",
                                          "\"cr\rin\"", " \"pad\" ",
                                          "\"ab\"cd",   "a\"b",
                                          "  ",         "x y",
                                          "'s'",        "'it''s'",
                                          "\"open",     "long field text with several words"};
    static const QList<QByteArray> delimiters{",", ";", "\t", "|", " "};
    static const QList<QByteArray> ends{"\n", "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n"};
    const QByteArray delimiter = delimiters[rng.bounded(int(delimiters.size()))];
    while (data.size() < length) {
        const int fields = 1 + int(rng.bounded(10));
        for (int f = 0; f < fields; ++f) {
            if (f > 0)
                data += rng.bounded(30) == 0 ? delimiters[rng.bounded(int(delimiters.size()))] : delimiter;
            const int kind = int(rng.bounded(100));
            if (kind < 60)
                data += pieces[rng.bounded(3)];
            else if (kind < 96)
                data += pieces[3 + rng.bounded(5)];
            else
                data += pieces[rng.bounded(int(pieces.size()))];
        }
        data += rng.bounded(10) == 0 ? ends[rng.bounded(int(ends.size()))] : ends[0];
        if (rng.bounded(200) == 0)
            data += alphabet[rng.bounded(int(sizeof alphabet))];
        if (rng.bounded(100) == 0) // blanks over a whole block, maybe before a quote
            data +=
                QByteArray(60 + int(rng.bounded(80)), rng.bounded(2) ? ' ' : '\t') + pieces[rng.bounded(5)];
    }
    return data;
}

// Both mask paths where the CPU has AVX2: the differential tests alternate between them.
void useAvx2(bool on)
{
#if defined(GODWIT_BLOCKS_AVX2)
    blocks::setAvx2Enabled(on);
#else
    Q_UNUSED(on);
#endif
}

QList<qsizetype> randomCuts(QRandomGenerator &rng, qsizetype size)
{
    QList<qsizetype> cuts;
    switch (rng.bounded(4)) {
    case 0: // in one piece
        break;
    case 1: // a few random places
        for (int k = int(rng.bounded(4)); k > 0; --k)
            cuts.append(qsizetype(rng.bounded(int(size) + 1)));
        break;
    case 2: // many small pieces
        for (qsizetype at = 1 + rng.bounded(70); at < size; at += 1 + rng.bounded(70))
            cuts.append(at);
        break;
    default: // byte by byte at the start, then big pieces
        for (qsizetype at = 1; at < std::min<qsizetype>(size, 80); ++at)
            cuts.append(at);
        break;
    }
    std::sort(cuts.begin(), cuts.end());
    return cuts;
}

} // namespace

class TestCsvBlocks : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { useAvx2(true); }
    void masksMatchBytes();
    void blockSplitterMatchesStateMachine();
    void longRegularFile();
    void rowIndexMatchesStateMachine();
    void blockBoundaries();
};

void TestCsvBlocks::masksMatchBytes()
{
    QRandomGenerator rng(7);
    static const char alphabet[] = {',', ';',  '"', '\'', '\r',       '\n',
                                    ' ', '\t', 'a', '\0', char(0xC3), char(0x80)};
    for (int round = 0; round < 2000; ++round) {
        char block[64];
        for (char &c : block)
            c = alphabet[rng.bounded(int(sizeof alphabet))];
        const char delimiter = ",;\t"[rng.bounded(3)];
        const char quote = "\"'"[rng.bounded(3)]; // the third is '\0': no quoting
#if defined(GODWIT_BLOCKS_AVX2)
        blocks::setAvx2Enabled(round % 2 == 0);
        if (round % 2 == 0 && blocks::avx2Enabled()) {
            const blocks::Masks a = blocks::masksAvx2(block, delimiter, quote);
            const blocks::Masks b = blocks::Matcher(delimiter, quote)(block);
            QCOMPARE(a.quote, b.quote);
            QCOMPARE(a.separator, b.separator);
            QCOMPARE(a.lf, b.lf);
            QCOMPARE(a.cr, b.cr);
        }
#endif
        const blocks::Masks m = blocks::masks(block, delimiter, quote);
        blocks::Masks expected;
        for (int k = 0; k < 64; ++k) {
            const quint64 bit = quint64(1) << k;
            expected.quote |= (quote != '\0' && block[k] == quote) ? bit : 0;
            expected.separator |= (block[k] == delimiter || block[k] == '\n' || block[k] == '\r') ? bit : 0;
            expected.lf |= block[k] == '\n' ? bit : 0;
            expected.cr |= block[k] == '\r' ? bit : 0;
        }
        QCOMPARE(m.quote, expected.quote);
        QCOMPARE(m.separator, expected.separator);
        QCOMPARE(m.lf, expected.lf);
        QCOMPARE(m.cr, expected.cr);
#if defined(GODWIT_BLOCKS_AVX2)
        if (blocks::avx2Enabled()) { // the matcher inlined into the splitter's and index's AVX2 loops
            const blocks::Masks a = blocks::MatcherAvx2(delimiter, quote)(block);
            QCOMPARE(a.quote, expected.quote);
            QCOMPARE(a.separator, expected.separator);
            QCOMPARE(a.lf, expected.lf);
            QCOMPARE(a.cr, expected.cr);
        }
#endif
        quint64 parity = 0;
        quint64 prefix = 0;
        for (int k = 0; k < 64; ++k) {
            parity ^= (m.quote >> k) & 1;
            prefix |= parity << k;
        }
        QCOMPARE(blocks::prefixXor(m.quote), prefix);
        const quint64 x = m.separator ^ (m.quote * 0x9E3779B97F4A7C15ull);
        QCOMPARE(blocks::popcount(x), __builtin_popcountll(x));
        for (const quint64 y : {x, m.lf, m.lf & -m.lf, quint64(0), ~quint64(0), quint64(1) << 63})
            QCOMPARE(blocks::fewBits(y), __builtin_popcountll(y));
    }
    QCOMPARE(blocks::range(0, 0), quint64(0));
    QCOMPARE(blocks::range(3, 6), quint64(0x38));
    QCOMPARE(blocks::range(0, 63), ~quint64(0) >> 1);
}

void TestCsvBlocks::blockSplitterMatchesStateMachine()
{
    QRandomGenerator rng(20261122);
    int compared = 0;
    int records = 0;
    for (int round = 0; round < 3000; ++round) {
        useAvx2(round % 2 == 0);
        const QByteArray data = randomInput(rng, round % 4 != 0);
        for (const char delimiter : {',', ';', '\t', ' '}) {
            for (const char quote : {'"', '\'', '\0'}) {
                for (int flags = 0; flags < 4; ++flags) {
                    Run run;
                    run.dialect.delimiter = delimiter;
                    run.dialect.quote = quote;
                    run.dialect.skipBlankLines = flags & 1;
                    run.dialect.dropTrailingEmptyField = flags & 2;
                    run.cuts = randomCuts(rng, data.size());
                    if (rng.bounded(8) == 0)
                        run.stopAfter = rng.bounded(10);
                    if (rng.bounded(8) == 0) {
                        run.startOffset = rng.bounded(1000);
                        run.startLine = 1 + rng.bounded(1000);
                        run.startRecord = rng.bounded(1000);
                    }
                    const Trace reference = read(data, run, false);
                    const Trace fast = read(data, run, true);
                    if (!(fast == reference)) {
                        qWarning("%s", describe(data, run).constData());
                        QFAIL("the block splitter and the state machine disagree");
                    }
                    ++compared;
                    records += int(reference.rows.size());
                }
            }
        }
    }
    qInfo("%d comparisons, %d records", compared, records);
}

void TestCsvBlocks::longRegularFile()
{
    // A generated-contacts-like file with CSV's every wrinkle now and then, in 1 MiB slices and
    // in odd pieces: the same records either way.
    QRandomGenerator rng(5);
    QByteArray data("id,name,company,note\n");
    for (int id = 0; data.size() < 3000000; ++id) {
        data += QByteArray::number(id) + ",Name" + QByteArray::number(rng.bounded(1000)) + ',';
        data += rng.bounded(2) ? QByteArray("\"The \"\"Acme\"\" Group, Inc.\",") : QByteArray("Hooli,");
        switch (rng.bounded(40)) {
        case 0:
            data += "\"line one\nline two\"\n";
            break;
        case 1:
            data += "\"crlf\r\ninside\"\r\n";
            break;
        case 2:
            data += " \"padded\" \n\n";
            break;
        case 3:
            data += "\"ab\"cd\n";
            break;
        default:
            data += "Called back\n";
        }
    }
    for (const bool skipBlank : {true, false}) {
        Run run;
        run.dialect.skipBlankLines = skipBlank;
        const Trace reference = read(data, run, false);
        QCOMPARE(read(data, run, true), reference);
        run.cuts = randomCuts(rng, data.size());
        for (qsizetype at = 4093; at < data.size(); at += 4093 + rng.bounded(9000))
            run.cuts.append(at);
        std::sort(run.cuts.begin(), run.cuts.end());
        QCOMPARE(read(data, run, true), reference);
        QVERIFY(reference.rows.size() > 40000);
    }
}

void TestCsvBlocks::rowIndexMatchesStateMachine()
{
    // The row index's 64-byte scanner against the reader's state machine alone: every record's
    // offset and line at stride 1, and the entries at random strides, chunk sizes and threads.
    QRandomGenerator rng(314);
    int compared = 0;
    for (int round = 0; round < 1500; ++round) {
        useAvx2(round % 2 == 0);
        const QByteArray data = randomInput(rng, round % 4 != 0);
        for (const char delimiter : {',', ';', '\t', ' '}) {
            for (const char quote : {'"', '\'', '\0'}) {
                for (const bool skipBlank : {true, false}) {
                    Run run;
                    run.dialect.delimiter = delimiter;
                    run.dialect.quote = quote;
                    run.dialect.skipBlankLines = skipBlank;
                    const Trace reference = read(data, run, false);
                    RowIndexOptions options;
                    options.stride = rng.bounded(3) == 0 ? 1 + rng.bounded(7) : 1;
                    options.chunkBytes = rng.bounded(2) ? 1 + rng.bounded(400) : 1 << 20;
                    options.threads = 1 + int(rng.bounded(2));
                    RowIndex index;
                    QCOMPARE(RowIndex::build(data, run.dialect, options, &index), RowIndexStatus::Ok);
                    bool same =
                        index.recordCount() == reference.rows.size() &&
                        index.endsInsideQuotes() == (reference.status == CsvStatus::UnterminatedQuote);
                    qint64 expected = 0; // entries at records 0, stride, 2 stride, ... (chunks may add more)
                    for (const RowIndexEntry &entry : index.entries()) {
                        if (!same)
                            break;
                        const QList<qint64> &at = reference.positions.value(entry.record);
                        same = !at.isEmpty() && entry.offset == at[2] && entry.line == at[1] &&
                               entry.record >= expected && entry.record - expected < 2 * options.stride;
                        expected = entry.record;
                    }
                    if (options.stride == 1)
                        same = same && qsizetype(index.entries().size()) == reference.rows.size();
                    if (!same) {
                        qWarning("%s\nstride %lld chunkBytes %lld", describe(data, run).constData(),
                                 options.stride, options.chunkBytes);
                        QFAIL("the row index and the state machine disagree");
                    }
                    ++compared;
                }
            }
        }
    }
    qInfo("%d comparisons", compared);
}

void TestCsvBlocks::blockBoundaries()
{
    // Every oddity at every offset against a 64-byte block: runs of blanks over whole blocks
    // before a quote, quotes, CRLF and blank lines right at a block's first and last byte.
    const QList<QByteArray> middles{QByteArray(64, ' '),
                                    QByteArray(65, ' '),
                                    QByteArray(128, '\t'),
                                    "\"\"",
                                    "\"a\"\"b\"",
                                    "\r\n",
                                    "\r\n\r\n",
                                    "\n\n",
                                    "\r",
                                    "\"x\r\ny\"",
                                    ",,",
                                    "\" \"",
                                    QByteArray(63, 'z') + '"'};
    const QList<QByteArray> tails{"\"q\"\n", "\"l1\nl2,\"\n", "x\n", ",\n", "\"\"\"\",\r\n", " \"p\" ,y\n"};
    int compared = 0;
    for (int prefix = 0; prefix < 140; ++prefix) {
        useAvx2(prefix % 2 == 0);
        for (const QByteArray &middle : middles) {
            for (const QByteArray &tail : tails) {
                const QByteArray data =
                    QByteArray(prefix, 'a') + '\n' + middle + tail + QByteArray(70, 'b') + '\n';
                for (const bool skipBlank : {true, false}) {
                    Run run;
                    run.dialect.skipBlankLines = skipBlank;
                    const Trace reference = read(data, run, false);
                    if (!(read(data, run, true) == reference)) {
                        qWarning("%s", describe(data, run).constData());
                        QFAIL("the block splitter and the state machine disagree");
                    }
                    RowIndexOptions options;
                    options.stride = 1;
                    options.threads = 1;
                    RowIndex index;
                    QCOMPARE(RowIndex::build(data, run.dialect, options, &index), RowIndexStatus::Ok);
                    QCOMPARE(index.recordCount(), reference.rows.size());
                    for (const RowIndexEntry &entry : index.entries()) {
                        const QList<qint64> &at = reference.positions.value(entry.record);
                        if (at.size() != 4 || entry.offset != at[2] || entry.line != at[1]) {
                            qWarning("%s", describe(data, run).constData());
                            QFAIL("the row index and the state machine disagree");
                        }
                    }
                    ++compared;
                }
            }
        }
    }
    qInfo("%d comparisons", compared);
}

QTEST_GUILESS_MAIN(TestCsvBlocks)
#include "tst_csvblocks.moc"
