// SPDX-License-Identifier: GPL-3.0-or-later
// UploadService: the queue against a real godwit-server (both generations, two at a time,
// progress, cancel), and the faults a real server will not produce on demand from a peer of
// the test's own (an expired URL, a connection dropped mid-upload, a storage host that keeps
// failing): a new URL is minted and the upload finishes, or it gives up and says why.
#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/api/migrations.h"
#include "app/uploadservice.h"
#include "support/scriptedpeer.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace godwit::app;
using godwit::test::ScriptedPeer;

namespace {

const QString kSalesforce = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01");

bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray block(64 * 1024, 'x');
    for (qint64 left = size; left > 0; left -= block.size())
        file.write(block.left(int(qMin<qint64>(left, block.size()))));
    return path;
}

// A real event loop, not QTest::qWaitFor: that one sleeps 10 ms between rounds of events, and
// an upload moves a chunk per round.
bool waitAll(const QList<UploadJob *> &jobs, int timeoutMs = 60000)
{
    const auto allDone = [&] {
        return std::all_of(jobs.begin(), jobs.end(), [](UploadJob *j) { return j->isFinished(); });
    };
    if (allDone())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    for (UploadJob *job : jobs)
        QObject::connect(job, &UploadJob::finished, &loop, [&] {
            if (allDone())
                loop.quit();
        });
    loop.exec();
    return allDone();
}

RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(20);
    policy.maxDelay = std::chrono::milliseconds(100);
    return policy;
}

QByteArray mintAnswer(const ScriptedPeer &peer, int n)
{
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(peer.serverPort()) +
                           "/storage/v1/upload/u" + QByteArray::number(n) + ".9999999999.sig" +
                           QByteArray::number(n);
    return ScriptedPeer::answer("201 Created", R"({"upload_url":")" + url +
                                                   R"(","upload_ref":"workbook-files/w/u)" +
                                                   QByteArray::number(n) + R"(-a.csv"})");
}

} // namespace

class TestUploadService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void uploadsToACompanyTwoAtATime();
    void uploadsToAMigration();
    void reportsProgressSpeedAndTimeLeft();
    void cancelStopsAnUploadAndTheQueueMovesOn();
    void unusableFilesFailAtOnce();
    void anExpiredUrlIsMintedAgain();
    void aDroppedUploadIsMintedAgainAndFinishes();
    void givesUpAfterTheLastUrl();
    void aRefusedMintFailsWithTheServersMessage();

private:
    QTemporaryDir m_dir;
    godwit::test::ServerProcess m_server;
    ApiConnection m_connection;
    QString m_companyId;
    QString m_migrationId;
};

void TestUploadService::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    CreateCompanyRequest company(QStringLiteral("Upload AG"), kSalesforce, QStringLiteral("upload-1"));
    QVERIFY(run(company, m_connection));
    m_companyId = company.company().id;
    CreateMigrationRequest migration(QStringLiteral("Upload migration"), {}, QStringLiteral("upload-m1"));
    QVERIFY(run(migration, m_connection));
    m_migrationId = migration.migration().id;
}

void TestUploadService::uploadsToACompanyTwoAtATime()
{
    UploadService service(&m_connection);
    QCOMPARE(service.maxParallel(), 2);
    const UploadTarget target{UploadTarget::Kind::Company, m_companyId};
    QList<UploadJob *> jobs;
    for (int i = 0; i < 5; ++i)
        jobs.append(
            service.enqueue(target, writeFile(m_dir, QStringLiteral("c%1.csv").arg(i), 3 * 1024 * 1024)));
    int mostAtOnce = 0;
    for (UploadJob *job : jobs)
        connect(job, &UploadJob::changed, this,
                [&] { mostAtOnce = qMax(mostAtOnce, service.activeCount()); });
    QCOMPARE(service.activeCount(), 2);
    QCOMPARE(jobs.at(2)->state(), UploadJob::State::Queued);
    QVERIFY(waitAll(jobs));
    QCOMPARE(mostAtOnce, 2);
    for (UploadJob *job : jobs) {
        QCOMPARE(job->state(), UploadJob::State::Done);
        QVERIFY(job->reference().startsWith(QStringLiteral("workbook-files/")));
        QCOMPARE(job->bytesSent(), job->size());
        QCOMPARE(job->urlsMinted(), 1);
        QCOMPARE(job->contentType(), QStringLiteral("text/csv"));
    }
    QCOMPARE(service.jobsFor(target).size(), 5);
    service.clearFinished(target);
    QVERIFY(service.jobs().isEmpty());
}

