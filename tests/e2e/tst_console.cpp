// SPDX-License-Identifier: GPL-3.0-or-later
// The console executable as the README's run command uses it: no display, its own embedded
// server, a home of its own.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestConsole : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void versionWithoutADisplay();
    void helpListsTheOptions();
    void inspectRunsWithoutADisplay();
    void screenshotConnectsToTheEmbeddedServer();
    void screenshotToAnUnwritablePathFails();
    void terminatedConsoleStopsItsServer();
    void killedConsoleTakesItsServerAlong();
    void languageOverrideFromSettings_data();
    void languageOverrideFromSettings();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, bool withDisplay = true);
    QProcessEnvironment environment(bool withDisplay) const;
    // The console running with its embedded server up; returns the server's pid (0 on failure).
    qint64 startConsole(QProcess &console, const QString &home);
    static qint64 serverPidFor(const QString &dataRoot);
    QTemporaryDir m_home;
    QString m_console;
};

void TestConsole::initTestCase()
{
    m_console = qEnvironmentVariable("GODWIT_BIN");
    QVERIFY2(QFileInfo(m_console).isExecutable(), "GODWIT_BIN must name the godwit executable");
}

QProcessEnvironment TestConsole::environment(bool withDisplay) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (withDisplay)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

qint64 TestConsole::serverPidFor(const QString &dataRoot)
{
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"),
                {QStringLiteral("-f"), QStringLiteral("godwit-server.*") + dataRoot});
    if (!pgrep.waitForFinished(5000))
        return 0;
    return pgrep.readAllStandardOutput().split('\n').first().trimmed().toLongLong();
}

qint64 TestConsole::startConsole(QProcess &console, const QString &home)
{
    QProcessEnvironment env = environment(true);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    console.setProcessEnvironment(env);
    console.start(m_console, {});
    qint64 server = 0;
    if (!QTest::qWaitFor([&] { return (server = serverPidFor(home)) > 0; }, 15000))
        return 0;
    return server;
}

void TestConsole::terminatedConsoleStopsItsServer()
{
    // A logout or `kill` sends SIGTERM: the console quits the normal way and stops its server.
    const QString home = m_home.filePath(QStringLiteral("term-data"));
    QProcess console;
    const qint64 server = startConsole(console, home);
    QVERIFY2(server > 0, console.readAllStandardError().constData());
    console.terminate();
    QVERIFY(console.waitForFinished(10000));
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QCOMPARE(console.exitCode(), 0);
    QCOMPARE(serverPidFor(home), 0);
}

void TestConsole::killedConsoleTakesItsServerAlong()
{
    // SIGKILL leaves the console no chance: the kernel ends the server (PR_SET_PDEATHSIG).
    const QString home = m_home.filePath(QStringLiteral("kill-data"));
    QProcess console;
    const qint64 server = startConsole(console, home);
    QVERIFY2(server > 0, console.readAllStandardError().constData());
    console.kill();
    QVERIFY(console.waitForFinished(5000));
    QVERIFY2(QTest::qWaitFor([&] { return serverPidFor(home) == 0; }, 10000),
             "the server outlived a killed console");
}

TestConsole::Run TestConsole::run(const QStringList &arguments, bool withDisplay)
{
    QProcess process;
    process.setProcessEnvironment(environment(withDisplay));
    process.start(m_console, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestConsole::versionWithoutADisplay()
{
    // No platform plugin at all: --version must not need one.
    const Run r = run({QStringLiteral("--version")}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("godwit " GODWIT_VERSION));
}

void TestConsole::helpListsTheOptions()
{
    const Run r = run({QStringLiteral("--help")}, false);
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--screenshot", "--local-data-dir", "--version", "--help"})
        QVERIFY2(r.out.contains(option), option);
}

void TestConsole::inspectRunsWithoutADisplay()
{
    const QString data = qEnvironmentVariable("GODWIT_SOURCE_DIR") + QStringLiteral("/tests/engine/data/");
    Run r = run(
        {QStringLiteral("inspect"), data + QStringLiteral("excel-preamble.csv"), QStringLiteral("--json")},
        false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("\"row_count\": 4"));
    r = run({QStringLiteral("inspect"), data + QStringLiteral("xlsx-renamed.csv")}, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Export it as CSV"));
    // It started no server: no server data folder yet (the screenshot tests, which start one,
    // are declared after this one and Qt Test runs them in order).
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("data/Godwit/godwit/local-server"))));
}

void TestConsole::screenshotConnectsToTheEmbeddedServer()
{
    const QString png = m_home.filePath(QStringLiteral("main-window.png"));
    const Run r = run({QStringLiteral("--screenshot"), png});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Local server — connected"), r.err.constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // The embedded server kept its data where the README says.
    QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral("data/Godwit/godwit/local-server"))));
    // The server stopped with the console: nothing listens on its behalf any more.
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), m_home.filePath(QStringLiteral("data"))});
    QVERIFY(pgrep.waitForFinished(5000));
    QCOMPARE(pgrep.readAllStandardOutput(), QByteArray());
}

void TestConsole::screenshotToAnUnwritablePathFails()
{
    const Run r =
        run({QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("no/such/dir/shot.png"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Could not write the screenshot"));
}

void TestConsole::languageOverrideFromSettings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Lokaler Server — verbunden");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Serveur local — connecté");
}

void TestConsole::languageOverrideFromSettings()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QDir().mkpath(m_home.filePath(QStringLiteral("config/Godwit")));
    QFile conf(m_home.filePath(QStringLiteral("config/Godwit/godwit.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    conf.write("[ui]\nlanguage=" + language.toLatin1() + "\n");
    conf.close();
    const Run r =
        run({QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("shot-%1.png").arg(language))});
    conf.remove();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
}

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_console.moc"
