// SPDX-License-Identifier: GPL-3.0-or-later
// Exports to a destination over real HTTP (API §3.2.8, §3.2.9, §5.2, §6 items 11, 27, 28, 36): a real
// godwit-server writes a company's imported rows to a destination served by this test (a fake CRM on
// 127.0.0.1), retries its 500s, reads every record back and flags the one that lost a field (a hollow
// write); canary; the connection is write-only; errors name the field; one export at a time,
// idempotency keys, cancel; a server killed mid-export resumes without writing a row twice.
#include "destinationreceiver.h"
#include "importclient.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace godwit::test;

namespace {

const QString kToken = QStringLiteral("s3cret-destination-token-4711");
const QStringList kArgs = {QStringLiteral("--rate-limit"), QStringLiteral("0")};

QJsonObject connectionsFor(const QUrl &base, const QString &token = kToken)
{
    return QJsonObject{{QLatin1String("base_url"), base.toString()},
                       {QLatin1String("auth"), QJsonObject{{QLatin1String("type"), QStringLiteral("bearer")},
                                                           {QLatin1String("token"), token}}}};
}

QJsonArray resultsOf(const QJsonObject &poll)
{
    return poll.value(QLatin1String("report")).toObject().value(QLatin1String("results")).toArray();
}

} // namespace

class TestServerExports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullExportRetriesVerifiesAndFlagsAHollowWrite();
    void canaryWritesTheFirstRows();
    void connectionsAreWriteOnly();
    void pagesAndProblems();
    void malformedRequests_data();
    void malformedRequests();
    void stateErrors();
    void oneAtATimeIdempotencyAndCancel();
    void destinationDownFailsTheRun();
    void badCredentialsFailTheRun();
    void killedMidExportResumesWithoutWritingTwice();
    void importMessagesAnswersOnlyABlockedRun_data();
    void importMessagesAnswersOnlyABlockedRun();

private:
    // A company with a destination connection and kCleanContacts imported (completed); its id.
    QString companyWithRows(const QJsonObject &connections, const QByteArray &csv = kCleanContacts);
    QJsonObject waitForExport(const ImportClient &client, const QString &company, const QString &run,
                              int timeoutMs = 60000);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
    DestinationReceiver m_receiver;
    int m_counter = 0;
};

void TestServerExports::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(kArgs), m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
}

void TestServerExports::cleanupTestCase()
{
    QVERIFY(m_server->stop());
}

QString TestServerExports::companyWithRows(const QJsonObject &connections, const QByteArray &csv)
{
    ImportClient &c = *m_client;
    QJsonObject body{{QLatin1String("name"), QStringLiteral("Export company %1").arg(++m_counter)},
                     {QLatin1String("source"), kSalesforce},
                     {QLatin1String("template_ids"), QJsonArray{kContactsTemplate}}};
    if (!connections.isEmpty())
        body.insert(QLatin1String("connections"), connections);
    const HttpResult created = c.post(QStringLiteral("/companies"), body);
    if (created.status != 201)
        return {};
    const QString company =
        created.json().value(QLatin1String("company")).toObject().value(QLatin1String("id")).toString();
    if (csv.isEmpty())
        return company;
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), csv);
    const QJsonObject done = c.waitForRun(company, run);
    return done.value(QLatin1String("status")).toString() == QLatin1String("completed") ? company : QString();
}

QJsonObject TestServerExports::waitForExport(const ImportClient &client, const QString &company,
                                             const QString &run, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject body;
    do {
        body = client.get(QStringLiteral("/companies/%1/exports/%2").arg(company, run)).json();
        const QString status = body.value(QLatin1String("status")).toString();
        if (status != QLatin1String("queued") && status != QLatin1String("running"))
            return body;
        QTest::qWait(20);
    } while (timer.elapsed() < timeoutMs);
    return body;
}

