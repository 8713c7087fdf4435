// SPDX-License-Identifier: GPL-3.0-or-later
// The plan: a versioned JSON document; a decision makes version n+1.
#include "engine/bundledtemplates.h"
#include "engine/plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace godwit::engine;

namespace {

FixAction action(const Template &t, const char *name, const char *column, std::optional<QString> value = {})
{
    FixAction a;
    a.sheetId = t.id;
    a.action = QString::fromLatin1(name);
    a.column = QString::fromLatin1(column);
    a.value = std::move(value);
    return a;
}

} // namespace

class TestPlan : public QObject {
    Q_OBJECT
private slots:
    void jsonRoundTrip();
    void strictReading_data();
    void strictReading();
    void decisionsMakeTheNextVersion();
    void optionsFollowThePlan();
    void unknownSheetsAndColumnsAreErrors();
    void mapColumnAction();
};

void TestPlan::jsonRoundTrip()
{
    const Template t = *bundledTemplate(QStringLiteral("contacts"));
    Plan plan;
    plan.version = 3;
    plan.note = QStringLiteral("accepted the proposed fix");
    SheetPlan &sheet = plan.sheetFor(QStringLiteral("sheet-1"), t);
    PlanColumn &email = sheet.columnFor(QStringLiteral("email"));
    email.source = QStringLiteral("E-Mail");
    email.sourceIndex = 2;
    email.onInvalid = QString();
    PlanColumn &birth = sheet.columnFor(QStringLiteral("birth_date"));
    birth.dateOrder = DateOrder::DayFirst;
    birth.dropInvalidRows = true;
    PlanColumn &phone = sheet.columnFor(QStringLiteral("phone"));
    phone.defaultRegion = QStringLiteral("DE");
    phone.pinned = true;
    phone.source = QStringLiteral("Tel");
    sheet.columnFor(QStringLiteral("opted_in"))
        .enumAliases.insert(QStringLiteral("si"), QStringLiteral("yes"));

    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 3);
    const QJsonObject first = json.value(QStringLiteral("sheets")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("template_id")).toString(), t.id);
    QString error;
    const std::optional<Plan> back = Plan::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, plan);
    // An empty object is a fresh plan, version 1.
    QCOMPARE(Plan::fromJson(QJsonObject())->version, 1);
}

void TestPlan::strictReading_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("names");
    QTest::newRow("version") << QByteArray(R"({"version": 0})") << QStringLiteral("version");
    QTest::newRow("sheets type") << QByteArray(R"({"sheets": {}})") << QStringLiteral("sheets");
    QTest::newRow("sheet id") << QByteArray(R"({"sheets": [{"columns": []}]})")
                              << QStringLiteral("sheets[0].sheet_id");
    QTest::newRow("twice") << QByteArray(R"({"sheets": [{"sheet_id": "a"}, {"sheet_id": "a"}]})")
                           << QStringLiteral("sheets[1].sheet_id");
    QTest::newRow("date order")
        << QByteArray(
               R"({"sheets": [{"sheet_id": "a", "columns": [{"column": "x", "date_order": "yearly"}]}]})")
        << QStringLiteral("sheets[0].columns[0]: date_order");
    QTest::newRow("decimal style")
        << QByteArray(
               R"({"sheets": [{"sheet_id": "a", "columns": [{"column": "x", "decimal_style": "dot"}]}]})")
        << QStringLiteral("decimal_style");
    QTest::newRow("on_invalid")
        << QByteArray(R"({"sheets": [{"sheet_id": "a", "columns": [{"column": "x", "on_invalid": 3}]}]})")
        << QStringLiteral("on_invalid");
    QTest::newRow("no column") << QByteArray(
                                      R"({"sheets": [{"sheet_id": "a", "columns": [{"source": "x"}]}]})")
                               << QStringLiteral("columns[0]: column");
    QTest::newRow("source index")
        << QByteArray(R"({"sheets": [{"sheet_id": "a", "columns": [{"column": "x", "source_index": -1}]}]})")
        << QStringLiteral("source_index");
}

void TestPlan::strictReading()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, names);
    QString error;
    QVERIFY(!Plan::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(names), qPrintable(error));
}

