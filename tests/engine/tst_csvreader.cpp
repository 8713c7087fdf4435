// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/csvreader.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace godwit::engine;

using Rows = QList<QList<QByteArray>>;

namespace {

// Everything the reader tells about an input, to compare feeding strategies.
struct Trace {
    Rows rows;
    QList<QList<qint64>> positions; // index, line, offset, length
    QList<CsvIssue> issues;
    CsvStatus status = CsvStatus::Ok;
    bool operator==(const Trace &) const = default;
};

Trace traceChunks(const QByteArray &data, const QList<qsizetype> &cuts, const CsvDialect &dialect = {})
{
    Trace trace;
    CsvReader reader(dialect);
    reader.setRecordCallback([&trace](const CsvRecord &record) {
        QList<QByteArray> fields;
        for (const QByteArrayView field : record.fields)
            fields.append(field.toByteArray());
        trace.rows.append(fields);
        trace.positions.append({record.index, record.line, record.offset, record.length});
        return true;
    });
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        // A copy per chunk: the reader must not keep pointers into buffers it was given earlier.
        const QByteArray chunk = data.mid(from, cut - from);
        reader.feed(chunk);
        from = cut;
    }
    const QByteArray last = data.mid(from);
    reader.feed(last);
    trace.status = reader.finish();
    trace.issues = reader.issues();
    return trace;
}

Trace trace(const QByteArray &data, const CsvDialect &dialect = {})
{
    return traceChunks(data, {}, dialect);
}

QByteArray describe(const Trace &t)
{
    QByteArray out;
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        out += '[';
        for (const QByteArray &field : t.rows[i])
            out += '<' + field + '>';
        out += "] ";
        for (const qint64 v : t.positions.value(i))
            out += QByteArray::number(v) + ' ';
        out += '\n';
    }
    out += "status " + csvStatusName(t.status).toLatin1() + " issues " + QByteArray::number(t.issues.size());
    return out;
}

