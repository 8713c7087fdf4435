// SPDX-License-Identifier: GPL-3.0-or-later
// Small CSV files read into an import's inline `rows` with the engine.
#include "app/inlinerows.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit::app;

class TestInlineRows : public QObject {
    Q_OBJECT
private slots:
    void readsRowsKeyedByTheHeader();
    void sniffsDelimiterEncodingAndPreamble();
    void duplicateAndEmptyHeaderNames();
    void refusesWhatShouldBeUploaded_data();
    void refusesWhatShouldBeUploaded();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestInlineRows::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestInlineRows::readsRowsKeyedByTheHeader()
{
    const InlineRows rows = readInlineRows(write(QStringLiteral("a.csv"),
                                                 "first_name,last_name,email\r\nAna,Lima,ana@example.com\r\n"
                                                 "\"Bo, Jr.\",,bo@example.com\r\n"));
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QCOMPARE(rows.header, (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                       QStringLiteral("email")}));
    QCOMPARE(rows.rows.size(), 2);
    const QJsonObject second = rows.rows.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("first_name")).toString(), QStringLiteral("Bo, Jr."));
    QCOMPARE(second.value(QLatin1String("last_name")).toString(), QString());
    QVERIFY(rows.jsonBytes > 0);
}

void TestInlineRows::sniffsDelimiterEncodingAndPreamble()
{
    // Windows-1252 with semicolons and a title line above the table.
    QByteArray bytes =
        "Export from "
        "OldCRM\r\n\r\nName;City;Amount\r\nJos\xe9;M\xfcnchen;1.234,50\r\nZo\xeb;K\xf6ln;12,00\r\n"
        "Ren\xe9;Gen\xe8ve;7,00\r\n";
    const InlineRows rows = readInlineRows(write(QStringLiteral("b.csv"), bytes));
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QCOMPARE(rows.header,
             (QStringList{QStringLiteral("Name"), QStringLiteral("City"), QStringLiteral("Amount")}));
    QCOMPARE(rows.rows.size(), 3);
    QCOMPARE(rows.rows.at(0).toObject().value(QLatin1String("City")).toString(), QStringLiteral("München"));
    QCOMPARE(rows.rows.at(0).toObject().value(QLatin1String("Name")).toString(), QStringLiteral("José"));
}

void TestInlineRows::duplicateAndEmptyHeaderNames()
{
    const InlineRows rows =
        readInlineRows(write(QStringLiteral("c.csv"), "email,email,\nx@a.com,y@a.com,z\n"));
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QCOMPARE(rows.header,
             (QStringList{QStringLiteral("email"), QStringLiteral("email (2)"), QStringLiteral("column_3")}));
    QCOMPARE(rows.rows.at(0).toObject().value(QLatin1String("email (2)")).toString(),
             QStringLiteral("y@a.com"));
}

void TestInlineRows::refusesWhatShouldBeUploaded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QByteArray many = "id,name\n";
    for (int i = 0; i < 5001; ++i)
        many += QByteArray::number(i) + ",n\n";
    QTest::newRow("over 5000 rows") << many << QStringLiteral("5000 rows");
    QTest::newRow("over 512 KiB") << QByteArray(600 * 1024, 'a') << QStringLiteral("512 KiB");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("header only") << QByteArray("a,b,c\n") << QStringLiteral("header-only");
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\0')
                         << QStringLiteral("not-text");
}

void TestInlineRows::refusesWhatShouldBeUploaded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const InlineRows rows = readInlineRows(write(QStringLiteral("d.csv"), bytes));
    QVERIFY(!rows.ok());
    QVERIFY2(rows.error.contains(mentions), qPrintable(rows.error));
    QVERIFY(rows.rows.isEmpty());
    QVERIFY(!mayGoInline(600 * 1024));
    QVERIFY(mayGoInline(1000));
}

QTEST_GUILESS_MAIN(TestInlineRows)
#include "tst_inlinerows.moc"
