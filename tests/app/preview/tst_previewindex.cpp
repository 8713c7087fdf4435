// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewIndex / PreviewIndexer: the growing index equals a sequential read of the file, whatever
// the slice sizes, record sizes, quotes and line breaks; cancel keeps what is indexed and resumes;
// UTF-16 is converted; undecodable bytes are counted.
#include "app/preview/previewindex.h"

#include "tests/app/preview/previewtestdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using app::PreviewData;
using app::PreviewIndex;
using app::PreviewIndexer;
using app::PreviewIndexerOptions;
using engine::CsvDialect;
using engine::RowIndexEntry;
using engine::TextEncoding;

namespace {

struct Positions {
    QList<RowIndexEntry> records; // index, offset, line of every record
    qint64 lineBreaks = 0;
};

Positions readPositions(const QByteArray &data, const CsvDialect &dialect)
{
    Positions out;
    engine::CsvReader reader(dialect);
    reader.setRecordCallback([&out](const engine::CsvRecord &record) {
        out.records.append({record.index, record.offset, record.line});
        return true;
    });
    reader.feed(data);
    reader.finish();
    out.lineBreaks = data.count('\n') + data.count('\r') - data.count("\r\n");
    return out;
}

// Every entry points at the start of its record.
void verifyEntries(const PreviewIndex &index, const Positions &expected, qint64 upToRecord)
{
    QVERIFY(index.entryCount() > 0 || upToRecord == 0);
    for (qint64 r = 0; r < upToRecord; r += 37) {
        const RowIndexEntry e = index.nearest(r);
        QVERIFY(e.record <= r);
        QVERIFY2(e.record < expected.records.size(), qPrintable(QString::number(e.record)));
        const RowIndexEntry truth = expected.records[qsizetype(e.record)];
        QCOMPARE(e.offset, truth.offset);
        QCOMPARE(e.line, truth.line);
    }
}

PreviewIndexerOptions tiny(qint64 first, qint64 slice)
{
    PreviewIndexerOptions options;
    options.firstSliceBytes = first;
    options.sliceBytes = slice;
    options.stride = 16;
    options.chunkBytes = 256;
    options.threads = 2;
    return options;
}

QByteArray longQuotedRecords()
{
    QByteArray out("id,text\n1,short\n");
    QByteArray big = "\"";
    while (big.size() < 300000)
        big += "line, with \"\"quotes\"\"\r\nand more\n";
    big += '"';
    out += "2," + big + "\n3,after\r\n4,\"x\ny\"\n5,last";
    return out;
}

} // namespace

class TestPreviewIndex : public QObject {
    Q_OBJECT
private slots:
    void matchesASequentialRead_data();
    void matchesASequentialRead();
    void everySliceSizeCountsLinesRight();
    void recordLongerThanASlice();
    void unterminatedQuoteRunsToTheEnd();
    void convertsUtf16ToAUtf8Copy();
    void cancelKeepsWhatIsIndexedAndResumes();
    void countsUndecodableBytes();
    void failsWhenTheFileIsShorterThanExpected();
    void emptyAndBlankData();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestPreviewIndex::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
    if (!test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestPreviewIndex::matchesASequentialRead_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("slice");
    QTest::newRow("comma crlf, small slices") << ',' << '"' << true << qint64(100) << qint64(700);
    QTest::newRow("semicolon lf, tiny slices") << ';' << '"' << false << qint64(7) << qint64(31);
    QTest::newRow("tab, single quote") << '\t' << '\'' << true << qint64(1000) << qint64(4096);
    QTest::newRow("pipe, no quoting") << '|' << '\0' << false << qint64(64) << qint64(512);
    QTest::newRow("one slice") << ',' << '"' << true << qint64(16 << 20) << qint64(16 << 20);
}

void TestPreviewIndex::matchesASequentialRead()
{
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(bool, crlf);
    QFETCH(qint64, first);
    QFETCH(qint64, slice);
    test::TableSpec spec;
    spec.rows = 3000;
    spec.delimiter = delimiter;
    spec.quote = quote;
    spec.crlf = crlf;
    const QByteArray bytes = test::tableBytes(spec);
    const CsvDialect dialect{delimiter, quote};
    const QString path = write(bytes);

    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, dialect, index, tiny(first, slice));
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);

    const Positions expected = readPositions(bytes, dialect);
    const app::PreviewIndexState state = index->state();
    QVERIFY(state.complete);
    QCOMPARE(state.records, qint64(expected.records.size()));
    QCOMPARE(state.lineBreaks, expected.lineBreaks);
    QCOMPARE(state.bytes, qint64(bytes.size()));
    QCOMPARE(state.undecodable, qint64(0));
    verifyEntries(*index, expected, state.records);
    // Entries are never further apart than twice the stride.
    for (qint64 r = 0; r < state.records; r += 5)
        QVERIFY2(r - index->nearest(r).record < 40,
                 qPrintable(QStringLiteral("%1: %2").arg(r).arg(index->nearest(r).record)));
    // By line: the entry found starts on or before the line.
    for (qint64 line = 1; line < expected.lineBreaks; line += 41)
        QVERIFY(index->nearestLine(line).line <= line);
}

