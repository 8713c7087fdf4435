// SPDX-License-Identifier: GPL-3.0-or-later
// The run requests (GetImportRequest, ListImportsRequest, CancelImportRequest, GetRunRequest) and
// RunStatus against a real godwit-server: a file with bad e-mails pauses at needs_attention and is
// read with its report, questions and proposed patch; lists; cancel; the error bands.
#include "app/api/apiconnection.h"
#include "app/api/runs.h"
#include "server/importclient.h"
#include "support/serverprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace godwit::app;
using godwit::test::ImportClient;

namespace {

bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000) && finished.size() == 1;
}

} // namespace

class TestRunsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void readsBothGenerations();
    void terminalStatuses();
    void progressFromTheMessage();
    void pausedImportWithReportAndQuestions();
    void pollUrlRelativeAndAbsolute();
    void listsAllAndActive();
    void cancel();
    void errorBands();

private:
    godwit::test::ServerProcess m_server;
    std::unique_ptr<ImportClient> m_client;
    ApiConnection m_connection;
    QString m_companyId;
    QString m_pausedRun;
};

void TestRunsApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    m_client = std::make_unique<ImportClient>(m_server);
    m_companyId = m_client->createCompany();
    QVERIFY(!m_companyId.isEmpty());
    m_pausedRun = m_client->importFile(m_companyId, QStringLiteral("contacts.csv"), godwit::test::kBadEmails);
    QVERIFY(!m_pausedRun.isEmpty());
    const QJsonObject body = m_client->waitForRun(m_companyId, m_pausedRun);
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
}

void TestRunsApi::readsBothGenerations()
{
    const RunStatus a = RunStatus::fromJson(
        QJsonObject{{QStringLiteral("run_id"), QStringLiteral("r1")},
                    {QStringLiteral("status"), QStringLiteral("running")},
                    {QStringLiteral("progress_message"), QStringLiteral("Cleaning your data")},
                    {QStringLiteral("plan_version"), 3},
                    {QStringLiteral("created_at"), QStringLiteral("2026-11-22T10:00:00.250Z")}});
    QCOMPARE(a.id, QStringLiteral("r1"));
    QCOMPARE(a.progressMessage, QStringLiteral("Cleaning your data"));
    QCOMPARE(a.planVersion, 3);
    QCOMPARE(a.createdAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0, 250), Qt::UTC));
    QVERIFY(!a.isTerminal());

    const RunStatus b = RunStatus::fromJson(
        QJsonObject{{QStringLiteral("run_id"), QStringLiteral("r2")},
                    {QStringLiteral("kind"), QStringLiteral("generate")},
                    {QStringLiteral("status"), QStringLiteral("blocked")},
                    {QStringLiteral("message"), QStringLiteral("Reading your files")},
                    {QStringLiteral("questions"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("q1")}}}}});
    QCOMPARE(b.kind, QStringLiteral("generate"));
    QCOMPARE(b.progressMessage, QStringLiteral("Reading your files"));
    QCOMPARE(b.questions.size(), 1);
    QVERIFY(b.needsAttention());

    // A status nobody documented is kept as it is, and is not taken for an end.
    const RunStatus c =
        RunStatus::fromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("thinking")}});
    QCOMPARE(c.status, QStringLiteral("thinking"));
    QVERIFY(c.isValid());
    QVERIFY(!c.isTerminal());
    QVERIFY(!RunStatus::fromJson(QJsonObject{}).isValid());
}

void TestRunsApi::terminalStatuses()
{
    for (const char *s : {"completed", "failed", "canceled", "cancelled", "awaiting_approval"})
        QVERIFY2(RunStatus::isTerminalStatus(QString::fromLatin1(s)), s);
    for (const char *s : {"queued", "running", "needs_attention", "blocked", ""})
        QVERIFY2(!RunStatus::isTerminalStatus(QString::fromLatin1(s)), s);
}

void TestRunsApi::progressFromTheMessage()
{
    RunStatus run;
    run.progressMessage = QStringLiteral("contacts.csv (Contacts): Validating: 1,250,000 rows read (42%)");
    QCOMPARE(run.rowsDone(), 1250000);
    QCOMPARE(run.progressPercent(), 42);
    run.progressMessage = QStringLiteral("Starting");
    QCOMPARE(run.rowsDone(), -1);
    QCOMPARE(run.progressPercent(), -1);
}

