// SPDX-License-Identifier: GPL-3.0-or-later
// Generation B run classes (app/api/migrationruns.h) against a real godwit-server: start, poll,
// list, cancel, answer, preview, thread pages, the streamed CSV export, and the journaled start.
#include "app/api/apiconnection.h"
#include "app/api/migrationruns.h"
#include "app/api/migrations.h"
#include "support/http.h"
#include "support/serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit::app;

namespace {
const QByteArray kContacts = "first_name,last_name,email,Remarks\r\n"
                             "Ana,Müller,ana@example.com,likes tea\r\n"
                             "Ben,Smith,ben-at-example.org,\r\n"
                             "Chloé,Dubois,chloe@example.fr,\r\n"
                             "Fiona,Walsh,fiona@example.ie,VIP\r\n";

// What a start settled as, copied in its finished() slot (the start is deleted soon after).
struct Settled {
    MigrationRunStart::Outcome outcome = MigrationRunStart::Outcome::Pending;
    QString runId;
    QString conflictingRunId;
    QString message;
    bool resumed = false;
};

Settled copy(const MigrationRunStart *op)
{
    return {op->outcome(), op->runId(), op->conflictingRunId(), op->message(), op->isResumed()};
}

Settled settle(MigrationRunStart *op)
{
    Settled settled;
    bool done = false;
    QObject::connect(op, &MigrationRunStart::finished, op, [&, op] {
        settled = copy(op);
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return settled;
}

bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000);
}
} // namespace

class TestMigrationRunsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void generatePollListPreviewAndThread();
    void startErrorsLandInTheirBands();
    void blockedRunIsAnsweredAndCanceled();
    void updateClarifyExecuteAndExport();
    void exportErrorsLeaveNoFile();
    void exportIsAbortable();
    void journaledStartRecoversTheActiveRun();

private:
    QString createMigration(const QString &name);
    bool upload(const QString &migrationId, const QByteArray &bytes, const QString &name = {});
    MigrationRun waitFor(const QString &migrationId, const QString &runId);
    QString generated();

    godwit::test::ServerProcess m_server;
    ApiConnection m_connection;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestMigrationRunsApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    QVERIFY(m_dir.isValid());
}

QString TestMigrationRunsApi::createMigration(const QString &name)
{
    CreateMigrationRequest create(name + QString::number(++m_counter), {}, {}, {QStringLiteral("contacts")});
    if (!run(create, m_connection) || !create.result().ok())
        return {};
    return create.migration().id;
}

bool TestMigrationRunsApi::upload(const QString &migrationId, const QByteArray &bytes, const QString &name)
{
    MintMigrationFilesRequest mint(
        migrationId, {{name.isEmpty() ? QStringLiteral("contacts.csv") : name, QStringLiteral("text/csv")}});
    if (!run(mint, m_connection) || !mint.result().ok())
        return false;
    return godwit::test::httpRequest("PUT", mint.uploads().at(0).url, {{"Content-Type", "text/csv"}}, bytes,
                                     60000)
               .status == 200;
}

MigrationRun TestMigrationRunsApi::waitFor(const QString &migrationId, const QString &runId)
{
    QElapsedTimer timer;
    timer.start();
    MigrationRun last;
    while (timer.elapsed() < 60000) {
        GetMigrationRunRequest get(migrationId, runId);
        if (!run(get, m_connection) || !get.result().ok())
            return {};
        last = get.run();
        if (last.status != QLatin1String("queued") && last.status != QLatin1String("running"))
            return last;
        QTest::qWait(30);
    }
    return last;
}

QString TestMigrationRunsApi::generated()
{
    const QString id = createMigration(QStringLiteral("Generated"));
    if (id.isEmpty() || !upload(id, kContacts))
        return {};
    StartMigrationRunRequest start(id, QStringLiteral("generate"));
    if (!run(start, m_connection) || !start.result().ok())
        return {};
    return waitFor(id, start.runId()).status == QLatin1String("awaiting_approval") ? id : QString();
}

