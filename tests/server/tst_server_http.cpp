// SPDX-License-Identifier: GPL-3.0-or-later
// HttpServer in-process over real HTTP on 127.0.0.1: caps, timeouts, httplib's own errors as JSON, stopping.
#include "server/httpserver.h"
#include "server/json.h"
#include "server/router.h"
#include "support/http.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <httplib.h>

#include <future>
#include <stdexcept>
#include <thread>

using namespace godwit::server;
using godwit::test::httpRequest;

namespace {

QJsonObject errorBody(const char *message)
{
    return QJsonObject{{QLatin1String("error"), QLatin1String(message)}};
}

struct RawResponse {
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closedByServer = false; // before a whole response arrived
    bool asksToClose() const { return head.toLower().contains("\r\nconnection: close"); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Sends bytes as they are and reads one response; `pieces` are written one after another, each flushed.
RawResponse rawExchange(quint16 port, const QList<QByteArray> &pieces, int timeoutMs = 10000)
{
    RawResponse result;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs))
        return result;
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        if (!socket.waitForBytesWritten(timeoutMs))
            break;
    }
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    while (timer.elapsed() < timeoutMs) {
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            result.head = data.left(headerEnd);
            result.status = result.head.mid(9, 3).toInt();
            for (const QByteArray &line : result.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (headerEnd >= 0 && length >= 0 && data.size() >= headerEnd + 4 + length)
            break;
        if (!socket.waitForReadyRead(int(timeoutMs - timer.elapsed()))) {
            result.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
            break;
        }
        data += socket.readAll();
    }
    if (headerEnd >= 0)
        result.body = data.mid(headerEnd + 4, length);
    return result;
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace

class TestHttpServer : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void answersJson();
    void unknownPathAndWrongMethodAreJson();
    void declaredBodyOverCapIs413BeforeTheBodyIsSent();
    void smallBodyOverCapIsDiscardedAndTheConnectionReused();
    void chunkedBodyOverCapIs413WhileReading();
    void chunkedBodyWithinCapIsRead();
    void uploadRouteHasItsOwnCap();
    void httplibOwnErrorsAreJson();
    void oversizedHeadersAre431();
    void exceptionIs500Json();
    void slowClientTimesOut();
    void stopFinishesTheRequestInFlight();
    void stopBeforeServeStillStops();
    void busyPortIsReported();

private:
    void startServer(const HttpLimits &limits);
    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path)));
    }

    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpServer> m_server;
    std::thread m_thread;
    std::atomic<bool> m_served{false};
    quint16 m_port = 0;
    std::promise<void> m_slowEntered;
    std::promise<void> m_slowRelease;
};

void TestHttpServer::init()
{
    m_slowEntered = {};
    m_slowRelease = {};
    m_router = std::make_unique<Router>(100);
    const auto sizeOfBody = [](RequestContext &request, httplib::Response &response) {
        sendJson(response, 200, QJsonObject{{QLatin1String("size"), request.body().size()}});
    };
    m_router->post(QStringLiteral("/echo"), sizeOfBody);
    m_router->put(QStringLiteral("/upload/{name}"),
                  [](RequestContext &request, httplib::Response &response) {
                      qint64 size = 0;
                      const auto result = request.readBody([&size](const char *, size_t length) {
                          size += qint64(length);
                          return true;
                      });
                      if (result == RequestContext::ReadResult::TooLarge)
                          sendError(response, 413, QStringLiteral("File too large"));
                      else
                          sendJson(response, 200, QJsonObject{{QLatin1String("size"), size}});
                  },
                  {BodyMode::Streamed, 5000});
    m_router->get(QStringLiteral("/boom"),
                  [](RequestContext &, httplib::Response &) { throw std::runtime_error("kaboom"); });
    m_router->get(QStringLiteral("/slow"), [this](RequestContext &, httplib::Response &response) {
        m_slowEntered.set_value();
        m_slowRelease.get_future().wait();
        sendJson(response, 200, QJsonObject{{QLatin1String("slow"), true}});
    });
}

