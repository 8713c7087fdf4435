// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadStream (app/threadstream.h) against a real godwit-server: a live run followed over SSE,
// a dropped connection resumed with Last-Event-ID (no event lost or repeated), a restart from
// `after`, the polling fallback, stop().
#include "app/api/apiconnection.h"
#include "app/api/migrationruns.h"
#include "app/api/migrations.h"
#include "app/threadstream.h"
#include "support/http.h"
#include "support/serverprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace godwit::app;

namespace {
bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000);
}

QList<qint64> sequences(const QList<ThreadEvent> &events)
{
    QList<qint64> out;
    for (const ThreadEvent &event : events)
        out.append(event.sequence);
    return out;
}
} // namespace

class TestThreadStream : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void followsALiveRunAcrossADrop();
    void restartsAfterASequence();
    void pollsWhenTheStreamIsOff();
    void unknownMigrationFallsBackAndSaysSo();

private:
    QString migrationWithFile(int rows);
    QList<ThreadEvent> snapshot(const QString &id, qint64 after = 0);
    QString startRun(const QString &id, const QString &kind, const QString &message = {});

    godwit::test::ServerProcess m_server;
    ApiConnection m_connection;
    int m_counter = 0;
};

void TestThreadStream::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
}

QString TestThreadStream::migrationWithFile(int rows)
{
    CreateMigrationRequest create(QStringLiteral("Stream %1").arg(++m_counter), {}, {},
                                  {QStringLiteral("contacts")});
    if (!run(create, m_connection) || !create.result().ok())
        return {};
    const QString id = create.migration().id;
    MintMigrationFilesRequest mint(id, {{QStringLiteral("contacts.csv"), QStringLiteral("text/csv")}});
    if (!run(mint, m_connection) || !mint.result().ok())
        return {};
    QByteArray csv = "first_name,last_name,email\r\n";
    for (int i = 0; i < rows; ++i)
        csv += "Name" + QByteArray::number(i) + ",Last,user" + QByteArray::number(i) + "@example.com\r\n";
    if (godwit::test::httpRequest("PUT", mint.uploads().at(0).url, {{"Content-Type", "text/csv"}}, csv, 60000)
            .status != 200)
        return {};
    return id;
}

QList<ThreadEvent> TestThreadStream::snapshot(const QString &id, qint64 after)
{
    GetThreadRequest thread(id, after, 1000);
    if (!run(thread, m_connection) || !thread.result().ok())
        return {};
    return thread.events();
}

QString TestThreadStream::startRun(const QString &id, const QString &kind, const QString &message)
{
    StartMigrationRunRequest start(id, kind, message);
    if (!run(start, m_connection) || !start.result().ok())
        return {};
    return start.runId();
}

void TestThreadStream::followsALiveRunAcrossADrop()
{
    const QString id = migrationWithFile(150000);
    QVERIFY(!id.isEmpty());
    ThreadStream stream(&m_connection, id);
    stream.setIdleInterval(200);
    QList<ThreadEvent> received;
    bool dropped = false;
    qint64 sequenceAtDrop = 0;
    connect(&stream, &ThreadStream::eventReceived, this, [&](const ThreadEvent &event) {
        received.append(event);
        // Drop the connection in the middle of the run, once.
        if (!dropped && stream.mode() == ThreadStream::Mode::Streaming) {
            dropped = true;
            sequenceAtDrop = event.sequence;
            QMetaObject::invokeMethod(
                &stream, [&stream] { stream.dropConnection(); }, Qt::QueuedConnection);
        }
    });
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(stream.mode(), ThreadStream::Mode::Waiting, 10000); // nothing yet: done
    QVERIFY(received.isEmpty());
    const int before = stream.connectionCount();

    const QString runId = startRun(id, QStringLiteral("generate"));
    QVERIFY(!runId.isEmpty());
    stream.wake();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(received.begin(), received.end(),
                    [](const ThreadEvent &e) { return e.type == QLatin1String("preview"); }),
        60000);
    QVERIFY(dropped);
    QVERIFY(sequenceAtDrop > 0);
    // The woken connection and the one after the drop. A run this short may have sent all its
    // events (the preview included) before the drop took effect: the reconnect comes after it.
    QTRY_VERIFY_WITH_TIMEOUT(stream.connectionCount() >= before + 2, 5000);
    // The reconnect asked for what came after the last event seen.
    QTRY_VERIFY_WITH_TIMEOUT(stream.lastEventIdSent() >= sequenceAtDrop, 5000);

    // Every event of the thread, each once, in order — the drop lost nothing.
    QTRY_COMPARE_WITH_TIMEOUT(sequences(received), sequences(snapshot(id)), 10000);
    for (const ThreadEvent &event : received)
        QCOMPARE(event.runId, runId);
    stream.stop();
    QCOMPARE(stream.mode(), ThreadStream::Mode::Stopped);
}

