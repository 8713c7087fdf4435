// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/fixes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace godwit::engine;
using namespace Qt::Literals::StringLiterals;

namespace {

using Rows = QList<QStringList>;

const QString kSheet = QStringLiteral("3f0c1a52-0000-4000-8000-000000000001");

TemplateColumn col(const char *name, RuleKind rule, bool required = false, bool unique = false)
{
    TemplateColumn c;
    c.name = QString::fromUtf8(name);
    c.rule = rule;
    c.required = required;
    c.unique = unique;
    return c;
}

Template contacts()
{
    Template t;
    t.name = QStringLiteral("Contacts");
    TemplateColumn status = col("Status", RuleKind::Enum);
    status.enumValues = {QStringLiteral("lead"), QStringLiteral("customer")};
    t.columns = {col("Name", RuleKind::None, true),
                 col("Email", RuleKind::Email),
                 col("Born", RuleKind::Date),
                 col("Phone", RuleKind::Phone),
                 status,
                 col("Code", RuleKind::None, false, true)};
    return t;
}

Rows rows()
{
    auto r = [](const char *a, const char *b, const char *c, const char *d, const char *e, const char *f) {
        return QStringList{QString::fromUtf8(a), QString::fromUtf8(b), QString::fromUtf8(c),
                           QString::fromUtf8(d), QString::fromUtf8(e), QString::fromUtf8(f)};
    };
    return {
        r("Anna", "anna@example.com", "2024-01-31", "+49 30 1234567", "lead", "A"),
        r("", "bad", "03/04/2024", "030 1234567", "Kunde", "B"),
        r("Carl", "carl@", "05/06/2024", "", "kunde", "A"),
        r("", "", "", "", "", "C"),
    };
}

struct Fixture {
    Template tmpl = contacts();
    ValidationReport report{tmpl, kSheet};
    ProposedFixes fixes;
    explicit Fixture(const QList<ColumnOptions> &options = {})
    {
        RowValidator v(tmpl, options);
        const Rows rs = rows();
        for (qsizetype i = 0; i < rs.size(); ++i)
            v.validate(rs[i], i + 1, &report);
        fixes = proposeFixes({FixSheet{&tmpl, &report, options}});
    }
};

} // namespace

class TestFixes : public QObject {
    Q_OBJECT
private slots:
    void groupsAndIds_data();
    void groupsAndIds();
    void deterministic();
    void questionJsonShape();
    void patchJsonShape();
    void answers_data();
    void answers();
    void actionFromJson_data();
    void actionFromJson();
    void noFailuresNoQuestions();
    void severalSheets();
};

void TestFixes::groupsAndIds_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("affected");
    QTest::addColumn<QStringList>("optionLabels");
    QTest::addColumn<bool>("allowCustom");
    QTest::addColumn<QString>("proposedJson");
    // Order: columns in template order, rules in CellRule order.
    QTest::newRow("fq0 required name")
        << 0 << u"Name"_s << u"required"_s << qint64(2)
        << QStringList{u"Leave empty"_s, u"Delete these rows"_s} << true
        << uR"([{"action":"delete_invalid_rows","column":"Name","sheet_id":"%1"}])"_s;
    QTest::newRow("fq1 email, not required")
        << 1 << u"Email"_s << u"email"_s << qint64(2)
        << QStringList{u"Delete these rows"_s, u"Clear the e-mail"_s} << true
        << uR"([{"action":"set_value","column":"Email","sheet_id":"%1","value":""}])"_s;
    QTest::newRow("fq2 ambiguous dates")
        << 2 << u"Born"_s << u"date"_s << qint64(2)
        << QStringList{u"Day first (31/12)"_s, u"Month first (12/31)"_s} << false
        << uR"([{"action":"set_date_order","column":"Born","sheet_id":"%1","value":"day-first"}])"_s;
    QTest::newRow("fq3 phones without region")
        << 3 << u"Phone"_s << u"phone"_s << qint64(1)
        << QStringList{u"Delete these rows"_s, u"Clear the phone number"_s} << true
        << uR"([{"action":"set_value","column":"Phone","sheet_id":"%1","value":""}])"_s;
    QTest::newRow("fq4 enum with alias options")
        << 4 << u"Status"_s << u"enum"_s << qint64(2)
        << QStringList{u"Delete these rows"_s, u"Clear the value"_s, u"Read them as “lead”"_s,
                       u"Read them as “customer”"_s}
        << true << uR"([{"action":"set_value","column":"Status","sheet_id":"%1","value":""}])"_s;
    QTest::newRow("fq5 unique") << 5 << u"Code"_s << u"unique"_s << qint64(1)
                                << QStringList{u"Delete these rows"_s, u"Clear the repeated values"_s}
                                << false
                                << uR"([{"action":"delete_invalid_rows","column":"Code","sheet_id":"%1"}])"_s;
}

