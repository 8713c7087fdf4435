// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewReader: row k read through the (growing) index is the file's record k, for random k,
// in every supported encoding and several dialects, while indexing and after; estimated rows
// beyond the index; the record of a line and of a byte offset; long fields cut short.
#include "app/preview/previewreader.h"

#include "tests/app/preview/previewtestdata.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using app::PreviewData;
using app::PreviewIndex;
using app::PreviewIndexer;
using app::PreviewReader;
using app::PreviewRow;
using engine::CsvDialect;
using engine::TextEncoding;

Q_DECLARE_METATYPE(godwit::engine::TextEncoding)

namespace {

app::PreviewIndexerOptions smallSlices()
{
    app::PreviewIndexerOptions options;
    options.firstSliceBytes = 2000;
    options.sliceBytes = 8000;
    options.stride = 32;
    options.chunkBytes = 1024;
    return options;
}

void compareRow(const PreviewRow &row, const test::ExpectedRecord &expected, qint64 record)
{
    QCOMPARE(row.record, record);
    QCOMPARE(row.line, expected.line);
    QCOMPARE(row.cells, expected.fields);
    QCOMPARE(row.fieldCount, int(expected.fields.size()));
    QVERIFY(!row.approximate);
}

} // namespace

class TestPreviewReader : public QObject {
    Q_OBJECT
private slots:
    void rowKIsRecordK_data();
    void rowKIsRecordK();
    void estimatedRowsFarBeyondTheIndex();
    void locatesLinesAndOffsets();
    void cutsLongFieldsShort();
    void saysWhenTheFileChanged();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestPreviewReader::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
    if (!test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestPreviewReader::rowKIsRecordK_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::newRow("UTF-8") << TextEncoding::Utf8 << false << ',' << '"';
    QTest::newRow("UTF-8 with BOM, semicolon") << TextEncoding::Utf8 << true << ';' << '"';
    QTest::newRow("Windows-1252, tab") << TextEncoding::Windows1252 << false << '\t' << '"';
    QTest::newRow("Latin-1, pipe, single quote") << TextEncoding::Latin1 << false << '|' << '\'';
    QTest::newRow("ISO-8859-15, no quoting") << TextEncoding::Iso8859_15 << false << ';' << '\0';
    QTest::newRow("UTF-16LE with BOM") << TextEncoding::Utf16LE << true << ',' << '"';
    QTest::newRow("UTF-16BE without BOM, semicolon") << TextEncoding::Utf16BE << false << ';' << '"';
}

void TestPreviewReader::rowKIsRecordK()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    test::TableSpec spec;
    spec.rows = 4000;
    spec.encoding = encoding;
    spec.bom = bom;
    spec.delimiter = delimiter;
    spec.quote = quote;
    const QByteArray bytes = test::tableBytes(spec);
    const CsvDialect dialect{delimiter, quote};
    const QList<test::ExpectedRecord> expected = test::expectedRecords(bytes, encoding, dialect);
    QCOMPARE(expected.size(), 4001);
    const QString path = write(bytes);

    std::shared_ptr<PreviewData> data;
    std::unique_ptr<PreviewIndexer> indexer;
    auto index = std::make_shared<PreviewIndex>();
    if (engine::isAsciiCompatible(encoding)) {
        data = std::make_shared<PreviewData>(path, bom ? 3 : 0, bytes.size(), encoding);
        indexer = std::make_unique<PreviewIndexer>(data, dialect, index, smallSlices());
    } else {
        data = PreviewData::growingCopy(m_dir.filePath(QStringLiteral("copy%1.csv").arg(++m_files)));
        indexer = std::make_unique<PreviewIndexer>(path, encoding, data, dialect, index, smallSlices());
    }
    PreviewReader reader(data, dialect, index);
    QRandomGenerator rng(11);

    // Before anything is indexed (a UTF-8 file): the first screen, read from the start.
    if (!data->isCopy()) {
        QList<PreviewRow> rows;
        QCOMPARE(reader.readRows(0, 40, &rows), PreviewReader::Status::Ok);
        QCOMPARE(rows.size(), 40);
        for (int i = 0; i < rows.size(); ++i)
            compareRow(rows[i], expected[i], i);
    }

