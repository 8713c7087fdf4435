// SPDX-License-Identifier: GPL-3.0-or-later
// RunTracker against a real godwit-server: a clean import followed to completed; the backoff while
// nothing changes (and back to the shortest wait on a change); nudge; several runs at once; a
// restart (a new tracker on the same store) follows an unfinished run again to its end.
#include "app/api/apiconnection.h"
#include "app/runtracker.h"
#include "server/importclient.h"
#include "support/serverprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit::app;
using godwit::test::ImportClient;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

class TestRunTracker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void backoffArithmetic();
    void followsAnImportToCompleted();
    void backsOffWhileNothingChanges();
    void nudgePollsAtOnce();
    void severalRunsAtOnce();
    void restartFollowsAnUnfinishedRunToItsEnd();
    void lostRunStops();

private:
    QString pausedRun(QString *companyId);

    QTemporaryDir m_dir;
    godwit::test::ServerProcess m_server;
    std::unique_ptr<ImportClient> m_client;
    ApiConnection m_connection;
};

void TestRunTracker::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    m_client = std::make_unique<ImportClient>(m_server);
}

QString TestRunTracker::pausedRun(QString *companyId)
{
    *companyId = m_client->createCompany();
    if (companyId->isEmpty())
        return {};
    const QString runId =
        m_client->importFile(*companyId, QStringLiteral("contacts.csv"), godwit::test::kBadEmails);
    if (runId.isEmpty())
        return {};
    const QJsonObject body = m_client->waitForRun(*companyId, runId);
    return body.value(QLatin1String("status")).toString() == QLatin1String("needs_attention") ? runId
                                                                                              : QString();
}

void TestRunTracker::backoffArithmetic()
{
    RunTracker tracker(&m_connection);
    QCOMPARE(tracker.minInterval(), 2000);
    QCOMPARE(tracker.maxInterval(), 15000);
    QList<int> waits{tracker.nextInterval(0, false)};
    while (waits.constLast() < 15000 && waits.size() < 20)
        waits.append(tracker.nextInterval(waits.constLast(), false));
    QCOMPARE(waits, (QList<int>{2000, 3000, 4500, 6750, 10125, 15000}));
    QCOMPARE(tracker.nextInterval(15000, false), 15000);
    QCOMPARE(tracker.nextInterval(15000, true), 2000);
}

void TestRunTracker::followsAnImportToCompleted()
{
    RunTracker tracker(&m_connection);
    tracker.setIntervals(50, 400);
    const QString company = m_client->createCompany();
    const QString runId =
        m_client->importFile(company, QStringLiteral("contacts.csv"), godwit::test::kCleanContacts);
    QVERIFY(!runId.isEmpty());
    QSignalSpy finished(&tracker, &RunTracker::runFinished);
    QSignalSpy attention(&tracker, &RunTracker::needsAttention);
    const QString key = tracker.track(RunTracker::Kind::Import, company, runId, {},
                                      QStringLiteral("Clean AG"), QStringLiteral("queued"));
    QCOMPARE(key, runId);
    QVERIFY(tracker.isTracked(key));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toString(), key);
    const RunTracker::Run *run = tracker.run(key);
    QVERIFY(run);
    QCOMPARE(run->status.status, QStringLiteral("completed"));
    QVERIFY(run->isFinished());
    QVERIFY(run->finishedAt.isValid());
    QCOMPARE(run->timeline.first().status, QStringLiteral("queued"));
    QCOMPARE(run->timeline.constLast().status, QStringLiteral("completed"));
    QCOMPARE(run->status.report.rows, 5);
    QVERIFY(!run->history.isEmpty());
    QCOMPARE(run->history.constLast().done, 5);
    QCOMPARE(run->history.constLast().flagged, 0);
    QCOMPARE(run->label, QStringLiteral("Clean AG"));
    QCOMPARE(attention.size(), 0);
    QCOMPARE(tracker.activeCount(), 0);
    // Stopped: no more polls.
    const int polls = tracker.pollCount();
    QTest::qWait(600);
    QCOMPARE(tracker.pollCount(), polls);
}

