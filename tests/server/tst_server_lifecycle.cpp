// SPDX-License-Identifier: GPL-3.0-or-later
// The godwit-server process: CLI contract, key subcommands, restarts, SIGTERM, data at rest, upgrades.
#include "server/apikeys.h"
#include "server/database.h"
#include "server/migrations.h"
#include "support/http.h"
#include "support/serverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using godwit::test::httpRequest;
using godwit::test::HttpResult;
using godwit::test::ServerProcess;

namespace {

struct CommandResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CommandResult runServerCommand(const QStringList &arguments, const QString &apiKey = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("GODWIT_API_KEY"));
    if (!apiKey.isEmpty())
        environment.insert(QStringLiteral("GODWIT_API_KEY"), apiKey);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("GODWIT_SERVER_BIN"), arguments);
    CommandResult result;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

HttpResult getWithKey(const ServerProcess &server, const QString &path, const QString &key)
{
    return httpRequest("GET", QUrl(server.baseUrl().toString() + path), {{"x-api-key", key.toUtf8()}});
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestServerLifecycle : public QObject {
    Q_OBJECT
private slots:
    void versionIsPrinted();
    void usageErrorsExitWith2();
    void portLineComesFirstAndAlone();
    void sigtermExitsZero();
    void keysAreHashedAtRest();
    void restartKeepsDataAndPersistentKeys();
    void keysListAndRevoke();
    void shortBootstrapKeyIsRefused();
    void busyPortIsAnErrorNotAShare();
    void olderDatabaseIsUpgradedOnStart();
};

void TestServerLifecycle::versionIsPrinted()
{
    const CommandResult result = runServerCommand({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("godwit-server " GODWIT_VERSION "\n"));
    const CommandResult help = runServerCommand({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--max-upload-size"));
}

void TestServerLifecycle::usageErrorsExitWith2()
{
    const CommandResult result = runServerCommand({QStringLiteral("--listen"), QStringLiteral("nowhere")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("--listen"));
    QCOMPARE(runServerCommand({QStringLiteral("keys"), QStringLiteral("frob")}).exitCode, 2);
}

void TestServerLifecycle::portLineComesFirstAndAlone()
{
    // Not through ServerProcess: read the raw stdout and check the whole of it.
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GODWIT_API_KEY"), QStringLiteral("port-line-test-key-0123456789"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("GODWIT_SERVER_BIN"),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                   dir.path()});
    QVERIFY(process.waitForStarted(10000));
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[1-9][0-9]{0,4}\n$")).match(QString::fromLatin1(out)).hasMatch(),
        out.constData());
    const HttpResult result = httpRequest(
        "GET", QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/sources").arg(out.trimmed().toInt())),
        {{"x-api-key", "port-line-test-key-0123456789"}});
    QCOMPARE(result.status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    out += process.readAllStandardOutput();
    QCOMPARE(out.count('\n'), 1); // nothing else ever goes to stdout
    QVERIFY(!process.readAllStandardError().contains("port-line-test-key-0123456789"));
}

void TestServerLifecycle::sigtermExitsZero()
{
    ServerProcess server;
    QVERIFY2(server.start(), server.standardError().constData());
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), server.apiKey()).status, 200);
    QVERIFY2(server.stop(), server.standardError().constData());
    QVERIFY(server.standardError().contains("stopped"));
    QVERIFY(!server.standardError().contains(server.apiKey().toUtf8()));
    // The port is free again.
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), server.apiKey()).status, 0);
}

