// SPDX-License-Identifier: GPL-3.0-or-later
// UploadStore in process: minting rows, start-up recovery of interrupted uploads, media types.
#include "server/database.h"
#include "server/migrations.h"
#include "server/seed.h"
#include "server/uploadstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit::server;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestUploadStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mintRecordsAPendingUpload();
    void signedUrlCarriesTheToken();
    void recoverRemovesPartialAndOrphanFiles();
    void mediaTypes();
    void writebackFileKeepsEveryByte_data();
    void writebackFileKeepsEveryByte();

private:
    QString addMigration();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<UploadStore> m_store;
    QString m_account;
};

void TestUploadStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("godwit.sqlite")));
    const QSqlDatabase db = m_database->connection();
    migrate(db);
    applySeed(db, bundledSeed());
    m_account = defaultAccountId(db);
    m_store = std::make_unique<UploadStore>(*m_database, m_dir->path(), QByteArray(32, 'k'), 60, 1000);
}

void TestUploadStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestUploadStore::addMigration()
{
    const QString id = QStringLiteral("11111111-1111-4111-8111-111111111111");
    exec(m_database->connection(),
         QStringLiteral("INSERT INTO migrations (id, account_id, name, workbook_id, status, created_at)"
                        " VALUES (?, ?, 'M', 'wb', 'awaiting_files', 'now')"),
         {id, m_account});
    return id;
}

void TestUploadStore::mintRecordsAPendingUpload()
{
    const QString migration = addMigration();
    const QSqlDatabase db = m_database->connection();
    const UploadStore::Minted minted =
        m_store->mint(db, m_account, UploadStore::Owner{{}, migration}, QStringLiteral("../../x y.csv"),
                      QStringLiteral("text/csv"), std::nullopt, QStringLiteral("workbooks/wb"));
    QCOMPARE(minted.storagePath, QStringLiteral("workbooks/wb/") + minted.id + QStringLiteral("-x_y.csv"));
    QVERIFY(minted.token.startsWith(minted.id + QLatin1Char('.')));
    QSqlQuery row = exec(db,
                         QStringLiteral("SELECT status, name, declared_size, migration_id, company_id,"
                                        " expires_at FROM uploads WHERE id = ?"),
                         {minted.id});
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("pending"));
    QCOMPARE(row.value(1).toString(), QStringLiteral("../../x y.csv")); // metadata, as given
    QVERIFY(row.isNull(2));
    QCOMPARE(row.value(3).toString(), migration);
    QVERIFY(row.isNull(4));
    const qint64 expires = row.value(5).toLongLong();
    QVERIFY(qAbs(expires - (QDateTime::currentSecsSinceEpoch() + 60)) <= 2);
    QCOMPARE(m_store->filePath(minted.id), m_dir->path() + QStringLiteral("/uploads/files/") + minted.id);
}

void TestUploadStore::signedUrlCarriesTheToken()
{
    QCOMPARE(m_store->signedUrl(QStringLiteral("http://h:1"), QStringLiteral("t.1.s")),
             QStringLiteral("http://h:1/storage/v1/upload/t.1.s"));
}

