// SPDX-License-Identifier: GPL-3.0-or-later
// The Router in-process: route templates, 404 vs 405, guards, body caps. No network.
#include "server/router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <httplib.h>

#include <stdexcept>

using namespace godwit::server;

namespace {

httplib::Request makeRequest(const char *method, const char *path, httplib::Headers headers = {})
{
    httplib::Request request;
    request.method = method;
    request.path = path;
    request.headers = std::move(headers);
    return request;
}

QString errorOf(const httplib::Response &response)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(response.body))
        .object()
        .value(QLatin1String("error"))
        .toString();
}

// A body delivered in pieces, as httplib's reader would.
struct FakeBody {
    QList<QByteArray> pieces;
    int delivered = 0;
    bool called = false;
    httplib::ContentReader reader{
        [this](httplib::ContentReceiver receiver) {
            called = true;
            for (const QByteArray &piece : std::as_const(pieces)) {
                ++delivered;
                if (!receiver(piece.constData(), static_cast<size_t>(piece.size())))
                    return false;
            }
            return true;
        },
        [](httplib::MultipartContentHeader, httplib::ContentReceiver) { return false; }};
};

Router::Handler answer(int status, QString *seenTemplate = nullptr)
{
    return [status, seenTemplate](RequestContext &request, httplib::Response &response) {
        if (seenTemplate)
            *seenTemplate = request.routeTemplate();
        response.status = status;
    };
}

} // namespace

class TestRouter : public QObject {
    Q_OBJECT
private slots:
    void templateMatching_data();
    void templateMatching();
    void malformedTemplatesAreRejected_data();
    void malformedTemplatesAreRejected();
    void literalSegmentsBeatParameters();
    void duplicateRoutesAreRejected();
    void unknownPathIs404();
    void wrongMethodIs405WithAllow();
    void headIsAnsweredByGet();
    void handlerSeesTemplateAndParameters();
    void guardRunsBeforeRoutingUnderItsPrefixOnly();
    void bufferedBodyReachesHandler();
    void declaredLengthOverCapIs413WithoutReading();
    void chunkedBodyOverCapIs413WhileReading();
    void routeDeclaresItsOwnCap();
    void invalidContentLengthIs400();
    void preflightAnswersBeforeTheBody();
    void preflightLeavesFailuresToDispatch();
    void routePreflightAnswersBeforeTheBody();
    void unreadBodyClosesTheConnection();
};

void TestRouter::templateMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QStringList>("params"); // name=value pairs

    const QString run = QStringLiteral("/api/v1/companies/{id}/imports/{run_id}");
    QTest::newRow("literal") << QStringLiteral("/api/v1/sources") << QStringLiteral("/api/v1/sources") << true
                             << QStringList();
    QTest::newRow("literal is case-sensitive")
        << QStringLiteral("/api/v1/sources") << QStringLiteral("/api/v1/Sources") << false << QStringList();
    QTest::newRow("trailing slash") << QStringLiteral("/api/v1/sources") << QStringLiteral("/api/v1/sources/")
                                    << false << QStringList();
    QTest::newRow("two parameters") << run << QStringLiteral("/api/v1/companies/c-1/imports/r-2") << true
                                    << QStringList{QStringLiteral("id=c-1"), QStringLiteral("run_id=r-2")};
    QTest::newRow("too short") << run << QStringLiteral("/api/v1/companies/c-1/imports") << false
                               << QStringList();
    QTest::newRow("too long") << run << QStringLiteral("/api/v1/companies/c-1/imports/r-2/decisions") << false
                              << QStringList();
    QTest::newRow("empty parameter") << run << QStringLiteral("/api/v1/companies//imports/r-2") << false
                                     << QStringList();
    QTest::newRow("suffix") << QStringLiteral("/m/{migration_id}/exports/{template_slug}.csv")
                            << QStringLiteral("/m/42/exports/deal-stages.csv") << true
                            << QStringList{QStringLiteral("migration_id=42"),
                                           QStringLiteral("template_slug=deal-stages")};
    QTest::newRow("suffix missing") << QStringLiteral("/m/{id}/exports/{slug}.csv")
                                    << QStringLiteral("/m/42/exports/deals.json") << false << QStringList();
    QTest::newRow("suffix alone is not a value")
        << QStringLiteral("/m/{id}/exports/{slug}.csv") << QStringLiteral("/m/42/exports/.csv") << false
        << QStringList();
    QTest::newRow("literal file name")
        << QStringLiteral("/api/v1/companies/{id}/export.csv")
        << QStringLiteral("/api/v1/companies/7/export.csv") << true << QStringList{QStringLiteral("id=7")};
    QTest::newRow("relative path") << QStringLiteral("/a") << QStringLiteral("a") << false << QStringList();
}