void TestHttpServer::startServer(const HttpLimits &limits)
{
    m_server = std::make_unique<HttpServer>(*m_router, limits);
    QString error;
    const std::optional<quint16> port = m_server->bind(QStringLiteral("127.0.0.1"), 0, &error);
    QVERIFY2(port, qPrintable(error));
    m_port = *port;
    m_served = false;
    m_thread = std::thread([this] { m_served = m_server->serve(); });
}

void TestHttpServer::cleanup()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
    m_router.reset();
}

void TestHttpServer::answersJson()
{
    startServer({});
    const auto result = httpRequest("POST", url("/echo"), {}, "{\"a\":1}");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(result.json().value(QLatin1String("size")).toInt(), 7);
}

void TestHttpServer::unknownPathAndWrongMethodAreJson()
{
    startServer({});
    const auto missing = httpRequest("GET", url("/nothing"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json(), errorBody("Not found"));
    const auto wrong = httpRequest("DELETE", url("/echo"));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("POST"));
    QCOMPARE(wrong.json(), errorBody("Method not allowed"));
}

void TestHttpServer::declaredBodyOverCapIs413BeforeTheBodyIsSent()
{
    startServer({});
    // Headers only: if the server waited for the announced 100 MB, this would time out instead.
    const RawResponse response =
        rawExchange(m_port, {"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                             "Content-Length: 100000000\r\n\r\n"});
    QCOMPARE(response.status, 413);
    QVERIFY(response.json().value(QLatin1String("error")).toString().contains(QLatin1String("100 bytes")));
    QVERIFY(response.asksToClose());

    // Same with Expect: 100-continue: the answer comes instead of "100 Continue".
    const RawResponse expect =
        rawExchange(m_port, {"POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n"
                             "Content-Length: 1000\r\n\r\n"});
    QCOMPARE(expect.status, 413);
    QVERIFY(expect.json().contains(QLatin1String("error")));
}

void TestHttpServer::smallBodyOverCapIsDiscardedAndTheConnectionReused()
{
    startServer({});
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(socket.waitForConnected(5000));
    const auto exchange = [&socket](const QByteArray &request, const QByteArray &lastBytes) {
        socket.write(request);
        QByteArray received;
        while (!received.endsWith(lastBytes) && socket.waitForReadyRead(5000))
            received += socket.readAll();
        return received;
    };
    // (One request at a time: httplib 0.11 drops pipelined requests.)
    const QByteArray first = exchange(
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3000\r\n\r\n" + QByteArray(3000, 'x'), "\"}");
    QVERIFY2(first.startsWith("HTTP/1.1 413"), first.constData());
    QVERIFY(!first.toLower().contains("connection: close"));
    const QByteArray second = exchange("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n{}", "}");
    QVERIFY2(second.startsWith("HTTP/1.1 200"), second.constData());
    QVERIFY(second.endsWith("{\"size\":2}"));
}

void TestHttpServer::chunkedBodyOverCapIs413WhileReading()
{
    startServer({});
    const QByteArray fifty(50, 'x');
    // 150 bytes in three chunks, never terminated: the server must answer once the cap (100) is passed.
    const RawResponse response =
        rawExchange(m_port, {"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n",
                             chunk(fifty), chunk(fifty), chunk(fifty)});
    QCOMPARE(response.status, 413);
    QVERIFY(response.json().contains(QLatin1String("error")));
    QVERIFY(response.asksToClose()); // the rest of the body will not be read
}

void TestHttpServer::chunkedBodyWithinCapIsRead()
{
    startServer({});
    const RawResponse response =
        rawExchange(m_port, {"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n",
                             chunk("{\"a\":"), chunk("[1,2]}"), "0\r\n\r\n"});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(QLatin1String("size")).toInt(), 11);
}

void TestHttpServer::uploadRouteHasItsOwnCap()
{
    startServer({});
    const auto upload =
        httpRequest("PUT", url("/upload/a.csv"), {{"Content-Type", "text/csv"}}, QByteArray(4000, 'u'));
    QCOMPARE(upload.status, 200);
    QCOMPARE(upload.json().value(QLatin1String("size")).toInt(), 4000);
    const RawResponse tooBig =
        rawExchange(m_port, {"PUT /upload/a.csv HTTP/1.1\r\nHost: t\r\nContent-Length: 5001\r\n\r\n" +
                             QByteArray(5001, 'u')});
    QCOMPARE(tooBig.status, 413);
    QVERIFY(tooBig.json().value(QLatin1String("error")).toString().contains(QLatin1String("5000 bytes")));
    const auto json = httpRequest("POST", url("/echo"), {}, QByteArray(101, ' '));
    QCOMPARE(json.status, 413);
}

void TestHttpServer::httplibOwnErrorsAreJson()
{
    startServer({});
    const RawResponse longUri =
        rawExchange(m_port, {"GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: t\r\n\r\n"});
    QCOMPARE(longUri.status, 414);
    QCOMPARE(longUri.json().value(QLatin1String("error")).toString(), QStringLiteral("Request URI too long"));

    const RawResponse garbage = rawExchange(m_port, {"NONSENSE\r\n\r\n"});
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.json().value(QLatin1String("error")).toString(), QStringLiteral("Bad request"));
}

