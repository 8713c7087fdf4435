// SPDX-License-Identifier: GPL-3.0-or-later
// The console's export calls against a real godwit-server: StartExportRequest / GetExportRequest (typed
// per-row results, paging, a hollow write from a destination served by this test), SetConnectionsRequest,
// and DownloadRequest streaming export.csv to a file (valid / invalid / ZIP; progress; errors and a cancel
// leave no file behind).
#include "app/api/apiconnection.h"
#include "app/api/exports.h"
#include "server/destinationreceiver.h"
#include "server/importclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace godwit::app;
using namespace godwit::test;

namespace {

bool run(ApiRequest &request, ApiConnection &connection, int timeoutMs = 30000)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(timeoutMs) && finished.size() == 1;
}

} // namespace

class TestExportsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void setConnectionsThenExportWithAHollowWrite();
    void canaryAndIdempotencyKey();
    void resultsArePaged();
    void downloadsStreamToAFile();
    void downloadErrorsLeaveNoFile();
    void canceledDownloadLeavesNoFile();

private:
    QString company(const QByteArray &csv);
    ExportRun waitForExport(const QString &companyId, const QString &runId);

    ServerProcess m_server;
    std::unique_ptr<ImportClient> m_client;
    ApiConnection m_connection;
    DestinationReceiver m_receiver;
    int m_counter = 0;
};

void TestExportsApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    m_client = std::make_unique<ImportClient>(m_server);
    m_receiver.hollowOnReadBack(QStringLiteral("ben@example.org"));
}

QString TestExportsApi::company(const QByteArray &csv)
{
    const QString id = m_client->createCompany();
    const QString runId = m_client->importFile(id, QStringLiteral("contacts.csv"), csv);
    const QString status = m_client->waitForRun(id, runId).value(QLatin1String("status")).toString();
    if (status == QLatin1String("needs_attention")) {
        // Keep the flagged rows: the invalid download then has them.
        m_client->decide(id, runId, QJsonObject{{QLatin1String("decision"), QStringLiteral("reject")}});
        m_client->waitForRun(id, runId);
    }
    SetConnectionsRequest connections(id, m_receiver.baseUrl().toString(),
                                      QStringLiteral("token-%1").arg(++m_counter));
    if (!run(connections, m_connection) || !connections.result().ok())
        return {};
    return id;
}

ExportRun TestExportsApi::waitForExport(const QString &companyId, const QString &runId)
{
    QElapsedTimer timer;
    timer.start();
    ExportRun last;
    while (timer.elapsed() < 30000) {
        GetExportRequest poll(companyId, runId);
        if (!run(poll, m_connection) || !poll.result().ok())
            return {};
        last = poll.exportRun();
        if (last.isTerminal())
            break;
        QTest::qWait(50);
    }
    return last;
}

void TestExportsApi::setConnectionsThenExportWithAHollowWrite()
{
    const QString id = company(kCleanContacts);
    QVERIFY(!id.isEmpty());
    StartExportRequest start(id, StartExportRequest::Mode::Full, {});
    QVERIFY(run(start, m_connection));
    QVERIFY2(start.result().ok(), qPrintable(start.result().message));
    QCOMPARE(start.run().status, QStringLiteral("queued"));
    const ExportRun done = waitForExport(id, start.run().runId);
    QCOMPARE(done.status, QStringLiteral("completed"));
    QCOMPARE(done.mode, QStringLiteral("full"));
    QCOMPARE(done.total, 5);
    QCOMPARE(done.succeeded, 5);
    QCOMPARE(done.failed, 0);
    QCOMPARE(done.hollow, 1);
    QCOMPARE(done.results.size(), 5);
    QVERIFY(done.nextCursor.isEmpty());
    const ExportRowResult &ben = done.results.at(1);
    QCOMPARE(ben.row, 3);
    QVERIFY(ben.ok);
    QCOMPARE(ben.httpStatus, 201);
    QVERIFY(ben.isHollow());
    QCOMPARE(ben.unconfirmedFields.size(), 1);
    QCOMPARE(done.results.at(0).fieldsConfirmed, std::optional<bool>(true));
    QCOMPARE(done.results.at(0).path, QStringLiteral("/crm/contacts"));
    // The token set through SetConnectionsRequest is what the destination was sent.
    QCOMPARE(m_receiver.requests().constLast().authorization,
             QByteArray("Bearer token-") + QByteArray::number(m_counter));

    // A second start while none runs: fine; a bad call: the server's message.
    SetConnectionsRequest bad(id, QStringLiteral("ftp://nowhere"), {});
    QVERIFY(run(bad, m_connection));
    QCOMPARE(bad.result().status, ApiStatus::ClientError);
    QVERIFY(bad.result().message.startsWith(QLatin1String("connections.base_url")));
}

