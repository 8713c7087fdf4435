// SPDX-License-Identifier: GPL-3.0-or-later
// Generation B source connections and credentials over real HTTP and SQLite (API §3.3.8, §3.3.13-§3.3.15,
// docs/api.md "Source connection", "Credentials"): create/update/read/delete with exact validation, secrets
// stored write-only (never returned, never in the thread, the log or the database file in the clear), a
// generate run with no uploaded file blocks for credentials, refuses messages, and resumes when they arrive;
// a refused token blocks it again. The source is an HTTP server of the test's own that serves CSV streams to
// one bearer token. Also idempotency keys of POST /migrations/{id}/runs.
#include "importclient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <httplib.h>

#include <atomic>
#include <thread>

using namespace godwit::test;

namespace {

const QString kToken = QStringLiteral("tok-3f9a1c7e-SECRET-never-shown");

const QByteArray kContacts = "first_name,last_name,email\r\n"
                             "Ana,Müller,ana@example.com\r\n"
                             "Ben,Smith,ben@example.org\r\n"
                             "Chloé,Dubois,chloe@example.fr\r\n";

// A CSV source: GET /export/<stream>.csv with "Authorization: Bearer <kToken>".
class CsvSource {
public:
    CsvSource()
    {
        m_server.Get(R"(/export/([a-z_]+)\.csv)",
                     [this](const httplib::Request &request, httplib::Response &response) {
                         ++m_requests;
                         if (request.get_header_value("Authorization") != "Bearer " + kToken.toStdString()) {
                             response.status = 401;
                             response.set_content("unauthorised", "text/plain");
                             return;
                         }
                         if (request.matches[1] != "contacts") {
                             response.status = 404;
                             return;
                         }
                         response.set_content(kContacts.toStdString(), "text/csv");
                     });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~CsvSource()
    {
        m_server.stop();
        m_thread.join();
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/export").arg(m_port); }
    int requests() const { return m_requests; }

private:
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
    std::atomic<int> m_requests{0};
};

QString status(const QJsonObject &poll)
{
    return poll.value(QLatin1String("status")).toString();
}

} // namespace

class TestSourceConnections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createReadUpdateDelete();
    void workbookAndProfileSelectors();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void unknownMigrationIs404();
    void generateBlocksForCredentialsAndResumes();
    void credentialErrors();
    void deleteWhileARunWaitsIs409();
    void secretsAreNeverReturnedLoggedOrStoredInTheClear();
    void runStartsAreIdempotentByKey();
    void aRunWaitingForCredentialsSurvivesAKill();

private:
    QString createMigration()
    {
        const HttpResult created =
            c().post(QStringLiteral("/migrations"),
                     QJsonObject{{QLatin1String("name"), QStringLiteral("S%1").arg(++m_counter)},
                                 {QLatin1String("templates"), QJsonArray{QStringLiteral("contacts")}}});
        return created.json()
            .value(QLatin1String("migration"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }
    HttpResult saveConnection(const QString &migration, const QJsonObject &body)
    {
        return c().post(QStringLiteral("/migrations/%1/source-connection").arg(migration), body);
    }
    QJsonObject connectionBody(bool withToken = false, const QString &token = kToken) const
    {
        QJsonObject body{
            {QLatin1String("source_key"), QStringLiteral("http_csv")},
            {QLatin1String("config"), QJsonObject{{QLatin1String("base_url"), m_source->baseUrl()}}}};
        if (withToken)
            body.insert(QLatin1String("credentials"), QJsonObject{{QLatin1String("token"), token}});
        return body;
    }
    QJsonObject waitFor(const QString &migration, const QString &runId)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject body;
        do {
            body = c().get(QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId)).json();
            if (status(body) != QLatin1String("queued") && status(body) != QLatin1String("running"))
                return body;
            QTest::qWait(20);
        } while (timer.elapsed() < 60000);
        return body;
    }
    HttpResult credentials(const QString &migration, const QString &runId, const QJsonObject &body)
    {
        return c().post(QStringLiteral("/migrations/%1/runs/%2/credentials").arg(migration, runId), body);
    }
    // A migration with a connection and no credentials, and its generate run blocked on them.
    QPair<QString, QString> blockedRun()
    {
        const QString migration = createMigration();
        if (saveConnection(migration, connectionBody()).status != 201)
            return {};
        const HttpResult started = c().post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                            QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}});
        const QString runId = started.json().value(QLatin1String("run_id")).toString();
        if (status(waitFor(migration, runId)) != QLatin1String("blocked"))
            return {};
        return {migration, runId};
    }
    ImportClient &c() { return *m_client; }

    std::unique_ptr<CsvSource> m_source;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
    int m_counter = 0;
};