void TestFixes::groupsAndIds()
{
    QFETCH(int, index);
    QFETCH(QString, column);
    QFETCH(QString, error);
    QFETCH(qint64, affected);
    QFETCH(QStringList, optionLabels);
    QFETCH(bool, allowCustom);
    QFETCH(QString, proposedJson);
    const Fixture f;
    QCOMPARE(f.fixes.questions.size(), 6);
    const FixQuestion &q = f.fixes.questions[index];
    QCOMPARE(q.id, QStringLiteral("fq%1").arg(index));
    QCOMPARE(q.column, column);
    QCOMPARE(q.error, error);
    QCOMPARE(q.affectedCount, affected);
    QStringList labels;
    for (const FixOption &o : q.options)
        labels.append(o.label);
    QCOMPARE(labels, optionLabels);
    QCOMPARE(q.allowCustom, allowCustom);
    QJsonArray proposed;
    for (const FixAction &a : q.proposed)
        proposed.append(a.toJson());
    QCOMPARE(QString::fromUtf8(QJsonDocument(proposed).toJson(QJsonDocument::Compact)),
             proposedJson.arg(kSheet));
}

void TestFixes::deterministic()
{
    const Fixture a;
    const Fixture b;
    QCOMPARE(QJsonDocument(a.fixes.toJson()).toJson(), QJsonDocument(b.fixes.toJson()).toJson());
    // Samples are the distinct raw values, in row order.
    QCOMPARE(a.fixes.questions[4].sampleValues,
             (QStringList{QStringLiteral("Kunde"), QStringLiteral("kunde")}));
    // The decided date order becomes the proposal.
    ColumnOptions monthFirst;
    monthFirst.dateOrder = DateOrder::MonthFirst;
    const Fixture m({{}, {}, monthFirst});
    QCOMPARE(m.fixes.questions.size(), 5); // dates are no longer ambiguous: no date question
    for (const FixQuestion &q : m.fixes.questions)
        QVERIFY(q.column != QLatin1String("Born"));
    // With a region, the phone question offers no region answer.
    ColumnOptions de;
    de.defaultRegion = QStringLiteral("DE");
    const Fixture withRegion({{}, {}, {}, de});
    for (const FixQuestion &q : withRegion.fixes.questions)
        QVERIFY(q.column != QLatin1String("Phone")); // 030 1234567 is valid in DE
}

void TestFixes::questionJsonShape()
{
    const Fixture f;
    const QJsonObject q = f.fixes.toJson().value(QStringLiteral("questions")).toArray().at(1).toObject();
    QCOMPARE(q.keys(), (QStringList{u"allow_custom"_s, u"context"_s, u"id"_s, u"options"_s, u"prompt"_s,
                                    u"relevant_columns"_s, u"target"_s}));
    QCOMPARE(q.value(QStringLiteral("id")).toString(), QStringLiteral("fq1"));
    QVERIFY(q.value(QStringLiteral("allow_custom")).isBool());
    QVERIFY(!q.value(QStringLiteral("prompt")).toString().isEmpty());
    QCOMPARE(q.value(QStringLiteral("context")).toString(), u"2 rows fail the email rule."_s);
    const QJsonObject target = q.value(QStringLiteral("target")).toObject();
    QCOMPARE(target, (QJsonObject{{u"sheet_id"_s, kSheet},
                                  {u"column"_s, u"Email"_s},
                                  {u"affected_count"_s, 2},
                                  {u"sample_values"_s, QJsonArray{u"bad"_s, u"carl@"_s}},
                                  {u"error"_s, u"email"_s}}));
    QCOMPARE(q.value(QStringLiteral("relevant_columns")).toArray(), QJsonArray{u"Email"_s});
    QCOMPARE(q.value(QStringLiteral("options")).toArray().first().toObject(),
             (QJsonObject{{u"id"_s, u"delete_rows"_s}, {u"label"_s, u"Delete these rows"_s}}));
}

