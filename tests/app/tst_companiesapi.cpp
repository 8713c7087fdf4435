// SPDX-License-Identifier: GPL-3.0-or-later
// Generation A endpoint classes against a real godwit-server.
#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "support/http.h"
#include "support/serverprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace godwit::app;

namespace {
const QString kSalesforce = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01");
const QString kCompaniesTemplate = QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a01");
const QString kContactsTemplate = QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a02");

bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000);
}
} // namespace

class TestCompaniesApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void createListAndGet();
    void errorsLandInTheirBands_data();
    void errorsLandInTheirBands();
    void createWithExternalIdIsRetrySafe();
    void mintAnUploadAndPutTheBytes();

private:
    godwit::test::ServerProcess m_server;
    ApiConnection m_connection;
};

void TestCompaniesApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
}

void TestCompaniesApi::createListAndGet()
{
    CreateCompanyRequest create(
        QStringLiteral("Acme GmbH"), kSalesforce, QStringLiteral("acme-001"),
        {kContactsTemplate, kCompaniesTemplate},
        Destination{QUrl(QStringLiteral("https://crm.example.com/api")),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                                {QStringLiteral("token"), QStringLiteral("s3cret")}}});
    QVERIFY(run(create, m_connection));
    QVERIFY2(create.result().ok(), qPrintable(create.result().message));
    QCOMPARE(create.result().httpStatus, 201);
    const Company &company = create.company();
    QCOMPARE(company.name, QStringLiteral("Acme GmbH"));
    QCOMPARE(company.externalId, QStringLiteral("acme-001"));
    QVERIFY(company.createdAt.isValid());
    QVERIFY(!company.workbookId.isEmpty());
    QCOMPARE(company.sheets.size(), 2);
    QCOMPARE(company.sheets.at(0).templateId, kContactsTemplate);
    QCOMPARE(company.sheets.at(0).name, QStringLiteral("Contacts"));
    QVERIFY(!company.magicLinkUrl.isEmpty());
    QVERIFY(!create.result().body.contains(QStringLiteral("connections")));

    ListCompaniesRequest list;
    QVERIFY(run(list, m_connection));
    QVERIFY(list.result().ok());
    QVERIFY(std::any_of(list.companies().begin(), list.companies().end(),
                        [&](const Company &c) { return c.id == company.id; }));

    GetCompanyRequest get(company.id);
    QVERIFY(run(get, m_connection));
    QVERIFY(get.result().ok());
    QCOMPARE(get.company(), company);
}

void TestCompaniesApi::errorsLandInTheirBands_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<int>("band");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << QString() << kSalesforce << QString() << int(ApiStatus::ClientError)
                             << QStringLiteral("name");
    QTest::newRow("source not a UUID") << QStringLiteral("X") << QStringLiteral("salesforce") << QString()
                                       << int(ApiStatus::ClientError) << QStringLiteral("source");
    QTest::newRow("unknown source") << QStringLiteral("X")
                                    << QStringLiteral("00000000-0000-4000-8000-000000000000") << QString()
                                    << int(ApiStatus::NotFound) << QStringLiteral("source");
    QTest::newRow("bad external_id") << QStringLiteral("X") << kSalesforce << QStringLiteral("has space")
                                     << int(ApiStatus::ClientError) << QStringLiteral("external_id");
}

void TestCompaniesApi::errorsLandInTheirBands()
{
    QFETCH(QString, name);
    QFETCH(QString, source);
    QFETCH(QString, externalId);
    QFETCH(int, band);
    QFETCH(QString, mentions);
    CreateCompanyRequest create(name, source, externalId);
    QVERIFY(run(create, m_connection));
    QCOMPARE(int(create.result().status), band);
    QVERIFY2(create.result().message.contains(mentions), qPrintable(create.result().message));
}

void TestCompaniesApi::createWithExternalIdIsRetrySafe()
{
    CreateCompanyRequest plain(QStringLiteral("Plain"), kSalesforce);
    QVERIFY(!plain.isIdempotent());
    CreateCompanyRequest first(QStringLiteral("Beta AG"), kSalesforce, QStringLiteral("beta-001"));
    QVERIFY(first.isIdempotent());
    QVERIFY(run(first, m_connection));
    QVERIFY(first.result().ok());
    // The same create again (what a retry after a lost answer sends) is refused — the name
    // check (400) comes before the external_id one (409), docs/api.md — and never makes a
    // second company.
    CreateCompanyRequest again(QStringLiteral("Beta AG"), kSalesforce, QStringLiteral("beta-001"));
    QVERIFY(run(again, m_connection));
    QVERIFY(!again.result().ok());
    QVERIFY(again.result().status == ApiStatus::ClientError || again.result().status == ApiStatus::Conflict);
    // Same external_id under another name: the 409.
    CreateCompanyRequest renamed(QStringLiteral("Beta AG (renamed)"), kSalesforce,
                                 QStringLiteral("beta-001"));
    QVERIFY(run(renamed, m_connection));
    QCOMPARE(renamed.result().status, ApiStatus::Conflict);
    QVERIFY(renamed.result().message.contains(QStringLiteral("external_id")));
    ListCompaniesRequest list;
    QVERIFY(run(list, m_connection));
    QCOMPARE(std::count_if(list.companies().begin(), list.companies().end(),
                           [](const Company &c) { return c.externalId == QLatin1String("beta-001"); }),
             1);
}

void TestCompaniesApi::mintAnUploadAndPutTheBytes()
{
    CreateCompanyRequest create(QStringLiteral("Gamma SA"), kSalesforce, QStringLiteral("gamma-001"));
    QVERIFY(run(create, m_connection));
    const QByteArray csv = "first_name,last_name,email\r\nAna,Lima,ana@example.com\r\n";
    MintUploadRequest mint(create.company().id, QStringLiteral("contacts.csv"), QStringLiteral("text/csv"),
                           csv.size());
    QVERIFY(run(mint, m_connection));
    QVERIFY2(mint.result().ok(), qPrintable(mint.result().message));
    QCOMPARE(mint.result().httpStatus, 201);
    QVERIFY(mint.upload().url.toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(!mint.upload().reference.isEmpty());
    QCOMPARE(mint.upload().contentType, QStringLiteral("text/csv"));

    const auto put = godwit::test::httpRequest("PUT", mint.upload().url, {{"Content-Type", "text/csv"}}, csv);
    QCOMPARE(put.status, 200);

    MintUploadRequest tooBig(create.company().id, QStringLiteral("huge.csv"), QStringLiteral("text/csv"),
                             qint64(64) << 30);
    QVERIFY(run(tooBig, m_connection));
    QCOMPARE(tooBig.result().status, ApiStatus::TooLarge);
    GetCompanyRequest unknown(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(run(unknown, m_connection));
    QCOMPARE(unknown.result().status, ApiStatus::NotFound);
}

QTEST_GUILESS_MAIN(TestCompaniesApi)
#include "tst_companiesapi.moc"