void TestServerLifecycle::keysAreHashedAtRest()
{
    ServerProcess server;
    QVERIFY2(server.start(), server.standardError().constData());
    const CommandResult created = runServerCommand(
        {QStringLiteral("--data-dir"), server.dataDir(), QStringLiteral("keys"), QStringLiteral("create")});
    QCOMPARE(created.exitCode, 0);
    const QString persistent = QString::fromUtf8(created.out.trimmed());
    QVERIFY(!created.err.contains(persistent.toUtf8()));
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), persistent).status, 200);
    QCOMPARE(getWithKey(server, QStringLiteral("/templates"), server.apiKey()).status, 200);

    // While the server runs the new rows sit in the WAL; look at both files, before and after stopping.
    const QString db = QDir(server.dataDir()).filePath(QStringLiteral("godwit.sqlite"));
    QByteArray everything;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        everything += fileBytes(db + suffix);
    QVERIFY(QFile::exists(db + QStringLiteral("-wal")));
    QVERIFY2(server.stop(), server.standardError().constData());
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        everything += fileBytes(db + suffix);

    for (const QString &key : {server.apiKey(), persistent}) {
        QVERIFY(!everything.isEmpty());
        QVERIFY2(!everything.contains(key.toUtf8()), "a key in plaintext at rest");
        QVERIFY2(!everything.contains(key.mid(12).toUtf8()), "a large part of a key at rest");
        QVERIFY(everything.contains(godwit::server::ApiKeyStore::hash(key).toLatin1()));
    }
    QCOMPARE(QFile::permissions(db) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(QFile::permissions(server.dataDir()) & (QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
}

void TestServerLifecycle::restartKeepsDataAndPersistentKeys()
{
    ServerProcess server;
    QVERIFY2(server.start(), server.standardError().constData());
    const QString yesterday = server.apiKey();
    const CommandResult created =
        runServerCommand({QStringLiteral("--data-dir"), server.dataDir(), QStringLiteral("keys"),
                          QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("ci")});
    QCOMPARE(created.exitCode, 0);
    const QString persistent = QString::fromUtf8(created.out.trimmed());
    const HttpResult sourcesBefore = getWithKey(server, QStringLiteral("/sources"), yesterday);
    const HttpResult templatesBefore = getWithKey(server, QStringLiteral("/templates"), persistent);
    QCOMPARE(sourcesBefore.status, 200);
    QCOMPARE(templatesBefore.status, 200);
    QVERIFY2(server.stop(), server.standardError().constData());

    QVERIFY2(server.start(), server.standardError().constData()); // a fresh bootstrap key
    QVERIFY(server.apiKey() != yesterday);
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), yesterday).status, 401);
    const HttpResult sourcesAfter = getWithKey(server, QStringLiteral("/sources"), server.apiKey());
    QCOMPARE(sourcesAfter.status, 200);
    QCOMPARE(sourcesAfter.json(), sourcesBefore.json()); // same IDs, same everything
    const HttpResult templatesAfter = getWithKey(server, QStringLiteral("/templates"), persistent);
    QCOMPARE(templatesAfter.status, 200);
    QCOMPARE(templatesAfter.json(), templatesBefore.json());

    // A chosen key at the next start works, and the one before it stops working.
    const QString previous = server.apiKey();
    QVERIFY(server.stop());
    server.setApiKey(QStringLiteral("a-chosen-bootstrap-key-0123456789"));
    QVERIFY2(server.start(), server.standardError().constData());
    QCOMPARE(server.apiKey(), QStringLiteral("a-chosen-bootstrap-key-0123456789"));
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), server.apiKey()).status, 200);
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), previous).status, 401);
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), persistent).status, 200);
    QVERIFY(server.stop());
}