void TestServerExports::fullExportRetriesVerifiesAndFlagsAHollowWrite()
{
    ImportClient &c = *m_client;
    const QString company = companyWithRows(connectionsFor(m_receiver.baseUrl()));
    QVERIFY(!company.isEmpty());
    const int recordsBefore = int(m_receiver.records().size());
    m_receiver.failNextPosts(2, 500);                      // the first row needs three attempts
    m_receiver.rejectRowsContaining("dmitri@example.com"); // 422: that row fails, the run goes on
    m_receiver.hollowOnReadBack(QStringLiteral("ben@example.org"));

    const HttpResult started = c.post(QStringLiteral("/companies/%1/exports").arg(company),
                                      QJsonObject{{QLatin1String("mode"), QStringLiteral("full")}});
    QCOMPARE(started.status, 201);
    const QString run = started.json().value(QLatin1String("run_id")).toString();
    QCOMPARE(started.json().value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(started.json().value(QLatin1String("poll_url")).toString(),
             QStringLiteral("/api/v1/companies/%1/exports/%2").arg(company, run));

    const QJsonObject done = waitForExport(c, company, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("kind")).toString(), QStringLiteral("export"));
    const QJsonObject report = done.value(QLatin1String("report")).toObject();
    QCOMPARE(report.value(QLatin1String("mode")).toString(), QStringLiteral("full"));
    QCOMPARE(numberOf(report, "total"), 5);
    QCOMPARE(numberOf(report, "succeeded"), 4);
    QCOMPARE(numberOf(report, "failed"), 1);
    QCOMPARE(numberOf(report, "hollow"), 1);
    const QJsonArray results = resultsOf(done);
    QCOMPARE(results.size(), 5);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        QCOMPARE(r.value(QLatin1String("row")).toInt(), int(i) + 2); // as the valid CSV shows it
        QCOMPARE(r.value(QLatin1String("path")).toString(), QStringLiteral("/crm/contacts"));
        QCOMPARE(r.value(QLatin1String("template_id")).toString(), kContactsTemplate);
    }
    // Row 2 (Ana): two 500s, then written and confirmed.
    const QJsonObject ana = results.at(0).toObject();
    QCOMPARE(ana.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(ana.value(QLatin1String("http_status")).toInt(), 201);
    QCOMPARE(ana.value(QLatin1String("attempts")).toInt(), 3);
    QCOMPARE(ana.value(QLatin1String("fields_confirmed")), QJsonValue(true));
    QCOMPARE(ana.value(QLatin1String("error")), QJsonValue(QJsonValue::Null));
    // Row 3 (Ben): a 201 whose read-back lacks the e-mail: a hollow write.
    const QJsonObject ben = results.at(1).toObject();
    QCOMPARE(ben.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(ben.value(QLatin1String("fields_confirmed")), QJsonValue(false));
    QCOMPARE(ben.value(QLatin1String("unconfirmed_fields")).toArray().size(), 1);
    // Row 5 (Dmitri): refused by the destination.
    const QJsonObject dmitri = results.at(3).toObject();
    QCOMPARE(dmitri.value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(dmitri.value(QLatin1String("http_status")).toInt(), 422);
    QCOMPARE(dmitri.value(QLatin1String("status")).toInt(), 422);
    QVERIFY2(dmitri.value(QLatin1String("error")).toString().contains(QLatin1String("HTTP 422")),
             qPrintable(dmitri.value(QLatin1String("error")).toString()));
    QCOMPARE(dmitri.value(QLatin1String("attempts")).toInt(), 1); // a 4xx is not retried
    QCOMPARE(results.at(4).toObject().value(QLatin1String("fields_confirmed")), QJsonValue(true));

    // What the destination got: four records, JSON objects of the template's columns, with the key.
    const QList<DestinationReceiver::Record> records = m_receiver.records().mid(recordsBefore);
    QCOMPARE(records.size(), 4);
    QStringList emails;
    for (const auto &record : records) {
        QCOMPARE(record.path, QStringLiteral("/crm/contacts"));
        QVERIFY(record.idempotencyKey.startsWith(run.toUtf8()));
        for (auto it = record.body.begin(); it != record.body.end(); ++it) {
            if (it.value().toString().contains(QLatin1Char('@')))
                emails.append(it.value().toString());
        }
    }
    QCOMPARE(emails, (QStringList{QStringLiteral("ana@example.com"), QStringLiteral("ben@example.org"),
                                  QStringLiteral("chloe@example.fr"), QStringLiteral("elodie@example.es")}));
    const QList<DestinationReceiver::Request> requests = m_receiver.requests();
    const auto post = std::find_if(requests.cbegin(), requests.cend(), [](const auto &r) {
        return r.method == "POST" && r.path == "/crm/contacts";
    });
    QVERIFY(post != requests.cend());
    QCOMPARE(post->contentType, QByteArray("application/json"));
    QCOMPARE(post->authorization, "Bearer " + kToken.toUtf8());
}

void TestServerExports::canaryWritesTheFirstRows()
{
    ImportClient &c = *m_client;
    const QString company = companyWithRows(connectionsFor(m_receiver.baseUrl()));
    QVERIFY(!company.isEmpty());
    const QString path = QStringLiteral("/companies/%1/exports").arg(company);
    for (const int rows : {1, 3}) {
        const int before = m_receiver.postCount();
        QJsonObject body{{QLatin1String("mode"), QStringLiteral("canary")}};
        if (rows != 1)
            body.insert(QLatin1String("canary_rows"), rows);
        const HttpResult started = c.post(path, body);
        QCOMPARE(started.status, 201);
        const QJsonObject done =
            waitForExport(c, company, started.json().value(QLatin1String("run_id")).toString());
        QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QLatin1String("report")).toObject().value(QLatin1String("mode")).toString(),
                 QStringLiteral("canary"));
        QCOMPARE(numberOf(done.value(QLatin1String("report")).toObject(), "total"), rows);
        QCOMPARE(resultsOf(done).size(), rows);
        QCOMPARE(m_receiver.postCount() - before, rows);
    }
}

