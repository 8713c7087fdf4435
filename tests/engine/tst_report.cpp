// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace godwit::engine;

namespace {

using Rows = QList<QStringList>;

Template contacts()
{
    Template t;
    t.id = QStringLiteral("tpl-1");
    t.name = QStringLiteral("Contacts");
    TemplateColumn name;
    name.name = QStringLiteral("Name");
    name.required = true;
    TemplateColumn email;
    email.name = QStringLiteral("Email");
    email.rule = RuleKind::Email;
    TemplateColumn age;
    age.name = QStringLiteral("Age");
    age.rule = RuleKind::Integer;
    TemplateColumn code;
    code.name = QStringLiteral("Code");
    code.unique = true;
    t.columns = {name, email, age, code};
    return t;
}

const QString kSheet = QStringLiteral("3f0c1a52-0000-4000-8000-000000000001");

ValidationReport run(const Rows &rows, qint64 firstRow = 1, qsizetype from = 0, qsizetype to = -1)
{
    const Template t = contacts();
    ValidationReport report(t, kSheet, 3);
    RowValidator validator(t);
    if (to < 0)
        to = rows.size();
    for (qsizetype i = from; i < to; ++i)
        validator.validate(rows[i], firstRow + i, &report);
    return report;
}

Rows sampleRows()
{
    auto r = [](const char *a, const char *b, const char *c, const char *d) {
        return QStringList{QString::fromUtf8(a), QString::fromUtf8(b), QString::fromUtf8(c),
                           QString::fromUtf8(d)};
    };
    return {
        r("Anna", "anna@example.com", "31", "A1"),  // 1 valid
        r("", "nope", "x", "A2"),                   // 2 three bad cells
        r("Bernd", "bernd@example.com", "", "A3"),  // 3 valid
        r("Cleo", "cleo@", "40", "A4"),             // 4 bad e-mail
        r("Dora", "dora@example.com", "12", "A1"),  // 5 duplicate code
        r("Émile", "", "7.5", ""),                  // 6 bad integer
        r("Fritz", "fritz@example.com", "1", "A6"), // 7 valid
        r("", "", "", ""),                          // 8 required name
        r("Gaby", "g@", "y", "A1"),                 // 9 three bad (email, age, unique)
    };
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void invalidCellCountCountsRows_data();
    void invalidCellCountCountsRows();
    void perColumnCountsAndSamples();
    void mergeEqualsOnePass_data();
    void mergeEqualsOnePass();
    void samplesKeepLowestRowsOutOfOrder();
    void parallelUnique_data();
    void parallelUnique();
    void linkRule();
    void jsonShape();
};

void TestReport::invalidCellCountCountsRows_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<qint64>("invalidRows");
    QTest::addColumn<qint64>("invalidCells");
    auto row = [](const char *a, const char *b, const char *c, const char *d) {
        return QStringList{QString::fromUtf8(a), QString::fromUtf8(b), QString::fromUtf8(c),
                           QString::fromUtf8(d)};
    };
    QTest::newRow("no rows") << Rows{} << qint64(0) << qint64(0);
    QTest::newRow("all valid") << Rows{row("a", "a@b.de", "1", "x"), row("b", "", "", "")} << qint64(0)
                               << qint64(0);
    QTest::newRow("one row, three bad cells") << Rows{row("", "bad", "x", "k")} << qint64(1) << qint64(3);
    QTest::newRow("two rows, one bad each")
        << Rows{row("", "a@b.de", "1", "k1"), row("n", "bad", "1", "k2")} << qint64(2) << qint64(2);
    QTest::newRow("missing cells are empty")
        << Rows{QStringList{QStringLiteral("n")}, QStringList{}} << qint64(1) << qint64(1);
    QTest::newRow("sample file") << sampleRows() << qint64(6) << qint64(10);
}

void TestReport::invalidCellCountCountsRows()
{
    QFETCH(Rows, rows);
    QFETCH(qint64, invalidRows);
    QFETCH(qint64, invalidCells);
    const ValidationReport report = run(rows);
    QCOMPARE(report.rowCount(), qint64(rows.size()));
    QCOMPARE(report.invalidCellCount(), invalidRows);
    QCOMPARE(report.validRowCount(), qint64(rows.size()) - invalidRows);
    QCOMPARE(report.invalidCells(), invalidCells);
    QCOMPARE(report.toJson().value(QStringLiteral("invalidCellCount")).toInteger(), invalidRows);
}