void TestRouter::templateMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QFETCH(QStringList, params);

    const std::optional<RouteTemplate::Params> found = RouteTemplate(pattern).match(path);
    QCOMPARE(found.has_value(), matches);
    if (!found)
        return;
    QStringList actual;
    for (auto it = found->cbegin(); it != found->cend(); ++it)
        actual.append(it.key() + QLatin1Char('=') + it.value());
    actual.sort();
    params.sort();
    QCOMPARE(actual, params);
}

void TestRouter::malformedTemplatesAreRejected_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("relative") << QStringLiteral("api/v1");
    QTest::newRow("empty segment") << QStringLiteral("/api//v1");
    QTest::newRow("trailing slash") << QStringLiteral("/api/");
    QTest::newRow("unclosed") << QStringLiteral("/a/{id");
    QTest::newRow("unopened") << QStringLiteral("/a/id}");
    QTest::newRow("empty name") << QStringLiteral("/a/{}");
    QTest::newRow("two in a segment") << QStringLiteral("/a/{x}-{y}");
    QTest::newRow("duplicate name") << QStringLiteral("/a/{id}/b/{id}");
    QTest::newRow("bad name") << QStringLiteral("/a/{i-d}");
}

void TestRouter::malformedTemplatesAreRejected()
{
    QFETCH(QString, pattern);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RouteTemplate{pattern});
}

void TestRouter::literalSegmentsBeatParameters()
{
    // Registered in both orders: specificity, not order, decides.
    for (const bool genericFirst : {true, false}) {
        Router router;
        QString seen;
        const auto generic = [&] { router.get(QStringLiteral("/m/{id}/{child}"), answer(200, &seen)); };
        const auto specific = [&] { router.get(QStringLiteral("/m/{id}/files"), answer(200, &seen)); };
        if (genericFirst) {
            generic();
            specific();
        } else {
            specific();
            generic();
        }
        QCOMPARE(router.match(QStringLiteral("GET"), u"/m/1/files").route->pattern.pattern(),
                 QStringLiteral("/m/{id}/files"));
        QCOMPARE(router.match(QStringLiteral("GET"), u"/m/1/runs").route->pattern.pattern(),
                 QStringLiteral("/m/{id}/{child}"));
    }
}

void TestRouter::duplicateRoutesAreRejected()
{
    Router router;
    router.get(QStringLiteral("/a/{id}"), answer(200));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, router.get(QStringLiteral("/a/{other}"), answer(200)));
    router.post(QStringLiteral("/a/{id}"), answer(201)); // another method is another route
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             router.route(QStringLiteral("get"), QStringLiteral("/b"), answer(200)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             router.route(QStringLiteral("HEAD"), QStringLiteral("/b"), answer(200)));
}

void TestRouter::unknownPathIs404()
{
    Router router;
    router.get(QStringLiteral("/api/v1/sources"), answer(200));
    httplib::Response response;
    router.dispatch(makeRequest("GET", "/api/v1/nothing"), response, nullptr);
    QCOMPARE(response.status, 404);
    QCOMPARE(errorOf(response), QStringLiteral("Not found"));
    QCOMPARE(response.get_header_value("Content-Type"), std::string("application/json; charset=utf-8"));
    QVERIFY(!response.has_header("Allow"));
}

void TestRouter::wrongMethodIs405WithAllow()
{
    Router router;
    router.get(QStringLiteral("/r/{id}"), answer(200));
    router.del(QStringLiteral("/r/{id}"), answer(204));
    router.post(QStringLiteral("/r/{id}"), answer(201));
    router.put(QStringLiteral("/other/{id}"), answer(200));

    httplib::Response response;
    router.dispatch(makeRequest("PATCH", "/r/1"), response, nullptr);
    QCOMPARE(response.status, 405);
    QCOMPARE(errorOf(response), QStringLiteral("Method not allowed"));
    QCOMPARE(response.get_header_value("Allow"), std::string("GET, HEAD, POST, DELETE"));

    const Router::Match match = router.match(QStringLiteral("PUT"), u"/r/1");
    QCOMPARE(match.kind, Router::Match::MethodNotAllowed);
    QCOMPARE(router.match(QStringLiteral("PUT"), u"/other/1").kind, Router::Match::Found);
}

