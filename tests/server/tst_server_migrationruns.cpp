// SPDX-License-Identifier: GPL-3.0-or-later
// Generation B runs over real HTTP (API §3.3.4-§3.3.11, §6 items 5, 8, 10, 12, 15, 16, 18, 19):
// generate -> preview contents, update directives change the preview, an unknown directive blocks
// with a question quoting it, answers resume a blocked run, clarify answers in the thread, execute
// reports and stores rows for the export CSV, one run at a time, cancel.
#include "importclient.h"

using namespace godwit::test;

namespace {

// Six contacts, two bad e-mails (data rows 1 and 4), and a column the template has no name for.
const QByteArray kContacts = "first_name,last_name,email,Remarks\r\n"
                             "Ana,Müller,ana@example.com,likes tea\r\n"
                             "Ben,Smith,ben-at-example.org,\r\n"
                             "Chloé,Dubois,chloe@example.fr,\r\n"
                             "Dmitri,Rossi,dmitri@example.com,\r\n"
                             "Élodie,García,elodie@@example,\r\n"
                             "Fiona,Walsh,fiona@example.ie,VIP\r\n";

} // namespace

class TestMigrationRuns : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void generateMakesThePreview();
    void invalidCellsIndexThePreviewRows();
    void updateDirectivesChangeThePreview();
    void ignoreUnmapsWhatTheEngineChose();
    void unknownDirectiveBlocksOneRunAtATimeAndCancel();
    void answersResumeABlockedRun();
    void missingRequiredColumnsAskAndAnswersResume();
    void clarifyAnswersInTheThread();
    void executeReportsAndStoresRows();
    void threadStreamFollowsARunAndResumes();
    void requestErrors();

private:
    QString createMigration()
    {
        const HttpResult created =
            c().post(QStringLiteral("/migrations"),
                     QJsonObject{{QLatin1String("name"), QStringLiteral("M%1").arg(++m_counter)},
                                 {QLatin1String("templates"), QJsonArray{QStringLiteral("contacts")}}});
        return created.json()
            .value(QLatin1String("migration"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }
    bool uploadFile(const QString &migration, const QString &name, const QByteArray &bytes)
    {
        const HttpResult minted = c().post(
            QStringLiteral("/migrations/%1/files").arg(migration),
            QJsonObject{{QLatin1String("files"), QJsonArray{QJsonObject{{QLatin1String("name"), name},
                                                                        {QLatin1String("content_type"),
                                                                         QStringLiteral("text/csv")}}}}});
        if (minted.status != 201)
            return false;
        const QUrl url(minted.json()
                           .value(QLatin1String("files"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QLatin1String("signed_url"))
                           .toString());
        return httpRequest("PUT", url, {{"Content-Type", "text/csv"}}, bytes, 60000).status == 200;
    }
    HttpResult startRun(const QString &migration, const QString &kind, const QString &message = {})
    {
        QJsonObject body{{QLatin1String("kind"), kind}};
        if (!message.isEmpty())
            body.insert(QLatin1String("message"), message);
        return c().post(QStringLiteral("/migrations/%1/runs").arg(migration), body);
    }
    QJsonObject waitFor(const QString &migration, const QString &runId)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject body;
        do {
            body = c().get(QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId)).json();
            const QString status = body.value(QLatin1String("status")).toString();
            if (status != QLatin1String("queued") && status != QLatin1String("running"))
                return body;
            QTest::qWait(20);
        } while (timer.elapsed() < 60000);
        return body;
    }
    // Starts a run and waits for where it stops: the last poll body.
    QJsonObject run(const QString &migration, const QString &kind, const QString &message = {})
    {
        const HttpResult started = startRun(migration, kind, message);
        if (started.status != 201)
            return QJsonObject{{QLatin1String("start_status"), started.status}};
        return waitFor(migration, started.json().value(QLatin1String("run_id")).toString());
    }
    QJsonObject preview(const QString &migration)
    {
        return c().get(QStringLiteral("/migrations/%1/preview").arg(migration)).json();
    }
    static QJsonObject mappedColumn(const QJsonObject &sheet, const QString &column)
    {
        for (const QJsonValue &v : sheet.value(QLatin1String("mapped_columns")).toArray())
            if (v.toObject().value(QLatin1String("column")).toString() == column)
                return v.toObject();
        return {};
    }
    static QString status(const QJsonObject &poll) { return poll.value(QLatin1String("status")).toString(); }
    // A migration with kContacts generated to a preview.
    QString generated()
    {
        const QString migration = createMigration();
        if (!uploadFile(migration, QStringLiteral("contacts.csv"), kContacts))
            return {};
        return status(run(migration, QStringLiteral("generate"))) == QLatin1String("awaiting_approval")
                   ? migration
                   : QString();
    }
    ImportClient &c() { return *m_client; }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
    int m_counter = 0;
};

