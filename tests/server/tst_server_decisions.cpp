// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions on a needs_attention import over real HTTP (API §3.2.5, §6 items 1–3): accept (as proposed or
// edited) and answer make plan version n+1 and re-run; reject completes with the flagged rows kept; the
// request errors name the field; 409 when there is nothing to decide.
#include "importclient.h"

using namespace godwit::test;

class TestDecisions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptMakesPlanVersionTwoAndReruns();
    void laterImportsReplayTheNewPlan();
    void answerWithAnOption();
    void answerThatLeavesRowsFlaggedDoesNotAskAgain();
    void acceptAnEditedPatch();
    void rejectKeepsTheFlaggedRows();
    void malformedDecisions_data();
    void malformedDecisions();
    void unknownQuestionAndSheet();
    void notNeedsAttentionIs409();

private:
    // A company with kBadEmails imported and paused: {company, run}.
    QPair<QString, QString> pausedImport();

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
};

void TestDecisions::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
}

void TestDecisions::cleanupTestCase()
{
    QVERIFY(m_server->stop());
}

QPair<QString, QString> TestDecisions::pausedImport()
{
    const QString company = m_client->createCompany();
    const QString run = m_client->importFile(company, QStringLiteral("contacts.csv"), kBadEmails);
    const QJsonObject paused = m_client->waitForRun(company, run);
    if (paused.value(QLatin1String("status")).toString() != QLatin1String("needs_attention"))
        return {};
    return {company, run};
}

void TestDecisions::acceptMakesPlanVersionTwoAndReruns()
{
    ImportClient &c = *m_client;
    const auto [company, run] = pausedImport();
    QVERIFY(!run.isEmpty());
    const HttpResult accepted =
        c.decide(company, run, QJsonObject{{QLatin1String("decision"), QStringLiteral("accept")}});
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json(), (QJsonObject{{QLatin1String("run_id"), run},
                                           {QLatin1String("status"), QStringLiteral("running")}}));
    const QJsonObject done = c.waitForRun(company, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 2);
    QCOMPARE(numberOf(reportOf(done), "inserted"), 4);
    QCOMPARE(numberOf(reportOf(done), "invalidCellCount"), 0);
    // The flagged rows were deleted: the download has the four others.
    const HttpResult all = c.download(company, QStringLiteral("?filter=all&sheet_id=") + c.sheetId(company));
    QCOMPARE(all.header("X-Total-Records"), QByteArray("4"));
    QCOMPARE(csvLines(all.body).size(), 5);
    QVERIFY(!all.body.contains("ben-at-example.org"));
    // Deciding again: nothing to decide.
    QCOMPARE(
        c.decide(company, run, QJsonObject{{QLatin1String("decision"), QStringLiteral("accept")}}).status,
        409);
}

void TestDecisions::laterImportsReplayTheNewPlan()
{
    ImportClient &c = *m_client;
    const auto [company, run] = pausedImport();
    QVERIFY(!run.isEmpty());
    QCOMPARE(
        c.decide(company, run, QJsonObject{{QLatin1String("decision"), QStringLiteral("accept")}}).status,
        200);
    QCOMPARE(c.waitForRun(company, run).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
    // The same kind of file again, with drifted headers: healed, and version 2's fix applied without asking.
    const QByteArray drifted = "E-Mail Address,Given name,Surname\r\n"
                               "x@example.com,Xavier,Young\r\n"
                               "not-an-email,Yolanda,Zhou\r\n";
    const QString next = c.importFile(company, QStringLiteral("contacts.csv"), drifted);
    const QJsonObject done = c.waitForRun(company, next);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 2);
    QCOMPARE(numberOf(reportOf(done), "inserted"), 1);
    QCOMPARE(numberOf(reportOf(done), "invalidCellCount"), 0);
    // The sheet now holds this import's rows (an import replaces the rows of the sheets it feeds).
    const QList<QByteArray> lines =
        csvLines(c.download(company, QStringLiteral("?filter=all&sheet_id=") + c.sheetId(company)).body);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith("Xavier,Young,x@example.com"));
}

void TestDecisions::answerWithAnOption()
{
    ImportClient &c = *m_client;
    const auto [company, run] = pausedImport();
    QVERIFY(!run.isEmpty());
    const HttpResult answered = c.decide(
        company, run,
        QJsonObject{
            {QLatin1String("decision"), QStringLiteral("answer")},
            {QLatin1String("answers"),
             QJsonArray{QJsonObject{{QLatin1String("id"), QStringLiteral("fq0")},
                                    {QLatin1String("value"), QStringLiteral("Delete these rows")}}}}});
    QCOMPARE(answered.status, 200);
    const QJsonObject done = c.waitForRun(company, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 2);
    QCOMPARE(numberOf(reportOf(done), "inserted"), 4);
    QCOMPARE(numberOf(reportOf(done), "invalidCellCount"), 0);
}