void TestRouter::headIsAnsweredByGet()
{
    Router router;
    QString seen;
    router.get(QStringLiteral("/a"), answer(200, &seen));
    httplib::Response response;
    router.dispatch(makeRequest("HEAD", "/a"), response, nullptr);
    QCOMPARE(response.status, 200);
    QCOMPARE(seen, QStringLiteral("/a"));
}

void TestRouter::handlerSeesTemplateAndParameters()
{
    Router router;
    QString templ, id, runId;
    router.get(QStringLiteral("/api/v1/companies/{id}/imports/{run_id}"),
               [&](RequestContext &request, httplib::Response &response) {
                   templ = request.routeTemplate();
                   id = request.param(QStringLiteral("id"));
                   runId = request.param(QStringLiteral("run_id"));
                   response.status = 200;
               });
    httplib::Response response;
    router.dispatch(makeRequest("GET", "/api/v1/companies/abc/imports/def"), response, nullptr);
    QCOMPARE(response.status, 200);
    QCOMPARE(templ, QStringLiteral("/api/v1/companies/{id}/imports/{run_id}"));
    QCOMPARE(id, QStringLiteral("abc"));
    QCOMPARE(runId, QStringLiteral("def"));
}

void TestRouter::guardRunsBeforeRoutingUnderItsPrefixOnly()
{
    Router router;
    int guarded = 0;
    router.addGuard(QStringLiteral("/api/v1"),
                    [&guarded](RequestContext &request, httplib::Response &response) {
                        ++guarded;
                        if (request.header("x-api-key") == "good") {
                            request.setAccountId(QStringLiteral("acct"));
                            return true;
                        }
                        response.status = 401;
                        return false;
                    });
    QString account;
    router.get(QStringLiteral("/api/v1/sources"),
               [&account](RequestContext &request, httplib::Response &response) {
                   account = request.accountId();
                   response.status = 200;
               });
    router.get(QStringLiteral("/health"), answer(200));

    struct Case {
        const char *method, *path, *key;
        int status;
        int guardedAfter;
    };
    const Case cases[] = {
        {"GET", "/api/v1/nothing", "", 401, 1},  // 401 before 404
        {"POST", "/api/v1/sources", "", 401, 2}, // 401 before 405
        {"GET", "/api/v1", "", 401, 3},          // the prefix itself
        {"GET", "/api/v1/nothing", "good", 404, 4},
        {"POST", "/api/v1/sources", "good", 405, 5},
        {"GET", "/api/v1/sources", "good", 200, 6},
        {"GET", "/api/v10/x", "", 404, 6}, // not under the prefix
        {"GET", "/health", "", 200, 6},
    };
    for (const Case &c : cases) {
        httplib::Response response;
        httplib::Headers headers;
        if (*c.key)
            headers.emplace("x-api-key", c.key);
        router.dispatch(makeRequest(c.method, c.path, headers), response, nullptr);
        QVERIFY2(response.status == c.status, c.path);
        QCOMPARE(guarded, c.guardedAfter);
    }
    QCOMPARE(account, QStringLiteral("acct"));
}

void TestRouter::bufferedBodyReachesHandler()
{
    Router router(100);
    QByteArray received;
    router.post(QStringLiteral("/echo"), [&received](RequestContext &request, httplib::Response &response) {
        received = request.body();
        response.status = 201;
    });
    FakeBody body{{QByteArray("{\"a\":"), QByteArray("1}")}};
    httplib::Response response;
    router.dispatch(makeRequest("POST", "/echo", {{"Content-Length", "7"}}), response, &body.reader);
    QCOMPARE(response.status, 201);
    QCOMPARE(received, QByteArray("{\"a\":1}"));
    QVERIFY(!response.has_header("Connection"));
}

void TestRouter::declaredLengthOverCapIs413WithoutReading()
{
    Router router(100);
    router.setDrainLimit(1000);
    bool handled = false;
    router.post(QStringLiteral("/echo"),
                [&handled](RequestContext &, httplib::Response &) { handled = true; });
    FakeBody body{{QByteArray(1001, 'x')}};
    httplib::Response response;
    router.dispatch(makeRequest("POST", "/echo", {{"Content-Length", "1001"}}), response, &body.reader);
    QCOMPARE(response.status, 413);
    QVERIFY(errorOf(response).contains(QLatin1String("100 bytes")));
    QVERIFY(!body.called);
    QVERIFY(!handled);
    QCOMPARE(response.get_header_value("Connection"), std::string("close"));

    // Over the cap but within the drain limit: 413 all the same, the body is discarded (never handed to
    // anyone) so the client can read the answer on a connection that stays usable.
    FakeBody small{{QByteArray(60, 'x'), QByteArray(60, 'y')}};
    httplib::Response drained;
    router.dispatch(makeRequest("POST", "/echo", {{"Content-Length", "120"}}), drained, &small.reader);
    QCOMPARE(drained.status, 413);
    QVERIFY(!handled);
    QCOMPARE(small.delivered, 2);
    QVERIFY(!drained.has_header("Connection"));

    // Exactly at the cap is fine.
    FakeBody atCap{{QByteArray(100, 'x')}};
    httplib::Response ok;
    router.dispatch(makeRequest("POST", "/echo", {{"Content-Length", "100"}}), ok, &atCap.reader);
    QVERIFY(handled);
}