void TestRunTracker::backsOffWhileNothingChanges()
{
    QString company;
    const QString runId = pausedRun(&company);
    QVERIFY(!runId.isEmpty());
    RunTracker tracker(&m_connection);
    tracker.setIntervals(40, 320, 2.0);
    QSignalSpy attention(&tracker, &RunTracker::needsAttention);
    const QString key = tracker.track(RunTracker::Kind::Import, company, runId);
    QVERIFY(attention.wait(10000));
    QCOMPARE(attention.size(), 1);
    // Paused: every poll sees the same answer, so the waits double up to the longest.
    QList<int> intervals;
    QSignalSpy changed(&tracker, &RunTracker::runChanged);
    QVERIFY(waitFor(
        [&] {
            const int now = tracker.run(key)->intervalMs;
            if (intervals.isEmpty() || intervals.constLast() != now)
                intervals.append(now);
            return now == 320 && intervals.size() >= 3;
        },
        10000));
    QVERIFY2(intervals.contains(160) && intervals.contains(320),
             qPrintable(QStringLiteral("intervals seen: %1").arg(QVariant::fromValue(intervals).toString())));
    QVERIFY(tracker.run(key)->polling);
    QCOMPARE(changed.size(), 0);   // nothing changed for the user
    QCOMPARE(attention.size(), 1); // said once, not at every poll
    // The longest wait holds: about 3 polls a second at most now.
    const int before = tracker.pollCount();
    QTest::qWait(1000);
    QVERIFY2(tracker.pollCount() - before <= 4, qPrintable(QString::number(tracker.pollCount() - before)));

    // A change (the run is canceled) brings the shortest wait back, and the end stops it.
    QSignalSpy finished(&tracker, &RunTracker::runFinished);
    QCOMPARE(m_client->cancel(company, runId).status, 200);
    // The test's own HTTP call waits in a nested event loop: a poll can see the end during it.
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    QCOMPARE(tracker.run(key)->status.status, QStringLiteral("canceled"));
    QCOMPARE(tracker.run(key)->intervalMs, 40);
}

void TestRunTracker::nudgePollsAtOnce()
{
    QString company;
    const QString runId = pausedRun(&company);
    QVERIFY(!runId.isEmpty());
    RunTracker tracker(&m_connection);
    tracker.setIntervals(60000, 60000); // never on its own within this test
    QSignalSpy attention(&tracker, &RunTracker::needsAttention);
    const QString key = tracker.track(RunTracker::Kind::Import, company, runId);
    QVERIFY(attention.wait(10000)); // the first poll is at once
    QCOMPARE(
        m_client->decide(company, runId, QJsonObject{{QStringLiteral("decision"), QStringLiteral("reject")}})
            .status,
        200);
    QSignalSpy finished(&tracker, &RunTracker::runFinished);
    QVERIFY(!finished.wait(300)); // not polled by itself
    tracker.nudge(key);
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.run(key)->status.status, QStringLiteral("completed"));
    // The timeline has every step with its time.
    QStringList steps;
    for (const auto &step : tracker.run(key)->timeline) {
        QVERIFY(step.at.isValid());
        steps.append(step.status);
    }
    QCOMPARE(steps, (QStringList{QStringLiteral("needs_attention"), QStringLiteral("completed")}));
}

void TestRunTracker::severalRunsAtOnce()
{
    RunTracker tracker(&m_connection);
    tracker.setIntervals(50, 400);
    QStringList keys;
    for (int i = 0; i < 3; ++i) {
        const QString company = m_client->createCompany();
        const QString runId = m_client->importFile(company, QStringLiteral("contacts.csv"),
                                                   godwit::test::generatedContacts(200 + i));
        QVERIFY(!runId.isEmpty());
        keys.append(tracker.track(RunTracker::Kind::Import, company, runId));
    }
    QCOMPARE(tracker.keys(), (QStringList{keys[2], keys[1], keys[0]}));
    QVERIFY(waitFor([&] { return tracker.activeCount() == 0; }));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(tracker.run(keys[i])->status.status, QStringLiteral("completed"));
        QCOMPARE(tracker.run(keys[i])->status.report.rows, 200 + i);
    }
}