void TestDecisions::answerThatLeavesRowsFlaggedDoesNotAskAgain()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    // A required column left empty: "Leave empty" keeps the rows flagged.
    const QString run =
        c.importFile(company, QStringLiteral("contacts.csv"),
                     "first_name,last_name,email\r\nAna,,ana@example.com\r\nBen,Smith,ben@example.org\r\n");
    const QJsonObject paused = c.waitForRun(company, run);
    QCOMPARE(paused.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    const QJsonObject question = paused.value(QLatin1String("needs_attention"))
                                     .toObject()
                                     .value(QLatin1String("questions"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(question.value(QLatin1String("target")).toObject().value(QLatin1String("error")).toString(),
             QStringLiteral("required"));
    const HttpResult answered = c.decide(
        company, run,
        QJsonObject{{QLatin1String("decision"), QStringLiteral("answer")},
                    {QLatin1String("answers"),
                     QJsonArray{QJsonObject{{QLatin1String("id"), QStringLiteral("fq0")},
                                            {QLatin1String("value"), QStringLiteral("leave_empty")}}}}});
    QCOMPARE(answered.status, 200);
    const QJsonObject done = c.waitForRun(company, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 2);
    QCOMPARE(numberOf(reportOf(done), "inserted"), 2);
    QCOMPARE(numberOf(reportOf(done), "invalidCellCount"), 1);
}

void TestDecisions::acceptAnEditedPatch()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString sheet = c.sheetId(company);
    // A bad optional column (birth_date): the edited patch clears it instead of deleting the rows.
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"),
                                     "first_name,last_name,email,birth_date\r\n"
                                     "Ana,Müller,ana@example.com,1980-01-31\r\n"
                                     "Ben,Smith,ben@example.org,not a date\r\n");
    QCOMPARE(c.waitForRun(company, run).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    const QJsonObject patch{{QLatin1String("summary"), QStringLiteral("Clear the bad birth dates")},
                            {QLatin1String("actions"),
                             QJsonArray{QJsonObject{{QLatin1String("sheet_id"), sheet},
                                                    {QLatin1String("action"), QStringLiteral("set_value")},
                                                    {QLatin1String("column"), QStringLiteral("birth_date")},
                                                    {QLatin1String("value"), QString()}}}}};
    const HttpResult accepted = c.decide(
        company, run,
        QJsonObject{{QLatin1String("decision"), QStringLiteral("accept")}, {QLatin1String("patch"), patch}});
    QCOMPARE(accepted.status, 200);
    const QJsonObject done = c.waitForRun(company, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(numberOf(reportOf(done), "inserted"), 2);
    QCOMPARE(numberOf(reportOf(done), "invalidCellCount"), 0);
    const QList<QByteArray> lines = csvLines(c.download(company, QStringLiteral("?sheet_id=") + sheet).body);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(2), QByteArray("Ben,Smith,ben@example.org,,,,,,"));
}

void TestDecisions::rejectKeepsTheFlaggedRows()
{
    ImportClient &c = *m_client;
    const auto [company, run] = pausedImport();
    QVERIFY(!run.isEmpty());
    const HttpResult rejected =
        c.decide(company, run, QJsonObject{{QLatin1String("decision"), QStringLiteral("reject")}});
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    const QJsonObject done = c.poll(company, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 1); // no new version
    const QJsonObject report = reportOf(done);
    QCOMPARE(numberOf(report, "inserted"), 6);
    QCOMPARE(numberOf(report, "invalidCellCount"), 2);

    // The downloads agree with the report: valid = inserted - invalidCellCount.
    const QString sheet = c.sheetId(company);
    const HttpResult valid = c.download(company, QStringLiteral("?sheet_id=") + sheet);
    const HttpResult invalid = c.download(company, QStringLiteral("?filter=invalid&sheet_id=") + sheet);
    const HttpResult all = c.download(company, QStringLiteral("?filter=all&sheet_id=") + sheet);
    QCOMPARE(valid.header("X-Total-Records"), QByteArray("4"));
    QCOMPARE(invalid.header("X-Total-Records"), QByteArray("2"));
    QCOMPARE(all.header("X-Total-Records"), QByteArray("6"));
    QCOMPARE(csvLines(valid.body).size(), 1 + 4);
    QCOMPARE(csvLines(all.body).size(), 1 + 6);
    const QList<QByteArray> flagged = csvLines(invalid.body);
    QCOMPARE(flagged.size(), 1 + 2);
    QCOMPARE(flagged.at(1), QByteArray("Ben,Smith,ben-at-example.org,,,,,,"));
    QCOMPARE(flagged.at(2), QByteArray("Élodie,García,elodie@@example,,,,,,"));
}

void TestDecisions::malformedDecisions_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("no decision") << QByteArray("{}")
                                 << QStringLiteral("decision is required: accept, answer or reject");
    QTest::newRow("unknown decision") << QByteArray(R"({"decision":"approve"})")
                                      << QStringLiteral("decision must be one of accept, answer, reject");
    QTest::newRow("answer without answers")
        << QByteArray(R"({"decision":"answer"})")
        << QStringLiteral("answers is required for decision \"answer\": [{id, value}]");
    QTest::newRow("answer without id") << QByteArray(R"({"decision":"answer","answers":[{"value":"x"}]})")
                                       << QStringLiteral("answers[0].id is required: a question id");
    QTest::newRow("answer without value")
        << QByteArray(R"({"decision":"answer","answers":[{"id":"fq0"}]})")
        << QStringLiteral("answers[0].value is required: an option label, id or free text");
    QTest::newRow("patch on reject") << QByteArray(R"({"decision":"reject","patch":{"actions":[]}})")
                                     << QStringLiteral("patch is only for decision \"accept\"");
    QTest::newRow("patch not object") << QByteArray(R"({"decision":"accept","patch":[]})")
                                      << QStringLiteral("patch must be an object {summary?, actions: [...]}");
    QTest::newRow("unknown action")
        << QByteArray(
               R"({"decision":"accept","patch":{"actions":[{"sheet_id":"s","action":"explode","column":"email"}]}})")
        << QStringLiteral("patch.actions[0]: unknown action: explode");
    QTest::newRow("action without column")
        << QByteArray(
               R"({"decision":"accept","patch":{"actions":[{"sheet_id":"s","action":"delete_invalid_rows"}]}})")
        << QStringLiteral("patch.actions[0]: action delete_invalid_rows without column");
    QTest::newRow("answers on accept") << QByteArray(R"({"decision":"accept","answers":[]})")
                                       << QStringLiteral("answers is only for decision \"answer\"");
}