void TestServerExports::connectionsAreWriteOnly()
{
    ImportClient &c = *m_client;
    const QString company = companyWithRows(connectionsFor(m_receiver.baseUrl()), {});
    QVERIFY(!company.isEmpty());
    // Replacing it answers nothing of it either.
    const HttpResult replaced =
        c.request("PUT", QStringLiteral("/companies/%1/connections").arg(company),
                  QJsonDocument(connectionsFor(m_receiver.baseUrl())).toJson(QJsonDocument::Compact));
    QCOMPARE(replaced.status, 200);
    QVERIFY(!replaced.body.contains(kToken.toUtf8()));
    for (const QString &path :
         QStringList{QStringLiteral("/companies/") + company, QStringLiteral("/companies")}) {
        const HttpResult got = c.get(path);
        QCOMPARE(got.status, 200);
        QVERIFY2(!got.body.contains(kToken.toUtf8()), got.body.constData());
        QVERIFY(!got.body.contains("connections"));
    }
    // Not in the server's log, not in plaintext in any file of its data directory.
    QVERIFY(!m_server->standardError().contains(kToken.toUtf8()));
    QDirIterator files(m_server->dataDir(), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kToken.toUtf8()), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 2);
    // Validation names the field.
    const HttpResult bad = c.request("PUT", QStringLiteral("/companies/%1/connections").arg(company),
                                     R"({"base_url":"ftp://x","auth":{"type":"bearer","token":"t"}})");
    QCOMPARE(bad.status, 400);
    QVERIFY(errorOf(bad).startsWith(QLatin1String("connections.base_url")));
    const HttpResult badAuth = c.request("PUT", QStringLiteral("/companies/%1/connections").arg(company),
                                         R"({"base_url":"http://127.0.0.1:1/x","auth":{"type":"magic"}})");
    QCOMPARE(badAuth.status, 400);
    QCOMPARE(errorOf(badAuth), QStringLiteral("connections.auth.type must be bearer, api_key or basic"));
}

void TestServerExports::pagesAndProblems()
{
    ImportClient &c = *m_client;
    const QString company = companyWithRows(connectionsFor(m_receiver.baseUrl()));
    QVERIFY(!company.isEmpty());
    m_receiver.rejectRowsContaining("chloe@example.fr");
    const HttpResult started = c.post(QStringLiteral("/companies/%1/exports").arg(company), QJsonObject{});
    QCOMPARE(started.status, 201);
    const QString run = started.json().value(QLatin1String("run_id")).toString();
    QCOMPARE(waitForExport(c, company, run).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
    const QString path = QStringLiteral("/companies/%1/exports/%2").arg(company, run);
    QList<int> rows;
    QString cursor;
    int pages = 0;
    do {
        const HttpResult page = c.get(path + QStringLiteral("?limit=2") +
                                      (cursor.isEmpty() ? QString() : QStringLiteral("&after=") + cursor));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &r : resultsOf(page.json()))
            rows.append(r.toObject().value(QLatin1String("row")).toInt());
        cursor = page.json().value(QLatin1String("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(rows, (QList<int>{2, 3, 4, 5, 6}));
    QCOMPARE(pages, 3);
    // Only the problems: the refused row and Ben's hollow write (the receiver still drops his e-mail).
    const QJsonArray problems = resultsOf(c.get(path + QStringLiteral("?only=problems")).json());
    QCOMPARE(problems.size(), 3); // Ben (hollow), Chloé and Dmitri (refused)
    for (const QString &query : {QStringLiteral("?limit=0"), QStringLiteral("?limit=1001"),
                                 QStringLiteral("?after=x"), QStringLiteral("?only=all")}) {
        const HttpResult bad = c.get(path + query);
        QCOMPARE(bad.status, 400);
        QVERIFY(!errorOf(bad).isEmpty());
    }
    const HttpResult list = c.get(QStringLiteral("/companies/%1/exports").arg(company));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QLatin1String("runs")).toArray().size(), 1);
    QCOMPARE(c.get(QStringLiteral("/companies/%1/exports?status=active").arg(company))
                 .json()
                 .value(QLatin1String("runs"))
                 .toArray()
                 .size(),
             0);
}

void TestServerExports::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("mode") << QByteArray(R"({"mode":"everything"})")
                          << QStringLiteral("mode must be \"full\" or \"canary\"");
    QTest::newRow("mode type") << QByteArray(R"({"mode":1})")
                               << QStringLiteral("mode must be \"full\" or \"canary\"");
    QTest::newRow("canary_rows without canary")
        << QByteArray(R"({"canary_rows":2})") << QStringLiteral("canary_rows is only for mode \"canary\"");
    QTest::newRow("canary_rows 0") << QByteArray(R"({"mode":"canary","canary_rows":0})")
                                   << QStringLiteral("canary_rows must be an integer from 1 to 100");
    QTest::newRow("canary_rows 101") << QByteArray(R"({"mode":"canary","canary_rows":101})")
                                     << QStringLiteral("canary_rows must be an integer from 1 to 100");
    QTest::newRow("canary_rows 1.5") << QByteArray(R"({"mode":"canary","canary_rows":1.5})")
                                     << QStringLiteral("canary_rows must be an integer from 1 to 100");
    QTest::newRow("selection") << QByteArray(R"({"selection":[]})")
                               << QStringLiteral("selection must be an object {template_ids?: [uuid], "
                                                 "row_filter?: {filter: \"valid\"|\"all\"}}");
    QTest::newRow("template_ids empty")
        << QByteArray(R"({"selection":{"template_ids":[]}})")
        << QStringLiteral("selection.template_ids must be a non-empty array of "
                          "template ids (omit it for every sheet)");
    QTest::newRow("template_ids uuid")
        << QByteArray(R"({"selection":{"template_ids":["x"]}})")
        << QStringLiteral("selection.template_ids[0] must be a template id (a UUID)");
    QTest::newRow("row_filter") << QByteArray(R"({"selection":{"row_filter":{"filter":"invalid"}}})")
                                << QStringLiteral("selection.row_filter.filter must be valid or all");
    QTest::newRow("idempotency_key") << QByteArray(R"({"idempotency_key":""})")
                                     << QStringLiteral(
                                            "idempotency_key must be a string of 1 to 255 characters");
    QTest::newRow("not an object") << QByteArray("[]")
                                   << QStringLiteral("Request body must be a JSON object");
}

void TestServerExports::malformedRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    ImportClient &c = *m_client;
    static QString company;
    if (company.isEmpty())
        company = companyWithRows(connectionsFor(m_receiver.baseUrl()), {});
    const HttpResult answer = c.request("POST", QStringLiteral("/companies/%1/exports").arg(company), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(errorOf(answer), error);
}

void TestServerExports::stateErrors()
{
    ImportClient &c = *m_client;
    // 404s.
    const HttpResult noCompany =
        c.post(QStringLiteral("/companies/00000000-0000-4000-8000-000000000000/exports"), QJsonObject{});
    QCOMPARE(noCompany.status, 404);
    QCOMPARE(errorOf(noCompany), QStringLiteral("Company not found"));
    const QString bare = companyWithRows({}, {});
    const HttpResult noRun =
        c.get(QStringLiteral("/companies/%1/exports/00000000-0000-4000-8000-000000000000").arg(bare));
    QCOMPARE(noRun.status, 404);
    QCOMPARE(errorOf(noRun), QStringLiteral("Export run not found"));
    // No connection: 409 naming what to do.
    const HttpResult noConnection = c.post(QStringLiteral("/companies/%1/exports").arg(bare), QJsonObject{});
    QCOMPARE(noConnection.status, 409);
    QVERIFY(errorOf(noConnection).startsWith(QLatin1String("The company has no destination connection")));
    // A connection but nothing imported.
    const QString empty = companyWithRows(connectionsFor(m_receiver.baseUrl()), {});
    const HttpResult nothing = c.post(QStringLiteral("/companies/%1/exports").arg(empty), QJsonObject{});
    QCOMPARE(nothing.status, 409);
    QVERIFY(errorOf(nothing).startsWith(QLatin1String("Nothing to export")));
    // A template that is not a sheet of the company.
    const HttpResult foreign =
        c.post(QStringLiteral("/companies/%1/exports").arg(empty),
               QJsonObject{{QLatin1String("selection"),
                            QJsonObject{{QLatin1String("template_ids"), QJsonArray{kDealsTemplate}}}}});
    QCOMPARE(foreign.status, 400);
    QCOMPARE(errorOf(foreign),
             QStringLiteral("selection.template_ids: not a sheet of this company: ") + kDealsTemplate);
}

void TestServerExports::oneAtATimeIdempotencyAndCancel()
{
    ImportClient &c = *m_client;
    const QString company = companyWithRows(connectionsFor(m_receiver.baseUrl()));
    QVERIFY(!company.isEmpty());
    m_receiver.setDelayMs(300);
    const QString path = QStringLiteral("/companies/%1/exports").arg(company);
    const QJsonObject body{{QLatin1String("idempotency_key"), QStringLiteral("export-1")}};
    const HttpResult first = c.post(path, body);
    QCOMPARE(first.status, 201);
    const QString run = first.json().value(QLatin1String("run_id")).toString();
    // Same key and body: the same run.
    const HttpResult replay = c.post(path, body);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json().value(QLatin1String("run_id")).toString(), run);
    // Same key, another body: 409 with the key's run.
    const HttpResult conflict =
        c.post(path, QJsonObject{{QLatin1String("idempotency_key"), QStringLiteral("export-1")},
                                 {QLatin1String("mode"), QStringLiteral("canary")}});
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json().value(QLatin1String("run_id")).toString(), run);
    // Concurrent starts: all refused while the run holds the slot, each naming it.
    const QList<HttpResult> others = inParallel(4, [&](int) { return c.post(path, QJsonObject{}); });
    for (const HttpResult &other : others) {
        QCOMPARE(other.status, 409);
        QCOMPARE(other.json().value(QLatin1String("run_id")).toString(), run);
        QVERIFY(errorOf(other).startsWith(QLatin1String("Another export is in progress")));
    }
    // Cancel: at once; the worker stops before its next row.
    const HttpResult canceled =
        c.request("PATCH", path + QLatin1Char('/') + run, R"({"status":"cancel_requested"})");
    QCOMPARE(canceled.status, 200);
    QCOMPARE(canceled.json().value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    QCOMPARE(c.request("PATCH", path + QLatin1Char('/') + run, R"({"status":"cancel_requested"})").status,
             409);
    QCOMPARE(c.request("PATCH", path + QLatin1Char('/') + run, R"({"status":"running"})").status, 400);
    m_receiver.setDelayMs(0);
    QTest::qWait(400);
    const QJsonObject after = c.get(path + QLatin1Char('/') + run).json();
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    QVERIFY(resultsOf(after).size() < 5);
    // The slot is free again.
    const HttpResult next = c.post(path, QJsonObject{{QLatin1String("mode"), QStringLiteral("canary")}});
    QCOMPARE(next.status, 201);
    QCOMPARE(waitForExport(c, company, next.json().value(QLatin1String("run_id")).toString())
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("completed"));
}

