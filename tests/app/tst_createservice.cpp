// SPDX-License-Identifier: GPL-3.0-or-later
// CreateService: every create through the intent journal. Against a real godwit-server: the
// outcomes (created, the same object again, a conflict with the object attached, refusals on
// their field). With a peer of the test's own: lost answers settled by looking the object up,
// 5xx retried only when the call carries a key. And a real crash: a child process is killed
// between "intent journaled" and "answer read", and the next start finishes the intent with the
// same key — one company, never two.
#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/api/migrations.h"
#include "app/createservice.h"
#include "support/scriptedpeer.h"
#include "support/serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace godwit::app;
using godwit::test::ScriptedPeer;

namespace {

const QString kSalesforce = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01");
const QString kHubSpotName = QStringLiteral("HubSpot");

bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000);
}

// Runs one operation to its end; returns what a slot would read.
struct Settled {
    CreateOperation::Outcome outcome = CreateOperation::Outcome::Pending;
    QString field;
    QString message;
    Company company;
    Migration migration;
    RunRef run;
    ApiResult result;
    bool destinationDropped = false;
};

Settled settle(CreateOperation *op, int timeoutMs = 30000)
{
    Settled out;
    bool done = false;
    QObject::connect(op, &CreateOperation::finished, op, [&] {
        out.outcome = op->outcome();
        out.field = op->field();
        out.message = op->message();
        out.company = op->company();
        out.migration = op->migration();
        out.run = op->run();
        out.result = op->result();
        out.destinationDropped = op->destinationDropped();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("the operation did not finish in time");
    return out;
}

bool openJournal(CreateService &service, const QString &path)
{
    QSignalSpy ready(&service, &CreateService::journalReady);
    service.openJournal(path);
    return ready.wait(5000) && ready.constFirst().at(0).toBool();
}

RetryPolicy policy(int attempts)
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelay = std::chrono::milliseconds(20);
    p.maxDelay = std::chrono::milliseconds(100);
    return p;
}

int companiesNamed(ApiConnection &connection, const QString &name)
{
    ListCompaniesRequest list;
    if (!run(list, connection) || !list.result().ok())
        return -1;
    return int(std::count_if(list.companies().begin(), list.companies().end(),
                             [&](const Company &c) { return c.name == name; }));
}

QByteArray companyJson(const QString &id, const QString &name, const QString &externalId, bool whole)
{
    const QJsonObject company{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("external_id"), externalId},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!whole)
        return QJsonDocument(QJsonObject{{QStringLiteral("companies"), QJsonArray{company}}}).toJson();
    return QJsonDocument(QJsonObject{{QStringLiteral("company"), company},
                                     {QStringLiteral("workbook_id"), QStringLiteral("w1")},
                                     {QStringLiteral("sheets"), QJsonArray{}},
                                     {QStringLiteral("magic_link_url"), QStringLiteral("http://x/link/t")}})
        .toJson();
}

// Between the console and the real server: forwards the requests, and either keeps the
// server's answer to itself (the answer is lost) or never forwards the request at all.
class LosingProxy : public QTcpServer {
    Q_OBJECT
public:
    enum Mode { WithholdAnswer, SwallowRequest };
    LosingProxy(quint16 target, Mode mode)
        : m_target(target)
        , m_mode(mode)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QStringLiteral("127.0.0.1"), m_target);
                connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
                    const QByteArray data = client->readAll();
                    if (m_mode == SwallowRequest) {
                        emit lost();
                        return;
                    }
                    upstream->write(data);
                });
                connect(upstream, &QTcpSocket::readyRead, this, [this, upstream] {
                    upstream->readAll(); // the answer goes nowhere
                    emit lost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(serverPort())); }

signals:
    void lost();

private:
    quint16 m_target;
    Mode m_mode;
};

// The child console: one company create through a journal, then it waits to be killed.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ApiConnection connection;
    connection.configure(QUrl(qEnvironmentVariable("GODWIT_CHILD_URL")),
                         qEnvironmentVariable("GODWIT_CHILD_KEY"));
    CreateService creates(&connection);
    creates.setProfileId(QStringLiteral("local"));
    QObject::connect(&creates, &CreateService::journalReady, &creates, [&](bool ok) {
        if (!ok)
            QCoreApplication::exit(3);
        CompanyDraft draft;
        draft.name = qEnvironmentVariable("GODWIT_CHILD_NAME");
        draft.sourceId = kSalesforce;
        creates.createCompany(draft); // no external_id: the service makes one up and journals it
    });
    creates.openJournal(qEnvironmentVariable("GODWIT_CHILD_JOURNAL"));
    return app.exec();
}

} // namespace

