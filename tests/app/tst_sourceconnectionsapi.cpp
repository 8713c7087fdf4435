// SPDX-License-Identifier: GPL-3.0-or-later
// Generation B source connections and run credentials (app/api/sourceconnections.h) against a real
// godwit-server: save (create, update in place), read, delete, the 400 that names the field, the 404
// of an unknown migration, and a generate run blocked for credentials that resumes once they are
// posted. The CSV source the server extracts from is an HTTP peer of the test's own.
#include "app/api/apiconnection.h"
#include "app/api/migrationruns.h"
#include "app/api/migrations.h"
#include "app/api/sourceconnections.h"
#include "support/scriptedpeer.h"
#include "support/serverprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace godwit::app;

namespace {
const QString kToken = QStringLiteral("tok-7d21-SECRET-never-shown");
const QString kUnknown = QStringLiteral("00000000-0000-4000-8000-000000000000");

const QByteArray kContacts = "first_name,last_name,email\r\n"
                             "Ana,Müller,ana@example.com\r\n"
                             "Ben,Smith,ben@example.org\r\n";

QByteArray csvAnswer(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000);
}
} // namespace

class TestSourceConnectionsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void saveReadUpdateDelete();
    void workbookAndNamedProfiles();
    void badRequestsNameTheField();
    void unknownMigrationIs404();
    void blockedRunResumesWithCredentials();
    void credentialErrorsLandInTheirBands();

private:
    QString createMigration();
    SourceConnectionSettings settings(const SourceCredentials &credentials = {}) const;
    MigrationRun waitFor(const QString &migrationId, const QString &runId, QJsonObject *body = nullptr);
    QPair<QString, QString> blockedRun();

    godwit::test::ServerProcess m_server;
    godwit::test::ScriptedPeer m_source;
    ApiConnection m_connection;
    int m_counter = 0;
};

void TestSourceConnectionsApi::initTestCase()
{
    QVERIFY(m_source.isListening()); // ScriptedPeer listens on 127.0.0.1 from its constructor
    m_source.addAnswer("GET /export/contacts.csv", csvAnswer(kContacts));
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
}

QString TestSourceConnectionsApi::createMigration()
{
    CreateMigrationRequest create(QStringLiteral("Source %1").arg(++m_counter), {}, {},
                                  {QStringLiteral("contacts")});
    if (!run(create, m_connection) || !create.result().ok())
        return {};
    return create.migration().id;
}

SourceConnectionSettings TestSourceConnectionsApi::settings(const SourceCredentials &credentials) const
{
    SourceConnectionSettings s;
    s.sourceKey = QStringLiteral("http_csv");
    s.config = {{QStringLiteral("base_url"),
                 QStringLiteral("http://127.0.0.1:%1/export").arg(m_source.serverPort())}};
    s.credentials = credentials;
    return s;
}

MigrationRun TestSourceConnectionsApi::waitFor(const QString &migrationId, const QString &runId,
                                               QJsonObject *body)
{
    QElapsedTimer timer;
    timer.start();
    MigrationRun last;
    while (timer.elapsed() < 60000) {
        GetMigrationRunRequest get(migrationId, runId);
        if (!run(get, m_connection) || !get.result().ok())
            return {};
        last = get.run();
        if (body)
            *body = get.result().body;
        if (last.status != QLatin1String("queued") && last.status != QLatin1String("running"))
            return last;
        QTest::qWait(30);
    }
    return last;
}

QPair<QString, QString> TestSourceConnectionsApi::blockedRun()
{
    const QString id = createMigration();
    SaveSourceConnectionRequest save(id, settings());
    if (id.isEmpty() || !run(save, m_connection) || !save.result().ok())
        return {};
    StartMigrationRunRequest start(id, QStringLiteral("generate"));
    if (!run(start, m_connection) || !start.result().ok())
        return {};
    if (waitFor(id, start.runId()).blockedReason != QLatin1String("credentials"))
        return {};
    return {id, start.runId()};
}