void TestServerExports::destinationDownFailsTheRun()
{
    ImportClient &c = *m_client;
    // A port nobody listens on.
    const QString company = companyWithRows(connectionsFor(QUrl(QStringLiteral("http://127.0.0.1:9/crm"))));
    QVERIFY(!company.isEmpty());
    const HttpResult started = c.post(QStringLiteral("/companies/%1/exports").arg(company), QJsonObject{});
    QCOMPARE(started.status, 201);
    const QJsonObject done =
        waitForExport(c, company, started.json().value(QLatin1String("run_id")).toString());
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    const QString error = done.value(QLatin1String("error")).toString();
    QVERIFY2(error.startsWith(QLatin1String("The destination 127.0.0.1 cannot be reached")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("after 4 attempts")), qPrintable(error));
    QCOMPARE(resultsOf(done).size(), 0);
}

void TestServerExports::badCredentialsFailTheRun()
{
    ImportClient &c = *m_client;
    DestinationReceiver strict;
    strict.requireAuthorization("Bearer right");
    const QString company = companyWithRows(connectionsFor(strict.baseUrl(), QStringLiteral("wrong")));
    QVERIFY(!company.isEmpty());
    const HttpResult started = c.post(QStringLiteral("/companies/%1/exports").arg(company), QJsonObject{});
    QCOMPARE(started.status, 201);
    const QJsonObject done =
        waitForExport(c, company, started.json().value(QLatin1String("run_id")).toString());
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QVERIFY(done.value(QLatin1String("error")).toString().contains(QLatin1String("HTTP 401")));
    QCOMPARE(strict.records().size(), 0);
}

