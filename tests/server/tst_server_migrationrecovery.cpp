// SPDX-License-Identifier: GPL-3.0-or-later
// Migration run durability: the server killed (SIGKILL) in the middle of a generate run, then started
// again on the same data: the run is queued again, redone from the start to one preview (recipe
// version 1), the thread says why, and the run's work directory is gone afterwards. An execute killed
// three times fails with a clear error and stores nothing; killed once, it is redone to the same report
// with no row twice.
#include "importclient.h"

#include <QDir>
#include <QTemporaryDir>

using namespace godwit::test;

class TestMigrationRecovery : public QObject {
    Q_OBJECT
private slots:
    void killedMidGenerateIsRunAgain();
    void killedExecuteFailsAfterThreeInterruptionsAndResumesOtherwise();
};

namespace {

const QStringList kArgs = {QStringLiteral("--rate-limit"), QStringLiteral("0")};

QJsonObject poll(const ImportClient &c, const QString &migration, const QString &run)
{
    return c.get(QStringLiteral("/migrations/%1/runs/%2").arg(migration, run)).json();
}

// Polls until the run's pass is reading rows (true), or it left queued/running or 60 s passed (false).
bool waitInPass(const ImportClient &c, const QString &migration, const QString &run)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        const QJsonObject body = poll(c, migration, run);
        const QString status = body.value(QLatin1String("status")).toString();
        if (status != QLatin1String("queued") && status != QLatin1String("running"))
            return false;
        if (body.value(QLatin1String("message")).toString().contains(QLatin1String("rows read")))
            return true;
        QTest::qWait(5);
    }
    return false;
}

// Polls until the run is neither queued nor running: its last poll body.
QJsonObject waitForEnd(const ImportClient &c, const QString &migration, const QString &run)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject body;
    do {
        body = poll(c, migration, run);
        const QString status = body.value(QLatin1String("status")).toString();
        if (status != QLatin1String("queued") && status != QLatin1String("running"))
            break;
        QTest::qWait(20);
    } while (timer.elapsed() < 120000);
    return body;
}

// A contacts migration with `rows` generated contacts uploaded; its id.
QString bigMigration(const ImportClient &c, int rows)
{
    const QString migration =
        c.post(QStringLiteral("/migrations"),
               QJsonObject{{QLatin1String("name"), QStringLiteral("Big")},
                           {QLatin1String("templates"), QJsonArray{QStringLiteral("contacts")}}})
            .json()
            .value(QLatin1String("migration"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    const HttpResult minted = c.post(
        QStringLiteral("/migrations/%1/files").arg(migration),
        QJsonObject{{QLatin1String("files"),
                     QJsonArray{QJsonObject{{QLatin1String("name"), QStringLiteral("contacts.csv")}}}}});
    if (minted.status != 201)
        return {};
    const QUrl url(minted.json()
                       .value(QLatin1String("files"))
                       .toArray()
                       .at(0)
                       .toObject()
                       .value(QLatin1String("signed_url"))
                       .toString());
    if (httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, generatedContacts(rows), 120000).status !=
        200)
        return {};
    return migration;
}

} // namespace

void TestMigrationRecovery::killedMidGenerateIsRunAgain()
{
    QTemporaryDir dir;
    ServerProcess server(dir.path());
    QVERIFY2(server.start(kArgs), server.standardError().constData());
    QString migration;
    QString run;
    {
        ImportClient c(server);
        migration = c.post(QStringLiteral("/migrations"),
                           QJsonObject{{QLatin1String("name"), QStringLiteral("Big")},
                                       {QLatin1String("templates"), QJsonArray{QStringLiteral("contacts")}}})
                        .json()
                        .value(QLatin1String("migration"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString();
        const HttpResult minted = c.post(
            QStringLiteral("/migrations/%1/files").arg(migration),
            QJsonObject{{QLatin1String("files"),
                         QJsonArray{QJsonObject{{QLatin1String("name"), QStringLiteral("contacts.csv")}}}}});
        QCOMPARE(minted.status, 201);
        const QUrl url(minted.json()
                           .value(QLatin1String("files"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QLatin1String("signed_url"))
                           .toString());
        QCOMPARE(
            httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, generatedContacts(800000), 120000).status,
            200);
        const HttpResult started = c.post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                          QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}});
        QCOMPARE(started.status, 201);
        run = started.json().value(QLatin1String("run_id")).toString();
        QElapsedTimer timer;
        timer.start();
        bool inPass = false;
        while (!inPass && timer.elapsed() < 60000) {
            const QJsonObject body = poll(c, migration, run);
            QVERIFY2(body.value(QLatin1String("status")).toString() == QLatin1String("queued") ||
                         body.value(QLatin1String("status")).toString() == QLatin1String("running"),
                     "the run ended before it could be interrupted");
            inPass = body.value(QLatin1String("message")).toString().contains(QLatin1String("rows read"));
            if (!inPass)
                QTest::qWait(5);
        }
        QVERIFY(inPass);
        server.kill();
    }

    QVERIFY2(server.start(kArgs), server.standardError().constData());
    ImportClient c(server);
    QElapsedTimer timer;
    timer.start();
    QJsonObject body;
    do {
        body = poll(c, migration, run);
        if (body.value(QLatin1String("status")).toString() == QLatin1String("awaiting_approval"))
            break;
        QTest::qWait(20);
    } while (timer.elapsed() < 120000);
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("awaiting_approval"));
    const QJsonObject preview = c.get(QStringLiteral("/migrations/%1/preview").arg(migration)).json();
    QCOMPARE(preview.value(QLatin1String("recipe_version")).toInt(), 1);
    const QJsonObject sheet = preview.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("rows")).toArray().size(), 51);
    QCOMPARE(sheet.value(QLatin1String("row_count")).toInteger(), 800000);

    bool requeued = false;
    for (const QJsonValue &v : c.get(QStringLiteral("/migrations/%1/thread").arg(migration))
                                   .json()
                                   .value(QLatin1String("events"))
                                   .toArray())
        requeued =
            requeued || v.toObject()
                            .value(QLatin1String("data"))
                            .toObject()
                            .value(QLatin1String("message"))
                            .toString()
                            .startsWith(QLatin1String("Queued again after a restart (interruption 1;"));
    QVERIFY(requeued);
    QVERIFY(!QDir(dir.path() + QStringLiteral("/migrations/%1/work-%2").arg(migration, run)).exists());
    QVERIFY(server.stop());
}