void TestRunTracker::restartFollowsAnUnfinishedRunToItsEnd()
{
    const QString store = m_dir.filePath(QStringLiteral("restart"));
    QString company;
    const QString runId = pausedRun(&company);
    QVERIFY(!runId.isEmpty());
    QString finishedKey;
    {
        auto first = std::make_unique<RunTracker>(&m_connection);
        first->setIntervals(50, 400);
        QSignalSpy loaded(first.get(), &RunTracker::loaded);
        first->setStoreDirectory(store);
        QVERIFY(loaded.wait(5000));
        // One run that ends before the restart, one that does not.
        const QString other = m_client->createCompany();
        const QString done =
            m_client->importFile(other, QStringLiteral("contacts.csv"), godwit::test::kCleanContacts);
        QSignalSpy finished(first.get(), &RunTracker::runFinished);
        finishedKey = first->track(RunTracker::Kind::Import, other, done);
        QSignalSpy attention(first.get(), &RunTracker::needsAttention);
        first->track(RunTracker::Kind::Import, company, runId, {}, QStringLiteral("Restart AG"));
        QVERIFY(attention.wait(10000));
        QVERIFY(waitFor([&] { return !finished.isEmpty(); }));
        first->waitForStore();
        QVERIFY(QFile::exists(first->storePath()));
        // The console quits (its tracker goes with it) while the run waits at needs_attention.
    }

    RunTracker second(&m_connection);
    second.setIntervals(50, 400);
    QSignalSpy loaded(&second, &RunTracker::loaded);
    QSignalSpy finished(&second, &RunTracker::runFinished);
    second.setStoreDirectory(store);
    QVERIFY(loaded.wait(5000));
    QVERIFY(second.isTracked(runId));
    QVERIFY(second.isTracked(finishedKey));
    QVERIFY(second.run(runId)->polling);
    QCOMPARE(second.run(runId)->label, QStringLiteral("Restart AG"));
    QCOMPARE(second.run(runId)->status.status, QStringLiteral("needs_attention"));
    QVERIFY(!second.run(finishedKey)->polling); // ended runs are listed, not polled
    QCOMPARE(second.run(finishedKey)->status.status, QStringLiteral("completed"));
    QCOMPARE(second.activeCount(), 1);

    // The user decides elsewhere; the restarted tracker follows the run to its end.
    QCOMPARE(
        m_client->decide(company, runId, QJsonObject{{QStringLiteral("decision"), QStringLiteral("accept")}})
            .status,
        200);
    QVERIFY(!finished.isEmpty() || finished.wait(30000)); // (the end may come during the nested loop)
    QCOMPARE(finished.first().first().toString(), runId);
    const RunTracker::Run *run = second.run(runId);
    QCOMPARE(run->status.status, QStringLiteral("completed"));
    QCOMPARE(run->status.planVersion, 2);
    QCOMPARE(run->timeline.first().status, QStringLiteral("needs_attention")); // from before the restart
    QCOMPARE(run->timeline.constLast().status, QStringLiteral("completed"));
    second.waitForStore();

    // And a third start finds it ended.
    RunTracker third(&m_connection);
    QSignalSpy loadedThird(&third, &RunTracker::loaded);
    third.setStoreDirectory(store);
    QVERIFY(loadedThird.wait(5000));
    QCOMPARE(third.activeCount(), 0);
    QCOMPARE(third.run(runId)->status.status, QStringLiteral("completed"));
}

void TestRunTracker::lostRunStops()
{
    RunTracker tracker(&m_connection);
    tracker.setIntervals(50, 400);
    const QString company = m_client->createCompany();
    QSignalSpy finished(&tracker, &RunTracker::runFinished);
    const QString key = tracker.track(RunTracker::Kind::Import, company,
                                      QStringLiteral("00000000-0000-4000-8000-00000000000a"));
    QVERIFY(finished.wait(10000));
    QVERIFY(tracker.run(key)->lost);
    QCOMPARE(tracker.run(key)->lastErrorStatus, ApiStatus::NotFound);
    QVERIFY(!tracker.run(key)->polling);
}

QTEST_GUILESS_MAIN(TestRunTracker)
#include "tst_runtracker.moc"