void TestExportsApi::canaryAndIdempotencyKey()
{
    const QString id = company(kCleanContacts);
    QVERIFY(!id.isEmpty());
    StartExportRequest canary(id, StartExportRequest::Mode::Canary, QStringLiteral("canary-1"), 2);
    QVERIFY(run(canary, m_connection));
    QVERIFY(canary.result().ok());
    QCOMPARE(canary.result().httpStatus, 201);
    QVERIFY(canary.isIdempotent());
    const ExportRun done = waitForExport(id, canary.run().runId);
    QCOMPARE(done.status, QStringLiteral("completed"));
    QCOMPARE(done.mode, QStringLiteral("canary"));
    QCOMPARE(done.total, 2);
    // The same key again: the same run, not a second export.
    StartExportRequest again(id, StartExportRequest::Mode::Canary, QStringLiteral("canary-1"), 2);
    QVERIFY(run(again, m_connection));
    QCOMPARE(again.result().httpStatus, 200);
    QCOMPARE(again.run().runId, canary.run().runId);
    QCOMPARE(again.run().status, QStringLiteral("completed"));
    // The same key with another mode: a conflict naming that run.
    StartExportRequest conflict(id, StartExportRequest::Mode::Full, QStringLiteral("canary-1"));
    QVERIFY(run(conflict, m_connection));
    QCOMPARE(conflict.result().status, ApiStatus::Conflict);
    QCOMPARE(conflict.result().activeRunId, canary.run().runId);
    QCOMPARE(StartExportRequest::bodyFor(StartExportRequest::Mode::Full, {}, 3),
             (QJsonObject{{QLatin1String("mode"), QStringLiteral("full")}}));
}