void TestUploadStore::recoverRemovesPartialAndOrphanFiles()
{
    const QString migration = addMigration();
    const QSqlDatabase db = m_database->connection();
    const auto mint = [&] {
        return m_store
            ->mint(db, m_account, UploadStore::Owner{{}, migration}, QStringLiteral("f.csv"),
                   QStringLiteral("text/csv"), std::nullopt, QStringLiteral("workbooks/wb"))
            .id;
    };
    const QString complete = mint();
    const QString receiving = mint();
    const QString renamedNotCommitted = mint();
    const QString pending = mint();
    const QString expired = mint();
    exec(db, QStringLiteral("UPDATE uploads SET expires_at = ? WHERE id = ?"),
         {QDateTime::currentSecsSinceEpoch() - 1, expired});
    exec(db, QStringLiteral("UPDATE uploads SET status = 'complete' WHERE id = ?"), {complete});
    exec(db, QStringLiteral("UPDATE uploads SET status = 'receiving' WHERE id IN (?, ?)"),
         {receiving, renamedNotCommitted});
    writeFile(m_store->filePath(complete), "done");
    writeFile(m_dir->path() + QStringLiteral("/uploads/tmp/") + receiving + QStringLiteral(".part"), "half");
    writeFile(m_store->filePath(renamedNotCommitted), "whole, but never committed");
    writeFile(m_dir->path() + QStringLiteral("/uploads/files/stray"), "?");

    m_store->recover();

    QCOMPARE(QDir(m_dir->path() + QStringLiteral("/uploads/tmp")).entryList(QDir::Files | QDir::Hidden),
             QStringList());
    QCOMPARE(QDir(m_dir->path() + QStringLiteral("/uploads/files")).entryList(QDir::Files),
             QStringList{complete});
    QSqlQuery rows = exec(db, QStringLiteral("SELECT id, status FROM uploads"));
    QHash<QString, QString> status;
    while (rows.next())
        status.insert(rows.value(0).toString(), rows.value(1).toString());
    QCOMPARE(status.value(complete), QStringLiteral("complete"));
    QCOMPARE(status.value(receiving), QStringLiteral("failed"));
    QCOMPARE(status.value(renamedNotCommitted), QStringLiteral("failed"));
    QCOMPARE(status.value(pending), QStringLiteral("pending")); // still usable until it expires
    QCOMPARE(status.value(expired), QStringLiteral("failed"));
}

void TestUploadStore::mediaTypes()
{
    QCOMPARE(mediaType(QStringLiteral(" Text/CSV ; charset=utf-8")), QStringLiteral("text/csv"));
    QCOMPARE(mediaType(QString()), QString());
    QCOMPARE(contentTypeForName(QStringLiteral("a.CSV")), QStringLiteral("text/csv"));
    QCOMPARE(contentTypeForName(QStringLiteral("dir/a.tsv")), QStringLiteral("text/tab-separated-values"));
    QCOMPARE(contentTypeForName(QStringLiteral("a.xlsx")),
             QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    QCOMPARE(contentTypeForName(QStringLiteral("a.pdf")), QStringLiteral("application/pdf"));
    QCOMPARE(contentTypeForName(QStringLiteral("noext")), QStringLiteral("application/octet-stream"));
}

void TestUploadStore::writebackFileKeepsEveryByte_data()
{
    QTest::addColumn<bool>("buffered");
    QTest::newRow("buffered (the import's outputs)") << true;
    QTest::newRow("unbuffered (the storage host's PUT)") << false;
}

// Bytes written small and large, across several writeback points (kWritebackBytes), all land in the
// file in order, and the file is synced; a file that is not open cannot be synced.
void TestUploadStore::writebackFileKeepsEveryByte()
{
    QFETCH(bool, buffered);
    const QString path = m_dir->filePath(QStringLiteral("writeback.bin"));
    QByteArray expected;
    {
        WritebackFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate |
                          (buffered ? QIODevice::OpenMode() : QIODevice::Unbuffered)));
        quint32 seed = 7;
        while (expected.size() < 3 * WritebackFile::kWritebackBytes + 12345) {
            seed = seed * 1103515245u + 12345u;
            // Mostly small writes (Qt buffers them), now and then one larger than Qt's buffer.
            const qsizetype size = (seed >> 8) % 16 == 0 ? qsizetype(1 << 20) + qsizetype(seed % 4096)
                                                         : qsizetype(1 + seed % 3000);
            QByteArray chunk(size, char('a' + seed % 26));
            chunk[0] = char(seed >> 24);
            QCOMPARE(file.write(chunk), chunk.size());
            expected.append(chunk);
        }
        QVERIFY(file.flushAndSync());
        QCOMPARE(QFileInfo(path).size(), expected.size());
    }
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll() == expected);

    WritebackFile closed(m_dir->filePath(QStringLiteral("never-opened.bin")));
    QVERIFY(!closed.flushAndSync());
}

QTEST_GUILESS_MAIN(TestUploadStore)
#include "tst_server_uploadstore.moc"
