// SPDX-License-Identifier: GPL-3.0-or-later
// The connection's retry policy: the arithmetic, then real requests against a scripted HTTP
// peer of the test's own (429 with and without Retry-After, 500, dropped connections, silence).
#include "app/api/apiconnection.h"
#include "app/api/apirequest.h"
#include "app/api/retrypolicy.h"
#include "support/scriptedpeer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace godwit::app;
using namespace std::chrono_literals;

namespace {

using godwit::test::ScriptedPeer;

// Every request of these tests goes to /api/v1/things and takes the next answer.
void script(ScriptedPeer &peer, const QList<QByteArray> &answers)
{
    for (const QByteArray &a : answers)
        peer.addAnswer("/api/v1/things", a);
}

QByteArray answer(const QByteArray &statusLine, const QByteArray &body = "{}",
                  const QByteArray &extraHeaders = {})
{
    return ScriptedPeer::answer(statusLine, body, extraHeaders);
}

class Request : public ApiRequest {
public:
    Request(const QByteArray &method, bool idempotent = false)
        : ApiRequest(method, QStringLiteral("/things"))
    {
        if (method == "POST") {
            setJsonBody(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
            setIdempotent(idempotent);
        }
    }
};

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.baseDelay = 20ms;
    policy.maxDelay = 200ms;
    policy.defaultRateLimitPause = 150ms;
    return policy;
}

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void backoffGrowsAndIsCapped();
    void whatIsRetried_data();
    void whatIsRetried();
    void rateLimitPause_data();
    void rateLimitPause();

    void getRetriesServerErrorsThenSucceeds();
    void plainPostIsNeverRetriedAfterAServerError();
    void idempotentPostIsRetried();
    void droppedConnectionIsRetriedForGet();
    void givesUpAfterMaxAttempts();
    void rateLimitPausesTheWholeConnection();
    void rateLimitWithoutHeadersUsesABackoff();
    void abortWhileWaitingToRetry();
    void perRequestAttemptCap();
};

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    RetryPolicy policy;
    policy.jitter = 0;
    QCOMPARE(policy.backoff(1, 0.5), 500ms);
    QCOMPARE(policy.backoff(2, 0.5), 1000ms);
    QCOMPARE(policy.backoff(3, 0.5), 2000ms);
    QCOMPARE(policy.backoff(20, 0.5), 30000ms);
    policy.jitter = 0.25;
    QCOMPARE(policy.backoff(1, 0.0), 375ms);
    QCOMPARE(policy.backoff(1, 1.0), 625ms);
    QVERIFY(policy.backoff(30, 1.0) <= policy.maxDelay);
}

void TestRetryPolicy::whatIsRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("retried");
    QTest::newRow("network, GET") << int(ApiStatus::NetworkError) << true << true;
    QTest::newRow("network, plain POST") << int(ApiStatus::NetworkError) << false << false;
    QTest::newRow("timeout, GET") << int(ApiStatus::Timeout) << true << true;
    QTest::newRow("timeout, plain POST") << int(ApiStatus::Timeout) << false << false;
    QTest::newRow("5xx, keyed POST") << int(ApiStatus::ServerError) << true << true;
    QTest::newRow("5xx, plain POST") << int(ApiStatus::ServerError) << false << false;
    QTest::newRow("429, plain POST") << int(ApiStatus::RateLimited) << false << true;
    QTest::newRow("400") << int(ApiStatus::ClientError) << true << false;
    QTest::newRow("401") << int(ApiStatus::Unauthorized) << true << false;
    QTest::newRow("404") << int(ApiStatus::NotFound) << true << false;
    QTest::newRow("409") << int(ApiStatus::Conflict) << true << false;
    QTest::newRow("413") << int(ApiStatus::TooLarge) << true << false;
    QTest::newRow("canceled") << int(ApiStatus::Canceled) << true << false;
    QTest::newRow("invalid answer") << int(ApiStatus::InvalidResponse) << true << false;
}

