// SPDX-License-Identifier: GPL-3.0-or-later
// PUT <signed url> (PutFileRequest) against a real godwit-server's storage host: streamed from
// disk with progress, refused URLs told apart, no API key sent, no token in any message.
#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/api/migrations.h"
#include "app/api/storage.h"
#include "support/scriptedpeer.h"
#include "support/serverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit::app;

namespace {

const QString kSalesforce = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01");

bool run(ApiRequest &request, ApiConnection &connection, int timeoutMs = 30000)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(timeoutMs) && finished.size() == 1;
}

// A file of `size` bytes of CSV-ish text; returns its SHA-256.
QByteArray writeFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray line = "id,name,email\r\n";
    qint64 written = 0;
    for (int i = 0; written < size; ++i) {
        line = QByteArray::number(i) + ",Name " + QByteArray::number(i) + ",n" + QByteArray::number(i) +
               "@example.com\r\n";
        const QByteArray chunk = line.left(int(qMin<qint64>(line.size(), size - written)));
        file.write(chunk);
        hash.addData(chunk);
        written += chunk.size();
    }
    return hash.result();
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class TestStorageApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void streamsAFileWithProgress();
    void aUsedUrlIsRefusedAndSaysSo();
    void anExpiredUrlIsRefused();
    void wrongSizeIsNotAUrlProblem();
    void abortIsCanceled();
    void missingFileFailsLocally();
    void sendsNoApiKeyAndIsNotRetried();
    void contentTypes();

private:
    SignedUpload mintForCompany(const QString &name, qint64 size);
    SignedUpload mintForMigration(const QString &name);

    QTemporaryDir m_dir;
    godwit::test::ServerProcess m_server;
    ApiConnection m_connection;
    QString m_companyId;
    QString m_migrationId;
};

void TestStorageApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                             QStringLiteral("--upload-token-ttl"), QStringLiteral("2")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    CreateCompanyRequest company(QStringLiteral("Storage AG"), kSalesforce, QStringLiteral("storage-1"));
    QVERIFY(run(company, m_connection));
    QVERIFY2(company.result().ok(), qPrintable(company.result().message));
    m_companyId = company.company().id;
    CreateMigrationRequest migration(QStringLiteral("Storage migration"));
    QVERIFY(run(migration, m_connection));
    m_migrationId = migration.migration().id;
}

SignedUpload TestStorageApi::mintForCompany(const QString &name, qint64 size)
{
    MintUploadRequest mint(m_companyId, name, QStringLiteral("text/csv"), size);
    if (!run(mint, m_connection) || !mint.result().ok())
        return {};
    return mint.upload();
}

SignedUpload TestStorageApi::mintForMigration(const QString &name)
{
    MintMigrationFilesRequest mint(m_migrationId, {{name, {}}});
    if (!run(mint, m_connection) || !mint.result().ok())
        return {};
    return mint.uploads().constFirst();
}

void TestStorageApi::streamsAFileWithProgress()
{
    const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
    constexpr qint64 size = 24 * 1024 * 1024;
    const QByteArray digest = writeFile(path, size);
    const SignedUpload target = mintForMigration(QStringLiteral("contacts.csv"));
    QVERIFY(target.url.isValid());
    QCOMPARE(target.contentType, QStringLiteral("text/csv"));

    PutFileRequest put(target, path);
    QVERIFY(!put.isIdempotent() || put.maxAttempts() == 1);
    QCOMPARE(put.maxAttempts(), 1);
    QSignalSpy progress(&put, &PutFileRequest::progress);
    QVERIFY(run(put, m_connection));
    QVERIFY2(put.result().ok(), qPrintable(put.result().message));
    QCOMPARE(put.result().httpStatus, 200);
    QVERIFY(progress.size() >= 2); // several steps, not one at the end
    QCOMPARE(progress.constLast().at(0).toLongLong(), size);
    QCOMPARE(progress.constLast().at(1).toLongLong(), size);
    QCOMPARE(put.bytesSent(), size);
    // The path the base request knows holds no token.
    QVERIFY(!put.path().contains(target.url.path()));
    QVERIFY(put.path().endsWith(QStringLiteral("/…")));

    // The bytes arrived, whole.
    ListMigrationFilesRequest list(m_migrationId);
    QVERIFY(run(list, m_connection));
    QCOMPARE(list.files().size(), 1);
    QCOMPARE(list.files().constFirst().size, size);
    const QString stored = m_server.dataDir() + QStringLiteral("/uploads/files");
    const QStringList files = QDir(stored).entryList(QDir::Files);
    bool found = false;
    for (const QString &file : files)
        found = found || sha256Of(stored + QLatin1Char('/') + file) == digest;
    QVERIFY(found);
}

void TestStorageApi::aUsedUrlIsRefusedAndSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("small.csv"));
    writeFile(path, 1000);
    const SignedUpload target = mintForCompany(QStringLiteral("small.csv"), 1000);
    PutFileRequest first(target, path);
    QVERIFY(run(first, m_connection));
    QVERIFY2(first.result().ok(), qPrintable(first.result().message));

    PutFileRequest again(target, path);
    QVERIFY(run(again, m_connection));
    QCOMPARE(again.result().httpStatus, 403);
    QVERIFY(again.urlRefused());
    QCOMPARE(again.result().message, QStringLiteral("This upload URL has already been used"));
    QVERIFY(!again.result().message.contains(target.url.path().section(QLatin1Char('/'), -1)));
}

