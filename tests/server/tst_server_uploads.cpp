// SPDX-License-Identifier: GPL-3.0-or-later
// The storage host over real HTTP: signed single-use PUTs, declared type and size, expiry, kill -9 in the
// middle of a PUT, and a 200 MB streamed PUT with the server's memory measured.
#include "apiclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace godwit::test;

namespace {

QByteArray chunkOf(qint64 index, qint64 size)
{
    // Deterministic, not constant: every 1 MiB block differs.
    QByteArray chunk(size, Qt::Uninitialized);
    quint32 state = quint32(index * 2654435761u + 1);
    for (qint64 i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        chunk[i] = char('a' + (state >> 24) % 26);
    }
    return chunk;
}

// Writes the request head of a PUT to the signed URL; the caller sends the body.
bool sendPutHead(QTcpSocket &socket, const QUrl &url, const QByteArray &contentType, qint64 length)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return false;
    const QByteArray head =
        "PUT " + url.path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(url.port()) +
        "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(length) +
        "\r\nConnection: close\r\n\r\n";
    socket.write(head);
    return socket.waitForBytesWritten(5000);
}

} // namespace

class TestUploads : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void putStoresTheBytesOnceAndOnlyOnce();
    void wrongContentTypeIs400AndKeepsTheToken();
    void parallelPutsWithOneTokenStoreOnce();
    void wrongSizeIs400();
    void unknownOrTamperedTokenIs403();
    void expiredTokenIs403();
    void expectContinueIsRefusedBeforeTheBody();
    void migrationFilesLandAndMakeItReady();
    void migrationFilesValidation();
    void killedInTheMiddleOfAPutLeavesNothing();
    void largePutStreamsWithFlatMemory();

private:
    bool startServer(const QStringList &extra = {});
    QString newCompany();
    // What the API says of a migration: files listed as landed, and its status.
    qsizetype listedFileCount(const QString &migration);
    QString migrationStatus(const QString &migration);
    QJsonObject mint(const QString &companyId, const QString &name, const QString &type, qint64 size);
    QString newMigration();

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_api;
    int m_counter = 0;
};

void TestUploads::init()
{
#if defined(__SANITIZE_ADDRESS__)
    // ASan keeps freed blocks in a quarantine (256 MB by default) instead of reusing them, which
    // would read as memory growth in largePutStreamsWithFlatMemory. Reuse them, as a normal build does.
    static const bool once = [] {
        QByteArray options = qgetenv("ASAN_OPTIONS");
        options += (options.isEmpty() ? "" : ":") + QByteArray("quarantine_size_mb=0");
        return qputenv("ASAN_OPTIONS", options);
    }();
    Q_UNUSED(once);
#endif
    m_server = std::make_unique<ServerProcess>();
}

void TestUploads::cleanup()
{
    m_api.reset();
    m_server.reset();
}

