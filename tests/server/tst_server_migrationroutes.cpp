// SPDX-License-Identifier: GPL-3.0-or-later
// Generation B migrations over real HTTP: POST /migrations (validation, sources by name, slugs,
// idempotent external_id), GET /migrations and GET /migrations/{id}.
#include "apiclient.h"

#include "server/database.h"

#include <QJsonArray>
#include <QTest>

using namespace godwit::test;

class TestMigrationRoutes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void createWithEveryActiveTemplate();
    void createWithSlugsAndSource();
    void sourcelessForms();
    void validationIs400_data();
    void validationIs400();
    void unknownSlugsAreNamed();
    void unknownSourceIs404();
    void sameExternalIdAndSourceReplaysWith200();
    void sameExternalIdOtherSourceIs409();
    void parallelCreatesWithOneExternalIdGiveOneMigration();
    void listIsNewestFirstAndGetMatches();
    void unknownMigrationIs404();
    void ambiguousSourceNameIs409();
    void cleanupTestCase();

private:
    HttpResult create(const QJsonObject &body) const
    {
        return m_api->post(QStringLiteral("/migrations"), body);
    }
    static QJsonObject migrationOf(const HttpResult &result)
    {
        return result.json().value(QLatin1String("migration")).toObject();
    }
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestMigrationRoutes::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}), m_server.standardError());
    m_api = std::make_unique<ApiClient>(m_server);
}

void TestMigrationRoutes::cleanupTestCase()
{
    m_server.stop();
}

void TestMigrationRoutes::createWithEveryActiveTemplate()
{
    const HttpResult result = create(QJsonObject{{QLatin1String("name"), QLatin1String("Everything")}});
    QCOMPARE(result.status, 201);
    QCOMPARE(result.json().keys(), QStringList{QStringLiteral("migration")});
    const QJsonObject migration = migrationOf(result);
    QCOMPARE(migration.value(QLatin1String("id")).toString().size(), 36);
    QCOMPARE(migration.value(QLatin1String("name")).toString(), QStringLiteral("Everything"));
    QVERIFY(migration.value(QLatin1String("source")).isNull());
    QVERIFY(migration.value(QLatin1String("external_id")).isNull());
    QCOMPARE(migration.value(QLatin1String("status")).toString(), QStringLiteral("awaiting_files"));
    QVERIFY(migration.value(QLatin1String("created_at")).toString().endsWith(QLatin1Char('Z')));
    QStringList slugs;
    for (const QJsonValue &tmpl : migration.value(QLatin1String("templates")).toArray()) {
        QCOMPARE(tmpl.toObject().keys(), QStringList({QStringLiteral("name"), QStringLiteral("slug")}));
        slugs.append(tmpl.toObject().value(QLatin1String("slug")).toString());
    }
    slugs.sort();
    QCOMPARE(slugs,
             QStringList({QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("deals")}));
}

void TestMigrationRoutes::createWithSlugsAndSource()
{
    const HttpResult result = create(QJsonObject{
        {QLatin1String("name"), QLatin1String("Two")},
        {QLatin1String("source"), QLatin1String("HubSpot")},
        {QLatin1String("external_id"), QLatin1String("two-1")},
        {QLatin1String("templates"), QJsonArray{QLatin1String("deals"), QLatin1String("contacts")}}});
    QCOMPARE(result.status, 201);
    const QJsonObject migration = migrationOf(result);
    QCOMPARE(migration.value(QLatin1String("source")).toString(), QStringLiteral("HubSpot"));
    QCOMPARE(migration.value(QLatin1String("external_id")).toString(), QStringLiteral("two-1"));
    QCOMPARE(migration.value(QLatin1String("templates")).toArray(),
             QJsonArray({QJsonObject{{QLatin1String("slug"), QLatin1String("deals")},
                                     {QLatin1String("name"), QLatin1String("Deals")}},
                         QJsonObject{{QLatin1String("slug"), QLatin1String("contacts")},
                                     {QLatin1String("name"), QLatin1String("Contacts")}}}));
}