void TestSourceConnections::initTestCase()
{
    m_source = std::make_unique<CsvSource>();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
}

void TestSourceConnections::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("SHOW_SERVER_LOG"))
        qInfo().noquote() << m_server->standardError();
    m_client.reset();
    m_server.reset();
    m_source.reset();
}

void TestSourceConnections::createReadUpdateDelete()
{
    const QString migration = createMigration();
    const QString path = QStringLiteral("/migrations/%1/source-connection").arg(migration);
    QCOMPARE(c().get(path).status, 404);
    QCOMPARE(errorOf(c().get(path)), QStringLiteral("No source connection"));

    QJsonObject body = connectionBody();
    body.insert(QLatin1String("selected_streams"), QJsonArray{QStringLiteral("contacts")});
    body.insert(QLatin1String("stream_state"), QJsonObject{{QLatin1String("cursor"), 42}});
    const HttpResult created = saveConnection(migration, body);
    QCOMPARE(created.status, 201);
    const QJsonObject conn = created.json().value(QLatin1String("source_connection")).toObject();
    QVERIFY(conn.value(QLatin1String("id")).toString().size() == 36);
    QCOMPARE(conn.value(QLatin1String("source_key")).toString(), QStringLiteral("http_csv"));
    QCOMPARE(conn.value(QLatin1String("profile_id")).toString(), QStringLiteral("default"));
    QCOMPARE(conn.value(QLatin1String("name")).toString(), QStringLiteral("CSV over HTTP"));
    QCOMPARE(conn.value(QLatin1String("category")).toString(), QStringLiteral("Files"));
    QCOMPARE(conn.value(QLatin1String("config")).toObject().value(QLatin1String("base_url")).toString(),
             m_source->baseUrl());
    QCOMPARE(conn.value(QLatin1String("selected_streams")).toArray(), QJsonArray{QStringLiteral("contacts")});
    QCOMPARE(conn.value(QLatin1String("stream_state")).toObject().value(QLatin1String("cursor")).toInt(), 42);
    QCOMPARE(conn.value(QLatin1String("creds_configured")).toBool(), false);
    QVERIFY(conn.value(QLatin1String("bound_source_extractor_id")).isNull());
    QVERIFY(conn.value(QLatin1String("last_snapshot")).isNull());
    QVERIFY(conn.value(QLatin1String("last_sync_at")).isNull());
    const QStringList keys{QStringLiteral("id"),
                           QStringLiteral("profile_id"),
                           QStringLiteral("source_key"),
                           QStringLiteral("name"),
                           QStringLiteral("category"),
                           QStringLiteral("config"),
                           QStringLiteral("selected_streams"),
                           QStringLiteral("stream_state"),
                           QStringLiteral("creds_configured"),
                           QStringLiteral("bound_source_extractor_id"),
                           QStringLiteral("last_snapshot"),
                           QStringLiteral("last_sync_at")};
    const QStringList actual = conn.keys();
    QCOMPARE(QSet<QString>(actual.cbegin(), actual.cend()), QSet<QString>(keys.cbegin(), keys.cend()));

    // A saved connection makes the fresh migration ready (API §5.4).
    QCOMPARE(c().get(QStringLiteral("/migrations/") + migration)
                 .json()
                 .value(QLatin1String("migration"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("ready"));

    // Same source_key and profile: updated in place, credentials added.
    const HttpResult updated = saveConnection(migration, connectionBody(true));
    QCOMPARE(updated.status, 201);
    const QJsonObject after = updated.json().value(QLatin1String("source_connection")).toObject();
    QCOMPARE(after.value(QLatin1String("id")), conn.value(QLatin1String("id")));
    QCOMPARE(after.value(QLatin1String("creds_configured")).toBool(), true);
    QVERIFY(after.value(QLatin1String("selected_streams")).isNull()); // omitted: the connector decides
    QVERIFY(!updated.body.contains(kToken.toUtf8()));

    const HttpResult read = c().get(path);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(QLatin1String("source_connection")).toObject(), after);
    QVERIFY(!read.body.contains(kToken.toUtf8()));

    QCOMPARE(c().request("DELETE", path).status, 204);
    QCOMPARE(c().get(path).status, 404);
    QCOMPARE(c().request("DELETE", path).status, 404);
}

void TestSourceConnections::workbookAndProfileSelectors()
{
    const QString migration = createMigration();
    const QString path = QStringLiteral("/migrations/%1/source-connection").arg(migration);
    QJsonObject workbook = connectionBody();
    workbook.insert(QLatin1String("profile_id"), QJsonValue::Null);
    const HttpResult bound = saveConnection(migration, workbook);
    QCOMPARE(bound.status, 201);
    QVERIFY(bound.json()
                .value(QLatin1String("source_connection"))
                .toObject()
                .value(QLatin1String("profile_id"))
                .isNull());
    QJsonObject other = connectionBody();
    other.insert(QLatin1String("profile_id"), QStringLiteral("team-a"));
    const HttpResult team = saveConnection(migration, other);
    QCOMPARE(team.status, 201);
    const QString boundId = bound.json()
                                .value(QLatin1String("source_connection"))
                                .toObject()
                                .value(QLatin1String("id"))
                                .toString();
    const QString teamId = team.json()
                               .value(QLatin1String("source_connection"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
    QVERIFY(boundId != teamId);

    auto idOf = [&](const QString &query) -> QString {
        return c()
            .get(path + query)
            .json()
            .value(QLatin1String("source_connection"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    };
    QCOMPARE(idOf(QStringLiteral("?profile_id=workbook")), boundId);
    QCOMPARE(idOf(QStringLiteral("?profile_id=team-a&source_key=http_csv")), teamId);
    QCOMPARE(idOf(QString()), teamId); // the most recently saved
    QCOMPARE(c().get(path + QStringLiteral("?profile_id=nobody")).status, 404);
    QCOMPARE(c().get(path + QStringLiteral("?source_key=hubspot")).status, 404);
    QCOMPARE(c().get(path + QStringLiteral("?profile_id=../etc")).status, 400);

    QCOMPARE(c().request("DELETE", path + QStringLiteral("?profile_id=workbook")).status, 204);
    QCOMPARE(c().get(path + QStringLiteral("?profile_id=workbook")).status, 404);
    QCOMPARE(idOf(QString()), teamId);
}

void TestSourceConnections::validationNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray url = "\"config\":{\"base_url\":\"http://127.0.0.1:9/x\"}";
    QTest::newRow("malformed") << QByteArray("{\"source_key\":") << QStringLiteral("JSON");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("object");
    QTest::newRow("no source_key") << QByteArray("{}") << QStringLiteral("source_key is required");
    QTest::newRow("source_key number") << QByteArray("{\"source_key\":3}") << QStringLiteral("source_key");
    QTest::newRow("not enabled") << QByteArray("{\"source_key\":\"salesforce\"}")
                                 << QStringLiteral("source_key \"salesforce\"");
    QTest::newRow("upper case") << QByteArray("{\"source_key\":\"HTTP_CSV\"}")
                                << QStringLiteral("source_key");
    QTest::newRow("no base_url") << QByteArray("{\"source_key\":\"http_csv\"}")
                                 << QStringLiteral("config.base_url");
    QTest::newRow("ftp base_url")
        << QByteArray("{\"source_key\":\"http_csv\",\"config\":{\"base_url\":\"ftp://h/x\"}}")
        << QStringLiteral("config.base_url");
    QTest::newRow("user info")
        << QByteArray("{\"source_key\":\"http_csv\",\"config\":{\"base_url\":\"http://u:p@h/x\"}}")
        << QStringLiteral("config.base_url");
    QTest::newRow("config array") << QByteArray("{\"source_key\":\"http_csv\",\"config\":[]}")
                                  << QStringLiteral("config must be an object");
    QTest::newRow("secret in config")
        << QByteArray(
               "{\"source_key\":\"http_csv\",\"config\":{\"base_url\":\"http://h/x\",\"token\":\"t\"}}")
        << QStringLiteral("config.token is a secret");
    QTest::newRow("profile number") << "{\"source_key\":\"http_csv\",\"profile_id\":5," + url + "}"
                                    << QStringLiteral("profile_id");
    QTest::newRow("profile workbook")
        << "{\"source_key\":\"http_csv\",\"profile_id\":\"workbook\"," + url + "}"
        << QStringLiteral("profile_id");
    QTest::newRow("profile traversal") << "{\"source_key\":\"http_csv\",\"profile_id\":\"../x\"," + url + "}"
                                       << QStringLiteral("profile_id");
    QTest::newRow("streams string") << "{\"source_key\":\"http_csv\",\"selected_streams\":\"contacts\"," +
                                           url + "}"
                                    << QStringLiteral("selected_streams");
    QTest::newRow("streams empty") << "{\"source_key\":\"http_csv\",\"selected_streams\":[]," + url + "}"
                                   << QStringLiteral("selected_streams");
    QTest::newRow("stream traversal")
        << "{\"source_key\":\"http_csv\",\"selected_streams\":[\"contacts\",\"../../etc/passwd\"]," + url +
               "}"
        << QStringLiteral("selected_streams[1]");
    QTest::newRow("stream_state array")
        << "{\"source_key\":\"http_csv\",\"stream_state\":[]," + url + "}" << QStringLiteral("stream_state");
    QTest::newRow("credentials string")
        << "{\"source_key\":\"http_csv\",\"credentials\":\"t\"," + url + "}" << QStringLiteral("credentials");
    QTest::newRow("credentials empty")
        << "{\"source_key\":\"http_csv\",\"credentials\":{}," + url + "}" << QStringLiteral("credentials");
    QTest::newRow("credentials unknown field")
        << "{\"source_key\":\"http_csv\",\"credentials\":{\"token\":\"t\",\"password\":\"p\"}," + url + "}"
        << QStringLiteral("credentials.password");
    QTest::newRow("credentials number")
        << "{\"source_key\":\"http_csv\",\"credentials\":{\"token\":7}," + url + "}"
        << QStringLiteral("credentials.token");
}

void TestSourceConnections::validationNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString migration = createMigration();
    const HttpResult result =
        c().request("POST", QStringLiteral("/migrations/%1/source-connection").arg(migration), body);
    QCOMPARE(result.status, 400);
    QVERIFY2(errorOf(result).contains(field), qPrintable(errorOf(result)));
    QCOMPARE(result.json().keys(), QStringList{QStringLiteral("error")});
    // Nothing was saved.
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/source-connection").arg(migration)).status, 404);
}

void TestSourceConnections::unknownMigrationIs404()
{
    const QString unknown =
        QStringLiteral("/migrations/00000000-0000-4000-8000-000000000000/source-connection");
    QCOMPARE(c().post(unknown, connectionBody()).status, 404);
    QCOMPARE(c().get(unknown).status, 404);
    QCOMPARE(c().request("DELETE", unknown).status, 404);
    QCOMPARE(c().post(QStringLiteral("/migrations/not-a-uuid/source-connection"), connectionBody()).status,
             404);
    // 404 for the path comes before 400 for the body (API §6 item 24).
    QCOMPARE(c().request("POST", unknown, "{").status, 404);
    QCOMPARE(
        c().request("PUT", QStringLiteral("/migrations/%1/source-connection").arg(createMigration()), "{}")
            .status,
        405);
}

void TestSourceConnections::generateBlocksForCredentialsAndResumes()
{
    const QString migration = createMigration();
    const HttpResult saved = saveConnection(migration, connectionBody());
    QCOMPARE(saved.status, 201);
    const QString connectionId = saved.json()
                                     .value(QLatin1String("source_connection"))
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toString();

    // No uploaded file, a connection without credentials: generate starts and blocks on them.
    const HttpResult started = c().post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                        QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}});
    QCOMPARE(started.status, 201);
    const QString runId = started.json().value(QLatin1String("run_id")).toString();
    QJsonObject poll = waitFor(migration, runId);
    QCOMPARE(status(poll), QStringLiteral("blocked"));
    QCOMPARE(poll.value(QLatin1String("blocked_reason")).toString(), QStringLiteral("credentials"));
    QVERIFY(!poll.contains(QLatin1String("questions")));
    const QJsonObject request = poll.value(QLatin1String("credential_request")).toObject();
    QCOMPARE(request.value(QLatin1String("connection_id")).toString(), connectionId);
    QCOMPARE(request.value(QLatin1String("source_key")).toString(), QStringLiteral("http_csv"));
    QCOMPARE(request.value(QLatin1String("source_name")).toString(), QStringLiteral("CSV over HTTP"));
    QVERIFY(request.value(QLatin1String("reason")).toString().contains(QLatin1String("needs credentials")));
    QVERIFY(!request.value(QLatin1String("guidance"))
                 .toObject()
                 .value(QLatin1String("steps"))
                 .toArray()
                 .isEmpty());
    const QJsonObject tokenField =
        request.value(QLatin1String("schema")).toObject().value(QLatin1String("token")).toObject();
    QCOMPARE(tokenField.value(QLatin1String("type")).toString(), QStringLiteral("string"));
    QCOMPARE(tokenField.value(QLatin1String("secret")).toBool(), true);
    QCOMPARE(m_source->requests(), 0); // nothing asked of the source without credentials

    // Answers go through credentials only.
    const HttpResult message =
        c().post(QStringLiteral("/migrations/%1/runs/%2/messages").arg(migration, runId),
                 QJsonObject{{QLatin1String("answers"), QStringLiteral("go on")}});
    QCOMPARE(message.status, 409);
    QVERIFY(errorOf(message).contains(QLatin1String("credentials")));
    // The blocked run holds the migration's slot.
    QCOMPARE(c().post(QStringLiteral("/migrations/%1/runs").arg(migration),
                      QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}})
                 .json()
                 .value(QLatin1String("run_id"))
                 .toString(),
             runId);

    // A token the source refuses: the run resumes, asks the source, and blocks again saying why.
    HttpResult answered =
        credentials(migration, runId,
                    QJsonObject{{QLatin1String("credentials"),
                                 QJsonObject{{QLatin1String("token"), QStringLiteral("wrong")}}},
                                {QLatin1String("connection_id"), connectionId}});
    QCOMPARE(answered.status, 200);
    QCOMPARE(answered.json(), (QJsonObject{{QLatin1String("run_id"), runId},
                                           {QLatin1String("status"), QStringLiteral("running")}}));
    poll = waitFor(migration, runId);
    QCOMPARE(status(poll), QStringLiteral("blocked"));
    QCOMPARE(
        poll.value(QLatin1String("credential_request")).toObject().value(QLatin1String("reason")).toString(),
        QStringLiteral("The source refused the credentials (HTTP 401)"));
    QCOMPARE(m_source->requests(), 1);

    // The right token: extraction, mapping, preview.
    answered = credentials(
        migration, runId,
        QJsonObject{{QLatin1String("credentials"), QJsonObject{{QLatin1String("token"), kToken}}}});
    QCOMPARE(answered.status, 200);
    poll = waitFor(migration, runId);
    QCOMPARE(status(poll), QStringLiteral("awaiting_approval"));
    const QJsonObject preview = c().get(QStringLiteral("/migrations/%1/preview").arg(migration)).json();
    const QJsonObject sheet = preview.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("file")).toString(), QStringLiteral("contacts.csv"));
    const QJsonArray rows = sheet.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 4); // header + 3
    QVERIFY(QJsonDocument(rows).toJson().contains("ana@example.com"));

    const QJsonObject conn = c().get(QStringLiteral("/migrations/%1/source-connection").arg(migration))
                                 .json()
                                 .value(QLatin1String("source_connection"))
                                 .toObject();
    QCOMPARE(conn.value(QLatin1String("creds_configured")).toBool(), true);
    QVERIFY(!conn.value(QLatin1String("last_sync_at")).toString().isEmpty());
    QCOMPARE(conn.value(QLatin1String("last_snapshot"))
                 .toObject()
                 .value(QLatin1String("streams"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("bytes"))
                 .toInt(),
             kContacts.size());

    // The extracted stream stays for execute.
    const HttpResult execute = c().post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                        QJsonObject{{QLatin1String("kind"), QStringLiteral("execute")}});
    QCOMPARE(execute.status, 201);
    poll = waitFor(migration, execute.json().value(QLatin1String("run_id")).toString());
    QCOMPARE(status(poll), QStringLiteral("completed"));
    QCOMPARE(poll.value(QLatin1String("report")).toObject().value(QLatin1String("inserted")).toInt(), 3);

    // Credentials for a run that no longer waits: 409.
    answered = credentials(
        migration, runId,
        QJsonObject{{QLatin1String("credentials"), QJsonObject{{QLatin1String("token"), kToken}}}});
    QCOMPARE(answered.status, 409);
}

