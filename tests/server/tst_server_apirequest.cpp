// SPDX-License-Identifier: GPL-3.0-or-later
// The request helpers shared by the API's handlers: ids, external ids, safe file names.
#include "server/apirequest.h"

#include <QSet>
#include <QTest>

using namespace godwit::server;

class TestApiRequest : public QObject {
    Q_OBJECT
private slots:
    void uuids();
    void externalIds_data();
    void externalIds();
    void safeFileNames_data();
    void safeFileNames();
};

void TestApiRequest::uuids()
{
    QVERIFY(isUuid(QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01")));
    QVERIFY(isUuid(QStringLiteral("0B9E7C1A-5D2F-4A8B-9E3C-1F2A3B4C5D01")));
    QVERIFY(!isUuid(QStringLiteral("0b9e7c1a5d2f4a8b9e3c1f2a3b4c5d01")));
    QVERIFY(!isUuid(QStringLiteral("{0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01}")));
    QVERIFY(!isUuid(QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01\n")));
    QVERIFY(!isUuid(QStringLiteral("zb9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01")));
    QSet<QString> ids;
    for (int i = 0; i < 100; ++i) {
        const QString id = newUuid();
        QVERIFY(isUuid(id));
        QCOMPARE(id, id.toLower());
        QCOMPARE(id.at(14), QLatin1Char('4'));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 100);
}

void TestApiRequest::externalIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("Acme_01-x") << true;
    QTest::newRow("255") << QString(255, QLatin1Char('a')) << true;
    QTest::newRow("256") << QString(256, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("newline") << QStringLiteral("ab\n") << false;
    QTest::newRow("unicode") << QStringLiteral("caf\u00e9") << false;
}

void TestApiRequest::externalIds()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isValidExternalId(text), valid);
}

void TestApiRequest::safeFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << QStringLiteral("contacts.csv") << QStringLiteral("contacts.csv");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("windows") << QStringLiteral("C:\\Users\\x\\..\\a b.csv") << QStringLiteral("a_b.csv");
    QTest::newRow("dots") << QStringLiteral("..") << QStringLiteral("file");
    QTest::newRow("hidden") << QStringLiteral(".env") << QStringLiteral("env");
    QTest::newRow("trailing slash") << QStringLiteral("dir/") << QStringLiteral("file");
    QTest::newRow("unicode") << QStringLiteral("K\u00fcnden.csv") << QStringLiteral("K_nden.csv");
    QTest::newRow("nul") << QString::fromLatin1("a\0b", 3) << QStringLiteral("a_b");
    QTest::newRow("long") << QString(300, QLatin1Char('x')) << QString(100, QLatin1Char('x'));
}

void TestApiRequest::safeFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(safeFileName(name), safe);
}

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_server_apirequest.moc"