void TestRetryPolicy::whatIsRetried()
{
    QFETCH(int, status);
    QFETCH(bool, idempotent);
    QFETCH(bool, retried);
    RetryPolicy policy;
    QCOMPARE(policy.retryDelay(1, ApiStatus(status), idempotent, 0.5).has_value(), retried);
    QVERIFY(!policy.retryDelay(policy.maxAttempts, ApiStatus(status), idempotent, 0.5));
}

void TestRetryPolicy::rateLimitPause_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<qint64>("expectedMs"); // -1: no hint
    const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(7, 0, 0), Qt::UTC);
    QTest::newRow("seconds") << QByteArray("3") << QByteArray() << qint64(3000);
    QTest::newRow("fractional") << QByteArray("0.25") << QByteArray() << qint64(250);
    QTest::newRow("http date") << QByteArray("Sun, 22 Nov 2026 07:00:10 GMT") << QByteArray()
                               << qint64(10000);
    QTest::newRow("date in the past")
        << QByteArray("Sun, 22 Nov 2026 06:00:00 GMT") << QByteArray() << qint64(0);
    QTest::newRow("reset epoch") << QByteArray() << QByteArray::number(now.toSecsSinceEpoch() + 42)
                                 << qint64(42000);
    QTest::newRow("reset seconds") << QByteArray() << QByteArray("7") << qint64(7000);
    QTest::newRow("retry-after wins") << QByteArray("1") << QByteArray("60") << qint64(1000);
    QTest::newRow("nothing") << QByteArray() << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << QByteArray("later") << qint64(-1);
}

void TestRetryPolicy::rateLimitPause()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, reset);
    QFETCH(qint64, expectedMs);
    const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(7, 0, 0), Qt::UTC);
    const auto pause = RetryPolicy::rateLimitPause(retryAfter, reset, now);
    if (expectedMs < 0)
        QVERIFY(!pause);
    else
        QCOMPARE(pause.value_or(-1ms).count(), expectedMs);
}

void TestRetryPolicy::getRetriesServerErrorsThenSucceeds()
{
    ScriptedPeer peer;
    script(peer, {answer("500 Internal Server Error"), answer("503 Service Unavailable"), answer("200 OK")});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    connection.setRetryPolicy(fastPolicy());
    QSignalSpy retries(&connection, &ApiConnection::retryScheduled);
    Request request("GET");
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    QVERIFY(finished.wait(5000));
    QVERIFY2(request.result().ok(), qPrintable(request.result().message));
    QCOMPARE(request.attempts(), 3);
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).at(1).toInt(), 2); // "attempt 2 of 5" is next
    QCOMPARE(peer.requests().size(), 3);
}

void TestRetryPolicy::plainPostIsNeverRetriedAfterAServerError()
{
    ScriptedPeer peer;
    script(peer, {answer("500 Internal Server Error"), answer("201 Created")});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    connection.setRetryPolicy(fastPolicy());
    Request request("POST");
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    QVERIFY(finished.wait(5000));
    QCOMPARE(request.result().status, ApiStatus::ServerError);
    QCOMPARE(request.attempts(), 1);
    QTest::qWait(100);
    QCOMPARE(peer.requests().size(), 1); // the server may have created it: never a duplicate
}

void TestRetryPolicy::idempotentPostIsRetried()
{
    ScriptedPeer peer;
    script(peer, {answer("502 Bad Gateway"), answer("201 Created")});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    connection.setRetryPolicy(fastPolicy());
    Request request("POST", true);
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    QVERIFY(finished.wait(5000));
    QVERIFY(request.result().ok());
    QCOMPARE(request.attempts(), 2);
    QVERIFY(peer.requests().at(1).startsWith("POST /api/v1/things"));
}

void TestRetryPolicy::droppedConnectionIsRetriedForGet()
{
    ScriptedPeer peer;
    script(peer, {ScriptedPeer::drop(), ScriptedPeer::drop(), ScriptedPeer::drop(), answer("200 OK")});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    connection.setRetryPolicy(fastPolicy());
    Request request("GET");
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    QVERIFY(finished.wait(5000));
    QVERIFY2(request.result().ok(), qPrintable(request.result().message));
    QVERIFY(request.attempts() >= 2);
    QCOMPARE(peer.requests().size(), 4);
}