void TestSourceConnectionsApi::saveReadUpdateDelete()
{
    const QString id = createMigration();
    QVERIFY(!id.isEmpty());

    GetSourceConnectionRequest none(id);
    QVERIFY(run(none, m_connection));
    QCOMPARE(none.result().status, ApiStatus::NotFound);

    SaveSourceConnectionRequest save(id, settings());
    QVERIFY(!save.isIdempotent());
    QVERIFY(run(save, m_connection));
    QVERIFY2(save.result().ok(), qPrintable(save.result().message));
    QCOMPARE(save.result().httpStatus, 201);
    const SourceConnection &saved = save.connection();
    QVERIFY(!saved.id.isEmpty());
    QCOMPARE(saved.sourceKey, QStringLiteral("http_csv"));
    QCOMPARE(saved.name, QStringLiteral("CSV over HTTP"));
    QCOMPARE(saved.category, QStringLiteral("Files"));
    QCOMPARE(saved.profileId, std::optional<QString>(QStringLiteral("default")));
    QCOMPARE(saved.config.value(QLatin1String("base_url")).toString(),
             settings().config.value(QLatin1String("base_url")).toString());
    QVERIFY(!saved.selectedStreams);
    QVERIFY(!saved.credsConfigured);
    QVERIFY(saved.boundSourceExtractorId.isEmpty());
    QVERIFY(!saved.lastSyncAt.isValid());

    GetSourceConnectionRequest get(id);
    QVERIFY(run(get, m_connection));
    QVERIFY2(get.result().ok(), qPrintable(get.result().message));
    QCOMPARE(get.connection().id, saved.id);
    QVERIFY(!get.connection().credsConfigured);

    // Same source_key and profile: updated in place; credentials and streams added.
    SourceConnectionSettings update = settings({{QStringLiteral("token"), kToken}});
    update.selectedStreams = QStringList{QStringLiteral("contacts"), QStringLiteral("leads")};
    update.streamState = {{QStringLiteral("cursor"), 42}};
    SaveSourceConnectionRequest again(id, update);
    QVERIFY(run(again, m_connection));
    QVERIFY2(again.result().ok(), qPrintable(again.result().message));
    QCOMPARE(again.connection().id, saved.id);
    QVERIFY(again.connection().credsConfigured);
    QCOMPARE(again.connection().selectedStreams,
             std::optional<QStringList>(QStringList{QStringLiteral("contacts"), QStringLiteral("leads")}));
    QCOMPARE(again.connection().streamState.value(QLatin1String("cursor")).toInt(), 42);
    // The secret never comes back, in the answer or the read.
    QVERIFY(!QJsonDocument(again.result().body).toJson().contains(kToken.toUtf8()));

    GetSourceConnectionRequest read(id, QStringLiteral("http_csv"));
    QVERIFY(run(read, m_connection));
    QVERIFY(read.result().ok());
    QVERIFY(read.connection().credsConfigured);
    QVERIFY(!QJsonDocument(read.result().body).toJson().contains(kToken.toUtf8()));

    DeleteSourceConnectionRequest remove(id);
    QVERIFY(remove.isIdempotent());
    QVERIFY(run(remove, m_connection));
    QVERIFY2(remove.result().ok(), qPrintable(remove.result().message));
    QCOMPARE(remove.result().httpStatus, 204);

    DeleteSourceConnectionRequest twice(id);
    QVERIFY(run(twice, m_connection));
    QCOMPARE(twice.result().status, ApiStatus::NotFound);
    GetSourceConnectionRequest gone(id);
    QVERIFY(run(gone, m_connection));
    QCOMPARE(gone.result().status, ApiStatus::NotFound);
}

