// SPDX-License-Identifier: GPL-3.0-or-later
// Company imports over real HTTP (API §3.2.3, §3.2.4, §5.1, §6 items 3, 4, 7, 11): the report of a known
// file, typed file errors and drift as failed runs, needs_attention with questions, idempotency keys,
// one import at a time, cancel, lists, and the request errors.
#include "importclient.h"

#include <QDir>

using namespace godwit::test;

class TestImports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanFileCompletesWithExactReport();
    void inlineRowsAreImported();
    void fileGoesToTheSheetItsNameOrColumnsPoint();
    void badEmailsPauseWithQuestions();
    void progressMessageWhileRunning();
    void unrecoverableDriftFailsNamingTheColumn();
    void fileErrorsFailWithClearMessages_data();
    void fileErrorsFailWithClearMessages();
    void idempotencyKeyReplaysAndConflicts();
    void oneImportAtATimeNamesTheActiveRun();
    void cancelQueuedRunningAndPausedRuns();
    void listsNewestFirstAndActive();
    void requestErrors_data();
    void requestErrors();
    void pathAndAuthErrors();
    void downloadsWorkbookZipAndErrors();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
};

void TestImports::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    // One worker: the queued-cancel case below needs a run to wait behind another.
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                              QStringLiteral("--import-workers"), QStringLiteral("1")}),
             m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
}

void TestImports::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("SHOW_SERVER_LOG"))
        qInfo().noquote() << m_server->standardError();
    QVERIFY(m_server->stop());
}

void TestImports::cleanFileCompletesWithExactReport()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString sheet = c.sheetId(company);
    const QString ref = c.upload(company, QStringLiteral("contacts.csv"), kCleanContacts);
    QVERIFY(!ref.isEmpty());
    const HttpResult started =
        c.startImport(company, ImportClient::filesBody(QStringLiteral("contacts.csv"), ref));
    QCOMPARE(started.status, 201);
    const QString run = started.json().value(QLatin1String("run_id")).toString();
    QCOMPARE(started.json().value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(started.json().value(QLatin1String("poll_url")).toString(),
             QStringLiteral("/api/v1/companies/%1/imports/%2").arg(company, run));

    const QJsonObject done = c.waitForRun(company, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("run_id")).toString(), run);
    QCOMPARE(done.value(QLatin1String("kind")).toString(), QStringLiteral("import"));
    QVERIFY(done.value(QLatin1String("created_at")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(done.value(QLatin1String("plan_version")).toInt(), 1);
    QVERIFY(!done.contains(QLatin1String("progress_message")));
    const QJsonObject report = reportOf(done);
    QCOMPARE(numberOf(report, "inserted"), 5);
    QCOMPARE(numberOf(report, "invalidCellCount"), 0);
    const QJsonArray perSheet = report.value(QLatin1String("perSheet")).toArray();
    QCOMPARE(perSheet.size(), 1);
    QCOMPARE(perSheet.at(0).toObject(),
             (QJsonObject{{QLatin1String("templateName"), QStringLiteral("Contacts")},
                          {QLatin1String("sheetId"), sheet},
                          {QLatin1String("rowCount"), 5}}));

    // The stored rows, normalised, in template column order.
    const HttpResult csv = c.download(company, QStringLiteral("?sheet_id=") + sheet);
    QCOMPARE(csv.status, 200);
    const QList<QByteArray> lines = csvLines(csv.body);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0),
             QByteArray("first_name,last_name,email,phone,company,job_title,birth_date,opted_in,notes"));
    QCOMPARE(lines.at(1), QByteArray("Ana,Müller,ana@example.com,+49301234567,,,1980-01-31,true,"));
}