    // While indexing: stop after a few slices.
    QCOMPARE(indexer->run([&] { return index->state().bytes > bytes.size() / 3; }),
             PreviewIndexer::Status::Cancelled);
    const app::PreviewIndexState partial = index->state();
    QVERIFY(!partial.complete);
    QVERIFY(partial.records > 100);
    for (int i = 0; i < 60; ++i) {
        const qint64 k = rng.bounded(partial.records + PreviewReader::kMaxForwardRecords / 2);
        QList<PreviewRow> rows;
        const PreviewReader::Status status = reader.readRows(k, 3, &rows);
        if (k >= expected.size()) {
            QVERIFY(rows.isEmpty() || status == PreviewReader::Status::Ok);
            continue;
        }
        if (status == PreviewReader::Status::Unavailable) { // the copy is not written that far yet
            QVERIFY(data->isCopy());
            QVERIFY(k >= partial.records);
            continue;
        }
        QCOMPARE(status, PreviewReader::Status::Ok);
        QVERIFY(!rows.isEmpty());
        for (int j = 0; j < rows.size(); ++j)
            compareRow(rows[j], expected[qsizetype(k + j)], k + j);
    }

    // After: every k.
    QCOMPARE(indexer->run({}), PreviewIndexer::Status::Finished);
    QCOMPARE(index->state().records, qint64(expected.size()));
    for (int i = 0; i < 200; ++i) {
        const qint64 k = rng.bounded(qint64(expected.size()));
        QList<PreviewRow> rows;
        QCOMPARE(reader.readRows(k, 2, &rows), PreviewReader::Status::Ok);
        QCOMPARE(rows.size(), int(std::min<qint64>(2, expected.size() - k)));
        for (int j = 0; j < rows.size(); ++j)
            compareRow(rows[j], expected[qsizetype(k + j)], k + j);
    }
    // The last rows, and past the end.
    QList<PreviewRow> tail;
    QCOMPARE(reader.readRows(expected.size() - 1, 10, &tail), PreviewReader::Status::Ok);
    QCOMPARE(tail.size(), 1);
    tail.clear();
    QCOMPARE(reader.readRows(expected.size() + 5, 10, &tail), PreviewReader::Status::Ok);
    QVERIFY(tail.isEmpty());
}

void TestPreviewReader::estimatedRowsFarBeyondTheIndex()
{
    test::TableSpec spec;
    spec.rows = 40000;
    const QByteArray bytes = test::tableBytes(spec);
    const CsvDialect dialect;
    const QList<test::ExpectedRecord> expected = test::expectedRecords(bytes, TextEncoding::Utf8, dialect);
    const QString path = write(bytes);
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, dialect, index, smallSlices());
    QCOMPARE(indexer.run([&] { return index->state().bytes > 20000; }), PreviewIndexer::Status::Cancelled);
    PreviewReader reader(data, dialect, index);

    const qint64 far = 30000;
    QList<PreviewRow> rows;
    QCOMPARE(reader.readRows(far, 20, &rows), PreviewReader::Status::NotIndexed);
    QVERIFY(rows.isEmpty());
    QCOMPARE(reader.readApproximateRows(far, 20, 100, &rows), PreviewReader::Status::Ok);
    QCOMPARE(rows.size(), 20);
    for (int i = 0; i < rows.size(); ++i) {
        QVERIFY(rows[i].approximate);
        QCOMPARE(rows[i].record, far + i);
        QCOMPARE(rows[i].fieldCount, 4);
    }
    // Numbered estimates, near where the records really are (the same rows appear in the file).
    const QString id = rows.first().cells.first();
    bool found = false;
    for (qint64 k = far - 3000; k < far + 3000 && k < expected.size(); ++k)
        found = found || expected[qsizetype(k)].fields.first() == id;
    QVERIFY2(found, qPrintable(id));

    // A line beyond the index: an estimate; once indexed: exact.
    qint64 record = -1;
    bool exact = true;
    QCOMPARE(reader.locateLine(expected[qsizetype(far)].line, &record, &exact), PreviewReader::Status::Ok);
    QVERIFY(!exact);
    QVERIFY(std::abs(record - far) < 5000);
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
    QCOMPARE(reader.locateLine(expected[qsizetype(far)].line, &record, &exact), PreviewReader::Status::Ok);
    QVERIFY(exact);
    QCOMPARE(record, far);
}