void TestSourceConnectionsApi::workbookAndNamedProfiles()
{
    const QString id = createMigration();
    SourceConnectionSettings workbook = settings();
    workbook.profile = SourceProfile::workbook();
    SaveSourceConnectionRequest saveWorkbook(id, workbook);
    QVERIFY(run(saveWorkbook, m_connection));
    QVERIFY2(saveWorkbook.result().ok(), qPrintable(saveWorkbook.result().message));
    QVERIFY(!saveWorkbook.connection().profileId); // null: bound to the workbook

    SourceConnectionSettings team = settings();
    team.profile = SourceProfile::named(QStringLiteral("team-a"));
    SaveSourceConnectionRequest saveTeam(id, team);
    QVERIFY(run(saveTeam, m_connection));
    QVERIFY(saveTeam.result().ok());
    QCOMPARE(saveTeam.connection().profileId, std::optional<QString>(QStringLiteral("team-a")));
    QVERIFY(saveTeam.connection().id != saveWorkbook.connection().id);

    GetSourceConnectionRequest readWorkbook(id, {}, SourceProfile::workbook());
    QVERIFY(run(readWorkbook, m_connection));
    QCOMPARE(readWorkbook.connection().id, saveWorkbook.connection().id);
    GetSourceConnectionRequest readTeam(id, QStringLiteral("http_csv"),
                                        SourceProfile::named(QStringLiteral("team-a")));
    QVERIFY(run(readTeam, m_connection));
    QCOMPARE(readTeam.connection().id, saveTeam.connection().id);
    GetSourceConnectionRequest readOther(id, {}, SourceProfile::named(QStringLiteral("team-b")));
    QVERIFY(run(readOther, m_connection));
    QCOMPARE(readOther.result().status, ApiStatus::NotFound);

    DeleteSourceConnectionRequest removeTeam(id, {}, SourceProfile::named(QStringLiteral("team-a")));
    QVERIFY(run(removeTeam, m_connection));
    QVERIFY(removeTeam.result().ok());
    GetSourceConnectionRequest stillWorkbook(id);
    QVERIFY(run(stillWorkbook, m_connection));
    QCOMPARE(stillWorkbook.connection().id, saveWorkbook.connection().id);
}

void TestSourceConnectionsApi::badRequestsNameTheField()
{
    const QString id = createMigration();

    SourceConnectionSettings unknownKey = settings();
    unknownKey.sourceKey = QStringLiteral("salesforce");
    SaveSourceConnectionRequest badKey(id, unknownKey);
    QVERIFY(run(badKey, m_connection));
    QCOMPARE(badKey.result().status, ApiStatus::ClientError);
    QCOMPARE(badKey.result().httpStatus, 400);
    QVERIFY2(badKey.result().message.contains(QLatin1String("source_key")),
             qPrintable(badKey.result().message));

    SourceConnectionSettings noUrl = settings();
    noUrl.config = {};
    SaveSourceConnectionRequest badConfig(id, noUrl);
    QVERIFY(run(badConfig, m_connection));
    QCOMPARE(badConfig.result().status, ApiStatus::ClientError);
    QVERIFY2(badConfig.result().message.contains(QLatin1String("config.base_url")),
             qPrintable(badConfig.result().message));

    // A secret in config is refused, and the answer does not echo it.
    SourceConnectionSettings secretInConfig = settings();
    secretInConfig.config.insert(QStringLiteral("token"), kToken);
    SaveSourceConnectionRequest badSecret(id, secretInConfig);
    QVERIFY(run(badSecret, m_connection));
    QCOMPARE(badSecret.result().status, ApiStatus::ClientError);
    QVERIFY2(badSecret.result().message.contains(QLatin1String("config.token")),
             qPrintable(badSecret.result().message));
    QVERIFY(!badSecret.result().message.contains(kToken));

    SourceConnectionSettings badStreams = settings();
    badStreams.selectedStreams = QStringList{QStringLiteral("../../etc/passwd")};
    SaveSourceConnectionRequest traversal(id, badStreams);
    QVERIFY(run(traversal, m_connection));
    QCOMPARE(traversal.result().status, ApiStatus::ClientError);
    QVERIFY2(traversal.result().message.contains(QLatin1String("selected_streams")),
             qPrintable(traversal.result().message));

    SaveSourceConnectionRequest badField(id, settings({{QStringLiteral("password"), kToken}}));
    QVERIFY(run(badField, m_connection));
    QCOMPARE(badField.result().status, ApiStatus::ClientError);
    QVERIFY2(badField.result().message.contains(QLatin1String("credentials.password")),
             qPrintable(badField.result().message));
    QVERIFY(!badField.result().message.contains(kToken));

    GetSourceConnectionRequest badSelector(id, {}, SourceProfile::named(QStringLiteral("../x")));
    QVERIFY(run(badSelector, m_connection));
    QCOMPARE(badSelector.result().status, ApiStatus::ClientError);
    QVERIFY2(badSelector.result().message.contains(QLatin1String("profile_id")),
             qPrintable(badSelector.result().message));

    // Nothing was saved by the refused ones.
    GetSourceConnectionRequest none(id);
    QVERIFY(run(none, m_connection));
    QCOMPARE(none.result().status, ApiStatus::NotFound);
}

