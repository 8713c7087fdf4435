// SPDX-License-Identifier: GPL-3.0-or-later
// Company imports whose mapping needs a person (API §3.2.4 blocked, §3.2.6 messages, §5.1) and the
// `link` rule over real HTTP: a first import with a genuinely ambiguous or unfed required column pauses
// at `blocked` with questions; answers and free-form corrections pin the column in plan version n+1 and
// the run goes on; a replayed (frozen) plan whose required column vanished fails instead. Link columns
// are checked against the linked sheet's valid rows, of the same import or stored.
#include "importclient.h"

using namespace godwit::test;

class TestImportMapping : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ambiguousFirstImportBlocksAndAnAnswerPinsTheColumn();
    void unfedRequiredColumnBlocksAndACustomAnswerFeedsIt();
    void freeFormCorrectionResumesABlockedRun();
    void frozenPlanWhoseRequiredColumnVanishedFails();
    void linkColumnsAreCheckedAgainstTheLinkedSheet();

private:
    HttpResult message(const QString &company, const QString &run, const QByteArray &body) const
    {
        return m_client->request("POST", m_client->runPath(company, run) + QStringLiteral("/messages"), body);
    }
    static QString status(const QJsonObject &poll) { return poll.value(QLatin1String("status")).toString(); }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
};

// Two columns that both fit `email` by name.
static const QByteArray kTwoEmails = "first_name,last_name,Email,E-mail\r\n"
                                     "Ana,Müller,ana@work.example,ana@home.example\r\n"
                                     "Ben,Smith,ben@work.example,ben@home.example\r\n";

void TestImportMapping::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
}

void TestImportMapping::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("SHOW_SERVER_LOG"))
        qInfo().noquote() << m_server->standardError();
    QVERIFY(m_server->stop());
}