// Quoted newlines (LF, CRLF, CR), doubled quotes, blanks around quotes, blank lines, ragged rows,
// text after a closing quote, CR-only and CRLF line ends, a trailing delimiter, an unterminated quote.
const QByteArray kTricky = QByteArrayLiteral("id,name,note\r\n"
                                             "1,\"Smith, John\",\"said \"\"hi\"\"\"\r\n"
                                             "\r\n"
                                             "2, \"multi\nline\r\nnote\" ,x\r"
                                             "3,\"\",\"cr\rinside\"\n"
                                             "\n\n"
                                             "4,\"ab\"cd,\"\"\"\"\r\n"
                                             "5,ragged\n"
                                             "6,a\"b,c,\n"
                                             "7,\"open\n,end");

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void reportsPositions();
    void reportsIssues();
    void everySplitPointGivesTheSameRecords();
    void randomChunkingGivesTheSameRecords();
    void byteByByte();
    void tenMegabyteField();
    void lineBreaksInsideLongQuotedFields();
    void memoryStaysFlat();
    void fieldsAreViewsIntoTheInput();
    void progressAndCancellation();
    void recordCallbackCanStop();
    void recordTooLarge();
    void startPosition();
    void expectedFieldCountOverride();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<CsvStatus>("status");

    const CsvDialect comma;
    CsvDialect semicolon;
    semicolon.delimiter = ';';
    CsvDialect tab;
    tab.delimiter = '\t';
    CsvDialect pipe;
    pipe.delimiter = '|';
    CsvDialect single;
    single.quote = '\'';
    CsvDialect noQuote;
    noQuote.quote = '\0';
    CsvDialect keepBlank;
    keepBlank.skipBlankLines = false;
    CsvDialect dropTrailing;
    dropTrailing.dropTrailingEmptyField = true;
    const CsvStatus ok = CsvStatus::Ok;

    QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << comma << Rows{{"a", "b"}, {"c", "d"}} << ok;
    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << comma << Rows{{"a", "b"}, {"c", "d"}} << ok;
    QTest::newRow("cr only") << QByteArray("a,b\rc,d\r") << comma << Rows{{"a", "b"}, {"c", "d"}} << ok;
    QTest::newRow("mixed ends") << QByteArray("a\rb\r\nc\nd") << comma << Rows{{"a"}, {"b"}, {"c"}, {"d"}}
                                << ok;
    QTest::newRow("no final break") << QByteArray("a,b\nc,d") << comma << Rows{{"a", "b"}, {"c", "d"}} << ok;
    QTest::newRow("empty input") << QByteArray() << comma << Rows{} << ok;
    QTest::newRow("only breaks") << QByteArray("\r\n\n\r") << comma << Rows{} << ok;
    QTest::newRow("blank lines skipped")
        << QByteArray("\n\na\r\n\r\n\r\nb\n\n") << comma << Rows{{"a"}, {"b"}} << ok;
    QTest::newRow("blank lines kept")
        << QByteArray("a\n\nb\r\n\r\n") << keepBlank << Rows{{"a"}, {""}, {"b"}, {""}} << ok;
    QTest::newRow("empty fields") << QByteArray(",,\n,") << comma << Rows{{"", "", ""}, {"", ""}} << ok;
    QTest::newRow("trailing delimiter")
        << QByteArray("a,b,\nc,d,\n") << comma << Rows{{"a", "b", ""}, {"c", "d", ""}} << ok;
    QTest::newRow("trailing delimiter dropped") << QByteArray("a,b,\nc,\"\",\ne,\n,\n") << dropTrailing
                                                << Rows{{"a", "b"}, {"c", ""}, {"e"}, {""}} << ok;
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << comma << Rows{{"a,b", "c"}} << ok;
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << comma
                                    << Rows{{"say \"hi\"", "\""}} << ok;
    QTest::newRow("empty quoted") << QByteArray("\"\",x,\"\"") << comma << Rows{{"", "x", ""}} << ok;
    QTest::newRow("embedded lf") << QByteArray("\"a\nb\",c\nd,e") << comma << Rows{{"a\nb", "c"}, {"d", "e"}}
                                 << ok;
    QTest::newRow("embedded crlf") << QByteArray("\"a\r\nb\"\r\nc") << comma << Rows{{"a\r\nb"}, {"c"}} << ok;
    QTest::newRow("embedded cr") << QByteArray("\"a\rb\"\rc") << comma << Rows{{"a\rb"}, {"c"}} << ok;
    QTest::newRow("blanks around quoted")
        << QByteArray("  \"a\"  , \t\"b\"\t,\"c\" \r\n") << comma << Rows{{"a", "b", "c"}} << ok;
    QTest::newRow("blanks around unquoted kept")
        << QByteArray(" a , b \n") << comma << Rows{{" a ", " b "}} << ok;
    QTest::newRow("quote inside unquoted")
        << QByteArray("ab\"c,d\"\n") << comma << Rows{{"ab\"c", "d\""}} << ok;
    QTest::newRow("text after closing quote")
        << QByteArray("\"ab\"cd,\"x\"\" \"y \n") << comma << Rows{{"abcd", "x\" y"}} << ok;
    QTest::newRow("semicolon") << QByteArray("a;\"b;c\";1,5\n") << semicolon << Rows{{"a", "b;c", "1,5"}}
                               << ok;
    QTest::newRow("tab") << QByteArray("a\t\"b\tc\"\t d\n") << tab << Rows{{"a", "b\tc", " d"}} << ok;
    QTest::newRow("tab blanks around quoted")
        << QByteArray(" \"a\" \t\"b\"\n") << tab << Rows{{"a", "b"}} << ok;
    QTest::newRow("pipe") << QByteArray("a|\"b|c\"|\n") << pipe << Rows{{"a", "b|c", ""}} << ok;
    QTest::newRow("single quote") << QByteArray("'a,b','it''s',\"x\"\n") << single
                                  << Rows{{"a,b", "it's", "\"x\""}} << ok;
    QTest::newRow("no quoting") << QByteArray("\"a,b\"\n") << noQuote << Rows{{"\"a", "b\""}} << ok;
    QTest::newRow("unterminated quote")
        << QByteArray("a,\"b\nc,d") << comma << Rows{{"a", "b\nc,d"}} << CsvStatus::UnterminatedQuote;
    QTest::newRow("unterminated with doubled")
        << QByteArray("\"a\"\"b") << comma << Rows{{"a\"b"}} << CsvStatus::UnterminatedQuote;
    QTest::newRow("quote at very end") << QByteArray("\"a\"") << comma << Rows{{"a"}} << ok;
    QTest::newRow("utf8 untouched") << QByteArray("\xc3\xa9t\xc3\xa9,\xe2\x82\xac\n") << comma
                                    << Rows{{"\xc3\xa9t\xc3\xa9", "\xe2\x82\xac"}} << ok;
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    QFETCH(Rows, expected);
    QFETCH(CsvStatus, status);
    CsvStatus actualStatus = CsvStatus::Cancelled;
    const Rows rows = parseCsv(input, dialect, &actualStatus);
    QCOMPARE(rows, expected);
    QCOMPARE(actualStatus, status);
}