bool TestUploads::startServer(const QStringList &extra)
{
    if (!m_server->start(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")} + extra)) {
        qWarning() << m_server->standardError();
        return false;
    }
    m_api = std::make_unique<ApiClient>(*m_server);
    return true;
}

qsizetype TestUploads::listedFileCount(const QString &migration)
{
    return m_api->get(QStringLiteral("/migrations/%1/files").arg(migration))
        .json()
        .value(QLatin1String("files"))
        .toArray()
        .size();
}

QString TestUploads::migrationStatus(const QString &migration)
{
    return m_api->get(QStringLiteral("/migrations/") + migration)
        .json()
        .value(QLatin1String("migration"))
        .toObject()
        .value(QLatin1String("status"))
        .toString();
}

QString TestUploads::newCompany()
{
    const HttpResult created =
        m_api->post(QStringLiteral("/companies"),
                    QJsonObject{{QLatin1String("name"), QStringLiteral("Co %1").arg(++m_counter)},
                                {QLatin1String("source"), kSalesforce}});
    return created.json().value(QLatin1String("company")).toObject().value(QLatin1String("id")).toString();
}

QJsonObject TestUploads::mint(const QString &companyId, const QString &name, const QString &type, qint64 size)
{
    const HttpResult minted = m_api->post(QStringLiteral("/companies/%1/uploads").arg(companyId),
                                          QJsonObject{{QLatin1String("name"), name},
                                                      {QLatin1String("content_type"), type},
                                                      {QLatin1String("size"), size}});
    if (minted.status != 201)
        qWarning() << minted.status << minted.body;
    return minted.json();
}

QString TestUploads::newMigration()
{
    const HttpResult created =
        m_api->post(QStringLiteral("/migrations"),
                    QJsonObject{{QLatin1String("name"), QStringLiteral("M %1").arg(++m_counter)}});
    return created.json().value(QLatin1String("migration")).toObject().value(QLatin1String("id")).toString();
}

void TestUploads::putStoresTheBytesOnceAndOnlyOnce()
{
    QVERIFY(startServer());
    const QByteArray bytes = "email,name\r\na@example.com,A\r\n";
    const QJsonObject minted =
        mint(newCompany(), QStringLiteral("contacts.csv"), QStringLiteral("text/csv"), bytes.size());
    const QUrl url(minted.value(QLatin1String("upload_url")).toString());
    // No API key: the token authorises the PUT. A charset parameter does not change the media type.
    const HttpResult put = httpRequest("PUT", url, {{"Content-Type", "text/csv; charset=utf-8"}}, bytes);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json(), QJsonObject());
    const QString id = url.path().section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    QFile stored(m_server->dataDir() + QStringLiteral("/uploads/files/") + id);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), bytes);
    QCOMPARE(QDir(m_server->dataDir() + QStringLiteral("/uploads/tmp")).entryList(QDir::Files).size(), 0);

    const HttpResult again = httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, bytes);
    QCOMPARE(again.status, 403);
    QCOMPARE(errorOf(again), QStringLiteral("This upload URL has already been used"));
    QVERIFY(m_server->stop());
}

void TestUploads::parallelPutsWithOneTokenStoreOnce()
{
    QVERIFY(startServer());
    const QByteArray bytes(64 * 1024, 'z');
    const QUrl url(mint(newCompany(), QStringLiteral("p.csv"), QStringLiteral("text/csv"), bytes.size())
                       .value(QLatin1String("upload_url"))
                       .toString());
    const QList<HttpResult> results = inParallel(6, [&](int) {
        return httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, bytes);
    });
    int stored = 0;
    int refused = 0;
    for (const HttpResult &result : results) {
        stored += result.status == 200 ? 1 : 0;
        refused += result.status == 403 ? 1 : 0;
    }
    QCOMPARE(stored, 1);
    QCOMPARE(refused, 5);
    QCOMPARE(QDir(m_server->dataDir() + QStringLiteral("/uploads/files")).entryList(QDir::Files).size(), 1);
}

void TestUploads::wrongContentTypeIs400AndKeepsTheToken()
{
    QVERIFY(startServer());
    const QJsonObject minted = mint(newCompany(), QStringLiteral("c.csv"), QStringLiteral("text/csv"), 3);
    const QUrl url(minted.value(QLatin1String("upload_url")).toString());
    const HttpResult wrong = httpRequest("PUT", url, {{"Content-Type", "application/json"}}, "abc");
    QCOMPARE(wrong.status, 400);
    QVERIFY(errorOf(wrong).startsWith(QStringLiteral("Content-Type must be text/csv")));
    // Refused before any byte was taken: the URL is still good for the right request.
    QCOMPARE(httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, "abc").status, 200);
}

void TestUploads::wrongSizeIs400()
{
    QVERIFY(startServer());
    const QString company = newCompany();
    const QUrl shorter(mint(company, QStringLiteral("c.csv"), QStringLiteral("text/csv"), 10)
                           .value(QLatin1String("upload_url"))
                           .toString());
    const HttpResult tooShort = httpRequest("PUT", shorter, {{"Content-Type", "text/csv"}}, "abc");
    QCOMPARE(tooShort.status, 400);
    QCOMPARE(errorOf(tooShort),
             QStringLiteral("Content-Length must equal the declared size: 10 bytes, not 3"));
    const QUrl longer(mint(company, QStringLiteral("d.csv"), QStringLiteral("text/csv"), 2)
                          .value(QLatin1String("upload_url"))
                          .toString());
    QCOMPARE(httpRequest("PUT", longer, {{"Content-Type", "text/csv"}}, "abc").status, 400);
    QCOMPARE(QDir(m_server->dataDir() + QStringLiteral("/uploads/files")).entryList(QDir::Files).size(), 0);
}

