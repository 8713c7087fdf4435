// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled seed (Qt resource) and its idempotent application.
#include "engine/template.h"
#include "server/database.h"
#include "server/discovery.h"
#include "server/migrations.h"
#include "server/seed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit::server;

namespace {

int count(const QSqlDatabase &db, const char *table)
{
    QSqlQuery query = exec(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestSeed : public QObject {
    Q_OBJECT
private slots:
    void bundledSeedIsTheRepositoryFile();
    void firstApplicationStoresEverything();
    void secondApplicationChangesNothing();
    void newerSeedVersionUpdatesRows();
    void seedWithoutVersionIsRefused();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> freshDatabase()
    {
        auto database =
            std::make_unique<Database>(m_dir.filePath(QStringLiteral("seed%1.sqlite").arg(++m_counter)));
        migrate(database->connection());
        return database;
    }
};

void TestSeed::bundledSeedIsTheRepositoryFile()
{
    QFile file(qEnvironmentVariable("GODWIT_SOURCE_DIR") + QStringLiteral("/resources/seed/seed.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(bundledSeed(), QJsonDocument::fromJson(file.readAll()).object());
}

void TestSeed::firstApplicationStoresEverything()
{
    const QJsonObject seed = bundledSeed();
    auto database = freshDatabase();
    const QSqlDatabase db = database->connection();
    const SeedResult result = applySeed(db, seed);
    QVERIFY(result.applied);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.seedVersion, seed.value(QLatin1String("seed_version")).toInt());
    QCOMPARE(recordedSeedVersion(db), result.seedVersion);
    QCOMPARE(defaultAccountId(db),
             seed.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString());
    QCOMPARE(count(db, "sources"), seed.value(QLatin1String("sources")).toArray().size());
    QCOMPARE(count(db, "templates"), seed.value(QLatin1String("templates")).toArray().size());

    // Stored columns come back through the engine exactly as the seed wrote them.
    const QList<godwit::engine::Template> stored = templates(db, defaultAccountId(db));
    for (const QJsonValue &value : seed.value(QLatin1String("templates")).toArray()) {
        const QJsonObject expected = value.toObject();
        const auto it = std::find_if(stored.cbegin(), stored.cend(), [&](const godwit::engine::Template &t) {
            return t.id == expected.value(QLatin1String("id")).toString();
        });
        QVERIFY(it != stored.cend());
        QCOMPARE(godwit::engine::toJson(*it), expected);
    }
    QSqlQuery positions = exec(db, QStringLiteral("SELECT id FROM templates ORDER BY position"));
    for (const QJsonValue &value : seed.value(QLatin1String("templates")).toArray()) {
        QVERIFY(positions.next());
        QCOMPARE(positions.value(0).toString(), value.toObject().value(QLatin1String("id")).toString());
    }
}

void TestSeed::secondApplicationChangesNothing()
{
    auto database = freshDatabase();
    const QSqlDatabase db = database->connection();
    QVERIFY(applySeed(db, bundledSeed()).applied);
    exec(db, QStringLiteral("UPDATE sources SET name = 'Renamed by hand' WHERE name = 'HubSpot'"));
    const SeedResult again = applySeed(db, bundledSeed());
    QVERIFY(!again.applied);
    QSqlQuery query = exec(db, QStringLiteral("SELECT COUNT(*) FROM sources WHERE name = 'Renamed by hand'"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(count(db, "accounts"), 1);
}

void TestSeed::newerSeedVersionUpdatesRows()
{
    auto database = freshDatabase();
    const QSqlDatabase db = database->connection();
    QJsonObject seed = bundledSeed();
    applySeed(db, seed);
    QJsonArray sources = seed.value(QLatin1String("sources")).toArray();
    QJsonObject first = sources.at(0).toObject();
    first.insert(QLatin1String("name"), QStringLiteral("Salesforce Classic"));
    sources.replace(0, first);
    sources.append(QJsonObject{{QLatin1String("id"), QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d99")},
                               {QLatin1String("name"), QStringLiteral("Attio")},
                               {QLatin1String("logo_url"), QStringLiteral("https://example.com/attio.svg")}});
    seed.insert(QLatin1String("sources"), sources);
    seed.insert(QLatin1String("seed_version"), seed.value(QLatin1String("seed_version")).toInt() + 1);

    const SeedResult result = applySeed(db, seed);
    QVERIFY(result.applied);
    QCOMPARE(recordedSeedVersion(db), seed.value(QLatin1String("seed_version")).toInt());
    const QJsonArray listed = sourcesJson(db, defaultAccountId(db));
    QCOMPARE(listed.size(), sources.size());
    QCOMPARE(listed.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Attio"));
    QCOMPARE(listed.first().toObject().value(QLatin1String("logo_url")).toString(),
             QStringLiteral("https://example.com/attio.svg"));
    QVERIFY(std::any_of(listed.begin(), listed.end(), [](const QJsonValue &v) {
        return v.toObject().value(QLatin1String("name")).toString() == QLatin1String("Salesforce Classic");
    }));
}

void TestSeed::seedWithoutVersionIsRefused()
{
    auto database = freshDatabase();
    QJsonObject seed = bundledSeed();
    seed.remove(QLatin1String("seed_version"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, applySeed(database->connection(), seed));
    QCOMPARE(count(database->connection(), "accounts"), 0);
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_server_seed.moc"
