// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewData and FieldDecoder: the data's bounds, a growing copy, field bytes to text in every
// ASCII-compatible encoding, and the file's identity.
#include "app/preview/previewdata.h"

#include "tests/app/preview/previewtestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using app::FieldDecoder;
using engine::TextEncoding;

class TestPreviewData : public QObject {
    Q_OBJECT
private slots:
    void boundsOfTheData();
    void decodesFieldsInEachEncoding();
    void identityOfAFile();
};

void TestPreviewData::boundsOfTheData()
{
    const app::PreviewData file(QStringLiteral("/x.csv"), 3, 100, TextEncoding::Utf8);
    QCOMPARE(file.available(), 97);
    QVERIFY(file.isComplete());
    QVERIFY(!file.isCopy());
    auto copy = app::PreviewData::growingCopy(QStringLiteral("/tmp/copy.csv"));
    QVERIFY(copy->isCopy());
    QCOMPARE(copy->available(), 0);
    QVERIFY(!copy->isComplete());
    QCOMPARE(copy->encoding(), TextEncoding::Utf8);
    copy->setAvailable(500, false);
    QCOMPARE(copy->available(), 500);
    copy->setAvailable(800, true);
    QVERIFY(copy->isComplete());
}

void TestPreviewData::decodesFieldsInEachEncoding()
{
    const QString text = QStringLiteral("Zoë Müller €5");
    QCOMPARE(FieldDecoder(TextEncoding::Utf8).decode(text.toUtf8()), text);
    QCOMPARE(FieldDecoder(TextEncoding::Windows1252)
                 .decode(test::encodeText(text, TextEncoding::Windows1252, false)),
             text);
    QCOMPARE(FieldDecoder(TextEncoding::Iso8859_15)
                 .decode(test::encodeText(text, TextEncoding::Iso8859_15, false)),
             text);
    QCOMPARE(FieldDecoder(TextEncoding::Latin1).decode("\xE9\x80"), QStringLiteral("é\u0080"));
    // Unassigned in Windows-1252, invalid in UTF-8: the replacement character.
    QCOMPARE(FieldDecoder(TextEncoding::Windows1252).decode("a\x81"), QStringLiteral("a\uFFFD"));
    QCOMPARE(FieldDecoder(TextEncoding::Utf8).decode("a\xFF"), QStringLiteral("a\uFFFD"));
    bool truncated = true;
    QCOMPARE(FieldDecoder(TextEncoding::Windows1252).decode("abc", 10, &truncated), QStringLiteral("abc"));
    QVERIFY(!truncated);
    QCOMPARE(FieldDecoder(TextEncoding::Windows1252).decode("abcdef", 4, &truncated), QStringLiteral("abcd"));
    QVERIFY(truncated);
}

void TestPreviewData::identityOfAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.csv"));
    QVERIFY(test::writeFile(path, "a,b\n"));
    const app::FileIdentity first = app::FileIdentity::of(path);
    QVERIFY(first.exists());
    QCOMPARE(first.size, 4);
    QVERIFY(first.sameVersion(app::FileIdentity::of(path)));
    QVERIFY(test::writeFile(path, "a,b\n1,2\n"));
    QVERIFY(!first.sameVersion(app::FileIdentity::of(path)));
    QFile::remove(path);
    const app::FileIdentity gone = app::FileIdentity::of(path);
    QVERIFY(!gone.exists());
    QCOMPARE(gone.path, first.path);
}

QTEST_GUILESS_MAIN(TestPreviewData)
#include "tst_previewdata.moc"
