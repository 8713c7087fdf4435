// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of godwit-server (parsed in-process; the binary's own --version is in
// tst_server_lifecycle).
#include "server/serveroptions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace godwit::server;

namespace {

ParsedCommandLine parse(QStringList arguments, const QString &environmentKey = {})
{
    arguments.prepend(QStringLiteral("godwit-server"));
    return parseCommandLine(arguments, environmentKey);
}

} // namespace

class TestServerOptions : public QObject {
    Q_OBJECT
private slots:
    void defaults();
    void listenAddress_data();
    void listenAddress();
    void capsAndTimeouts();
    void rateLimitAndUploadTokens();
    void invalidNumbersAreUsageErrors_data();
    void invalidNumbersAreUsageErrors();
    void bootstrapKeyFromFileOrEnvironment();
    void keysSubcommands();
    void badSubcommandsAreUsageErrors_data();
    void badSubcommandsAreUsageErrors();
    void versionAndHelp();
};

void TestServerOptions::defaults()
{
    const ParsedCommandLine parsed = parse({});
    QCOMPARE(parsed.outcome, ParsedCommandLine::Outcome::Run);
    const ServerOptions &o = parsed.options;
    QCOMPARE(o.command, ServerOptions::Command::Serve);
    QCOMPARE(o.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(o.port, quint16(8787));
    QCOMPARE(o.dataDir, defaultDataDir());
    QVERIFY(o.dataDir.endsWith(QLatin1String("/godwit/server")));
    QCOMPARE(o.limits.maxJsonBodyBytes, quint64(1024 * 1024));
    QCOMPARE(o.limits.maxUploadBytes, quint64(2) * 1024 * 1024 * 1024);
    QCOMPARE(o.limits.threads, 64);
    QCOMPARE(o.rateLimitPerMinute, 100);
    QCOMPARE(o.rateLimitWindowSeconds, 60);
    QCOMPARE(o.uploadTokenTtlSeconds, 3600);
    QVERIFY(!o.bootstrapKey);
}

void TestServerOptions::listenAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:8787") << true << QStringLiteral("127.0.0.1") << 8787;
    QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << true << QStringLiteral("127.0.0.1") << 0;
    QTest::newRow("name") << QStringLiteral("localhost:9000") << true << QStringLiteral("localhost") << 9000;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:8787") << true << QStringLiteral("::1") << 8787;
    QTest::newRow("ipv6 unbracketed") << QStringLiteral("::1:8787") << false << QString() << 0;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false << QString() << 0;
    QTest::newRow("no host") << QStringLiteral(":8787") << false << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << false << QString() << 0;
    QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:http") << false << QString() << 0;
}

void TestServerOptions::listenAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(int, port);
    const ParsedCommandLine parsed = parse({QStringLiteral("--listen"), text});
    QCOMPARE(parsed.outcome == ParsedCommandLine::Outcome::Run, valid);
    if (!valid) {
        QVERIFY(parsed.text.contains(QLatin1String("--listen")));
        return;
    }
    QCOMPARE(parsed.options.host, host);
    QCOMPARE(int(parsed.options.port), port);
}

void TestServerOptions::capsAndTimeouts()
{
    const ParsedCommandLine parsed =
        parse({QStringLiteral("--max-json-body"), QStringLiteral("2048"), QStringLiteral("--max-upload-size"),
               QStringLiteral("10000000"), QStringLiteral("--read-timeout"), QStringLiteral("2"),
               QStringLiteral("--write-timeout"), QStringLiteral("3"), QStringLiteral("--data-dir"),
               QStringLiteral("/tmp/x"), QStringLiteral("--http-threads"), QStringLiteral("16")});
    QCOMPARE(parsed.outcome, ParsedCommandLine::Outcome::Run);
    QCOMPARE(parsed.options.limits.maxJsonBodyBytes, quint64(2048));
    QCOMPARE(parsed.options.limits.maxUploadBytes, quint64(10000000));
    QCOMPARE(parsed.options.limits.readTimeoutSeconds, 2);
    QCOMPARE(parsed.options.limits.writeTimeoutSeconds, 3);
    QCOMPARE(parsed.options.limits.threads, 16);
    QCOMPARE(parsed.options.dataDir, QStringLiteral("/tmp/x"));
}