void TestRetryPolicy::givesUpAfterMaxAttempts()
{
    ScriptedPeer peer;
    script(peer, {answer("500 Internal Server Error", R"({"error":"database is down"})")});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 3;
    connection.setRetryPolicy(policy);
    Request request("GET");
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    QVERIFY(finished.wait(5000));
    QCOMPARE(request.result().status, ApiStatus::ServerError);
    QCOMPARE(request.result().message, QStringLiteral("database is down"));
    QCOMPARE(request.attempts(), 3);
    QCOMPARE(peer.requests().size(), 3);
}

void TestRetryPolicy::rateLimitPausesTheWholeConnection()
{
    ScriptedPeer peer;
    script(peer, {answer("429 Too Many Requests", R"({"error":"Too many requests"})", "Retry-After: 0.4\r\n"),
                  answer("200 OK")});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    connection.setRetryPolicy(fastPolicy());
    QSignalSpy limited(&connection, &ApiConnection::rateLimited);
    QSignalSpy lifted(&connection, &ApiConnection::rateLimitLifted);
    QElapsedTimer clock;
    clock.start();
    Request first("POST"); // 429 means nothing was done: even a plain POST is retried
    QSignalSpy firstDone(&first, &ApiRequest::finished);
    first.start(&connection);
    QVERIFY(limited.wait(3000));
    QVERIFY(connection.isPaused());

    // A request started during the pause waits for it too.
    Request second("GET");
    QSignalSpy secondDone(&second, &ApiRequest::finished);
    second.start(&connection);
    QTest::qWait(100);
    QCOMPARE(peer.requests().size(), 1);

    QVERIFY(firstDone.wait(3000) || firstDone.size() == 1);
    QVERIFY(secondDone.size() == 1 || secondDone.wait(3000));
    QVERIFY(clock.elapsed() >= 390);
    QVERIFY(first.result().ok());
    QVERIFY(second.result().ok());
    QCOMPARE(first.attempts(), 2);
    QCOMPARE(second.attempts(), 1);
    QVERIFY(lifted.size() == 1 || lifted.wait(1000));
    QVERIFY(!connection.isPaused());
}

void TestRetryPolicy::rateLimitWithoutHeadersUsesABackoff()
{
    ScriptedPeer peer;
    script(peer, {answer("429 Too Many Requests", R"({"error":"Too many requests"})"), answer("200 OK")});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    connection.setRetryPolicy(fastPolicy());
    QSignalSpy limited(&connection, &ApiConnection::rateLimited);
    Request request("GET");
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    QVERIFY(finished.wait(3000));
    QVERIFY(request.result().ok());
    QCOMPARE(limited.size(), 1);
    QCOMPARE(request.attempts(), 2);
}

void TestRetryPolicy::abortWhileWaitingToRetry()
{
    ScriptedPeer peer;
    script(peer, {answer("503 Service Unavailable")});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    RetryPolicy policy = fastPolicy();
    policy.baseDelay = 2000ms;
    policy.maxDelay = 2000ms;
    connection.setRetryPolicy(policy);
    QSignalSpy retries(&connection, &ApiConnection::retryScheduled);
    Request request("GET");
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    QVERIFY(retries.wait(3000));
    QVERIFY(request.isRunning());
    request.abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(request.result().status, ApiStatus::Canceled);
    QVERIFY(!request.isRunning());
    QTest::qWait(50);
    QCOMPARE(peer.requests().size(), 1);
}

void TestRetryPolicy::perRequestAttemptCap()
{
    ScriptedPeer peer;
    script(peer, {ScriptedPeer::silence()});
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("k"));
    connection.setRetryPolicy(fastPolicy());
    connection.setTimeout(150);
    Request probe("GET");
    probe.setMaxAttempts(1);
    QSignalSpy finished(&probe, &ApiRequest::finished);
    probe.start(&connection);
    QVERIFY(finished.wait(3000));
    QCOMPARE(probe.result().status, ApiStatus::Timeout);
    QCOMPARE(probe.attempts(), 1);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