void TestStorageApi::anExpiredUrlIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("late.csv"));
    writeFile(path, 500);
    const SignedUpload target = mintForCompany(QStringLiteral("late.csv"), 500);
    QVERIFY(target.url.isValid());
    QTest::qWait(3100); // --upload-token-ttl 2: expiry is in whole seconds
    PutFileRequest put(target, path);
    QVERIFY(run(put, m_connection));
    QCOMPARE(put.result().httpStatus, 403);
    QVERIFY(put.urlRefused());
    QCOMPARE(put.result().message, QStringLiteral("This upload URL has expired"));
}

void TestStorageApi::wrongSizeIsNotAUrlProblem()
{
    const QString path = m_dir.filePath(QStringLiteral("grown.csv"));
    writeFile(path, 800);
    const SignedUpload target = mintForCompany(QStringLiteral("grown.csv"), 700); // the file changed
    PutFileRequest put(target, path);
    QVERIFY(run(put, m_connection));
    QCOMPARE(put.result().httpStatus, 400);
    QCOMPARE(put.result().status, ApiStatus::ClientError);
    QVERIFY(!put.urlRefused());
}

void TestStorageApi::abortIsCanceled()
{
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    writeFile(path, 64 * 1024 * 1024);
    const SignedUpload target = mintForMigration(QStringLiteral("big.csv"));
    PutFileRequest put(target, path);
    QSignalSpy finished(&put, &ApiRequest::finished);
    connect(&put, &PutFileRequest::progress, &put, [&put](qint64 sent) {
        if (sent > 0)
            put.abort();
    });
    put.start(&m_connection);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(put.result().status, ApiStatus::Canceled);
}

void TestStorageApi::missingFileFailsLocally()
{
    const SignedUpload target = mintForCompany(QStringLiteral("gone.csv"), 10);
    PutFileRequest put(target, m_dir.filePath(QStringLiteral("does-not-exist.csv")));
    QVERIFY(run(put, m_connection));
    QCOMPARE(put.result().httpStatus, 0);
    QCOMPARE(put.result().status, ApiStatus::ClientError);
    QVERIFY2(put.result().message.contains(QStringLiteral("does-not-exist.csv")),
             qPrintable(put.result().message));
}

void TestStorageApi::sendsNoApiKeyAndIsNotRetried()
{
    godwit::test::ScriptedPeer peer;
    peer.addAnswer("PUT /storage/", godwit::test::ScriptedPeer::answer("500 Internal Server Error",
                                                                       R"({"error":"disk full"})"));
    ApiConnection connection;
    connection.configure(m_server.baseUrl(), m_server.apiKey());
    const QString path = m_dir.filePath(QStringLiteral("peer.csv"));
    writeFile(path, 300);
    SignedUpload target;
    target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/storage/v1/upload/u1.99.secret-signature")
                          .arg(peer.serverPort()));
    target.contentType = QStringLiteral("text/csv");
    PutFileRequest put(target, path);
    QVERIFY(run(put, connection));
    QCOMPARE(put.result().status, ApiStatus::ServerError);
    QCOMPARE(put.attempts(), 1); // a single-use URL: never sent twice by the connection
    QCOMPARE(peer.count("/storage/"), 1);
    const QByteArray head = peer.heads().constFirst().toLower();
    QVERIFY2(!head.contains("x-api-key") && !head.contains(m_server.apiKey().toUtf8().toLower()),
             head.constData());
    QVERIFY(head.contains("content-type: text/csv"));
    QVERIFY(head.contains("content-length: 300"));
    QCOMPARE(peer.bodies().constFirst().size(), 300);

    // A connection that breaks: the message names the host, never the token.
    godwit::test::ScriptedPeer dropping;
    dropping.addAnswer("/", godwit::test::ScriptedPeer::dropMidBody());
    target.url.setPort(dropping.serverPort());
    PutFileRequest broken(target, path);
    QVERIFY(run(broken, connection));
    QCOMPARE(broken.result().status, ApiStatus::NetworkError);
    QVERIFY2(!broken.result().message.contains(QStringLiteral("secret-signature")),
             qPrintable(broken.result().message));
    QCOMPARE(PutFileRequest::redacted(target.url),
             QStringLiteral("http://127.0.0.1:%1/…").arg(dropping.serverPort()));
}

void TestStorageApi::contentTypes()
{
    QCOMPARE(contentTypeForFileName(QStringLiteral("a.CSV")), QStringLiteral("text/csv"));
    QCOMPARE(contentTypeForFileName(QStringLiteral("a.tsv")), QStringLiteral("text/tab-separated-values"));
    QCOMPARE(contentTypeForFileName(QStringLiteral("export.xlsx")),
             QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    QCOMPARE(contentTypeForFileName(QStringLiteral("notes")), QStringLiteral("application/octet-stream"));
}

QTEST_GUILESS_MAIN(TestStorageApi)
#include "tst_storageapi.moc"
