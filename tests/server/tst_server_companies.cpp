// SPDX-License-Identifier: GPL-3.0-or-later
// Generation A companies over real HTTP: POST/GET /companies, GET /companies/{id}, POST …/uploads (mint).
#include "apiclient.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace godwit::test;

class TestCompanies : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void createReturnsTheDocumentedBody();
    void templateIdsChooseTheSheets();
    void emailIsAcceptedAndIgnored();
    void missingOrInvalidFieldsAre400_data();
    void missingOrInvalidFieldsAre400();
    void unknownSourceIs404();
    void templatesNotInTheAccountAre400();
    void duplicateNameForTheSameSourceIs400();
    void reusedExternalIdIs409();
    void parallelCreatesWithOneExternalIdGiveOne201();
    void connectionsAreNeverReturnedNorStoredInPlaintext();
    void listIsNewestFirstAndGetReturnsTheCreateBody();
    void unknownOrMalformedCompanyIdIs404();
    void mintUploadReturnsUrlAndRef();
    void mintUploadValidation();
    void mintUploadOverTheCapIs413();
    void cleanupTestCase();

private:
    QJsonObject create(const QJsonObject &body);
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestCompanies::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                             QStringLiteral("--max-upload-size"), QStringLiteral("1000000")}),
             m_server.standardError());
    m_api = std::make_unique<ApiClient>(m_server);
}

void TestCompanies::cleanupTestCase()
{
    QVERIFY(m_server.stop());
    // Never logged: the connection secret used below.
    QVERIFY(!m_server.standardError().contains("tok-SECRET-123"));
}

QJsonObject TestCompanies::create(const QJsonObject &body)
{
    const HttpResult result = m_api->post(QStringLiteral("/companies"), body);
    if (result.status != 201)
        qWarning() << result.status << result.body;
    return result.status == 201 ? result.json() : QJsonObject();
}

void TestCompanies::createReturnsTheDocumentedBody()
{
    const HttpResult result =
        m_api->post(QStringLiteral("/companies"),
                    QJsonObject{{QLatin1String("name"), QLatin1String("Acme Ltd")},
                                {QLatin1String("source"), kSalesforce},
                                {QLatin1String("external_id"), QLatin1String("acme_42-x")}});
    QCOMPARE(result.status, 201);
    const QJsonObject body = result.json();
    QCOMPARE(QStringList(body.keys()),
             QStringList({QStringLiteral("company"), QStringLiteral("magic_link_url"),
                          QStringLiteral("sheets"), QStringLiteral("workbook_id")}));
    const QJsonObject company = body.value(QLatin1String("company")).toObject();
    QCOMPARE(QStringList(company.keys()),
             QStringList({QStringLiteral("created_at"), QStringLiteral("external_id"), QStringLiteral("id"),
                          QStringLiteral("name")}));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY(uuid.match(company.value(QLatin1String("id")).toString()).hasMatch());
    QVERIFY(uuid.match(body.value(QLatin1String("workbook_id")).toString()).hasMatch());
    QCOMPARE(company.value(QLatin1String("name")).toString(), QStringLiteral("Acme Ltd"));
    QCOMPARE(company.value(QLatin1String("external_id")).toString(), QStringLiteral("acme_42-x"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                .match(company.value(QLatin1String("created_at")).toString())
                .hasMatch());
    // Omitted template_ids: one sheet per template of the account.
    const QJsonArray sheets = body.value(QLatin1String("sheets")).toArray();
    QCOMPARE(sheets.size(), 3);
    QStringList templateIds;
    for (const QJsonValue &sheet : sheets) {
        const QJsonObject object = sheet.toObject();
        QCOMPARE(QStringList(object.keys()),
                 QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("template_id")}));
        QVERIFY(uuid.match(object.value(QLatin1String("id")).toString()).hasMatch());
        templateIds.append(object.value(QLatin1String("template_id")).toString());
    }
    templateIds.sort();
    QCOMPARE(templateIds, QStringList({kCompaniesTemplate, kContactsTemplate, kDealsTemplate}));
    QVERIFY(body.value(QLatin1String("magic_link_url"))
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1:%1/link/").arg(m_server.port())));

    // Without external_id: null.
    const QJsonObject second = create(QJsonObject{{QLatin1String("name"), QLatin1String("No External")},
                                                  {QLatin1String("source"), kSalesforce}});
    QVERIFY(second.value(QLatin1String("company")).toObject().value(QLatin1String("external_id")).isNull());
}