void TestCsvReader::reportsPositions()
{
    const Trace t = trace(kTricky);
    // index, physical line, byte offset, length (line break excluded)
    const QList<QList<qint64>> expected{
        {0, 1, 0, 12},    // id,name,note
        {1, 2, 14, 29},   // 1,"Smith, John",...
        {2, 4, 47, 24},   // 2, "multi\nline\r\nnote" ,x   (line 3 is blank)
        {3, 7, 72, 16},   // 3,"","cr\rinside"
        {4, 11, 91, 13},  // after two blank lines
        {5, 12, 106, 8},  // 5,ragged
        {6, 13, 115, 8},  // 6,a"b,c,
        {7, 14, 124, 12}, // 7,"open\n,end  (unterminated)
    };
    QCOMPARE(t.positions, expected);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const qint64 offset = expected[i][2];
        QCOMPARE(kTricky.at(offset), expected[i][0] == 0 ? 'i' : char('0' + expected[i][0]));
    }
}

void TestCsvReader::reportsIssues()
{
    const Trace t = trace(kTricky);
    QCOMPARE(t.rows.size(), 8);
    QCOMPARE(t.rows[1], (QList<QByteArray>{"1", "Smith, John", "said \"hi\""}));
    QCOMPARE(t.rows[2], (QList<QByteArray>{"2", "multi\nline\r\nnote", "x"}));
    QCOMPARE(t.rows[3], (QList<QByteArray>{"3", "", "cr\rinside"}));
    QCOMPARE(t.rows[4], (QList<QByteArray>{"4", "abcd", "\""}));
    QCOMPARE(t.rows[6], (QList<QByteArray>{"6", "a\"b", "c", ""}));
    QCOMPARE(t.rows[7], (QList<QByteArray>{"7", "open\n,end"}));
    QCOMPARE(t.status, CsvStatus::UnterminatedQuote);
    const QList<CsvIssue> expected{
        {CsvIssueKind::TextAfterClosingQuote, 4, 11, 91, 0, 0},
        {CsvIssueKind::RaggedRow, 5, 12, 106, 3, 2},
        {CsvIssueKind::RaggedRow, 6, 13, 115, 3, 4},
        {CsvIssueKind::RaggedRow, 7, 14, 124, 3, 2},
        {CsvIssueKind::UnterminatedQuote, 7, 14, 124, 0, 0},
    };
    QCOMPARE(t.issues, expected);
}

void TestCsvReader::everySplitPointGivesTheSameRecords()
{
    const Trace whole = trace(kTricky);
    for (qsizetype i = 0; i <= kTricky.size(); ++i) {
        const Trace split = traceChunks(kTricky, {i});
        QVERIFY2(split == whole,
                 qPrintable(QStringLiteral("split at %1:\n").arg(i) + QString::fromLatin1(describe(split))));
    }
    // Every pair of split points too: a CR/LF or a doubled quote may be cut on both sides.
    for (qsizetype i = 0; i <= kTricky.size(); ++i) {
        for (qsizetype j = i; j <= kTricky.size(); ++j) {
            const Trace split = traceChunks(kTricky, {i, j});
            QVERIFY2(split == whole, qPrintable(QStringLiteral("split at %1,%2").arg(i).arg(j)));
        }
    }
}

