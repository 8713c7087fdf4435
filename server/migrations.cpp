// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/migrations.h"

#include "server/database.h"
#include "server/json.h"

#include <QSqlQuery>

namespace godwit::server {

namespace {

// Portable SQL only (a PostgreSQL backend will follow): TEXT ids (UUIDs), TEXT ISO-8601 UTC timestamps,
// INTEGER 0/1 booleans.
QList<Migration> buildMigrations()
{
    return {
        {1,
         QStringLiteral("accounts and API keys"),
         {
             QStringLiteral("CREATE TABLE accounts ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " region TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             // Keys are stored as the SHA-256 hex of the key, never in plaintext; `prefix` is the few leading
             // characters shown by `keys list` so a person can tell keys apart.
             QStringLiteral("CREATE TABLE api_keys ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " key_hash TEXT NOT NULL UNIQUE,"
                            " prefix TEXT NOT NULL,"
                            " label TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('bootstrap', 'persistent')),"
                            " created_at TEXT NOT NULL,"
                            " revoked_at TEXT)"),
             QStringLiteral("CREATE INDEX api_keys_account ON api_keys(account_id)"),
         }},
        {2,
         QStringLiteral("discovery: sources, templates and the seed's state"),
         {
             QStringLiteral("CREATE TABLE sources ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " logo_url TEXT)"),
             QStringLiteral("CREATE INDEX sources_account_name ON sources(account_id, name)"),
             // columns_json holds the template's columns exactly as the API shows them (a JSON array).
             QStringLiteral("CREATE TABLE templates ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " slug TEXT NOT NULL,"
                            " description TEXT,"
                            " active INTEGER NOT NULL DEFAULT 1,"
                            " position INTEGER NOT NULL,"
                            " columns_json TEXT NOT NULL,"
                            " UNIQUE (account_id, slug))"),
             QStringLiteral("CREATE INDEX templates_account_name ON templates(account_id, name)"),
             QStringLiteral("CREATE TABLE settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
         }},
    };
}

void ensureMigrationTable(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                            " version INTEGER PRIMARY KEY,"
                            " applied_at TEXT NOT NULL)"));
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

int schemaVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QLatin1String("schema_migrations")))
        return 0;
    QSqlQuery query = exec(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return query.next() ? query.value(0).toInt() : 0;
}

QList<int> migrate(const QSqlDatabase &db, const QList<Migration> &steps, int targetVersion)
{
    if (steps.isEmpty())
        return {};
    for (qsizetype i = 1; i < steps.size(); ++i) {
        if (steps.at(i).version <= steps.at(i - 1).version)
            throw DatabaseError("migration steps must have increasing versions");
    }
    const int target = targetVersion < 0 ? steps.constLast().version : targetVersion;
    ensureMigrationTable(db);
    const int known = steps.constLast().version;
    if (const int current = schemaVersion(db); current > known)
        throw DatabaseError("the database is at schema version " + std::to_string(current) +
                            ", newer than this program knows (" + std::to_string(known) +
                            "): use a newer godwit-server");

    QList<int> applied;
    for (const Migration &step : steps) {
        if (step.version > target)
            break;
        const bool ran = inTransaction(db, [&] {
            // Read again under the write lock: another process may have applied this step meanwhile.
            if (schemaVersion(db) >= step.version)
                return false;
            for (const QString &statement : step.statements)
                exec(db, statement);
            exec(db, QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                 {step.version, utcTimestamp()});
            return true;
        });
        if (ran)
            applied.append(step.version);
    }
    return applied;
}

} // namespace godwit::server
