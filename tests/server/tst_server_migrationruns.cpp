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
    void everyUploadedFileIsAccountedFor();
    void unterminatedQuoteIsNamed();
    void twoFilesForOneTemplateAskWhichAndTheAnswerResumes();
    void engineAmbiguityBlocksAndTheAnswerResumes();
    void parallelStartsGiveOneRunAndTheOthersItsId();
    void answerErrorsNameTheAnswerAndComeBeforeTheState();
    void toolEventsShowOnlyWhenIncluded();
    void linkColumnsCheckTheLinkedSheetsValidRows();

private:
    QString createMigration(const QStringList &templates = {QStringLiteral("contacts")})
    {
        const HttpResult created =
            c().post(QStringLiteral("/migrations"),
                     QJsonObject{{QLatin1String("name"), QStringLiteral("M%1").arg(++m_counter)},
                                 {QLatin1String("templates"), QJsonArray::fromStringList(templates)}});
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
    HttpResult answer(const QString &migration, const QString &runId, const QJsonValue &answers)
    {
        return c().post(QStringLiteral("/migrations/%1/runs/%2/messages").arg(migration, runId),
                        QJsonObject{{QLatin1String("answers"), answers}});
    }
    QJsonArray threadEvents(const QString &migration, const QString &query = {})
    {
        return c()
            .get(QStringLiteral("/migrations/%1/thread%2").arg(migration, query))
            .json()
            .value(QLatin1String("events"))
            .toArray();
    }
    static QJsonObject fileEntry(const QJsonObject &preview, const QString &name)
    {
        for (const QJsonValue &v : preview.value(QLatin1String("files")).toArray())
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        return {};
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

// A file whose quoted field never closes would have every row after it read as one field: generate
// stops with the file's name and the row and line the field starts on, not a preview short of rows.
void TestMigrationRuns::unterminatedQuoteIsNamed()
{
    const QString migration = createMigration();
    QVERIFY(uploadFile(migration, QStringLiteral("quoted.csv"),
                       "first_name,last_name,email,notes\r\n"
                       "Anna,Smith,anna@example.com,\"says \"\"hi\"\", often\"\r\n"
                       "Dora,Lind,dora@example.com,\"a, b\"\r\n"
                       "Bob,Jones,bob@example.com,\"never closed\r\n"
                       "Carl,Berg,carl@example.com,ok\r\n"));
    const QJsonObject failed = run(migration, QStringLiteral("generate"));
    QCOMPARE(status(failed), QStringLiteral("failed"));
    QCOMPARE(
        failed.value(QLatin1String("error")).toString(),
        QStringLiteral("quoted.csv: A quoted field that starts in row 4 (line 4) is never closed: the rest "
                       "of the file would be read as that one field"));
}

void TestMigrationRuns::requestErrors()
{
    const QString migration = createMigration();
    QCOMPARE(startRun(migration, QStringLiteral("generate")).status, 400); // no files yet
    const HttpResult dance = startRun(migration, QStringLiteral("dance"));
    QCOMPARE(dance.status, 400);
    QCOMPARE(errorOf(dance), QStringLiteral("kind must be one of generate, update, clarify, execute"));
    const HttpResult noKind = c().post(QStringLiteral("/migrations/%1/runs").arg(migration), QJsonObject{});
    QCOMPARE(noKind.status, 400);
    QCOMPARE(errorOf(noKind), QStringLiteral("kind is required: one of generate, update, clarify, execute"));
    QCOMPARE(errorOf(c().post(QStringLiteral("/migrations/%1/runs").arg(migration),
                              QJsonObject{{QLatin1String("kind"), 3}})),
             QStringLiteral("kind must be one of generate, update, clarify, execute"));
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

void TestMigrationRuns::everyUploadedFileIsAccountedFor()
{
    const QString migration = createMigration();
    QVERIFY(uploadFile(migration, QStringLiteral("contacts.csv"), kContacts));
    // Binary data from byte 22 on (a NUL), and a file with nothing of a contact.
    QVERIFY(uploadFile(migration, QStringLiteral("broken.csv"),
                       QByteArray("first_name,last_name\r\n\0\x01\x02\x03\0\0\0\x04", 30)));
    QVERIFY(uploadFile(migration, QStringLiteral("inventory.csv"),
                       "sku,qty\r\nX-100,4\r\nX-200,17\r\nX-300,0\r\n"));
    const QJsonObject generatedRun = run(migration, QStringLiteral("generate"));
    QVERIFY2(status(generatedRun) == QLatin1String("awaiting_approval"),
             QJsonDocument(generatedRun).toJson().constData());
    const QJsonObject p = preview(migration);
    QCOMPARE(p.value(QLatin1String("files")).toArray().size(), 3);
    const QJsonObject used = fileEntry(p, QStringLiteral("contacts.csv"));
    QCOMPARE(used.value(QLatin1String("used")).toBool(), true);
    QCOMPARE(used.value(QLatin1String("template")).toString(), QStringLiteral("contacts"));
    const QJsonObject broken = fileEntry(p, QStringLiteral("broken.csv"));
    QCOMPARE(broken.value(QLatin1String("used")).toBool(), false);
    QCOMPARE(broken.value(QLatin1String("template")), QJsonValue());
    const QString brokenWhy = broken.value(QLatin1String("reason")).toString();
    QCOMPARE(
        brokenWhy,
        QStringLiteral(
            "cannot be read: it is not a CSV text file: binary data (a NUL or control byte at byte 22)"));
    const QJsonObject inventory = fileEntry(p, QStringLiteral("inventory.csv"));
    QCOMPARE(inventory.value(QLatin1String("used")).toBool(), false);
    QVERIFY2(
        inventory.value(QLatin1String("reason")).toString().startsWith(QLatin1String("no template fits")),
        qPrintable(inventory.value(QLatin1String("reason")).toString()));

    // The thread says the same, in words and as data.
    QString said;
    for (const QJsonValue &v : threadEvents(migration)) {
        const QJsonObject data = v.toObject().value(QLatin1String("data")).toObject();
        if (data.contains(QLatin1String("files")))
            said = data.value(QLatin1String("text")).toString();
    }
    QVERIFY2(said.contains(QLatin1String("\"contacts.csv\" feeds contacts")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("\"broken.csv\" is not used: cannot be read")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("\"inventory.csv\" is not used: no template fits")),
             qPrintable(said));
    // clarify knows it too.
    QCOMPARE(status(run(migration, QStringLiteral("clarify"), QStringLiteral("why not inventory.csv?"))),
             QStringLiteral("completed"));
    const QJsonArray events = threadEvents(migration);
    QString clarified;
    for (const QJsonValue &v : events) {
        const QJsonObject data = v.toObject().value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("role")).toString() == QLatin1String("agent") &&
            !data.contains(QLatin1String("files")))
            clarified = data.value(QLatin1String("text")).toString();
    }
    QVERIFY2(clarified.startsWith(QLatin1String("\"inventory.csv\" is not used: no template fits")),
             qPrintable(clarified));

    // Nothing fits at all: the run fails and its error names every file and why.
    const QString none = createMigration();
    QVERIFY(uploadFile(none, QStringLiteral("inventory.csv"), "sku,qty\r\nX-100,4\r\nX-200,17\r\n"));
    QVERIFY(uploadFile(none, QStringLiteral("empty.csv"), "\r\n\r\n"));
    const QJsonObject failed = run(none, QStringLiteral("generate"));
    QCOMPARE(status(failed), QStringLiteral("failed"));
    const QString error = failed.value(QLatin1String("error")).toString();
    QVERIFY2(error.contains(QLatin1String("inventory.csv: no template fits")) &&
                 error.contains(QLatin1String("empty.csv: cannot be read: it is empty")),
             qPrintable(error));
}

void TestMigrationRuns::twoFilesForOneTemplateAskWhichAndTheAnswerResumes()
{
    const QString migration = createMigration();
    QVERIFY(uploadFile(migration, QStringLiteral("contacts.csv"), kContacts));
    QVERIFY(uploadFile(migration, QStringLiteral("contacts-2024.csv"),
                       "first_name,last_name,email\r\nZoe,Zed,zoe@example.com\r\n"));
    const QString runId =
        startRun(migration, QStringLiteral("generate")).json().value(QLatin1String("run_id")).toString();
    const QJsonObject blocked = waitFor(migration, runId);
    QCOMPARE(status(blocked), QStringLiteral("blocked"));
    const QJsonArray questions = blocked.value(QLatin1String("questions")).toArray();
    QCOMPARE(questions.size(), 1);
    const QJsonObject q = questions.at(0).toObject();
    QCOMPARE(q.value(QLatin1String("question")).toString(),
             QStringLiteral(
                 "\"contacts.csv\" and \"contacts-2024.csv\" both fit the template contacts, which takes"
                 " one file. Which file feeds contacts?"));
    const QJsonArray options = q.value(QLatin1String("options")).toArray();
    QCOMPARE(options.size(), 2);
    QCOMPARE(options.at(1).toObject().value(QLatin1String("label")).toString(),
             QStringLiteral("contacts-2024.csv"));
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/preview").arg(migration)).status, 404); // nothing chosen

    const HttpResult answered =
        answer(migration, runId,
               QJsonArray{QJsonObject{
                   {QLatin1String("id"), QStringLiteral("q1")},
                   {QLatin1String("value"), options.at(1).toObject().value(QLatin1String("id"))}}});
    QCOMPARE(answered.status, 200);
    QCOMPARE(status(waitFor(migration, runId)), QStringLiteral("awaiting_approval"));
    const QJsonObject p = preview(migration);
    const QJsonObject sheet = p.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("file")).toString(), QStringLiteral("contacts-2024.csv"));
    QCOMPARE(sheet.value(QLatin1String("row_count")).toInteger(), 1);
    QCOMPARE(fileEntry(p, QStringLiteral("contacts-2024.csv")).value(QLatin1String("reason")).toString(),
             QStringLiteral("your answer chose it for contacts"));
    const QJsonObject left = fileEntry(p, QStringLiteral("contacts.csv"));
    QCOMPARE(left.value(QLatin1String("used")).toBool(), false);
    QCOMPARE(left.value(QLatin1String("reason")).toString(),
             QStringLiteral("not used: \"contacts-2024.csv\" feeds contacts (your answer)"));

    // The same choice as a directive in a free-form answer.
    const QString other = createMigration();
    QVERIFY(uploadFile(other, QStringLiteral("a.csv"), kContacts));
    QVERIFY(uploadFile(other, QStringLiteral("b.csv"), kContacts));
    const QString second =
        startRun(other, QStringLiteral("generate")).json().value(QLatin1String("run_id")).toString();
    QCOMPARE(status(waitFor(other, second)), QStringLiteral("blocked"));
    QCOMPARE(answer(other, second, QStringLiteral("use \"a.csv\" for contacts")).status, 200);
    QCOMPARE(status(waitFor(other, second)), QStringLiteral("awaiting_approval"));
    QCOMPARE(
        preview(other).value(QLatin1String("sheets")).toArray().at(0).toObject().value(QLatin1String("file")),
        QJsonValue(QStringLiteral("a.csv")));
    // A file no one uploaded is asked about, not guessed.
    const QString third =
        startRun(other, QStringLiteral("update"), QStringLiteral("use \"c.csv\" for contacts"))
            .json()
            .value(QLatin1String("run_id"))
            .toString();
    const QJsonObject asked = waitFor(other, third);
    QCOMPARE(status(asked), QStringLiteral("blocked"));
    QVERIFY(asked.value(QLatin1String("questions"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("question"))
                .toString()
                .contains(QLatin1String("no uploaded file is called \"c.csv\"")));
}