void TestSourceConnections::credentialErrors()
{
    const auto [migration, runId] = blockedRun();
    QVERIFY(!runId.isEmpty());
    const QString connectionId = c().get(QStringLiteral("/migrations/%1/source-connection").arg(migration))
                                     .json()
                                     .value(QLatin1String("source_connection"))
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toString();
    struct Case {
        QByteArray body;
        int status;
        QString words;
    };
    const QList<Case> cases = {
        {"{", 400, QStringLiteral("JSON")},
        {"{}", 400, QStringLiteral("credentials is required")},
        {"{\"credentials\":{}}", 400, QStringLiteral("credentials is required")},
        {"{\"credentials\":[\"t\"]}", 400, QStringLiteral("credentials is required")},
        {"{\"credentials\":{\"token\":\"\"}}", 400, QStringLiteral("credentials.token")},
        {"{\"credentials\":{\"api_key\":\"x\"}}", 400, QStringLiteral("credentials.api_key")},
        {"{\"credentials\":{\"token\":\"x\"},\"connection_id\":\"nope\"}", 400,
         QStringLiteral("connection_id")},
        {"{\"credentials\":{\"token\":\"x\"},\"connection_id\":\"00000000-0000-4000-8000-000000000000\"}",
         409, QStringLiteral("connection_id")},
    };
    const QString path = QStringLiteral("/migrations/%1/runs/%2/credentials").arg(migration, runId);
    for (const Case &testCase : cases) {
        const HttpResult result = c().request("POST", path, testCase.body);
        QVERIFY2(result.status == testCase.status, testCase.body.constData());
        QVERIFY2(errorOf(result).contains(testCase.words), qPrintable(errorOf(result)));
    }
    // Still waiting after every refusal.
    QCOMPARE(status(c().get(QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId)).json()),
             QStringLiteral("blocked"));
    QCOMPARE(
        c().request("POST",
                    QStringLiteral("/migrations/%1/runs/00000000-0000-4000-8000-000000000000/credentials")
                        .arg(migration),
                    "{\"credentials\":{\"token\":\"x\"}}")
            .status,
        404);
    QCOMPARE(c().request("GET", path).status, 405);

    // A canceled run refuses credentials (409).
    QCOMPARE(c().request("PATCH", QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId),
                         "{\"status\":\"cancel_requested\"}")
                 .status,
             200);
    const HttpResult late = c().request("POST", path, "{\"credentials\":{\"token\":\"x\"}}");
    QCOMPARE(late.status, 409);
    QVERIFY(errorOf(late).contains(QLatin1String("canceled")));
    QVERIFY(!connectionId.isEmpty());
}