void TestCsvReader::randomChunkingGivesTheSameRecords()
{
    // A larger input made of the tricky one with a semicolon dialect, cut at random.
    QByteArray data;
    for (int i = 0; i < 200; ++i)
        data +=
            QByteArray(kTricky).replace(',', ';').replace("7;\"open\n;end", "7;\"closed\n\";end") + "\r\n";
    CsvDialect dialect;
    dialect.delimiter = ';';
    const Trace whole = trace(data, dialect);
    QCOMPARE(whole.rows.size(), 1600);
    QCOMPARE(whole.status, CsvStatus::Ok);
    QRandomGenerator rng(20261122);
    for (int round = 0; round < 50; ++round) {
        QList<qsizetype> cuts;
        qsizetype at = 0;
        while (true) {
            at += rng.bounded(1, round % 2 ? 8 : 700);
            if (at >= data.size())
                break;
            cuts.append(at);
        }
        QVERIFY2(traceChunks(data, cuts, dialect) == whole,
                 qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestCsvReader::byteByByte()
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < kTricky.size(); ++i)
        cuts.append(i);
    QCOMPARE(describe(traceChunks(kTricky, cuts)), describe(trace(kTricky)));
}

void TestCsvReader::tenMegabyteField()
{
    // One quoted 10 MB field with doubled quotes and line breaks, between two small records.
    QByteArray content;
    content.reserve(10 << 20);
    for (int i = 0; content.size() < (10 << 20); ++i)
        content += "line " + QByteArray::number(i) + " says \"hello\", ok\r\n";
    QByteArray escaped = content;
    escaped.replace('"', "\"\"");
    const QByteArray data =
        "a,b\n1,\"" + escaped + "\"\n2,\"" + content.left(1 << 20).replace('"', 'q') + "\"\n";

    for (const qsizetype chunk : {qsizetype(4096), qsizetype(65537), data.size()}) {
        CsvReader reader;
        QList<QByteArray> second;
        QList<qint64> lines;
        reader.setRecordCallback([&](const CsvRecord &record) {
            second.append(record.fields[1].toByteArray());
            lines.append(record.line);
            return true;
        });
        for (qsizetype at = 0; at < data.size(); at += chunk)
            QCOMPARE(reader.feed(QByteArrayView(data).sliced(at, std::min(chunk, data.size() - at))),
                     CsvStatus::Ok);
        QCOMPARE(reader.finish(), CsvStatus::Ok);
        QCOMPARE(second.size(), 3);
        QCOMPARE(second[1].size(), content.size());
        QCOMPARE(QCryptographicHash::hash(second[1], QCryptographicHash::Sha1),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha1));
        QCOMPARE(second[2], content.left(1 << 20).replace('"', 'q'));
        QCOMPARE(lines[2], 3 + content.count('\n'));
    }
}

void TestCsvReader::lineBreaksInsideLongQuotedFields()
{
    // Quoted content long enough for the 16-byte scans, with CR, LF and CRLF at every alignment
    // (a CRLF split across two 16-byte blocks included): the next record's line must count each
    // break once.
    QRandomGenerator rng(99);
    for (int round = 0; round < 300; ++round) {
        QByteArray content(rng.bounded(0, 40), 'p');
        const int length = rng.bounded(1, 120);
        for (int i = 0; i < length; ++i) {
            const int pick = rng.bounded(6);
            content += pick == 0 ? '\r' : pick == 1 ? '\n' : 'a';
        }
        qint64 breaks = 0;
        for (qsizetype i = 0; i < content.size(); ++i) {
            if (content[i] == '\r' || (content[i] == '\n' && (i == 0 || content[i - 1] != '\r')))
                ++breaks;
        }
        const QByteArray data = "x,\"" + content + "\"\r\nnext,1\n";
        QList<qint64> lines;
        CsvReader reader;
        reader.setRecordCallback([&lines](const CsvRecord &record) {
            lines.append(record.line);
            return true;
        });
        reader.feed(data);
        reader.finish();
        QCOMPARE(lines, (QList<qint64>{1, 2 + breaks}));
    }
}

void TestCsvReader::memoryStaysFlat()
{
    // 40 MB in 64 KiB buffers with one 8 MB quoted field (doubled quotes: unescaped) in the middle:
    // the reader holds about a record, and lets the big one go once it is delivered.
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += QByteArray::number(i) + ",\"a, \"\"b\"\"\",plain text here\r\n";
    const QByteArray huge =
        "x,\"" + QByteArray(4 << 20, 'q') + "\"\"" + QByteArray(4 << 20, 'r') + "\",end\n";
    CsvReader reader;
    qint64 maxBefore = 0;
    qint64 maxAfter = 0;
    bool afterHuge = false;
    qint64 hugeSize = 0;
    reader.setRecordCallback([&](const CsvRecord &record) {
        if (record.fields[0] == "x") {
            hugeSize = record.fields[1].size();
            afterHuge = true;
            return true;
        }
        (afterHuge ? maxAfter : maxBefore) =
            std::max(afterHuge ? maxAfter : maxBefore, reader.bufferedBytes());
        return true;
    });
    const auto feedInPieces = [&reader](const QByteArray &data) {
        for (qsizetype at = 0; at < data.size(); at += 65536)
            reader.feed(QByteArrayView(data).sliced(at, std::min<qsizetype>(65536, data.size() - at)));
    };
    for (int i = 0; i < 500; ++i)
        feedInPieces(block);
    feedInPieces(huge);
    for (int i = 0; i < 500; ++i)
        feedInPieces(block);
    QCOMPARE(reader.finish(), CsvStatus::Ok);
    QCOMPARE(reader.recordCount(), 1000001);
    QCOMPARE(hugeSize, qint64(8 << 20) + 1);
    QVERIFY2(maxBefore < (1 << 20), qPrintable(QString::number(maxBefore)));
    QVERIFY2(maxAfter < (1 << 20), qPrintable(QString::number(maxAfter)));
}