void TestImportMapping::ambiguousFirstImportBlocksAndAnAnswerPinsTheColumn()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString sheet = c.sheetId(company);
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), kTwoEmails);
    const QJsonObject blocked = c.waitForRun(company, run);
    QCOMPARE(status(blocked), QStringLiteral("blocked"));
    QVERIFY(!blocked.contains(QLatin1String("plan_version"))); // no plan yet
    const QJsonArray questions = blocked.value(QLatin1String("questions")).toArray();
    QCOMPARE(questions.size(), 1);
    const QJsonObject q = questions.at(0).toObject();
    // The API's BlockedQuestion shape, camelCase, nothing more.
    QCOMPARE(q.keys(), (QStringList{QStringLiteral("allowCustom"), QStringLiteral("id"),
                                    QStringLiteral("options"), QStringLiteral("question")}));
    QCOMPARE(q.value(QLatin1String("id")).toString(), QStringLiteral("q1"));
    QCOMPARE(q.value(QLatin1String("question")).toString(),
             QStringLiteral("Which column of \"contacts.csv\" feeds contacts.email?"));
    QStringList labels;
    for (const QJsonValue &o : q.value(QLatin1String("options")).toArray())
        labels.append(o.toObject().value(QLatin1String("label")).toString());
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("E-mail"), QStringLiteral("Email")}));
    QVERIFY(q.value(QLatin1String("allowCustom")).toBool());

    // Blocked holds the company's slot; nothing is stored meanwhile.
    const HttpResult other = c.startImport(
        company, ImportClient::filesBody(QStringLiteral("contacts.csv"),
                                         c.upload(company, QStringLiteral("contacts.csv"), kCleanContacts)));
    QCOMPARE(other.status, 409);
    QCOMPARE(other.json().value(QLatin1String("run_id")).toString(), run);
    QCOMPARE(csvLines(c.download(company, QStringLiteral("?sheet_id=") + sheet).body).size(), 1);
    // Decisions are for needs_attention runs only.
    QCOMPARE(
        c.decide(company, run, QJsonObject{{QLatin1String("decision"), QStringLiteral("accept")}}).status,
        409);

    // Answers that do not resolve: 400 naming the field, and the run stays blocked.
    HttpResult bad = message(company, run, R"({"answers":[{"id":"q9","value":"Email"}]})");
    QCOMPARE(bad.status, 400);
    QCOMPARE(errorOf(bad), QStringLiteral("answers[0].id: unknown question id \"q9\""));
    bad = message(company, run, R"({"answers":[{"id":"q1","value":"Phone"}]})");
    QCOMPARE(bad.status, 400);
    QCOMPARE(
        errorOf(bad),
        QStringLiteral("answers[0].value: \"Phone\" is neither an option of q1 nor a column of the file"));
    QCOMPARE(status(c.poll(company, run)), QStringLiteral("blocked"));

    // The answer (an option's label, any case) pins E-mail in plan version 1 and the run goes on.
    const HttpResult answered = message(company, run, R"({"answers":[{"id":"q1","value":"e-mail"}]})");
    QCOMPARE(answered.status, 200);
    QCOMPARE(answered.json().value(QLatin1String("status")).toString(), QStringLiteral("running"));
    QCOMPARE(answered.json().value(QLatin1String("plan_version")).toInt(), 1);
    const QJsonObject done = c.waitForRun(company, run);
    QCOMPARE(status(done), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 1);
    QCOMPARE(numberOf(reportOf(done), "inserted"), 2);
    const QList<QByteArray> rows = csvLines(c.download(company, QStringLiteral("?sheet_id=") + sheet).body);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(1).contains("ana@home.example") && !rows.at(1).contains("ana@work.example"),
             rows.at(1).constData());
    // Answering again: the run is not blocked any more.
    QCOMPARE(message(company, run, R"({"answers":[{"id":"q1","value":"Email"}]})").status, 409);

    // The next import of the same file replays the plan: no question, the pinned column again.
    const QString again = c.importFile(company, QStringLiteral("contacts.csv"), kTwoEmails);
    const QJsonObject replayed = c.waitForRun(company, again);
    QCOMPARE(status(replayed), QStringLiteral("completed"));
    QCOMPARE(replayed.value(QLatin1String("plan_version")).toInt(), 1);
    bool pinned = false;
    const QJsonObject mapping = reportOf(replayed)
                                    .value(QLatin1String("files"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("mapping"))
                                    .toObject();
    for (const QJsonValue &m : mapping.value(QLatin1String("columns")).toArray()) {
        const QJsonObject column = m.toObject();
        if (column.value(QLatin1String("column")).toString() == QLatin1String("email"))
            pinned = column.value(QLatin1String("header")).toString() == QLatin1String("E-mail") &&
                     column.value(QLatin1String("method")).toString() == QLatin1String("pinned");
    }
    QVERIFY2(pinned, QJsonDocument(mapping).toJson().constData());
}

void TestImportMapping::unfedRequiredColumnBlocksAndACustomAnswerFeedsIt()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString sheet = c.sheetId(company);
    // Nothing fits last_name (a rule-less column) by name; "Ref" is a column nothing reads.
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"),
                                     "first_name,Ref,email\r\n"
                                     "Ana,Müller,ana@example.com\r\n"
                                     "Ben,Smith,ben@example.org\r\n");
    const QJsonObject blocked = c.waitForRun(company, run);
    QCOMPARE(status(blocked), QStringLiteral("blocked"));
    const QJsonObject q = blocked.value(QLatin1String("questions")).toArray().at(0).toObject();
    QCOMPARE(q.value(QLatin1String("question")).toString(),
             QStringLiteral("Which column of \"contacts.csv\" feeds the required field contacts.last_name?"));
    QCOMPARE(q.value(QLatin1String("options")).toArray().at(0).toObject().value(QLatin1String("label")),
             QJsonValue(QStringLiteral("Ref")));

    // allowCustom: a column of the file, in any case.
    const HttpResult answered = message(company, run, R"({"answers":[{"id":"q1","value":"ref"}]})");
    QCOMPARE(answered.status, 200);
    const QJsonObject done = c.waitForRun(company, run);
    QCOMPARE(status(done), QStringLiteral("completed"));
    const QList<QByteArray> rows = csvLines(c.download(company, QStringLiteral("?sheet_id=") + sheet).body);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(1).startsWith("Ana,Müller,ana@example.com"), rows.at(1).constData());
}