void TestPreviewReader::locatesLinesAndOffsets()
{
    test::TableSpec spec;
    spec.rows = 3000;
    const QByteArray bytes = test::tableBytes(spec);
    const CsvDialect dialect;
    const QString path = write(bytes);
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, dialect, index, smallSlices());
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
    PreviewReader reader(data, dialect, index);

    // Every record's first line leads to it; lines inside a record (quoted line breaks) and blank
    // lines after it lead to it too.
    QList<qint64> recordOfLine;
    QList<qint64> offsets;
    engine::CsvReader sequential(dialect);
    sequential.setRecordCallback([&](const engine::CsvRecord &r) {
        while (recordOfLine.size() < r.line - 1)
            recordOfLine.append(r.index - 1);
        recordOfLine.append(r.index);
        offsets.append(r.offset);
        return true;
    });
    sequential.feed(bytes);
    sequential.finish();
    for (qint64 line = 1; line <= recordOfLine.size(); line += 7) {
        qint64 record = -1;
        bool exact = false;
        QCOMPARE(reader.locateLine(line, &record, &exact), PreviewReader::Status::Ok);
        QVERIFY(exact);
        QCOMPARE(record, recordOfLine[qsizetype(line - 1)]);
    }
    for (qint64 r = 0; r < offsets.size(); r += 53) {
        qint64 record = -1;
        qint64 line = -1;
        QCOMPARE(reader.locateOffset(offsets[qsizetype(r)] + 1, &record, &line), PreviewReader::Status::Ok);
        QCOMPARE(record, r);
    }
}

void TestPreviewReader::cutsLongFieldsShort()
{
    QByteArray bytes = "id,big,after\n1,\"";
    const QByteArray big(10 << 20, 'x'); // a 10 MB field
    bytes += big + "\",end\n2,small,end\n";
    const QString path = write(bytes);
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, CsvDialect{}, index);
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
    PreviewReader reader(data, CsvDialect{}, index);
    QList<PreviewRow> rows;
    QCOMPARE(reader.readRows(1, 2, &rows), PreviewReader::Status::Ok);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].cells[1].size(), PreviewReader::kMaxCellChars);
    QCOMPARE(rows[0].truncated.size(), 1);
    QCOMPARE(rows[0].truncated[0].first, 1);
    QCOMPARE(rows[0].truncated[0].second, qint64(big.size()));
    QCOMPARE(rows[0].cells[2], QStringLiteral("end"));
    QCOMPARE(rows[1].cells,
             QStringList({QStringLiteral("2"), QStringLiteral("small"), QStringLiteral("end")}));

    // UTF-8 is cut between characters, never inside one.
    bool truncated = false;
    QByteArray mixed(5000, 'a');
    for (int i = 0; i < 10000; ++i)
        mixed += "é€"; // 2 and 3 bytes: the cut falls inside a sequence
    const QString cut = app::FieldDecoder(TextEncoding::Utf8).decode(mixed, 5001, &truncated);
    QVERIFY(truncated);
    QCOMPARE(cut.size(), 5001);
    QVERIFY(!cut.contains(QChar(0xFFFD)));
}

void TestPreviewReader::saysWhenTheFileChanged()
{
    const QByteArray bytes = "a,b\n1,2\n3,4\n5,6\n";
    const QString path = write(bytes);
    auto data = std::make_shared<PreviewData>(path, 0, bytes.size(), TextEncoding::Utf8);
    auto index = std::make_shared<PreviewIndex>();
    PreviewIndexer indexer(data, CsvDialect{}, index);
    QCOMPARE(indexer.run({}), PreviewIndexer::Status::Finished);
    QVERIFY(test::writeFile(path, "a,b\n"));
    PreviewReader reader(data, CsvDialect{}, index);
    QList<PreviewRow> rows;
    QCOMPARE(reader.readRows(2, 2, &rows), PreviewReader::Status::Failed);
    QVERIFY(!reader.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestPreviewReader)
#include "tst_previewreader.moc"
