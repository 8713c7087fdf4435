// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/sniffer.h"

#include "engine/encoding.h"
#include "tests/engine/corpus.h"

#include <QTest>

using namespace godwit::engine;
using godwit::test::corpusFile;

namespace {

// The corpus file as the importer sees it: decoded to UTF-8, BOM removed.
QByteArray decodedCorpus(const QString &name)
{
    const QByteArray raw = corpusFile(name);
    return decodeToUtf8(raw, detectEncoding(raw, true).encoding);
}

} // namespace

class TestSniffer : public QObject {
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void preambleAboveTheHeader();
    void trailingDelimiters();
    void consistencyBeatsCharacterCounts();
    void singleQuoteDialect();
    void headerPresence_data();
    void headerPresence();
    void confidenceOrdersFiles();
    void overrides();
    void partialSampleIgnoresTheCutRecord();
    void blankInput();
};

void TestSniffer::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("fields");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<qint64>("records");
    const auto row = [](const char *file, char delimiter, int fields, bool header, qint64 records) {
        QTest::newRow(file) << QString::fromLatin1(file) << delimiter << fields << header << records;
    };
    row("utf8-plain.csv", ',', 3, true, 4);
    row("utf8-bom-header.csv", ',', 3, true, 3);
    row("semicolon.csv", ';', 4, true, 5);
    row("tab.tsv", '\t', 3, true, 5);
    row("pipe.csv", '|', 3, true, 4);
    row("cr-only.csv", ',', 3, true, 4);
    row("embedded-newlines.csv", ',', 3, true, 4);
    row("quoted-mess.csv", ',', 3, true, 3);
    row("ragged.csv", ',', 3, true, 5);
    row("header-only.csv", ',', 3, true, 1);
    row("windows-1252.csv", ';', 3, true, 4);
    row("iso-8859-15.csv", ';', 2, true, 4);
    row("latin1.csv", ',', 3, true, 4);
    row("utf16le-nobom.csv", ',', 3, true, 4);
    row("utf16be-bom.csv", ',', 3, true, 4);
}

void TestSniffer::corpus()
{
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    QFETCH(int, fields);
    QFETCH(bool, hasHeader);
    QFETCH(qint64, records);
    const SniffedDialect sniffed = sniffDialect(decodedCorpus(file), true);
    QCOMPARE(sniffed.dialect.delimiter, delimiter);
    QCOMPARE(sniffed.dialect.quote, '"');
    QCOMPARE(sniffed.fieldCount, fields);
    QCOMPARE(sniffed.hasHeader, hasHeader);
    QCOMPARE(sniffed.headerRecord, 0);
    QCOMPARE(sniffed.tableRecords, records);
    QVERIFY2(sniffed.confidence > 0 && sniffed.confidence <= 1,
             qPrintable(QString::number(sniffed.confidence)));
    if (hasHeader)
        QCOMPARE(sniffed.header.size(), fields);
}

void TestSniffer::preambleAboveTheHeader()
{
    const SniffedDialect sniffed = sniffDialect(decodedCorpus(QStringLiteral("excel-preamble.csv")), true);
    QCOMPARE(sniffed.dialect.delimiter, ';');
    QCOMPARE(sniffed.fieldCount, 4);
    QCOMPARE(sniffed.headerRecord, 3); // title, "Generated", an empty row; the blank line is no record
    QCOMPARE(sniffed.headerLine, 5);
    QCOMPARE(sniffed.headerOffset,
             QByteArray("Contacts export;;;\r\nGenerated: 2026-11-02 08:15;;;\r\n;;;\r\n\r\n").size());
    QVERIFY(sniffed.hasHeader);
    QCOMPARE(sniffed.header, (QList<QByteArray>{"first_name", "last_name", "email", "phone"}));
    QCOMPARE(sniffed.tableRecords, 5);
    QVERIFY(sniffed.confidence > 0.6);
}

void TestSniffer::trailingDelimiters()
{
    const SniffedDialect sniffed =
        sniffDialect(decodedCorpus(QStringLiteral("trailing-delimiters.csv")), true);
    QCOMPARE(sniffed.dialect.delimiter, ',');
    QVERIFY(sniffed.dialect.dropTrailingEmptyField);
    QCOMPARE(sniffed.fieldCount, 3);
    QCOMPARE(sniffed.header, (QList<QByteArray>{"id", "name", "email"}));
    // An empty last column under a named header is a column, not a trailing delimiter.
    const SniffedDialect named = sniffDialect("id,name,notes\n1,a,\n2,b,\n3,c,\n", true);
    QVERIFY(!named.dialect.dropTrailingEmptyField);
    QCOMPARE(named.fieldCount, 3);
}

void TestSniffer::consistencyBeatsCharacterCounts()
{
    // The first line has more commas than semicolons; the rows agree only on semicolons.
    const QByteArray data("title, subtitle, more;count\n"
                          "A, the first;1\n"
                          "B;2\n"
                          "C, c, c, c;3\n"
                          "D;4\n");
    const SniffedDialect sniffed = sniffDialect(data, true);
    QCOMPARE(sniffed.dialect.delimiter, ';');
    QCOMPARE(sniffed.fieldCount, 2);
    QVERIFY(sniffed.delimiterConfidence > 0.5);
    // Decimal commas in a semicolon file.
    QCOMPARE(sniffDialect("a;b;c\n1,5;2,25;3\n4;5,5;6,75\n", true).dialect.delimiter, ';');
}