void TestCompanies::templateIdsChooseTheSheets()
{
    const QJsonObject body =
        create(QJsonObject{{QLatin1String("name"), QLatin1String("Sheets Co")},
                           {QLatin1String("source"), kHubSpot},
                           {QLatin1String("template_ids"), QJsonArray{kDealsTemplate, kContactsTemplate}}});
    const QJsonArray sheets = body.value(QLatin1String("sheets")).toArray();
    QCOMPARE(sheets.size(), 2);
    QCOMPARE(sheets.at(0).toObject().value(QLatin1String("template_id")).toString(), kDealsTemplate);
    QCOMPARE(sheets.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Deals"));
    QCOMPARE(sheets.at(1).toObject().value(QLatin1String("template_id")).toString(), kContactsTemplate);
}

void TestCompanies::emailIsAcceptedAndIgnored()
{
    const QJsonObject body =
        create(QJsonObject{{QLatin1String("name"), QLatin1String("Email Co")},
                           {QLatin1String("source"), kSalesforce},
                           {QLatin1String("email"), QLatin1String("someone@example.com")}});
    QVERIFY(!body.isEmpty());
    QVERIFY(!QJsonDocument(body).toJson().contains("someone@example.com"));
}

void TestCompanies::missingOrInvalidFieldsAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QByteArray src = "\"source\":\"" + kSalesforce.toLatin1() + "\"";
    QTest::newRow("name missing") << QByteArray("{" + src + "}") << QStringLiteral("name is required");
    QTest::newRow("name empty") << QByteArray("{\"name\":\" \"," + src + "}")
                                << QStringLiteral("name must be a non-empty string");
    QTest::newRow("name number") << QByteArray("{\"name\":5," + src + "}")
                                 << QStringLiteral("name must be a non-empty string");
    QTest::newRow("source missing") << QByteArray("{\"name\":\"x\"}") << QStringLiteral("source is required");
    QTest::newRow("source not uuid") << QByteArray("{\"name\":\"x\",\"source\":\"Salesforce\"}")
                                     << QStringLiteral("source must be a UUID");
    const QString externalMessage = QStringLiteral(
        "external_id must contain only alphanumeric characters, hyphens, and underscores (max 255 chars)");
    QTest::newRow("external_id pattern")
        << QByteArray("{\"name\":\"x\"," + src + ",\"external_id\":\"a b\"}") << externalMessage;
    QTest::newRow("external_id empty")
        << QByteArray("{\"name\":\"x\"," + src + ",\"external_id\":\"\"}") << externalMessage;
    QTest::newRow("external_id 256") << QByteArray("{\"name\":\"x\"," + src + ",\"external_id\":\"" +
                                                   QByteArray(256, 'a') + "\"}")
                                     << externalMessage;
    QTest::newRow("external_id number")
        << QByteArray("{\"name\":\"x\"," + src + ",\"external_id\":7}") << externalMessage;
    QTest::newRow("template_ids not array")
        << QByteArray("{\"name\":\"x\"," + src + ",\"template_ids\":\"a\"}")
        << QStringLiteral("template_ids must be an array of UUIDs");
    QTest::newRow("template_ids not uuids")
        << QByteArray("{\"name\":\"x\"," + src + ",\"template_ids\":[\"contacts\"]}")
        << QStringLiteral("template_ids must be an array of UUIDs");
    QTest::newRow("connections not object")
        << QByteArray("{\"name\":\"x\"," + src + ",\"connections\":\"u\"}")
        << QStringLiteral("connections must be an object: {\"base_url\": string, \"auth\": object}");
    QTest::newRow("connections without base_url")
        << QByteArray("{\"name\":\"x\"," + src + ",\"connections\":{\"auth\":{}}}")
        << QStringLiteral("connections.base_url must be an http(s) URL");
    QTest::newRow("connections ftp") << QByteArray("{\"name\":\"x\"," + src +
                                                   ",\"connections\":{\"base_url\":\"ftp://x\"}}")
                                     << QStringLiteral("connections.base_url must be an http(s) URL");
    QTest::newRow("not json") << QByteArray("{\"name\":") << QString();
    QTest::newRow("not an object") << QByteArray("[1]")
                                   << QStringLiteral("Request body must be a JSON object");
}

void TestCompanies::missingOrInvalidFieldsAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const HttpResult result = m_api->postRaw(QStringLiteral("/companies"), body);
    QCOMPARE(result.status, 400);
    if (!error.isEmpty())
        QCOMPARE(errorOf(result), error);
    else
        QVERIFY(!errorOf(result).isEmpty());
}

void TestCompanies::unknownSourceIs404()
{
    const HttpResult result = m_api->post(
        QStringLiteral("/companies"),
        QJsonObject{{QLatin1String("name"), QLatin1String("x")},
                    {QLatin1String("source"), QLatin1String("00000000-0000-4000-8000-000000000000")}});
    QCOMPARE(result.status, 404);
    QVERIFY(errorOf(result).startsWith(QStringLiteral("source ")));
    // A wrong Content-Type is a 400 before anything else of the body.
    QCOMPARE(m_api->postRaw(QStringLiteral("/companies"), "{}", "text/plain").status, 400);
}

void TestCompanies::templatesNotInTheAccountAre400()
{
    const HttpResult result = m_api->post(
        QStringLiteral("/companies"),
        QJsonObject{{QLatin1String("name"), QLatin1String("T")},
                    {QLatin1String("source"), kSalesforce},
                    {QLatin1String("template_ids"),
                     QJsonArray{kContactsTemplate, QLatin1String("00000000-0000-4000-8000-0000000000aa")}}});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorOf(result),
             QStringLiteral("template_ids not in the account: 00000000-0000-4000-8000-0000000000aa"));
    // Nothing was created.
    QVERIFY(!QJsonDocument(m_api->get(QStringLiteral("/companies")).json()).toJson().contains("\"T\""));
}

void TestCompanies::duplicateNameForTheSameSourceIs400()
{
    QVERIFY(!create(QJsonObject{{QLatin1String("name"), QLatin1String("Twice")},
                                {QLatin1String("source"), kSalesforce}})
                 .isEmpty());
    const HttpResult again =
        m_api->post(QStringLiteral("/companies"), QJsonObject{{QLatin1String("name"), QLatin1String("Twice")},
                                                              {QLatin1String("source"), kSalesforce}});
    QCOMPARE(again.status, 400);
    QVERIFY(errorOf(again).startsWith(QStringLiteral("name: ")));
    // Same name, another source: fine. Case-sensitive (API §6 item 46).
    QVERIFY(!create(QJsonObject{{QLatin1String("name"), QLatin1String("Twice")},
                                {QLatin1String("source"), kHubSpot}})
                 .isEmpty());
    QVERIFY(!create(QJsonObject{{QLatin1String("name"), QLatin1String("twice")},
                                {QLatin1String("source"), kSalesforce}})
                 .isEmpty());
}

void TestCompanies::reusedExternalIdIs409()
{
    QVERIFY(!create(QJsonObject{{QLatin1String("name"), QLatin1String("Ext 1")},
                                {QLatin1String("source"), kSalesforce},
                                {QLatin1String("external_id"), QLatin1String("ext-reused")}})
                 .isEmpty());
    const HttpResult again =
        m_api->post(QStringLiteral("/companies"),
                    QJsonObject{{QLatin1String("name"), QLatin1String("Ext 2")},
                                {QLatin1String("source"), kHubSpot},
                                {QLatin1String("external_id"), QLatin1String("ext-reused")}});
    QCOMPARE(again.status, 409);
    QCOMPARE(errorOf(again), QStringLiteral("external_id \"ext-reused\" is already used by another company"));
}

