// SPDX-License-Identifier: GPL-3.0-or-later
// `godwit inspect` over the engine's corpus of nasty files.
#include "app/inspectcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using godwit::app::InspectCommand;

namespace {
struct Output {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QString corpus(const char *name)
{
    return qEnvironmentVariable("GODWIT_SOURCE_DIR") + QStringLiteral("/tests/engine/data/") +
           QLatin1String(name);
}

Output inspect(QStringList arguments)
{
    Output result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    arguments.prepend(QStringLiteral("inspect"));
    result.exitCode = InspectCommand::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}
} // namespace

class TestInspectCommand : public QObject {
    Q_OBJECT
private slots:
    void preambleAboveTheHeader();
    void encodings_data();
    void encodings();
    void raggedRowsAreReportedNotFatal();
    void overrides();
    void textOutputNamesEverything();
    void refusals_data();
    void refusals();
    void badArguments_data();
    void badArguments();
};

void TestInspectCommand::preambleAboveTheHeader()
{
    const Output r = inspect({corpus("excel-preamble.csv"), QStringLiteral("--json"),
                              QStringLiteral("--rows"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    const QJsonObject dialect = j.value(QStringLiteral("dialect")).toObject();
    QCOMPARE(dialect.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(dialect.value(QStringLiteral("header_line")).toInt(), 5);
    QVERIFY(dialect.value(QStringLiteral("confidence")).toDouble() > 0.5);
    QCOMPARE(j.value(QStringLiteral("row_count")).toInt(), 4);
    QCOMPARE(j.value(QStringLiteral("columns")).toArray().first().toString(), QStringLiteral("first_name"));
    const QJsonArray rows = j.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().toArray().first().toString(), QStringLiteral("Ana"));
}

void TestInspectCommand::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expectedText"); // somewhere in the first rows
    QTest::newRow("windows-1252") << corpus("windows-1252.csv") << QStringLiteral("windows-1252")
                                  << QStringLiteral("2,50 €");
    QTest::newRow("iso-8859-15") << corpus("iso-8859-15.csv") << QStringLiteral("ISO-8859-15")
                                 << QStringLiteral("€");
    QTest::newRow("utf-16le, no BOM")
        << corpus("utf16le-nobom.csv") << QStringLiteral("UTF-16LE") << QStringLiteral("Jürgen");
    QTest::newRow("utf-16be, BOM") << corpus("utf16be-bom.csv") << QStringLiteral("UTF-16BE")
                                   << QStringLiteral("Jürgen");
    QTest::newRow("utf-8, BOM") << corpus("utf8-bom-header.csv") << QStringLiteral("UTF-8") << QString();
}

void TestInspectCommand::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, expectedText);
    const Output r = inspect({file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QStringLiteral("encoding")).toObject().value(QStringLiteral("name")).toString(),
             encoding);
    const QString rows = QString::fromUtf8(QJsonDocument(j.value(QStringLiteral("rows")).toArray()).toJson());
    QVERIFY2(rows.contains(expectedText), qPrintable(rows));
    // The BOM never ends up in the first column's name.
    QVERIFY(!j.value(QStringLiteral("columns")).toArray().first().toString().startsWith(QChar(0xFEFF)));
}

void TestInspectCommand::raggedRowsAreReportedNotFatal()
{
    const Output r = inspect({corpus("ragged.csv"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject issues = r.json().value(QStringLiteral("issues")).toObject();
    QCOMPARE(issues.value(QStringLiteral("ragged_rows")).toInt(), 2);
    QCOMPARE(issues.value(QStringLiteral("first_ragged_line")).toInt(), 3);
}

void TestInspectCommand::overrides()
{
    // No header: the columns get numbers, and the first line is a data row.
    Output r = inspect({corpus("utf8-plain.csv"), QStringLiteral("--json"), QStringLiteral("--header-row"),
                        QStringLiteral("0")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject j = r.json();
    QCOMPARE(j.value(QStringLiteral("dialect")).toObject().value(QStringLiteral("has_header")).toBool(),
             false);
    QCOMPARE(j.value(QStringLiteral("columns")).toArray().first().toString(), QStringLiteral("column 1"));
    const int withoutHeader = j.value(QStringLiteral("row_count")).toInt();
    r = inspect({corpus("utf8-plain.csv"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("row_count")).toInt(), withoutHeader - 1);

    // Forcing another encoding changes what the bytes mean.
    r = inspect({corpus("windows-1252.csv"), QStringLiteral("--json"), QStringLiteral("--encoding"),
                 QStringLiteral("latin1")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("encoding")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("ISO-8859-1"));
    QVERIFY(!QJsonDocument(r.json().value(QStringLiteral("rows")).toArray()).toJson().contains("€"));

    // A delimiter by name.
    r = inspect(
        {corpus("tab.tsv"), QStringLiteral("--json"), QStringLiteral("--delimiter"), QStringLiteral("tab")});
    QCOMPARE(
        r.json().value(QStringLiteral("dialect")).toObject().value(QStringLiteral("delimiter")).toString(),
        QStringLiteral("\\t"));
    QVERIFY(r.json().value(QStringLiteral("columns")).toArray().size() > 1);
}

void TestInspectCommand::textOutputNamesEverything()
{
    const Output r = inspect({corpus("semicolon.csv"), QStringLiteral("--rows"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    for (const char *label :
         {"File:", "Encoding:", "Dialect:", "Header:", "Rows:", "Columns:", "First 1 rows:"})
        QVERIFY2(r.out.contains(QLatin1String(label)), label);
    QVERIFY(r.out.contains(QStringLiteral("delimiter ';'")));
    QVERIFY(r.err.isEmpty());
}

void TestInspectCommand::refusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("xlsx") << corpus("xlsx-renamed.csv") << QStringLiteral("Export it as CSV");
    QTest::newRow("pdf") << corpus("pdf-renamed.csv") << QStringLiteral("PDF");
    QTest::newRow("nul bytes") << corpus("nul-bytes.csv") << QStringLiteral("binary data at byte");
    QTest::newRow("empty") << corpus("empty.csv") << QStringLiteral("is empty");
    QTest::newRow("bom only") << corpus("bom-only.csv") << QStringLiteral("is empty");
    QTest::newRow("header only") << corpus("header-only.csv") << QStringLiteral("no data rows");
    QTest::newRow("missing") << corpus("no-such-file.csv") << QStringLiteral("Cannot open");
}

void TestInspectCommand::refusals()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Output r = inspect({file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestInspectCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList() << QStringLiteral("exactly one file");
    QTest::newRow("two files") << QStringList{corpus("tab.tsv"), corpus("pipe.csv")}
                               << QStringLiteral("exactly one file");
    QTest::newRow("rows") << QStringList{corpus("tab.tsv"), QStringLiteral("--rows"), QStringLiteral("many")}
                          << QStringLiteral("--rows");
    QTest::newRow("encoding") << QStringList{corpus("tab.tsv"), QStringLiteral("--encoding"),
                                             QStringLiteral("ebcdic")}
                              << QStringLiteral("Unknown encoding");
    QTest::newRow("delimiter") << QStringList{corpus("tab.tsv"), QStringLiteral("--delimiter"),
                                              QStringLiteral("ab")}
                               << QStringLiteral("cannot be a delimiter");
    QTest::newRow("header row") << QStringList{corpus("tab.tsv"), QStringLiteral("--header-row"),
                                               QStringLiteral("-1")}
                                << QStringLiteral("--header-row");
    QTest::newRow("unknown option") << QStringList{corpus("tab.tsv"), QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
}

void TestInspectCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Output r = inspect(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"
