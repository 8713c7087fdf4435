// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded default: a real godwit-server child process.
#include "app/localserver.h"
#include "support/http.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using godwit::app::LocalServer;

class TestLocalServer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void startsOnAnEphemeralPortWithAFreshKey();
    void keyNeverOnTheCommandLine();
    void stopEndsTheProcess();
    void missingExecutableFails();
    void misbehavingServersFail_data();
    void misbehavingServersFail();
    void crashAfterStartIsReported();

private:
    // Starts `server` on `dataDirectory` and waits for its port line.
    static bool startIn(LocalServer &server, const QString &dataDirectory)
    {
        server.setDataDirectory(dataDirectory);
        QSignalSpy started(&server, &LocalServer::started);
        server.start();
        return started.wait(15000);
    }
    QString script(const QString &name, const QByteArray &body);
    QTemporaryDir m_dir;
};

void TestLocalServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(qEnvironmentVariable("GODWIT_SERVER_BIN")),
             "GODWIT_SERVER_BIN must name godwit-server");
}

QString TestLocalServer::script(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestLocalServer::startsOnAnEphemeralPortWithAFreshKey()
{
    QTemporaryDir data;
    LocalServer first;
    first.setDataDirectory(data.path());
    QSignalSpy started(&first, &LocalServer::started);
    first.start();
    QVERIFY2(started.wait(15000), qPrintable(first.errorString() + first.standardErrorTail()));
    QCOMPARE(first.state(), LocalServer::State::Running);
    QCOMPARE(first.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(first.baseUrl().port() > 0);
    QVERIFY(first.apiKey().size() >= 40);

    const auto ok =
        godwit::test::httpRequest("GET", QUrl(first.baseUrl().toString() + QStringLiteral("/sources")),
                                  {{"x-api-key", first.apiKey().toUtf8()}});
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.json().value(QStringLiteral("sources")).toArray().size() >= 4);
    const QString firstKey = first.apiKey();
    first.stop();

    // The next start gets another key, and the previous one stops working.
    LocalServer second;
    second.setDataDirectory(data.path());
    QSignalSpy startedAgain(&second, &LocalServer::started);
    second.start();
    QVERIFY(startedAgain.wait(15000));
    QVERIFY(second.apiKey() != firstKey);
    const auto stale =
        godwit::test::httpRequest("GET", QUrl(second.baseUrl().toString() + QStringLiteral("/sources")),
                                  {{"x-api-key", firstKey.toUtf8()}});
    QCOMPARE(stale.status, 401);
}

void TestLocalServer::keyNeverOnTheCommandLine()
{
    QTemporaryDir data;
    LocalServer server;
    QVERIFY2(startIn(server, data.path()), qPrintable(server.errorString()));
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(server.processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray arguments = cmdline.readAll();
    QVERIFY(arguments.contains("--listen"));
    QVERIFY(!arguments.contains(server.apiKey().toUtf8()));
}

void TestLocalServer::stopEndsTheProcess()
{
    QTemporaryDir data;
    LocalServer server;
    QVERIFY2(startIn(server, data.path()), qPrintable(server.errorString()));
    const qint64 pid = server.processId();
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
    server.stop();
    QCOMPARE(server.state(), LocalServer::State::Stopped);
    QVERIFY(!QFile::exists(QStringLiteral("/proc/%1/cmdline").arg(pid)) ||
            QFile(QStringLiteral("/proc/%1/cmdline").arg(pid)).size() == 0);
    const auto gone =
        godwit::test::httpRequest("GET", QUrl(server.baseUrl().toString() + QStringLiteral("/sources")),
                                  {{"x-api-key", server.apiKey().toUtf8()}}, {}, 2000);
    QCOMPARE(gone.status, 0);
}

void TestLocalServer::missingExecutableFails()
{
    LocalServer server;
    server.setExecutable(m_dir.filePath(QStringLiteral("no-such-godwit-server")));
    QSignalSpy failed(&server, &LocalServer::failed);
    server.start();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(server.state(), LocalServer::State::Failed);
    QVERIFY(server.errorString().contains(QStringLiteral("godwit-server")));
}

void TestLocalServer::misbehavingServersFail_data()
{
    // Stand-ins for a server that goes wrong before it is usable.
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("startTimeoutMs");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("expectedStandardError");
    QTest::newRow("exits early") << QByteArray("echo 'database is locked by another process' >&2; exit 3")
                                 << 15000 << QStringLiteral("code 3") << QStringLiteral("database is locked");
    QTest::newRow("never prints its port")
        << QByteArray("exec sleep 30") << 500 << QStringLiteral("did not report its port") << QString();
    QTest::newRow("prints something else") << QByteArray("echo 'Listening on somewhere'; exec sleep 30")
                                           << 15000 << QStringLiteral("Listening on somewhere") << QString();
}

void TestLocalServer::misbehavingServersFail()
{
    QFETCH(QByteArray, script);
    QFETCH(int, startTimeoutMs);
    QFETCH(QString, expectedError);
    QFETCH(QString, expectedStandardError);
    const QString name =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    LocalServer server;
    server.setExecutable(this->script(name + QStringLiteral(".sh"), script));
    server.setDataDirectory(m_dir.filePath(name + QStringLiteral("-data")));
    server.setStartTimeout(startTimeoutMs);
    QSignalSpy failed(&server, &LocalServer::failed);
    server.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(server.state(), LocalServer::State::Failed);
    QVERIFY2(server.errorString().contains(expectedError), qPrintable(server.errorString()));
    QVERIFY(server.standardErrorTail().contains(expectedStandardError));
}

void TestLocalServer::crashAfterStartIsReported()
{
    QTemporaryDir data;
    LocalServer server;
    QSignalSpy failed(&server, &LocalServer::failed);
    QVERIFY2(startIn(server, data.path()), qPrintable(server.errorString()));
    QVERIFY(::kill(pid_t(server.processId()), SIGKILL) == 0);
    QVERIFY(failed.wait(5000));
    QCOMPARE(server.state(), LocalServer::State::Failed);
    QVERIFY(server.errorString().contains(QStringLiteral("crashed")));
}

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