void TestExportsApi::resultsArePaged()
{
    const QString id = company(kCleanContacts);
    QVERIFY(!id.isEmpty());
    StartExportRequest start(id, StartExportRequest::Mode::Full, {});
    QVERIFY(run(start, m_connection));
    QCOMPARE(waitForExport(id, start.run().runId).status, QStringLiteral("completed"));
    QList<qint64> rows;
    QString cursor;
    int pages = 0;
    do {
        GetExportRequest page(id, start.run().runId, cursor, 2);
        QVERIFY(run(page, m_connection));
        QVERIFY(page.result().ok());
        for (const ExportRowResult &r : page.exportRun().results)
            rows.append(r.row);
        cursor = page.exportRun().nextCursor;
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(rows, (QList<qint64>{2, 3, 4, 5, 6}));
    QCOMPARE(pages, 3);
    GetExportRequest problems(id, start.run().runId, {}, 0, true);
    QVERIFY(run(problems, m_connection));
    QCOMPARE(problems.exportRun().results.size(), 1); // Ben's hollow write
    QVERIFY(problems.exportRun().results.at(0).isHollow());
    GetExportRequest missing(id, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(run(missing, m_connection));
    QCOMPARE(missing.result().status, ApiStatus::NotFound);
    QCOMPARE(missing.result().message, QStringLiteral("Export run not found"));
}

void TestExportsApi::downloadsStreamToAFile()
{
    const QString id = company(kBadEmails); // 6 rows, 2 flagged and kept
    QVERIFY(!id.isEmpty());
    const QString sheet = m_client->sheetId(id);
    QTemporaryDir dir;
    struct Case {
        DownloadRequest::Filter filter;
        qint64 rows;
    };
    for (const Case &c : {Case{DownloadRequest::Filter::Valid, 4}, Case{DownloadRequest::Filter::Invalid, 2},
                          Case{DownloadRequest::Filter::All, 6}}) {
        const QString name = DownloadRequest::filterName(c.filter);
        const QString target = dir.filePath(name + QStringLiteral(".csv"));
        DownloadRequest download(id, c.filter, sheet, target);
        QSignalSpy progress(&download, &DownloadRequest::progress);
        QVERIFY(run(download, m_connection));
        QVERIFY2(download.result().ok(), qPrintable(download.result().message));
        QVERIFY(download.isComplete());
        QVERIFY(!progress.isEmpty());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Exactly what the server serves, and as many rows as it says.
        const HttpResult direct =
            m_client->download(id, QStringLiteral("?filter=%1&sheet_id=%2").arg(name, sheet));
        QCOMPARE(bytes, direct.body);
        QCOMPARE(download.bytesWritten(), qint64(bytes.size()));
        if (c.filter != DownloadRequest::Filter::Invalid)
            QCOMPARE(download.totalRecords(), c.rows);
        QCOMPARE(qint64(csvLines(bytes).size()) - 1, c.rows);
    }
    // Every sheet: one ZIP.
    const QString zip = dir.filePath(QStringLiteral("workbook.zip"));
    DownloadRequest all(id, DownloadRequest::Filter::Valid, {}, zip);
    QVERIFY(run(all, m_connection));
    QVERIFY(all.result().ok());
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == QByteArray("PK\x03\x04", 4));
    // Nothing but the finished files in the directory (no temporary leftovers).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4);
}

void TestExportsApi::downloadErrorsLeaveNoFile()
{
    const QString id = company(kCleanContacts);
    QVERIFY(!id.isEmpty());
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("x.csv"));
    DownloadRequest download(id, DownloadRequest::Filter::Valid,
                             QStringLiteral("00000000-0000-4000-8000-000000000000"), target);
    QVERIFY(run(download, m_connection));
    QCOMPARE(download.result().status, ApiStatus::NotFound);
    QCOMPARE(download.result().message, QStringLiteral("Sheet not found"));
    QVERIFY(!QFile::exists(target));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    // A directory that cannot be written: said before anything is asked.
    DownloadRequest nowhere(id, DownloadRequest::Filter::Valid, {},
                            QStringLiteral("/proc/no/such/dir/x.zip"));
    QVERIFY(run(nowhere, m_connection));
    QVERIFY(!nowhere.result().ok());
    QVERIFY(nowhere.result().message.contains(QLatin1String("/proc/no/such/dir/x.zip")));
}

void TestExportsApi::canceledDownloadLeavesNoFile()
{
    // Large enough (about 9 MB) that the answer arrives in many pieces.
    const QString id = company(generatedContacts(250000));
    QVERIFY(!id.isEmpty());
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("big.csv"));
    DownloadRequest download(id, DownloadRequest::Filter::All, m_client->sheetId(id), target);
    QSignalSpy finished(&download, &ApiRequest::finished);
    bool aborted = false;
    connect(&download, &DownloadRequest::progress, this, [&](qint64 received, qint64) {
        if (!aborted && received > 0) {
            aborted = true;
            download.cancel();
        }
    });
    download.start(&m_connection);
    QVERIFY(finished.wait(30000));
    QVERIFY(aborted);
    QVERIFY2(!download.result().ok(), qPrintable(QStringLiteral("%1 bytes written, complete %2")
                                                     .arg(download.bytesWritten())
                                                     .arg(download.isComplete())));
    QVERIFY(!download.isComplete());
    QVERIFY(!QFile::exists(target));
    QVERIFY2(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestExportsApi)
#include "tst_exportsapi.moc"
