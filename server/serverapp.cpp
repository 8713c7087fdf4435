// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/serverapp.h"

#include "server/apikeys.h"
#include "server/auth.h"
#include "server/companies.h"
#include "server/database.h"
#include "server/discovery.h"
#include "server/exportruns.h"
#include "server/httpserver.h"
#include "server/importroutes.h"
#include "server/importruns.h"
#include "server/migrationroutes.h"
#include "server/migrationruns.h"
#include "server/migrations.h"
#include "server/ratelimiter.h"
#include "server/router.h"
#include "server/secretbox.h"
#include "server/seed.h"
#include "server/serversecret.h"
#include "server/shutdownsignal.h"
#include "server/uploadstore.h"

#include <QDebug>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <stdexcept>

namespace godwit::server {

namespace {

void printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void restrictPermissions(const QString &path, QFile::Permissions permissions)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, permissions);
}

} // namespace

std::unique_ptr<Database> openStorage(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        throw DatabaseError("cannot create the data directory " + dataDir.toStdString());
    restrictPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString file = QDir(dataDir).filePath(QStringLiteral("godwit.sqlite"));
    auto database = std::make_unique<Database>(file);
    const QSqlDatabase db = database->connection();
    restrictPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const int before = schemaVersion(db);
    const QList<int> applied = migrate(db);
    if (!applied.isEmpty())
        qInfo().noquote() << QStringLiteral("database schema %1 -> %2").arg(before).arg(applied.constLast());
    const SeedResult seed = applySeed(db, bundledSeed());
    for (const QString &warning : seed.warnings)
        qWarning().noquote() << "seed:" << warning;
    if (seed.applied)
        qInfo().noquote() << QStringLiteral("seed data version %1 applied").arg(seed.seedVersion);
    return database;
}

ApiState::ApiState() = default;
ApiState::~ApiState() = default;

std::unique_ptr<ApiState> addApiRoutes(Router &router, Database &database, const ServerOptions &options)
{
    auto state = std::make_unique<ApiState>();
    const QByteArray master = loadOrCreateMasterSecret(options.dataDir);
    state->rateLimiter =
        std::make_unique<RateLimiter>(options.rateLimitPerMinute, options.rateLimitWindowSeconds);
    state->secrets = std::make_unique<SecretBox>(deriveKey(master, "company-connections"));
    state->uploads =
        std::make_unique<UploadStore>(database, options.dataDir, deriveKey(master, "upload-tokens"),
                                      options.uploadTokenTtlSeconds, options.limits.maxUploadBytes);
    state->uploads->recover();
    state->companies = std::make_unique<CompanyRoutes>(database, *state->secrets, *state->uploads);
    state->migrations = std::make_unique<MigrationRoutes>(database, *state->uploads);
    state->imports =
        std::make_unique<ImportRunner>(database, options.dataDir, *state->uploads, options.importWorkers);
    state->imports->recover();
    state->importRoutes = std::make_unique<ImportRoutes>(database, *state->uploads, *state->imports);
    // Migration runs share the import workers (queued behind imports, in order).
    state->migrationRuns =
        std::make_unique<MigrationRuns>(database, options.dataDir, *state->uploads, *state->imports);
    state->migrationRuns->recover();
    state->exports =
        std::make_unique<ExportRuns>(database, options.dataDir, *state->secrets, *state->imports);
    state->exports->recover();

    router.addGuard(QStringLiteral("/api/v1"), apiKeyGuard(database));
    // After authentication and routing (API §6 item 24): counted per key, method and route template.
    router.addRouteGuard(QStringLiteral("/api/v1"), rateLimitGuard(*state->rateLimiter));
    addDiscoveryRoutes(router, database);
    state->companies->addRoutes(router);
    state->migrations->addRoutes(router);
    state->uploads->addRoutes(router);
    state->importRoutes->addRoutes(router);
    state->migrationRuns->addRoutes(router);
    state->exports->addRoutes(router);
    state->imports->start();
    return state;
}