void TestImports::inlineRowsAreImported()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QJsonArray rows{
        QJsonObject{{QLatin1String("First Name"), QStringLiteral("Ana")},
                    {QLatin1String("Last Name"), QStringLiteral("Müller")},
                    {QLatin1String("Email"), QStringLiteral("ana@example.com")},
                    {QLatin1String("Opted In"), true}},
        QJsonObject{{QLatin1String("First Name"), QStringLiteral("Ben")},
                    {QLatin1String("Last Name"), QStringLiteral("Smith")},
                    {QLatin1String("Email"), QStringLiteral("ben@example.org")},
                    {QLatin1String("Notes"), QJsonValue::Null}},
    };
    const HttpResult started = c.startImport(company, QJsonObject{{QLatin1String("rows"), rows}});
    QCOMPARE(started.status, 201);
    const QJsonObject done = c.waitForRun(company, started.json().value(QLatin1String("run_id")).toString());
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(numberOf(reportOf(done), "inserted"), 2);
    QCOMPARE(numberOf(reportOf(done), "invalidCellCount"), 0);
    const QList<QByteArray> lines =
        csvLines(c.download(company, QStringLiteral("?sheet_id=") + c.sheetId(company)).body);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QByteArray("Ana,Müller,ana@example.com,,,,,true,"));
}

void TestImports::fileGoesToTheSheetItsNameOrColumnsPoint()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany({kCompaniesTemplate, kContactsTemplate});
    const QString companiesSheet = c.sheetId(company, 0);
    const QString contactsSheet = c.sheetId(company, 1);
    // By name: "contact list" names the Contacts sheet; by columns: "export.csv" has company columns.
    const QString byName = c.upload(company, QStringLiteral("Contact list 2024.csv"), kCleanContacts);
    const QString byColumns =
        c.upload(company, QStringLiteral("export.csv"),
                 "name,domain,employees\r\nAcme,acme.example,12\r\nGlobex,globex.example,7\r\n");
    const HttpResult started = c.startImport(
        company,
        QJsonObject{{QLatin1String("files"),
                     QJsonArray{QJsonObject{{QLatin1String("name"), QStringLiteral("Contact list 2024.csv")},
                                            {QLatin1String("upload_ref"), byName}},
                                QJsonObject{{QLatin1String("name"), QStringLiteral("export.csv")},
                                            {QLatin1String("upload_ref"), byColumns}}}}});
    QCOMPARE(started.status, 201);
    const QJsonObject done = c.waitForRun(company, started.json().value(QLatin1String("run_id")).toString());
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    const QJsonObject report = reportOf(done);
    QCOMPARE(numberOf(report, "inserted"), 7);
    QHash<QString, int> rowsBySheet;
    for (const QJsonValue &v : report.value(QLatin1String("perSheet")).toArray())
        rowsBySheet.insert(v.toObject().value(QLatin1String("sheetId")).toString(),
                           v.toObject().value(QLatin1String("rowCount")).toInt());
    QCOMPARE(rowsBySheet.value(contactsSheet), 5);
    QCOMPARE(rowsBySheet.value(companiesSheet), 2);

    // Two files for one sheet: the run fails and says so.
    const QString a = c.upload(company, QStringLiteral("contacts-a.csv"), kCleanContacts);
    const QString b = c.upload(company, QStringLiteral("contacts-b.csv"), kCleanContacts);
    const HttpResult twice = c.startImport(
        company,
        QJsonObject{{QLatin1String("files"),
                     QJsonArray{QJsonObject{{QLatin1String("name"), QStringLiteral("contacts-a.csv")},
                                            {QLatin1String("upload_ref"), a}},
                                QJsonObject{{QLatin1String("name"), QStringLiteral("contacts-b.csv")},
                                            {QLatin1String("upload_ref"), b}}}}});
    QCOMPARE(twice.status, 201);
    const QJsonObject failed = c.waitForRun(company, twice.json().value(QLatin1String("run_id")).toString());
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(
        failed.value(QLatin1String("error")).toString(),
        QStringLiteral("contacts-a.csv and contacts-b.csv both go to the sheet Contacts: import one file per "
                       "sheet at a time"));
}