void TestServerOptions::rateLimitAndUploadTokens()
{
    const ParsedCommandLine parsed =
        parse({QStringLiteral("--rate-limit"), QStringLiteral("7"), QStringLiteral("--rate-limit-window"),
               QStringLiteral("5"), QStringLiteral("--upload-token-ttl"), QStringLiteral("2")});
    QCOMPARE(parsed.outcome, ParsedCommandLine::Outcome::Run);
    QCOMPARE(parsed.options.rateLimitPerMinute, 7);
    QCOMPARE(parsed.options.rateLimitWindowSeconds, 5);
    QCOMPARE(parsed.options.uploadTokenTtlSeconds, 2);
    const ParsedCommandLine off = parse({QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QCOMPARE(off.outcome, ParsedCommandLine::Outcome::Run);
    QCOMPARE(off.options.rateLimitPerMinute, 0);
}

void TestServerOptions::invalidNumbersAreUsageErrors_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("zero body") << QStringLiteral("--max-json-body") << QStringLiteral("0");
    QTest::newRow("negative body") << QStringLiteral("--max-json-body") << QStringLiteral("-5");
    QTest::newRow("words") << QStringLiteral("--max-upload-size") << QStringLiteral("lots");
    QTest::newRow("timeout too long") << QStringLiteral("--read-timeout") << QStringLiteral("99999");
    QTest::newRow("timeout zero") << QStringLiteral("--write-timeout") << QStringLiteral("0");
    QTest::newRow("negative rate") << QStringLiteral("--rate-limit") << QStringLiteral("-1");
    QTest::newRow("rate words") << QStringLiteral("--rate-limit") << QStringLiteral("many");
    QTest::newRow("window zero") << QStringLiteral("--rate-limit-window") << QStringLiteral("0");
    QTest::newRow("ttl zero") << QStringLiteral("--upload-token-ttl") << QStringLiteral("0");
    QTest::newRow("ttl too long") << QStringLiteral("--upload-token-ttl") << QStringLiteral("604801");
    QTest::newRow("threads zero") << QStringLiteral("--http-threads") << QStringLiteral("0");
    QTest::newRow("threads too many") << QStringLiteral("--http-threads") << QStringLiteral("257");
}

void TestServerOptions::invalidNumbersAreUsageErrors()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    const ParsedCommandLine parsed = parse({option, value});
    QCOMPARE(parsed.outcome, ParsedCommandLine::Outcome::Error);
    QVERIFY2(parsed.text.contains(option), qPrintable(parsed.text));
}

void TestServerOptions::bootstrapKeyFromFileOrEnvironment()
{
    QCOMPARE(parse({}, QStringLiteral("  env-key-0123456789 \n")).options.bootstrapKey,
             std::optional<QString>(QStringLiteral("env-key-0123456789")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("file-key-0123456789\n");
    file.close();
    // The file wins over the environment.
    QCOMPARE(parse({QStringLiteral("--api-key-file"), path}, QStringLiteral("env-key-0123456789"))
                 .options.bootstrapKey,
             std::optional<QString>(QStringLiteral("file-key-0123456789")));

    const ParsedCommandLine missing =
        parse({QStringLiteral("--api-key-file"), dir.filePath(QStringLiteral("nope"))});
    QCOMPARE(missing.outcome, ParsedCommandLine::Outcome::Error);
    QVERIFY(!missing.text.contains(QLatin1String("key-0123456789")));

    QFile empty(dir.filePath(QStringLiteral("empty")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(parse({QStringLiteral("--api-key-file"), empty.fileName()}).outcome,
             ParsedCommandLine::Outcome::Error);
}

void TestServerOptions::keysSubcommands()
{
    const ParsedCommandLine create = parse(
        {QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("ci")});
    QCOMPARE(create.outcome, ParsedCommandLine::Outcome::Run);
    QCOMPARE(create.options.command, ServerOptions::Command::KeysCreate);
    QCOMPARE(create.options.label, QStringLiteral("ci"));

    // Options may come before the subcommand too.
    const ParsedCommandLine list = parse(
        {QStringLiteral("--data-dir"), QStringLiteral("/d"), QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(list.options.command, ServerOptions::Command::KeysList);
    QCOMPARE(list.options.dataDir, QStringLiteral("/d"));

    const ParsedCommandLine revoke =
        parse({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("gwk_ab")});
    QCOMPARE(revoke.options.command, ServerOptions::Command::KeysRevoke);
    QCOMPARE(revoke.options.revokeTarget, QStringLiteral("gwk_ab"));
}

void TestServerOptions::badSubcommandsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("serve")};
    QTest::newRow("keys alone") << QStringList{QStringLiteral("keys")};
    QTest::newRow("unknown keys command") << QStringList{QStringLiteral("keys"), QStringLiteral("delete")};
    QTest::newRow("revoke without target") << QStringList{QStringLiteral("keys"), QStringLiteral("revoke")};
    QTest::newRow("list with extra") << QStringList{QStringLiteral("keys"), QStringLiteral("list"),
                                                    QStringLiteral("x")};
    QTest::newRow("label without create") << QStringList{QStringLiteral("--label"), QStringLiteral("x")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
}

void TestServerOptions::badSubcommandsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    const ParsedCommandLine parsed = parse(arguments);
    QCOMPARE(parsed.outcome, ParsedCommandLine::Outcome::Error);
    QVERIFY(!parsed.text.isEmpty());
}

void TestServerOptions::versionAndHelp()
{
    const ParsedCommandLine version = parse({QStringLiteral("--version")});
    QCOMPARE(version.outcome, ParsedCommandLine::Outcome::Print);
    QCOMPARE(version.text, QStringLiteral("godwit-server " GODWIT_VERSION "\n"));
    const ParsedCommandLine help = parse({QStringLiteral("--help")});
    QCOMPARE(help.outcome, ParsedCommandLine::Outcome::Print);
    for (const char *word : {"--listen", "--data-dir", "--api-key-file", "GODWIT_API_KEY", "--max-json-body",
                             "--max-upload-size", "keys create", "keys revoke"})
        QVERIFY2(help.text.contains(QLatin1String(word)), word);
}

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_server_options.moc"
