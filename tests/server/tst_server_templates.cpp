// SPDX-License-Identifier: GPL-3.0-or-later
// The shared template resolver of both generations (server/templates.h), on the bundled seed.
#include "server/database.h"
#include "server/migrations.h"
#include "server/seed.h"
#include "server/templates.h"

#include <QTemporaryDir>
#include <QTest>

using namespace godwit::server;

namespace {

const QString kCompanies = QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a01");
const QString kContacts = QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a02");
const QString kDeals = QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a03");

QStringList ids(const ResolvedTemplates &resolved)
{
    QStringList out;
    for (const TemplateRef &ref : resolved.found)
        out.append(ref.id);
    return out;
}

} // namespace

class TestTemplates : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTemplateInTheAccountsOrder();
    void activeOnlyLeavesInactiveOnesOut();
    void byIdKeepsTheRequestOrderAndNamesTheUnknown();
    void bySlug();
    void anotherAccountSeesNothing();
    void loadTemplateReadsTheColumns();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QString m_account;
};

void TestTemplates::initTestCase()
{
    m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("t.sqlite")));
    const QSqlDatabase db = m_database->connection();
    migrate(db);
    applySeed(db, bundledSeed());
    m_account = defaultAccountId(db);
}

void TestTemplates::everyTemplateInTheAccountsOrder()
{
    const ResolvedTemplates all =
        resolveTemplates(m_database->connection(), m_account, TemplateKey::Id, std::nullopt);
    QCOMPARE(ids(all), (QStringList{kCompanies, kContacts, kDeals}));
    QVERIFY(all.unknown.isEmpty());
    QCOMPARE(all.found.at(1).name, QStringLiteral("Contacts"));
    QCOMPARE(all.found.at(1).slug, QStringLiteral("contacts"));
}

void TestTemplates::activeOnlyLeavesInactiveOnesOut()
{
    const QSqlDatabase db = m_database->connection();
    exec(db, QStringLiteral("UPDATE templates SET active = 0 WHERE id = ?"), {kDeals});
    QCOMPARE(ids(resolveTemplates(db, m_account, TemplateKey::Slug, std::nullopt, true)),
             (QStringList{kCompanies, kContacts}));
    QCOMPARE(ids(resolveTemplates(db, m_account, TemplateKey::Slug, std::nullopt, false)).size(), 3);
    // Asked for by name, an inactive template is still found.
    QCOMPARE(
        ids(resolveTemplates(db, m_account, TemplateKey::Slug, QStringList{QStringLiteral("deals")}, true)),
        QStringList{kDeals});
    exec(db, QStringLiteral("UPDATE templates SET active = 1 WHERE id = ?"), {kDeals});
}

void TestTemplates::byIdKeepsTheRequestOrderAndNamesTheUnknown()
{
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const ResolvedTemplates resolved = resolveTemplates(m_database->connection(), m_account, TemplateKey::Id,
                                                        QStringList{kDeals, unknown, kCompanies});
    QCOMPARE(ids(resolved), (QStringList{kDeals, kCompanies}));
    QCOMPARE(resolved.unknown, QStringList{unknown});
}

void TestTemplates::bySlug()
{
    const ResolvedTemplates resolved = resolveTemplates(
        m_database->connection(), m_account, TemplateKey::Slug,
        QStringList{QStringLiteral("contacts"), QStringLiteral("Contacts"), QStringLiteral("x")});
    QCOMPARE(ids(resolved), QStringList{kContacts});
    QCOMPARE(resolved.unknown,
             (QStringList{QStringLiteral("Contacts"), QStringLiteral("x")})); // case-sensitive
}

void TestTemplates::anotherAccountSeesNothing()
{
    const QString other = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const QSqlDatabase db = m_database->connection();
    QVERIFY(resolveTemplates(db, other, TemplateKey::Id, std::nullopt).found.isEmpty());
    QCOMPARE(resolveTemplates(db, other, TemplateKey::Id, QStringList{kContacts}).unknown,
             QStringList{kContacts});
    QVERIFY(!loadTemplate(db, other, kContacts));
}

void TestTemplates::loadTemplateReadsTheColumns()
{
    const std::optional<godwit::engine::Template> tmpl =
        loadTemplate(m_database->connection(), m_account, kContacts);
    QVERIFY(tmpl);
    QCOMPARE(tmpl->name, QStringLiteral("Contacts"));
    QVERIFY(tmpl->column(QStringLiteral("email")));
    QCOMPARE(tmpl->column(QStringLiteral("email"))->rule, godwit::engine::RuleKind::Email);
    QVERIFY(tmpl->column(QStringLiteral("email"))->unique);
    QVERIFY(!loadTemplate(m_database->connection(), m_account, QStringLiteral("nope")));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_server_templates.moc"