void TestUploadService::uploadsToAMigration()
{
    UploadService service(&m_connection);
    const UploadTarget target{UploadTarget::Kind::Migration, m_migrationId};
    UploadJob *a = service.enqueue(target, writeFile(m_dir, QStringLiteral("contacts.csv"), 10000));
    UploadJob *b = service.enqueue(target, writeFile(m_dir, QStringLiteral("deals.tsv"), 20000));
    QVERIFY(waitAll({a, b}));
    QCOMPARE(a->state(), UploadJob::State::Done);
    QCOMPARE(b->state(), UploadJob::State::Done);
    QCOMPARE(b->contentType(), QStringLiteral("text/tab-separated-values"));
    QVERIFY(a->reference().startsWith(QStringLiteral("workbooks/")));
    ListMigrationFilesRequest list(m_migrationId);
    QVERIFY(run(list, m_connection));
    QStringList names;
    for (const UploadedFile &file : list.files())
        names.append(file.name);
    QVERIFY(names.contains(QStringLiteral("contacts.csv")));
    QVERIFY(names.contains(QStringLiteral("deals.tsv")));
    GetMigrationRequest get(m_migrationId);
    QVERIFY(run(get, m_connection));
    QCOMPARE(get.migration().status, QStringLiteral("ready"));
}

void TestUploadService::reportsProgressSpeedAndTimeLeft()
{
    UploadService service(&m_connection);
    service.setProgressInterval(50);
    UploadJob *job = service.enqueue({UploadTarget::Kind::Company, m_companyId},
                                     writeFile(m_dir, QStringLiteral("large.csv"), 256 * 1024 * 1024));
    bool sawSpeed = false;
    bool sawTimeLeft = false;
    int changes = 0;
    qint64 lastSent = 0;
    bool monotonic = true;
    connect(job, &UploadJob::changed, this, [&] {
        ++changes;
        if (job->state() != UploadJob::State::Uploading)
            return;
        sawSpeed = sawSpeed || job->bytesPerSecond() > 0;
        sawTimeLeft = sawTimeLeft || job->secondsLeft() >= 0;
        monotonic = monotonic && job->bytesSent() >= lastSent;
        lastSent = job->bytesSent();
    });
    QVERIFY(waitAll({job}, 120000));
    QCOMPARE(job->state(), UploadJob::State::Done);
    QVERIFY(monotonic);
    QVERIFY2(sawSpeed, "no speed while uploading");
    QVERIFY2(sawTimeLeft, "no time left while uploading");
    // Throttled: progress does not flood the UI (a 256 MiB upload reads about 16,000 chunks).
    QVERIFY2(changes < 2000, qPrintable(QString::number(changes)));
    QCOMPARE(job->secondsLeft(), -1);
}

