// SPDX-License-Identifier: GPL-3.0-or-later
// The whole generation A story over real HTTP (issue 4, Tests): provision a company with a destination →
// mint a signed upload → PUT the file → import → needs_attention → accept → completed with plan version 2
// → export.csv (valid and all, counted against the report) → export to a destination served by this test,
// with a result per row.
#include "destinationreceiver.h"
#include "importclient.h"

using namespace godwit::test;

class TestGenAStory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void provisionImportDecideDownloadExport();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
    DestinationReceiver m_receiver;
};

void TestGenAStory::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
}

void TestGenAStory::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("SHOW_SERVER_LOG"))
        qInfo().noquote() << m_server->standardError();
    QVERIFY(m_server->stop());
}

void TestGenAStory::provisionImportDecideDownloadExport()
{
    ImportClient &c = *m_client;

    // 1. Provision: a company of the Salesforce source with the Contacts template and a destination.
    const QString token = QStringLiteral("story-destination-token");
    const HttpResult created =
        c.post(QStringLiteral("/companies"),
               QJsonObject{{QLatin1String("name"), QStringLiteral("Story GmbH")},
                           {QLatin1String("external_id"), QStringLiteral("story-1")},
                           {QLatin1String("source"), kSalesforce},
                           {QLatin1String("template_ids"), QJsonArray{kContactsTemplate}},
                           {QLatin1String("connections"),
                            QJsonObject{{QLatin1String("base_url"), m_receiver.baseUrl().toString()},
                                        {QLatin1String("auth"),
                                         QJsonObject{{QLatin1String("type"), QStringLiteral("bearer")},
                                                     {QLatin1String("token"), token}}}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject company = created.json().value(QLatin1String("company")).toObject();
    const QString companyId = company.value(QLatin1String("id")).toString();
    QVERIFY(!companyId.isEmpty());
    QVERIFY(!created.body.contains(token.toUtf8())); // the connection is write-only
    const QString sheetId = c.sheetId(companyId);
    QVERIFY(!sheetId.isEmpty());

    // 2. Mint a signed upload, 3. PUT the file to it.
    const HttpResult minted = c.post(QStringLiteral("/companies/%1/uploads").arg(companyId),
                                     QJsonObject{{QLatin1String("name"), QStringLiteral("contacts.csv")},
                                                 {QLatin1String("content_type"), QStringLiteral("text/csv")},
                                                 {QLatin1String("size"), double(kBadEmails.size())}});
    QCOMPARE(minted.status, 201);
    const QString uploadUrl = minted.json().value(QLatin1String("upload_url")).toString();
    const QString uploadRef = minted.json().value(QLatin1String("upload_ref")).toString();
    QVERIFY(uploadUrl.startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(!uploadRef.isEmpty());
    const HttpResult put = httpRequest("PUT", QUrl(uploadUrl), {{"Content-Type", "text/csv"}}, kBadEmails);
    QCOMPARE(put.status, 200);
    // The signed URL is single use.
    QVERIFY(httpRequest("PUT", QUrl(uploadUrl), {{"Content-Type", "text/csv"}}, kBadEmails).status >= 400);

    // 4. Import: two of the six rows have a bad e-mail, so the run pauses at needs_attention.
    const HttpResult started =
        c.startImport(companyId, ImportClient::filesBody(QStringLiteral("contacts.csv"), uploadRef));
    QCOMPARE(started.status, 201);
    QCOMPARE(started.json().value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    const QString runId = started.json().value(QLatin1String("run_id")).toString();
    QCOMPARE(started.json().value(QLatin1String("poll_url")).toString(),
             QStringLiteral("/api/v1/companies/%1/imports/%2").arg(companyId, runId));
    const QJsonObject paused = c.waitForRun(companyId, runId);
    QCOMPARE(paused.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    QCOMPARE(paused.value(QLatin1String("plan_version")).toInt(), 1);
    QCOMPARE(numberOf(reportOf(paused), "inserted"), 6);
    QCOMPARE(numberOf(reportOf(paused), "invalidCellCount"), 2);
    const QJsonObject attention = paused.value(QLatin1String("needs_attention")).toObject();
    const QJsonObject question = attention.value(QLatin1String("questions")).toArray().at(0).toObject();
    QCOMPARE(question.value(QLatin1String("target")).toObject().value(QLatin1String("column")).toString(),
             QStringLiteral("email"));
    QCOMPARE(
        question.value(QLatin1String("target")).toObject().value(QLatin1String("affected_count")).toInt(), 2);
    QVERIFY(!attention.value(QLatin1String("proposed_patch"))
                 .toObject()
                 .value(QLatin1String("actions"))
                 .toArray()
                 .isEmpty());
    // Nothing is stored while the run waits.
    QCOMPARE(csvLines(c.download(companyId, QStringLiteral("?filter=all&sheet_id=") + sheetId).body).size(),
             1);

    // 5. Accept the proposed fix: plan version 2, a re-run, completed.
    const HttpResult accepted =
        c.decide(companyId, runId, QJsonObject{{QLatin1String("decision"), QStringLiteral("accept")}});
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().value(QLatin1String("status")).toString(), QStringLiteral("running"));
    const QJsonObject done = c.waitForRun(companyId, runId);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 2);
    const QJsonObject report = reportOf(done);
    const qint64 inserted = numberOf(report, "inserted");
    const qint64 invalid = numberOf(report, "invalidCellCount");
    QCOMPARE(inserted, 4); // the two bad rows were deleted by the accepted fix
    QCOMPARE(invalid, 0);
    const QJsonObject perSheet = report.value(QLatin1String("perSheet")).toArray().at(0).toObject();
    QCOMPARE(perSheet.value(QLatin1String("sheetId")).toString(), sheetId);
    QCOMPARE(perSheet.value(QLatin1String("templateName")).toString(), QStringLiteral("Contacts"));
    QCOMPARE(qint64(perSheet.value(QLatin1String("rowCount")).toInt()), inserted);

    // 6. export.csv: valid and all, counted against the report.
    const HttpResult valid = c.download(companyId, QStringLiteral("?filter=valid&sheet_id=") + sheetId);
    QCOMPARE(valid.status, 200);
    QVERIFY(valid.header("Content-Type").startsWith("text/csv"));
    const QList<QByteArray> validLines = csvLines(valid.body);
    QCOMPARE(validLines.first(), QByteArray("first_name,last_name,email,phone,company,job_title,birth_date,"
                                            "opted_in,notes"));
    QCOMPARE(qint64(validLines.size() - 1), inserted - invalid);
    QCOMPARE(valid.header("X-Total-Records"), QByteArray::number(inserted - invalid));
    const HttpResult all = c.download(companyId, QStringLiteral("?filter=all&sheet_id=") + sheetId);
    QCOMPARE(all.status, 200);
    QCOMPARE(qint64(csvLines(all.body).size() - 1), inserted);
    QVERIFY(!all.body.contains("ben-at-example.org") && !all.body.contains("elodie@@example"));
    QStringList validEmails;
    for (const QByteArray &line : validLines.mid(1))
        validEmails.append(QString::fromUtf8(line.split(',').at(2)));
    QCOMPARE(validEmails,
             (QStringList{QStringLiteral("ana@example.com"), QStringLiteral("chloe@example.fr"),
                          QStringLiteral("dmitri@example.com"), QStringLiteral("fiona@example.ie")}));

    // 7. Export to the destination served by this test: one result per valid row, each written and
    // read back.
    const HttpResult exportStarted = c.post(QStringLiteral("/companies/%1/exports").arg(companyId),
                                            QJsonObject{{QLatin1String("mode"), QStringLiteral("full")}});
    QCOMPARE(exportStarted.status, 201);
    const QString exportId = exportStarted.json().value(QLatin1String("run_id")).toString();
    QJsonObject exported;
    QElapsedTimer timer;
    timer.start();
    do {
        exported = c.get(QStringLiteral("/companies/%1/exports/%2").arg(companyId, exportId)).json();
        const QString status = exported.value(QLatin1String("status")).toString();
        if (status != QLatin1String("queued") && status != QLatin1String("running"))
            break;
        QTest::qWait(20);
    } while (timer.elapsed() < 60000);
    QCOMPARE(exported.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    const QJsonObject exportReport = exported.value(QLatin1String("report")).toObject();
    QCOMPARE(numberOf(exportReport, "total"), inserted - invalid);
    QCOMPARE(numberOf(exportReport, "succeeded"), inserted - invalid);
    QCOMPARE(numberOf(exportReport, "failed"), 0);
    const QJsonArray results = exportReport.value(QLatin1String("results")).toArray();
    QCOMPARE(qint64(results.size()), inserted - invalid);
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        QCOMPARE(r.value(QLatin1String("template_id")).toString(), kContactsTemplate);
        QCOMPARE(r.value(QLatin1String("path")).toString(), QStringLiteral("/crm/contacts"));
        QCOMPARE(r.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(r.value(QLatin1String("status")).toInt(), 201);
        QCOMPARE(r.value(QLatin1String("error")), QJsonValue(QJsonValue::Null));
        QCOMPARE(r.value(QLatin1String("fields_confirmed")), QJsonValue(true));
    }
    // What the destination holds: the valid rows, with the bearer token.
    QStringList received;
    for (const DestinationReceiver::Record &record : m_receiver.records())
        received.append(record.body.value(QLatin1String("email")).toString());
    QCOMPARE(received, validEmails);
    const QList<DestinationReceiver::Request> requests = m_receiver.requests();
    QVERIFY(std::all_of(requests.cbegin(), requests.cend(), [&token](const DestinationReceiver::Request &r) {
        return r.authorization == "Bearer " + token.toUtf8();
    }));
}

QTEST_GUILESS_MAIN(TestGenAStory)
#include "tst_server_genastory.moc"