void TestReport::perColumnCountsAndSamples()
{
    const ValidationReport report = run(sampleRows());
    QCOMPARE(report.count(0, CellRule::Required), 2);
    QCOMPARE(report.count(1, CellRule::Email), 3);
    QCOMPARE(report.count(2, CellRule::Integer), 3);
    QCOMPARE(report.count(3, CellRule::Unique), 2);
    QCOMPARE(report.count(3, CellRule::Required), 0);
    QCOMPARE(report.samples(1, CellRule::Email),
             (QList<CellSample>{
                 {QStringLiteral("nope"), 2}, {QStringLiteral("cleo@"), 4}, {QStringLiteral("g@"), 9}}));
    QCOMPARE(report.samples(3, CellRule::Unique),
             (QList<CellSample>{{QStringLiteral("A1"), 5}, {QStringLiteral("A1"), 9}}));
    // at most maxSamples (3) kept, the lowest rows
    QCOMPARE(report.samples(2, CellRule::Integer).size(), 3);
    QCOMPARE(report.samples(2, CellRule::Integer).last().row, 9);
}

void TestReport::mergeEqualsOnePass_data()
{
    QTest::addColumn<int>("split");
    for (int split = 0; split <= 9; ++split)
        QTest::addRow("split at %d", split) << split;
}

void TestReport::mergeEqualsOnePass()
{
    QFETCH(int, split);
    // Rows without cross-range duplicates: the unique tracker is per RowValidator.
    Rows rows = sampleRows();
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i][3] = QString::number(i);
    const ValidationReport whole = run(rows);
    ValidationReport first = run(rows, 1, 0, split);
    const ValidationReport second = run(rows, 1, split, rows.size());
    ValidationReport reversed = second;
    reversed.merge(first);
    first.merge(second);
    QCOMPARE(first.rowCount(), whole.rowCount());
    QCOMPARE(first.invalidCellCount(), whole.invalidCellCount());
    QCOMPARE(QJsonDocument(first.toJson()).toJson(), QJsonDocument(whole.toJson()).toJson());
    QCOMPARE(QJsonDocument(reversed.toJson()).toJson(), QJsonDocument(whole.toJson()).toJson());
    // The second range numbered from elsewhere (read before its place in the file was known), then
    // shifted by the difference: the same report.
    const qint64 base = 700;
    ValidationReport provisional = run(rows, base - split, split, rows.size()); // its first row is `base`
    provisional.shiftRows(1 + split - base);
    ValidationReport shifted = run(rows, 1, 0, split);
    shifted.merge(provisional);
    QCOMPARE(QJsonDocument(shifted.toJson()).toJson(), QJsonDocument(whole.toJson()).toJson());
    for (int c = 0; c < 4; ++c) { // the tallies' first failing rows too
        for (size_t r = 0; r < kCellRuleCount; ++r)
            QCOMPARE(shifted.tally(c).rule(CellRule(r)).firstRows,
                     whole.tally(c).rule(CellRule(r)).firstRows);
    }
    // merging into a default-constructed report adopts the other
    ValidationReport empty;
    empty.merge(whole);
    QCOMPARE(QJsonDocument(empty.toJson()).toJson(), QJsonDocument(whole.toJson()).toJson());
}

void TestReport::parallelUnique_data()
{
    QTest::addColumn<QList<int>>("bounds"); // range starts (0-based), then the end
    QTest::addColumn<QList<qint64>>("lateRows");
    // Code "A1" is in rows 1, 5 and 9; row 9 also has other bad cells, row 5 has none.
    QTest::newRow("one range") << QList<int>{0, 9} << QList<qint64>{};
    QTest::newRow("split 4|5") << QList<int>{0, 4, 9} << QList<qint64>{5};
    QTest::newRow("split 5|4") << QList<int>{0, 5, 9} << QList<qint64>{9};
    QTest::newRow("three ranges") << QList<int>{0, 2, 6, 9} << QList<qint64>{5, 9};
    QTest::newRow("a range per row") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9} << QList<qint64>{5, 9};
}