void TestFixes::patchJsonShape()
{
    const Fixture f;
    const QJsonObject patch = f.fixes.toJson().value(QStringLiteral("proposed_patch")).toObject();
    QCOMPARE(patch.keys(), (QStringList{u"actions"_s, u"summary"_s}));
    const QJsonArray actions = patch.value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size(), 6); // one per flagged group
    for (const QJsonValue &v : actions) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value(QStringLiteral("sheet_id")).toString(), kSheet);
        QVERIFY(knownFixActions().contains(a.value(QStringLiteral("action")).toString()));
        QVERIFY(a.value(QStringLiteral("column")).isString());
        QVERIFY(a.value(QStringLiteral("value")).isUndefined() ||
                a.value(QStringLiteral("value")).isString());
    }
    QCOMPARE(patch.value(QStringLiteral("summary")).toString(),
             u"Delete the rows flagged in “Name”; clear the flagged values of “Email”; read the dates "
             u"in “Born” day first; clear the flagged values of “Phone”; clear the flagged values of "
             u"“Status”; delete the rows flagged in “Code”."_s);
    // round trip
    const std::optional<ProposedPatch> back = ProposedPatch::fromJson(patch);
    QVERIFY(back);
    QCOMPARE(back->actions, f.fixes.patch.actions);
    QCOMPARE(back->summary, f.fixes.patch.summary);
}

void TestFixes::answers_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("expected"); // compact JSON of that question's actions; empty: rejected
    QTest::newRow("option id")
        << u"fq2"_s << u"month_first"_s
        << uR"([{"action":"set_date_order","column":"Born","sheet_id":"%1","value":"month-first"}])"_s;
    QTest::newRow("option label")
        << u"fq1"_s << u"Delete these rows"_s
        << uR"([{"action":"delete_invalid_rows","column":"Email","sheet_id":"%1"}])"_s;
    QTest::newRow("leave empty = no action") << u"fq0"_s << u"Leave empty"_s << u"[]"_s;
    QTest::newRow("custom value")
        << u"fq0"_s << u"Unknown"_s
        << uR"([{"action":"set_value","column":"Name","sheet_id":"%1","value":"Unknown"}])"_s;
    QTest::newRow("custom region")
        << u"fq3"_s << u" de "_s
        << uR"([{"action":"set_default_region","column":"Phone","sheet_id":"%1","value":"DE"}])"_s;
    QTest::newRow("bad region") << u"fq3"_s << u"Germany"_s << u""_s;
    QTest::newRow("custom not allowed") << u"fq2"_s << u"sometimes"_s << u""_s;
    QTest::newRow("unknown question") << u"fq9"_s << u"Leave empty"_s << u""_s;
    QTest::newRow("enum alias")
        << u"fq4"_s << u"use_1"_s
        << uR"([{"action":"map_enum_alias","alias":"Kunde","column":"Status","sheet_id":"%1","value":"customer"},)"_s
           uR"({"action":"map_enum_alias","alias":"kunde","column":"Status","sheet_id":"%1","value":"customer"}])"_s;
}

void TestFixes::answers()
{
    QFETCH(QString, question);
    QFETCH(QString, answer);
    QFETCH(QString, expected);
    const Fixture f;
    QString error;
    const std::optional<ProposedPatch> patch = f.fixes.patchForAnswers({{question, answer}}, &error);
    if (expected.isEmpty()) {
        QVERIFY(!patch);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(patch, qPrintable(error));
    // The answered question's actions replace its proposal; the others keep theirs, in order.
    QJsonArray got;
    QList<FixAction> others;
    for (const FixQuestion &q : f.fixes.questions) {
        if (q.id != question)
            others.append(q.proposed);
    }
    QList<FixAction> rest = patch->actions;
    for (const FixAction &a : patch->actions) {
        if (a.column == f.fixes.questions[question.mid(2).toInt()].column) {
            got.append(a.toJson());
            rest.removeOne(a);
        }
    }
    QCOMPARE(QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact)),
             expected.contains(u"%1") ? expected.arg(kSheet) : expected);
    QCOMPARE(rest, others);
    QVERIFY(!patch->summary.isEmpty());
}