void TestMigrationRecovery::killedExecuteFailsAfterThreeInterruptionsAndResumesOtherwise()
{
    constexpr int kRows = 800000;
    QTemporaryDir dir;
    ServerProcess server(dir.path());
    QVERIFY2(server.start(kArgs), server.standardError().constData());
    QString migration;
    QString run;
    {
        ImportClient c(server);
        migration = bigMigration(c, kRows);
        QVERIFY(!migration.isEmpty());
        const QString generate = c.post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                        QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}})
                                     .json()
                                     .value(QLatin1String("run_id"))
                                     .toString();
        QCOMPARE(waitForEnd(c, migration, generate).value(QLatin1String("status")).toString(),
                 QStringLiteral("awaiting_approval"));
        const HttpResult started = c.post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                          QJsonObject{{QLatin1String("kind"), QStringLiteral("execute")}});
        QCOMPARE(started.status, 201);
        run = started.json().value(QLatin1String("run_id")).toString();
    }
    // Killed in the middle of its pass three times: queued again after the first two, failed after the third.
    for (int kill = 1; kill <= 3; ++kill) {
        ImportClient c(server);
        QVERIFY2(waitInPass(c, migration, run), qPrintable(QStringLiteral("kill %1").arg(kill)));
        server.kill();
        QVERIFY2(server.start(kArgs), server.standardError().constData());
    }
    ImportClient c(server);
    const QJsonObject failed = poll(c, migration, run);
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(
        failed.value(QLatin1String("error")).toString(),
        QStringLiteral("The run was interrupted 3 times (the server stopped while it ran); start it again"));
    QStringList statuses;
    for (const QJsonValue &v : c.get(QStringLiteral("/migrations/%1/thread").arg(migration))
                                   .json()
                                   .value(QLatin1String("events"))
                                   .toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("run_id")).toString() != run)
            continue;
        if (e.value(QLatin1String("type")).toString() == QLatin1String("error"))
            statuses.append(
                QStringLiteral("error: ") +
                e.value(QLatin1String("data")).toObject().value(QLatin1String("message")).toString());
        else if (e.value(QLatin1String("type")).toString() == QLatin1String("status"))
            statuses.append(
                e.value(QLatin1String("data")).toObject().value(QLatin1String("status")).toString());
    }
    QCOMPARE(statuses,
             (QStringList{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("queued"),
                          QStringLiteral("running"), QStringLiteral("queued"), QStringLiteral("running"),
                          QStringLiteral("error: ") + failed.value(QLatin1String("error")).toString(),
                          QStringLiteral("failed")}));
    // Nothing of it is stored, and none of its partial rows is left on disk.
    const HttpResult all =
        c.get(QStringLiteral("/migrations/%1/exports/contacts.csv?filter=all").arg(migration));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.header("X-Total-Records"), QByteArray("0"));
    QVERIFY(!QDir(dir.path() + QStringLiteral("/migrations/%1/rows-%2").arg(migration, run)).exists());
    QCOMPARE(c.get(QStringLiteral("/migrations/%1").arg(migration))
                 .json()
                 .value(QLatin1String("migration"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("awaiting_approval"));

    // The slot is free: a new execute, killed once, is redone to the whole report with no row twice.
    const HttpResult again = c.post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                    QJsonObject{{QLatin1String("kind"), QStringLiteral("execute")}});
    QCOMPARE(again.status, 201);
    const QString second = again.json().value(QLatin1String("run_id")).toString();
    QVERIFY(waitInPass(c, migration, second));
    server.kill();
    QVERIFY2(server.start(kArgs), server.standardError().constData());
    ImportClient after(server);
    const QJsonObject done = waitForEnd(after, migration, second);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(numberOf(reportOf(done), "inserted"), kRows);
    QCOMPARE(numberOf(reportOf(done), "invalidCellCount"), 0);
    // HEAD: the count without the 40 MB body; the stored rows file itself has each row once.
    const HttpResult stored = httpRequest(
        "HEAD",
        after.api().url(QStringLiteral("/migrations/%1/exports/contacts.csv?filter=all").arg(migration)),
        after.api().key());
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.header("X-Total-Records"), QByteArray::number(kRows));
    QFile rows(dir.path() + QStringLiteral("/migrations/%1/rows-%2/contacts/all.csv").arg(migration, second));
    QVERIFY(rows.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    while (!rows.atEnd()) {
        const QByteArray chunk = rows.read(1 << 20);
        lines += chunk.count('\n');
    }
    QCOMPARE(lines, qint64(kRows) + 1);
    QVERIFY(!QDir(dir.path() + QStringLiteral("/migrations/%1/work-%2").arg(migration, second)).exists());
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestMigrationRecovery)
#include "tst_server_migrationrecovery.moc"
