// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real Secret Service (gnome-keyring in a private D-Bus session: see
// scripts/with-keyring), never a stand-in.
#include "app/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using godwit::app::SecretStore;

class TestSecretStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadOverwriteRemove();
    void missingEntryIsEmptyNotAnError();
    void servicesAreSeparate();

private:
    struct Read {
        bool ok = false;
        QString secret;
        QString error;
    };
    bool write(SecretStore &store, const QString &key, const QString &secret);
    Read read(SecretStore &store, const QString &key);
    bool remove(SecretStore &store, const QString &key);
};

void TestSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run this test through scripts/with-keyring (ctest does).");
}

bool TestSecretStore::write(SecretStore &store, const QString &key, const QString &secret)
{
    bool done = false;
    bool result = false;
    store.write(key, secret, [&](bool ok, const QString &error) {
        if (!ok)
            qWarning() << "write failed:" << error;
        result = ok;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return false;
    return result;
}

TestSecretStore::Read TestSecretStore::read(SecretStore &store, const QString &key)
{
    Read result;
    bool done = false;
    store.read(key, [&](bool ok, const QString &secret, const QString &error) {
        result = {ok, secret, error};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        result.error = QStringLiteral("timed out");
    return result;
}

bool TestSecretStore::remove(SecretStore &store, const QString &key)
{
    bool done = false;
    bool result = false;
    store.remove(key, [&](bool ok, const QString &) {
        result = ok;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) && result;
}

void TestSecretStore::writeReadOverwriteRemove()
{
    SecretStore store(QStringLiteral("GodwitTest"));
    QVERIFY(!store.insecureFallbackAllowed());
    const QString key = QStringLiteral("profile/abc/api-key");
    QVERIFY(write(store, key, QStringLiteral("first-secret")));
    Read r = read(store, key);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.secret, QStringLiteral("first-secret"));

    QVERIFY(write(store, key, QStringLiteral("sëcond-sécret ✓")));
    r = read(store, key);
    QCOMPARE(r.secret, QStringLiteral("sëcond-sécret ✓"));

    QVERIFY(remove(store, key));
    r = read(store, key);
    QVERIFY(r.ok);
    QVERIFY(r.secret.isEmpty());
}

void TestSecretStore::missingEntryIsEmptyNotAnError()
{
    SecretStore store(QStringLiteral("GodwitTest"));
    const Read r = read(store, QStringLiteral("profile/never-written/api-key"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.secret.isEmpty());
    QVERIFY(remove(store, QStringLiteral("profile/never-written/api-key")));
}

void TestSecretStore::servicesAreSeparate()
{
    SecretStore a(QStringLiteral("GodwitTestA"));
    SecretStore b(QStringLiteral("GodwitTestB"));
    QVERIFY(write(a, QStringLiteral("k"), QStringLiteral("for-a")));
    QVERIFY(read(b, QStringLiteral("k")).secret.isEmpty());
    QCOMPARE(read(a, QStringLiteral("k")).secret, QStringLiteral("for-a"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