void TestImports::badEmailsPauseWithQuestions()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString sheet = c.sheetId(company);
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), kBadEmails);
    const QJsonObject paused = c.waitForRun(company, run);
    QCOMPARE(paused.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    QCOMPARE(paused.value(QLatin1String("plan_version")).toInt(), 1);
    QCOMPARE(numberOf(reportOf(paused), "inserted"), 6);
    QCOMPARE(numberOf(reportOf(paused), "invalidCellCount"), 2);
    const QJsonObject attention = paused.value(QLatin1String("needs_attention")).toObject();
    const QJsonArray questions = attention.value(QLatin1String("questions")).toArray();
    QCOMPARE(questions.size(), 1);
    const QJsonObject question = questions.at(0).toObject();
    QCOMPARE(question.value(QLatin1String("id")).toString(), QStringLiteral("fq0"));
    QVERIFY(!question.value(QLatin1String("prompt")).toString().isEmpty());
    const QJsonObject target = question.value(QLatin1String("target")).toObject();
    QCOMPARE(target.value(QLatin1String("sheet_id")).toString(), sheet);
    QCOMPARE(target.value(QLatin1String("column")).toString(), QStringLiteral("email"));
    QCOMPARE(target.value(QLatin1String("affected_count")).toInt(), 2);
    QCOMPARE(target.value(QLatin1String("error")).toString(), QStringLiteral("email"));
    QCOMPARE(target.value(QLatin1String("sample_values")).toArray(),
             (QJsonArray{QStringLiteral("ben-at-example.org"), QStringLiteral("elodie@@example")}));
    QVERIFY(question.contains(QLatin1String("allow_custom")));
    const QJsonObject patch = attention.value(QLatin1String("proposed_patch")).toObject();
    QVERIFY(!patch.value(QLatin1String("summary")).toString().isEmpty());
    QCOMPARE(patch.value(QLatin1String("actions")).toArray(),
             (QJsonArray{QJsonObject{{QLatin1String("sheet_id"), sheet},
                                     {QLatin1String("action"), QStringLiteral("delete_invalid_rows")},
                                     {QLatin1String("column"), QStringLiteral("email")}}}));
    // Nothing is stored while the run waits.
    QCOMPARE(csvLines(c.download(company, QStringLiteral("?sheet_id=") + sheet).body).size(), 1);
}

void TestImports::progressMessageWhileRunning()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), generatedContacts(400000));
    QVERIFY(!run.isEmpty());
    QStringList messages;
    QElapsedTimer timer;
    timer.start();
    QJsonObject body;
    while (timer.elapsed() < 60000) {
        body = c.poll(company, run);
        const QString status = body.value(QLatin1String("status")).toString();
        if (status != QLatin1String("queued") && status != QLatin1String("running"))
            break;
        QVERIFY(body.contains(QLatin1String("progress_message")));
        const QString message = body.value(QLatin1String("progress_message")).toString();
        if (status == QLatin1String("running") && !messages.contains(message))
            messages.append(message);
        QTest::qWait(10);
    }
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(numberOf(reportOf(body), "inserted"), 400000);
    QVERIFY2(std::any_of(messages.cbegin(), messages.cend(),
                         [](const QString &m) {
                             return m.startsWith(QLatin1String("contacts.csv (Contacts): ")) &&
                                    m.contains(QLatin1String(" rows "));
                         }),
             qPrintable(messages.join(QLatin1String(" | "))));
}

void TestImports::unrecoverableDriftFailsNamingTheColumn()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString sheet = c.sheetId(company);
    const QString run =
        c.importFile(company, QStringLiteral("contacts.csv"),
                     "Vorname,Nachname,Telefon\r\nAna,Müller,+49 30 1234567\r\nBen,Smith,\r\n");
    const QJsonObject failed = c.waitForRun(company, run);
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    const QString error = failed.value(QLatin1String("error")).toString();
    QVERIFY2(error.startsWith(QLatin1String("contacts.csv: ")) && error.contains(QLatin1String("\"email\"")),
             qPrintable(error));
    QVERIFY(!failed.contains(QLatin1String("report")));
    // No rows inserted, and no plan recorded from a failed run.
    QCOMPARE(csvLines(c.download(company, QStringLiteral("?sheet_id=") + sheet).body).size(), 1);
    QVERIFY(!failed.contains(QLatin1String("plan_version")));
}

