// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/csvreader.h"
#include "engine/csvwriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace godwit::engine;
using namespace Qt::Literals::StringLiterals;

namespace {

using Rows = QList<QStringList>;

// Counts what it is given and keeps nothing; can be told to fail after some bytes.
class SinkDevice : public QIODevice {
public:
    explicit SinkDevice(qint64 failAfter = -1)
        : m_failAfter(failAfter)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 total = 0;
    qint64 writes = 0;
    qint64 largestWrite = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_failAfter >= 0 && total + len > m_failAfter) {
            setErrorString(u"disk full"_s);
            return -1;
        }
        total += len;
        ++writes;
        largestWrite = std::max(largestWrite, len);
        return len;
    }

private:
    qint64 m_failAfter;
};

QByteArray write(const QStringList &header, const Rows &rows,
                 qsizetype bufferBytes = CsvWriter::kDefaultBufferBytes)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, RowFilter::All, bufferBytes);
        if (!header.isEmpty())
            writer.writeHeader(header);
        for (const QStringList &row : rows)
            writer.writeRow(row);
    }
    return buffer.data();
}

Rows read(const QByteArray &csv)
{
    CsvStatus status = CsvStatus::Ok;
    QList<CsvIssue> issues;
    const QList<QList<QByteArray>> records = parseCsv(csv, {}, &status, &issues);
    if (status != CsvStatus::Ok || !issues.isEmpty())
        qWarning() << "reader status" << csvStatusName(status) << "issues" << issues.size();
    Rows rows;
    for (const QList<QByteArray> &record : records) {
        QStringList fields;
        for (const QByteArray &f : record)
            fields.append(QString::fromUtf8(f));
        rows.append(fields);
    }
    return rows;
}

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void fieldBytes_data();
    void fieldBytes();
    void roundTrip_data();
    void roundTrip();
    void headerAndCrlf();
    void filter_data();
    void filter();
    void longFieldThroughSmallBuffer();
    void millionRowsBoundedBuffer();
    void writeError();
    void randomFieldsAsReference();
};

void TestCsvWriter::fieldBytes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("bytes"); // the record: the field then ",x\r\n"
    QTest::newRow("plain") << u"abc"_s << QByteArray("abc,x\r\n");
    QTest::newRow("empty") << QString() << QByteArray(",x\r\n");
    QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\",x\r\n");
    QTest::newRow("quote doubled") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\",x\r\n");
    QTest::newRow("only a quote") << u"\""_s << QByteArray("\"\"\"\",x\r\n");
    QTest::newRow("LF") << u"a\nb"_s << QByteArray("\"a\nb\",x\r\n");
    QTest::newRow("CR") << u"a\rb"_s << QByteArray("\"a\rb\",x\r\n");
    QTest::newRow("leading space") << u" a"_s << QByteArray("\" a\",x\r\n");
    QTest::newRow("trailing tab") << u"a\t"_s << QByteArray("\"a\t\",x\r\n");
    QTest::newRow("inner space unquoted") << u"a b"_s << QByteArray("a b,x\r\n");
    QTest::newRow("semicolon unquoted") << u"a;b"_s << QByteArray("a;b,x\r\n");
    QTest::newRow("unicode as UTF-8") << u"Zoë 🦤"_s << QByteArray("Zo\xc3\xab \xf0\x9f\xa6\xa4,x\r\n");
}

void TestCsvWriter::fieldBytes()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, bytes);
    QCOMPARE(write({}, {{field, u"x"_s}}), bytes);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<qsizetype>("bufferBytes");
    const Rows nasty{
        {u"plain"_s, u"with, comma"_s, u"\"quoted\""_s},
        {u"line\nbreak"_s, u"crlf\r\ninside"_s, u"lone\rcr"_s},
        {u"  leading"_s, u"trailing  "_s, u" "_s},
        {QString(), QString(), QString()},
        {u"Ünïcödé"_s, u"日本語"_s, u"emoji 🦤🦤"_s},
        {u"\"\""_s, u",,,"_s, u"\"a\",\"b\""_s},
        {u"a\"b"_s, u"=1+2"_s, u"#not a comment"_s},
    };
    QTest::newRow("nasty values") << nasty << CsvWriter::kDefaultBufferBytes;
    QTest::newRow("nasty values, tiny buffer") << nasty << qsizetype(64);
    QTest::newRow("one empty column") << Rows{{QString()}, {u"x"_s}, {QString()}} << qsizetype(64);
    QTest::newRow("one column with spaces") << Rows{{u" "_s}, {u"\t"_s}} << CsvWriter::kDefaultBufferBytes;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(Rows, rows);
    QFETCH(qsizetype, bufferBytes);
    const QStringList header =
        rows.first().size() == 1 ? QStringList{u"Only"_s} : QStringList{u"A"_s, u"B, quoted"_s, u"C \"c\""_s};
    const QByteArray csv = write(header, rows, bufferBytes);
    QVERIFY(!csv.startsWith("\xef\xbb\xbf"));
    Rows expected = rows;
    expected.prepend(header);
    QCOMPARE(read(csv), expected);
}

