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
        {3,
         QStringLiteral("generation A: companies, their workbook sheets, idempotency keys"),
         {
             // connections_sealed: the destination connection, sealed with the data directory's secret key
             // (SecretBox); write-only, never returned.
             QStringLiteral("CREATE TABLE companies ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " source_id TEXT NOT NULL REFERENCES sources(id),"
                            " name TEXT NOT NULL,"
                            " external_id TEXT,"
                            " workbook_id TEXT NOT NULL UNIQUE,"
                            " magic_link_token TEXT NOT NULL UNIQUE,"
                            " magic_link_expires_at TEXT NOT NULL,"
                            " connections_sealed TEXT,"
                            " created_at TEXT NOT NULL,"
                            " UNIQUE (account_id, external_id),"
                            " UNIQUE (account_id, source_id, name))"),
             QStringLiteral("CREATE INDEX companies_account_created ON companies(account_id, created_at)"),
             QStringLiteral("CREATE TABLE company_sheets ("
                            " id TEXT PRIMARY KEY,"
                            " company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                            " template_id TEXT NOT NULL REFERENCES templates(id),"
                            " name TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " UNIQUE (company_id, template_id))"),
             // kind: 'import' or 'export' (keys are per company and per kind of run).
             QStringLiteral("CREATE TABLE idempotency_keys ("
                            " company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " idempotency_key TEXT NOT NULL,"
                            " payload TEXT NOT NULL,"
                            " run_id TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " PRIMARY KEY (company_id, kind, idempotency_key))"),
         }},
        {4,
         QStringLiteral("generation B: migrations and their templates"),
         {
             QStringLiteral("CREATE TABLE migrations ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " source_id TEXT REFERENCES sources(id),"
                            " source_name TEXT,"
                            " external_id TEXT,"
                            " workbook_id TEXT NOT NULL UNIQUE,"
                            " status TEXT NOT NULL CHECK (status IN"
                            "  ('awaiting_files', 'ready', 'awaiting_approval', 'completed')),"
                            " created_at TEXT NOT NULL,"
                            " UNIQUE (account_id, external_id))"),
             QStringLiteral("CREATE INDEX migrations_account_created ON migrations(account_id, created_at)"),
             QStringLiteral("CREATE TABLE migration_templates ("
                            " migration_id TEXT NOT NULL REFERENCES migrations(id) ON DELETE CASCADE,"
                            " template_id TEXT NOT NULL REFERENCES templates(id),"
                            " sheet_id TEXT NOT NULL UNIQUE,"
                            " position INTEGER NOT NULL,"
                            " PRIMARY KEY (migration_id, template_id))"),
         }},
        {5,
         QStringLiteral("uploads through signed URLs (both generations)"),
         {
             // The bytes live in <data>/uploads/files/<id> once status is 'complete'; the caller's name is
             // metadata only. expires_at is in seconds since the epoch (the signed token carries it too).
             QStringLiteral(
                 "CREATE TABLE uploads ("
                 " id TEXT PRIMARY KEY,"
                 " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                 " company_id TEXT REFERENCES companies(id) ON DELETE CASCADE,"
                 " migration_id TEXT REFERENCES migrations(id) ON DELETE CASCADE,"
                 " name TEXT NOT NULL,"
                 " content_type TEXT NOT NULL,"
                 " declared_size INTEGER,"
                 " size INTEGER,"
                 " storage_path TEXT NOT NULL UNIQUE,"
                 " status TEXT NOT NULL CHECK (status IN ('pending', 'receiving', 'complete', 'failed')),"
                 " expires_at INTEGER NOT NULL,"
                 " created_at TEXT NOT NULL,"
                 " completed_at TEXT,"
                 " CHECK ((company_id IS NULL) <> (migration_id IS NULL)))"),
             QStringLiteral("CREATE INDEX uploads_company ON uploads(company_id)"),
             QStringLiteral("CREATE INDEX uploads_migration ON uploads(migration_id, status)"),
         }},
        {6,
         QStringLiteral("generation A: import runs, company plans, stored sheet rows"),
         {
             // A company's plan versions (API §1.11, §6 item 3): version 1 is recorded from its first
             // import's mapping, every accepted decision adds the next. plan_json is engine::Plan::toJson().
             QStringLiteral("CREATE TABLE company_plans ("
                            " company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                            " version INTEGER NOT NULL,"
                            " plan_json TEXT NOT NULL,"
                            " note TEXT NOT NULL,"
                            " run_id TEXT,"
                            " created_at TEXT NOT NULL,"
                            " PRIMARY KEY (company_id, version))"),
             // pass: bumped whenever the run is queued again (a decision, a restart); a worker's writes
             // name the pass they belong to, so a stale one changes nothing. interruptions: how often a
             // killed server left the run running. settled_json: question groups already decided,
             // [{sheet_id, column, error}]. outputs_json: the last pass's stored rows per sheet.
             QStringLiteral("CREATE TABLE import_runs ("
                            " id TEXT PRIMARY KEY,"
                            " company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                            " status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'needs_attention',"
                            "  'blocked', 'completed', 'failed', 'canceled')),"
                            " progress_message TEXT,"
                            " pass INTEGER NOT NULL,"
                            " interruptions INTEGER NOT NULL DEFAULT 0,"
                            " plan_version INTEGER,"
                            " report_json TEXT,"
                            " attention_json TEXT,"
                            " fixes_json TEXT,"
                            " settled_json TEXT NOT NULL DEFAULT '[]',"
                            " outputs_json TEXT,"
                            " error TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " finished_at TEXT)"),
             QStringLiteral(
                 "CREATE INDEX import_runs_company_created ON import_runs(company_id, created_at)"),
             // One import at a time per company (API §4.4), also against concurrent writers.
             QStringLiteral("CREATE UNIQUE INDEX import_runs_one_active ON import_runs(company_id)"
                            " WHERE status IN ('queued', 'running', 'needs_attention', 'blocked')"),
             // upload_id NULL: the run's inline rows (imports/<run>/input/rows.csv).
             QStringLiteral("CREATE TABLE import_run_inputs ("
                            " run_id TEXT NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " upload_id TEXT REFERENCES uploads(id),"
                            " PRIMARY KEY (run_id, position))"),
             // A sheet's stored rows: the directory (relative to the data directory) holding valid.csv and
             // all.csv of the pass that last completed an import into it.
             QStringLiteral("CREATE TABLE sheet_rows ("
                            " sheet_id TEXT PRIMARY KEY REFERENCES company_sheets(id) ON DELETE CASCADE,"
                            " run_id TEXT NOT NULL REFERENCES import_runs(id),"
                            " location TEXT NOT NULL,"
                            " row_count INTEGER NOT NULL,"
                            " invalid_count INTEGER NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX sheet_rows_run ON sheet_rows(run_id)"),
         }},
        {7,
         QStringLiteral("generation B: migration runs, recipes, previews, thread, stored sheet rows"),
         {
             // One row per run (API §3.3.4-§3.3.6). questions_json: a blocked run's questions.
             QStringLiteral(
                 "CREATE TABLE migration_runs ("
                 " id TEXT PRIMARY KEY,"
                 " migration_id TEXT NOT NULL REFERENCES migrations(id) ON DELETE CASCADE,"
                 " kind TEXT NOT NULL CHECK (kind IN ('generate', 'update', 'clarify', 'execute')),"
                 " message TEXT,"
                 " status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'blocked',"
                 "  'awaiting_approval', 'completed', 'failed', 'canceled')),"
                 " progress_message TEXT,"
                 " questions_json TEXT,"
                 " directives TEXT NOT NULL DEFAULT '',"
                 " report_json TEXT,"
                 " error TEXT,"
                 " created_at TEXT NOT NULL,"
                 " updated_at TEXT NOT NULL,"
                 " finished_at TEXT)"),
             QStringLiteral(
                 "CREATE INDEX migration_runs_created ON migration_runs(migration_id, created_at)"),
             // One run at a time per migration (API §4.4): blocked holds the slot, awaiting_approval not.
             QStringLiteral("CREATE UNIQUE INDEX migration_runs_one_active ON migration_runs(migration_id)"
                            " WHERE status IN ('queued', 'running', 'blocked')"),
             // The recipe's versions: {plan (engine::Plan), files: [{sheet_id, slug, file, upload_id}]}.
             QStringLiteral("CREATE TABLE migration_recipes ("
                            " migration_id TEXT NOT NULL REFERENCES migrations(id) ON DELETE CASCADE,"
                            " version INTEGER NOT NULL,"
                            " recipe_json TEXT NOT NULL,"
                            " note TEXT NOT NULL,"
                            " run_id TEXT,"
                            " created_at TEXT NOT NULL,"
                            " PRIMARY KEY (migration_id, version))"),
             // The current preview (API §3.3.9) and the recipe version it shows.
             QStringLiteral("CREATE TABLE migration_previews ("
                            " migration_id TEXT PRIMARY KEY REFERENCES migrations(id) ON DELETE CASCADE,"
                            " run_id TEXT NOT NULL,"
                            " recipe_version INTEGER NOT NULL,"
                            " preview_json TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             // The thread (API §3.3.11): sequence is global, hence increasing within each migration.
             QStringLiteral("CREATE TABLE migration_thread ("
                            " sequence INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " migration_id TEXT NOT NULL REFERENCES migrations(id) ON DELETE CASCADE,"
                            " run_id TEXT,"
                            " type TEXT NOT NULL,"
                            " data_json TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX migration_thread_migration ON migration_thread(migration_id, sequence)"),
             // An executed sheet's stored rows: <location>/valid.csv and all.csv (relative to the data dir).
             QStringLiteral("CREATE TABLE migration_sheet_rows ("
                            " migration_id TEXT NOT NULL REFERENCES migrations(id) ON DELETE CASCADE,"
                            " slug TEXT NOT NULL,"
                            " run_id TEXT NOT NULL,"
                            " location TEXT NOT NULL,"
                            " row_count INTEGER NOT NULL,"
                            " invalid_count INTEGER NOT NULL,"
                            " PRIMARY KEY (migration_id, slug))"),
         }},
        {8,
         QStringLiteral("generation B: source connections, credential requests, run idempotency keys"),
         {
             // API §3.3.13-§3.3.15. profile_key: profile_id, or 'workbook' (never a profile id) for the
             // workbook-bound connection, so that UNIQUE holds for it too. credentials_sealed: the secrets,
             // sealed with the data directory's key (SecretBox); write-only, never returned.
             QStringLiteral("CREATE TABLE migration_source_connections ("
                            " id TEXT PRIMARY KEY,"
                            " migration_id TEXT NOT NULL REFERENCES migrations(id) ON DELETE CASCADE,"
                            " profile_id TEXT,"
                            " profile_key TEXT NOT NULL,"
                            " source_key TEXT NOT NULL,"
                            " config_json TEXT NOT NULL,"
                            " selected_streams_json TEXT,"
                            " stream_state_json TEXT NOT NULL,"
                            " credentials_sealed TEXT,"
                            " bound_source_extractor_id TEXT,"
                            " last_snapshot_json TEXT,"
                            " last_sync_at TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " UNIQUE (migration_id, source_key, profile_key))"),
             // A run blocked on credentials (API §3.3.5, §3.3.8): blocked_reason 'credentials', the
             // request as the poll body shows it, and the connection it is for.
             QStringLiteral("ALTER TABLE migration_runs ADD COLUMN blocked_reason TEXT"),
             QStringLiteral("ALTER TABLE migration_runs ADD COLUMN credential_request_json TEXT"),
             QStringLiteral("ALTER TABLE migration_runs ADD COLUMN connection_id TEXT"),
             // idempotency_key of POST /migrations/{id}/runs (docs/api.md), per migration.
             QStringLiteral("CREATE TABLE migration_run_keys ("
                            " migration_id TEXT NOT NULL REFERENCES migrations(id) ON DELETE CASCADE,"
                            " idempotency_key TEXT NOT NULL,"
                            " payload TEXT NOT NULL,"
                            " run_id TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " PRIMARY KEY (migration_id, idempotency_key))"),
         }},
        {9,
         QStringLiteral("generation B: how often a migration run was interrupted by a stopped server"),
         {
             // A run left running by a killed server is queued again at start; after 3 interruptions it
             // fails instead (docs/api.md, "Migration runs: workers and durability").
             QStringLiteral("ALTER TABLE migration_runs ADD COLUMN interruptions INTEGER NOT NULL DEFAULT 0"),
         }},
        {10,
         QStringLiteral("generation A: a blocked import's questions"),
         {
             // A blocked import's questions (API §3.2.6) with what answering each pins:
             // [{id, question, options, allowCustom, sheet_id, column, headers}].
             QStringLiteral("ALTER TABLE import_runs ADD COLUMN questions_json TEXT"),
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