void TestImports::fileErrorsFailWithClearMessages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("pdf") << QStringLiteral("contacts.pdf") << QByteArray("application/pdf")
                         << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
                         << QStringLiteral(
                                "contacts.pdf: This is not a CSV text file but a PDF document; export it "
                                "as CSV first");
    QTest::newRow("xlsx") << QStringLiteral("contacts.xlsx") << QByteArray("application/octet-stream")
                          << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 16)
                          << QStringLiteral("contacts.xlsx: This is not a CSV text file but");
    QTest::newRow("empty") << QStringLiteral("contacts.csv") << QByteArray("text/csv")
                           << QByteArray("\r\n\r\n\r\n")
                           << QStringLiteral("contacts.csv: The file is empty: it has no rows at all");
    QTest::newRow("header only") << QStringLiteral("contacts.csv") << QByteArray("text/csv")
                                 << QByteArray("first_name,last_name,email\r\n")
                                 << QStringLiteral(
                                        "contacts.csv: The file has a header row but not a single data row");
}

void TestImports::fileErrorsFailWithClearMessages()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString run = c.importFile(company, name, bytes, type);
    QVERIFY(!run.isEmpty());
    const QJsonObject failed = c.waitForRun(company, run);
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(failed.value(QLatin1String("error")).toString().startsWith(error),
             qPrintable(failed.value(QLatin1String("error")).toString()));
}

void TestImports::idempotencyKeyReplaysAndConflicts()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString ref = c.upload(company, QStringLiteral("contacts.csv"), kCleanContacts);
    const QJsonObject body =
        ImportClient::filesBody(QStringLiteral("contacts.csv"), ref, QStringLiteral("import-1"));
    const HttpResult first = c.startImport(company, body);
    QCOMPARE(first.status, 201);
    const QString run = first.json().value(QLatin1String("run_id")).toString();
    // The same key and payload, with keys in another order and other whitespace: the same run.
    const HttpResult again = c.request(
        "POST", QStringLiteral("/companies/%1/imports").arg(company),
        QStringLiteral(
            R"({ "idempotency_key" : "import-1", "files": [ {"upload_ref": "%1", "name": "contacts.csv"} ] })")
            .arg(ref)
            .toUtf8());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QLatin1String("run_id")).toString(), run);
    QCOMPARE(again.json().value(QLatin1String("poll_url")).toString(),
             QStringLiteral("/api/v1/companies/%1/imports/%2").arg(company, run));
    c.waitForRun(company, run);
    // After the run ended too, and its status is the current one.
    const HttpResult later = c.startImport(company, body);
    QCOMPARE(later.status, 200);
    QCOMPARE(later.json().value(QLatin1String("run_id")).toString(), run);
    QCOMPARE(later.json().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    // The same key with another payload.
    const HttpResult conflict = c.startImport(
        company, ImportClient::filesBody(QStringLiteral("other.csv"), ref, QStringLiteral("import-1")));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(errorOf(conflict),
             QStringLiteral("idempotency_key \"import-1\" was already used with another payload"));
    // Keys are per company.
    const QString other = c.createCompany();
    const QString otherRef = c.upload(other, QStringLiteral("contacts.csv"), kCleanContacts);
    const HttpResult elsewhere = c.startImport(
        other, ImportClient::filesBody(QStringLiteral("contacts.csv"), otherRef, QStringLiteral("import-1")));
    QCOMPARE(elsewhere.status, 201);
    QVERIFY(elsewhere.json().value(QLatin1String("run_id")).toString() != run);
    c.waitForRun(other, elsewhere.json().value(QLatin1String("run_id")).toString());

    // Concurrent first uses of one key: one run.
    const QString third = c.createCompany();
    const QString thirdRef = c.upload(third, QStringLiteral("contacts.csv"), kCleanContacts);
    const QJsonObject thirdBody =
        ImportClient::filesBody(QStringLiteral("contacts.csv"), thirdRef, QStringLiteral("together"));
    const QList<HttpResult> results = inParallel(6, [&](int) { return c.startImport(third, thirdBody); });
    QSet<QString> runs;
    int created = 0;
    for (const HttpResult &r : results) {
        QVERIFY2(r.status == 201 || r.status == 200, r.body.constData());
        created += r.status == 201 ? 1 : 0;
        runs.insert(r.json().value(QLatin1String("run_id")).toString());
    }
    QCOMPARE(created, 1);
    QCOMPARE(runs.size(), 1);
    c.waitForRun(third, *runs.begin());
}