void TestCsvWriter::headerAndCrlf()
{
    const QByteArray csv =
        write({u"Name"_s, u"E-mail"_s}, {{u"Anna"_s, u"a@example.com"_s}, {u"Bo"_s, QString()}});
    QCOMPARE(csv, QByteArray("Name,E-mail\r\nAnna,a@example.com\r\nBo,\r\n"));
}

void TestCsvWriter::filter_data()
{
    QTest::addColumn<RowFilter>("filter");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<qint64>("skipped");
    QTest::newRow("all") << RowFilter::All << QByteArray("H\r\ngood1\r\nbad2\r\ngood3\r\n") << qint64(0);
    QTest::newRow("valid") << RowFilter::Valid << QByteArray("H\r\ngood1\r\ngood3\r\n") << qint64(1);
    QTest::newRow("invalid") << RowFilter::Invalid << QByteArray("H\r\nbad2\r\n") << qint64(2);
}

void TestCsvWriter::filter()
{
    QFETCH(RowFilter, filter);
    QFETCH(QByteArray, expected);
    QFETCH(qint64, skipped);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, filter);
    QVERIFY(writer.writeHeader({u"H"_s}));
    QVERIFY(writer.writeRow(QList<QString>{u"good1"_s}, true));
    QVERIFY(writer.writeRow(QList<QString>{u"bad2"_s}, false));
    QVERIFY(writer.writeRow(QList<QStringView>{u"good3"}, true));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), expected);
    QCOMPARE(writer.rowsSkipped(), skipped);
    QCOMPARE(writer.rowsWritten(), 3 - skipped);
    QCOMPARE(writer.bytesWritten(), qint64(expected.size()));
}

void TestCsvWriter::longFieldThroughSmallBuffer()
{
    // 1 MB field (with quotes and 4-byte characters) through a 256-byte buffer.
    QString big;
    for (int i = 0; i < 50000; ++i)
        big += u"ab\"c🦤,\n"_s;
    SinkDevice sink;
    {
        CsvWriter writer(&sink, RowFilter::All, 256);
        QVERIFY(writer.writeRow(QList<QString>{big, u"x"_s}));
        QVERIFY(writer.flush());
        QVERIFY(writer.peakBufferedBytes() <= 256);
        QCOMPARE(writer.bufferCapacity(), 256);
    }
    QVERIFY(sink.largestWrite <= 256);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, RowFilter::All, 256);
        writer.writeRow(QList<QString>{big, u"x"_s});
    }
    QCOMPARE(read(buffer.data()), (Rows{{big, u"x"_s}}));
    QCOMPARE(sink.total, buffer.data().size());
}

void TestCsvWriter::millionRowsBoundedBuffer()
{
    SinkDevice sink;
    const qsizetype capacity = 16 * 1024;
    CsvWriter writer(&sink, RowFilter::Valid, capacity);
    writer.writeHeader({u"id"_s, u"name"_s, u"note"_s});
    const QString name = u"Zoë"_s;
    const QString note = u"a, \"b\""_s;
    const qint64 rows = 1000000;
    for (qint64 i = 0; i < rows; ++i) {
        const QString id = QString::number(i);
        QVERIFY(writer.writeRow(QList<QStringView>{id, name, note}, i % 10 != 0));
    }
    QVERIFY(writer.flush());
    QCOMPARE(writer.rowsWritten(), rows - rows / 10);
    QCOMPARE(writer.bufferCapacity(), capacity);
    QVERIFY(writer.peakBufferedBytes() <= capacity);
    QVERIFY(sink.largestWrite <= capacity);
    QCOMPARE(sink.total, writer.bytesWritten());
    // Buffered: far fewer device writes than rows.
    QVERIFY2(sink.writes < sink.total / (capacity / 2), qPrintable(QString::number(sink.writes)));
}

