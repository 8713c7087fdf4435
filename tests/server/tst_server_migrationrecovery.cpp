// SPDX-License-Identifier: GPL-3.0-or-later
// Migration run durability: the server killed (SIGKILL) in the middle of a generate run, then started
// again on the same data: the run is queued again, redone from the start to one preview (recipe
// version 1), the thread says why, and the run's work directory is gone afterwards.
#include "importclient.h"

#include <QDir>
#include <QTemporaryDir>

using namespace godwit::test;

class TestMigrationRecovery : public QObject {
    Q_OBJECT
private slots:
    void killedMidGenerateIsRunAgain();
};

namespace {

const QStringList kArgs = {QStringLiteral("--rate-limit"), QStringLiteral("0")};

QJsonObject poll(const ImportClient &c, const QString &migration, const QString &run)
{
    return c.get(QStringLiteral("/migrations/%1/runs/%2").arg(migration, run)).json();
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
        requeued = requeued ||
                   v.toObject().value(QLatin1String("data")).toObject().value(QLatin1String("message")) ==
                       QStringLiteral("Queued again after a restart");
    QVERIFY(requeued);
    QVERIFY(!QDir(dir.path() + QStringLiteral("/migrations/%1/work-%2").arg(migration, run)).exists());
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestMigrationRecovery)
#include "tst_server_migrationrecovery.moc"
