// SPDX-License-Identifier: GPL-3.0-or-later
// Idempotency keys of company runs (API §4.3, §6 item 23) on a real SQLite database.
#include "server/database.h"
#include "server/idempotency.h"
#include "server/migrations.h"
#include "server/seed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit::server;

class TestIdempotency : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void canonicalJsonSortsKeysAndDropsWhitespace();
    void keyLengthIsBounded();
    void newKeyRecordsTheRun();
    void samePayloadReplaysTheRun();
    void samePayloadInAnotherOrderReplays();
    void otherPayloadConflicts();
    void keysArePerCompanyAndKind();
    void aRolledBackRunForgetsItsKey();

private:
    QString addCompany(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestIdempotency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    migrate(m_database->connection());
    applySeed(m_database->connection(), bundledSeed());
}

void TestIdempotency::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

QString TestIdempotency::addCompany(const QString &name)
{
    const QSqlDatabase db = m_database->connection();
    const QString id =
        QStringLiteral("00000000-0000-4000-8000-00000000000") + QString::number(name.size() % 10);
    exec(db,
         QStringLiteral(
             "INSERT INTO companies (id, account_id, source_id, name, workbook_id, magic_link_token,"
             " magic_link_expires_at, created_at) SELECT ?, account_id, id, ?, ?, ?, 'x', 'x'"
             " FROM sources LIMIT 1"),
         {id, name, QString(id + QStringLiteral("w")), QString(id + QStringLiteral("m"))});
    return id;
}

void TestIdempotency::canonicalJsonSortsKeysAndDropsWhitespace()
{
    const QJsonObject a =
        QJsonDocument::fromJson("{ \"b\": [1, {\"y\":1, \"x\":2}], \"a\" : \"s\" }").object();
    QCOMPARE(canonicalJson(a), QByteArray(R"({"a":"s","b":[1,{"x":2,"y":1}]})"));
}

void TestIdempotency::keyLengthIsBounded()
{
    QVERIFY(!isValidIdempotencyKey(QString()));
    QVERIFY(isValidIdempotencyKey(QStringLiteral("k")));
    QVERIFY(isValidIdempotencyKey(QString(255, QLatin1Char('k'))));
    QVERIFY(!isValidIdempotencyKey(QString(256, QLatin1Char('k'))));
}

void TestIdempotency::newKeyRecordsTheRun()
{
    const QString company = addCompany(QStringLiteral("A"));
    const QSqlDatabase db = m_database->connection();
    const IdempotencyClaim claim = inTransaction(db, [&] {
        return claimIdempotencyKey(db, company, QStringLiteral("import"), QStringLiteral("k1"),
                                   QJsonObject{{QLatin1String("n"), 1}}, QStringLiteral("run-1"));
    });
    QCOMPARE(claim.kind, IdempotencyClaim::Kind::New);
    QCOMPARE(claim.runId, QStringLiteral("run-1"));
    QSqlQuery row = exec(db, QStringLiteral("SELECT payload, run_id FROM idempotency_keys"));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral(R"({"n":1})"));
    QCOMPARE(row.value(1).toString(), QStringLiteral("run-1"));
}

void TestIdempotency::samePayloadReplaysTheRun()
{
    const QString company = addCompany(QStringLiteral("A"));
    const QSqlDatabase db = m_database->connection();
    const QJsonObject payload{{QLatin1String("idempotency_key"), QLatin1String("k1")},
                              {QLatin1String("x"), 2}};
    claimIdempotencyKey(db, company, QStringLiteral("import"), QStringLiteral("k1"), payload,
                        QStringLiteral("run-1"));
    const IdempotencyClaim again = claimIdempotencyKey(
        db, company, QStringLiteral("import"), QStringLiteral("k1"), payload, QStringLiteral("run-2"));
    QCOMPARE(again.kind, IdempotencyClaim::Kind::Replay);
    QCOMPARE(again.runId, QStringLiteral("run-1"));
}

void TestIdempotency::samePayloadInAnotherOrderReplays()
{
    const QString company = addCompany(QStringLiteral("A"));
    const QSqlDatabase db = m_database->connection();
    claimIdempotencyKey(db, company, QStringLiteral("import"), QStringLiteral("k"),
                        QJsonDocument::fromJson(R"({"a":1,"b":{"c":[1,2],"d":null}})").object(),
                        QStringLiteral("r1"));
    const IdempotencyClaim again = claimIdempotencyKey(
        db, company, QStringLiteral("import"), QStringLiteral("k"),
        QJsonDocument::fromJson("{ \"b\" : { \"d\":null, \"c\":[1, 2] }, \"a\":1 }").object(),
        QStringLiteral("r2"));
    QCOMPARE(again.kind, IdempotencyClaim::Kind::Replay);
    QCOMPARE(again.runId, QStringLiteral("r1"));
}

void TestIdempotency::otherPayloadConflicts()
{
    const QString company = addCompany(QStringLiteral("A"));
    const QSqlDatabase db = m_database->connection();
    claimIdempotencyKey(db, company, QStringLiteral("import"), QStringLiteral("k"),
                        QJsonObject{{QLatin1String("a"), 1}}, QStringLiteral("r1"));
    const IdempotencyClaim other =
        claimIdempotencyKey(db, company, QStringLiteral("import"), QStringLiteral("k"),
                            QJsonObject{{QLatin1String("a"), 2}}, QStringLiteral("r2"));
    QCOMPARE(other.kind, IdempotencyClaim::Kind::Conflict);
    QCOMPARE(other.runId, QStringLiteral("r1"));
}

void TestIdempotency::keysArePerCompanyAndKind()
{
    const QString a = addCompany(QStringLiteral("A"));
    const QString b = addCompany(QStringLiteral("BB"));
    QVERIFY(a != b);
    const QSqlDatabase db = m_database->connection();
    const QJsonObject payload{{QLatin1String("a"), 1}};
    QCOMPARE(claimIdempotencyKey(db, a, QStringLiteral("import"), QStringLiteral("k"), payload,
                                 QStringLiteral("r1"))
                 .kind,
             IdempotencyClaim::Kind::New);
    QCOMPARE(claimIdempotencyKey(db, b, QStringLiteral("import"), QStringLiteral("k"), payload,
                                 QStringLiteral("r2"))
                 .kind,
             IdempotencyClaim::Kind::New);
    QCOMPARE(claimIdempotencyKey(db, a, QStringLiteral("export"), QStringLiteral("k"), payload,
                                 QStringLiteral("r3"))
                 .kind,
             IdempotencyClaim::Kind::New);
}

void TestIdempotency::aRolledBackRunForgetsItsKey()
{
    const QString company = addCompany(QStringLiteral("A"));
    const QSqlDatabase db = m_database->connection();
    const QJsonObject payload{{QLatin1String("a"), 1}};
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, inTransaction(db, [&] {
                                 claimIdempotencyKey(db, company, QStringLiteral("import"),
                                                     QStringLiteral("k"), payload, QStringLiteral("r1"));
                                 throw std::runtime_error("creating the run failed");
                             }));
    QCOMPARE(claimIdempotencyKey(db, company, QStringLiteral("import"), QStringLiteral("k"), payload,
                                 QStringLiteral("r2"))
                 .kind,
             IdempotencyClaim::Kind::New);
}

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_server_idempotency.moc"
