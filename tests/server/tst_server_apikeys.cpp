// SPDX-License-Identifier: GPL-3.0-or-later
// ApiKeyStore: hashing, persistent and bootstrap keys, revocation, authentication.
#include "server/apikeys.h"
#include "server/database.h"
#include "server/migrations.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace godwit::server;

class TestApiKeys : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hashIsSha256Hex();
    void generatedKeysAreLongRandomAndUrlSafe();
    void createdKeyAuthenticatesAndIsStoredHashed();
    void bootstrapKeyReplacesThePreviousOne();
    void bootstrapKeyMustBeLongEnough();
    void bootstrapEqualToPersistentKeyStaysPersistent();
    void revokeByPrefixOrId();
    void revokeRefusesAmbiguityAndShortPrefixes();
    void unknownAndEmptyKeysFail();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    ApiKeyStore store() { return ApiKeyStore(m_database->connection()); }
    static inline const QString kAccount = QStringLiteral("acct-1");
};

void TestApiKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("keys.sqlite")));
    const QSqlDatabase db = m_database->connection();
    migrate(db);
    exec(db, QStringLiteral("INSERT INTO accounts VALUES (?, 'Test', 'iad1', '2026-01-01T00:00:00.000Z')"),
         {kAccount});
}

void TestApiKeys::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestApiKeys::hashIsSha256Hex()
{
    QCOMPARE(ApiKeyStore::hash(QStringLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestApiKeys::generatedKeysAreLongRandomAndUrlSafe()
{
    const QString a = ApiKeyStore::generateKey();
    const QString b = ApiKeyStore::generateKey();
    QVERIFY(a != b);
    QVERIFY(QRegularExpression(QStringLiteral("^gwk_[A-Za-z0-9_-]{43}$")).match(a).hasMatch());
    QCOMPARE(ApiKeyStore::prefixOf(a), a.left(10));
    QCOMPARE(ApiKeyStore::prefixOf(QStringLiteral("0123456789abcdef")), QStringLiteral("0123"));
}

void TestApiKeys::createdKeyAuthenticatesAndIsStoredHashed()
{
    ApiKeyStore keys = store();
    const ApiKeyStore::CreatedKey created = keys.create(kAccount, QStringLiteral("ci"));
    QCOMPARE(keys.authenticate(created.key), std::optional<QString>(kAccount));
    QCOMPARE(created.info.kind, QStringLiteral("persistent"));
    QCOMPARE(created.info.label, QStringLiteral("ci"));

    QSqlQuery rows = exec(m_database->connection(), QStringLiteral("SELECT key_hash, prefix FROM api_keys"));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toString(), ApiKeyStore::hash(created.key));
    QVERIFY(created.key.startsWith(rows.value(1).toString()));
    QVERIFY(rows.value(1).toString().size() < created.key.size() / 2);

    const QList<ApiKeyStore::KeyInfo> listed = keys.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, created.info.id);
    QVERIFY(!listed.first().revoked());
}

void TestApiKeys::bootstrapKeyReplacesThePreviousOne()
{
    ApiKeyStore keys = store();
    const ApiKeyStore::CreatedKey persistent = keys.create(kAccount, QStringLiteral("kept"));
    const QString yesterday = QStringLiteral("yesterday-bootstrap-key-0001");
    const QString today = QStringLiteral("today-bootstrap-key-000000002");
    keys.replaceBootstrap(kAccount, yesterday);
    QVERIFY(keys.authenticate(yesterday));
    keys.replaceBootstrap(kAccount, today);
    QVERIFY(!keys.authenticate(yesterday));
    QVERIFY(keys.authenticate(today));
    QVERIFY(keys.authenticate(persistent.key));
    QCOMPARE(keys.list().size(), 2);

    keys.replaceBootstrap(kAccount, std::nullopt); // a start without a key leaves no bootstrap key behind
    QVERIFY(!keys.authenticate(today));
    QVERIFY(keys.authenticate(persistent.key));
    QCOMPARE(keys.list().size(), 1);
}

void TestApiKeys::bootstrapKeyMustBeLongEnough()
{
    ApiKeyStore keys = store();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keys.replaceBootstrap(kAccount, QStringLiteral("short")));
    QVERIFY(keys.list().isEmpty());
}

void TestApiKeys::bootstrapEqualToPersistentKeyStaysPersistent()
{
    ApiKeyStore keys = store();
    const ApiKeyStore::CreatedKey persistent = keys.create(kAccount, QString());
    keys.replaceBootstrap(kAccount, persistent.key);
    keys.replaceBootstrap(kAccount, QStringLiteral("another-bootstrap-key-123"));
    QVERIFY(keys.authenticate(persistent.key));
}

void TestApiKeys::revokeByPrefixOrId()
{
    ApiKeyStore keys = store();
    const ApiKeyStore::CreatedKey first = keys.create(kAccount, QStringLiteral("first"));
    const ApiKeyStore::CreatedKey second = keys.create(kAccount, QStringLiteral("second"));

    ApiKeyStore::RevokeResult result = keys.revoke(first.info.prefix);
    QCOMPARE(result.status, ApiKeyStore::RevokeStatus::Revoked);
    QCOMPARE(result.matches.first().id, first.info.id);
    QVERIFY(!keys.authenticate(first.key));
    QVERIFY(keys.authenticate(second.key));
    QCOMPARE(keys.revoke(first.info.id).status, ApiKeyStore::RevokeStatus::AlreadyRevoked);

    QCOMPARE(keys.revoke(second.info.id).status, ApiKeyStore::RevokeStatus::Revoked);
    QVERIFY(!keys.authenticate(second.key));
    const QList<ApiKeyStore::KeyInfo> listed = keys.list();
    QVERIFY(std::all_of(listed.cbegin(), listed.cend(), [](const auto &key) { return key.revoked(); }));
}

void TestApiKeys::revokeRefusesAmbiguityAndShortPrefixes()
{
    ApiKeyStore keys = store();
    const ApiKeyStore::CreatedKey key = keys.create(kAccount, QString());
    keys.create(kAccount, QString());
    QCOMPARE(keys.revoke(QStringLiteral("gwk_")).status, ApiKeyStore::RevokeStatus::Ambiguous);
    QCOMPARE(keys.revoke(QStringLiteral("gwk")).status, ApiKeyStore::RevokeStatus::NotFound);
    QCOMPARE(keys.revoke(QStringLiteral("zzzzzz")).status, ApiKeyStore::RevokeStatus::NotFound);
    QVERIFY(keys.authenticate(key.key));
}

void TestApiKeys::unknownAndEmptyKeysFail()
{
    ApiKeyStore keys = store();
    keys.create(kAccount, QString());
    QVERIFY(!keys.authenticate(QString()));
    QVERIFY(!keys.authenticate(QStringLiteral("gwk_not-a-real-key")));
}

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_server_apikeys.moc"
