// SPDX-License-Identifier: GPL-3.0-or-later
// Import durability: the server killed (SIGKILL) in the middle of an import, then started again on the
// same data directory. The run is queued again and ends completed with the full report; nothing is
// half-stored; no pass directory is left behind. A run interrupted too often fails with a clear error.
#include "importclient.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace godwit::test;

class TestImportRecovery : public QObject {
    Q_OBJECT
private slots:
    void killedMidImportIsRunAgainToCompletion();
    void tooManyInterruptionsFail();
};

namespace {

const QStringList kArgs{QStringLiteral("--rate-limit"), QStringLiteral("0")};

// Polls until the run shows progress from the engine (rows read), so the kill lands inside a pass.
bool waitUntilValidating(const ImportClient &c, const QString &company, const QString &run)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        const QJsonObject body = c.poll(company, run);
        if (body.value(QLatin1String("status")).toString() == QLatin1String("running") &&
            body.value(QLatin1String("progress_message")).toString().contains(QLatin1String(" rows ")))
            return true;
        if (body.value(QLatin1String("status")).toString() != QLatin1String("queued") &&
            body.value(QLatin1String("status")).toString() != QLatin1String("running"))
            return false;
        QTest::qWait(2);
    }
    return false;
}

} // namespace

void TestImportRecovery::killedMidImportIsRunAgainToCompletion()
{
    QTemporaryDir dir;
    ServerProcess server(dir.path());
    QVERIFY2(server.start(kArgs), server.standardError().constData());
    ImportClient c(server);
    const QString company = c.createCompany();
    const QString sheet = c.sheetId(company);
    constexpr int kRows = 800000;
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), generatedContacts(kRows));
    QVERIFY(!run.isEmpty());
    QVERIFY2(waitUntilValidating(c, company, run), "the import ended before it could be interrupted");
    server.kill();

    QVERIFY2(server.start(kArgs), server.standardError().constData());
    // Right after the start the run is queued or running again, never stuck as it was.
    const QString status = c.poll(company, run).value(QLatin1String("status")).toString();
    QVERIFY2(status == QLatin1String("queued") || status == QLatin1String("running") ||
                 status == QLatin1String("completed"),
             qPrintable(status));
    const QJsonObject done = c.waitForRun(company, run, 120000);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(numberOf(reportOf(done), "inserted"), kRows);
    QCOMPARE(numberOf(reportOf(done), "invalidCellCount"), 0);
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 1);
    const HttpResult all = c.download(company, QStringLiteral("?filter=all&sheet_id=") + sheet);
    QCOMPARE(all.header("X-Total-Records"), QByteArray::number(kRows));
    QCOMPARE(all.body.count('\n'), kRows + 1);
    // Exactly one pass directory, the one the sheet refers to; and one plan version.
    const QStringList passes = QDir(dir.path() + QStringLiteral("/imports/") + run)
                                   .entryList({QStringLiteral("pass-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(passes, QStringList{QStringLiteral("pass-2")});
    QVERIFY(server.stop());
}

void TestImportRecovery::tooManyInterruptionsFail()
{
    QTemporaryDir dir;
    ServerProcess server(dir.path());
    QVERIFY2(server.start(kArgs), server.standardError().constData());
    ImportClient c(server);
    const QString company = c.createCompany();
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), kCleanContacts);
    QCOMPARE(c.waitForRun(company, run).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
    QVERIFY(server.stop());

    // Make the database say the run was left running by a server killed twice already.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(dir.path() + QStringLiteral("/godwit.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("UPDATE import_runs SET status = 'running', interruptions = 2, pass = 7"
                                      " WHERE id = '%1'")
                           .arg(run)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poke"));

    QVERIFY2(server.start(kArgs), server.standardError().constData());
    const QJsonObject failed = c.poll(company, run);
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QLatin1String("error")).toString(),
             QStringLiteral(
                 "The import was interrupted 3 times (the server stopped while it ran); start it again"));
    // The rows of its earlier completion stay; the slot is free.
    QCOMPARE(c.download(company, QStringLiteral("?filter=all&sheet_id=") + c.sheetId(company))
                 .header("X-Total-Records"),
             QByteArray("5"));
    const QString next = c.importFile(company, QStringLiteral("contacts.csv"), kCleanContacts);
    QCOMPARE(c.waitForRun(company, next).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestImportRecovery)
#include "tst_server_importrecovery.moc"
