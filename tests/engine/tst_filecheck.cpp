// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/filecheck.h"

#include "tests/engine/corpus.h"

#include <QTest>

using namespace godwit::engine;
using godwit::test::corpusFile;

Q_DECLARE_METATYPE(godwit::engine::FileKind)

class TestFileCheck : public QObject {
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void magic_data();
    void magic();
    void controlCharacters();
    void names();
};

void TestFileCheck::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<FileKind>("kind");
    QTest::addColumn<qint64>("offset");
    const auto text = [](const char *file) {
        QTest::newRow(file) << QString::fromLatin1(file) << FileKind::Text << qint64(-1);
    };
    for (const char *file : {"utf8-bom-header.csv", "utf8-plain.csv", "semicolon.csv", "tab.tsv",
                             "cr-only.csv", "windows-1252.csv", "iso-8859-15.csv", "latin1.csv",
                             "utf16le-bom.csv", "utf16be-bom.csv", "utf16le-nobom.csv", "utf16be-nobom.csv",
                             "header-only.csv", "blank-lines-only.csv", "invalid-utf8.csv"})
        text(file);
    QTest::newRow("empty") << QStringLiteral("empty.csv") << FileKind::Empty << qint64(-1);
    QTest::newRow("bom only") << QStringLiteral("bom-only.csv") << FileKind::Empty << qint64(-1);
    QTest::newRow("xlsx") << QStringLiteral("xlsx-renamed.csv") << FileKind::Zip << qint64(0);
    QTest::newRow("pdf") << QStringLiteral("pdf-renamed.csv") << FileKind::Pdf << qint64(0);
    QTest::newRow("nul bytes") << QStringLiteral("nul-bytes.csv") << FileKind::Binary << qint64(17);
}

void TestFileCheck::corpus()
{
    QFETCH(QString, file);
    QFETCH(FileKind, kind);
    QFETCH(qint64, offset);
    const QByteArray data = corpusFile(file);
    const FileCheck check = checkFileHead(data, data.size());
    QCOMPARE(check.kind, kind);
    QCOMPARE(check.offset, offset);
    QCOMPARE(check.isText(), kind == FileKind::Text);
}

void TestFileCheck::magic_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<FileKind>("kind");
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest") << FileKind::Ole2;
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00") << FileKind::Gzip;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n....") << FileKind::Image;
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0") << FileKind::Image;
    QTest::newRow("sqlite") << QByteArray("SQLite format 3\0xx", 18) << FileKind::Sqlite;
    QTest::newRow("empty zip") << QByteArray("PK\x05\x06\0\0", 6) << FileKind::Zip;
    QTest::newRow("text starting with PK") << QByteArray("PK,name\n1,a\n") << FileKind::Text;
    QTest::newRow("utf16le bom only") << QByteArray("\xFF\xFE") << FileKind::Empty;
}

void TestFileCheck::magic()
{
    QFETCH(QByteArray, head);
    QFETCH(FileKind, kind);
    QCOMPARE(checkFileHead(head, 1000000).kind, head.size() == 2 ? FileKind::Text : kind);
    QCOMPARE(checkFileHead(head, head.size()).kind, kind);
}

void TestFileCheck::controlCharacters()
{
    QByteArray binary;
    for (int i = 0; i < 400; ++i)
        binary += char(1 + i % 8) + QByteArray("ab");
    const FileCheck check = checkFileHead(binary, binary.size());
    QCOMPARE(check.kind, FileKind::Binary);
    QCOMPARE(check.offset, 0);
    // A few stray control characters in text do not make it binary.
    const QByteArray text = QByteArray("a,b\n1,\x0Bx\n2,\x1Ay\n") + QByteArray(200, 'z');
    QCOMPARE(checkFileHead(text, 500).kind, FileKind::Text);
}

void TestFileCheck::names()
{
    QCOMPARE(fileKindName(FileKind::Zip), QStringLiteral("zip"));
    QCOMPARE(fileKindName(FileKind::Binary), QStringLiteral("binary"));
    QCOMPARE(fileKindName(FileKind::Empty), QStringLiteral("empty"));
}

QTEST_GUILESS_MAIN(TestFileCheck)
#include "tst_filecheck.moc"