void TestPlan::decisionsMakeTheNextVersion()
{
    const Template t = *bundledTemplate(QStringLiteral("contacts"));
    Plan v1;
    v1.sheetFor(t.id, t).columnFor(QStringLiteral("email")).source = QStringLiteral("Mail");
    FixAction alias = action(t, "map_enum_alias", "opted_in", QStringLiteral("yes"));
    alias.alias = QStringLiteral("oui");
    const QList<FixAction> actions{action(t, "set_value", "phone", QString()),
                                   action(t, "delete_invalid_rows", "email"),
                                   action(t, "set_date_order", "birth_date", QStringLiteral("month-first")),
                                   action(t, "set_default_region", "phone", QStringLiteral("fr")), alias};
    QString error;
    const std::optional<Plan> v2 = v1.applied(actions, {t}, QStringLiteral("accepted"), &error);
    QVERIFY2(v2, qPrintable(error));
    QCOMPARE(v2->version, 2);
    QCOMPARE(v2->note, QStringLiteral("accepted"));
    const SheetPlan *sheet = v2->sheet(t.id);
    QVERIFY(sheet);
    QCOMPARE(sheet->column(QStringLiteral("email"))->source, QStringLiteral("Mail")); // kept
    QVERIFY(sheet->column(QStringLiteral("email"))->dropInvalidRows);
    QCOMPARE(sheet->column(QStringLiteral("phone"))->onInvalid, std::optional<QString>(QString()));
    QCOMPARE(sheet->column(QStringLiteral("phone"))->defaultRegion, QStringLiteral("FR"));
    QCOMPARE(sheet->column(QStringLiteral("birth_date"))->dateOrder, DateOrder::MonthFirst);
    QCOMPARE(sheet->column(QStringLiteral("opted_in"))->enumAliases.value(QStringLiteral("oui")),
             QStringLiteral("yes"));
    // The earlier version is untouched: plans are frozen.
    QCOMPARE(v1.version, 1);
    QVERIFY(!v1.sheet(t.id)->column(QStringLiteral("email"))->dropInvalidRows);
}

void TestPlan::optionsFollowThePlan()
{
    const Template t = *bundledTemplate(QStringLiteral("contacts"));
    Plan plan;
    PlanColumn &phone = plan.sheetFor(t.id, t).columnFor(QStringLiteral("phone"));
    phone.defaultRegion = QStringLiteral("DE");
    const QList<ColumnOptions> options = plan.sheet(t.id)->options(t);
    QCOMPARE(options.size(), t.columns.size());
    QCOMPARE(options[3].defaultRegion, QStringLiteral("DE"));
    QCOMPARE(options[0].defaultRegion, QString());
}

void TestPlan::unknownSheetsAndColumnsAreErrors()
{
    const Template t = *bundledTemplate(QStringLiteral("contacts"));
    QString error;
    FixAction a = action(t, "set_value", "no_such_column", QString());
    QVERIFY(!Plan().applied({a}, {t}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no_such_column")), qPrintable(error));
    a = action(t, "set_value", "email", QString());
    a.sheetId = QStringLiteral("unknown-sheet");
    QVERIFY(!Plan().applied({a}, {t}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown-sheet")), qPrintable(error));
}

void TestPlan::mapColumnAction()
{
    const Template t = *bundledTemplate(QStringLiteral("contacts"));
    QString error;
    const std::optional<FixAction> parsed =
        FixAction::fromJson(QJsonObject{{QStringLiteral("sheet_id"), t.id},
                                        {QStringLiteral("action"), QStringLiteral("map_column")},
                                        {QStringLiteral("column"), QStringLiteral("email")},
                                        {QStringLiteral("value"), QStringLiteral("Mail 2")}},
                            &error);
    QVERIFY2(parsed, qPrintable(error));
    const std::optional<Plan> next = Plan().applied({*parsed}, {t}, {}, &error);
    QVERIFY2(next, qPrintable(error));
    const PlanColumn *email = next->sheet(t.id)->column(QStringLiteral("email"));
    QVERIFY(email->pinned);
    QCOMPARE(email->source, QStringLiteral("Mail 2"));
    QVERIFY(patchSummary({*parsed}).contains(QStringLiteral("Mail 2")));
}

QTEST_APPLESS_MAIN(TestPlan)
#include "tst_plan.moc"