void TestMigrationRuns::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
}

void TestMigrationRuns::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("SHOW_SERVER_LOG"))
        qInfo().noquote() << m_server->standardError();
    QVERIFY(m_server->stop());
}

void TestMigrationRuns::generateMakesThePreview()
{
    const QString migration = createMigration();
    QVERIFY(uploadFile(migration, QStringLiteral("contacts.csv"), kContacts));
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/preview").arg(migration)).status, 404);

    const HttpResult started = startRun(migration, QStringLiteral("generate"));
    QCOMPARE(started.status, 201);
    const QString runId = started.json().value(QLatin1String("run_id")).toString();
    QCOMPARE(started.json().value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(started.json().value(QLatin1String("poll_url")).toString(),
             m_server->baseUrl().toString() + QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId));
    const QJsonObject done = waitFor(migration, runId);
    QCOMPARE(status(done), QStringLiteral("awaiting_approval"));
    QCOMPARE(done.value(QLatin1String("kind")).toString(), QStringLiteral("generate"));
    QVERIFY(!done.value(QLatin1String("created_at")).toString().isEmpty());

    const QJsonObject p = preview(migration);
    QCOMPARE(status(p), QStringLiteral("awaiting_approval"));
    QCOMPARE(p.value(QLatin1String("recipe_version")).toInt(), 1);
    const QJsonObject sheet = p.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("template")).toObject().value(QLatin1String("slug")).toString(),
             QStringLiteral("contacts"));
    QCOMPARE(sheet.value(QLatin1String("file")).toString(), QStringLiteral("contacts.csv"));
    const QJsonArray rows = sheet.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 7); // header + 6 rows
    QCOMPARE(rows.at(0).toArray().at(2).toString(), QStringLiteral("email"));
    QCOMPARE(rows.at(1).toArray().at(0).toString(), QStringLiteral("Ana"));
    QCOMPARE(rows.at(1).toArray().at(2).toString(), QStringLiteral("ana@example.com"));
    const QJsonArray invalid = sheet.value(QLatin1String("invalid_cells")).toArray();
    QCOMPARE(invalid.size(), 2);
    QCOMPARE(invalid.at(0).toObject().value(QLatin1String("row")).toInt(), 1);
    QCOMPARE(invalid.at(0).toObject().value(QLatin1String("column")).toString(), QStringLiteral("email"));
    QVERIFY(!invalid.at(0).toObject().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(invalid.at(1).toObject().value(QLatin1String("row")).toInt(), 4);
    const QJsonObject email = mappedColumn(sheet, QStringLiteral("email"));
    QCOMPARE(email.value(QLatin1String("source")).toString(), QStringLiteral("email"));
    QVERIFY(email.value(QLatin1String("confidence")).toDouble() > 0);
    QVERIFY(!email.value(QLatin1String("reason")).toString().isEmpty());

    const QJsonObject m = c().get(QStringLiteral("/migrations/%1").arg(migration)).json();
    QCOMPARE(m.value(QLatin1String("migration")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("awaiting_approval"));
    const QJsonArray runs = c().get(QStringLiteral("/migrations/%1/runs").arg(migration))
                                .json()
                                .value(QLatin1String("runs"))
                                .toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).toObject().value(QLatin1String("run_id")).toString(), runId);
}