void TestCsvReader::fieldsAreViewsIntoTheInput()
{
    const QByteArray data("plain,\"quoted\",\"dou\"\"bled\"\n");
    CsvReader reader;
    int checked = 0;
    reader.setRecordCallback([&](const CsvRecord &record) {
        const auto inside = [&](QByteArrayView v) {
            return v.data() >= data.constData() && v.data() + v.size() <= data.constData() + data.size();
        };
        // No copy for unquoted and simply quoted fields; a copy only to unescape doubled quotes.
        checked += inside(record.fields[0]) && inside(record.fields[1]) && !inside(record.fields[2]);
        return true;
    });
    reader.feed(data);
    reader.finish();
    QCOMPARE(checked, 1);
}

void TestCsvReader::progressAndCancellation()
{
    QByteArray data;
    for (int i = 0; i < 100000; ++i)
        data += "row," + QByteArray::number(i) + ",\"x\"\n";
    QList<qint64> seen;
    {
        CsvReader reader;
        reader.setProgressCallback(
            [&](qint64 done) {
                seen.append(done);
                return true;
            },
            100000);
        QCOMPARE(reader.feed(data), CsvStatus::Ok);
        QCOMPARE(reader.finish(), CsvStatus::Ok);
        QCOMPARE(reader.recordCount(), 100000);
    }
    QVERIFY(seen.size() >= 2);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), data.size());

    CsvReader reader;
    qint64 records = 0;
    reader.setRecordCallback([&](const CsvRecord &) { return ++records, true; });
    reader.setProgressCallback([](qint64) { return false; }, 1);
    QCOMPARE(reader.feed(data), CsvStatus::Cancelled);
    QVERIFY(records > 0);
    QVERIFY(records < 100000);
    const qint64 atCancel = records;
    QCOMPARE(reader.feed("more,rows\n"), CsvStatus::Cancelled);
    QCOMPARE(reader.finish(), CsvStatus::Cancelled);
    QCOMPARE(records, atCancel);
}

void TestCsvReader::recordCallbackCanStop()
{
    CsvReader reader;
    QList<QByteArray> firsts;
    reader.setRecordCallback([&](const CsvRecord &record) {
        firsts.append(record.fields[0].toByteArray());
        return firsts.size() < 2;
    });
    QCOMPARE(reader.feed("a\nb\nc\nd\n"), CsvStatus::Cancelled);
    QCOMPARE(reader.finish(), CsvStatus::Cancelled);
    QCOMPARE(firsts, (QList<QByteArray>{"a", "b"}));
}

void TestCsvReader::recordTooLarge()
{
    CsvReader reader;
    reader.setMaxRecordBytes(100000);
    const QByteArray runaway = "a,\"" + QByteArray(4096, 'x');
    CsvStatus status = reader.feed("h\n");
    for (int i = 0; i < 100 && status == CsvStatus::Ok; ++i)
        status = reader.feed(i == 0 ? runaway : QByteArray(4096, 'y'));
    QCOMPARE(status, CsvStatus::RecordTooLarge);
    QCOMPARE(reader.recordCount(), 1);
}

void TestCsvReader::startPosition()
{
    CsvReader reader;
    reader.setStartPosition(1000, 40, 17);
    QList<QList<qint64>> positions;
    reader.setRecordCallback([&](const CsvRecord &record) {
        positions.append({record.index, record.line, record.offset});
        return true;
    });
    reader.feed("a\n\"b\nc\"\nd");
    reader.finish();
    QCOMPARE(positions, (QList<QList<qint64>>{{17, 40, 1000}, {18, 41, 1002}, {19, 43, 1008}}));
}

void TestCsvReader::expectedFieldCountOverride()
{
    CsvReader reader;
    reader.setExpectedFieldCount(2);
    reader.feed("a,b,c\nd,e\n");
    reader.finish();
    QCOMPARE(reader.issueCount(), 1);
    QCOMPARE(reader.issues().first().record, 0);
    QCOMPARE(reader.issues().first().actualFields, 3);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