void TestDecisions::malformedDecisions()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    ImportClient &c = *m_client;
    static const QPair<QString, QString> paused = pausedImport();
    QVERIFY(!paused.second.isEmpty());
    const HttpResult result =
        c.request("POST", c.runPath(paused.first, paused.second) + QStringLiteral("/decisions"), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(errorOf(result), error);
    // The run still waits.
    QCOMPARE(c.poll(paused.first, paused.second).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
}

void TestDecisions::unknownQuestionAndSheet()
{
    ImportClient &c = *m_client;
    const auto [company, run] = pausedImport();
    QVERIFY(!run.isEmpty());
    const HttpResult unknownQuestion =
        c.decide(company, run,
                 QJsonObject{{QLatin1String("decision"), QStringLiteral("answer")},
                             {QLatin1String("answers"),
                              QJsonArray{QJsonObject{{QLatin1String("id"), QStringLiteral("fq0")},
                                                     {QLatin1String("value"), QStringLiteral("delete_rows")}},
                                         QJsonObject{{QLatin1String("id"), QStringLiteral("fq9")},
                                                     {QLatin1String("value"), QStringLiteral("x")}}}}});
    QCOMPARE(unknownQuestion.status, 400);
    QCOMPARE(errorOf(unknownQuestion), QStringLiteral("answers[1].id: unknown question id \"fq9\""));
    const QString foreignSheet = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const HttpResult unknownSheet = c.decide(
        company, run,
        QJsonObject{{QLatin1String("decision"), QStringLiteral("accept")},
                    {QLatin1String("patch"),
                     QJsonObject{{QLatin1String("actions"),
                                  QJsonArray{QJsonObject{
                                      {QLatin1String("sheet_id"), foreignSheet},
                                      {QLatin1String("action"), QStringLiteral("delete_invalid_rows")},
                                      {QLatin1String("column"), QStringLiteral("email")}}}}}}});
    QCOMPARE(unknownSheet.status, 400);
    QCOMPARE(
        errorOf(unknownSheet),
        QStringLiteral("patch.actions[0].sheet_id: %1 is not a sheet of this company").arg(foreignSheet));
    const HttpResult unknownColumn = c.decide(
        company, run,
        QJsonObject{{QLatin1String("decision"), QStringLiteral("accept")},
                    {QLatin1String("patch"),
                     QJsonObject{{QLatin1String("actions"),
                                  QJsonArray{QJsonObject{
                                      {QLatin1String("sheet_id"), c.sheetId(company)},
                                      {QLatin1String("action"), QStringLiteral("delete_invalid_rows")},
                                      {QLatin1String("column"), QStringLiteral("shoe_size")}}}}}}});
    QCOMPARE(unknownColumn.status, 400);
    QVERIFY2(errorOf(unknownColumn).startsWith(QLatin1String("patch: ")) &&
                 errorOf(unknownColumn).contains(QLatin1String("shoe_size")),
             qPrintable(errorOf(unknownColumn)));
    QCOMPARE(c.poll(company, run).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    QCOMPARE(c.poll(company, run).value(QLatin1String("plan_version")).toInt(), 1);
}

void TestDecisions::notNeedsAttentionIs409()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), kCleanContacts);
    c.waitForRun(company, run);
    const HttpResult result =
        c.decide(company, run, QJsonObject{{QLatin1String("decision"), QStringLiteral("reject")}});
    QCOMPARE(result.status, 409);
    QCOMPARE(errorOf(result),
             QStringLiteral("The run is completed, not needs_attention: there is nothing to decide"));
    // 404 before 400 before 409.
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
    QCOMPARE(c.request("POST", c.runPath(company, unknown) + QStringLiteral("/decisions"), "x").status, 404);
    QCOMPARE(c.request("POST", c.runPath(company, run) + QStringLiteral("/decisions"), "{}").status, 400);
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_server_decisions.moc"