void TestMigrationRuns::invalidCellsIndexThePreviewRows()
{
    // A preamble line above the header and a blank line between rows: `row` still indexes `rows`.
    const QString migration = createMigration();
    QVERIFY(uploadFile(migration, QStringLiteral("contacts.csv"),
                       "Exported 2024-05-01\r\nfirst_name,last_name,email\r\nAna,A,ana@example.com\r\n\r\n"
                       "Ben,B,ben@example.com\r\nCid,C,cid-at-example\r\n"));
    QCOMPARE(status(run(migration, QStringLiteral("generate"))), QStringLiteral("awaiting_approval"));
    const QJsonObject sheet = preview(migration).value(QLatin1String("sheets")).toArray().at(0).toObject();
    const QJsonArray rows = sheet.value(QLatin1String("rows")).toArray();
    const QJsonArray invalid = sheet.value(QLatin1String("invalid_cells")).toArray();
    QCOMPARE(invalid.size(), 1);
    const int row = invalid.at(0).toObject().value(QLatin1String("row")).toInt();
    QVERIFY2(row + 1 < rows.size(), qPrintable(QString::number(row)));
    QCOMPARE(rows.at(row + 1).toArray().at(2).toString(), QStringLiteral("cid-at-example"));
}

void TestMigrationRuns::updateDirectivesChangeThePreview()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    QCOMPARE(mappedColumn(preview(migration).value(QLatin1String("sheets")).toArray().at(0).toObject(),
                          QStringLiteral("job_title"))
                 .value(QLatin1String("source")),
             QJsonValue());

    QCOMPARE(
        status(run(migration, QStringLiteral("update"),
                   QStringLiteral("map \"Remarks\" to job_title; dates are day-first\ndefault region DE"))),
        QStringLiteral("awaiting_approval"));
    QJsonObject p = preview(migration);
    QCOMPARE(p.value(QLatin1String("recipe_version")).toInt(), 2);
    QJsonObject sheet = p.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QJsonObject job = mappedColumn(sheet, QStringLiteral("job_title"));
    QCOMPARE(job.value(QLatin1String("source")).toString(), QStringLiteral("Remarks"));
    QCOMPARE(job.value(QLatin1String("method")).toString(), QStringLiteral("pinned"));
    QCOMPARE(sheet.value(QLatin1String("rows")).toArray().at(1).toArray().at(5).toString(),
             QStringLiteral("likes tea"));

    QCOMPARE(status(run(migration, QStringLiteral("update"), QStringLiteral("ignore \"Remarks\""))),
             QStringLiteral("awaiting_approval"));
    p = preview(migration);
    QCOMPARE(p.value(QLatin1String("recipe_version")).toInt(), 3);
    sheet = p.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(mappedColumn(sheet, QStringLiteral("job_title")).value(QLatin1String("source")), QJsonValue());
    QCOMPARE(sheet.value(QLatin1String("rows")).toArray().at(1).toArray().at(5).toString(), QString());
}

void TestMigrationRuns::ignoreUnmapsWhatTheEngineChose()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    QString fed; // the template column the engine fed from "Remarks" by itself
    for (const QJsonValue &v : preview(migration)
                                   .value(QLatin1String("sheets"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("mapped_columns"))
                                   .toArray())
        if (v.toObject().value(QLatin1String("source")).toString() == QLatin1String("Remarks"))
            fed = v.toObject().value(QLatin1String("column")).toString();
    QVERIFY(!fed.isEmpty());
    QCOMPARE(status(run(migration, QStringLiteral("update"), QStringLiteral("Ignore \"remarks\"."))),
             QStringLiteral("awaiting_approval"));
    const QJsonObject sheet = preview(migration).value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(mappedColumn(sheet, fed).value(QLatin1String("source")), QJsonValue());
    QCOMPARE(mappedColumn(sheet, fed).value(QLatin1String("method")).toString(), QStringLiteral("pinned"));
}