void TestHttpServer::oversizedHeadersAre431()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 16 * 1024;
    startServer(limits);
    QByteArray request = "GET /nothing HTTP/1.1\r\nHost: t\r\n";
    for (int i = 0; i < 20; ++i)
        request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'f') + "\r\n";
    const RawResponse response = rawExchange(m_port, {request + "\r\n"});
    QCOMPARE(response.status, 431);
    QVERIFY(response.json().contains(QLatin1String("error")));

    const auto normal = httpRequest("GET", url("/nothing"), {{"X-Small", "1"}});
    QCOMPARE(normal.status, 404);
}

void TestHttpServer::exceptionIs500Json()
{
    startServer({});
    const auto result = httpRequest("GET", url("/boom"));
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json(), errorBody("Internal server error"));
    QVERIFY(!result.body.contains("kaboom")); // details go to the log, not to the client
}

void TestHttpServer::slowClientTimesOut()
{
    HttpLimits limits;
    limits.readTimeoutSeconds = 1;
    startServer(limits);
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /nothing HTTP/1.1\r\nHost: t\r\n"); // and then nothing more
    QVERIFY(socket.waitForBytesWritten(5000));
    QElapsedTimer timer;
    timer.start();
    // The server gives up on the headers after the read timeout (1 s) and answers 400.
    QVERIFY(socket.waitForReadyRead(10000));
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QByteArray response = socket.readAll();
    while (!response.contains("}") && socket.waitForReadyRead(2000))
        response += socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 400"), response.constData());
    QVERIFY(response.contains("{\"error\":"));
}

void TestHttpServer::stopFinishesTheRequestInFlight()
{
    startServer({});
    std::future<RawResponse> response = std::async(std::launch::async, [port = m_port] {
        return rawExchange(port, {"GET /slow HTTP/1.1\r\nHost: t\r\n\r\n"});
    });
    m_slowEntered.get_future().wait();
    std::thread stopper([this] { m_server->stop(); });
    stopper.join();
    // Not accepting any more: the listening socket is closed...
    QTcpSocket late;
    late.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(!late.waitForConnected(5000));
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
    // ...but the request in flight still gets its answer.
    m_slowRelease.set_value();
    const RawResponse answered = response.get();
    QCOMPARE(answered.status, 200);
    QCOMPARE(answered.json().value(QLatin1String("slow")).toBool(), true);
    m_thread.join();
    QVERIFY(m_served);
}

void TestHttpServer::stopBeforeServeStillStops()
{
    HttpServer server(*m_router, {});
    QString error;
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, &error));
    server.stop();
    QVERIFY(server.serve()); // returns (true: it was asked to stop) instead of serving forever
}

void TestHttpServer::busyPortIsReported()
{
    startServer({});
    HttpServer second(*m_router, {});
    QString error;
    QVERIFY(!second.bind(QStringLiteral("127.0.0.1"), m_port, &error));
    QVERIFY2(error.contains(QString::number(m_port)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_server_http.moc"