void TestUploadService::cancelStopsAnUploadAndTheQueueMovesOn()
{
    UploadService service(&m_connection);
    service.setMaxParallel(1);
    const UploadTarget target{UploadTarget::Kind::Migration, m_migrationId};
    UploadJob *big = service.enqueue(target, writeFile(m_dir, QStringLiteral("huge.csv"), 512 * 1024 * 1024));
    UploadJob *queued = service.enqueue(target, writeFile(m_dir, QStringLiteral("later.csv"), 1000));
    UploadJob *never = service.enqueue(target, writeFile(m_dir, QStringLiteral("never.csv"), 1000));
    never->cancel();
    QCOMPARE(never->state(), UploadJob::State::Canceled);
    QSignalSpy moving(big, &UploadJob::changed);
    while (big->bytesSent() == 0 && moving.wait(20000)) {
    }
    QVERIFY(big->bytesSent() > 0);
    QSignalSpy finished(big, &UploadJob::finished);
    big->cancel();
    QCOMPARE(big->state(), UploadJob::State::Canceled);
    QCOMPARE(finished.size(), 1);
    QVERIFY(waitAll({queued}));
    QCOMPARE(queued->state(), UploadJob::State::Done);
    QVERIFY(big->reference().isEmpty());
    QTest::qWait(200);
    QCOMPARE(big->state(), UploadJob::State::Canceled); // no late answer revives it
}

void TestUploadService::unusableFilesFailAtOnce()
{
    UploadService service(&m_connection);
    const UploadTarget target{UploadTarget::Kind::Company, m_companyId};
    UploadJob *missing = service.enqueue(target, m_dir.filePath(QStringLiteral("nope.csv")));
    UploadJob *empty = service.enqueue(target, writeFile(m_dir, QStringLiteral("empty.csv"), 0));
    UploadJob *folder = service.enqueue(target, m_dir.path());
    UploadJob *fine = service.enqueue(target, writeFile(m_dir, QStringLiteral("fine.csv"), 10));
    QCOMPARE(missing->state(), UploadJob::State::Failed);
    QCOMPARE(empty->state(), UploadJob::State::Failed);
    QCOMPARE(empty->errorString(), QStringLiteral("The file is empty"));
    QCOMPARE(folder->state(), UploadJob::State::Failed);
    QVERIFY(fine->state() == UploadJob::State::Minting); // the failed ones freed their slots
    QVERIFY(waitAll({fine}));
    QCOMPARE(fine->state(), UploadJob::State::Done);
}

void TestUploadService::anExpiredUrlIsMintedAgain()
{
    ScriptedPeer peer;
    peer.addAnswer("POST /api/v1/companies/c1/uploads", mintAnswer(peer, 1));
    peer.addAnswer("POST /api/v1/companies/c1/uploads", mintAnswer(peer, 2));
    peer.addAnswer("PUT /storage/v1/upload/u1.",
                   ScriptedPeer::answer("403 Forbidden", R"({"error":"This upload URL has expired"})"));
    peer.addAnswer("PUT /storage/v1/upload/u2.", ScriptedPeer::answer("200 OK", "{}"));
    ApiConnection connection;
    connection.configure(peer.url(), QStringLiteral("test-key-0123456789"));
    UploadService service(&connection);
    UploadJob *job = service.enqueue({UploadTarget::Kind::Company, QStringLiteral("c1")},
                                     writeFile(m_dir, QStringLiteral("a.csv"), 5000));
    QVERIFY(waitAll({job}));
    QCOMPARE(job->state(), UploadJob::State::Done);
    QCOMPARE(job->urlsMinted(), 2);
    QCOMPARE(job->reference(), QStringLiteral("workbook-files/w/u2-a.csv"));
    QCOMPARE(peer.count("/api/v1/companies/c1/uploads"), 2);
    QCOMPARE(peer.count("/storage/v1/upload/u1."), 1);
    QCOMPARE(peer.count("/storage/v1/upload/u2."), 1);
    // Each mint declares the file's size and type.
    const QJsonObject mint = QJsonDocument::fromJson(peer.bodies().constFirst()).object();
    QCOMPARE(mint.value(QLatin1String("size")).toInteger(), 5000);
    QCOMPARE(mint.value(QLatin1String("content_type")).toString(), QStringLiteral("text/csv"));
}

