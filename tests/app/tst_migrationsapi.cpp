// SPDX-License-Identifier: GPL-3.0-or-later
// Generation B endpoint classes against a real godwit-server.
#include "app/api/apiconnection.h"
#include "app/api/migrations.h"
#include "support/http.h"
#include "support/serverprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace godwit::app;

namespace {
bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000);
}
} // namespace

class TestMigrationsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void createReopenListAndGet();
    void sourcelessWithEveryActiveTemplate();
    void errorsLandInTheirBands_data();
    void errorsLandInTheirBands();
    void filesMintPutAndList();

private:
    godwit::test::ServerProcess m_server;
    ApiConnection m_connection;
};

void TestMigrationsApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
}

void TestMigrationsApi::createReopenListAndGet()
{
    CreateMigrationRequest create(QStringLiteral("Acme GmbH"), QStringLiteral("HubSpot"),
                                  QStringLiteral("acme-m1"),
                                  {QStringLiteral("contacts"), QStringLiteral("deals")});
    QVERIFY(create.isIdempotent());
    QVERIFY(run(create, m_connection));
    QVERIFY2(create.result().ok(), qPrintable(create.result().message));
    QVERIFY(!create.reopened());
    const Migration &m = create.migration();
    QCOMPARE(m.source, QStringLiteral("HubSpot"));
    QCOMPARE(m.status, QStringLiteral("awaiting_files"));
    QCOMPARE(m.templates, (QList<TemplateRef>{{QStringLiteral("contacts"), QStringLiteral("Contacts")},
                                              {QStringLiteral("deals"), QStringLiteral("Deals")}}));

    CreateMigrationRequest again(QStringLiteral("Acme GmbH"), QStringLiteral("HubSpot"),
                                 QStringLiteral("acme-m1"));
    QVERIFY(run(again, m_connection));
    QVERIFY(again.result().ok());
    QVERIFY(again.reopened());
    QCOMPARE(again.migration().id, m.id);

    ListMigrationsRequest list;
    QVERIFY(run(list, m_connection));
    QVERIFY(std::any_of(list.migrations().begin(), list.migrations().end(),
                        [&](const Migration &x) { return x.id == m.id; }));
    GetMigrationRequest get(m.id);
    QVERIFY(run(get, m_connection));
    QCOMPARE(get.migration().id, m.id);
    QCOMPARE(get.migration().externalId, QStringLiteral("acme-m1"));
}

void TestMigrationsApi::sourcelessWithEveryActiveTemplate()
{
    CreateMigrationRequest create(QStringLiteral("No source"));
    QVERIFY(!create.isIdempotent());
    QVERIFY(run(create, m_connection));
    QVERIFY2(create.result().ok(), qPrintable(create.result().message));
    QVERIFY(create.migration().source.isEmpty());
    QCOMPARE(create.migration().templates.size(), 3);
}

void TestMigrationsApi::errorsLandInTheirBands_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("templates");
    QTest::addColumn<int>("band");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown slug") << QString()
                                  << QStringList{QStringLiteral("contacts"), QStringLiteral("tickets")}
                                  << int(ApiStatus::ClientError)
                                  << QStringLiteral("Unknown template slug(s): tickets");
    QTest::newRow("unknown source") << QStringLiteral("Dynamics") << QStringList() << int(ApiStatus::NotFound)
                                    << QStringLiteral("Dynamics");
}

void TestMigrationsApi::errorsLandInTheirBands()
{
    QFETCH(QString, source);
    QFETCH(QStringList, templates);
    QFETCH(int, band);
    QFETCH(QString, mentions);
    CreateMigrationRequest create(QStringLiteral("X"), source, {}, templates);
    QVERIFY(run(create, m_connection));
    QCOMPARE(int(create.result().status), band);
    QVERIFY2(create.result().message.contains(mentions), qPrintable(create.result().message));
}

void TestMigrationsApi::filesMintPutAndList()
{
    CreateMigrationRequest create(QStringLiteral("Files"), {}, QStringLiteral("files-m1"));
    QVERIFY(run(create, m_connection));
    const QString id = create.migration().id;
    MintMigrationFilesRequest mint(id, {{QStringLiteral("contacts.csv"), QStringLiteral("text/csv")},
                                        {QStringLiteral("deals.tsv"), QString()}});
    QVERIFY(run(mint, m_connection));
    QVERIFY2(mint.result().ok(), qPrintable(mint.result().message));
    QCOMPARE(mint.uploads().size(), 2);
    QCOMPARE(mint.uploads().at(1).contentType, QStringLiteral("text/tab-separated-values"));
    QVERIFY(!mint.uploads().at(0).token.isEmpty());

    const QByteArray csv = "email\r\nana@example.com\r\n";
    const auto put =
        godwit::test::httpRequest("PUT", mint.uploads().at(0).url, {{"Content-Type", "text/csv"}}, csv);
    QCOMPARE(put.status, 200);

    ListMigrationFilesRequest files(id);
    QVERIFY(run(files, m_connection));
    QVERIFY(files.result().ok());
    QCOMPARE(files.files().size(), 1); // only the file whose bytes arrived
    QCOMPARE(files.files().first().name, QStringLiteral("contacts.csv"));
    QCOMPARE(files.files().first().size, csv.size());
    QVERIFY(files.files().first().uploadedAt.isValid());

    GetMigrationRequest get(id);
    QVERIFY(run(get, m_connection));
    QCOMPARE(get.migration().status, QStringLiteral("ready"));
}

QTEST_GUILESS_MAIN(TestMigrationsApi)
#include "tst_migrationsapi.moc"