void TestRunsApi::pausedImportWithReportAndQuestions()
{
    GetImportRequest get(m_companyId, m_pausedRun);
    QVERIFY(run(get, m_connection));
    QVERIFY2(get.result().ok(), qPrintable(get.result().message));
    const RunStatus &status = get.run();
    QCOMPARE(status.id, m_pausedRun);
    QCOMPARE(status.kind, QStringLiteral("import"));
    QCOMPARE(status.status, QStringLiteral("needs_attention"));
    QVERIFY(status.needsAttention());
    QVERIFY(status.planVersion >= 1);
    QVERIFY(status.createdAt.isValid());
    QVERIFY(status.report.present);
    QCOMPARE(status.report.rows, 6);
    QCOMPARE(status.report.invalidRows, 2);
    QCOMPARE(status.report.validRows(), 4);
    QCOMPARE(status.report.perSheet.size(), 1);
    QCOMPARE(status.report.perSheet.first().flaggedRows, 2);
    QVERIFY(!status.report.perSheet.first().flaggedIsLowerBound);
    QCOMPARE(status.report.perSheet.first().templateName, QStringLiteral("Contacts"));
    bool email = false;
    for (const RunColumnFlags &c : status.report.columns)
        email = email || (c.column.contains(QLatin1String("mail"), Qt::CaseInsensitive) && c.invalid == 2);
    QVERIFY2(email, "the e-mail column has its two flagged rows");
    QVERIFY(!status.questions.isEmpty());
    QVERIFY(!status.proposedPatch.value(QLatin1String("actions")).toArray().isEmpty());
    QCOMPARE(status.rowsDone(), 6);
}

void TestRunsApi::pollUrlRelativeAndAbsolute()
{
    const QString relative = QStringLiteral("/api/v1") + GetImportRequest::pathFor(m_companyId, m_pausedRun);
    GetRunRequest byRelative(relative);
    QVERIFY(run(byRelative, m_connection));
    QVERIFY2(byRelative.result().ok(), qPrintable(byRelative.result().message));
    QCOMPARE(byRelative.run().status, QStringLiteral("needs_attention"));

    const QString absolute = m_connection.resolve(relative).toString();
    QVERIFY(absolute.startsWith(QLatin1String("http://127.0.0.1:")));
    GetRunRequest byAbsolute(absolute);
    QVERIFY(run(byAbsolute, m_connection));
    QVERIFY2(byAbsolute.result().ok(), qPrintable(byAbsolute.result().message));
    QCOMPARE(byAbsolute.run().id, m_pausedRun);
}

void TestRunsApi::listsAllAndActive()
{
    ListImportsRequest all(m_companyId);
    QVERIFY(run(all, m_connection));
    QVERIFY2(all.result().ok(), qPrintable(all.result().message));
    QVERIFY(!all.runs().isEmpty());
    QCOMPARE(all.runs().first().id, m_pausedRun);
    QCOMPARE(all.runs().first().status, QStringLiteral("needs_attention"));
    QVERIFY(all.runs().first().createdAt.isValid());

    ListImportsRequest active(m_companyId, true);
    QVERIFY(run(active, m_connection));
    QVERIFY2(active.result().ok(), qPrintable(active.result().message));
    QCOMPARE(active.runs().size(), 1);
    QCOMPARE(active.runs().first().id, m_pausedRun);
}

void TestRunsApi::cancel()
{
    const QString company = m_client->createCompany();
    const QString runId =
        m_client->importFile(company, QStringLiteral("contacts.csv"), godwit::test::kBadEmails);
    QVERIFY(!runId.isEmpty());
    QCOMPARE(m_client->waitForRun(company, runId).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    CancelImportRequest cancel(company, runId);
    QCOMPARE(cancel.method(), QByteArray("PATCH"));
    QVERIFY(run(cancel, m_connection));
    QVERIFY2(cancel.result().ok(), qPrintable(cancel.result().message));
    QCOMPARE(cancel.run().status, QStringLiteral("canceled"));
    QVERIFY(cancel.run().isTerminal());

    // Already canceled: 409.
    CancelImportRequest again(company, runId);
    QVERIFY(run(again, m_connection));
    QCOMPARE(again.result().status, ApiStatus::Conflict);
    QCOMPARE(again.result().httpStatus, 409);

    // And the generic one through the poll URL says the same.
    CancelRunRequest byUrl(QStringLiteral("/api/v1") + GetImportRequest::pathFor(company, runId));
    QVERIFY(run(byUrl, m_connection));
    QCOMPARE(byUrl.result().status, ApiStatus::Conflict);
}

void TestRunsApi::errorBands()
{
    GetImportRequest unknownRun(m_companyId, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(run(unknownRun, m_connection));
    QCOMPARE(unknownRun.result().status, ApiStatus::NotFound);
    QVERIFY(!unknownRun.result().message.isEmpty());

    ListImportsRequest unknownCompany(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    QVERIFY(run(unknownCompany, m_connection));
    QCOMPARE(unknownCompany.result().status, ApiStatus::NotFound);

    ApiConnection wrongKey;
    wrongKey.configure(m_server.baseUrl(), QStringLiteral("not-the-key"));
    GetImportRequest unauthorized(m_companyId, m_pausedRun);
    QVERIFY(run(unauthorized, wrongKey));
    QCOMPARE(unauthorized.result().status, ApiStatus::Unauthorized);
    QCOMPARE(unauthorized.result().httpStatus, 401);
}

QTEST_GUILESS_MAIN(TestRunsApi)
#include "tst_runsapi.moc"