void TestMigrationRuns::unknownDirectiveBlocksOneRunAtATimeAndCancel()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    const HttpResult started = startRun(migration, QStringLiteral("update"), QStringLiteral("make it nicer"));
    QCOMPARE(started.status, 201);
    const QString runId = started.json().value(QLatin1String("run_id")).toString();
    const QJsonObject blocked = waitFor(migration, runId);
    QCOMPARE(status(blocked), QStringLiteral("blocked"));
    const QJsonObject q = blocked.value(QLatin1String("questions")).toArray().at(0).toObject();
    QVERIFY2(q.value(QLatin1String("question")).toString().contains(QLatin1String("\"make it nicer\"")),
             qPrintable(q.value(QLatin1String("question")).toString()));
    QCOMPARE(q.value(QLatin1String("allowCustom")).toBool(), true);
    QCOMPARE(q.value(QLatin1String("id")).toString(), QStringLiteral("q1"));
    QCOMPARE(preview(migration).value(QLatin1String("recipe_version")).toInt(), 1); // nothing changed

    // One run at a time: blocked holds the slot.
    const HttpResult second = startRun(migration, QStringLiteral("clarify"), QStringLiteral("why?"));
    QCOMPARE(second.status, 409);
    QCOMPARE(second.json().value(QLatin1String("run_id")).toString(), runId);

    const QString path = QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId);
    QCOMPARE(c().request("PATCH", path, R"({"status":"canceled"})").status, 400);
    QCOMPARE(c().request("PATCH", path, R"({"status":"cancel_requested","x":1})").status, 400);
    const HttpResult canceled = c().request("PATCH", path, R"({"status":"cancel_requested"})");
    QCOMPARE(canceled.status, 200);
    QCOMPARE(status(canceled.json()), QStringLiteral("canceled"));
    QCOMPARE(status(c().get(path).json()), QStringLiteral("canceled"));
    QCOMPARE(c().request("PATCH", path, R"({"status":"cancel_requested"})").status, 409);
    // The slot is free again.
    QCOMPARE(status(run(migration, QStringLiteral("clarify"), QStringLiteral("why?"))),
             QStringLiteral("completed"));
}

void TestMigrationRuns::answersResumeABlockedRun()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    const HttpResult started =
        startRun(migration, QStringLiteral("update"), QStringLiteral("map \"Nope\" to notes"));
    const QString runId = started.json().value(QLatin1String("run_id")).toString();
    QCOMPARE(status(waitFor(migration, runId)), QStringLiteral("blocked"));
    const HttpResult answered =
        c().post(QStringLiteral("/migrations/%1/runs/%2/messages").arg(migration, runId),
                 QJsonObject{{QLatin1String("answers"), QStringLiteral("map \"Remarks\" to notes")}});
    QCOMPARE(answered.status, 200);
    // The answer stands in for the directive that could not be applied: the run goes on with it.
    QCOMPARE(status(waitFor(migration, runId)), QStringLiteral("awaiting_approval"));
    QCOMPARE(preview(migration).value(QLatin1String("recipe_version")).toInt(), 2);

    // An answer that is itself not understood is asked about again (only the newest message is).
    const QString second = startRun(migration, QStringLiteral("update"), QStringLiteral("make it nicer"))
                               .json()
                               .value(QLatin1String("run_id"))
                               .toString();
    QCOMPARE(status(waitFor(migration, second)), QStringLiteral("blocked"));
    QCOMPARE(c().post(QStringLiteral("/migrations/%1/runs/%2/messages").arg(migration, second),
                      QJsonObject{{QLatin1String("answers"), QStringLiteral("make it even nicer")}})
                 .status,
             200);
    const QJsonObject again = waitFor(migration, second);
    QCOMPARE(status(again), QStringLiteral("blocked"));
    const QJsonArray questions = again.value(QLatin1String("questions")).toArray();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.at(0)
                 .toObject()
                 .value(QLatin1String("question"))
                 .toString()
                 .contains(QLatin1String("\"make it even nicer\"")),
             qPrintable(questions.at(0).toObject().value(QLatin1String("question")).toString()));
    QCOMPARE(c().post(QStringLiteral("/migrations/%1/runs/%2/messages").arg(migration, second),
                      QJsonObject{{QLatin1String("answers"), QStringLiteral("dates are day-first")}})
                 .status,
             200);
    QCOMPARE(status(waitFor(migration, second)), QStringLiteral("awaiting_approval"));
    QCOMPARE(preview(migration).value(QLatin1String("recipe_version")).toInt(), 3);
}