class TestCreateService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fieldOfMessage_data();
    void fieldOfMessage();
    void createsACompanyAndCompletesTheIntent();
    void anIdenticalCreateIsTheSameCompany();
    void anotherCompanysExternalIdIsAConflictWithThatCompany();
    void refusalsNameTheirField();
    void destinationSecretsNeverReachTheJournal();
    void migrationCreatedThenReopened();
    void migrationConflictAndRefusals();
    void startsAnImportOrSaysTheServerCannot();
    void lostCompanyAnswerIsSettledByLookingItUp();
    void lostAnswerOfACompanyNeverMadeIsSentAgain();
    void unsettledCreateIsFinishedAtTheNextConnect();
    void importIsRetriedWithTheSameKeyOnlyWhenItHasOne();
    void killedAfterTheRequestLeftFindsTheSameCompany();
    void killedBeforeTheRequestLeftCreatesItOnce();

private:
    void killChildDuringCreate(LosingProxy::Mode mode, const QString &name,
                               CreateOperation::Outcome expected);

    QTemporaryDir m_dir;
    godwit::test::ServerProcess m_server;
    ApiConnection m_connection;
    int m_journals = 0;
    QString nextJournal() { return m_dir.filePath(QStringLiteral("j%1/intents.jsonl").arg(++m_journals)); }
};

void TestCreateService::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
}

void TestCreateService::fieldOfMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("name") << QStringLiteral("name: a company named \"A\" already exists for this source")
                          << QStringLiteral("name");
    QTest::newRow("name required") << QStringLiteral("name is required") << QStringLiteral("name");
    QTest::newRow("source") << QStringLiteral("source \"X\" is not a source of this account")
                            << QStringLiteral("source");
    QTest::newRow("external_id") << QStringLiteral("external_id must contain only alphanumeric characters")
                                 << QStringLiteral("external_id");
    QTest::newRow("template_ids") << QStringLiteral("template_ids not in the account: x")
                                  << QStringLiteral("template_ids");
    QTest::newRow("slugs") << QStringLiteral("Unknown template slug(s): x") << QStringLiteral("templates");
    QTest::newRow("base_url") << QStringLiteral("connections.base_url must be an http(s) URL")
                              << QStringLiteral("connections.base_url");
    QTest::newRow("not a field") << QStringLiteral("namespace clash") << QString();
    QTest::newRow("none") << QStringLiteral("Internal server error") << QString();
}

void TestCreateService::fieldOfMessage()
{
    QFETCH(QString, message);
    QFETCH(QString, field);
    QCOMPARE(CreateService::fieldOfMessage(message), field);
}

void TestCreateService::createsACompanyAndCompletesTheIntent()
{
    CreateService service(&m_connection);
    const QString journal = nextJournal();
    QVERIFY(openJournal(service, journal));
    CompanyDraft draft{QStringLiteral("Journal AG"), kSalesforce, {}, {}, {}};
    CreateOperation *op = service.createCompany(draft);
    QVERIFY(op->key().startsWith(QStringLiteral("gw-"))); // made up: retry-safe without one
    const QString key = op->key();
    const Settled s = settle(op);
    QCOMPARE(s.outcome, CreateOperation::Outcome::Created);
    QCOMPARE(s.company.externalId, key);
    QVERIFY(!s.company.workbookId.isEmpty());
    QTRY_COMPARE(service.pendingCount(), 0);
    service.waitForJournal();
    // The journal says "intent" then "done".
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(key.toUtf8()));
    QVERIFY(lines.at(1).contains("\"op\":\"done\""));
}

void TestCreateService::anIdenticalCreateIsTheSameCompany()
{
    CreateService service(&m_connection);
    QVERIFY(openJournal(service, nextJournal()));
    const CompanyDraft draft{QStringLiteral("Twice AG"), kSalesforce, QStringLiteral("twice-001"), {}, {}};
    const Settled first = settle(service.createCompany(draft));
    QCOMPARE(first.outcome, CreateOperation::Outcome::Created);
    // What a resend after a lost answer looks like to the server: 400 (the name is taken), not
    // 409 — settled by the external_id, it is the same company.
    const Settled second = settle(service.createCompany(draft));
    QCOMPARE(second.result.httpStatus, 200); // the GET that settled it
    QCOMPARE(second.outcome, CreateOperation::Outcome::Recovered);
    QCOMPARE(second.company.id, first.company.id);
    QCOMPARE(second.company.sheets, first.company.sheets); // the whole company, not a list item
    QCOMPARE(companiesNamed(m_connection, draft.name), 1);
}

