// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input against the generation B routes of a real godwit-server (issue 4, "Limits and hostile
// input"; docs/api.md "Limits", "Errors"): deeply nested and malformed JSON are 400, a JSON body over the
// cap is 413 (also for credentials, whose secrets must never be buffered past the cap), over-long URLs are
// 414, wrong methods 405 with Allow, a file name cannot climb out of its storage directory, and the rate
// limit answers 429 with Retry-After and X-RateLimit-* on the new routes too.
#include "importclient.h"

using namespace godwit::test;

class TestHostileInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void deepJsonIs400();
    void malformedJsonIs400NamingTheOffset();
    void jsonBodyOverTheCapIs413();
    void overLongUrlIs414();
    void wrongMethodsAre405WithAllow_data();
    void wrongMethodsAre405WithAllow();
    void fileNamesCannotClimbOutOfStorage();
    void rateLimitCoversTheNewRoutes();

private:
    QString createMigration(ImportClient &client)
    {
        return client
            .post(QStringLiteral("/migrations"),
                  QJsonObject{{QLatin1String("name"), QStringLiteral("H%1").arg(++m_counter)},
                              {QLatin1String("templates"), QJsonArray{QStringLiteral("contacts")}}})
            .json()
            .value(QLatin1String("migration"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }
    ImportClient &c() { return *m_client; }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
    QString m_migration;
    int m_counter = 0;
};

void TestHostileInput::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                              QStringLiteral("--max-json-body"), QStringLiteral("65536")}),
             m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
    m_migration = createMigration(c());
    QVERIFY(!m_migration.isEmpty());
}

void TestHostileInput::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void TestHostileInput::deepJsonIs400()
{
    // 20,000 levels (40 KB, under the cap): the parser's depth limit answers, the server survives.
    const QByteArray deep = "{\"kind\":" + QByteArray(20000, '[') + QByteArray(20000, ']') + "}";
    const QStringList paths{QStringLiteral("/migrations"),
                            QStringLiteral("/migrations/%1/runs").arg(m_migration),
                            QStringLiteral("/migrations/%1/source-connection").arg(m_migration),
                            QStringLiteral("/migrations/%1/files").arg(m_migration)};
    for (const QString &path : paths) {
        const HttpResult result = c().request("POST", path, deep);
        QVERIFY2(result.status == 400, qPrintable(path + QLatin1Char(' ') + QString::number(result.status)));
        QVERIFY2(errorOf(result).contains(QLatin1String("Malformed JSON")), qPrintable(errorOf(result)));
    }
    // Deep but within the parser's limit, where an object is wanted: the field is named.
    const QByteArray nested =
        "{\"source_key\":\"http_csv\",\"config\":" + QByteArray(200, '[') + QByteArray(200, ']') + "}";
    const HttpResult result =
        c().request("POST", QStringLiteral("/migrations/%1/source-connection").arg(m_migration), nested);
    QCOMPARE(result.status, 400);
    QCOMPARE(errorOf(result), QStringLiteral("config must be an object"));
    QCOMPARE(c().get(QStringLiteral("/migrations/") + m_migration).status, 200);
}

void TestHostileInput::malformedJsonIs400NamingTheOffset()
{
    const QList<QByteArray> bodies{"{",   "{\"kind\":\"generate\",}", "\xff\xfe{}", "{\"kind\":\"gen",
                                   "nul", "{\"a\":1}{\"b\":2}"};
    for (const QByteArray &body : bodies) {
        const HttpResult result =
            c().request("POST", QStringLiteral("/migrations/%1/runs").arg(m_migration), body);
        QVERIFY2(result.status == 400, body.toHex().constData());
        QVERIFY2(errorOf(result).startsWith(QLatin1String("Malformed JSON body at offset")) ||
                     errorOf(result).startsWith(QLatin1String("kind is required")),
                 qPrintable(errorOf(result)));
    }
    // Not JSON at all.
    auto headers = c().api().key();
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    const HttpResult plain =
        httpRequest("POST", c().api().url(QStringLiteral("/migrations/%1/runs").arg(m_migration)), headers,
                    "kind=generate");
    QCOMPARE(plain.status, 400);
    QCOMPARE(errorOf(plain), QStringLiteral("Expected application/json"));
}

void TestHostileInput::jsonBodyOverTheCapIs413()
{
    // One byte over --max-json-body, on the routes that take secrets and free text.
    const QString filler(65536, QLatin1Char('x'));
    const QByteArray credentials = QJsonDocument(QJsonObject{{QLatin1String("credentials"),
                                                              QJsonObject{{QLatin1String("token"), filler}}}})
                                       .toJson(QJsonDocument::Compact);
    const QStringList paths{
        QStringLiteral("/migrations/%1/source-connection").arg(m_migration),
        QStringLiteral("/migrations/%1/runs/00000000-0000-4000-8000-000000000000/credentials")
            .arg(m_migration),
        QStringLiteral("/migrations/%1/runs").arg(m_migration)};
    for (const QString &path : paths) {
        const HttpResult result = c().request("POST", path, credentials);
        QVERIFY2(result.status == 413, qPrintable(path + QLatin1Char(' ') + QString::number(result.status)));
        QVERIFY2(errorOf(result).contains(QLatin1String("at most 65536 bytes")), qPrintable(errorOf(result)));
    }
    // Exactly at the cap is read (and then judged on its contents).
    QByteArray atCap = "{\"kind\":\"clarify\",\"message\":\"";
    atCap += QByteArray(65536 - atCap.size() - 2, 'm') + "\"}";
    QCOMPARE(atCap.size(), 65536);
    const HttpResult read =
        c().request("POST", QStringLiteral("/migrations/%1/runs").arg(m_migration), atCap);
    QCOMPARE(read.status, 409); // no preview yet: the body was accepted
}