void TestMigrationRuns::missingRequiredColumnsAskAndAnswersResume()
{
    const QString migration = createMigration();
    QVERIFY(uploadFile(migration, QStringLiteral("contacts.csv"),
                       "x,y,z\r\nAna,Müller,ana@example.com\r\nBen,Smith,ben@example.org\r\n"));
    const HttpResult started = startRun(migration, QStringLiteral("generate"));
    const QString runId = started.json().value(QLatin1String("run_id")).toString();
    const QJsonObject blocked = waitFor(migration, runId);
    QCOMPARE(status(blocked), QStringLiteral("blocked"));
    const QJsonArray questions = blocked.value(QLatin1String("questions")).toArray();
    QVERIFY(!questions.isEmpty());
    QJsonArray answers;
    for (const QJsonValue &v : questions) {
        const QJsonObject q = v.toObject();
        const QString text = q.value(QLatin1String("question")).toString();
        QVERIFY2(text.contains(QLatin1String("required field contacts.")), qPrintable(text));
        QCOMPARE(q.value(QLatin1String("allowCustom")).toBool(), true);
        // first_name <- x (a custom value: a file column), last_name <- y.
        const QString column = text.contains(QLatin1String("first_name"))  ? QStringLiteral("x")
                               : text.contains(QLatin1String("last_name")) ? QStringLiteral("y")
                                                                           : QStringLiteral("z");
        answers.append(QJsonObject{{QLatin1String("id"), q.value(QLatin1String("id"))},
                                   {QLatin1String("value"), column}});
    }
    const HttpResult answered =
        c().post(QStringLiteral("/migrations/%1/runs/%2/messages").arg(migration, runId),
                 QJsonObject{{QLatin1String("answers"), answers}});
    QCOMPARE(answered.status, 200);
    QCOMPARE(status(answered.json()), QStringLiteral("running"));
    QCOMPARE(status(waitFor(migration, runId)), QStringLiteral("awaiting_approval"));
    const QJsonObject sheet = preview(migration).value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(mappedColumn(sheet, QStringLiteral("first_name")).value(QLatin1String("source")).toString(),
             QStringLiteral("x"));
    QCOMPARE(mappedColumn(sheet, QStringLiteral("last_name")).value(QLatin1String("source")).toString(),
             QStringLiteral("y"));
    QCOMPARE(sheet.value(QLatin1String("rows")).toArray().at(2).toArray().at(1).toString(),
             QStringLiteral("Smith"));
    // An answer to a run no longer blocked is 409.
    QCOMPARE(c().post(QStringLiteral("/migrations/%1/runs/%2/messages").arg(migration, runId),
                      QJsonObject{{QLatin1String("answers"), QStringLiteral("ignore \"x\"")}})
                 .status,
             409);
}