void TestCreateService::anotherCompanysExternalIdIsAConflictWithThatCompany()
{
    CreateService service(&m_connection);
    QVERIFY(openJournal(service, nextJournal()));
    const Settled first = settle(service.createCompany(
        {QStringLiteral("Owner AG"), kSalesforce, QStringLiteral("owned-001"), {}, {}}));
    QCOMPARE(first.outcome, CreateOperation::Outcome::Created);
    const Settled other = settle(service.createCompany(
        {QStringLiteral("Newcomer AG"), kSalesforce, QStringLiteral("owned-001"), {}, {}}));
    QCOMPARE(other.outcome, CreateOperation::Outcome::Conflict);
    QCOMPARE(other.field, QStringLiteral("external_id"));
    QCOMPARE(other.company.id, first.company.id);
    QCOMPARE(other.company.name, QStringLiteral("Owner AG"));
    QVERIFY2(other.message.contains(QStringLiteral("external_id")), qPrintable(other.message));
    QCOMPARE(companiesNamed(m_connection, QStringLiteral("Newcomer AG")), 0);
}

void TestCreateService::refusalsNameTheirField()
{
    CreateService service(&m_connection);
    QVERIFY(openJournal(service, nextJournal()));
    const Settled unknownSource = settle(service.createCompany(
        {QStringLiteral("Nowhere AG"), QStringLiteral("00000000-0000-4000-8000-000000000000"), {}, {}, {}}));
    QCOMPARE(unknownSource.outcome, CreateOperation::Outcome::Failed);
    QCOMPARE(unknownSource.field, QStringLiteral("source"));

    QVERIFY(settle(service.createCompany(
                       {QStringLiteral("Taken AG"), kSalesforce, QStringLiteral("taken-1"), {}, {}}))
                .outcome == CreateOperation::Outcome::Created);
    const Settled taken = settle(
        service.createCompany({QStringLiteral("Taken AG"), kSalesforce, QStringLiteral("taken-2"), {}, {}}));
    QCOMPARE(taken.outcome, CreateOperation::Outcome::Failed);
    QCOMPARE(taken.field, QStringLiteral("name"));
    QVERIFY(taken.message.contains(QStringLiteral("already exists")));

    const Settled templates =
        settle(service.createCompany({QStringLiteral("Templates AG"),
                                      kSalesforce,
                                      {},
                                      {QStringLiteral("00000000-0000-4000-8000-000000000001")},
                                      {}}));
    QCOMPARE(templates.outcome, CreateOperation::Outcome::Failed);
    QCOMPARE(templates.field, QStringLiteral("template_ids"));
    QTRY_COMPARE(service.pendingCount(), 0); // refusals made nothing: their intents are done
}

void TestCreateService::destinationSecretsNeverReachTheJournal()
{
    CreateService service(&m_connection);
    const QString journal = nextJournal();
    QVERIFY(openJournal(service, journal));
    CompanyDraft draft{QStringLiteral("Secret AG"), kSalesforce, QStringLiteral("secret-001"), {}, {}};
    draft.destination = Destination{QUrl(QStringLiteral("https://crm.example.com/api")),
                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                                                {QStringLiteral("token"), QStringLiteral("tok-s3cret-42")}}};
    const Settled s = settle(service.createCompany(draft));
    QCOMPARE(s.outcome, CreateOperation::Outcome::Created);
    QVERIFY(!s.destinationDropped);
    service.waitForJournal();
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains("tok-s3cret-42"));
    QVERIFY(!content.contains("crm.example.com"));
    QVERIFY(content.contains("connections_withheld"));
}