void TestServerExports::killedMidExportResumesWithoutWritingTwice()
{
    QTemporaryDir dir;
    ServerProcess server(dir.path());
    QVERIFY2(server.start(kArgs), server.standardError().constData());
    ImportClient c(server);
    DestinationReceiver receiver;
    receiver.setDelayMs(25);
    QJsonObject body{{QLatin1String("name"), QStringLiteral("Killed export")},
                     {QLatin1String("source"), kSalesforce},
                     {QLatin1String("template_ids"), QJsonArray{kContactsTemplate}},
                     {QLatin1String("connections"), connectionsFor(receiver.baseUrl())}};
    const QString company = c.post(QStringLiteral("/companies"), body)
                                .json()
                                .value(QLatin1String("company"))
                                .toObject()
                                .value(QLatin1String("id"))
                                .toString();
    const QString importRun = c.importFile(company, QStringLiteral("contacts.csv"), generatedContacts(80));
    QCOMPARE(c.waitForRun(company, importRun).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
    const HttpResult started = c.post(QStringLiteral("/companies/%1/exports").arg(company), QJsonObject{});
    QCOMPARE(started.status, 201);
    const QString run = started.json().value(QLatin1String("run_id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(receiver.records().size() >= 20, 30000);
    server.kill();
    const qsizetype atKill = receiver.records().size();
    QVERIFY(atKill < 80);

    QVERIFY2(server.start(kArgs), server.standardError().constData());
    const QJsonObject done = waitForExport(c, company, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(numberOf(done.value(QLatin1String("report")).toObject(), "succeeded"), 80);
    // Every row once in the results, every row once at the destination: the resumed run started after
    // the last row it had recorded; the one row in flight at the kill was sent again with its
    // Idempotency-Key, which the destination honoured.
    QList<int> rows;
    QString cursor;
    do {
        const QJsonObject page =
            c.get(QStringLiteral("/companies/%1/exports/%2?limit=1000%3")
                      .arg(company, run, cursor.isEmpty() ? QString() : QStringLiteral("&after=") + cursor))
                .json();
        for (const QJsonValue &r : resultsOf(page))
            rows.append(r.toObject().value(QLatin1String("row")).toInt());
        cursor = page.value(QLatin1String("next_cursor")).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(rows.size(), 80);
    for (int i = 0; i < 80; ++i)
        QCOMPARE(rows.at(i), i + 2);
    QCOMPARE(receiver.records().size(), 80);
    QVERIFY2(receiver.repeatedKeys().size() <= 1,
             QByteArray::number(receiver.repeatedKeys().size()).constData());
    QVERIFY(server.stop());
}

// POST /companies/{id}/imports/{run_id}/messages (API §3.2.6): the body is checked and errors name the
// field; a completed run takes neither answers nor corrections (409). Blocked runs: tst_server_importmapping.
void TestServerExports::importMessagesAnswersOnlyABlockedRun_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray("{}") << 400
                           << QStringLiteral(
                                  "answers is required: [{id, value}] for the questions, or a string (a "
                                  "free-form correction; message is accepted too)");
    QTest::newRow("both") << QByteArray(R"({"answers":"x","message":"y"})") << 400
                          << QStringLiteral("Send either answers or message, not both");
    QTest::newRow("message type") << QByteArray(R"({"message":3})") << 400
                                  << QStringLiteral("message must be a non-empty string");
    QTest::newRow("answers empty array")
        << QByteArray(R"({"answers":[]})") << 400
        << QStringLiteral("answers must be a non-empty array of {id, value} or a string");
    QTest::newRow("answer id") << QByteArray(R"({"answers":[{"id":"q1","value":"a"},{"value":"b"}]})") << 400
                               << QStringLiteral("answers[1].id is required: a question id");
    QTest::newRow("answer value") << QByteArray(R"({"answers":[{"id":"q1"}]})") << 400
                                  << QStringLiteral(
                                         "answers[0].value is required: an option label or free text");
    QTest::newRow("answers") << QByteArray(R"({"answers":[{"id":"q1","value":"Email"}]})") << 409
                             << QStringLiteral(
                                    "The run is completed, not blocked: there is nothing to answer");
    QTest::newRow("free-form") << QByteArray(R"({"message":"map E-mail to email"})") << 409
                               << QStringLiteral(
                                      "The run is completed: a free-form correction steers only a run that "
                                      "has not ended");
}

void TestServerExports::importMessagesAnswersOnlyABlockedRun()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    ImportClient &c = *m_client;
    static QString company, run;
    if (run.isEmpty()) {
        company = c.createCompany();
        run = c.importFile(company, QStringLiteral("contacts.csv"), kCleanContacts);
        QCOMPARE(c.waitForRun(company, run).value(QLatin1String("status")).toString(),
                 QStringLiteral("completed"));
        const QString unknownRun = QStringLiteral("00000000-0000-4000-8000-000000000000");
        const HttpResult noRun = c.request(
            "POST", c.runPath(company, unknownRun) + QStringLiteral("/messages"), R"({"message":"x"})");
        QCOMPARE(noRun.status, 404);
        QCOMPARE(errorOf(noRun), QStringLiteral("Import run not found"));
        const HttpResult noCompany =
            c.request("POST", c.runPath(unknownRun, run) + QStringLiteral("/messages"), R"({"message":"x"})");
        QCOMPARE(noCompany.status, 404);
    }
    const HttpResult answer = c.request("POST", c.runPath(company, run) + QStringLiteral("/messages"), body);
    QCOMPARE(answer.status, status);
    QCOMPARE(errorOf(answer), error);
}

QTEST_GUILESS_MAIN(TestServerExports)
#include "tst_server_exports.moc"