void TestMigrationRoutes::sourcelessForms()
{
    for (const QJsonValue &source : {QJsonValue(QJsonValue::Null), QJsonValue(QString())}) {
        const HttpResult result = create(QJsonObject{{QLatin1String("name"), QLatin1String("Sourceless")},
                                                     {QLatin1String("source"), source}});
        QCOMPARE(result.status, 201);
        QVERIFY(migrationOf(result).value(QLatin1String("source")).isNull());
    }
}

void TestMigrationRoutes::validationIs400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QString externalMessage = QStringLiteral(
        "external_id must contain only alphanumeric characters, hyphens, and underscores (max 255 chars)");
    QTest::newRow("name missing") << QByteArray("{}") << QStringLiteral("name is required");
    QTest::newRow("name empty") << QByteArray(R"({"name":""})")
                                << QStringLiteral(
                                       "name must be a non-empty string of at most 255 characters");
    QTest::newRow("source number") << QByteArray(R"({"name":"x","source":5})")
                                   << QStringLiteral("source must be a string (a source name)");
    QTest::newRow("external_id bad") << QByteArray(R"({"name":"x","external_id":"a/b"})") << externalMessage;
    QTest::newRow("templates string")
        << QByteArray(R"({"name":"x","templates":"contacts"})")
        << QStringLiteral("templates must be a non-empty array of template slugs");
    QTest::newRow("templates numbers")
        << QByteArray(R"({"name":"x","templates":[1]})")
        << QStringLiteral("templates must be a non-empty array of template slugs");
    QTest::newRow("templates empty") << QByteArray(R"({"name":"x","templates":[]})")
                                     << QStringLiteral(
                                            "templates must be a non-empty array of template slugs");
    QTest::newRow("malformed") << QByteArray(R"({"name":)") << QString();
}

void TestMigrationRoutes::validationIs400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const HttpResult result = m_api->postRaw(QStringLiteral("/migrations"), body);
    QCOMPARE(result.status, 400);
    if (!error.isEmpty())
        QCOMPARE(errorOf(result), error);
    else
        QVERIFY(!errorOf(result).isEmpty());
}

void TestMigrationRoutes::unknownSlugsAreNamed()
{
    const HttpResult result = create(
        QJsonObject{{QLatin1String("name"), QLatin1String("x")},
                    {QLatin1String("templates"),
                     QJsonArray{QLatin1String("contacts"), QLatin1String("leads"), QLatin1String("Deals")}}});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorOf(result), QStringLiteral("Unknown template slug(s): leads, Deals"));
}

void TestMigrationRoutes::unknownSourceIs404()
{
    const HttpResult result = create(QJsonObject{{QLatin1String("name"), QLatin1String("x")},
                                                 {QLatin1String("source"), QLatin1String("hubspot")}});
    QCOMPARE(result.status, 404); // names match case-sensitively
    QCOMPARE(errorOf(result), QStringLiteral("source \"hubspot\" is not a source of this account"));
}

void TestMigrationRoutes::sameExternalIdAndSourceReplaysWith200()
{
    const QJsonObject body{{QLatin1String("name"), QLatin1String("Replay")},
                           {QLatin1String("source"), QLatin1String("Pipedrive")},
                           {QLatin1String("external_id"), QLatin1String("replay-1")}};
    const HttpResult first = create(body);
    QCOMPARE(first.status, 201);
    const HttpResult again = create(body);
    QCOMPARE(again.status, 200);
    QCOMPARE(migrationOf(again), migrationOf(first));
    // Sourceless replays too.
    const QJsonObject sourceless{{QLatin1String("name"), QLatin1String("R2")},
                                 {QLatin1String("external_id"), QLatin1String("replay-2")}};
    QCOMPARE(create(sourceless).status, 201);
    QCOMPARE(create(sourceless).status, 200);
}