void TestCreateService::migrationCreatedThenReopened()
{
    CreateService service(&m_connection);
    QVERIFY(openJournal(service, nextJournal()));
    const MigrationDraft draft{
        QStringLiteral("Move AG"), kHubSpotName, QStringLiteral("move-001"), {QStringLiteral("contacts")}};
    const Settled first = settle(service.createMigration(draft));
    QCOMPARE(first.outcome, CreateOperation::Outcome::Created);
    QCOMPARE(first.migration.source, kHubSpotName);
    // Again with the same external_id and source: the server's 200, the existing migration.
    const Settled again = settle(service.createMigration(
        {QStringLiteral("Move AG, renamed"), kHubSpotName, QStringLiteral("move-001"), {}}));
    QCOMPARE(again.outcome, CreateOperation::Outcome::Reopened);
    QCOMPARE(again.migration.id, first.migration.id);
    QCOMPARE(again.migration.name, QStringLiteral("Move AG")); // the replay changes nothing
    QTRY_COMPARE(service.pendingCount(), 0);
}

void TestCreateService::migrationConflictAndRefusals()
{
    CreateService service(&m_connection);
    QVERIFY(openJournal(service, nextJournal()));
    const Settled first = settle(
        service.createMigration({QStringLiteral("Src AG"), kHubSpotName, QStringLiteral("src-001"), {}}));
    QCOMPARE(first.outcome, CreateOperation::Outcome::Created);
    const Settled otherSource = settle(service.createMigration(
        {QStringLiteral("Src AG"), QStringLiteral("Salesforce"), QStringLiteral("src-001"), {}}));
    QCOMPARE(otherSource.outcome, CreateOperation::Outcome::Conflict);
    QCOMPARE(otherSource.field, QStringLiteral("external_id"));
    QCOMPARE(otherSource.migration.id, first.migration.id);

    const Settled slug =
        settle(service.createMigration({QStringLiteral("Slug AG"), {}, {}, {QStringLiteral("nope")}}));
    QCOMPARE(slug.outcome, CreateOperation::Outcome::Failed);
    QCOMPARE(slug.field, QStringLiteral("templates"));
    const Settled source =
        settle(service.createMigration({QStringLiteral("Where AG"), QStringLiteral("Nowhere CRM"), {}, {}}));
    QCOMPARE(source.outcome, CreateOperation::Outcome::Failed);
    QCOMPARE(source.field, QStringLiteral("source"));
    QCOMPARE(source.result.status, ApiStatus::NotFound);
}