void TestReport::parallelUnique()
{
    QFETCH(QList<int>, bounds);
    QFETCH(QList<qint64>, lateRows);
    const Template t = contacts();
    const Rows rows = sampleRows();
    const ValidationReport whole = run(rows);

    QList<bool> rowInvalid(rows.size());
    ValidationReport merged;
    std::unique_ptr<RowValidator> first;
    QList<qint64> late;
    for (qsizetype r = 0; r + 1 < bounds.size(); ++r) {
        auto validator = std::make_unique<RowValidator>(t);
        ValidationReport part(t, kSheet, 3);
        for (int i = bounds[r]; i < bounds[r + 1]; ++i) {
            const QList<CellResult> results = validator->validate(rows[i], i + 1, &part);
            rowInvalid[i] =
                std::any_of(results.begin(), results.end(), [](const CellResult &c) { return !c.ok; });
        }
        merged.merge(part);
        if (!first) {
            first = std::move(validator);
            continue;
        }
        for (const LateDuplicate &d : first->mergeLater(*validator)) {
            QCOMPARE(d.column, 3);
            QCOMPARE(d.firstRow, 1);
            late.append(d.row);
            merged.addLateFailure(d.column, CellRule::Unique, rows[d.row - 1][d.column], d.row,
                                  rowInvalid[d.row - 1]);
        }
    }
    QCOMPARE(late, lateRows);
    QCOMPARE(merged.invalidCellCount(), whole.invalidCellCount());
    QCOMPARE(merged.invalidCells(), whole.invalidCells());
    QCOMPARE(QJsonDocument(merged.toJson()).toJson(), QJsonDocument(whole.toJson()).toJson());
}

void TestReport::samplesKeepLowestRowsOutOfOrder()
{
    const Template t = contacts();
    ValidationReport report(t, kSheet, 2);
    RowValidator validator(t);
    for (qint64 row : {50, 40, 60, 10, 30})
        validator.validate({QStringLiteral("n"), QStringLiteral("bad%1").arg(row)}, row, &report);
    QCOMPARE(report.samples(1, CellRule::Email),
             (QList<CellSample>{{QStringLiteral("bad10"), 10}, {QStringLiteral("bad30"), 30}}));
}

void TestReport::linkRule()
{
    Template t;
    t.name = QStringLiteral("Deals");
    TemplateColumn company;
    company.name = QStringLiteral("Company");
    company.rule = RuleKind::Link;
    company.linkRule = {{QStringLiteral("tpl-companies"), QStringLiteral("Name")}};
    t.columns = {company};
    LinkIndex index;
    index.add(QStringLiteral("Acme"));
    index.add(QStringLiteral("Globex"));

    ValidationReport report(t, kSheet);
    RowValidator validator(t);
    // without an index, links are not checked
    QVERIFY(validator.validate({QStringLiteral("Initech")}, 1).first().ok);
    validator.setLinkIndex(0, &index);
    QVERIFY(validator.validate({QStringLiteral(" Acme ")}, 2, &report).first().ok);
    const CellResult miss = validator.validate({QStringLiteral("Initech")}, 3, &report).first();
    QVERIFY(!miss.ok);
    QCOMPARE(miss.failed, CellRule::Link);
    QVERIFY(validator.validate({QString()}, 4, &report).first().ok); // empty, not required
    QCOMPARE(report.count(0, CellRule::Link), 1);
    QCOMPARE(report.invalidCellCount(), 1);
}

void TestReport::jsonShape()
{
    const ValidationReport report = run(sampleRows());
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("inserted")).toInteger(), 9);
    QCOMPARE(json.value(QStringLiteral("invalidCellCount")).toInteger(), 6);
    const QJsonArray perSheet = json.value(QStringLiteral("perSheet")).toArray();
    QCOMPARE(perSheet.size(), 1);
    QCOMPARE(perSheet[0].toObject(),
             (QJsonObject{{QStringLiteral("templateName"), QStringLiteral("Contacts")},
                          {QStringLiteral("sheetId"), kSheet},
                          {QStringLiteral("rowCount"), 9}}));
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 4);
    const QJsonObject email = columns[1].toObject();
    QCOMPARE(email.value(QStringLiteral("column")).toString(), QStringLiteral("Email"));
    QCOMPARE(email.value(QStringLiteral("invalid")).toInteger(), 3);
    const QJsonObject rule = email.value(QStringLiteral("rules")).toArray().first().toObject();
    QCOMPARE(rule.value(QStringLiteral("rule")).toString(), QStringLiteral("email"));
    QCOMPARE(rule.value(QStringLiteral("count")).toInteger(), 3);
    QCOMPARE(rule.value(QStringLiteral("samples")).toArray().first().toObject(),
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("nope")}, {QStringLiteral("row"), 2}}));

    // two sheets: inserted and invalidCellCount add up, one perSheet entry each
    const QJsonObject both = ValidationReport::toJson({report, run(sampleRows().mid(0, 2))});
    QCOMPARE(both.value(QStringLiteral("inserted")).toInteger(), 11);
    QCOMPARE(both.value(QStringLiteral("invalidCellCount")).toInteger(), 7);
    QCOMPARE(both.value(QStringLiteral("perSheet")).toArray().size(), 2);
}

QTEST_APPLESS_MAIN(TestReport)
#include "tst_report.moc"