void TestUploads::unknownOrTamperedTokenIs403()
{
    QVERIFY(startServer());
    const QUrl url(mint(newCompany(), QStringLiteral("c.csv"), QStringLiteral("text/csv"), 3)
                       .value(QLatin1String("upload_url"))
                       .toString());
    QString tampered = url.toString();
    tampered.chop(2);
    tampered += QStringLiteral("AA");
    const HttpResult forged = httpRequest("PUT", QUrl(tampered), {{"Content-Type", "text/csv"}}, "abc");
    QCOMPARE(forged.status, 403);
    QCOMPARE(errorOf(forged), QStringLiteral("Invalid upload token"));
    QCOMPARE(httpRequest("PUT",
                         QUrl(m_server->baseUrl().toString().replace(
                             QLatin1String("/api/v1"), QLatin1String("/storage/v1/upload/nope"))),
                         {{"Content-Type", "text/csv"}}, "abc")
                 .status,
             403);
    QCOMPARE(httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, "abc").status, 200);
}

void TestUploads::expiredTokenIs403()
{
    QVERIFY(startServer({QStringLiteral("--upload-token-ttl"), QStringLiteral("1")}));
    const QUrl url(mint(newCompany(), QStringLiteral("c.csv"), QStringLiteral("text/csv"), 3)
                       .value(QLatin1String("upload_url"))
                       .toString());
    QTest::qWait(2100);
    const HttpResult expired = httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, "abc");
    QCOMPARE(expired.status, 403);
    QCOMPARE(errorOf(expired), QStringLiteral("This upload URL has expired"));
}

void TestUploads::expectContinueIsRefusedBeforeTheBody()
{
    QVERIFY(startServer());
    const QUrl url(mint(newCompany(), QStringLiteral("c.csv"), QStringLiteral("text/csv"), 5)
                       .value(QLatin1String("upload_url"))
                       .toString());
    const auto head = [&url](const QByteArray &type, qint64 length) -> QByteArray {
        return "PUT " + url.path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(length) + "\r\nExpect: 100-continue\r\n\r\n";
    };
    const auto firstAnswer = [](QTcpSocket &socket) {
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        return answer;
    };
    // A wrong type is refused instead of "100 Continue": the body is never sent.
    QTcpSocket wrongType;
    wrongType.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
    QVERIFY(wrongType.waitForConnected(5000));
    wrongType.write(head("text/plain", 5));
    QVERIFY(firstAnswer(wrongType).startsWith("HTTP/1.1 400"));
    // The right request is told to go on, then stored.
    QTcpSocket right;
    right.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
    QVERIFY(right.waitForConnected(5000));
    right.write(head("text/csv", 5));
    QVERIFY(firstAnswer(right).startsWith("HTTP/1.1 100"));
    right.write("a,b\r\n");
    QByteArray done;
    while (!done.contains("{}") && right.waitForReadyRead(5000))
        done += right.readAll();
    QVERIFY2(done.startsWith("HTTP/1.1 200"), done.constData());
    // Used: the next one is refused before its body.
    QTcpSocket used;
    used.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
    QVERIFY(used.waitForConnected(5000));
    used.write(head("text/csv", 5));
    QVERIFY(firstAnswer(used).startsWith("HTTP/1.1 403"));
    // The token's signature never reaches the log.
    QVERIFY(m_server->stop());
    const QByteArray signature = url.path().section(QLatin1Char('.'), -1).toLatin1();
    QVERIFY(signature.size() > 20);
    QVERIFY(!m_server->standardError().contains(signature));
    QVERIFY(m_server->standardError().contains("/storage/v1/upload/"));
}

