// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace godwit::server {

// One step of the schema. Steps are applied in order of version, each in its own transaction, and recorded
// in schema_migrations(version, applied_at). Never edit a released step: add a new one.
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

const QList<Migration> &schemaMigrations();
int latestSchemaVersion();

// 0 for a database that has never been migrated.
int schemaVersion(const QSqlDatabase &db);

// Brings the database up to `targetVersion` (-1: the last step of `steps`). Returns the versions applied.
// Throws DatabaseError when a step fails (that step is rolled back; earlier steps stay) or when the
// database is newer than this program knows.
QList<int> migrate(const QSqlDatabase &db, const QList<Migration> &steps = schemaMigrations(),
                   int targetVersion = -1);

} // namespace godwit::server