// Cuts between a CR and its LF, inside CRLF pairs in quotes, after blank lines: all sizes.
void TestPreviewIndex::everySliceSizeCountsLinesRight()
{
    const QByteArray bytes = "a,b\r\n1,\"x\r\ny\"\r\n\r\n2,z\r3,\"\"\"q\"\"\"\n\n4,\"\r\"\r\n5,e";
    const CsvDialect dialect;
    const Positions expected = readPositions(bytes, dialect);
    const QString path = write(bytes);
    for (qint64 size = 1; size <= bytes.size() + 1; ++size) {
        auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
        auto index = std::make_shared<PreviewIndex>();
        PreviewIndexerOptions options = tiny(size, size);
        options.stride = 1;
        PreviewIndexer indexer(data, dialect, index, options);
        QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
        const app::PreviewIndexState state = index->state();
        QCOMPARE(state.records, qint64(expected.records.size()));
        QCOMPARE(state.lineBreaks, expected.lineBreaks);
        for (qint64 r = 0; r < state.records; ++r) {
            const RowIndexEntry e = index->nearest(r);
            QCOMPARE(e.record, r); // stride 1: every record has its entry
            QCOMPARE(e.offset, expected.records[qsizetype(r)].offset);
            QCOMPARE(e.line, expected.records[qsizetype(r)].line);
        }
    }
}

void TestPreviewIndex::recordLongerThanASlice()
{
    const QByteArray bytes = longQuotedRecords();
    const CsvDialect dialect;
    const QString path = write(bytes);
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexerOptions options = tiny(16, 1024);
    options.stride = 1;
    PreviewIndexer indexer(data, dialect, index, options);
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
    const Positions expected = readPositions(bytes, dialect);
    QCOMPARE(index->state().records, 6);
    QCOMPARE(index->state().lineBreaks, expected.lineBreaks);
    verifyEntries(*index, expected, 6);
    for (qint64 r = 0; r < 6; ++r)
        QCOMPARE(index->nearest(r).offset, expected.records[qsizetype(r)].offset);
}

void TestPreviewIndex::unterminatedQuoteRunsToTheEnd()
{
    const QByteArray bytes = "a,b\n1,2\n3,\"never\nclosed,\n4,5\n6,7\n";
    const CsvDialect dialect;
    const QString path = write(bytes);
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, dialect, index, tiny(8, 8));
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
    const app::PreviewIndexState state = index->state();
    QVERIFY(state.complete);
    QVERIFY(state.endsInsideQuotes);
    QCOMPARE(state.records, qint64(readPositions(bytes, dialect).records.size()));
    QCOMPARE(state.records, 3);
}

void TestPreviewIndex::convertsUtf16ToAUtf8Copy()
{
    for (const TextEncoding encoding : {TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        for (const bool bom : {true, false}) {
            test::TableSpec spec;
            spec.rows = 2000;
            spec.encoding = encoding;
            spec.bom = bom;
            const QByteArray bytes = test::tableBytes(spec);
            const QString source = write(bytes);
            const QString copyPath = m_dir.filePath(QStringLiteral("copy%1.csv").arg(++m_files));
            auto copy = PreviewData::growingCopy(copyPath);
            auto index = std::make_shared<PreviewIndex>();
            PreviewIndexer indexer(source, encoding, copy, CsvDialect{}, index, tiny(100, 3000));
            QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);

            const QByteArray utf8 = engine::decodeToUtf8(bytes, encoding);
            QFile file(copyPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), utf8);
            QVERIFY(copy->isComplete());
            QCOMPARE(copy->available(), qint64(utf8.size()));
            const Positions expected = readPositions(utf8, CsvDialect{});
            QCOMPARE(index->state().records, qint64(expected.records.size()));
            QCOMPARE(index->state().totalBytes, qint64(utf8.size()));
            verifyEntries(*index, expected, index->state().records);
        }
    }
}