void TestMigrationRuns::clarifyAnswersInTheThread()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    QCOMPARE(status(run(migration, QStringLiteral("clarify"), QStringLiteral("Where does email come from?"))),
             QStringLiteral("completed"));
    const QJsonObject thread = c().get(QStringLiteral("/migrations/%1/thread").arg(migration)).json();
    const QJsonArray events = thread.value(QLatin1String("events")).toArray();
    QVERIFY(!events.isEmpty());
    QString answer;
    QString question;
    qint64 previous = 0;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.value(QLatin1String("sequence")).toInteger() > previous);
        previous = e.value(QLatin1String("sequence")).toInteger();
        if (e.value(QLatin1String("type")).toString() != QLatin1String("message"))
            continue;
        const QJsonObject data = e.value(QLatin1String("data")).toObject();
        (data.value(QLatin1String("role")).toString() == QLatin1String("agent") ? answer : question) =
            data.value(QLatin1String("text")).toString();
    }
    QCOMPARE(question, QStringLiteral("Where does email come from?"));
    QVERIFY2(answer.contains(QLatin1String("contacts.email comes from column \"email\" of \"contacts.csv\"")),
             qPrintable(answer));
    QVERIFY2(!answer.contains(QLatin1String("first_name")), qPrintable(answer)); // only what was asked about
    QCOMPARE(thread.value(QLatin1String("last_sequence")).toInteger(), previous);

    // Paged: after + limit.
    const QJsonObject page =
        c().get(QStringLiteral("/migrations/%1/thread?after=%2&limit=1")
                    .arg(migration)
                    .arg(events.at(0).toObject().value(QLatin1String("sequence")).toInteger()))
            .json();
    QCOMPARE(page.value(QLatin1String("events")).toArray().size(), 1);
    QCOMPARE(page.value(QLatin1String("events")).toArray().at(0).toObject().value(QLatin1String("sequence")),
             events.at(1).toObject().value(QLatin1String("sequence")));
    QCOMPARE(page.value(QLatin1String("has_more")).toBool(), true);
}

