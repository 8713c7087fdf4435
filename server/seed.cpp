// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/seed.h"

#include "engine/template.h"
#include "server/database.h"
#include "server/json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace godwit::server {

namespace {

QVariant nullableString(const QJsonValue &value)
{
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QJsonObject bundledSeed()
{
    QFile file(QStringLiteral(":/seed/seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError("the bundled seed :/seed/seed.json is missing");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        throw DatabaseError("the bundled seed is not a JSON object: " + error.errorString().toStdString());
    return document.object();
}

int recordedSeedVersion(const QSqlDatabase &db)
{
    QSqlQuery query = exec(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                           {QStringLiteral("seed_version")});
    return query.next() ? query.value(0).toInt() : 0;
}

QString defaultAccountId(const QSqlDatabase &db)
{
    QSqlQuery query = exec(db, QStringLiteral("SELECT id FROM accounts ORDER BY created_at, id LIMIT 1"));
    if (!query.next())
        throw DatabaseError("the database has no account (was it seeded?)");
    return query.value(0).toString();
}

SeedResult applySeed(const QSqlDatabase &db, const QJsonObject &seed)
{
    const int version = seed.value(QLatin1String("seed_version")).toInt();
    const QJsonObject account = seed.value(QLatin1String("account")).toObject();
    const QString accountId = account.value(QLatin1String("id")).toString();
    if (version <= 0 || accountId.isEmpty())
        throw DatabaseError("the seed needs a positive seed_version and an account id");

    return inTransaction(db, [&] {
        SeedResult result;
        const int recorded = recordedSeedVersion(db);
        if (recorded >= version) {
            result.seedVersion = recorded;
            return result;
        }
        const QString now = utcTimestamp();
        exec(db,
             QStringLiteral("INSERT INTO accounts (id, name, region, created_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, region = excluded.region"),
             {accountId, account.value(QLatin1String("name")).toString(),
              account.value(QLatin1String("region")).toString(), now});

        const QJsonArray sources = seed.value(QLatin1String("sources")).toArray();
        for (const QJsonValue &value : sources) {
            const QJsonObject source = value.toObject();
            exec(db,
                 QStringLiteral(
                     "INSERT INTO sources (id, account_id, name, logo_url) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (id) DO UPDATE SET name = excluded.name, logo_url = excluded.logo_url"),
                 {source.value(QLatin1String("id")).toString(), accountId,
                  source.value(QLatin1String("name")).toString(),
                  nullableString(source.value(QLatin1String("logo_url")))});
        }

        // Read through the engine so what is stored is what the engine accepts; keep the columns as written.
        const QJsonArray templates = seed.value(QLatin1String("templates")).toArray();
        int position = 0;
        for (const QJsonValue &value : templates) {
            const QJsonObject object = value.toObject();
            const std::optional<engine::Template> tmpl = engine::templateFromJson(object, &result.warnings);
            if (!tmpl || tmpl->id.isEmpty()) {
                result.warnings.append(QStringLiteral("A seed template without a name or id was skipped"));
                continue;
            }
            const QByteArray columns = QJsonDocument(object.value(QLatin1String("columns")).toArray())
                                           .toJson(QJsonDocument::Compact);
            exec(db,
                 QStringLiteral("INSERT INTO templates"
                                " (id, account_id, name, slug, description, active, position, columns_json)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, slug = excluded.slug,"
                                " description = excluded.description, active = excluded.active,"
                                " position = excluded.position, columns_json = excluded.columns_json"),
                 {tmpl->id, accountId, tmpl->name, tmpl->slug,
                  tmpl->description.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(tmpl->description),
                  tmpl->active ? 1 : 0, position++, QString::fromUtf8(columns)});
        }

        exec(db,
             QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {QStringLiteral("seed_version"), QString::number(version)});
        result.applied = true;
        result.seedVersion = version;
        return result;
    });
}

} // namespace godwit::server