void TestImports::oneImportAtATimeNamesTheActiveRun()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString paused = c.importFile(company, QStringLiteral("contacts.csv"), kBadEmails);
    QCOMPARE(c.waitForRun(company, paused).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    const QString ref = c.upload(company, QStringLiteral("contacts.csv"), kCleanContacts);
    const HttpResult refused =
        c.startImport(company, ImportClient::filesBody(QStringLiteral("contacts.csv"), ref));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json().value(QLatin1String("run_id")).toString(), paused);
    QVERIFY(errorOf(refused).startsWith(QLatin1String("Another import is in progress")));

    // Concurrent starts on a fresh company: exactly one 201, the others name its run. The files
    // pause at needs_attention, which keeps the slot: a winner that finished before the last
    // request arrived would otherwise rightly let a second one start.
    const QString fresh = c.createCompany();
    QStringList refs;
    for (int i = 0; i < 5; ++i)
        refs.append(c.upload(fresh, QStringLiteral("contacts.csv"), kBadEmails));
    const QList<HttpResult> results = inParallel(5, [&](int i) {
        return c.startImport(fresh, ImportClient::filesBody(QStringLiteral("contacts.csv"), refs.at(i)));
    });
    QString winner;
    for (const HttpResult &r : results) {
        if (r.status == 201)
            winner = r.json().value(QLatin1String("run_id")).toString();
    }
    QVERIFY(!winner.isEmpty());
    for (const HttpResult &r : results) {
        if (r.status == 201)
            continue;
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value(QLatin1String("run_id")).toString(), winner);
    }
    c.waitForRun(fresh, winner);
}