int runServer(const ServerOptions &options)
{
    std::unique_ptr<Database> database = openStorage(options.dataDir);
    {
        const QSqlDatabase db = database->connection();
        ApiKeyStore keys(db);
        try {
            keys.replaceBootstrap(defaultAccountId(db), options.bootstrapKey);
        } catch (const std::invalid_argument &e) {
            qCritical().noquote() << "error:" << e.what();
            return 2;
        }
        const QList<ApiKeyStore::KeyInfo> all = keys.list();
        if (std::none_of(all.cbegin(), all.cend(), [](const auto &key) { return !key.revoked(); }))
            qWarning().noquote() << "warning: no valid API key: every /api/v1 request will get 401."
                                 << "Set GODWIT_API_KEY or run \"godwit-server keys create\".";
    }

    Router router(options.limits.maxJsonBodyBytes);
    const std::unique_ptr<ApiState> api = addApiRoutes(router, *database, options);
    HttpServer http(router, options.limits);
    QString error;
    const std::optional<quint16> port = http.bind(options.host, options.port, &error);
    if (!port) {
        qCritical().noquote() << "error:" << error;
        return 1;
    }
    printLine(QString::number(*port));
    qInfo().noquote() << QStringLiteral("godwit-server " GODWIT_VERSION
                                        " listening on http://%1:%2/api/v1, data in %3")
                             .arg(options.host.contains(QLatin1Char(':'))
                                      ? QLatin1Char('[') + options.host + QLatin1Char(']')
                                      : options.host)
                             .arg(*port)
                             .arg(QDir::toNativeSeparators(options.dataDir));

    bool served = false;
    {
        ShutdownSignal watcher([&http](int signal) {
            qInfo().noquote()
                << QStringLiteral("signal %1: finishing in-flight requests and stopping").arg(signal);
            MigrationRuns::closeStreams();
            http.stop();
        });
        served = http.serve();
    }
    // Passes in flight stop where they are; their runs stay queued or running and run again at the next
    // start.
    api->imports->stop();
    database->closeAll();
    qInfo().noquote() << (served ? "stopped" : "error: the server stopped unexpectedly");
    return served ? 0 : 1;
}

int runKeysCommand(const ServerOptions &options)
{
    std::unique_ptr<Database> database = openStorage(options.dataDir);
    const QSqlDatabase db = database->connection();
    ApiKeyStore keys(db);
    switch (options.command) {
    case ServerOptions::Command::KeysCreate: {
        const ApiKeyStore::CreatedKey created = keys.create(defaultAccountId(db), options.label);
        printLine(created.key);
        qInfo().noquote() << QStringLiteral(
                                 "Created API key %1 (prefix %2, label \"%3\"). It is shown only once.")
                                 .arg(created.info.id, created.info.prefix, created.info.label);
        return 0;
    }
    case ServerOptions::Command::KeysList:
        printLine(QStringLiteral("ID\tPREFIX\tLABEL\tKIND\tCREATED\tREVOKED"));
        for (const ApiKeyStore::KeyInfo &key : keys.list())
            printLine(QStringList{key.id, key.prefix, key.label, key.kind, key.createdAt,
                                  key.revoked() ? key.revokedAt : QStringLiteral("no")}
                          .join(QLatin1Char('\t')));
        return 0;
    case ServerOptions::Command::KeysRevoke: {
        const ApiKeyStore::RevokeResult result = keys.revoke(options.revokeTarget);
        switch (result.status) {
        case ApiKeyStore::RevokeStatus::Revoked:
            printLine(QStringLiteral("Revoked %1 (%2)")
                          .arg(result.matches.first().id, result.matches.first().prefix));
            return 0;
        case ApiKeyStore::RevokeStatus::AlreadyRevoked:
            printLine(QStringLiteral("Already revoked: %1 (%2)")
                          .arg(result.matches.first().id, result.matches.first().prefix));
            return 0;
        case ApiKeyStore::RevokeStatus::NotFound:
            qCritical().noquote() << QStringLiteral(
                                         "error: no key with id or prefix \"%1\" (a prefix needs at least 4 "
                                         "characters)")
                                         .arg(options.revokeTarget);
            return 1;
        case ApiKeyStore::RevokeStatus::Ambiguous:
            qCritical().noquote() << QStringLiteral(
                                         "error: \"%1\" matches %2 keys; give more characters or the id")
                                         .arg(options.revokeTarget)
                                         .arg(result.matches.size());
            return 1;
        }
        return 1;
    }
    case ServerOptions::Command::Serve:
        break;
    }
    return 2;
}

} // namespace godwit::server