void TestThreadStream::restartsAfterASequence()
{
    const QString id = migrationWithFile(10);
    QVERIFY(!id.isEmpty());
    const QString runId = startRun(id, QStringLiteral("generate"));
    QVERIFY(!runId.isEmpty());
    // One snapshot per try: begin() and end() must come from the same list.
    const auto finished = [this, &id] {
        const QList<ThreadEvent> events = snapshot(id);
        return std::any_of(events.cbegin(), events.cend(), [](const ThreadEvent &e) {
            return e.type == QLatin1String("completed") || e.type == QLatin1String("preview");
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(finished(), 30000);
    const QList<ThreadEvent> all = snapshot(id);
    QVERIFY(all.size() >= 3);
    const qint64 after = all.at(1).sequence;

    ThreadStream stream(&m_connection, id);
    QSignalSpy done(&stream, &ThreadStream::streamDone);
    QList<ThreadEvent> received;
    connect(&stream, &ThreadStream::eventReceived, this,
            [&received](const ThreadEvent &event) { received.append(event); });
    stream.start(after);
    QVERIFY(done.wait(10000));
    QCOMPARE(stream.lastEventIdSent(), after);
    QCOMPARE(sequences(received), sequences(snapshot(id, after)));
    QCOMPARE(received.first().sequence, all.at(2).sequence);
    QCOMPARE(done.last().at(0).toLongLong(), all.last().sequence);
}

void TestThreadStream::pollsWhenTheStreamIsOff()
{
    const QString id = migrationWithFile(10);
    QVERIFY(!id.isEmpty());
    ThreadStream stream(&m_connection, id);
    stream.setStreamEnabled(false);
    stream.setPollInterval(100);
    QList<ThreadEvent> received;
    connect(&stream, &ThreadStream::eventReceived, this,
            [&received](const ThreadEvent &event) { received.append(event); });
    stream.start();
    QCOMPARE(stream.mode(), ThreadStream::Mode::Polling);
    QVERIFY(!startRun(id, QStringLiteral("generate")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(received.begin(), received.end(),
                    [](const ThreadEvent &e) { return e.type == QLatin1String("preview"); }),
        30000);
    QTRY_COMPARE_WITH_TIMEOUT(sequences(received), sequences(snapshot(id)), 5000);
    QCOMPARE(stream.connectionCount(), 0);

    stream.stop();
    const qsizetype seen = received.size();
    QVERIFY(!startRun(id, QStringLiteral("clarify"), QStringLiteral("email?")).isEmpty());
    QTest::qWait(500);
    QCOMPARE(received.size(), seen); // stopped: nothing more
}

void TestThreadStream::unknownMigrationFallsBackAndSaysSo()
{
    ThreadStream stream(&m_connection, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    stream.setPollInterval(100);
    QSignalSpy problem(&stream, &ThreadStream::problem);
    stream.start();
    QVERIFY(problem.wait(10000));
    QCOMPARE(stream.mode(), ThreadStream::Mode::Polling);
    QVERIFY2(problem.first().at(0).toString().contains(QLatin1String("not found"), Qt::CaseInsensitive),
             qPrintable(problem.first().at(0).toString()));
    stream.stop();
}

QTEST_GUILESS_MAIN(TestThreadStream)
#include "tst_threadstream.moc"