void TestImports::cancelQueuedRunningAndPausedRuns()
{
    ImportClient &c = *m_client;
    // Running: a large file on company A; queued: company B behind it (one worker).
    const QString a = c.createCompany();
    const QString b = c.createCompany();
    const QString running = c.importFile(a, QStringLiteral("contacts.csv"), generatedContacts(600000));
    const QString queued = c.importFile(b, QStringLiteral("contacts.csv"), kCleanContacts);
    QVERIFY(!running.isEmpty() && !queued.isEmpty());
    QElapsedTimer timer;
    timer.start();
    while (c.poll(a, running).value(QLatin1String("status")).toString() != QLatin1String("running") &&
           timer.elapsed() < 30000)
        QTest::qWait(5);
    QCOMPARE(c.poll(b, queued).value(QLatin1String("status")).toString(), QStringLiteral("queued"));

    const HttpResult cancelQueued = c.cancel(b, queued);
    QCOMPARE(cancelQueued.status, 200);
    QCOMPARE(cancelQueued.json().value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    QCOMPARE(cancelQueued.json().value(QLatin1String("run_id")).toString(), queued);
    const HttpResult cancelRunning = c.cancel(a, running);
    QCOMPARE(cancelRunning.status, 200);
    QCOMPARE(cancelRunning.json().value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    // The worker stops; nothing is stored; the slot is free at once.
    const QString next = c.importFile(a, QStringLiteral("contacts.csv"), kCleanContacts);
    QVERIFY(!next.isEmpty());
    QCOMPARE(c.waitForRun(a, next).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(c.poll(a, running).value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    QCOMPARE(c.poll(b, queued).value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    QCOMPARE(numberOf(reportOf(c.poll(a, next)), "inserted"), 5);
    QCOMPARE(c.download(a, QStringLiteral("?filter=all&sheet_id=") + c.sheetId(a)).header("X-Total-Records"),
             QByteArray("5"));
    // No pass directory of the canceled run is left behind.
    QTRY_VERIFY(QDir(m_server->dataDir() + QStringLiteral("/imports/") + running)
                    .entryList({QStringLiteral("pass-*")}, QDir::Dirs)
                    .isEmpty());

    // A paused run can be canceled; a terminal one cannot.
    const QString c2 = c.createCompany();
    const QString paused = c.importFile(c2, QStringLiteral("contacts.csv"), kBadEmails);
    QCOMPARE(c.waitForRun(c2, paused).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    QCOMPARE(c.cancel(c2, paused).status, 200);
    const HttpResult twice = c.cancel(c2, paused);
    QCOMPARE(twice.status, 409);
    QCOMPARE(
        errorOf(twice),
        QStringLiteral("The run is already canceled: only a queued, running or paused run can be canceled"));
    QCOMPARE(c.cancel(a, next).status, 409);
    // Only {"status":"cancel_requested"}.
    const HttpResult other = c.request("PATCH", c.runPath(a, next), R"({"status":"running"})");
    QCOMPARE(other.status, 400);
    QCOMPARE(errorOf(other),
             QStringLiteral("status must be \"cancel_requested\" (the only change a run accepts)"));
    QCOMPARE(c.request("PATCH", c.runPath(a, QStringLiteral("00000000-0000-4000-8000-000000000000")),
                       R"({"status":"cancel_requested"})")
                 .status,
             404);
}

void TestImports::listsNewestFirstAndActive()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    const QString first = c.importFile(company, QStringLiteral("contacts.csv"), kCleanContacts);
    c.waitForRun(company, first);
    const QString second = c.importFile(company, QStringLiteral("contacts.csv"), kBadEmails);
    c.waitForRun(company, second);

    const QJsonArray all = c.get(QStringLiteral("/companies/%1/imports").arg(company))
                               .json()
                               .value(QLatin1String("runs"))
                               .toArray();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QLatin1String("run_id")).toString(), second);
    QCOMPARE(all.at(1).toObject().value(QLatin1String("run_id")).toString(), first);
    QCOMPARE(all.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QVERIFY(all.at(1).toObject().contains(QLatin1String("created_at")));

    const QJsonArray active = c.get(QStringLiteral("/companies/%1/imports?status=active").arg(company))
                                  .json()
                                  .value(QLatin1String("runs"))
                                  .toArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0).toObject().value(QLatin1String("run_id")).toString(), second);
    QCOMPARE(active.at(0).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    QCOMPARE(c.get(QStringLiteral("/companies/%1/imports?status=completed").arg(company))
                 .json()
                 .value(QLatin1String("runs"))
                 .toArray()
                 .size(),
             1);
    const HttpResult bad = c.get(QStringLiteral("/companies/%1/imports?status=done").arg(company));
    QCOMPARE(bad.status, 400);
    QVERIFY(errorOf(bad).startsWith(QLatin1String("status must be active")));
}

void TestImports::requestErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("nothing")
        << QByteArray("{}")
        << QStringLiteral(
               "files or rows is required: files = [{name, upload_ref}], rows = [{column: value}]");
    QTest::newRow("both") << QByteArray(R"({"files":[{"name":"a","upload_ref":"b"}],"rows":[{"a":1}]})")
                          << QStringLiteral("Send either files or rows, not both");
    QTest::newRow("files not array") << QByteArray(R"({"files":"a.csv"})")
                                     << QStringLiteral(
                                            "files must be a non-empty array of {name, upload_ref}");
    QTest::newRow("files empty") << QByteArray(R"({"files":[]})")
                                 << QStringLiteral("files must be a non-empty array of {name, upload_ref}");
    QTest::newRow("file without name") << QByteArray(R"({"files":[{"upload_ref":"x"}]})")
                                       << QStringLiteral("files[0].name is required: a non-empty string");
    QTest::newRow("file without ref")
        << QByteArray(R"({"files":[{"name":"a.csv"}]})")
        << QStringLiteral("files[0].upload_ref is required: the upload_ref of POST …/uploads");
    QTest::newRow("unknown ref")
        << QByteArray(R"({"files":[{"name":"a.csv","upload_ref":"workbook-files/x/y"}]})")
        << QStringLiteral("files[0].upload_ref: no upload of this company has that ref");
    QTest::newRow("rows not objects") << QByteArray(R"({"rows":[1,2]})")
                                      << QStringLiteral("rows[0] must be an object (column name: value)");
    QTest::newRow("nested value") << QByteArray(R"({"rows":[{"a":"x"},{"a":{"b":1}}]})")
                                  << QStringLiteral(
                                         "rows[1].a: values must be strings, numbers, booleans or null");
    QTest::newRow("empty key") << QByteArray(R"({"rows":[{" ":"x"}]})")
                               << QStringLiteral("rows[0]: column names must not be empty");
    QTest::newRow("key too long")
        << QByteArray(R"({"rows":[{"a":1}],"idempotency_key":")" + QByteArray(256, 'k') + "\"}")
        << QStringLiteral("idempotency_key must be a string of 1 to 255 characters");
    QTest::newRow("key not string") << QByteArray(R"({"rows":[{"a":1}],"idempotency_key":7})")
                                    << QStringLiteral(
                                           "idempotency_key must be a string of 1 to 255 characters");
    QByteArray many = "{\"rows\":[";
    for (int i = 0; i < 5001; ++i)
        many += i ? ",{}" : "{}";
    many += "]}";
    QTest::newRow("too many rows") << many
                                   << QStringLiteral(
                                          "rows: at most 5000 rows inline; upload larger data as a file");
    QTest::newRow("malformed") << QByteArray("{\"files\":")
                               << QStringLiteral("Malformed JSON body at offset 9: ");
}

void TestImports::requestErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    ImportClient &c = *m_client;
    static const QString company = c.createCompany();
    const HttpResult result = c.request("POST", QStringLiteral("/companies/%1/imports").arg(company), body);
    QCOMPARE(result.status, 400);
    QVERIFY2(errorOf(result).startsWith(error), qPrintable(errorOf(result)));
    // Nothing was started.
    QVERIFY(c.get(QStringLiteral("/companies/%1/imports").arg(company))
                .json()
                .value(QLatin1String("runs"))
                .toArray()
                .isEmpty());
}