void TestImportMapping::freeFormCorrectionResumesABlockedRun()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString sheet = c.sheetId(company);
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), kTwoEmails);
    QCOMPARE(status(c.waitForRun(company, run)), QStringLiteral("blocked"));

    // Corrections that cannot apply: 400 naming what is wrong.
    HttpResult bad = message(company, run, R"({"message":"make it nicer"})");
    QCOMPARE(bad.status, 400);
    QVERIFY2(errorOf(bad).startsWith(QLatin1String("I don't understand \"make it nicer\"")),
             qPrintable(errorOf(bad)));
    bad = message(company, run, R"({"message":"map \"Mail\" to email"})");
    QCOMPARE(bad.status, 400);
    QCOMPARE(errorOf(bad),
             QStringLiteral("\"map \"Mail\" to email\": no file of this import has a column \"Mail\""));
    bad = message(company, run, R"({"answers":"map Email to contacts.e_mail"})");
    QCOMPARE(bad.status, 400);
    QCOMPARE(errorOf(bad),
             QStringLiteral("\"map Email to contacts.e_mail\": no sheet of this company has the field "
                            "\"contacts.e_mail\""));

    // A string `answers` (or `message`) is a correction: Email feeds email, in plan version 1.
    const HttpResult corrected = message(company, run, R"({"answers":"map \"email\" to contacts.email"})");
    QCOMPARE(corrected.status, 200);
    const QJsonObject done = c.waitForRun(company, run);
    QCOMPARE(status(done), QStringLiteral("completed"));
    const QList<QByteArray> rows = csvLines(c.download(company, QStringLiteral("?sheet_id=") + sheet).body);
    QVERIFY2(rows.value(1).contains("ana@work.example"), rows.value(1).constData());

    // A paused (needs_attention) run takes a correction too: plan version n+1 and a fresh pass.
    const QString paused = c.importFile(company, QStringLiteral("contacts.csv"),
                                        "first_name,last_name,Email,E-mail\r\n"
                                        "Ana,Müller,not-an-address,ana@home.example\r\n");
    const QJsonObject attention = c.waitForRun(company, paused);
    QCOMPARE(status(attention), QStringLiteral("needs_attention"));
    QCOMPARE(attention.value(QLatin1String("plan_version")).toInt(), 1);
    const HttpResult steered = message(company, paused, R"({"message":"map \"E-mail\" to email"})");
    QCOMPARE(steered.status, 200);
    QCOMPARE(steered.json().value(QLatin1String("plan_version")).toInt(), 2);
    const QJsonObject steeredDone = c.waitForRun(company, paused);
    QCOMPARE(status(steeredDone), QStringLiteral("completed"));
    QCOMPARE(steeredDone.value(QLatin1String("plan_version")).toInt(), 2);
    QVERIFY(c.download(company, QStringLiteral("?sheet_id=") + sheet).body.contains("ana@home.example"));

    // A run that has ended takes no correction.
    const HttpResult late = message(company, run, R"({"message":"map \"E-mail\" to email"})");
    QCOMPARE(late.status, 409);
    QCOMPARE(
        errorOf(late),
        QStringLiteral("The run is completed: a free-form correction steers only a run that has not ended"));
}

void TestImportMapping::frozenPlanWhoseRequiredColumnVanishedFails()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString first = c.importFile(company, QStringLiteral("contacts.csv"), kCleanContacts);
    QCOMPARE(status(c.waitForRun(company, first)), QStringLiteral("completed"));
    // The plan (version 1) is recorded: the same sheet without its e-mail column fails, even though the
    // file has a column nothing reads that a first import would have asked about.
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"),
                                     "First Name,Last Name,Remarks\r\nAna,Müller,call back\r\n");
    const QJsonObject failed = c.waitForRun(company, run);
    QCOMPARE(status(failed), QStringLiteral("failed"));
    const QString error = failed.value(QLatin1String("error")).toString();
    QVERIFY2(error.startsWith(QLatin1String("contacts.csv: Unrecoverable column drift")) &&
                 error.contains(QLatin1String("\"email\"")),
             qPrintable(error));
}

