// SPDX-License-Identifier: GPL-3.0-or-later
// POST /companies/{id}/imports (StartImportRequest). The body is checked on its own; against the
// real godwit-server the call is skipped, saying why, while the server does not serve the route
// (404/405) — it runs by itself once the route exists.
#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/api/imports.h"
#include "support/http.h"
#include "support/serverprocess.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace godwit::app;

namespace {

const QString kSalesforce = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01");

bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000) && finished.size() == 1;
}

// The route is missing when the server answers 404 "Not found" (no such route, docs/api.md)
// or 405: anything else is the endpoint's own answer.
bool routeMissing(const ApiResult &result)
{
    return result.httpStatus == 405 ||
           (result.httpStatus == 404 && result.message == QLatin1String("Not found"));
}

} // namespace

class TestImportsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bodiesAreWhatTheDocsSay();
    void runRefReadsBothGenerations();
    void startsAnImportOnceForOneKey();
    void inlineRows();

private:
    QString uploadOneFile(const QByteArray &csv);

    godwit::test::ServerProcess m_server;
    ApiConnection m_connection;
    QString m_companyId;
};

void TestImportsApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    CreateCompanyRequest company(QStringLiteral("Imports AG"), kSalesforce, QStringLiteral("imports-1"));
    QVERIFY(run(company, m_connection));
    QVERIFY2(company.result().ok(), qPrintable(company.result().message));
    m_companyId = company.company().id;
}

void TestImportsApi::bodiesAreWhatTheDocsSay()
{
    const QJsonObject files =
        StartImportRequest::bodyFor(QList<ImportFile>{{QStringLiteral("contacts.csv"),
                                                       QStringLiteral("workbook-files/w/u-contacts.csv")}},
                                    QStringLiteral("gw-key-1"));
    QCOMPARE(
        QJsonDocument(files).toJson(QJsonDocument::Compact),
        QByteArray(R"({"files":[{"name":"contacts.csv","upload_ref":"workbook-files/w/u-contacts.csv"}],)"
                   R"("idempotency_key":"gw-key-1"})"));
    const QJsonObject rows = StartImportRequest::bodyFor(
        QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.com")}}},
        QStringLiteral("k"));
    QCOMPARE(QJsonDocument(rows).toJson(QJsonDocument::Compact),
             QByteArray(R"({"idempotency_key":"k","rows":[{"email":"a@example.com"}]})"));
    QCOMPARE(StartImportRequest::pathFor(QStringLiteral("c/1")), QStringLiteral("/companies/c%2F1/imports"));

    // Retry-safe only with a key.
    StartImportRequest keyed(QStringLiteral("c"), files);
    QVERIFY(keyed.isIdempotent());
    StartImportRequest bare(QStringLiteral("c"), QJsonObject{{QStringLiteral("rows"), QJsonArray{}}});
    QVERIFY(!bare.isIdempotent());
    QCOMPARE(bare.method(), QByteArray("POST"));
}

void TestImportsApi::runRefReadsBothGenerations()
{
    const auto a = runRefFromJson(
        QJsonObject{{QStringLiteral("run_id"), QStringLiteral("r1")},
                    {QStringLiteral("status"), QStringLiteral("queued")},
                    {QStringLiteral("poll_url"), QStringLiteral("/api/v1/companies/c/imports/r1")}});
    QVERIFY(a);
    QCOMPARE(a->runId, QStringLiteral("r1"));
    QCOMPARE(m_connection.resolve(a->pollUrl).path(), QStringLiteral("/api/v1/companies/c/imports/r1"));
    QVERIFY(!runRefFromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("queued")}}));
}

QString TestImportsApi::uploadOneFile(const QByteArray &csv)
{
    MintUploadRequest mint(m_companyId, QStringLiteral("contacts.csv"), QStringLiteral("text/csv"),
                           csv.size());
    if (!run(mint, m_connection) || !mint.result().ok())
        return {};
    const auto put = godwit::test::httpRequest("PUT", mint.upload().url, {{"Content-Type", "text/csv"}}, csv);
    return put.status == 200 ? mint.upload().reference : QString();
}

void TestImportsApi::startsAnImportOnceForOneKey()
{
    const QString ref = uploadOneFile("first_name,last_name,email\r\nAna,Lima,ana@example.com\r\n");
    QVERIFY(!ref.isEmpty());
    const QList<ImportFile> files{{QStringLiteral("contacts.csv"), ref}};
    StartImportRequest start(m_companyId, files, QStringLiteral("gw-import-once"));
    QVERIFY(run(start, m_connection));
    if (routeMissing(start.result()))
        QSKIP(qPrintable(QStringLiteral("godwit-server does not serve POST /companies/{id}/imports yet "
                                        "(HTTP %1: %2); this test runs once it does")
                             .arg(start.result().httpStatus)
                             .arg(start.result().message)));
    QVERIFY2(start.result().ok(), qPrintable(start.result().message));
    QCOMPARE(start.result().httpStatus, 201);
    QVERIFY(!start.run().runId.isEmpty());
    QCOMPARE(start.run().status, QStringLiteral("queued"));
    QVERIFY(start.run().pollUrl.contains(start.run().runId));

    // The same key and body: the same run, not a second one.
    StartImportRequest again(m_companyId, files, QStringLiteral("gw-import-once"));
    QVERIFY(run(again, m_connection));
    QVERIFY2(again.result().ok(), qPrintable(again.result().message));
    QCOMPARE(again.run().runId, start.run().runId);

    // The same key with another body: 409.
    StartImportRequest other(m_companyId, QList<ImportFile>{{QStringLiteral("other.csv"), ref}},
                             QStringLiteral("gw-import-once"));
    QVERIFY(run(other, m_connection));
    QCOMPARE(other.result().status, ApiStatus::Conflict);
}

void TestImportsApi::inlineRows()
{
    CreateCompanyRequest company(QStringLiteral("Rows AG"), kSalesforce, QStringLiteral("rows-1"));
    QVERIFY(run(company, m_connection));
    StartImportRequest start(
        company.company().id,
        QJsonArray{QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Ana")},
                               {QStringLiteral("email"), QStringLiteral("ana@example.com")}}},
        QStringLiteral("gw-rows-1"));
    QVERIFY(run(start, m_connection));
    if (routeMissing(start.result()))
        QSKIP(qPrintable(QStringLiteral("godwit-server does not serve POST /companies/{id}/imports yet "
                                        "(HTTP %1: %2); this test runs once it does")
                             .arg(start.result().httpStatus)
                             .arg(start.result().message)));
    QVERIFY2(start.result().ok(), qPrintable(start.result().message));
    QVERIFY(!start.run().runId.isEmpty());

    // Neither files nor rows: 400.
    StartImportRequest empty(company.company().id,
                             QJsonObject{{QStringLiteral("idempotency_key"), QStringLiteral("x")}});
    QVERIFY(run(empty, m_connection));
    QCOMPARE(empty.result().status, ApiStatus::ClientError);
}

QTEST_GUILESS_MAIN(TestImportsApi)
#include "tst_importsapi.moc"
