// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/csvfile.h"

#include "tests/engine/corpus.h"

#include <QTemporaryDir>
#include <QTest>

#include <string_view>

using namespace godwit::engine;
using godwit::test::corpusFile;
using godwit::test::corpusPath;

Q_DECLARE_METATYPE(godwit::engine::CsvError)
Q_DECLARE_METATYPE(godwit::engine::FileKind)

namespace {

struct Read {
    QList<QList<QByteArray>> records;
    QList<DecodeIssue> issues;
    CsvError error = CsvError::None;
};

Read readFile(const QString &path, TextEncoding encoding, const CsvDialect &dialect = {})
{
    Read out;
    CsvTextReader reader(encoding, dialect);
    reader.setRecordCallback([&out](const CsvRecord &record) {
        QList<QByteArray> fields;
        for (const QByteArrayView field : record.fields)
            fields.append(field.toByteArray());
        out.records.append(fields);
        return true;
    });
    reader.setDecodeIssueCallback([&out](const DecodeIssue &issue) { out.issues.append(issue); });
    out.error = readCsvFile(path, reader);
    return out;
}

} // namespace

class TestCsvFile : public QObject {
    Q_OBJECT
private slots:
    void typedErrors_data();
    void typedErrors();
    void bomNeverReachesTheFirstHeader_data();
    void bomNeverReachesTheFirstHeader();
    void preambleFile();
    void encodingOverride();
    void undecodableBytesHaveRecordLineAndOffset();
    void undecodableBytesInOtherEncodings();
    void utf16StreamsInAnyPieces();
    void streamsALargeFileWithProgress();
    void cannotOpen();
};

void TestCsvFile::typedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CsvError>("error");
    QTest::addColumn<FileKind>("kind");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << CsvError::Empty << FileKind::Empty;
    QTest::newRow("bom only") << QStringLiteral("bom-only.csv") << CsvError::Empty << FileKind::Empty;
    QTest::newRow("blank lines only")
        << QStringLiteral("blank-lines-only.csv") << CsvError::Empty << FileKind::Text;
    QTest::newRow("header only") << QStringLiteral("header-only.csv") << CsvError::HeaderOnly
                                 << FileKind::Text;
    QTest::newRow("xlsx") << QStringLiteral("xlsx-renamed.csv") << CsvError::NotText << FileKind::Zip;
    QTest::newRow("pdf") << QStringLiteral("pdf-renamed.csv") << CsvError::NotText << FileKind::Pdf;
    QTest::newRow("nul bytes") << QStringLiteral("nul-bytes.csv") << CsvError::NotText << FileKind::Binary;
    QTest::newRow("utf16 is text") << QStringLiteral("utf16be-nobom.csv") << CsvError::None << FileKind::Text;
    QTest::newRow("ragged is fine") << QStringLiteral("ragged.csv") << CsvError::None << FileKind::Text;
}

void TestCsvFile::typedErrors()
{
    QFETCH(QString, file);
    QFETCH(CsvError, error);
    QFETCH(FileKind, kind);
    const CsvInspection inspection = inspectCsvFile(corpusPath(file));
    QCOMPARE(inspection.error, error);
    QCOMPARE(inspection.file.kind, kind);
    QCOMPARE(inspection.fileSize, corpusFile(file).size());
    if (error == CsvError::NotText)
        QCOMPARE(inspection.detail, fileKindName(kind));
    QVERIFY(!csvErrorName(error).isEmpty());
}

void TestCsvFile::bomNeverReachesTheFirstHeader_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"utf8-bom-header.csv", "utf16le-bom.csv", "utf16be-bom.csv", "utf16le-nobom.csv"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestCsvFile::bomNeverReachesTheFirstHeader()
{
    QFETCH(QString, file);
    const CsvInspection inspection = inspectCsvFile(corpusPath(file));
    QCOMPARE(inspection.error, CsvError::None);
    QVERIFY(inspection.dialect.hasHeader);
    QCOMPARE(inspection.dialect.header.first(), QByteArray("id"));
    const Read read = readFile(corpusPath(file), inspection.encoding.encoding, inspection.dialect.dialect);
    QCOMPARE(read.error, CsvError::None);
    QCOMPARE(read.records.first().first(), QByteArray("id"));
    QVERIFY(read.issues.isEmpty());
}

