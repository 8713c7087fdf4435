// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/template.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace godwit::engine;

class TestTemplate : public QObject {
    Q_OBJECT
private slots:
    void slugify_data();
    void slugify();
    void parsesEveryRule();
    void keepsUnknownRulesAndWarns();
    void skipsNamelessAndDuplicateColumns();
    void warnsOnBrokenStrictAndLinkRules();
    void roundTripsThroughJson();
    void bundledSeedTemplatesAreClean();
};

void TestTemplate::slugify_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("simple") << QStringLiteral("Contacts") << QStringLiteral("contacts");
    QTest::newRow("spaces") << QStringLiteral("Deal Stages") << QStringLiteral("deal-stages");
    QTest::newRow("punctuation runs") << QStringLiteral("  Line -- Items!! ") << QStringLiteral("line-items");
    QTest::newRow("accents") << QStringLiteral("Société Générale") << QStringLiteral("societe-generale");
    QTest::newRow("digits") << QStringLiteral("Q3 2026 Leads") << QStringLiteral("q3-2026-leads");
    QTest::newRow("empty") << QString() << QString();
}

void TestTemplate::slugify()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(godwit::engine::slugify(name), slug);
}

void TestTemplate::parsesEveryRule()
{
    const QByteArray json = R"({"templates":[{"id":"t1","name":"Deal Stages","columns":[
        {"name":"code","required":true,"unique":true,"desiredRule":"strict","strictRule":"^[A-Z]+$"},
        {"name":"owner","desiredRule":"link","linkRule":[{"templateId":"t0","columnName":"email"}]},
        {"name":"stage","desiredRule":"enum","enumRule":["Lead","Won"]},
        {"name":"mail","desiredRule":"EMAIL"},
        {"name":"amount","desiredRule":"number","min":0,"max":10.5},
        {"name":"title","desiredRule":"none","minLength":2,"maxLength":80},
        {"name":"free"}]}]})";
    QStringList warnings;
    const QList<Template> templates = templatesFromJson(QJsonDocument::fromJson(json).object(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(templates.size(), 1);
    const Template &t = templates.first();
    QCOMPARE(t.slug, QStringLiteral("deal-stages"));
    QVERIFY(t.active);
    QCOMPARE(t.columns.size(), 7);
    QCOMPARE(t.columns[0].rule, RuleKind::Strict);
    QVERIFY(t.columns[0].required && t.columns[0].unique);
    QCOMPARE(t.columns[0].strictRule, QStringLiteral("^[A-Z]+$"));
    QCOMPARE(t.columns[1].rule, RuleKind::Link);
    QCOMPARE(t.columns[1].linkRule, (QList<LinkTarget>{{QStringLiteral("t0"), QStringLiteral("email")}}));
    QCOMPARE(t.columns[2].enumValues, (QStringList{QStringLiteral("Lead"), QStringLiteral("Won")}));
    QCOMPARE(t.columns[3].rule, RuleKind::Email);
    QCOMPARE(t.columns[4].minimum, std::optional<double>(0));
    QCOMPARE(t.columns[4].maximum, std::optional<double>(10.5));
    QCOMPARE(t.columns[5].maxLength, std::optional<int>(80));
    QCOMPARE(t.columns[6].rule, RuleKind::None);
    QVERIFY(t.column(QStringLiteral("stage")));
    QVERIFY(!t.column(QStringLiteral("Stage")));
}

void TestTemplate::keepsUnknownRulesAndWarns()
{
    const QByteArray json = R"({"name":"X","columns":[{"name":"vat","desiredRule":"vat_number"}]})";
    QStringList warnings;
    const auto t = templateFromJson(QJsonDocument::fromJson(json).object(), &warnings);
    QVERIFY(t);
    QCOMPARE(t->columns.size(), 1);
    QCOMPARE(t->columns[0].rule, RuleKind::Unknown);
    QCOMPARE(t->columns[0].ruleName, QStringLiteral("vat_number"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings[0].contains(QStringLiteral("vat_number")));
    QCOMPARE(toJson(t->columns[0]).value(QStringLiteral("desiredRule")).toString(),
             QStringLiteral("vat_number"));
}

void TestTemplate::skipsNamelessAndDuplicateColumns()
{
    const QByteArray json =
        R"({"templates":[{"name":""},{"name":"A","columns":[{"name":" "},{"name":"a"},{"name":"a"}]}]})";
    QStringList warnings;
    const QList<Template> templates = templatesFromJson(QJsonDocument::fromJson(json).object(), &warnings);
    QCOMPARE(templates.size(), 1);
    QCOMPARE(templates[0].columns.size(), 1);
    QCOMPARE(warnings.size(), 3);
}

void TestTemplate::warnsOnBrokenStrictAndLinkRules()
{
    const QByteArray json = R"({"name":"A","columns":[{"name":"a","desiredRule":"strict"},
        {"name":"b","desiredRule":"strict","strictRule":"([unclosed"},{"name":"c","desiredRule":"link"}]})";
    QStringList warnings;
    const auto t = templateFromJson(QJsonDocument::fromJson(json).object(), &warnings);
    QVERIFY(t);
    QCOMPARE(t->columns.size(), 3);
    QCOMPARE(warnings.size(), 3);
    QVERIFY(warnings[1].contains(QStringLiteral("not a valid regular expression")));
}

void TestTemplate::roundTripsThroughJson()
{
    Template t;
    t.id = QStringLiteral("id-1");
    t.name = QStringLiteral("Contacts");
    t.slug = QStringLiteral("contacts");
    t.description = QStringLiteral("People");
    TemplateColumn email;
    email.name = QStringLiteral("email");
    email.required = true;
    email.unique = true;
    email.rule = RuleKind::Email;
    email.ruleName = QStringLiteral("email");
    TemplateColumn company;
    company.name = QStringLiteral("company");
    company.rule = RuleKind::Link;
    company.ruleName = QStringLiteral("link");
    company.linkRule = {{QStringLiteral("t0"), QStringLiteral("name")}};
    company.minLength = 1;
    t.columns = {email, company};
    const QJsonObject body = templatesToJson({t});
    const QList<Template> back = templatesFromJson(body);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first(), t);
}

void TestTemplate::bundledSeedTemplatesAreClean()
{
    QFile file(qEnvironmentVariable("GODWIT_SOURCE_DIR") + QStringLiteral("/resources/seed/seed.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QStringList warnings;
    const QList<Template> templates =
        templatesFromJson(QJsonDocument::fromJson(file.readAll()).object(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(templates.size() >= 3);
    for (const Template &t : templates) {
        QVERIFY(!t.id.isEmpty());
        QCOMPARE(t.slug, godwit::engine::slugify(t.name));
        for (const TemplateColumn &c : t.columns) {
            for (const LinkTarget &link : c.linkRule) {
                const auto target = std::find_if(templates.begin(), templates.end(),
                                                 [&](const Template &o) { return o.id == link.templateId; });
                QVERIFY2(target != templates.end(), qPrintable(c.name));
                QVERIFY2(target->column(link.columnName), qPrintable(link.columnName));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