void TestCompanies::parallelCreatesWithOneExternalIdGiveOne201()
{
    const QList<HttpResult> results = inParallel(10, [this](int i) {
        return m_api->post(QStringLiteral("/companies"),
                           QJsonObject{{QLatin1String("name"), QStringLiteral("Parallel %1").arg(i)},
                                       {QLatin1String("source"), kSalesforce},
                                       {QLatin1String("external_id"), QLatin1String("parallel-ext")}});
    });
    int created = 0;
    int conflicts = 0;
    for (const HttpResult &result : results) {
        created += result.status == 201 ? 1 : 0;
        conflicts += result.status == 409 ? 1 : 0;
    }
    QCOMPARE(created, 1);
    QCOMPARE(conflicts, 9);
    int listed = 0;
    for (const QJsonValue &company :
         m_api->get(QStringLiteral("/companies")).json().value(QLatin1String("companies")).toArray())
        listed += company.toObject().value(QLatin1String("external_id")).toString() ==
                  QLatin1String("parallel-ext");
    QCOMPARE(listed, 1);
}

void TestCompanies::connectionsAreNeverReturnedNorStoredInPlaintext()
{
    const HttpResult result = m_api->post(
        QStringLiteral("/companies"),
        QJsonObject{{QLatin1String("name"), QLatin1String("Conn Co")},
                    {QLatin1String("source"), kSalesforce},
                    {QLatin1String("connections"),
                     QJsonObject{{QLatin1String("base_url"), QLatin1String("https://dest.example/api")},
                                 {QLatin1String("auth"),
                                  QJsonObject{{QLatin1String("type"), QLatin1String("bearer")},
                                              {QLatin1String("token"), QLatin1String("tok-SECRET-123")}}}}}});
    QCOMPARE(result.status, 201);
    QVERIFY(!result.body.contains("tok-SECRET-123"));
    QVERIFY(!result.body.contains("dest.example"));
    const QString id =
        result.json().value(QLatin1String("company")).toObject().value(QLatin1String("id")).toString();
    const HttpResult got = m_api->get(QStringLiteral("/companies/") + id);
    QCOMPARE(got.status, 200);
    QVERIFY(!got.body.contains("tok-SECRET-123"));
    QVERIFY(!m_api->get(QStringLiteral("/companies")).body.contains("tok-SECRET-123"));
    // Not in any file of the data directory (database, WAL) either.
    QDirIterator files(m_server.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("tok-SECRET-123"), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 2);
    // auth must be an object when given.
    QCOMPARE(m_api
                 ->post(QStringLiteral("/companies"),
                        QJsonObject{{QLatin1String("name"), QLatin1String("Conn 2")},
                                    {QLatin1String("source"), kSalesforce},
                                    {QLatin1String("connections"),
                                     QJsonObject{{QLatin1String("base_url"), QLatin1String("https://d")},
                                                 {QLatin1String("auth"), QLatin1String("x")}}}})
                 .status,
             400);
}

void TestCompanies::listIsNewestFirstAndGetReturnsTheCreateBody()
{
    const QJsonObject first = create(
        QJsonObject{{QLatin1String("name"), QLatin1String("Order A")}, {QLatin1String("source"), kHubSpot}});
    const QJsonObject second = create(
        QJsonObject{{QLatin1String("name"), QLatin1String("Order B")}, {QLatin1String("source"), kHubSpot}});
    const HttpResult list = m_api->get(QStringLiteral("/companies"));
    QCOMPARE(list.status, 200);
    const QJsonArray companies = list.json().value(QLatin1String("companies")).toArray();
    QVERIFY(companies.size() >= 2);
    QCOMPARE(companies.at(0).toObject(), second.value(QLatin1String("company")).toObject());
    QCOMPARE(companies.at(1).toObject(), first.value(QLatin1String("company")).toObject());
    const QString id = first.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toString();
    const HttpResult got = m_api->get(QStringLiteral("/companies/") + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json(), first);
    QCOMPARE(m_api->get(QStringLiteral("/companies/") + id.toUpper()).json(), first);
}

void TestCompanies::unknownOrMalformedCompanyIdIs404()
{
    for (const QString &id :
         {QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("nope")}) {
        const HttpResult got = m_api->get(QStringLiteral("/companies/") + id);
        QCOMPARE(got.status, 404);
        QCOMPARE(errorOf(got), QStringLiteral("Company not found"));
        // 404 for the path comes before 400 for the body (API §6 item 24).
        QCOMPARE(m_api->postRaw(QStringLiteral("/companies/") + id + QStringLiteral("/uploads"), "not json")
                     .status,
                 404);
    }
}

