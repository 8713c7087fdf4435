// SPDX-License-Identifier: GPL-3.0-or-later
// The data directory's master secret, derived keys, upload tokens (HMAC) and SecretBox (AES-256-GCM).
#include "server/secretbox.h"
#include "server/serversecret.h"
#include "server/uploadtoken.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit::server;

class TestSecrets : public QObject {
    Q_OBJECT
private slots:
    void masterSecretIsCreatedOnceWith0600();
    void derivedKeysDifferByPurpose();
    void tokenRoundTrips();
    void tamperedTokensAreRejected();
    void secretBoxRoundTripsAndHidesThePlaintext();
    void secretBoxRejectsOtherKeysAndTampering();
};

void TestSecrets::masterSecretIsCreatedOnceWith0600()
{
    QTemporaryDir dir;
    const QByteArray first = loadOrCreateMasterSecret(dir.path());
    QCOMPARE(first.size(), 32);
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("server.key"))),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QCOMPARE(loadOrCreateMasterSecret(dir.path()), first);
    QTemporaryDir other;
    QVERIFY(loadOrCreateMasterSecret(other.path()) != first);
}

void TestSecrets::derivedKeysDifferByPurpose()
{
    const QByteArray master(32, 'm');
    QCOMPARE(deriveKey(master, "a").size(), 32);
    QVERIFY(deriveKey(master, "a") != deriveKey(master, "b"));
    QCOMPARE(deriveKey(master, "a"), deriveKey(master, "a"));
}

void TestSecrets::tokenRoundTrips()
{
    const UploadTokenSigner signer(QByteArray(32, 'k'));
    const QString id = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01");
    const QString token = signer.sign(id, 1800000000);
    QVERIFY(token.startsWith(id + QStringLiteral(".1800000000.")));
    for (const QChar c : token)
        QVERIFY2(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                     c == QLatin1Char('.'),
                 qPrintable(token));
    const std::optional<UploadTokenSigner::Claims> claims = signer.verify(token);
    QVERIFY(claims);
    QCOMPARE(claims->uploadId, id);
    QCOMPARE(claims->expiresAt, 1800000000);
}

void TestSecrets::tamperedTokensAreRejected()
{
    const UploadTokenSigner signer(QByteArray(32, 'k'));
    const QString id = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01");
    const QString token = signer.sign(id, 1800000000);
    QVERIFY(!UploadTokenSigner(QByteArray(32, 'x')).verify(token));
    QString later = token;
    later.replace(QStringLiteral(".1800000000."), QStringLiteral(".1900000000."));
    QVERIFY(!signer.verify(later));
    QString otherId = token;
    otherId[0] = QLatin1Char('1');
    QVERIFY(!signer.verify(otherId));
    QVERIFY(!signer.verify(QString()));
    QVERIFY(!signer.verify(QStringLiteral("a.b.c")));
    QVERIFY(!signer.verify(token + QStringLiteral("A")));
}

void TestSecrets::secretBoxRoundTripsAndHidesThePlaintext()
{
    const SecretBox box(QByteArray(32, 's'));
    const QByteArray plain = R"({"auth":{"token":"very-secret-token"},"base_url":"https://x"})";
    const QByteArray sealed = box.seal(plain);
    QVERIFY(sealed.startsWith("v1."));
    QVERIFY(!sealed.contains("very-secret-token"));
    QVERIFY(!QByteArray::fromBase64(sealed.mid(3)).contains("very-secret-token"));
    QVERIFY(box.seal(plain) != sealed); // a fresh nonce each time
    QCOMPARE(box.open(sealed).value_or(QByteArray()), plain);
    QCOMPARE(box.open(box.seal(QByteArray())).value_or("x"), QByteArray());
}

void TestSecrets::secretBoxRejectsOtherKeysAndTampering()
{
    const SecretBox box(QByteArray(32, 's'));
    const QByteArray sealed = box.seal("secret");
    QVERIFY(!SecretBox(QByteArray(32, 't')).open(sealed));
    QByteArray raw = QByteArray::fromBase64(sealed.mid(3));
    raw[14] = char(raw[14] ^ 1);
    QVERIFY(!box.open("v1." + raw.toBase64()));
    QVERIFY(!box.open("secret"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SecretBox(QByteArray(16, 'k')));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_server_secrets.moc"
