// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace godwit::server {

// The sandbox's data (account, sources, templates) compiled in as :/seed/seed.json.
QJsonObject bundledSeed();

struct SeedResult {
    bool applied = false; // false: the database already had this seed_version (or a newer one)
    int seedVersion = 0;  // the version the database is at afterwards
    QStringList warnings; // from the engine's template reader
};

// Idempotent: inserts or updates the seed's rows when the database's recorded seed_version is older than
// the seed's, then records the seed's version. Rows the seed does not name are left alone.
// Throws DatabaseError (also for a seed without seed_version or account.id).
SeedResult applySeed(const QSqlDatabase &db, const QJsonObject &seed);

int recordedSeedVersion(const QSqlDatabase &db);

// The account every key and resource belongs to (the server hosts one account for now).
QString defaultAccountId(const QSqlDatabase &db);

} // namespace godwit::server
