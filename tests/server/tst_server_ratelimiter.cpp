// SPDX-License-Identifier: GPL-3.0-or-later
// RateLimiter in process (fixed windows, bounded memory, threads) and the real server's 429 over HTTP.
#include "server/ratelimiter.h"
#include "support/http.h"
#include "support/serverprocess.h"

#include <QDateTime>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using godwit::server::RateLimiter;
using godwit::test::httpRequest;
using godwit::test::HttpResult;
using godwit::test::ServerProcess;

class TestRateLimiter : public QObject {
    Q_OBJECT
private slots:
    void countsDownWithinAWindow();
    void aNewWindowStartsAgain();
    void keysAreCountedApart();
    void zeroMeansOff();
    void memoryIsBounded();
    void threadsNeverExceedTheLimit();
    void serverAnswers429WithHeaders();
    void serverCountsPerRouteTemplateAfterAuth();
};

void TestRateLimiter::countsDownWithinAWindow()
{
    qint64 now = 60000 * 1000 + 15000; // 15 s into a window
    RateLimiter limiter(3, 60, [&now] { return now; });
    RateLimiter::Decision d = limiter.hit("k");
    QVERIFY(d.allowed);
    QCOMPARE(d.limit, 3);
    QCOMPARE(d.remaining, 2);
    QCOMPARE(d.resetSeconds, 45);
    QVERIFY(limiter.hit("k").allowed);
    now += 500;
    d = limiter.hit("k");
    QVERIFY(d.allowed);
    QCOMPARE(d.remaining, 0);
    QCOMPARE(d.resetSeconds, 45); // 44.5 s rounded up
    d = limiter.hit("k");
    QVERIFY(!d.allowed);
    QCOMPARE(d.remaining, 0);
}

void TestRateLimiter::aNewWindowStartsAgain()
{
    qint64 now = 120000 * 1000 + 59999;
    RateLimiter limiter(1, 60, [&now] { return now; });
    QVERIFY(limiter.hit("k").allowed);
    QVERIFY(!limiter.hit("k").allowed);
    now += 1; // the next window
    const RateLimiter::Decision d = limiter.hit("k");
    QVERIFY(d.allowed);
    QCOMPARE(d.resetSeconds, 60);
}

void TestRateLimiter::keysAreCountedApart()
{
    qint64 now = 0;
    RateLimiter limiter(1, 60, [&now] { return now; });
    QVERIFY(limiter.hit("a").allowed);
    QVERIFY(limiter.hit("b").allowed);
    QVERIFY(!limiter.hit("a").allowed);
    QCOMPARE(limiter.trackedKeys(), 2);
}

void TestRateLimiter::zeroMeansOff()
{
    RateLimiter limiter(0);
    QVERIFY(!limiter.enabled());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.hit("k").allowed);
    QCOMPARE(limiter.trackedKeys(), 0);
}

void TestRateLimiter::memoryIsBounded()
{
    qint64 now = 0;
    RateLimiter limiter(
        5, 60, [&now] { return now; }, 10);
    for (int i = 0; i < 10; ++i)
        QVERIFY(limiter.hit(QByteArray::number(i)).allowed);
    QVERIFY(!limiter.hit("new").allowed); // full: fails closed
    QVERIFY(limiter.hit("3").allowed);    // known keys still count
    QCOMPARE(limiter.trackedKeys(), 10);
    now += 60000; // a new window drops the old counters
    QVERIFY(limiter.hit("new").allowed);
    QCOMPARE(limiter.trackedKeys(), 1);
}

void TestRateLimiter::threadsNeverExceedTheLimit()
{
    RateLimiter limiter(500, 3600); // one window for the whole test
    std::atomic<int> allowed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i)
                allowed += limiter.hit("shared").allowed ? 1 : 0;
        });
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(allowed.load(), 500);
}

void TestRateLimiter::serverAnswers429WithHeaders()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--rate-limit"), QStringLiteral("3"),
                           QStringLiteral("--rate-limit-window"), QStringLiteral("6")}),
             server.standardError());
    const QUrl url(server.baseUrl().toString() + QStringLiteral("/sources"));
    const QList<QPair<QByteArray, QByteArray>> key{{"x-api-key", server.apiKey().toUtf8()}};
    // Requests at the very end of a window would straddle two: start early in one.
    while (QDateTime::currentMSecsSinceEpoch() % 6000 > 1000)
        QTest::qWait(50);
    for (int i = 0; i < 3; ++i) {
        const HttpResult ok = httpRequest("GET", url, key);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(ok.header("X-RateLimit-Remaining"), QByteArray::number(2 - i));
    }
    const HttpResult limited = httpRequest("GET", url, key);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json(), QJsonObject({{QLatin1String("error"), QLatin1String("Too many requests")}}));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 6, limited.header("Retry-After"));
    QCOMPARE(limited.header("X-RateLimit-Reset").toInt(), retryAfter);
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));

    // The window resets: after Retry-After seconds the same request passes again.
    QTest::qWait(retryAfter * 1000 + 50);
    QCOMPARE(httpRequest("GET", url, key).status, 200);
}

void TestRateLimiter::serverCountsPerRouteTemplateAfterAuth()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--rate-limit"), QStringLiteral("2")}), server.standardError());
    const QString base = server.baseUrl().toString();
    const QList<QPair<QByteArray, QByteArray>> key{{"x-api-key", server.apiKey().toUtf8()}};
    while (QDateTime::currentMSecsSinceEpoch() % 60000 > 50000)
        QTest::qWait(200);
    // Without a key: 401, never 429, and not counted.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(httpRequest("GET", QUrl(base + QStringLiteral("/companies"))).status, 401);
    // Two different ids are one route template: {id}.
    QCOMPARE(httpRequest("GET",
                         QUrl(base + QStringLiteral("/companies/00000000-0000-4000-8000-000000000001")), key)
                 .status,
             404);
    QCOMPARE(httpRequest("GET",
                         QUrl(base + QStringLiteral("/companies/00000000-0000-4000-8000-000000000002")), key)
                 .status,
             404);
    QCOMPARE(httpRequest("GET",
                         QUrl(base + QStringLiteral("/companies/00000000-0000-4000-8000-000000000003")), key)
                 .status,
             429);
    // Another route and another method keep their own counts.
    QCOMPARE(httpRequest("GET", QUrl(base + QStringLiteral("/companies")), key).status, 200);
    QCOMPARE(httpRequest("GET", QUrl(base + QStringLiteral("/companies")), key).status, 200);
    QCOMPARE(httpRequest("GET", QUrl(base + QStringLiteral("/companies")), key).status, 429);
    QCOMPARE(httpRequest("POST", QUrl(base + QStringLiteral("/companies")), key, "{}").status, 400);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_server_ratelimiter.moc"