void TestSourceConnectionsApi::unknownMigrationIs404()
{
    SaveSourceConnectionRequest save(kUnknown, settings());
    QVERIFY(run(save, m_connection));
    QCOMPARE(save.result().status, ApiStatus::NotFound);
    GetSourceConnectionRequest get(kUnknown);
    QVERIFY(run(get, m_connection));
    QCOMPARE(get.result().status, ApiStatus::NotFound);
    DeleteSourceConnectionRequest remove(kUnknown);
    QVERIFY(run(remove, m_connection));
    QCOMPARE(remove.result().status, ApiStatus::NotFound);
    SubmitRunCredentialsRequest credentials(kUnknown, kUnknown, {{QStringLiteral("token"), kToken}});
    QVERIFY(run(credentials, m_connection));
    QCOMPARE(credentials.result().status, ApiStatus::NotFound);
    QVERIFY(!credentials.result().message.contains(kToken));
}

void TestSourceConnectionsApi::blockedRunResumesWithCredentials()
{
    const int asked = m_source.count("/export/");
    const QString id = createMigration();
    SaveSourceConnectionRequest save(id, settings());
    QVERIFY(run(save, m_connection));
    QVERIFY2(save.result().ok(), qPrintable(save.result().message));

    StartMigrationRunRequest start(id, QStringLiteral("generate"));
    QVERIFY(run(start, m_connection));
    QVERIFY2(start.result().ok(), qPrintable(start.result().message));
    QJsonObject body;
    const MigrationRun blocked = waitFor(id, start.runId(), &body);
    QCOMPARE(blocked.status, QStringLiteral("blocked"));
    QCOMPARE(blocked.blockedReason, QStringLiteral("credentials"));
    const std::optional<CredentialRequest> request = credentialRequestFromRunJson(body);
    QVERIFY(request);
    QCOMPARE(request->connectionId, save.connection().id);
    QCOMPARE(request->sourceKey, QStringLiteral("http_csv"));
    QCOMPARE(request->sourceName, QStringLiteral("CSV over HTTP"));
    QVERIFY(request->reason.contains(QLatin1String("needs credentials")));
    QCOMPARE(request->schema.size(), 1);
    QCOMPARE(request->schema.first().name, QStringLiteral("token"));
    QVERIFY(request->schema.first().secret);
    QCOMPARE(m_source.count("/export/"), asked); // nothing asked of the source without credentials

    // Deleting the connection a blocked run waits on is refused.
    DeleteSourceConnectionRequest remove(id);
    QVERIFY(run(remove, m_connection));
    QCOMPARE(remove.result().status, ApiStatus::Conflict);

    SubmitRunCredentialsRequest submit(id, start.runId(), {{QStringLiteral("token"), kToken}},
                                       request->connectionId);
    QVERIFY(!submit.isIdempotent());
    QVERIFY(run(submit, m_connection));
    QVERIFY2(submit.result().ok(), qPrintable(submit.result().message));
    QCOMPARE(submit.runId(), start.runId());
    QCOMPARE(submit.status(), QStringLiteral("running"));

    // The run resumes, extracts with the token and reaches its preview.
    const MigrationRun done = waitFor(id, start.runId(), &body);
    QVERIFY2(done.status == QLatin1String("awaiting_approval"), qPrintable(done.status + done.error));
    QVERIFY(!credentialRequestFromRunJson(body));
    QVERIFY(m_source.count("/export/contacts.csv") > asked);
    QVERIFY(m_source.heads().last().contains(QByteArray("Authorization: Bearer " + kToken.toUtf8())));

    GetSourceConnectionRequest read(id);
    QVERIFY(run(read, m_connection));
    QVERIFY(read.connection().credsConfigured);
    QVERIFY(read.connection().lastSyncAt.isValid());
    QVERIFY(read.connection().lastSnapshot);

    // The token reached neither the thread nor the server's log.
    GetThreadRequest thread(id);
    QVERIFY(run(thread, m_connection));
    QVERIFY(thread.result().ok());
    QVERIFY(!QJsonDocument(thread.result().body).toJson().contains(kToken.toUtf8()));
    QVERIFY(!m_server.standardError().contains(kToken.toUtf8()));
}

