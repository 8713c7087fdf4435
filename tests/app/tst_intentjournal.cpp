// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/intentjournal.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using godwit::app::Intent;
using godwit::app::IntentJournal;

namespace {
Intent makeIntent(const QString &id, const QString &kind = QStringLiteral("company"))
{
    Intent intent;
    intent.id = id;
    intent.kind = kind;
    intent.profileId = QStringLiteral("local");
    intent.idempotencyKey = IntentJournal::newKey();
    intent.method = "POST";
    intent.path = QStringLiteral("/companies");
    intent.body = QJsonObject{{QStringLiteral("name"), QStringLiteral("Acme GmbH")},
                              {QStringLiteral("external_id"), QStringLiteral("acme-001")}};
    intent.createdAt = QDateTime(QDate(2026, 11, 22), QTime(7, 1, 2, 345), Qt::UTC);
    return intent;
}
} // namespace

class TestIntentJournal : public QObject {
    Q_OBJECT
private slots:
    void recordedIntentsSurviveAReopen();
    void completedIntentsAreGoneAndCompacted();
    void tornLastLineIsSkipped();
    void survivesAProcessThatDiesRightAfterRecording();
    void unwritableLocationFails();
    void keysAreUniqueAndPrefixed();

private:
    QTemporaryDir m_dir;
};

void TestIntentJournal::recordedIntentsSurviveAReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("a/intents.jsonl"));
    const Intent first = makeIntent(QStringLiteral("i1"));
    const Intent second = makeIntent(QStringLiteral("i2"), QStringLiteral("import"));
    {
        IntentJournal journal(path);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QVERIFY(journal.record(first));
        QVERIFY(journal.record(second));
        QCOMPARE(journal.pending().size(), 2);
    }
    IntentJournal again(path);
    QVERIFY(again.open());
    QCOMPARE(again.pending(), (QList<Intent>{first, second}));
    QCOMPARE(again.skippedLines(), 0);
    QCOMPARE(QFile(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestIntentJournal::completedIntentsAreGoneAndCompacted()
{
    const QString path = m_dir.filePath(QStringLiteral("b.jsonl"));
    {
        IntentJournal journal(path);
        QVERIFY(journal.open());
        for (int i = 0; i < 50; ++i)
            QVERIFY(journal.record(makeIntent(QStringLiteral("i%1").arg(i))));
        for (int i = 0; i < 50; ++i) {
            if (i != 17)
                QVERIFY(journal.complete(QStringLiteral("i%1").arg(i)));
        }
        QCOMPARE(journal.pending().size(), 1);
    }
    const qint64 before = QFileInfo(path).size();
    IntentJournal again(path);
    QVERIFY(again.open());
    QCOMPARE(again.pending().size(), 1);
    QCOMPARE(again.pending().first().id, QStringLiteral("i17"));
    QVERIFY(QFileInfo(path).size() < before / 20); // only the pending intent is left
}

void TestIntentJournal::tornLastLineIsSkipped()
{
    const QString path = m_dir.filePath(QStringLiteral("c.jsonl"));
    {
        IntentJournal journal(path);
        QVERIFY(journal.open());
        QVERIFY(journal.record(makeIntent(QStringLiteral("kept"))));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"op":"intent","intent":{"id":"torn","kind":"comp)"); // a crash mid-write
    file.close();
    IntentJournal again(path);
    QVERIFY(again.open());
    QCOMPARE(again.pending().size(), 1);
    QCOMPARE(again.pending().first().id, QStringLiteral("kept"));
    QCOMPARE(again.skippedLines(), 1);
    QVERIFY(again.record(makeIntent(QStringLiteral("after")))); // the file is usable again
}

void TestIntentJournal::survivesAProcessThatDiesRightAfterRecording()
{
    // A child records one intent and dies at once (no destructors, no flush at exit):
    // what record() returned for must be on disk.
    const QString path = m_dir.filePath(QStringLiteral("d.jsonl"));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--record-and-die"), path});
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitCode(), 9);
    IntentJournal journal(path);
    QVERIFY(journal.open());
    QCOMPARE(journal.pending().size(), 1);
    QCOMPARE(journal.pending().first().id, QStringLiteral("from-child"));
}

void TestIntentJournal::unwritableLocationFails()
{
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-dir")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    IntentJournal journal(m_dir.filePath(QStringLiteral("not-a-dir/intents.jsonl")));
    QString error;
    QVERIFY(!journal.open(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!journal.record(makeIntent(QStringLiteral("x")), &error));
}

void TestIntentJournal::keysAreUniqueAndPrefixed()
{
    const QString a = IntentJournal::newKey();
    const QString b = IntentJournal::newKey();
    QVERIFY(a != b);
    QVERIFY(a.startsWith(QStringLiteral("gw-")));
    QCOMPARE(a.size(), 39);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--record-and-die") == 0) {
        QCoreApplication app(argc, argv);
        IntentJournal journal(QString::fromLocal8Bit(argv[2]));
        if (!journal.open() || !journal.record(makeIntent(QStringLiteral("from-child"))))
            return 1;
        std::_Exit(9);
    }
    QCoreApplication app(argc, argv);
    TestIntentJournal test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_intentjournal.moc"