void TestMigrationRuns::engineAmbiguityBlocksAndTheAnswerResumes()
{
    const QString migration = createMigration();
    QVERIFY(uploadFile(migration, QStringLiteral("people.csv"),
                       "first_name,last_name,Email,E-mail\r\n"
                       "Ana,Müller,ana@example.com,ana.m@example.org\r\n"
                       "Ben,Smith,ben@example.org,b.smith@example.net\r\n"));
    const QString runId =
        startRun(migration, QStringLiteral("generate")).json().value(QLatin1String("run_id")).toString();
    const QJsonObject blocked = waitFor(migration, runId);
    QCOMPARE(status(blocked), QStringLiteral("blocked"));
    const QJsonArray questions = blocked.value(QLatin1String("questions")).toArray();
    QCOMPARE(questions.size(), 1);
    const QJsonObject q = questions.at(0).toObject();
    QCOMPARE(q.value(QLatin1String("question")).toString(),
             QStringLiteral("Which column of \"people.csv\" feeds contacts.email?"));
    QStringList labels;
    QString eMail;
    for (const QJsonValue &o : q.value(QLatin1String("options")).toArray()) {
        labels.append(o.toObject().value(QLatin1String("label")).toString());
        if (labels.constLast() == QLatin1String("E-mail"))
            eMail = o.toObject().value(QLatin1String("id")).toString();
    }
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("E-mail"), QStringLiteral("Email")}));
    // The thread asked it too.
    bool asked = false;
    for (const QJsonValue &v : threadEvents(migration))
        asked =
            asked || v.toObject().value(QLatin1String("type")).toString() == QLatin1String("request_input");
    QVERIFY(asked);

    const HttpResult answered = answer(migration, runId,
                                       QJsonArray{QJsonObject{{QLatin1String("id"), QStringLiteral("q1")},
                                                              {QLatin1String("value"), eMail}}});
    QCOMPARE(answered.status, 200);
    QCOMPARE(status(answered.json()), QStringLiteral("running"));
    QCOMPARE(status(waitFor(migration, runId)), QStringLiteral("awaiting_approval"));
    const QJsonObject sheet = preview(migration).value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(mappedColumn(sheet, QStringLiteral("email")).value(QLatin1String("source")).toString(),
             QStringLiteral("E-mail"));
    QCOMPARE(sheet.value(QLatin1String("rows")).toArray().at(1).toArray().at(2).toString(),
             QStringLiteral("ana.m@example.org"));
}