void TestMigrationRuns::executeReportsAndStoresRows()
{
    const QString fresh = createMigration();
    QVERIFY(uploadFile(fresh, QStringLiteral("contacts.csv"), kContacts));
    const HttpResult early = startRun(fresh, QStringLiteral("execute"));
    QCOMPARE(early.status, 409);
    QCOMPARE(early.json(),
             QJsonObject({{QLatin1String("error"), QStringLiteral("No current preview to execute")}}));

    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    const QJsonObject done = run(migration, QStringLiteral("execute"));
    QCOMPARE(status(done), QStringLiteral("completed"));
    const QJsonObject report = done.value(QLatin1String("report")).toObject();
    QCOMPARE(numberOf(report, "inserted"), 6);
    QCOMPARE(numberOf(report, "invalidCellCount"), 2);
    const QJsonObject perSheet = report.value(QLatin1String("perSheet")).toArray().at(0).toObject();
    QCOMPARE(perSheet.value(QLatin1String("templateName")).toString(), QStringLiteral("Contacts"));
    QCOMPARE(numberOf(perSheet, "rowCount"), 6);
    QVERIFY(!perSheet.value(QLatin1String("sheetId")).toString().isEmpty());
    const double coverage =
        report.value(QLatin1String("coverage")).toObject().value(QLatin1String("contacts")).toDouble();
    QCOMPARE(coverage, 4.0 / 9.0); // first_name, last_name, email, and notes from "Remarks"
    QCOMPARE(c().get(QStringLiteral("/migrations/%1").arg(migration))
                 .json()
                 .value(QLatin1String("migration"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("completed"));

    const HttpResult valid = c().get(QStringLiteral("/migrations/%1/exports/contacts.csv").arg(migration));
    QCOMPARE(valid.status, 200);
    QCOMPARE(valid.header("X-Total-Records"), QByteArray("4"));
    QCOMPARE(csvLines(valid.body).size(), 5);
    QVERIFY(csvLines(valid.body).at(0).startsWith("first_name,last_name,email"));
    const HttpResult invalid =
        c().get(QStringLiteral("/migrations/%1/exports/contacts.csv?filter=invalid").arg(migration));
    QCOMPARE(csvLines(invalid.body).size(), 3);
    QVERIFY(invalid.body.contains("ben-at-example.org"));
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/exports/contacts.csv?filter=all").arg(migration))
                 .header("X-Total-Records"),
             QByteArray("6"));
    auto gzipHeaders = c().api().key();
    gzipHeaders.append(qMakePair(QByteArray("Accept-Encoding"), QByteArray("gzip")));
    const HttpResult gz = httpRequest(
        "GET", c().api().url(QStringLiteral("/migrations/%1/exports/contacts.csv").arg(migration)),
        gzipHeaders);
    QCOMPARE(gz.status, 200);
    QCOMPARE(gz.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(gz.body.startsWith("\x1f\x8b")); // httplib compresses the stream when asked (§3.3.10)
    QCOMPARE(gz.header("X-Total-Records"), QByteArray("4"));
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/exports/deals.csv").arg(migration)).status, 404);
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/exports/contacts.txt").arg(migration)).status, 400);
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/exports/contacts.csv?filter=x").arg(migration)).status,
             400);
}

void TestMigrationRuns::threadStreamFollowsARunAndResumes()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    // Opened while a run is queued: the stream follows it to its end, then `done`.
    const HttpResult started = startRun(migration, QStringLiteral("clarify"), QStringLiteral("email?"));
    QCOMPARE(started.status, 201);
    auto headers = c().api().key();
    const HttpResult live =
        httpRequest("GET", c().api().url(QStringLiteral("/migrations/%1/thread/stream").arg(migration)),
                    headers, {}, 60000);
    QCOMPARE(live.status, 200);
    QVERIFY(live.header("Content-Type").startsWith("text/event-stream"));
    QVERIFY2(live.body.contains("event: completed\n"), live.body.constData());
    QVERIFY(live.body.contains("\"role\":\"agent\""));
    QVERIFY(live.body.endsWith("\n\n"));
    const qsizetype doneAt = live.body.lastIndexOf("event: done\ndata: ");
    QVERIFY(doneAt > 0);
    const QJsonObject all = c().get(QStringLiteral("/migrations/%1/thread").arg(migration)).json();
    const qint64 last = all.value(QLatin1String("last_sequence")).toInteger();
    QVERIFY(
        live.body.mid(doneAt).contains(QByteArray("{\"last_sequence\":" + QByteArray::number(last) + "}")));

    // Resume after the first event with Last-Event-ID: everything after it, nothing before.
    const QJsonArray events = all.value(QLatin1String("events")).toArray();
    const qint64 first = events.at(0).toObject().value(QLatin1String("sequence")).toInteger();
    const qint64 second = events.at(1).toObject().value(QLatin1String("sequence")).toInteger();
    headers.append(qMakePair(QByteArray("Last-Event-ID"), QByteArray::number(first)));
    const HttpResult resumed =
        httpRequest("GET", c().api().url(QStringLiteral("/migrations/%1/thread/stream").arg(migration)),
                    headers, {}, 60000);
    QCOMPARE(resumed.status, 200);
    QVERIFY(!resumed.body.contains(QByteArray("id: " + QByteArray::number(first) + "\n")));
    QVERIFY(resumed.body.startsWith(QByteArray("id: " + QByteArray::number(second) + "\n")));
    QCOMPARE(resumed.body.count("\nevent: ") + (resumed.body.startsWith("event: ") ? 1 : 0),
             qsizetype(events.size())); // the events after the first one, plus done
}

void TestMigrationRuns::requestErrors()
{
    const QString migration = createMigration();
    QCOMPARE(startRun(migration, QStringLiteral("generate")).status, 400); // no files yet
    QCOMPARE(startRun(migration, QStringLiteral("dance")).status, 400);
    QCOMPARE(startRun(migration, QStringLiteral("update")).status, 400);                       // no message
    QCOMPARE(startRun(migration, QStringLiteral("clarify"), QStringLiteral("?")).status, 409); // no preview
    QCOMPARE(
        startRun(QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("generate")).status,
        404);
    QCOMPARE(
        c().get(QStringLiteral("/migrations/%1/runs/00000000-0000-4000-8000-000000000000").arg(migration))
            .status,
        404);
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/thread?after=x").arg(migration)).status, 400);
}

QTEST_GUILESS_MAIN(TestMigrationRuns)
#include "tst_server_migrationruns.moc"