void TestServerLifecycle::keysListAndRevoke()
{
    ServerProcess server;
    QVERIFY2(server.start(), server.standardError().constData());
    const QStringList dataDir{QStringLiteral("--data-dir"), server.dataDir()};
    const CommandResult created =
        runServerCommand(dataDir + QStringList{QStringLiteral("keys"), QStringLiteral("create"),
                                               QStringLiteral("--label"), QStringLiteral("deploy bot")});
    const QString key = QString::fromUtf8(created.out.trimmed());
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), key).status, 200);

    const CommandResult list =
        runServerCommand(dataDir + QStringList{QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header, bootstrap, deploy bot
    QVERIFY(lines.first().startsWith("ID\tPREFIX\tLABEL"));
    const QByteArray prefix = godwit::server::ApiKeyStore::prefixOf(key).toUtf8();
    QByteArray row;
    for (const QByteArray &line : lines) {
        if (line.contains("deploy bot"))
            row = line;
    }
    QVERIFY2(row.contains(QByteArray('\t' + prefix + '\t')), row.constData());
    QVERIFY(row.endsWith("\tno"));
    QVERIFY(!list.out.contains(key.toUtf8()));
    QVERIFY(!list.out.contains(server.apiKey().toUtf8()));

    const CommandResult revoked = runServerCommand(
        dataDir + QStringList{QStringLiteral("keys"), QStringLiteral("revoke"), QString::fromUtf8(prefix)});
    QCOMPARE(revoked.exitCode, 0);
    // Immediately, without a restart.
    const HttpResult refused = getWithKey(server, QStringLiteral("/sources"), key);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(), QStringLiteral("Invalid API key"));
    QCOMPARE(getWithKey(server, QStringLiteral("/sources"), server.apiKey()).status, 200);

    const CommandResult unknown =
        runServerCommand(dataDir + QStringList{QStringLiteral("keys"), QStringLiteral("revoke"),
                                               QStringLiteral("nothing-like-it")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(server.stop());
}

void TestServerLifecycle::shortBootstrapKeyIsRefused()
{
    ServerProcess server;
    server.setApiKey(QStringLiteral("short"));
    QVERIFY(!server.start());
    QVERIFY2(server.standardError().contains("at least 16"), server.standardError().constData());
}

void TestServerLifecycle::busyPortIsAnErrorNotAShare()
{
    ServerProcess first;
    QVERIFY2(first.start(), first.standardError().constData());
    ServerProcess second;
    // A later --listen wins over the one ServerProcess passes.
    QVERIFY(!second.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(first.port())}));
    QVERIFY2(second.standardError().contains("cannot listen"), second.standardError().constData());
    QVERIFY(first.stop());
}

void TestServerLifecycle::olderDatabaseIsUpgradedOnStart()
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("godwit.sqlite"));
    const QString oldKey = QStringLiteral("key-made-by-an-older-version-0001");
    {
        godwit::server::Database database(file);
        const QSqlDatabase db = database.connection();
        QCOMPARE(godwit::server::migrate(db, godwit::server::schemaMigrations(), 1), QList<int>{1});
        // The seed's account, as an older version would have stored it, with a key of its own.
        godwit::server::exec(
            db, QStringLiteral("INSERT INTO accounts VALUES ('6f1c2a9e-3b7d-4e5a-9c1f-0a2b3c4d5e6f',"
                               " 'Godwit Sandbox', 'iad1', '2026-01-01T00:00:00.000Z')"));
        godwit::server::exec(
            db,
            QStringLiteral("INSERT INTO api_keys (id, account_id, key_hash, prefix, label, kind,"
                           " created_at) VALUES ('old', '6f1c2a9e-3b7d-4e5a-9c1f-0a2b3c4d5e6f', ?,"
                           " 'key-ma', 'old', 'persistent', '2026-01-01T00:00:00.000Z')"),
            {godwit::server::ApiKeyStore::hash(oldKey)});
    }
    ServerProcess server(dir.path());
    QVERIFY2(server.start(), server.standardError().constData());
    QVERIFY(server.standardError().contains("schema 1 -> "));
    const HttpResult sources = getWithKey(server, QStringLiteral("/sources"), oldKey);
    QCOMPARE(sources.status, 200);
    QVERIFY(!sources.json().value(QLatin1String("sources")).toArray().isEmpty());
    QVERIFY(server.stop());

    godwit::server::Database database(file);
    QCOMPARE(godwit::server::schemaVersion(database.connection()), godwit::server::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "tst_server_lifecycle.moc"