void TestMigrationRoutes::sameExternalIdOtherSourceIs409()
{
    QCOMPARE(create(QJsonObject{{QLatin1String("name"), QLatin1String("A")},
                                {QLatin1String("source"), QLatin1String("Salesforce")},
                                {QLatin1String("external_id"), QLatin1String("taken-1")}})
                 .status,
             201);
    for (const QJsonValue &source : {QJsonValue(QLatin1String("HubSpot")), QJsonValue(QJsonValue::Null)}) {
        const HttpResult other =
            create(QJsonObject{{QLatin1String("name"), QLatin1String("A")},
                               {QLatin1String("source"), source},
                               {QLatin1String("external_id"), QLatin1String("taken-1")}});
        QCOMPARE(other.status, 409);
        QVERIFY(errorOf(other).startsWith(QStringLiteral("external_id \"taken-1\" is already used")));
    }
}

void TestMigrationRoutes::parallelCreatesWithOneExternalIdGiveOneMigration()
{
    const QList<HttpResult> results = inParallel(10, [this](int) {
        return create(QJsonObject{{QLatin1String("name"), QLatin1String("Parallel")},
                                  {QLatin1String("source"), QLatin1String("ServiceM8")},
                                  {QLatin1String("external_id"), QLatin1String("parallel-m")}});
    });
    int created = 0;
    int replayed = 0;
    QSet<QString> ids;
    for (const HttpResult &result : results) {
        created += result.status == 201 ? 1 : 0;
        replayed += result.status == 200 ? 1 : 0;
        ids.insert(migrationOf(result).value(QLatin1String("id")).toString());
    }
    QCOMPARE(created, 1);
    QCOMPARE(replayed, 9);
    QCOMPARE(ids.size(), 1);
}

void TestMigrationRoutes::listIsNewestFirstAndGetMatches()
{
    const QJsonObject a = migrationOf(create(QJsonObject{{QLatin1String("name"), QLatin1String("List A")}}));
    const QJsonObject b = migrationOf(create(QJsonObject{{QLatin1String("name"), QLatin1String("List B")}}));
    const HttpResult list = m_api->get(QStringLiteral("/migrations"));
    QCOMPARE(list.status, 200);
    const QJsonArray migrations = list.json().value(QLatin1String("migrations")).toArray();
    QCOMPARE(migrations.at(0).toObject(), b);
    QCOMPARE(migrations.at(1).toObject(), a);
    const HttpResult got =
        m_api->get(QStringLiteral("/migrations/") + a.value(QLatin1String("id")).toString());
    QCOMPARE(got.status, 200);
    QCOMPARE(migrationOf(got), a);
}

void TestMigrationRoutes::unknownMigrationIs404()
{
    for (const QString &id : {QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("x")}) {
        const HttpResult got = m_api->get(QStringLiteral("/migrations/") + id);
        QCOMPARE(got.status, 404);
        QCOMPARE(errorOf(got), QStringLiteral("Migration not found"));
    }
}

void TestMigrationRoutes::ambiguousSourceNameIs409()
{
    // Runs last: a second source named "Zoho CRM" goes into the database while the server is stopped.
    QVERIFY(m_server.stop());
    {
        godwit::server::Database database(m_server.dataDir() + QStringLiteral("/godwit.sqlite"));
        godwit::server::exec(
            database.connection(),
            QStringLiteral("INSERT INTO sources (id, account_id, name) SELECT"
                           " '0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d99', account_id, name FROM sources"
                           " WHERE name = 'Zoho CRM'"));
    }
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}), m_server.standardError());
    const HttpResult result = create(QJsonObject{{QLatin1String("name"), QLatin1String("x")},
                                                 {QLatin1String("source"), QLatin1String("Zoho CRM")}});
    QCOMPARE(result.status, 409);
    QCOMPARE(errorOf(result), QStringLiteral("source \"Zoho CRM\" is ambiguous: 2 sources have that name"));
}

QTEST_GUILESS_MAIN(TestMigrationRoutes)
#include "tst_server_migrationroutes.moc"