void TestSourceConnections::deleteWhileARunWaitsIs409()
{
    const auto [migration, runId] = blockedRun();
    QVERIFY(!runId.isEmpty());
    const QString path = QStringLiteral("/migrations/%1/source-connection").arg(migration);
    const HttpResult refused = c().request("DELETE", path);
    QCOMPARE(refused.status, 409);
    QVERIFY(errorOf(refused).contains(runId));
    QCOMPARE(c().request("PATCH", QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId),
                         "{\"status\":\"cancel_requested\"}")
                 .status,
             200);
    QCOMPARE(c().request("DELETE", path).status, 204);
    // With neither files nor a connection, generate is refused at once.
    const HttpResult generate = c().post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                         QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}});
    QCOMPARE(generate.status, 400);
    QVERIFY(errorOf(generate).contains(QLatin1String("No files uploaded")));
}

void TestSourceConnections::secretsAreNeverReturnedLoggedOrStoredInTheClear()
{
    // Everything above sent kToken; none of what the server hands out or keeps shows it.
    const QString migration = createMigration();
    QCOMPARE(saveConnection(migration, connectionBody(true)).status, 201);
    const HttpResult started = c().post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                        QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}});
    QCOMPARE(status(waitFor(migration, started.json().value(QLatin1String("run_id")).toString())),
             QStringLiteral("awaiting_approval"));
    const QByteArray secret = kToken.toUtf8();
    QVERIFY(
        !c().get(QStringLiteral("/migrations/%1/thread?include=all").arg(migration)).body.contains(secret));
    QVERIFY(!c().get(QStringLiteral("/migrations/%1/runs").arg(migration)).body.contains(secret));
    QVERIFY(!m_server->standardError().contains(secret));
    for (const QString &name :
         QDir(m_server->dataDir()).entryList({QStringLiteral("godwit.sqlite*")}, QDir::Files)) {
        QFile file(QDir(m_server->dataDir()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(name));
    }
}