void TestUploads::migrationFilesLandAndMakeItReady()
{
    QVERIFY(startServer());
    const QString migration = newMigration();
    const HttpResult minted = m_api->post(
        QStringLiteral("/migrations/%1/files").arg(migration),
        QJsonObject{
            {QLatin1String("files"),
             QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("contacts.csv")}},
                        QJsonObject{{QLatin1String("name"), QLatin1String("deals.json")},
                                    {QLatin1String("content_type"), QLatin1String("application/json")}}}}});
    QCOMPARE(minted.status, 201);
    const QJsonArray files = minted.json().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(
        QStringList(first.keys()),
        QStringList({QStringLiteral("content_type"), QStringLiteral("name"), QStringLiteral("signed_url"),
                     QStringLiteral("storage_path"), QStringLiteral("token")}));
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("contacts.csv"));
    QCOMPARE(first.value(QLatin1String("content_type")).toString(), QStringLiteral("text/csv"));
    QVERIFY(first.value(QLatin1String("storage_path")).toString().startsWith(QStringLiteral("workbooks/")));
    QVERIFY(first.value(QLatin1String("storage_path")).toString().endsWith(QStringLiteral("-contacts.csv")));
    QVERIFY(first.value(QLatin1String("signed_url"))
                .toString()
                .endsWith(first.value(QLatin1String("token")).toString()));

    QCOMPARE(listedFileCount(migration), 0);
    QCOMPARE(migrationStatus(migration), QStringLiteral("awaiting_files"));

    // An empty body is refused (and the URL stays usable).
    const HttpResult empty = httpRequest("PUT", QUrl(first.value(QLatin1String("signed_url")).toString()),
                                         {{"Content-Type", "text/csv"}});
    QCOMPARE(empty.status, 400);
    QCOMPARE(errorOf(empty), QStringLiteral("The body is empty: PUT the file's bytes"));
    // Gen B declares no size: any length up to the cap.
    const QByteArray bytes = "email\r\nx@example.com\r\n";
    QCOMPARE(httpRequest("PUT", QUrl(first.value(QLatin1String("signed_url")).toString()),
                         {{"Content-Type", "text/csv"}}, bytes)
                 .status,
             200);
    const HttpResult listed = m_api->get(QStringLiteral("/migrations/%1/files").arg(migration));
    QCOMPARE(listed.status, 200);
    const QJsonArray landed = listed.json().value(QLatin1String("files")).toArray();
    QCOMPARE(landed.size(), 1);
    const QJsonObject file = landed.at(0).toObject();
    QCOMPARE(file.value(QLatin1String("name")).toString(), QStringLiteral("contacts.csv"));
    QCOMPARE(file.value(QLatin1String("storage_path")), first.value(QLatin1String("storage_path")));
    QCOMPARE(file.value(QLatin1String("content_type")).toString(), QStringLiteral("text/csv"));
    QCOMPARE(file.value(QLatin1String("size")).toInteger(), bytes.size());
    QVERIFY(file.value(QLatin1String("uploaded_at")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(migrationStatus(migration), QStringLiteral("ready"));
}

void TestUploads::migrationFilesValidation()
{
    QVERIFY(startServer());
    const QString migration = newMigration();
    const QString path = QStringLiteral("/migrations/%1/files").arg(migration);
    const HttpResult missing = m_api->post(path, QJsonObject{});
    QCOMPARE(missing.status, 400);
    QVERIFY(errorOf(missing).startsWith(QStringLiteral("files ")));
    QCOMPARE(m_api->post(path, QJsonObject{{QLatin1String("files"), QJsonArray{}}}).status, 400);
    const HttpResult noName = m_api->post(
        path,
        QJsonObject{{QLatin1String("files"),
                     QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("a.csv")}},
                                QJsonObject{{QLatin1String("content_type"), QLatin1String("text/csv")}}}}});
    QCOMPARE(noName.status, 400);
    QCOMPARE(errorOf(noName), QStringLiteral("files[1].name is required: a non-empty string"));
    const QString unknown = QStringLiteral("/migrations/00000000-0000-4000-8000-000000000000/files");
    QCOMPARE(m_api->post(unknown, QJsonObject{}).status, 404);
    QCOMPARE(m_api->get(unknown).status, 404);
}