void TestMigrationRunsApi::generatePollListPreviewAndThread()
{
    const QString id = createMigration(QStringLiteral("Loop"));
    QVERIFY(!id.isEmpty());
    QVERIFY(upload(id, kContacts));

    GetPreviewRequest none(id);
    QVERIFY(run(none, m_connection));
    QCOMPARE(none.result().status, ApiStatus::NotFound); // no preview before a generate

    StartMigrationRunRequest start(id, QStringLiteral("generate"));
    QVERIFY(!start.isIdempotent());
    QVERIFY(run(start, m_connection));
    QVERIFY2(start.result().ok(), qPrintable(start.result().message));
    QCOMPARE(start.result().httpStatus, 201);
    QCOMPARE(start.status(), QStringLiteral("queued"));
    QCOMPARE(start.pollUrl().toString(),
             m_server.baseUrl().toString() + QStringLiteral("/migrations/%1/runs/%2").arg(id, start.runId()));

    const MigrationRun done = waitFor(id, start.runId());
    QCOMPARE(done.status, QStringLiteral("awaiting_approval"));
    QCOMPARE(done.kind, QStringLiteral("generate"));
    QVERIFY(done.createdAt.isValid());
    QVERIFY(!done.isActive());

    ListMigrationRunsRequest list(id);
    QVERIFY(run(list, m_connection));
    QVERIFY(list.result().ok());
    QCOMPARE(list.runs().size(), 1);
    QCOMPARE(list.runs().first().id, start.runId());

    GetPreviewRequest preview(id);
    QVERIFY(run(preview, m_connection));
    QVERIFY2(preview.result().ok(), qPrintable(preview.result().message));
    QCOMPARE(preview.preview().status, QStringLiteral("awaiting_approval"));
    QCOMPARE(preview.preview().recipeVersion, 1);
    QCOMPARE(preview.preview().sheets.size(), 1);
    const PreviewSheet &sheet = preview.preview().sheets.first();
    QCOMPARE(sheet.templateRef.slug, QStringLiteral("contacts"));
    QCOMPARE(sheet.file, QStringLiteral("contacts.csv"));
    QCOMPARE(sheet.rows.size(), 4);
    QCOMPARE(sheet.rowCount, 4);
    const int email = sheet.columnIndex(QStringLiteral("email"));
    QVERIFY(email >= 0);
    QCOMPARE(sheet.rows.at(0).at(email), QStringLiteral("ana@example.com"));
    QCOMPARE(sheet.invalidCells.size(), 1);
    QCOMPARE(sheet.invalidCells.first().row, 1);
    QCOMPARE(sheet.invalidCells.first().column, QStringLiteral("email"));
    QVERIFY(sheet.invalidCells.first().message.contains(QLatin1String("rule")));
    QVERIFY(sheet.invalidCell(1, QStringLiteral("email")));
    QVERIFY(!sheet.invalidCell(0, QStringLiteral("email")));
    const auto mapped =
        std::find_if(sheet.mappedColumns.begin(), sheet.mappedColumns.end(),
                     [](const PreviewMappedColumn &c) { return c.column == QLatin1String("email"); });
    QVERIFY(mapped != sheet.mappedColumns.end());
    QCOMPARE(mapped->source, QStringLiteral("email"));
    QVERIFY(mapped->confidence > 0);

    GetThreadRequest all(id);
    QVERIFY(run(all, m_connection));
    QVERIFY(all.result().ok());
    QVERIFY(all.events().size() >= 3);
    QCOMPARE(all.lastSequence(), all.events().last().sequence);
    QVERIFY(std::any_of(all.events().begin(), all.events().end(),
                        [](const ThreadEvent &e) { return e.type == QLatin1String("preview"); }));
    // Paged: two at a time, each page after the last.
    GetThreadRequest first(id, 0, 2);
    QVERIFY(run(first, m_connection));
    QCOMPARE(first.events().size(), 2);
    QVERIFY(first.hasMore());
    GetThreadRequest second(id, first.lastSequence(), 2);
    QVERIFY(run(second, m_connection));
    QVERIFY(!second.events().isEmpty());
    QCOMPARE(second.events().first().sequence, all.events().at(2).sequence);
    QCOMPARE(second.events().first().runId, start.runId());

    GetThreadRequest missing(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(run(missing, m_connection));
    QCOMPARE(missing.result().status, ApiStatus::NotFound);
}

void TestMigrationRunsApi::startErrorsLandInTheirBands()
{
    const QString fresh = createMigration(QStringLiteral("Errors"));
    QVERIFY(!fresh.isEmpty());
    StartMigrationRunRequest badKind(fresh, QStringLiteral("explode"));
    QVERIFY(run(badKind, m_connection));
    QCOMPARE(badKind.result().status, ApiStatus::ClientError);
    QVERIFY2(badKind.result().message.contains(QLatin1String("kind")), qPrintable(badKind.result().message));

    StartMigrationRunRequest noFiles(fresh, QStringLiteral("generate"));
    QVERIFY(run(noFiles, m_connection));
    QCOMPARE(noFiles.result().status, ApiStatus::ClientError);
    QVERIFY2(noFiles.result().message.contains(QLatin1String("No files uploaded")),
             qPrintable(noFiles.result().message));

    StartMigrationRunRequest noMessage(fresh, QStringLiteral("update"));
    QVERIFY(run(noMessage, m_connection));
    QCOMPARE(noMessage.result().status, ApiStatus::ClientError);
    QVERIFY2(noMessage.result().message.contains(QLatin1String("message")),
             qPrintable(noMessage.result().message));

    StartMigrationRunRequest unknown(QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                     QStringLiteral("generate"));
    QVERIFY(run(unknown, m_connection));
    QCOMPARE(unknown.result().status, ApiStatus::NotFound);

    QVERIFY(upload(fresh, kContacts));
    StartMigrationRunRequest noPreview(fresh, QStringLiteral("execute"));
    QVERIFY(run(noPreview, m_connection));
    QCOMPARE(noPreview.result().status, ApiStatus::Conflict);
    QVERIFY2(noPreview.result().message.contains(QLatin1String("preview")),
             qPrintable(noPreview.result().message));

    GetMigrationRunRequest noRun(fresh, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(run(noRun, m_connection));
    QCOMPARE(noRun.result().status, ApiStatus::NotFound);
}

void TestMigrationRunsApi::blockedRunIsAnsweredAndCanceled()
{
    const QString id = generated();
    QVERIFY(!id.isEmpty());
    StartMigrationRunRequest update(id, QStringLiteral("update"), QStringLiteral("make it nicer"));
    QVERIFY(run(update, m_connection));
    QVERIFY(update.result().ok());
    const MigrationRun blocked = waitFor(id, update.runId());
    QCOMPARE(blocked.status, QStringLiteral("blocked"));
    QVERIFY(blocked.isActive());
    QCOMPARE(blocked.questions.size(), 1);
    QCOMPARE(blocked.questions.first().id, QStringLiteral("q1"));
    QVERIFY(blocked.questions.first().allowCustom);
    QVERIFY(blocked.questions.first().question.contains(QLatin1String("\"make it nicer\"")));

    // The slot is held: 409 naming the active run.
    StartMigrationRunRequest second(id, QStringLiteral("clarify"), QStringLiteral("why?"));
    QVERIFY(run(second, m_connection));
    QCOMPARE(second.result().status, ApiStatus::Conflict);
    QCOMPARE(second.result().activeRunId, update.runId());

    // An unknown question id: 400; then a free-form answer that is still not understood blocks again.
    MigrationRunMessageRequest wrongId(id, update.runId(), {{QStringLiteral("q9"), QStringLiteral("x")}});
    QVERIFY(run(wrongId, m_connection));
    QCOMPARE(wrongId.result().status, ApiStatus::ClientError);
    QVERIFY2(wrongId.result().message.contains(QLatin1String("q9")), qPrintable(wrongId.result().message));

    MigrationRunMessageRequest answer(id, update.runId(), QStringLiteral("map \"Remarks\" to notes"));
    QVERIFY(run(answer, m_connection));
    QVERIFY2(answer.result().ok(), qPrintable(answer.result().message));
    QCOMPARE(answer.status(), QStringLiteral("running"));
    const MigrationRun after = waitFor(id, update.runId());
    QVERIFY2(after.status == QLatin1String("blocked") || after.status == QLatin1String("awaiting_approval"),
             qPrintable(after.status));

    if (after.status == QLatin1String("blocked")) {
        CancelMigrationRunRequest cancel(id, update.runId());
        QVERIFY(run(cancel, m_connection));
        QVERIFY2(cancel.result().ok(), qPrintable(cancel.result().message));
        QCOMPARE(cancel.run().status, QStringLiteral("canceled"));
    }
    // A terminal run: 409; not blocked: answering is 409 as well.
    CancelMigrationRunRequest again(id, update.runId());
    QVERIFY(run(again, m_connection));
    QCOMPARE(again.result().status, ApiStatus::Conflict);
    MigrationRunMessageRequest late(id, update.runId(), QStringLiteral("ignore \"Remarks\""));
    QVERIFY(run(late, m_connection));
    QCOMPARE(late.result().status, ApiStatus::Conflict);
    CancelMigrationRunRequest unknown(id, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(run(unknown, m_connection));
    QCOMPARE(unknown.result().status, ApiStatus::NotFound);
}

void TestMigrationRunsApi::updateClarifyExecuteAndExport()
{
    const QString id = generated();
    QVERIFY(!id.isEmpty());
    StartMigrationRunRequest update(id, QStringLiteral("update"),
                                    QStringLiteral("map \"Remarks\" to job_title"));
    QVERIFY(run(update, m_connection));
    QCOMPARE(waitFor(id, update.runId()).status, QStringLiteral("awaiting_approval"));
    GetPreviewRequest preview(id);
    QVERIFY(run(preview, m_connection));
    QCOMPARE(preview.preview().recipeVersion, 2);

    StartMigrationRunRequest clarify(id, QStringLiteral("clarify"),
                                     QStringLiteral("Where does email come from?"));
    QVERIFY(run(clarify, m_connection));
    QCOMPARE(waitFor(id, clarify.runId()).status, QStringLiteral("completed"));

    StartMigrationRunRequest execute(id, QStringLiteral("execute"));
    QVERIFY(run(execute, m_connection));
    const MigrationRun executed = waitFor(id, execute.runId());
    QCOMPARE(executed.status, QStringLiteral("completed"));
    QVERIFY(executed.report.has_value());
    QCOMPARE(executed.report->inserted, 4);
    QCOMPARE(executed.report->invalidCellCount, 1);
    QCOMPARE(executed.report->validRows(), 3);
    QCOMPARE(executed.report->perSheet.size(), 1);
    QCOMPARE(executed.report->perSheet.first().rowCount, 4);

    const QString path = m_dir.filePath(QStringLiteral("contacts-valid.csv"));
    MigrationExportDownload download(id, QStringLiteral("contacts"), path);
    QSignalSpy progress(&download, &MigrationExportDownload::progress);
    QVERIFY(run(download, m_connection));
    QVERIFY2(download.result().ok(), qPrintable(download.result().message));
    QCOMPARE(download.totalRecords(), 3);
    QVERIFY(!progress.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(download.bytesWritten(), bytes.size());
    const auto server = godwit::test::httpRequest(
        "GET",
        QUrl(m_server.baseUrl().toString() + QStringLiteral("/migrations/%1/exports/contacts.csv").arg(id)),
        {{"x-api-key", m_server.apiKey().toUtf8()}});
    QCOMPARE(server.status, 200);
    QCOMPARE(bytes, server.body);
    QVERIFY(bytes.contains("likes tea"));
    QVERIFY(!bytes.contains("ben-at-example.org")); // the flagged row is not in the valid rows
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    const QString invalidPath = m_dir.filePath(QStringLiteral("contacts-invalid.csv"));
    MigrationExportDownload invalid(id, QStringLiteral("contacts"), invalidPath, QStringLiteral("invalid"));
    QVERIFY(run(invalid, m_connection));
    QVERIFY(invalid.result().ok());
    QCOMPARE(invalid.totalRecords(), 1);
}

void TestMigrationRunsApi::exportErrorsLeaveNoFile()
{
    const QString id = generated();
    QVERIFY(!id.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("nope.csv"));
    MigrationExportDownload unknownSlug(id, QStringLiteral("tickets"), path);
    QVERIFY(run(unknownSlug, m_connection));
    QCOMPARE(unknownSlug.result().status, ApiStatus::NotFound);
    QVERIFY(!unknownSlug.result().message.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    MigrationExportDownload badFilter(id, QStringLiteral("contacts"), path, QStringLiteral("some"));
    QVERIFY(run(badFilter, m_connection));
    QCOMPARE(badFilter.result().status, ApiStatus::ClientError);
    QVERIFY2(badFilter.result().message.contains(QLatin1String("filter")),
             qPrintable(badFilter.result().message));
    QVERIFY(!QFile::exists(path));

    MigrationExportDownload unwritable(id, QStringLiteral("contacts"),
                                       m_dir.filePath(QStringLiteral("no/such/dir/x.csv")));
    QVERIFY(run(unwritable, m_connection));
    QCOMPARE(unwritable.result().status, ApiStatus::ClientError);
    QVERIFY(unwritable.result().message.contains(QLatin1String("x.csv")));
}

void TestMigrationRunsApi::exportIsAbortable()
{
    // Large enough to still be arriving when aborted.
    const QString id = createMigration(QStringLiteral("Big"));
    QByteArray big = "first_name,last_name,email\r\n";
    for (int i = 0; i < 40000; ++i)
        big += "Name" + QByteArray::number(i) + ",Last,user" + QByteArray::number(i) + "@example.com\r\n";
    QVERIFY(upload(id, big));
    StartMigrationRunRequest generate(id, QStringLiteral("generate"));
    QVERIFY(run(generate, m_connection));
    QCOMPARE(waitFor(id, generate.runId()).status, QStringLiteral("awaiting_approval"));
    StartMigrationRunRequest execute(id, QStringLiteral("execute"));
    QVERIFY(run(execute, m_connection));
    QCOMPARE(waitFor(id, execute.runId()).status, QStringLiteral("completed"));

    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    MigrationExportDownload download(id, QStringLiteral("contacts"), path);
    QSignalSpy finished(&download, &ApiRequest::finished);
    connect(&download, &MigrationExportDownload::progress, &download, [&download](qint64 written, qint64) {
        if (written > 0 && download.isRunning())
            download.abort();
    });
    download.start(&m_connection);
    QVERIFY2(finished.wait(120000), qPrintable(QStringLiteral("written %1 running %2 status %3 %4")
                                                   .arg(download.bytesWritten())
                                                   .arg(download.isRunning())
                                                   .arg(download.result().httpStatus)
                                                   .arg(download.result().message)));
    QCOMPARE(download.result().status, ApiStatus::Canceled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestMigrationRunsApi::journaledStartRecoversTheActiveRun()
{
    const QString id = generated();
    QVERIFY(!id.isEmpty());
    const QString journalPath = m_dir.filePath(QStringLiteral("runs.journal"));
    auto owned = std::make_unique<MigrationRunStarter>(&m_connection);
    MigrationRunStarter &starter = *owned;
    QSignalSpy ready(&starter, &MigrationRunStarter::journalReady);
    starter.openJournal(journalPath);
    QVERIFY(ready.wait(5000));
    QVERIFY(ready.first().at(0).toBool());

    const Settled first =
        settle(starter.start(id, QStringLiteral("update"), QStringLiteral("make it nicer")));
    const QString firstRun = first.runId;
    QCOMPARE(first.outcome, MigrationRunStart::Outcome::Started);
    QCOMPARE(waitFor(id, firstRun).status, QStringLiteral("blocked"));

    // A second start while the first holds the slot is a conflict naming it (another kind: not ours).
    const Settled second = settle(starter.start(id, QStringLiteral("clarify"), QStringLiteral("why?")));
    QCOMPARE(second.outcome, MigrationRunStart::Outcome::Conflict);
    QCOMPARE(second.conflictingRunId, firstRun);

    // The same kind again: the run the 409 names was made before this intent was written, so this
    // is a conflict too, never a false recovery.
    const Settled third =
        settle(starter.start(id, QStringLiteral("update"), QStringLiteral("make it nicer")));
    QCOMPARE(third.outcome, MigrationRunStart::Outcome::Conflict);

    // Validation errors settle as Failed with the server's message naming the field.
    const Settled bad = settle(starter.start(id, QStringLiteral("clarify")));
    QCOMPARE(bad.outcome, MigrationRunStart::Outcome::Failed);
    QVERIFY2(bad.message.contains(QLatin1String("message")), qPrintable(bad.message));
    starter.waitForJournal();
    owned.reset();

    // Nothing pending after settled starts.
    auto check = std::make_unique<IntentJournal>(journalPath);
    QVERIFY(check->open());
    QVERIFY(check->pending().isEmpty());

    // A crash after the intent was written and the run made, before the answer was read:
    // opening the journal again settles it as recovered, without a second start.
    CancelMigrationRunRequest cancel(id, firstRun);
    QVERIFY(run(cancel, m_connection));
    Intent intent;
    intent.id = QStringLiteral("crash-1");
    intent.kind = QStringLiteral("migration_run");
    intent.method = "POST";
    intent.path = QStringLiteral("/migrations/%1/runs").arg(id);
    intent.body = StartMigrationRunRequest::body(QStringLiteral("clarify"), QStringLiteral("email?"));
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.note = {{QStringLiteral("migration_id"), id}};
    QVERIFY(check->record(intent));
    check.reset();
    StartMigrationRunRequest made(id, QStringLiteral("clarify"), QStringLiteral("email?"));
    QVERIFY(run(made, m_connection));
    QVERIFY(made.result().ok());

    MigrationRunStarter restarted(&m_connection);
    QList<Settled> resumed;
    connect(&restarted, &MigrationRunStarter::started, this,
            [&resumed](MigrationRunStart *op) { resumed.append(copy(op)); });
    restarted.openJournal(journalPath);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10000);
    QVERIFY(resumed.first().resumed);
    QCOMPARE(resumed.first().outcome, MigrationRunStart::Outcome::Recovered);
    QCOMPARE(resumed.first().runId, made.runId());
    restarted.waitForJournal();
    ListMigrationRunsRequest list(id);
    QVERIFY(run(list, m_connection));
    QCOMPARE(std::count_if(list.runs().begin(), list.runs().end(),
                           [](const MigrationRun &r) { return r.kind == QLatin1String("clarify"); }),
             1);
}

QTEST_GUILESS_MAIN(TestMigrationRunsApi)
#include "tst_migrationrunsapi.moc"
