// SPDX-License-Identifier: GPL-3.0-or-later
// Database: one connection per thread, WAL, foreign keys, all closed by closeAll().
#include "server/database.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace godwit::server;

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void connectionIsPerThreadAndReused();
    void connectionIsConfigured();
    void writesFromManyThreadsAllLand();
    void closeAllRemovesConnections();
    void bindsParametersAndReportsErrors();
    void transactionRollsBackOnThrow();
    void unopenableFileThrows();

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
};

void TestDatabase::connectionIsPerThreadAndReused()
{
    Database database(file("per-thread.sqlite"));
    const QString mine = database.connection().connectionName();
    QCOMPARE(database.connection().connectionName(), mine);
    QString other;
    std::thread([&] { other = database.connection().connectionName(); }).join();
    QVERIFY(!other.isEmpty());
    QVERIFY(other != mine);
    QCOMPARE(database.connectionNames().size(), 2);

    Database second(file("per-thread.sqlite"));
    QVERIFY(second.connection().connectionName() != mine); // two Database objects never share a connection
}

void TestDatabase::connectionIsConfigured()
{
    Database database(file("pragmas.sqlite"));
    const QSqlDatabase db = database.connection();
    QSqlQuery journal = exec(db, QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(journal.next());
    QCOMPARE(journal.value(0).toString(), QStringLiteral("wal"));
    QSqlQuery keys = exec(db, QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(keys.next());
    QCOMPARE(keys.value(0).toInt(), 1);
    QSqlQuery busy = exec(db, QStringLiteral("PRAGMA busy_timeout"));
    QVERIFY(busy.next());
    QVERIFY(busy.value(0).toInt() >= 1000);

    exec(db, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
    exec(db, QStringLiteral("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id))"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, exec(db, QStringLiteral("INSERT INTO child VALUES (42)")));
}

void TestDatabase::writesFromManyThreadsAllLand()
{
    Database database(file("threads.sqlite"));
    exec(database.connection(), QStringLiteral("CREATE TABLE hits (thread INTEGER, n INTEGER)"));
    constexpr int kThreads = 4;
    constexpr int kWrites = 50;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            try {
                const QSqlDatabase db = database.connection();
                for (int n = 0; n < kWrites; ++n)
                    exec(db, QStringLiteral("INSERT INTO hits VALUES (?, ?)"), {t, n});
            } catch (const DatabaseError &) {
                ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QSqlQuery count = exec(database.connection(), QStringLiteral("SELECT COUNT(*) FROM hits"));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), kThreads * kWrites);
    QCOMPARE(database.connectionNames().size(), kThreads + 1);
}

void TestDatabase::closeAllRemovesConnections()
{
    QStringList names;
    {
        Database database(file("close.sqlite"));
        database.connection();
        std::thread([&] { database.connection(); }).join();
        names = database.connectionNames();
        QCOMPARE(names.size(), 2);
        for (const QString &name : names)
            QVERIFY(QSqlDatabase::contains(name));
        database.closeAll();
        QVERIFY(database.connectionNames().isEmpty());
        for (const QString &name : names)
            QVERIFY(!QSqlDatabase::contains(name));
        database.connection(); // usable again; the destructor closes this one
        names = database.connectionNames();
    }
    for (const QString &name : names)
        QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabase::bindsParametersAndReportsErrors()
{
    Database database(file("bind.sqlite"));
    const QSqlDatabase db = database.connection();
    exec(db, QStringLiteral("CREATE TABLE t (s TEXT)"));
    const QString hostile = QStringLiteral("x'); DROP TABLE t; --");
    exec(db, QStringLiteral("INSERT INTO t VALUES (?)"), {hostile});
    QSqlQuery query = exec(db, QStringLiteral("SELECT s FROM t"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), hostile);
    QVERIFY_THROWS_EXCEPTION(DatabaseError, exec(db, QStringLiteral("SELECT nope FROM t")));
}

void TestDatabase::transactionRollsBackOnThrow()
{
    Database database(file("tx.sqlite"));
    const QSqlDatabase db = database.connection();
    exec(db, QStringLiteral("CREATE TABLE t (n INTEGER)"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, inTransaction(db, [&] {
                                 exec(db, QStringLiteral("INSERT INTO t VALUES (1)"));
                                 exec(db, QStringLiteral("INSERT INTO missing VALUES (1)"));
                             }));
    QSqlQuery count = exec(db, QStringLiteral("SELECT COUNT(*) FROM t"));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    QCOMPARE(inTransaction(db,
                           [&] {
                               exec(db, QStringLiteral("INSERT INTO t VALUES (2)"));
                               return 7;
                           }),
             7);
    QSqlQuery after = exec(db, QStringLiteral("SELECT COUNT(*) FROM t"));
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toInt(), 1);
}

void TestDatabase::unopenableFileThrows()
{
    Database database(file("no/such/dir/x.sqlite"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, database.connection());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_server_database.moc"