void TestMigrationRuns::parallelStartsGiveOneRunAndTheOthersItsId()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    // An update that blocks (a directive it does not know) holds the slot however fast the worker is.
    const QList<HttpResult> results = inParallel(8, [&](int) {
        return c().post(QStringLiteral("/migrations/%1/runs").arg(migration),
                        QJsonObject{{QLatin1String("kind"), QStringLiteral("update")},
                                    {QLatin1String("message"), QStringLiteral("make it nicer")}});
    });
    QString created;
    int conflicts = 0;
    for (const HttpResult &r : results) {
        if (r.status == 201) {
            QVERIFY2(created.isEmpty(), "two runs were created");
            created = r.json().value(QLatin1String("run_id")).toString();
        } else {
            QCOMPARE(r.status, 409);
            ++conflicts;
        }
    }
    QVERIFY(!created.isEmpty());
    QCOMPARE(conflicts, 7);
    for (const HttpResult &r : results) {
        if (r.status != 409)
            continue;
        QCOMPARE(errorOf(r), QStringLiteral("A run is already in progress"));
        QCOMPARE(r.json().value(QLatin1String("run_id")).toString(), created);
    }
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/runs").arg(migration))
                 .json()
                 .value(QLatin1String("runs"))
                 .toArray()
                 .size(),
             2); // the generate and one update
    QCOMPARE(status(waitFor(migration, created)), QStringLiteral("blocked"));
}