void TestPreviewIndex::cancelKeepsWhatIsIndexedAndResumes()
{
    test::TableSpec spec;
    spec.rows = 5000;
    const QByteArray bytes = test::tableBytes(spec);
    const QString path = write(bytes);
    const Positions expected = readPositions(bytes, CsvDialect{});
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, CsvDialect{}, index, tiny(1000, 4000));
    int calls = 0;
    QCOMPARE(indexer.run([&calls] { return ++calls > 6; }), PreviewIndexer::Status::Cancelled);
    const app::PreviewIndexState partial = index->state();
    QVERIFY(!partial.complete);
    QVERIFY(partial.records > 0);
    QVERIFY(partial.bytes < bytes.size());
    QCOMPARE(partial.records,
             qint64(std::count_if(expected.records.cbegin(), expected.records.cend(),
                                  [&](const RowIndexEntry &e) { return e.offset < partial.bytes; })));
    verifyEntries(*index, expected, partial.records);

    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
    QCOMPARE(index->state().records, qint64(expected.records.size()));
    QCOMPARE(index->state().lineBreaks, expected.lineBreaks);
    verifyEntries(*index, expected, index->state().records);
}

void TestPreviewIndex::countsUndecodableBytes()
{
    // UTF-8 with two bad sequences, the first at a known offset.
    QByteArray bytes = "a,b\n1,ok\n2,bad\xC3(\n3,\xFF\xFEz\n";
    const qint64 first = bytes.indexOf('\xC3');
    QString path = write(bytes);
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, CsvDialect{}, index, tiny(5, 5));
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
    QCOMPARE(index->state().undecodable, qint64(2));
    QCOMPARE(index->state().firstUndecodable, first);

    // After a BOM: offsets are in the data, the raw one in the file.
    bytes.prepend("\xEF\xBB\xBF");
    path = write(bytes);
    data = std::make_shared<PreviewData>(path, 3, bytes.size(), TextEncoding::Utf8);
    index = std::make_shared<PreviewIndex>();
    PreviewIndexer withBom(data, CsvDialect{}, index);
    QCOMPARE(withBom.run({}), PreviewIndexer::Status::Finished);
    QCOMPARE(index->state().firstUndecodable, first);
    QCOMPARE(index->state().firstUndecodableRaw, first + 3);

    // Windows-1252 has five unassigned bytes; Latin-1 has none.
    const QByteArray cp = "a,b\n1,\x80\x81\n";
    path = write(cp);
    data = std::make_shared<PreviewData>(path, 0, cp.size(), TextEncoding::Windows1252);
    index = std::make_shared<PreviewIndex>();
    PreviewIndexer windows(data, CsvDialect{}, index);
    QCOMPARE(windows.run({}), PreviewIndexer::Status::Finished);
    QCOMPARE(index->state().undecodable, qint64(1));
    data = std::make_shared<PreviewData>(path, 0, cp.size(), TextEncoding::Latin1);
    index = std::make_shared<PreviewIndex>();
    PreviewIndexer latin1(data, CsvDialect{}, index);
    QCOMPARE(latin1.run({}), PreviewIndexer::Status::Finished);
    QCOMPARE(index->state().undecodable, qint64(0));
}

void TestPreviewIndex::failsWhenTheFileIsShorterThanExpected()
{
    const QByteArray bytes = "a,b\n1,2\n3,4\n";
    const QString path = write(bytes);
    // Opened when it was longer: it was truncated since.
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size() + 5000, TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, CsvDialect{}, index, tiny(4, 4));
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Failed);
    QVERIFY(!indexer.errorString().isEmpty());
    QVERIFY(!index->state().complete);
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Failed); // stays failed

    auto missing =
        std::make_shared<PreviewData>(m_dir.filePath(QStringLiteral("gone.csv")), 0, 10, TextEncoding::Utf8);
    PreviewIndexer gone(missing, CsvDialect{}, std::make_shared<PreviewIndex>());
    QCOMPARE(gone.run({}), PreviewIndexer::Status::Failed);
}

void TestPreviewIndex::emptyAndBlankData()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\n\n\r\n")}) {
        const QString path = write(bytes);
        auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
        auto index = std::make_shared<PreviewIndex>();
        PreviewIndexer indexer(data, CsvDialect{}, index, tiny(2, 2));
        QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
        QVERIFY(index->state().complete);
        QCOMPARE(index->state().records, qint64(0));
        QCOMPARE(index->nearest(5).record, qint64(0));
    }
}

QTEST_GUILESS_MAIN(TestPreviewIndex)
#include "tst_previewindex.moc"
