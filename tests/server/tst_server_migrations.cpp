// SPDX-License-Identifier: GPL-3.0-or-later
// Versioned schema migrations: fresh databases, upgrades from an older version, failures, newer databases.
#include "server/database.h"
#include "server/migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace godwit::server;

namespace {

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = exec(db, sql);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseReachesLatest();
    void databaseAtVersionOneIsUpgradedKeepingData();
    void migratingTwiceDoesNothing();
    void failingStepIsRolledBack();
    void newerDatabaseIsRefused();
    void stepsMustBeOrdered();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshFile() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }
};

void TestMigrations::freshDatabaseReachesLatest()
{
    Database database(freshFile());
    const QSqlDatabase db = database.connection();
    QCOMPARE(schemaVersion(db), 0);
    QList<int> expected;
    for (const Migration &step : schemaMigrations())
        expected.append(step.version);
    QCOMPARE(migrate(db), expected);
    QCOMPARE(schemaVersion(db), latestSchemaVersion());
    for (const char *table :
         {"accounts", "api_keys", "sources", "templates", "settings", "schema_migrations", "companies",
          "company_sheets", "idempotency_keys", "migrations", "migration_templates", "uploads"})
        QVERIFY2(db.tables().contains(QLatin1String(table)), table);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), expected.size());
}

void TestMigrations::databaseAtVersionOneIsUpgradedKeepingData()
{
    QVERIFY(latestSchemaVersion() > 1);
    Database database(freshFile());
    const QSqlDatabase db = database.connection();
    QCOMPARE(migrate(db, schemaMigrations(), 1), QList<int>{1});
    QCOMPARE(schemaVersion(db), 1);
    QVERIFY(!db.tables().contains(QLatin1String("templates")));
    exec(db, QStringLiteral("INSERT INTO accounts VALUES ('a1', 'Old', 'iad1', '2026-01-01T00:00:00.000Z')"));
    exec(db, QStringLiteral("INSERT INTO api_keys (id, account_id, key_hash, prefix, label, kind, created_at)"
                            " VALUES ('k1', 'a1', 'h', 'p', 'l', 'persistent', '2026-01-01T00:00:00.000Z')"));

    const QList<int> applied = migrate(db);
    QVERIFY(!applied.isEmpty());
    QCOMPARE(applied.first(), 2);
    QCOMPARE(schemaVersion(db), latestSchemaVersion());
    QVERIFY(db.tables().contains(QLatin1String("templates")));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE id = 'k1' AND account_id = 'a1'")),
             1);
    QSqlQuery applied1 =
        exec(db, QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1"));
    QVERIFY(applied1.next());
    QVERIFY(applied1.value(0).toString().endsWith(QLatin1Char('Z')));
}

void TestMigrations::migratingTwiceDoesNothing()
{
    Database database(freshFile());
    const QSqlDatabase db = database.connection();
    migrate(db);
    QVERIFY(migrate(db).isEmpty());
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), schemaMigrations().size());
}

void TestMigrations::failingStepIsRolledBack()
{
    const QList<Migration> steps{
        {1, QStringLiteral("good"), {QStringLiteral("CREATE TABLE one (n INTEGER)")}},
        {2,
         QStringLiteral("bad"),
         {QStringLiteral("CREATE TABLE two (n INTEGER)"), QStringLiteral("INSERT INTO nowhere VALUES (1)")}},
    };
    Database database(freshFile());
    const QSqlDatabase db = database.connection();
    QVERIFY_THROWS_EXCEPTION(DatabaseError, migrate(db, steps));
    QCOMPARE(schemaVersion(db), 1);
    QVERIFY(db.tables().contains(QLatin1String("one")));
    QVERIFY(!db.tables().contains(QLatin1String("two"))); // DDL of the failed step rolled back too
}

void TestMigrations::newerDatabaseIsRefused()
{
    Database database(freshFile());
    const QSqlDatabase db = database.connection();
    migrate(db);
    exec(db, QStringLiteral("INSERT INTO schema_migrations VALUES (?, '2030-01-01T00:00:00.000Z')"),
         {latestSchemaVersion() + 1});
    QVERIFY_THROWS_EXCEPTION(DatabaseError, migrate(db));
}

void TestMigrations::stepsMustBeOrdered()
{
    const QList<Migration> steps{{2, QStringLiteral("b"), {QStringLiteral("CREATE TABLE b (n INTEGER)")}},
                                 {1, QStringLiteral("a"), {QStringLiteral("CREATE TABLE a (n INTEGER)")}}};
    Database database(freshFile());
    QVERIFY_THROWS_EXCEPTION(DatabaseError, migrate(database.connection(), steps));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_server_migrations.moc"