void TestImports::pathAndAuthErrors()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany();
    // A minted upload whose bytes never arrived is not importable.
    const QString pending =
        c.upload(company, QStringLiteral("contacts.csv"), kCleanContacts, "text/csv", false);
    const HttpResult notArrived =
        c.startImport(company, ImportClient::filesBody(QStringLiteral("contacts.csv"), pending));
    QCOMPARE(notArrived.status, 400);
    QCOMPARE(errorOf(notArrived),
             QStringLiteral(
                 "files[0].upload_ref: the upload has not arrived (PUT the file's bytes to its upload_url "
                 "first)"));
    // Another company's upload is not this one's.
    const QString other = c.createCompany();
    const QString foreign = c.upload(other, QStringLiteral("contacts.csv"), kCleanContacts);
    QCOMPARE(c.startImport(company, ImportClient::filesBody(QStringLiteral("contacts.csv"), foreign)).status,
             400);

    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const HttpResult noCompany =
        c.startImport(unknown, ImportClient::filesBody(QStringLiteral("a"), QStringLiteral("b")));
    QCOMPARE(noCompany.status, 404);
    QCOMPARE(errorOf(noCompany), QStringLiteral("Company not found"));
    // 404 before 400: a bad body to an unknown company.
    QCOMPARE(c.request("POST", QStringLiteral("/companies/%1/imports").arg(unknown), "nope").status, 404);
    QCOMPARE(c.get(QStringLiteral("/companies/not-a-uuid/imports")).status, 404);
    const HttpResult noRun = c.get(c.runPath(company, unknown));
    QCOMPARE(noRun.status, 404);
    QCOMPARE(errorOf(noRun), QStringLiteral("Import run not found"));
    // A run is found only under its own company.
    const QString run = c.importFile(other, QStringLiteral("contacts.csv"), kCleanContacts);
    QCOMPARE(c.get(c.runPath(company, run)).status, 404);
    c.waitForRun(other, run);

    // 401 before everything.
    const HttpResult anonymous =
        httpRequest("GET", c.api().url(QStringLiteral("/companies/%1/imports/%2").arg(unknown, unknown)));
    QCOMPARE(anonymous.status, 401);
    const HttpResult wrongKey =
        httpRequest("POST", c.api().url(QStringLiteral("/companies/%1/imports").arg(company)),
                    {{"x-api-key", "not-a-key-at-all-0000"}, {"Content-Type", "application/json"}}, "{}");
    QCOMPARE(wrongKey.status, 401);
    QCOMPARE(errorOf(wrongKey), QStringLiteral("Invalid API key"));
    // Wrong method: 405 with Allow.
    const HttpResult wrongMethod = c.request("DELETE", QStringLiteral("/companies/%1/imports").arg(company));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET, HEAD, POST"));
}