void TestFixes::actionFromJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("set_value") << uR"({"sheet_id":"s","action":"set_value","column":"A","value":""})"_s
                               << true;
    QTest::newRow("delete") << uR"({"sheet_id":"s","action":"delete_invalid_rows","column":"A"})"_s << true;
    QTest::newRow("unknown action") << uR"({"sheet_id":"s","action":"explode","column":"A"})"_s << false;
    QTest::newRow("no sheet") << uR"({"action":"set_value","column":"A","value":"x"})"_s << false;
    QTest::newRow("set_value without value")
        << uR"({"sheet_id":"s","action":"set_value","column":"A"})"_s << false;
    QTest::newRow("number value") << uR"({"sheet_id":"s","action":"set_value","column":"A","value":3})"_s
                                  << false;
    QTest::newRow("bad date order")
        << uR"({"sheet_id":"s","action":"set_date_order","column":"A","value":"ymd"})"_s << false;
    QTest::newRow("decimal comma")
        << uR"({"sheet_id":"s","action":"set_decimal_style","column":"A","value":"comma"})"_s << true;
    QTest::newRow("alias missing")
        << uR"({"sheet_id":"s","action":"map_enum_alias","column":"A","value":"x"})"_s << false;
}

void TestFixes::actionFromJson()
{
    QFETCH(QString, json);
    QFETCH(bool, ok);
    QString error;
    const auto a = FixAction::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
    QCOMPARE(bool(a), ok);
    QCOMPARE(error.isEmpty(), ok);
}

void TestFixes::noFailuresNoQuestions()
{
    const Template t = contacts();
    ValidationReport report(t, kSheet);
    RowValidator(t).validate(rows().first(), 1, &report);
    const ProposedFixes fixes = proposeFixes({FixSheet{&t, &report, {}}});
    QVERIFY(fixes.isEmpty());
    QVERIFY(fixes.patch.actions.isEmpty());
}

void TestFixes::severalSheets()
{
    // Ids continue across sheets, in the order the sheets are given; each action names its sheet.
    const Fixture contacts;
    Template deals;
    deals.name = u"Deals"_s;
    deals.columns = {col("Amount", RuleKind::Number, true)};
    const QString dealSheet = u"3f0c1a52-0000-4000-8000-000000000002"_s;
    ValidationReport dealReport(deals, dealSheet);
    RowValidator v(deals);
    v.validate({u"12"_s}, 1, &dealReport);
    v.validate({u"lots"_s}, 2, &dealReport);
    v.validate({QString()}, 3, &dealReport);
    const ProposedFixes fixes =
        proposeFixes({FixSheet{&deals, &dealReport, {}}, FixSheet{&contacts.tmpl, &contacts.report, {}}});
    QCOMPARE(fixes.questions.size(), 8);
    QStringList ids;
    for (const FixQuestion &q : fixes.questions)
        ids.append(q.id + u':' + q.column + u':' + q.error);
    QCOMPARE(ids, (QStringList{u"fq0:Amount:required"_s, u"fq1:Amount:number"_s, u"fq2:Name:required"_s,
                               u"fq3:Email:email"_s, u"fq4:Born:date"_s, u"fq5:Phone:phone"_s,
                               u"fq6:Status:enum"_s, u"fq7:Code:unique"_s}));
    QCOMPARE(fixes.patch.actions.size(), 8);
    QCOMPARE(fixes.patch.actions[1].sheetId, dealSheet);
    QCOMPARE(fixes.patch.actions[1].action, u"delete_invalid_rows"_s); // required column: rows go
    QCOMPARE(fixes.patch.actions[2].sheetId, kSheet);
}

QTEST_APPLESS_MAIN(TestFixes)
#include "tst_fixes.moc"