void TestSniffer::singleQuoteDialect()
{
    const QByteArray data("'name, full',city\n'Smith, J',Oslo\n'Doe, A',Rome\n'Roe, B',Bern\n");
    const SniffedDialect sniffed = sniffDialect(data, true);
    QCOMPARE(sniffed.dialect.delimiter, ',');
    QCOMPARE(sniffed.dialect.quote, '\'');
    QCOMPARE(sniffed.fieldCount, 2);
    // Apostrophes inside values do not make it a single-quote file.
    const SniffedDialect apostrophes = sniffDialect("name,city\nO'Brien,Cork\nD'Arcy,Lyon\n", true);
    QCOMPARE(apostrophes.dialect.quote, '"');
}

void TestSniffer::headerPresence_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("hasHeader");
    QTest::newRow("names over numbers") << QByteArray("name,age\nAna,31\nBen,45\nCy,27\n") << true;
    QTest::newRow("names over e-mails") << QByteArray("who,mail\nAna,a@x.org\nBen,b@y.org\n") << true;
    QTest::newRow("names over dates") << QByteArray("id;born\nx;2001-02-03\ny;1999-12-31\n") << true;
    QTest::newRow("numbers only") << QByteArray("1,2,3\n4,5,6\n7,8,9\n") << false;
    QTest::newRow("e-mails first") << QByteArray("ana@x.org,Ana\nben@y.org,Ben\n") << false;
    QTest::newRow("data row first") << QByteArray("Ana,31,Oslo\nBen,45,Rome\nCy,27,Bern\n") << false;
    QTest::newRow("text only") << QByteArray("first,last\nAna,Lima\nBen,Okafor\n") << true;
}

void TestSniffer::headerPresence()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, hasHeader);
    const SniffedDialect sniffed = sniffDialect(data, true);
    QCOMPARE(sniffed.hasHeader, hasHeader);
    QCOMPARE(sniffed.header.isEmpty(), !hasHeader);
}

void TestSniffer::confidenceOrdersFiles()
{
    QByteArray clean("id,name,city\n");
    for (int i = 0; i < 30; ++i)
        clean +=
            QByteArray::number(i) + ",name " + QByteArray::number(i) + ",c" + QByteArray::number(i) + "\n";
    QByteArray ragged = clean;
    ragged.replace(",c1\n", ",c1,extra\n").replace(",c2\n", "\n").replace(",c3\n", ",c3,a,b\n");
    const double cleanConfidence = sniffDialect(clean, true).confidence;
    const double raggedConfidence = sniffDialect(ragged, true).confidence;
    const double singleColumn =
        sniffDialect(decodedCorpus(QStringLiteral("single-column.csv")), true).confidence;
    const double tiny = sniffDialect("a,b\n1,2\n", true).confidence;
    QVERIFY2(cleanConfidence > 0.85, qPrintable(QString::number(cleanConfidence)));
    QVERIFY2(raggedConfidence < cleanConfidence, qPrintable(QString::number(raggedConfidence)));
    QVERIFY2(tiny < cleanConfidence, qPrintable(QString::number(tiny)));
    QVERIFY2(singleColumn < 0.5, qPrintable(QString::number(singleColumn)));
}

void TestSniffer::overrides()
{
    const QByteArray data = decodedCorpus(QStringLiteral("utf8-plain.csv"));
    DialectOverrides overrides;
    overrides.delimiter = ';';
    overrides.quote = '"';
    SniffedDialect sniffed = sniffDialect(data, true, overrides);
    QCOMPARE(sniffed.dialect.delimiter, ';');
    QCOMPARE(sniffed.fieldCount, 1);
    QCOMPARE(sniffed.delimiterConfidence, 1.0);

    overrides = {};
    overrides.hasHeader = false;
    overrides.headerRecord = 2;
    sniffed = sniffDialect(data, true, overrides);
    QCOMPARE(sniffed.dialect.delimiter, ',');
    QVERIFY(!sniffed.hasHeader);
    QVERIFY(sniffed.header.isEmpty());
    QCOMPARE(sniffed.headerRecord, 2);
    QCOMPARE(sniffed.headerLine, 3);
    QCOMPARE(sniffed.tableRecords, 2);
    QCOMPARE(sniffed.headerConfidence, 1.0);
}

void TestSniffer::partialSampleIgnoresTheCutRecord()
{
    const QByteArray data("name,age\nAna,31\nBen,45\nCy,2");
    QCOMPARE(sniffDialect(data, false).tableRecords, 3);
    QCOMPARE(sniffDialect(data, true).tableRecords, 4);
}

void TestSniffer::blankInput()
{
    const SniffedDialect sniffed = sniffDialect("\r\n\n", true);
    QCOMPARE(sniffed.tableRecords, 0);
    QCOMPARE(sniffed.confidence, 0.0);
    QVERIFY(!sniffed.hasHeader);
}

QTEST_GUILESS_MAIN(TestSniffer)
#include "tst_sniffer.moc"
