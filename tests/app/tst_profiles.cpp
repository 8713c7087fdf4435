// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using godwit::app::ConnectionProfile;
using godwit::app::ProfileStore;

class TestProfiles : public QObject {
    Q_OBJECT
private slots:
    void localProfileIsAlwaysFirstAndFixed();
    void savesLoadsAndSortsRemotes();
    void removeFallsBackToLocal();
    void activeProfileSurvivesReopen();
    void validate_data();
    void validate();

private:
    QTemporaryDir m_dir;
    QString iniPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestProfiles::localProfileIsAlwaysFirstAndFixed()
{
    QSettings settings(iniPath("a.ini"), QSettings::IniFormat);
    ProfileStore store(settings);
    const auto profiles = store.profiles();
    QCOMPARE(profiles.size(), 1);
    QVERIFY(profiles.first().isLocal());
    QCOMPARE(store.activeProfileId(), QStringLiteral("local"));
    QVERIFY(!store.remove(QStringLiteral("local")));
    ConnectionProfile local = ConnectionProfile::local();
    local.name = QStringLiteral("Renamed");
    store.save(local);
    QCOMPARE(store.profiles().first().name, ConnectionProfile::local().name);
}

void TestProfiles::savesLoadsAndSortsRemotes()
{
    QSettings settings(iniPath("b.ini"), QSettings::IniFormat);
    ProfileStore store(settings);
    ConnectionProfile zeta;
    zeta.name = QStringLiteral("Zeta production");
    zeta.baseUrl = QUrl(QStringLiteral("https://app.vern.so/api/v1"));
    ConnectionProfile alpha;
    alpha.name = QStringLiteral("alpha staging");
    alpha.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9999/api/v1"));
    alpha.headerName = "anx-api-key";
    const QString zetaId = store.save(zeta);
    const QString alphaId = store.save(alpha);
    QVERIFY(!zetaId.isEmpty() && zetaId != alphaId);

    const auto profiles = store.profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles[1].name, alpha.name);
    QCOMPARE(profiles[2].name, zeta.name);
    QCOMPARE(profiles[1].headerName, QByteArray("anx-api-key"));
    QCOMPARE(profiles[2].baseUrl, zeta.baseUrl);
    QCOMPARE(profiles[1].secretKey(), QStringLiteral("profile/%1/api-key").arg(alphaId));

    alpha.id = alphaId;
    alpha.name = QStringLiteral("Alpha");
    QCOMPARE(store.save(alpha), alphaId);
    QCOMPARE(store.profile(alphaId)->name, QStringLiteral("Alpha"));
    QCOMPARE(store.profiles().size(), 3);
}

void TestProfiles::removeFallsBackToLocal()
{
    QSettings settings(iniPath("c.ini"), QSettings::IniFormat);
    ProfileStore store(settings);
    ConnectionProfile remote;
    remote.name = QStringLiteral("Remote");
    remote.baseUrl = QUrl(QStringLiteral("https://example.org/api/v1"));
    const QString id = store.save(remote);
    store.setActiveProfileId(id);
    QCOMPARE(store.activeProfile().name, QStringLiteral("Remote"));
    QVERIFY(store.remove(id));
    QVERIFY(!store.profile(id));
    QVERIFY(store.activeProfile().isLocal());
    QVERIFY(!store.remove(id));
}

void TestProfiles::activeProfileSurvivesReopen()
{
    QString id;
    {
        QSettings settings(iniPath("d.ini"), QSettings::IniFormat);
        ProfileStore store(settings);
        ConnectionProfile remote;
        remote.name = QStringLiteral("Kept");
        remote.baseUrl = QUrl(QStringLiteral("https://example.org/api/v1"));
        id = store.save(remote);
        store.setActiveProfileId(id);
    }
    QSettings settings(iniPath("d.ini"), QSettings::IniFormat);
    ProfileStore store(settings);
    QCOMPARE(store.activeProfileId(), id);
    // An id that no longer exists falls back to the local profile.
    store.setActiveProfileId(QStringLiteral("gone"));
    QVERIFY(store.activeProfile().isLocal());
}

void TestProfiles::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expectedProblem"); // a word the message must contain, "" = valid
    QTest::newRow("ok https") << "Prod"
                              << "https://app.vern.so/api/v1" << QByteArray("x-api-key") << "";
    QTest::newRow("ok alias") << "Prod"
                              << "http://127.0.0.1:8787/api/v1" << QByteArray("anx-api-key") << "";
    QTest::newRow("no name") << " "
                             << "https://app.vern.so/api/v1" << QByteArray("x-api-key") << "name";
    QTest::newRow("no url") << "Prod"
                            << "" << QByteArray("x-api-key") << "base URL";
    QTest::newRow("no host") << "Prod"
                             << "https:///api/v1" << QByteArray("x-api-key") << "base URL";
    QTest::newRow("ftp") << "Prod"
                         << "ftp://example.org/api" << QByteArray("x-api-key") << "https://";
    QTest::newRow("header") << "Prod"
                            << "https://example.org" << QByteArray("authorization") << "header";
}

void TestProfiles::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QByteArray, header);
    QFETCH(QString, expectedProblem);
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(url);
    profile.headerName = header;
    const QString problem = profile.validate();
    if (expectedProblem.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expectedProblem), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