void TestRouter::chunkedBodyOverCapIs413WhileReading()
{
    Router router(1000);
    bool handled = false;
    router.post(QStringLiteral("/echo"),
                [&handled](RequestContext &, httplib::Response &) { handled = true; });
    FakeBody body;
    for (int i = 0; i < 20; ++i)
        body.pieces.append(QByteArray(300, 'x'));
    httplib::Response response;
    router.dispatch(makeRequest("POST", "/echo", {{"Transfer-Encoding", "chunked"}}), response, &body.reader);
    QCOMPARE(response.status, 413);
    QVERIFY(!handled);
    QCOMPARE(body.delivered, 4); // stopped at the first piece past 1000 bytes, not at the end
    QCOMPARE(response.get_header_value("Connection"), std::string("close"));
}

void TestRouter::routeDeclaresItsOwnCap()
{
    Router router(100);
    QByteArray uploaded;
    RequestContext::ReadResult result = RequestContext::ReadResult::Failed;
    router.put(QStringLiteral("/storage/{token}"),
               [&](RequestContext &request, httplib::Response &response) {
                   QVERIFY(request.body().isEmpty()); // streamed routes read for themselves
                   result = request.readBody([&uploaded](const char *data, size_t length) {
                       uploaded.append(data, static_cast<qsizetype>(length));
                       return true;
                   });
                   response.status = result == RequestContext::ReadResult::Complete ? 200 : 413;
               },
               {BodyMode::Streamed, 5000});
    router.post(QStringLiteral("/json"), answer(200));
    router.setDrainLimit(10);
    QCOMPARE(router.largestMaxBodyBytes(), quint64(5000));
    router.setDrainLimit(6000);
    QCOMPARE(router.largestMaxBodyBytes(), quint64(6000));
    router.setDrainLimit(10);

    FakeBody big{{QByteArray(2500, 'a'), QByteArray(2500, 'b')}};
    httplib::Response response;
    router.dispatch(makeRequest("PUT", "/storage/t", {{"Content-Length", "5000"}}), response, &big.reader);
    QCOMPARE(response.status, 200);
    QCOMPARE(uploaded.size(), 5000);

    FakeBody tooBig{{QByteArray(2500, 'a'), QByteArray(2501, 'b')}};
    httplib::Response chunked;
    router.dispatch(makeRequest("PUT", "/storage/t", {{"Transfer-Encoding", "chunked"}}), chunked,
                    &tooBig.reader);
    QCOMPARE(result, RequestContext::ReadResult::TooLarge);

    FakeBody json{{QByteArray(101, 'x')}};
    httplib::Response jsonResponse;
    router.dispatch(makeRequest("POST", "/json", {{"Content-Length", "101"}}), jsonResponse, &json.reader);
    QCOMPARE(jsonResponse.status, 413); // the default cap still holds elsewhere
}

void TestRouter::invalidContentLengthIs400()
{
    Router router;
    router.post(QStringLiteral("/echo"), answer(200));
    FakeBody body{{QByteArray("x")}};
    httplib::Response response;
    router.dispatch(makeRequest("POST", "/echo", {{"Content-Length", "12abc"}}), response, &body.reader);
    QCOMPARE(response.status, 400);
    QVERIFY(!body.called);
}

void TestRouter::preflightAnswersBeforeTheBody()
{
    Router router(100);
    router.addGuard(QStringLiteral("/api"), [](RequestContext &request, httplib::Response &response) {
        if (request.hasHeader("x-api-key"))
            return true;
        response.status = 401;
        return false;
    });
    router.post(QStringLiteral("/api/echo"), answer(200));
    const httplib::Headers key{{"x-api-key", "k"}, {"Expect", "100-continue"}};

    httplib::Response fine;
    auto headers = key;
    headers.emplace("Content-Length", "50");
    QCOMPARE(router.preflight(makeRequest("POST", "/api/echo", headers), fine), 100);

    httplib::Response tooLarge;
    headers = key;
    headers.emplace("Content-Length", "5000");
    QCOMPARE(router.preflight(makeRequest("POST", "/api/echo", headers), tooLarge), 413);

    httplib::Response unauthorised;
    QCOMPARE(router.preflight(makeRequest("POST", "/api/echo", {{"Content-Length", "50"}}), unauthorised),
             401);

    httplib::Response wrongMethod;
    QCOMPARE(router.preflight(makeRequest("PUT", "/api/echo", key), wrongMethod), 405);
}