void TestCompanies::mintUploadReturnsUrlAndRef()
{
    const QJsonObject company = create(QJsonObject{{QLatin1String("name"), QLatin1String("Uploader")},
                                                   {QLatin1String("source"), kSalesforce}});
    const QString id =
        company.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toString();
    const HttpResult minted =
        m_api->post(QStringLiteral("/companies/%1/uploads").arg(id),
                    QJsonObject{{QLatin1String("name"), QLatin1String("../../etc/contacts file.csv")},
                                {QLatin1String("content_type"), QLatin1String("text/csv")},
                                {QLatin1String("size"), 184320}});
    QCOMPARE(minted.status, 201);
    const QJsonObject body = minted.json();
    QCOMPARE(QStringList(body.keys()),
             QStringList({QStringLiteral("upload_ref"), QStringLiteral("upload_url")}));
    const QString ref = body.value(QLatin1String("upload_ref")).toString();
    QVERIFY2(ref.startsWith(QStringLiteral("workbook-files/") +
                            company.value(QLatin1String("workbook_id")).toString() + QLatin1Char('/')),
             qPrintable(ref));
    QVERIFY2(ref.endsWith(QStringLiteral("-contacts_file.csv")), qPrintable(ref));
    QVERIFY(!ref.contains(QLatin1String("..")));
    QVERIFY(body.value(QLatin1String("upload_url"))
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1:%1/storage/v1/upload/").arg(m_server.port())));
}

void TestCompanies::mintUploadValidation()
{
    const QJsonObject company = create(QJsonObject{{QLatin1String("name"), QLatin1String("Validator")},
                                                   {QLatin1String("source"), kSalesforce}});
    const QString path =
        QStringLiteral("/companies/%1/uploads")
            .arg(company.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toString());
    const QJsonObject good{{QLatin1String("name"), QLatin1String("a.csv")},
                           {QLatin1String("content_type"), QLatin1String("text/csv")},
                           {QLatin1String("size"), 10}};
    const auto without = [&good](const char *field) {
        QJsonObject body = good;
        body.remove(QLatin1String(field));
        return body;
    };
    const auto with = [&good](const char *field, const QJsonValue &value) {
        QJsonObject body = good;
        body.insert(QLatin1String(field), value);
        return body;
    };
    QVERIFY(m_api->post(path, without("name"))
                .json()
                .value(QLatin1String("error"))
                .toString()
                .startsWith(QStringLiteral("name ")));
    QVERIFY(errorOf(m_api->post(path, without("content_type"))).startsWith(QStringLiteral("content_type ")));
    QVERIFY(errorOf(m_api->post(path, without("size"))).startsWith(QStringLiteral("size ")));
    for (const QJsonObject &body :
         {without("name"), without("content_type"), without("size"), with("size", 0), with("size", -5),
          with("size", 1.5), with("size", QLatin1String("10")), with("name", QLatin1String("")),
          with("content_type", 3)})
        QCOMPARE(m_api->post(path, body).status, 400);
    QCOMPARE(m_api->post(path, good).status, 201);
}

void TestCompanies::mintUploadOverTheCapIs413()
{
    const QJsonObject company = create(
        QJsonObject{{QLatin1String("name"), QLatin1String("Big")}, {QLatin1String("source"), kSalesforce}});
    const QString path =
        QStringLiteral("/companies/%1/uploads")
            .arg(company.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toString());
    QCOMPARE(m_api
                 ->post(path, QJsonObject{{QLatin1String("name"), QLatin1String("a.csv")},
                                          {QLatin1String("content_type"), QLatin1String("text/csv")},
                                          {QLatin1String("size"), 1000000}})
                 .status,
             201);
    const HttpResult tooBig =
        m_api->post(path, QJsonObject{{QLatin1String("name"), QLatin1String("a.csv")},
                                      {QLatin1String("content_type"), QLatin1String("text/csv")},
                                      {QLatin1String("size"), 1000001}});
    QCOMPARE(tooBig.status, 413);
    QVERIFY(errorOf(tooBig).startsWith(QStringLiteral("size: ")));
}

QTEST_GUILESS_MAIN(TestCompanies)
#include "tst_server_companies.moc"
