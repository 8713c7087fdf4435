// SPDX-License-Identifier: GPL-3.0-or-later
// Connection states against a real godwit-server, with keys in a real Secret Service.
#include "app/api/apiconnection.h"
#include "app/localserver.h"
#include "app/secretstore.h"
#include "app/session.h"
#include "support/serverprocess.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace godwit::app;

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void localProfileStartsTheServerAndConnects();
    void localServerDeathIsFailedWithItsError();
    void remoteProfileReadsItsKeyFromTheKeychain();
    void wrongKeyIsUnauthorized();
    void missingKeyFails();
    void unreachableServer();
    void reconnectsAfterTheServerComesBack();
    void stateTextsAreDistinct();

private:
    bool storeKey(const ConnectionProfile &profile, const QString &key);
    ConnectionProfile remote(const QUrl &url, const QString &id);
    static bool waitForState(Session &session, Session::State state, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, timeoutMs);
    }

    SecretStore m_secrets{QStringLiteral("GodwitSessionTest")};
    godwit::test::ServerProcess m_server;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), m_server.standardError().constData());
}

bool TestSession::storeKey(const ConnectionProfile &profile, const QString &key)
{
    bool done = false;
    bool ok = false;
    m_secrets.write(profile.secretKey(), key, [&](bool success, const QString &) {
        ok = success;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

ConnectionProfile TestSession::remote(const QUrl &url, const QString &id)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.name = QStringLiteral("Remote %1").arg(id);
    profile.baseUrl = url;
    return profile;
}

void TestSession::localProfileStartsTheServerAndConnects()
{
    QTemporaryDir data;
    Session session(&m_secrets);
    session.setLocalServerOverrides({}, data.path());
    QSignalSpy states(&session, &Session::stateChanged);
    QSignalSpy connected(&session, &Session::connected);
    session.activate(ConnectionProfile::local());
    QCOMPARE(session.state(), Session::State::StartingServer);
    QVERIFY2(waitForState(session, Session::State::Connected), qPrintable(session.detail()));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(states.first().first().value<Session::State>(), Session::State::StartingServer);
    QVERIFY(session.connection()->baseUrl().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(session.profile().name, ConnectionProfile::local().name);
    session.shutdown();
    QVERIFY(!session.localServer());
}

void TestSession::localServerDeathIsFailedWithItsError()
{
    QTemporaryDir data;
    Session session(&m_secrets);
    session.setLocalServerOverrides({}, data.path());
    session.activate(ConnectionProfile::local());
    QVERIFY(waitForState(session, Session::State::Connected));
    QVERIFY(::kill(pid_t(session.localServer()->processId()), SIGKILL) == 0);
    QVERIFY(waitForState(session, Session::State::Failed, 5000));
    QVERIFY2(session.detail().contains(QStringLiteral("crashed")), qPrintable(session.detail()));
    // The server's stderr tail is kept apart from the one-line message.
    QVERIFY(!session.detail().contains(QLatin1Char('\n')));
    QVERIFY2(session.diagnostics().contains(QStringLiteral("godwit-server")),
             qPrintable(session.diagnostics()));

    // Activating again starts a new server, and forgets the old one's output.
    session.activate(ConnectionProfile::local());
    QVERIFY(session.diagnostics().isEmpty());
    QVERIFY(waitForState(session, Session::State::Connected));
}

void TestSession::remoteProfileReadsItsKeyFromTheKeychain()
{
    const ConnectionProfile profile = remote(m_server.baseUrl(), QStringLiteral("good"));
    QVERIFY(storeKey(profile, m_server.apiKey()));
    Session session(&m_secrets);
    QSignalSpy connected(&session, &Session::connected);
    session.activate(profile);
    QCOMPARE(session.state(), Session::State::Connecting);
    QVERIFY2(waitForState(session, Session::State::Connected), qPrintable(session.detail()));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(session.connection()->baseUrl(), m_server.baseUrl());
    QVERIFY(!session.localServer());
}

void TestSession::wrongKeyIsUnauthorized()
{
    const ConnectionProfile profile = remote(m_server.baseUrl(), QStringLiteral("wrong"));
    QVERIFY(storeKey(profile, QStringLiteral("definitely-not-the-key")));
    Session session(&m_secrets);
    session.activate(profile);
    QVERIFY(waitForState(session, Session::State::Unauthorized));
    QVERIFY2(session.detail().contains(QStringLiteral("API key")), qPrintable(session.detail()));
}

void TestSession::missingKeyFails()
{
    Session session(&m_secrets);
    session.activate(remote(m_server.baseUrl(), QStringLiteral("never-stored")));
    QVERIFY(waitForState(session, Session::State::Failed));
    QVERIFY(session.detail().contains(QStringLiteral("Settings")));
}

void TestSession::unreachableServer()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(probe.serverPort()));
    probe.close();
    const ConnectionProfile profile = remote(url, QStringLiteral("unreachable"));
    QVERIFY(storeKey(profile, QStringLiteral("k")));
    Session session(&m_secrets);
    session.activate(profile);
    QVERIFY(waitForState(session, Session::State::Unreachable));
    QVERIFY(!session.detail().isEmpty());
}

void TestSession::reconnectsAfterTheServerComesBack()
{
    QTemporaryDir data;
    godwit::test::ServerProcess server(data.path());
    server.setApiKey(QStringLiteral("a-stable-key-for-this-test-0123456789"));
    QVERIFY(server.start());
    const ConnectionProfile profile = remote(server.baseUrl(), QStringLiteral("flaky"));
    QVERIFY(storeKey(profile, server.apiKey()));
    Session session(&m_secrets);
    session.setCheckInterval(200);
    QSignalSpy connected(&session, &Session::connected);
    session.activate(profile);
    QVERIFY(waitForState(session, Session::State::Connected));
    const quint16 port = server.port();
    QVERIFY(server.stop());
    QVERIFY(waitForState(session, Session::State::Unreachable, 5000));

    // Same port and key again, so the profile is still right.
    server.setApiKey(QStringLiteral("a-stable-key-for-this-test-0123456789"));
    QVERIFY(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
    QVERIFY2(waitForState(session, Session::State::Connected, 5000), qPrintable(session.detail()));
    QCOMPARE(connected.size(), 2);
}

void TestSession::stateTextsAreDistinct()
{
    QSet<QString> texts;
    for (auto state : {Session::State::Idle, Session::State::StartingServer, Session::State::Connecting,
                       Session::State::Connected, Session::State::Unauthorized, Session::State::Unreachable,
                       Session::State::ServerError, Session::State::Failed})
        texts.insert(Session::stateText(state));
    QCOMPARE(texts.size(), 8);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