void TestImports::downloadsWorkbookZipAndErrors()
{
    ImportClient &c = *m_client;
    const QString company = c.createCompany({kCompaniesTemplate, kContactsTemplate});
    const QString run = c.importFile(company, QStringLiteral("contacts.csv"), kCleanContacts);
    QCOMPARE(c.waitForRun(company, run).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));

    // Without sheet_id: a ZIP with one <slug>.csv per sheet (a sheet never imported has its header only).
    const HttpResult zip = c.download(company, QString());
    QCOMPARE(zip.status, 200);
    QCOMPARE(zip.header("Content-Type"), QByteArray("application/zip"));
    QCOMPARE(zip.header("Content-Disposition"), QByteArray("attachment; filename=\"workbook-valid.zip\""));
    QVERIFY(zip.body.startsWith("PK\x03\x04"));
    QVERIFY(zip.body.contains("companies.csv") && zip.body.contains("contacts.csv"));
    QVERIFY(zip.body.contains("name,domain,industry,employees"));
    QVERIFY(zip.body.contains("Ana,Müller,ana@example.com"));
    QCOMPARE(zip.header("X-Total-Records"), QByteArray("5"));

    const HttpResult csv =
        c.download(company, QStringLiteral("?filter=all&sheet_id=") + c.sheetId(company, 1));
    QCOMPARE(csv.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QCOMPARE(csv.header("Content-Disposition"), QByteArray("attachment; filename=\"contacts-all.csv\""));
    const HttpResult badFilter = c.download(company, QStringLiteral("?filter=flagged"));
    QCOMPARE(badFilter.status, 400);
    QCOMPARE(errorOf(badFilter), QStringLiteral("filter must be valid, all or invalid"));
    const HttpResult noSheet =
        c.download(company, QStringLiteral("?sheet_id=00000000-0000-4000-8000-000000000000"));
    QCOMPARE(noSheet.status, 404);
    QCOMPARE(errorOf(noSheet), QStringLiteral("Sheet not found"));
    // Another company's sheet is not found here either.
    const QString other = c.createCompany();
    QCOMPARE(c.download(other, QStringLiteral("?sheet_id=") + c.sheetId(company, 1)).status, 404);
    QCOMPARE(c.download(QStringLiteral("00000000-0000-4000-8000-000000000000"), QString()).status, 404);
}

QTEST_GUILESS_MAIN(TestImports)
#include "tst_server_imports.moc"