void TestCreateService::startsAnImportOrSaysTheServerCannot()
{
    CreateService service(&m_connection);
    QVERIFY(openJournal(service, nextJournal()));
    const Settled company =
        settle(service.createCompany({QStringLiteral("Import AG"), kSalesforce, {}, {}, {}}));
    QCOMPARE(company.outcome, CreateOperation::Outcome::Created);
    const Settled started = settle(service.startImport(
        company.company.id,
        QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.com")}}}));
    if (started.outcome == CreateOperation::Outcome::Created) {
        QVERIFY(!started.run.runId.isEmpty()); // the server has imports now
        return;
    }
    QCOMPARE(started.outcome, CreateOperation::Outcome::Failed);
    QVERIFY2(started.message.contains(QStringLiteral("cannot start imports yet")),
             qPrintable(started.message));
    QTRY_COMPARE(service.pendingCount(), 0);
}

void TestCreateService::lostCompanyAnswerIsSettledByLookingItUp()
{
    const QString key = QStringLiteral("lost-001");
    ScriptedPeer scripted;
    scripted.addAnswer("POST /api/v1/companies", ScriptedPeer::drop());
    scripted.addAnswer("GET /api/v1/companies",
                       ScriptedPeer::answer("200 OK", companyJson(QStringLiteral("c-lost"),
                                                                  QStringLiteral("Lost AG"), key, false)));
    scripted.addAnswer("GET /api/v1/companies/c-lost",
                       ScriptedPeer::answer("200 OK", companyJson(QStringLiteral("c-lost"),
                                                                  QStringLiteral("Lost AG"), key, true)));
    ApiConnection connection;
    connection.setRetryPolicy(policy(3));
    connection.configure(scripted.url(), QStringLiteral("test-key-0123456789"));
    CreateService service(&connection);
    QVERIFY(openJournal(service, nextJournal()));
    const Settled s = settle(service.createCompany({QStringLiteral("Lost AG"), kSalesforce, key, {}, {}}));
    QCOMPARE(s.outcome, CreateOperation::Outcome::Recovered);
    QCOMPARE(s.company.id, QStringLiteral("c-lost"));
    QCOMPARE(s.company.workbookId, QStringLiteral("w1"));
    // Retried (it carries an external_id), each time the same body.
    QVERIFY(scripted.count("/api/v1/companies") >= 3);
    QSet<QByteArray> posted;
    for (int i = 0; i < scripted.requests().size(); ++i) {
        if (scripted.requests().at(i).startsWith("POST "))
            posted.insert(scripted.bodies().at(i));
    }
    QCOMPARE(posted.size(), 1);
    QVERIFY(posted.values().constFirst().contains(key.toUtf8()));
    QTRY_COMPARE(service.pendingCount(), 0);
}

void TestCreateService::lostAnswerOfACompanyNeverMadeIsSentAgain()
{
    ScriptedPeer peer;
    const QString key = QStringLiteral("again-001");
    // No answer at all (a dropped connection would be resent by Qt itself, unseen).
    peer.addAnswer("POST /api/v1/companies", ScriptedPeer::silence());
    peer.addAnswer("POST /api/v1/companies",
                   ScriptedPeer::answer("201 Created", companyJson(QStringLiteral("c-again"),
                                                                   QStringLiteral("Again AG"), key, true)));
    peer.addAnswer("GET /api/v1/companies", ScriptedPeer::answer("200 OK", R"({"companies":[]})"));
    ApiConnection connection;
    connection.setRetryPolicy(policy(1)); // no resend by the connection: the service decides
    connection.setTimeout(500);
    connection.configure(peer.url(), QStringLiteral("test-key-0123456789"));
    CreateService service(&connection);
    QVERIFY(openJournal(service, nextJournal()));
    const Settled s = settle(service.createCompany({QStringLiteral("Again AG"), kSalesforce, key, {}, {}}));
    QCOMPARE(s.outcome, CreateOperation::Outcome::Created);
    QCOMPARE(s.company.id, QStringLiteral("c-again"));
    QStringList methods;
    for (const QByteArray &line : peer.requests())
        methods.append(QString::fromLatin1(line.left(line.indexOf(' '))));
    // Timed out, looked up (not there), sent again with the same body.
    QCOMPARE(methods, (QStringList{QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("POST")}));
    QCOMPARE(peer.bodies().constFirst(), peer.bodies().constLast());
}

void TestCreateService::unsettledCreateIsFinishedAtTheNextConnect()
{
    ScriptedPeer peer;
    peer.addAnswer("POST /api/v1/", ScriptedPeer::drop());
    peer.addAnswer("GET /api/v1/", ScriptedPeer::answer("503 Service Unavailable", R"({"error":"down"})"));
    ApiConnection connection;
    connection.setRetryPolicy(policy(1));
    connection.configure(peer.url(), QStringLiteral("test-key-0123456789"));
    CreateService service(&connection);
    service.setProfileId(QStringLiteral("p1"));
    QVERIFY(openJournal(service, nextJournal()));
    const Settled company = settle(service.createCompany(
        {QStringLiteral("Later AG"), kSalesforce, QStringLiteral("later-001"), {}, {}}));
    QCOMPARE(company.outcome, CreateOperation::Outcome::Unsettled);
    const Settled migration = settle(
        service.createMigration({QStringLiteral("Later migration"), {}, QStringLiteral("later-m1"), {}}));
    QCOMPARE(migration.outcome, CreateOperation::Outcome::Unsettled);
    QTRY_COMPARE(service.pendingCount(), 2);

    // The next connect: the real server. Both are finished with their keys, once.
    connection.configure(m_server.baseUrl(), m_server.apiKey());
    QSignalSpy finished(&service, &CreateService::operationFinished);
    QList<std::pair<CreateOperation::Kind, CreateOperation::Outcome>> outcomes;
    connect(&service, &CreateService::operationFinished, this, [&](CreateOperation *op) {
        outcomes.append({op->kind(), op->outcome()});
        QVERIFY(op->isResumed());
    });
    service.resumePending();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QVERIFY(outcomes.contains(std::pair{CreateOperation::Kind::Company, CreateOperation::Outcome::Created}));
    QVERIFY(
        outcomes.contains(std::pair{CreateOperation::Kind::Migration, CreateOperation::Outcome::Created}));
    QTRY_COMPARE(service.pendingCount(), 0);
    QCOMPARE(companiesNamed(m_connection, QStringLiteral("Later AG")), 1);
    // Nothing left to do at the connect after.
    service.resumePending();
    QTest::qWait(300);
    QCOMPARE(finished.size(), 2);
}

void TestCreateService::importIsRetriedWithTheSameKeyOnlyWhenItHasOne()
{
    ScriptedPeer peer;
    const QByteArray error = ScriptedPeer::answer("500 Internal Server Error", R"({"error":"boom"})");
    peer.addAnswer("POST /api/v1/companies/c1/imports", error);
    peer.addAnswer("POST /api/v1/companies/c1/imports", error);
    peer.addAnswer("POST /api/v1/companies/c1/imports",
                   ScriptedPeer::answer(
                       "201 Created",
                       R"({"run_id":"r1","status":"queued","poll_url":"/api/v1/companies/c1/imports/r1"})"));
    ApiConnection connection;
    connection.setRetryPolicy(policy(5));
    connection.configure(peer.url(), QStringLiteral("test-key-0123456789"));
    CreateService service(&connection);
    QVERIFY(openJournal(service, nextJournal()));
    const Settled s = settle(service.startImport(
        QStringLiteral("c1"), QList<ImportFile>{{QStringLiteral("a.csv"), QStringLiteral("ref")}}));
    QCOMPARE(s.outcome, CreateOperation::Outcome::Created);
    QCOMPARE(s.run.runId, QStringLiteral("r1"));
    QCOMPARE(peer.count("/api/v1/companies/c1/imports"), 3);
    QCOMPARE(QSet<QByteArray>(peer.bodies().cbegin(), peer.bodies().cend()).size(), 1); // same key each time

    // Without a key a 5xx is final: the server may have done the work.
    ScriptedPeer bare;
    bare.addAnswer("/", error);
    connection.configure(bare.url(), QStringLiteral("test-key-0123456789"));
    StartImportRequest plain(QStringLiteral("c1"), QJsonObject{{QStringLiteral("rows"), QJsonArray{}}});
    QVERIFY(run(plain, connection));
    QCOMPARE(plain.result().status, ApiStatus::ServerError);
    QCOMPARE(bare.count("/"), 1);
}

void TestCreateService::killChildDuringCreate(LosingProxy::Mode mode, const QString &name,
                                              CreateOperation::Outcome expected)
{
    LosingProxy proxy(m_server.port(), mode);
    QSignalSpy lost(&proxy, &LosingProxy::lost);
    const QString journal = nextJournal();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GODWIT_CHILD_URL"), proxy.url().toString());
    env.insert(QStringLiteral("GODWIT_CHILD_KEY"), m_server.apiKey()); // never on the command line
    env.insert(QStringLiteral("GODWIT_CHILD_JOURNAL"), journal);
    env.insert(QStringLiteral("GODWIT_CHILD_NAME"), name);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
    QVERIFY(child.waitForStarted(5000));
    // The request is out (and, withheld, the server has answered it): kill -9 now.
    QVERIFY(lost.wait(15000));
    child.kill();
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(companiesNamed(m_connection, name), mode == LosingProxy::WithholdAnswer ? 1 : 0);

    // The next start: same journal, real server.
    CreateService service(&m_connection);
    service.setProfileId(QStringLiteral("local"));
    QSignalSpy finished(&service, &CreateService::operationFinished);
    Settled s;
    connect(&service, &CreateService::operationFinished, this, [&](CreateOperation *op) {
        s.outcome = op->outcome();
        s.company = op->company();
    });
    QVERIFY(openJournal(service, journal));
    QCOMPARE(service.pendingCount(), 1);
    service.resumePending();
    QVERIFY(finished.wait(15000));
    QCOMPARE(s.outcome, expected);
    QCOMPARE(s.company.name, name);
    QVERIFY(s.company.externalId.startsWith(QStringLiteral("gw-")));
    QTRY_COMPARE(service.pendingCount(), 0);
    QCOMPARE(companiesNamed(m_connection, name), 1);
}

void TestCreateService::killedAfterTheRequestLeftFindsTheSameCompany()
{
    killChildDuringCreate(LosingProxy::WithholdAnswer, QStringLiteral("Killed After AG"),
                          CreateOperation::Outcome::Recovered);
}

void TestCreateService::killedBeforeTheRequestLeftCreatesItOnce()
{
    killChildDuringCreate(LosingProxy::SwallowRequest, QStringLiteral("Killed Before AG"),
                          CreateOperation::Outcome::Created);
}

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--child") == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestCreateService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_createservice.moc"