void TestHostileInput::overLongUrlIs414()
{
    const QString path = QStringLiteral("/migrations/%1/source-connection?source_key=").arg(m_migration) +
                         QString(9000, QLatin1Char('a'));
    const HttpResult result = c().get(path);
    QCOMPARE(result.status, 414);
    QCOMPARE(result.json().keys(), QStringList{QStringLiteral("error")});
    // A long selector under the line limit is a 400 naming it, not a crash or a 500.
    const HttpResult longKey =
        c().get(QStringLiteral("/migrations/%1/source-connection?source_key=").arg(m_migration) +
                QString(4000, QLatin1Char('a')));
    QCOMPARE(longKey.status, 400);
    QVERIFY(errorOf(longKey).contains(QLatin1String("source_key")));
}

void TestHostileInput::wrongMethodsAre405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("PUT source-connection")
        << QByteArray("PUT") << QStringLiteral("/source-connection") << QByteArray("DELETE, GET, HEAD, POST");
    QTest::newRow("PATCH source-connection") << QByteArray("PATCH") << QStringLiteral("/source-connection")
                                             << QByteArray("DELETE, GET, HEAD, POST");
    QTest::newRow("GET credentials") << QByteArray("GET")
                                     << QStringLiteral(
                                            "/runs/00000000-0000-4000-8000-000000000000/credentials")
                                     << QByteArray("POST");
    QTest::newRow("DELETE runs") << QByteArray("DELETE") << QStringLiteral("/runs")
                                 << QByteArray("GET, HEAD, POST");
}

void TestHostileInput::wrongMethodsAre405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpResult result = c().request(method, QStringLiteral("/migrations/%1").arg(m_migration) + path);
    QCOMPARE(result.status, 405);
    QCOMPARE(errorOf(result), QStringLiteral("Method not allowed"));
    QList<QByteArray> methods = result.header("Allow").split(',');
    for (QByteArray &m : methods)
        m = m.trimmed();
    std::sort(methods.begin(), methods.end());
    QList<QByteArray> expected = allow.split(',');
    for (QByteArray &m : expected)
        m = m.trimmed();
    QCOMPARE(methods, expected);
}

void TestHostileInput::fileNamesCannotClimbOutOfStorage()
{
    const QStringList names{QStringLiteral("../../../etc/passwd"), QStringLiteral("..\\..\\boot.ini"),
                            QStringLiteral("/abs/olute.csv"),      QStringLiteral(".hidden"),
                            QStringLiteral("a/../../b.csv"),       QStringLiteral("%2e%2e%2fx.csv")};
    QJsonArray files;
    for (const QString &name : names)
        files.append(QJsonObject{{QLatin1String("name"), name},
                                 {QLatin1String("content_type"), QStringLiteral("text/csv")}});
    const HttpResult minted = c().post(QStringLiteral("/migrations/%1/files").arg(m_migration),
                                       QJsonObject{{QLatin1String("files"), files}});
    QCOMPARE(minted.status, 201);
    const QJsonArray answer = minted.json().value(QLatin1String("files")).toArray();
    QCOMPARE(answer.size(), names.size());
    for (qsizetype i = 0; i < answer.size(); ++i) {
        const QJsonObject file = answer.at(i).toObject();
        QCOMPARE(file.value(QLatin1String("name")).toString(), names.at(i)); // metadata, as given
        const QString storagePath = file.value(QLatin1String("storage_path")).toString();
        QVERIFY2(storagePath.startsWith(QLatin1String("workbooks/")), qPrintable(storagePath));
        QVERIFY2(!storagePath.contains(QLatin1String("..")) && !storagePath.contains(QLatin1Char('\\')) &&
                     storagePath.count(QLatin1Char('/')) == 2,
                 qPrintable(storagePath));
        // The bytes land inside the data directory, under the upload's own name.
        const QUrl url(file.value(QLatin1String("signed_url")).toString());
        QCOMPARE(httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, "a,b\r\n1,2\r\n").status, 200);
    }
    QDir data(m_server->dataDir());
    QVERIFY(!QFileInfo::exists(data.absoluteFilePath(QStringLiteral("../etc/passwd"))));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/abs/olute.csv")));
    const HttpResult listed = c().get(QStringLiteral("/migrations/%1/files").arg(m_migration));
    QCOMPARE(listed.json().value(QLatin1String("files")).toArray().size(), names.size());
}

void TestHostileInput::rateLimitCoversTheNewRoutes()
{
    ServerProcess limited;
    QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("3"),
                            QStringLiteral("--rate-limit-window"), QStringLiteral("3600")}),
             limited.standardError().constData());
    ImportClient client(limited);
    const QString migration = createMigration(client);
    const QString path = QStringLiteral("/migrations/%1/source-connection").arg(migration);
    for (int i = 0; i < 3; ++i) {
        const HttpResult ok = client.get(path);
        QCOMPARE(ok.status, 404);
        QCOMPARE(ok.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(ok.header("X-RateLimit-Remaining"), QByteArray::number(2 - i));
    }
    const HttpResult refused = client.get(path);
    QCOMPARE(refused.status, 429);
    QCOMPARE(errorOf(refused), QStringLiteral("Too many requests"));
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(refused.header("X-RateLimit-Reset").toInt() > 0);
    // Counted per method and route: POST on the same path still has its own budget, and credentials too.
    QCOMPARE(client.post(path, QJsonObject{{QLatin1String("source_key"), QStringLiteral("nope")}}).status,
             400);
    QCOMPARE(client
                 .post(QStringLiteral("/migrations/%1/runs/00000000-0000-4000-8000-000000000000/credentials")
                           .arg(migration),
                       QJsonObject{})
                 .status,
             404);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_server_hostileinput.moc"