void TestUploadService::aDroppedUploadIsMintedAgainAndFinishes()
{
    ScriptedPeer peer;
    peer.addAnswer(
        "POST /api/v1/migrations/m1/files",
        ScriptedPeer::answer("201 Created",
                             "{\"files\":[{\"name\":\"a.csv\",\"storage_path\":\"workbooks/w/u1-a.csv\","
                             "\"signed_url\":\"http://127.0.0.1:" +
                                 QByteArray::number(peer.serverPort()) +
                                 "/storage/v1/upload/u1.1.s\",\"token\":\"u1.1.s\","
                                 "\"content_type\":\"text/csv\"}]}"));
    peer.addAnswer(
        "POST /api/v1/migrations/m1/files",
        ScriptedPeer::answer("201 Created",
                             "{\"files\":[{\"name\":\"a.csv\",\"storage_path\":\"workbooks/w/u2-a.csv\","
                             "\"signed_url\":\"http://127.0.0.1:" +
                                 QByteArray::number(peer.serverPort()) +
                                 "/storage/v1/upload/u2.1.s\",\"token\":\"u2.1.s\","
                                 "\"content_type\":\"text/csv\"}]}"));
    peer.addAnswer("PUT /storage/v1/upload/u1.", ScriptedPeer::dropMidBody());
    peer.addAnswer("PUT /storage/v1/upload/u2.", ScriptedPeer::answer("200 OK", "{}"));
    ApiConnection connection;
    connection.setRetryPolicy(quickRetries());
    connection.configure(peer.url(), QStringLiteral("test-key-0123456789"));
    UploadService service(&connection);
    UploadJob *job = service.enqueue({UploadTarget::Kind::Migration, QStringLiteral("m1")},
                                     writeFile(m_dir, QStringLiteral("a.csv"), 2 * 1024 * 1024));
    QList<UploadJob::State> states;
    connect(job, &UploadJob::changed, this, [&] {
        if (states.isEmpty() || states.constLast() != job->state())
            states.append(job->state());
    });
    QVERIFY(waitAll({job}));
    QVERIFY2(job->state() == UploadJob::State::Done, qPrintable(job->errorString()));
    QCOMPARE(job->urlsMinted(), 2);
    QCOMPARE(job->reference(), QStringLiteral("workbooks/w/u2-a.csv"));
    QVERIFY(states.contains(UploadJob::State::Waiting));
    QCOMPARE(peer.bodies().constLast().size(), 2 * 1024 * 1024); // the whole file, the second time
}

void TestUploadService::givesUpAfterTheLastUrl()
{
    ScriptedPeer peer;
    peer.addAnswer("POST /api/v1/companies/c1/uploads", mintAnswer(peer, 1));
    peer.addAnswer("PUT /storage/",
                   ScriptedPeer::answer("503 Service Unavailable", R"({"error":"storage is down"})"));
    ApiConnection connection;
    connection.setRetryPolicy(quickRetries());
    connection.configure(peer.url(), QStringLiteral("test-key-0123456789"));
    UploadService service(&connection);
    service.setMaxUrlsPerFile(3);
    UploadJob *job = service.enqueue({UploadTarget::Kind::Company, QStringLiteral("c1")},
                                     writeFile(m_dir, QStringLiteral("b.csv"), 1000));
    QVERIFY(waitAll({job}));
    QCOMPARE(job->state(), UploadJob::State::Failed);
    QCOMPARE(job->urlsMinted(), 3);
    QCOMPARE(peer.count("/storage/"), 3); // one PUT per URL: the connection never repeats a PUT
    QVERIFY2(job->errorString().contains(QStringLiteral("storage is down")), qPrintable(job->errorString()));
}

void TestUploadService::aRefusedMintFailsWithTheServersMessage()
{
    UploadService service(&m_connection);
    UploadJob *job =
        service.enqueue({UploadTarget::Kind::Company, QStringLiteral("00000000-0000-4000-8000-000000000000")},
                        writeFile(m_dir, QStringLiteral("orphan.csv"), 10));
    QVERIFY(waitAll({job}));
    QCOMPARE(job->state(), UploadJob::State::Failed);
    QCOMPARE(job->errorString(), QStringLiteral("Company not found"));
    QCOMPARE(job->urlsMinted(), 0);
}

QTEST_GUILESS_MAIN(TestUploadService)
#include "tst_uploadservice.moc"