void TestCsvWriter::writeError()
{
    SinkDevice sink(100);
    CsvWriter writer(&sink, RowFilter::All, 64);
    bool ok = true;
    for (int i = 0; i < 20 && ok; ++i)
        ok = writer.writeRow(QList<QString>{u"0123456789"_s});
    QVERIFY(!ok);
    QVERIFY(writer.hasError());
    QCOMPARE(writer.errorString(), u"disk full"_s);
    QVERIFY(!writer.writeRow(QList<QString>{u"more"_s}));
    QVERIFY(!writer.flush());
}

// Random fields against a plain reference (quote when a blank ends the field or it holds the
// delimiter, a quote or a line break; quotes doubled; UTF-8 by QStringEncoder): ASCII, the quote-worthy
// characters anywhere, accented Latin, CJK, surrogate pairs and lone surrogates, fields from empty
// to longer than 16 units, on several buffer sizes and delimiters, and at every alignment (the
// fields are views at random offsets of one string).
void TestCsvWriter::randomFieldsAsReference()
{
    QRandomGenerator random(1122);
    const char16_t alphabet[] = {u'a',     u'Z',     u'0',  u'@',      u'.',      u' ',      u'\t',    u',',
                                 u';',     u'"',     u'\r', u'\n',     u'\x7f',   u'\x80',   u'é',     u'ß',
                                 u'\x7ff', u'\x800', u'中', u'\xfeff', u'\xffff', u'\xd83d', u'\xde00'};
    for (const char delimiter : {',', ';', '\t'}) {
        for (const qsizetype buffer : {qsizetype(64), qsizetype(200), CsvWriter::kDefaultBufferBytes}) {
            QString text;
            for (int i = 0; i < 60000; ++i) {
                // Mostly letters, so that long plain runs are common.
                text.append(random.bounded(4) == 0 ? QChar(alphabet[random.bounded(int(std::size(alphabet)))])
                                                   : QChar(char16_t(u'a' + random.bounded(26))));
            }
            QByteArray written;
            QByteArray expected;
            QBuffer device(&written);
            device.open(QIODevice::WriteOnly);
            CsvWriter writer(&device, RowFilter::All, buffer, delimiter);
            qsizetype at = 0;
            while (at + 200 < text.size()) {
                QList<QStringView> row;
                const int cells = 1 + random.bounded(6);
                for (int c = 0; c < cells; ++c) {
                    const qsizetype size = random.bounded(3) == 0 ? random.bounded(60) : random.bounded(12);
                    row.append(QStringView(text).sliced(at, size));
                    at += size + random.bounded(3);
                }
                QVERIFY(writer.writeRow(row));
                QByteArrayList fields;
                for (const QStringView cell : row) {
                    const bool blankEnd = !cell.isEmpty() && (cell.front() == u' ' || cell.front() == u'\t' ||
                                                              cell.back() == u' ' || cell.back() == u'\t');
                    const bool special = cell.contains(QLatin1Char(delimiter)) || cell.contains(u'"') ||
                                         cell.contains(u'\r') || cell.contains(u'\n');
                    // A lone surrogate as U+FFFD, also at the end.
                    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
                    QByteArray field = utf8(cell);
                    if (blankEnd || special)
                        field = '"' + field.replace('"', "\"\"") + '"';
                    else if (cell.isEmpty() && cells == 1)
                        field = "\"\"";
                    fields.append(field);
                }
                expected += fields.join(delimiter) + "\r\n";
            }
            QVERIFY(writer.flush());
            QVERIFY(writer.peakBufferedBytes() <= buffer);
            qsizetype d = 0;
            while (d < std::min(written.size(), expected.size()) && written[d] == expected[d])
                ++d;
            if (d < std::max(written.size(), expected.size()))
                qWarning() << "first difference at" << d
                           << written.mid(std::max<qsizetype>(0, d - 20), 50).toHex(' ')
                           << expected.mid(std::max<qsizetype>(0, d - 20), 50).toHex(' ');
            QCOMPARE(written.size(), expected.size());
            QCOMPARE(written, expected);
        }
    }
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