void TestSourceConnections::runStartsAreIdempotentByKey()
{
    const QString migration = createMigration();
    QCOMPARE(saveConnection(migration, connectionBody()).status, 201);
    const QString path = QStringLiteral("/migrations/%1/runs").arg(migration);
    const QJsonObject body{{QLatin1String("kind"), QStringLiteral("generate")},
                           {QLatin1String("idempotency_key"), QStringLiteral("gen-1")}};
    // Eight at once with one key and one payload: one run.
    const QList<HttpResult> results = inParallel(8, [&](int) { return c().post(path, body); });
    QString runId;
    int created = 0;
    for (const HttpResult &result : results) {
        QVERIFY2(result.status == 201 || result.status == 200, result.body.constData());
        created += result.status == 201 ? 1 : 0;
        if (runId.isEmpty())
            runId = result.json().value(QLatin1String("run_id")).toString();
        QCOMPARE(result.json().value(QLatin1String("run_id")).toString(), runId);
    }
    QCOMPARE(created, 1);
    QCOMPARE(c().get(path).json().value(QLatin1String("runs")).toArray().size(), 1);
    QCOMPARE(status(waitFor(migration, runId)), QStringLiteral("blocked"));
    // The replay reports the run's current state.
    const HttpResult replay = c().post(path, body);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json().value(QLatin1String("status")).toString(), QStringLiteral("blocked"));
    QVERIFY(replay.json().value(QLatin1String("poll_url")).toString().endsWith(runId));
    // Same key, another payload: 409 naming the run.
    const HttpResult conflict =
        c().post(path, QJsonObject{{QLatin1String("kind"), QStringLiteral("execute")},
                                   {QLatin1String("idempotency_key"), QStringLiteral("gen-1")}});
    QCOMPARE(conflict.status, 409);
    QVERIFY(errorOf(conflict).contains(QLatin1String("idempotency_key")));
    QCOMPARE(conflict.json().value(QLatin1String("run_id")).toString(), runId);
    // Bad keys.
    QCOMPARE(c().request("POST", path, "{\"kind\":\"generate\",\"idempotency_key\":5}").status, 400);
    QCOMPARE(c().post(path, QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")},
                                        {QLatin1String("idempotency_key"), QString(256, QLatin1Char('k'))}})
                 .status,
             400);
    // Keys are per migration: the same key starts a run on another migration.
    const QString other = createMigration();
    QCOMPARE(saveConnection(other, connectionBody()).status, 201);
    QCOMPARE(c().post(QStringLiteral("/migrations/%1/runs").arg(other), body).status, 201);
}