void TestCsvFile::preambleFile()
{
    const CsvInspection inspection = inspectCsvFile(corpusPath(QStringLiteral("excel-preamble.csv")));
    QCOMPARE(inspection.error, CsvError::None);
    QCOMPARE(inspection.encoding.encoding, TextEncoding::Utf8);
    QCOMPARE(inspection.dialect.dialect.delimiter, ';');
    QCOMPARE(inspection.dialect.headerRecord, 3);
    QVERIFY(inspection.wholeFileSampled);
}

void TestCsvFile::encodingOverride()
{
    CsvOpenOptions options;
    options.encoding = TextEncoding::Latin1;
    options.dialect.delimiter = ';';
    const CsvInspection inspection = inspectCsvFile(corpusPath(QStringLiteral("windows-1252.csv")), options);
    QCOMPARE(inspection.encoding.encoding, TextEncoding::Latin1);
    QCOMPARE(inspection.encoding.source, EncodingSource::Override);
    QCOMPARE(inspection.dialect.dialect.delimiter, ';');
    QCOMPARE(inspection.dialect.delimiterConfidence, 1.0);
    // Read as detected, the euro sign and the smart quotes come out right.
    const Read read = readFile(corpusPath(QStringLiteral("windows-1252.csv")), TextEncoding::Windows1252,
                               inspection.dialect.dialect);
    QCOMPARE(QString::fromUtf8(read.records[1][1]), QStringLiteral("2,50 €"));
    QCOMPARE(QString::fromUtf8(read.records[1][2]), QStringLiteral("“best” in town – really…"));
}

void TestCsvFile::undecodableBytesHaveRecordLineAndOffset()
{
    const QString path = corpusPath(QStringLiteral("invalid-utf8.csv"));
    const QByteArray raw = corpusFile(QStringLiteral("invalid-utf8.csv"));
    const Read read = readFile(path, TextEncoding::Utf8);
    QCOMPARE(read.error, CsvError::None);
    QCOMPARE(read.records.size(), 4);
    QCOMPARE(read.records[2][1], QByteArray("caf\xEF\xBF\xBD noir"));
    QCOMPARE(read.records[3][1], QByteArray("cut\xEF\xBF\xBD"));
    QCOMPARE(read.issues.size(), 2);
    QCOMPARE(read.issues[0].inputOffset, raw.indexOf("\xE9 noir"));
    QCOMPARE(read.issues[0].bytes, QByteArray("\xE9"));
    QCOMPARE(read.issues[0].record, 2);
    QCOMPARE(read.issues[0].line, 3);
    QCOMPARE(read.issues[1].inputOffset, raw.indexOf("\xE2\x82"));
    QCOMPARE(read.issues[1].bytes, QByteArray("\xE2\x82"));
    QCOMPARE(read.issues[1].record, 3);
    QCOMPARE(read.issues[1].line, 4);
}

void TestCsvFile::undecodableBytesInOtherEncodings()
{
    // Windows-1252's undefined 0x81 on record 2 (line 4: record 1 spans two lines), and a lone
    // UTF-16 surrogate on record 1: placed with record, line and raw byte offset.
    const auto readBytes = [](const QByteArray &raw, TextEncoding encoding) {
        QList<DecodeIssue> issues;
        CsvTextReader reader(encoding, {});
        reader.setDecodeIssueCallback([&issues](const DecodeIssue &issue) { issues.append(issue); });
        for (qsizetype at = 0; at < raw.size(); at += 3) // in pieces, to place issues across feeds
            reader.feed(QByteArrayView(raw).sliced(at, std::min<qsizetype>(3, raw.size() - at)));
        reader.finish();
        return issues;
    };
    const QByteArray cp1252("a,b\r\n1,\"two\r\nlines \x80\"\r\n2,bad \x81 byte\r\n3,ok\r\n");
    const QList<DecodeIssue> issues1252 = readBytes(cp1252, TextEncoding::Windows1252);
    QCOMPARE(issues1252.size(), 1);
    QCOMPARE(issues1252[0].inputOffset, cp1252.indexOf('\x81'));
    QCOMPARE(issues1252[0].record, 2);
    QCOMPARE(issues1252[0].line, 4);

    QByteArray utf16;
    for (const char16_t unit : std::u16string_view(u"h\n1,x\n2,y\n"))
        utf16.append(char(unit & 0xFF)).append(char(unit >> 8));
    utf16.insert(8, QByteArray::fromHex("00dc")); // a lone low surrogate after "h\n1,"
    const QList<DecodeIssue> issues16 = readBytes(utf16, TextEncoding::Utf16LE);
    QCOMPARE(issues16.size(), 1);
    QCOMPARE(issues16[0].inputOffset, 8);
    QCOMPARE(issues16[0].record, 1);
    QCOMPARE(issues16[0].line, 2);
}