void TestMigrationRuns::answerErrorsNameTheAnswerAndComeBeforeTheState()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    const QString runId = startRun(migration, QStringLiteral("update"), QStringLiteral("make it nicer"))
                              .json()
                              .value(QLatin1String("run_id"))
                              .toString();
    QCOMPARE(status(waitFor(migration, runId)), QStringLiteral("blocked"));
    const QJsonObject good{{QLatin1String("id"), QStringLiteral("q1")},
                           {QLatin1String("value"), QStringLiteral("dates are day-first")}};
    HttpResult r = answer(migration, runId,
                          QJsonArray{good, good,
                                     QJsonObject{{QLatin1String("id"), QStringLiteral("q9")},
                                                 {QLatin1String("value"), QStringLiteral("x")}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(errorOf(r), QStringLiteral("answers[2].id: unknown question id \"q9\""));
    r = answer(migration, runId,
               QJsonArray{good, QJsonObject{{QLatin1String("id"), QStringLiteral("q1")},
                                            {QLatin1String("value"), QStringLiteral(" ")}}});
    QCOMPARE(r.status, 400);
    QVERIFY2(errorOf(r).startsWith(QLatin1String("answers[1].value is required")), qPrintable(errorOf(r)));
    r = answer(migration, runId, QJsonArray{good, 7});
    QCOMPARE(r.status, 400);
    QCOMPARE(errorOf(r), QStringLiteral("answers[1] must be an object {id, value}"));
    QCOMPARE(answer(migration, runId, QJsonArray()).status, 400);
    QCOMPARE(status(c().get(QStringLiteral("/migrations/%1/runs/%2").arg(migration, runId)).json()),
             QStringLiteral("blocked")); // nothing of those was taken
    // A run that is not blocked: a malformed body is still 400 first, a good one 409.
    QCOMPARE(answer(migration, runId, QJsonArray{good}).status, 200);
    QCOMPARE(status(waitFor(migration, runId)), QStringLiteral("awaiting_approval"));
    QCOMPARE(answer(migration, runId, QJsonValue(42)).status, 400);
    QCOMPARE(answer(migration, runId, QStringLiteral("ignore \"Remarks\"")).status, 409);

    // Blocked on credentials: the body is checked (400) before the state (409), API §6 item 24.
    const QString sourced = createMigration();
    QCOMPARE(c().post(QStringLiteral("/migrations/%1/source-connection").arg(sourced),
                      QJsonObject{
                          {QLatin1String("source_key"), QStringLiteral("http_csv")},
                          {QLatin1String("config"),
                           QJsonObject{{QLatin1String("base_url"), QStringLiteral("http://127.0.0.1:9/x")}}}})
                 .status,
             201);
    const QString waiting =
        startRun(sourced, QStringLiteral("generate")).json().value(QLatin1String("run_id")).toString();
    const QJsonObject credentials = waitFor(sourced, waiting);
    QCOMPARE(credentials.value(QLatin1String("blocked_reason")).toString(), QStringLiteral("credentials"));
    r = c().request("POST", QStringLiteral("/migrations/%1/runs/%2/messages").arg(sourced, waiting),
                    "{\"answers\":");
    QCOMPARE(r.status, 400);
    QCOMPARE(answer(sourced, waiting, QJsonValue()).status, 400);
    QCOMPARE(errorOf(answer(sourced, waiting,
                            QJsonArray{QJsonObject{{QLatin1String("id"), QStringLiteral("q1")}}})),
             QStringLiteral("answers[0].value is required: an option id or a file column"));
    r = answer(sourced, waiting, QStringLiteral("dates are day-first"));
    QCOMPARE(r.status, 409);
    QVERIFY2(errorOf(r).contains(QLatin1String("waiting for credentials")), qPrintable(errorOf(r)));
    QCOMPARE(c().request("PATCH", QStringLiteral("/migrations/%1/runs/%2").arg(sourced, waiting),
                         R"({"status":"cancel_requested"})")
                 .status,
             200);
}

void TestMigrationRuns::toolEventsShowOnlyWhenIncluded()
{
    const QString migration = generated();
    QVERIFY(!migration.isEmpty());
    QCOMPARE(status(run(migration, QStringLiteral("execute"))), QStringLiteral("completed"));
    auto types = [](const QJsonArray &events) {
        QStringList list;
        for (const QJsonValue &v : events)
            list.append(v.toObject().value(QLatin1String("type")).toString());
        return list;
    };
    const QJsonArray user = threadEvents(migration);
    const QJsonArray tools = threadEvents(migration, QStringLiteral("?include=tools"));
    const QJsonArray all = threadEvents(migration, QStringLiteral("?include=all"));
    QCOMPARE(threadEvents(migration, QStringLiteral("?include=user")), user);
    const QStringList hidden{QStringLiteral("tool_call"), QStringLiteral("tool_result"),
                             QStringLiteral("task"), QStringLiteral("prepared"), QStringLiteral("thinking")};
    for (const QString &type : types(user))
        QVERIFY2(!hidden.contains(type), qPrintable(type));
    QVERIFY(types(tools).contains(QStringLiteral("tool_call")));
    QVERIFY(types(tools).contains(QStringLiteral("task")));
    QVERIFY(!types(tools).contains(QStringLiteral("prepared")));
    QVERIFY(types(all).contains(QStringLiteral("prepared")));
    QVERIFY(user.size() < tools.size() && tools.size() < all.size());
    // Every user event is in tools, in order; tools are all in `all`.
    QStringList userSeq, toolsSeq;
    for (const QJsonValue &v : tools)
        if (!hidden.contains(v.toObject().value(QLatin1String("type")).toString()))
            toolsSeq.append(QString::number(v.toObject().value(QLatin1String("sequence")).toInteger()));
    for (const QJsonValue &v : user)
        userSeq.append(QString::number(v.toObject().value(QLatin1String("sequence")).toInteger()));
    QCOMPARE(toolsSeq, userSeq);

    // What the steps say: the file read, the template chosen, the columns mapped, the sheet validated and
    // imported; each call followed by its result with the same name.
    QHash<QString, QJsonObject> results;
    QStringList calls;
    for (const QJsonValue &v : tools) {
        const QJsonObject e = v.toObject();
        const QJsonObject data = e.value(QLatin1String("data")).toObject();
        if (e.value(QLatin1String("type")).toString() == QLatin1String("tool_call"))
            calls.append(data.value(QLatin1String("name")).toString());
        if (e.value(QLatin1String("type")).toString() == QLatin1String("tool_result"))
            results.insert(data.value(QLatin1String("name")).toString(),
                           data.value(QLatin1String("output")).toObject());
    }
    QCOMPARE(calls, (QStringList{QStringLiteral("read_file"), QStringLiteral("choose_template"),
                                 QStringLiteral("map_columns"), QStringLiteral("validate_sheet"),
                                 QStringLiteral("import_sheet")}));
    QCOMPARE(results.value(QStringLiteral("read_file")).value(QLatin1String("columns")).toArray().size(), 4);
    QCOMPARE(results.value(QStringLiteral("choose_template")).value(QLatin1String("template")).toString(),
             QStringLiteral("contacts"));
    QCOMPARE(results.value(QStringLiteral("map_columns")).value(QLatin1String("of")).toInt(), 9);
    QCOMPARE(results.value(QStringLiteral("validate_sheet")).value(QLatin1String("rows")).toInteger(), 6);
    QCOMPARE(results.value(QStringLiteral("import_sheet")).value(QLatin1String("invalid_rows")).toInteger(),
             2);
    QCOMPARE(c().get(QStringLiteral("/migrations/%1/thread?include=some").arg(migration)).status, 400);

    // The stream follows the same rule.
    auto stream = [&](const QString &query) {
        return httpRequest(
            "GET", c().api().url(QStringLiteral("/migrations/%1/thread/stream%2").arg(migration, query)),
            c().api().key(), {}, 60000);
    };
    const HttpResult plain = stream({});
    QCOMPARE(plain.status, 200);
    QVERIFY(!plain.body.contains("event: tool_call\n"));
    QVERIFY(!plain.body.contains("event: prepared\n"));
    QCOMPARE(plain.body.count("\nevent: ") + (plain.body.startsWith("event: ") ? 1 : 0), user.size() + 1);
    const HttpResult withTools = stream(QStringLiteral("?include=tools"));
    QVERIFY(withTools.body.contains("event: tool_call\n"));
    QVERIFY(withTools.body.contains("event: tool_result\n"));
    QVERIFY(!withTools.body.contains("event: prepared\n"));
    QCOMPARE(withTools.body.count("\nevent: ") + (withTools.body.startsWith("event: ") ? 1 : 0),
             tools.size() + 1);
    QVERIFY(stream(QStringLiteral("?include=all")).body.contains("event: prepared\n"));
    QCOMPARE(stream(QStringLiteral("?include=x")).status, 400);
}

void TestMigrationRuns::linkColumnsCheckTheLinkedSheetsValidRows()
{
    // deals.company links to companies.name. Deals come first in the migration's templates: the
    // companies still go through the engine first, and only their valid rows count (Umbrella's
    // domain is invalid, so a deal with Umbrella is flagged too).
    const QString migration = createMigration({QStringLiteral("deals"), QStringLiteral("companies")});
    QVERIFY(!migration.isEmpty());
    QVERIFY(uploadFile(migration, QStringLiteral("deals.csv"),
                       "deal_id,title,company,amount,stage\r\n"
                       "DL-1,Renewal,Acme GmbH,1200,Won\r\n"
                       "DL-2,Upsell,Initech,300,Lead\r\n"
                       "DL-3,Pilot,Umbrella,50,Proposal\r\n"
                       "DL-4,Support,Globex,75,Qualified\r\n"));
    QVERIFY(uploadFile(migration, QStringLiteral("companies.csv"),
                       "name,domain,industry\r\n"
                       "Acme GmbH,acme.example,Software\r\n"
                       "Globex,globex.example,Finance\r\n"
                       "Umbrella,not a domain,Healthcare\r\n"));
    QCOMPARE(status(run(migration, QStringLiteral("generate"))), QStringLiteral("awaiting_approval"));
    const QJsonArray sheets = preview(migration).value(QLatin1String("sheets")).toArray();
    QCOMPARE(sheets.size(), 2);
    // In the migration's template order, whatever order they were validated in.
    const QJsonObject deals = sheets.at(0).toObject();
    QCOMPARE(deals.value(QLatin1String("template")).toObject().value(QLatin1String("slug")).toString(),
             QStringLiteral("deals"));
    QCOMPARE(sheets.at(1).toObject().value(QLatin1String("file")).toString(),
             QStringLiteral("companies.csv"));
    QStringList flagged;
    for (const QJsonValue &v : deals.value(QLatin1String("invalid_cells")).toArray()) {
        const QJsonObject cell = v.toObject();
        QCOMPARE(cell.value(QLatin1String("column")).toString(), QStringLiteral("company"));
        QVERIFY2(cell.value(QLatin1String("message")).toString().contains(QLatin1String("link")),
                 qPrintable(cell.value(QLatin1String("message")).toString()));
        flagged.append(deals.value(QLatin1String("rows"))
                           .toArray()
                           .at(cell.value(QLatin1String("row")).toInt() + 1)
                           .toArray()
                           .at(2)
                           .toString());
    }
    QCOMPARE(flagged, (QStringList{QStringLiteral("Initech"), QStringLiteral("Umbrella")}));
    QCOMPARE(numberOf(deals, "invalid_row_count"), 2);

    // Execute: the same verdicts; the valid deals are the two with stored companies.
    const QJsonObject done = run(migration, QStringLiteral("execute"));
    QCOMPARE(status(done), QStringLiteral("completed"));
    const QJsonObject report = done.value(QLatin1String("report")).toObject();
    QCOMPARE(numberOf(report, "invalidCellCount"), 3); // two deals, one company
    const QJsonArray perSheet = report.value(QLatin1String("perSheet")).toArray();
    QCOMPARE(perSheet.at(0).toObject().value(QLatin1String("templateName")).toString(),
             QStringLiteral("Deals"));
    const HttpResult valid = c().get(QStringLiteral("/migrations/%1/exports/deals.csv").arg(migration));
    QCOMPARE(valid.status, 200);
    QVERIFY(valid.body.contains("DL-1") && valid.body.contains("DL-4"));
    QVERIFY(!valid.body.contains("DL-2") && !valid.body.contains("DL-3"));
}

QTEST_GUILESS_MAIN(TestMigrationRuns)
#include "tst_server_migrationruns.moc"