void TestRouter::routePreflightAnswersBeforeTheBody()
{
    Router router;
    RouteOptions options{BodyMode::Streamed, 1000, {}};
    int calls = 0;
    options.preflight = [&calls](RequestContext &request, httplib::Response &response) {
        ++calls;
        if (request.param(QStringLiteral("token")) == QLatin1String("good"))
            return true;
        response.status = 403;
        return false;
    };
    router.put(QStringLiteral("/storage/{token}"), answer(200), options);
    router.put(QStringLiteral("/plain/{token}"), answer(200));

    httplib::Response refused;
    QCOMPARE(router.preflight(makeRequest("PUT", "/storage/bad", {{"Content-Length", "50"}}), refused), 403);
    QCOMPARE(refused.get_header_value("Connection"), std::string("close"));
    httplib::Response allowed;
    QCOMPARE(router.preflight(makeRequest("PUT", "/storage/good", {{"Content-Length", "50"}}), allowed), 100);
    QCOMPARE(calls, 2);
    // The router's own checks come first: over the cap, the route's preflight is not asked.
    httplib::Response tooLarge;
    QCOMPARE(router.preflight(makeRequest("PUT", "/storage/good", {{"Content-Length", "5000"}}), tooLarge),
             413);
    QCOMPARE(calls, 2);
    httplib::Response plain;
    QCOMPARE(router.preflight(makeRequest("PUT", "/plain/x", {{"Content-Length", "50"}}), plain), 100);
}

void TestRouter::preflightLeavesFailuresToDispatch()
{
    Router router;
    router.addGuard(QStringLiteral("/api"), [](RequestContext &, httplib::Response &response) -> bool {
        response.status = 418;
        throw std::runtime_error("database is locked");
    });
    router.post(QStringLiteral("/api/echo"), answer(200));
    httplib::Response response;
    QCOMPARE(router.preflight(makeRequest("POST", "/api/echo", {{"Content-Length", "5"}}), response), 100);
    QCOMPARE(response.status,
             -1); // untouched: dispatch() will fail again, inside httplib's exception handling
    QVERIFY(response.body.empty());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             router.dispatch(makeRequest("POST", "/api/echo"), response, nullptr));
}

void TestRouter::unreadBodyClosesTheConnection()
{
    Router router;
    router.setDrainLimit(5);
    router.del(QStringLiteral("/thing"),
               [](RequestContext &, httplib::Response &response) { response.status = 204; },
               {BodyMode::Streamed, 0});
    FakeBody body{{QByteArray("ignored")}};
    httplib::Response response;
    router.dispatch(makeRequest("DELETE", "/thing", {{"Content-Length", "7"}}), response, &body.reader);
    QCOMPARE(response.status, 204);
    QVERIFY(!body.called);
    QCOMPARE(response.get_header_value("Connection"), std::string("close"));

    httplib::Response noBody;
    router.dispatch(makeRequest("DELETE", "/thing"), noBody, &body.reader);
    QVERIFY(!noBody.has_header("Connection"));

    // Within the drain limit the unread body is discarded instead, and the connection stays open.
    router.setDrainLimit(100);
    FakeBody small{{QByteArray("ignored")}};
    httplib::Response drained;
    router.dispatch(makeRequest("DELETE", "/thing", {{"Content-Length", "7"}}), drained, &small.reader);
    QCOMPARE(drained.status, 204);
    QVERIFY(small.called);
    QVERIFY(!drained.has_header("Connection"));

    // Answered early (404) with a chunked body longer than the drain limit: read up to the limit, then close.
    FakeBody endless;
    for (int i = 0; i < 10; ++i)
        endless.pieces.append(QByteArray(40, 'z'));
    httplib::Response notFound;
    router.dispatch(makeRequest("POST", "/nothing", {{"Transfer-Encoding", "chunked"}}), notFound,
                    &endless.reader);
    QCOMPARE(notFound.status, 404);
    QCOMPARE(endless.delivered, 3);
    QCOMPARE(notFound.get_header_value("Connection"), std::string("close"));
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