void TestCsvFile::utf16StreamsInAnyPieces()
{
    const QByteArray raw = corpusFile(QStringLiteral("utf16le-bom.csv"));
    const auto readInPieces = [&raw](qsizetype piece) {
        QList<QList<QByteArray>> records;
        CsvTextReader reader(TextEncoding::Utf16LE, {});
        reader.setRecordCallback([&records](const CsvRecord &record) {
            QList<QByteArray> fields;
            for (const QByteArrayView field : record.fields)
                fields.append(field.toByteArray());
            records.append(fields);
            return true;
        });
        for (qsizetype at = 0; at < raw.size(); at += piece)
            reader.feed(QByteArrayView(raw).sliced(at, std::min(piece, raw.size() - at)));
        reader.finish();
        return records;
    };
    const QList<QList<QByteArray>> whole = readInPieces(raw.size());
    QCOMPARE(whole.size(), 4);
    QCOMPARE(whole[1][2], QByteArray("\xF0\x9F\x98\x80 smile"));
    QCOMPARE(whole[2][2], QByteArray("multi\r\nline"));
    for (const qsizetype piece : {1, 2, 3, 5, 7})
        QCOMPARE(readInPieces(piece), whole);
}

void TestCsvFile::streamsALargeFileWithProgress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += "row," + QByteArray::number(i) + ",\"a, \"\"quoted\"\"\nnote\",Zo\xC3\xAB\r\n";
        for (int i = 0; i < 80; ++i)
            file.write(block);
    }
    CsvTextReader reader(TextEncoding::Utf8, {});
    qint64 records = 0;
    bool fieldsRight = true;
    reader.setRecordCallback([&](const CsvRecord &record) {
        ++records;
        fieldsRight = fieldsRight && record.fields.size() == 4 && record.fields[2] == "a, \"quoted\"\nnote" &&
                      record.fields[3] == "Zo\xC3\xAB";
        return true;
    });
    QList<qint64> progress;
    const CsvError error = readCsvFile(path, reader, [&progress](qint64 done, qint64 total) {
        progress.append(done);
        return done <= total;
    });
    QCOMPARE(error, CsvError::None);
    QCOMPARE(records, 80000);
    QVERIFY(fieldsRight);
    QVERIFY(progress.size() >= 3); // > 3 MB in 1 MiB reads
    QCOMPARE(progress.last(), QFileInfo(path).size());

    CsvTextReader cancelled(TextEncoding::Utf8, {});
    QCOMPARE(readCsvFile(path, cancelled, [](qint64, qint64) { return false; }), CsvError::Cancelled);
}

void TestCsvFile::cannotOpen()
{
    const CsvInspection inspection = inspectCsvFile(QStringLiteral("/nonexistent/godwit/file.csv"));
    QCOMPARE(inspection.error, CsvError::CannotOpen);
    QVERIFY(!inspection.detail.isEmpty());
    CsvTextReader reader(TextEncoding::Utf8, {});
    QString detail;
    QCOMPARE(readCsvFile(QStringLiteral("/nonexistent/godwit/file.csv"), reader, {}, &detail),
             CsvError::CannotOpen);
    QVERIFY(!detail.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvFile)
#include "tst_csvfile.moc"