void TestSourceConnectionsApi::credentialErrorsLandInTheirBands()
{
    const auto [id, runId] = blockedRun();
    QVERIFY(!id.isEmpty());

    SubmitRunCredentialsRequest empty(id, runId, {});
    QVERIFY(run(empty, m_connection));
    QCOMPARE(empty.result().status, ApiStatus::ClientError);
    QVERIFY2(empty.result().message.contains(QLatin1String("credentials")),
             qPrintable(empty.result().message));

    SubmitRunCredentialsRequest wrongField(id, runId, {{QStringLiteral("api_key"), kToken}});
    QVERIFY(run(wrongField, m_connection));
    QCOMPARE(wrongField.result().status, ApiStatus::ClientError);
    QVERIFY2(wrongField.result().message.contains(QLatin1String("credentials.api_key")),
             qPrintable(wrongField.result().message));
    QVERIFY(!wrongField.result().message.contains(kToken));

    SubmitRunCredentialsRequest badGuard(id, runId, {{QStringLiteral("token"), kToken}},
                                         QStringLiteral("nope"));
    QVERIFY(run(badGuard, m_connection));
    QCOMPARE(badGuard.result().status, ApiStatus::ClientError);
    QVERIFY2(badGuard.result().message.contains(QLatin1String("connection_id")),
             qPrintable(badGuard.result().message));

    SubmitRunCredentialsRequest otherConnection(id, runId, {{QStringLiteral("token"), kToken}}, kUnknown);
    QVERIFY(run(otherConnection, m_connection));
    QCOMPARE(otherConnection.result().status, ApiStatus::Conflict);

    SubmitRunCredentialsRequest noRun(id, kUnknown, {{QStringLiteral("token"), kToken}});
    QVERIFY(run(noRun, m_connection));
    QCOMPARE(noRun.result().status, ApiStatus::NotFound);

    // Still waiting after all of those; a canceled run refuses credentials (409).
    QCOMPARE(waitFor(id, runId).status, QStringLiteral("blocked"));
    CancelMigrationRunRequest cancel(id, runId);
    QVERIFY(run(cancel, m_connection));
    QVERIFY(cancel.result().ok());
    QCOMPARE(waitFor(id, runId).status, QStringLiteral("canceled"));
    SubmitRunCredentialsRequest late(id, runId, {{QStringLiteral("token"), kToken}});
    QVERIFY(run(late, m_connection));
    QCOMPARE(late.result().status, ApiStatus::Conflict);
    QVERIFY(!late.result().message.contains(kToken));
}

QTEST_GUILESS_MAIN(TestSourceConnectionsApi)
#include "tst_sourceconnectionsapi.moc"