void TestUploads::killedInTheMiddleOfAPutLeavesNothing()
{
    QVERIFY(startServer());
    const QString migration = newMigration();
    const HttpResult minted = m_api->post(
        QStringLiteral("/migrations/%1/files").arg(migration),
        QJsonObject{{QLatin1String("files"),
                     QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("big.csv")}}}}});
    const QUrl url(minted.json()
                       .value(QLatin1String("files"))
                       .toArray()
                       .at(0)
                       .toObject()
                       .value(QLatin1String("signed_url"))
                       .toString());
    const QString tmp = m_server->dataDir() + QStringLiteral("/uploads/tmp");

    QTcpSocket socket;
    constexpr qint64 total = 8 * 1024 * 1024;
    QVERIFY(sendPutHead(socket, url, "text/csv", total));
    for (int i = 0; i < 4; ++i) { // half of the body
        socket.write(chunkOf(i, 1024 * 1024));
        QVERIFY(socket.waitForBytesWritten(5000));
    }
    // The server has started writing the part file.
    QTRY_VERIFY_WITH_TIMEOUT(
        !QDir(tmp).entryList(QDir::Files).isEmpty() &&
            QFileInfo(tmp + QLatin1Char('/') + QDir(tmp).entryList(QDir::Files).first()).size() > 0,
        5000);
    m_server->kill();
    socket.abort();

    QVERIFY(startServer());
    QCOMPARE(QDir(tmp).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(QDir(m_server->dataDir() + QStringLiteral("/uploads/files")).entryList(QDir::Files),
             QStringList());
    QCOMPARE(listedFileCount(migration), 0);
    QCOMPARE(migrationStatus(migration), QStringLiteral("awaiting_files"));
    // The interrupted URL was used: mint a new one.
    QUrl again = url;
    again.setPort(m_server->port());
    QCOMPARE(httpRequest("PUT", again, {{"Content-Type", "text/csv"}}, "x").status, 403);
}

void TestUploads::largePutStreamsWithFlatMemory()
{
    QVERIFY(startServer());
    constexpr qint64 chunk = 1024 * 1024;
    constexpr qint64 chunks = 200;
    constexpr qint64 total = chunk * chunks;
    const QJsonObject minted =
        mint(newCompany(), QStringLiteral("big.csv"), QStringLiteral("text/csv"), total);
    const QUrl url(minted.value(QLatin1String("upload_url")).toString());
    const qint64 pid = serverPid(m_server->dataDir());
    QVERIFY(pid > 0);
    const qint64 hwmBefore = procStatusKb(pid, "VmHWM");
    QVERIFY(hwmBefore > 0);

    QTcpSocket socket;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(sendPutHead(socket, url, "text/csv", total));
    QCryptographicHash sent(QCryptographicHash::Sha256);
    // Sixteen distinct blocks, reused: the test itself holds 16 MiB at most.
    QList<QByteArray> blocks;
    for (int i = 0; i < 16; ++i)
        blocks.append(chunkOf(i, chunk));
    for (qint64 i = 0; i < chunks; ++i) {
        const QByteArray &block = blocks.at(i % blocks.size());
        sent.addData(block);
        socket.write(block);
        while (socket.bytesToWrite() > 4 * chunk)
            QVERIFY(socket.waitForBytesWritten(10000));
    }
    while (socket.bytesToWrite() > 0)
        QVERIFY(socket.waitForBytesWritten(10000));
    QByteArray answer;
    while (!answer.contains("\r\n\r\n{}") && socket.waitForReadyRead(30000))
        answer += socket.readAll();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());

    const qint64 hwmAfter = procStatusKb(pid, "VmHWM");
    const qint64 growthKb = hwmAfter - hwmBefore;
    qInfo().noquote() << QStringLiteral(
                             "200 MiB PUT: %1 s, %2 MiB/s; server VmHWM %3 -> %4 kB (growth %5 kB)")
                             .arg(seconds, 0, 'f', 2)
                             .arg(double(total) / chunk / seconds, 0, 'f', 0)
                             .arg(hwmBefore)
                             .arg(hwmAfter)
                             .arg(growthKb);
    QVERIFY2(growthKb < 64 * 1024, qPrintable(QString::number(growthKb)));

    const QString id = url.path().section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    QFile stored(m_server->dataDir() + QStringLiteral("/uploads/files/") + id);
    QCOMPARE(stored.size(), total);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCryptographicHash received(QCryptographicHash::Sha256);
    QVERIFY(received.addData(&stored));
    QCOMPARE(received.result(), sent.result());
    stored.close();
    QVERIFY(m_server->stop());
}

QTEST_GUILESS_MAIN(TestUploads)
#include "tst_server_uploads.moc"