void TestSourceConnections::aRunWaitingForCredentialsSurvivesAKill()
{
    QTemporaryDir dir;
    ServerProcess server(dir.path());
    const QStringList args{QStringLiteral("--rate-limit"), QStringLiteral("0")};
    QVERIFY2(server.start(args), server.standardError().constData());
    QString migration;
    QString runId;
    QString connectionId;
    {
        ImportClient client(server);
        migration =
            client
                .post(QStringLiteral("/migrations"),
                      QJsonObject{{QLatin1String("name"), QStringLiteral("Killed")},
                                  {QLatin1String("templates"), QJsonArray{QStringLiteral("contacts")}}})
                .json()
                .value(QLatin1String("migration"))
                .toObject()
                .value(QLatin1String("id"))
                .toString();
        const HttpResult saved =
            client.post(QStringLiteral("/migrations/%1/source-connection").arg(migration), connectionBody());
        QCOMPARE(saved.status, 201);
        connectionId = saved.json()
                           .value(QLatin1String("source_connection"))
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
        runId = client
                    .post(QStringLiteral("/migrations/%1/runs").arg(migration),
                          QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}})
                    .json()
                    .value(QLatin1String("run_id"))
                    .toString();
        QElapsedTimer timer;
        timer.start();
        while (status(client.get(QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId)).json()) !=
                   QLatin1String("blocked") &&
               timer.elapsed() < 60000)
            QTest::qWait(20);
        server.kill();
    }
    QVERIFY2(server.start(args), server.standardError().constData());
    ImportClient client(server);
    const QString runPath = QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId);
    QJsonObject poll = client.get(runPath).json();
    QCOMPARE(status(poll), QStringLiteral("blocked"));
    QCOMPARE(poll.value(QLatin1String("credential_request"))
                 .toObject()
                 .value(QLatin1String("connection_id"))
                 .toString(),
             connectionId);
    QCOMPARE(
        client
            .post(runPath + QStringLiteral("/credentials"),
                  QJsonObject{{QLatin1String("credentials"), QJsonObject{{QLatin1String("token"), kToken}}}})
            .status,
        200);
    QElapsedTimer timer;
    timer.start();
    do {
        poll = client.get(runPath).json();
        QTest::qWait(20);
    } while ((status(poll) == QLatin1String("queued") || status(poll) == QLatin1String("running")) &&
             timer.elapsed() < 60000);
    QCOMPARE(status(poll), QStringLiteral("awaiting_approval"));
    // Killed again after the credentials were stored: they are still there (sealed with the data
    // directory's key), and a new generate extracts without asking.
    server.kill();
    QVERIFY2(server.start(args), server.standardError().constData());
    ImportClient again(server);
    QCOMPARE(again.get(QStringLiteral("/migrations/%1/source-connection").arg(migration))
                 .json()
                 .value(QLatin1String("source_connection"))
                 .toObject()
                 .value(QLatin1String("creds_configured"))
                 .toBool(),
             true);
    const QString second = again
                               .post(QStringLiteral("/migrations/%1/runs").arg(migration),
                                     QJsonObject{{QLatin1String("kind"), QStringLiteral("generate")}})
                               .json()
                               .value(QLatin1String("run_id"))
                               .toString();
    timer.restart();
    do {
        poll = again.get(QStringLiteral("/migrations/%1/runs/%2").arg(migration, second)).json();
        QTest::qWait(20);
    } while ((status(poll) == QLatin1String("queued") || status(poll) == QLatin1String("running")) &&
             timer.elapsed() < 60000);
    QCOMPARE(status(poll), QStringLiteral("awaiting_approval"));
    QVERIFY(server.stop());

    // What a kill mid-extraction leaves (a temporary file beside the streams, the directory of a
    // connection deleted just before) is removed at the next start; the streams stay.
    const QString streams =
        dir.path() + QStringLiteral("/migrations/%1/source-%2").arg(migration, connectionId);
    const QString orphanDir =
        dir.path() +
        QStringLiteral("/migrations/%1/source-00000000-0000-4000-8000-000000000000").arg(migration);
    QVERIFY(QFileInfo::exists(streams + QStringLiteral("/contacts.csv")));
    QVERIFY(QDir().mkpath(orphanDir));
    const QStringList planted{streams + QStringLiteral("/contacts.csv.Ab12Cd"),
                              orphanDir + QStringLiteral("/x.csv")};
    for (const QString &path : planted) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("partial");
    }
    QVERIFY2(server.start(args), server.standardError().constData());
    QVERIFY(!QFileInfo::exists(streams + QStringLiteral("/contacts.csv.Ab12Cd")));
    QVERIFY(!QFileInfo::exists(orphanDir));
    QVERIFY(QFileInfo::exists(streams + QStringLiteral("/contacts.csv")));
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestSourceConnections)
#include "tst_server_sourceconnections.moc"