void TestImportMapping::linkColumnsAreCheckedAgainstTheLinkedSheet()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany({kCompaniesTemplate, kDealsTemplate});
    const QString dealsSheet = c.sheetId(company, 1);
    const QByteArray companies = "name,domain\r\nAcme,acme.example\r\nGlobex,globex.example\r\n";
    // deals.company links to companies.name: Initech is not a company.
    const QByteArray deals = "deal_id,title,company,amount,stage\r\n"
                             "DL-1,Anvils,Acme,100,Won\r\n"
                             "DL-2,Rockets,Initech,200,Lead\r\n"
                             "DL-3,Portals,Globex,300,Proposal\r\n";
    // The deals file comes first: the companies it links to are validated before it all the same.
    const QString dealsRef = c.upload(company, QStringLiteral("deals.csv"), deals);
    const QString companiesRef = c.upload(company, QStringLiteral("companies.csv"), companies);
    const HttpResult started = c.startImport(
        company, QJsonObject{{QLatin1String("files"),
                              QJsonArray{QJsonObject{{QLatin1String("name"), QStringLiteral("deals.csv")},
                                                     {QLatin1String("upload_ref"), dealsRef}},
                                         QJsonObject{{QLatin1String("name"), QStringLiteral("companies.csv")},
                                                     {QLatin1String("upload_ref"), companiesRef}}}}});
    QCOMPARE(started.status, 201);
    const QString run = started.json().value(QLatin1String("run_id")).toString();
    const QJsonObject paused = c.waitForRun(company, run);
    QCOMPARE(status(paused), QStringLiteral("needs_attention"));
    QCOMPARE(numberOf(reportOf(paused), "invalidCellCount"), 1);
    const QJsonArray columns = reportOf(paused).value(QLatin1String("columns")).toArray();
    QCOMPARE(columns.size(), 1);
    const QJsonObject flagged = columns.at(0).toObject();
    QCOMPARE(flagged.value(QLatin1String("column")).toString(), QStringLiteral("company"));
    const QJsonObject rule = flagged.value(QLatin1String("rules")).toArray().at(0).toObject();
    QCOMPARE(rule.value(QLatin1String("rule")).toString(), QStringLiteral("link"));
    QCOMPARE(rule.value(QLatin1String("count")).toInt(), 1);
    QCOMPARE(rule.value(QLatin1String("samples")).toArray().at(0).toObject().value(QLatin1String("value")),
             QJsonValue(QStringLiteral("Initech")));
    const QJsonObject target = paused.value(QLatin1String("needs_attention"))
                                   .toObject()
                                   .value(QLatin1String("questions"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("target"))
                                   .toObject();
    QCOMPARE(target.value(QLatin1String("error")).toString(), QStringLiteral("link"));
    QCOMPARE(
        c.decide(company, run, QJsonObject{{QLatin1String("decision"), QStringLiteral("reject")}}).status,
        200);

    // Deals alone: checked against the stored companies (Acme, Globex).
    const QString alone = c.importFile(company, QStringLiteral("deals.csv"),
                                       "deal_id,title,company,amount,stage\r\n"
                                       "DL-4,Magnets,Globex,10,Lead\r\n"
                                       "DL-5,Springs,Umbrella,20,Lead\r\n"
                                       "DL-6,Lasers,Acme,30,Won\r\n");
    const QJsonObject second = c.waitForRun(company, alone);
    QCOMPARE(status(second), QStringLiteral("needs_attention"));
    QCOMPARE(numberOf(reportOf(second), "invalidCellCount"), 1);
    const QJsonObject secondRule = reportOf(second)
                                       .value(QLatin1String("columns"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("rules"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
    QCOMPARE(secondRule.value(QLatin1String("rule")).toString(), QStringLiteral("link"));
    QCOMPARE(
        secondRule.value(QLatin1String("samples")).toArray().at(0).toObject().value(QLatin1String("row")),
        QJsonValue(3));
    QCOMPARE(
        c.decide(company, alone, QJsonObject{{QLatin1String("decision"), QStringLiteral("reject")}}).status,
        200);
    // The valid download leaves the unlinked deal out.
    const QList<QByteArray> valid =
        csvLines(c.download(company, QStringLiteral("?sheet_id=%1&filter=valid").arg(dealsSheet)).body);
    QCOMPARE(valid.size(), 3);
    QVERIFY(!valid.join('\n').contains("Umbrella"));
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_server_importmapping.moc"
