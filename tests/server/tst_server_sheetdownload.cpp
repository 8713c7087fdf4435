// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of a sheet download (server/sheetdownload.h) and of a paused run's stored questions
// (server/importruns.h), in process.
#include "engine/fixes.h"
#include "server/importruns.h"
#include "server/sheetdownload.h"

#include <QTemporaryDir>
#include <QTest>

using namespace godwit::server;

namespace {

std::unique_ptr<QFile> fileWith(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    auto file = std::make_unique<QFile>(dir.filePath(name));
    if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size())
        return nullptr;
    file->close();
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

QByteArray readAll(ByteSource &source, qint64 chunk)
{
    QByteArray out;
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), chunk);
        if (n <= 0)
            return n < 0 ? QByteArray("ERROR") : out;
        out.append(buffer.constData(), n);
    }
}

} // namespace

class TestSheetDownload : public QObject {
    Q_OBJECT
private slots:
    void crc32KnownValues();
    void recordReaderKeepsQuotedLineBreaks();
    void invalidRowsAreAllMinusValid_data();
    void invalidRowsAreAllMinusValid();
    void storedQuestionsAnswerLikeTheOriginals();
};

void TestSheetDownload::crc32KnownValues()
{
    QCOMPARE(crc32Update(0, "123456789", 9), 0xCBF43926u);
    QCOMPARE(crc32Update(0, "", 0), 0u);
    // Incremental equals at once.
    QCOMPARE(crc32Update(crc32Update(0, "1234", 4), "56789", 5), 0xCBF43926u);
}

void TestSheetDownload::recordReaderKeepsQuotedLineBreaks()
{
    QTemporaryDir dir;
    // A record longer than one read, a quoted line break, doubled quotes, no final line break.
    const QByteArray longField(200 * 1024, 'x');
    const QByteArray bytes = "a,b\r\n\"multi\r\nline\",\"say \"\"hi\"\"\"\r\n" + longField + ",1\r\nlast,row";
    CsvRecordReader reader(fileWith(dir, QStringLiteral("f.csv"), bytes));
    QByteArray record;
    QList<QByteArray> records;
    while (reader.next(&record))
        records.append(record);
    QVERIFY(!reader.error());
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), QByteArray("a,b\r\n"));
    QCOMPARE(records.at(1), QByteArray("\"multi\r\nline\",\"say \"\"hi\"\"\"\r\n"));
    QCOMPARE(records.at(2), longField + ",1\r\n");
    QCOMPARE(records.at(3), QByteArray("last,row"));
}

void TestSheetDownload::invalidRowsAreAllMinusValid_data()
{
    QTest::addColumn<QByteArray>("all");
    QTest::addColumn<QByteArray>("valid");
    QTest::addColumn<QByteArray>("invalid");
    const QByteArray h = "email,n\r\n";
    QTest::newRow("none flagged") << h + "a,1\r\nb,2\r\n" << h + "a,1\r\nb,2\r\n" << h;
    QTest::newRow("all flagged") << h + "x,1\r\ny,2\r\n" << h << h + "x,1\r\ny,2\r\n";
    QTest::newRow("mixed") << h + "a,1\r\nx,2\r\nb,3\r\ny,4\r\n"
                           << h + "a,1\r\nb,3\r\n"
                           << h + "x,2\r\ny,4\r\n";
    // A repeated unique value: the first is valid, the repeat (same text) flagged.
    QTest::newRow("repeat") << h + "a,1\r\na,1\r\nb,2\r\n" << h + "a,1\r\nb,2\r\n" << h + "a,1\r\n";
    QTest::newRow("quoted") << h + "\"x\r\ny\",1\r\nb,2\r\n" << h + "b,2\r\n" << h + "\"x\r\ny\",1\r\n";
    QTest::newRow("empty sheet") << h << h << h;
}

void TestSheetDownload::invalidRowsAreAllMinusValid()
{
    QFETCH(QByteArray, all);
    QFETCH(QByteArray, valid);
    QFETCH(QByteArray, invalid);
    QTemporaryDir dir;
    for (const qint64 chunk : {qint64(1), qint64(7), qint64(64 * 1024)}) {
        InvalidRowsSource source(fileWith(dir, QStringLiteral("all.csv"), all),
                                 fileWith(dir, QStringLiteral("valid.csv"), valid));
        QCOMPARE(readAll(source, chunk), invalid);
    }
}

void TestSheetDownload::storedQuestionsAnswerLikeTheOriginals()
{
    using namespace godwit::engine;
    FixQuestion q;
    q.id = QStringLiteral("fq0");
    q.prompt = QStringLiteral("What should happen to the invalid values in “email”?");
    q.context = QStringLiteral("2 rows fail the email rule.");
    q.sheetId = QStringLiteral("sheet-1");
    q.column = QStringLiteral("email");
    q.affectedCount = 2;
    q.sampleValues = {QStringLiteral("a"), QStringLiteral("b")};
    q.error = QStringLiteral("email");
    q.relevantColumns = {QStringLiteral("email")};
    FixAction drop{
        QStringLiteral("sheet-1"), QStringLiteral("delete_invalid_rows"), QStringLiteral("email"), {}, {}};
    q.options = {{QStringLiteral("delete_rows"), QStringLiteral("Delete these rows"), {drop}}};
    q.allowCustom = true;
    q.customAction = QStringLiteral("set_value");
    q.proposed = {drop};
    ProposedFixes original;
    original.questions = {q};
    original.patch.actions = {drop};
    original.patch.summary = patchSummary(original.patch.actions);

    const ProposedFixes stored =
        fixesFromStorage(questionsToStorage(original.questions), original.patch.toJson());
    QCOMPARE(stored.toJson(), original.toJson()); // the API shape is unchanged
    for (const QString &answer : {QStringLiteral("delete_rows"), QStringLiteral("Delete these rows"),
                                  QStringLiteral("unknown@example.com")}) {
        const QList<QPair<QString, QString>> answers{{QStringLiteral("fq0"), answer}};
        QCOMPARE(stored.patchForAnswers(answers)->toJson(), original.patchForAnswers(answers)->toJson());
    }
    QString why;
    QVERIFY(!stored.patchForAnswers({{QStringLiteral("fq1"), QStringLiteral("x")}}, &why));
    QCOMPARE(why, QStringLiteral("unknown question id: fq1"));
}

QTEST_GUILESS_MAIN(TestSheetDownload)
#include "tst_server_sheetdownload.moc"
