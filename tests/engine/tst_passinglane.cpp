// SPDX-License-Identifier: GPL-3.0-or-later
// The validation pass's lane for passing rows: whatever it takes or leaves, a report made with it
// (and the full path for the rows it leaves) equals the report of the full path alone.
#include "engine/passinglane.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace godwit::engine;

namespace {

TemplateColumn column(const char *name, RuleKind rule, bool required = false)
{
    TemplateColumn c;
    c.name = QString::fromLatin1(name);
    c.rule = rule;
    c.required = required;
    return c;
}

// One column of each kind the lane tells apart: plain text with limits, e-mail (unique), date,
// phone, and columns it hands to their validator (enum, integer with a minimum, an unknown rule,
// a link checked against an index, text with a minimum length).
Template mixed()
{
    Template t;
    t.name = QStringLiteral("Mixed");
    TemplateColumn name = column("name", RuleKind::None, true);
    name.maxLength = 8;
    TemplateColumn email = column("email", RuleKind::Email, true);
    email.unique = true;
    TemplateColumn size = column("size", RuleKind::Enum);
    size.enumValues = {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")};
    TemplateColumn count = column("count", RuleKind::Integer);
    count.minimum = 0;
    TemplateColumn odd = column("odd", RuleKind::Unknown);
    odd.ruleName = QStringLiteral("colour");
    TemplateColumn code = column("code", RuleKind::None);
    code.minLength = 3;
    TemplateColumn company = column("company", RuleKind::Link);
    company.linkRule = {LinkTarget{QStringLiteral("t"), QStringLiteral("name")}};
    t.columns = {
        name, email,   column("born", RuleKind::Date), column("phone", RuleKind::Phone), size, count, odd,
        code, company, column("notes", RuleKind::None)};
    return t;
}

// Cells that pass and cells that fail each column, mixed at random: plain and accented text,
// white space and Unicode spaces at the ends, values too long or too short (in bytes but not in
// characters), two-, three- and four-byte characters, byte-order marks, bytes that are not UTF-8
// (overlong forms, encoded surrogates), repeated e-mails, upper-case domains, dates in several
// shapes, phones with and without a country code.
// Mostly (15 in 16) one of the first `passing` values, otherwise any of them.
QByteArray pick(QRandomGenerator &random, int passing, std::initializer_list<const char *> values)
{
    const int n = random.bounded(16) == 0 ? int(values.size()) : passing;
    return QByteArray(values.begin()[random.bounded(n)]);
}

std::vector<QByteArray> randomRow(QRandomGenerator &random, int i)
{
    std::vector<QByteArray> row;
    row.push_back(pick(random, 14,
                       {"Ann",
                        " Bo ",
                        "Zoë",
                        "Łukasz",
                        "ÉÉÉÉÉÉÉÉ",
                        "abcdefgh",
                        "\tAl",
                        "Ann\xc2\xa0",
                        "aÉÉÉÉÉÉb",
                        " a€€€€€€b",
                        "A\xef\xbb\xbfnn",
                        "Zoë ",
                        "\xef\xbb\xbf"
                        "Ann",
                        "a\xf0\x9f\x98\x80"
                        "b",
                        "abcdefghi",
                        "ÉÉÉÉÉÉÉÉÉ",
                        "aÉÉÉÉÉÉÉb",
                        "a€€€€€€€b",
                        "",
                        "  ",
                        "bad\xff",
                        "\xc2\xa0",
                        "a\xed\xa0\x80"
                        "b",
                        "a\xc0\xaf"
                        "b",
                        "a\xe0\x80\x80"
                        "b",
                        "a\xc3",
                        "a\xe2\x82"
                        "b",
                        "\xc2\x85"
                        "Ann",
                        "Ann\xe2\x80\x83",
                        "\xd0\x96"
                        "x",
                        "x\xd0\x96",
                        "\xc3"}));
    const int person = random.bounded(i + 1); // repeats now and then
    row.push_back(random.bounded(20) == 0  ? QByteArray("not an e-mail")
                  : random.bounded(9) == 0 ? QByteArray("P" + QByteArray::number(person) + "@Example.ORG")
                                           : QByteArray("p" + QByteArray::number(i) + "@example.org"));
    if (random.bounded(40) == 0)
        row.back() = "p" + QByteArray::number(person) + "@example.org";
    row.push_back(pick(random, 6,
                       {"1990-02-10", "10.02.1990", "29955", "", " 1990-2-1 ", "1990-02-10T10:00",
                        "31.02.1990", "soon", "02/10/1990"}));
    row.push_back(
        pick(random, 4, {"+49 30 66968761", "+4930 66968761", "", "+1 650 253 0000", "12", "030 1234567"}));
    row.push_back(pick(random, 4, {"S", "m", " L ", "", "XL"}));
    row.push_back(pick(random, 3, {"0", "12", "", "-3", "1.5", "x"}));
    row.push_back(pick(random, 3, {"red", "", " blue"}));
    row.push_back(pick(random, 6,
                       {"abc", "été", "", "abé", "aéb",
                        "a\xc2\xa0"
                        "b",
                        "ab", "é", "a\xc2\xa0", "aé "}));
    row.push_back(pick(random, 3, {"Acme", "Hooli", "", " Acme ", "Nowhere"}));
    row.push_back(pick(random, 4, {"", "one\ntwo", "Grüße", "x", "\xe2\x80\x83"}));
    if (random.bounded(25) == 0)
        row.resize(size_t(random.bounded(int(row.size())))); // ragged: missing trailing cells
    return row;
}

QList<QString> decoded(const std::vector<QByteArray> &row, int columns)
{
    QList<QString> cells;
    for (int c = 0; c < columns; ++c)
        cells.append(size_t(c) < row.size() ? QString::fromUtf8(row[size_t(c)]) : QString());
    return cells;
}

// The template's cells of a record whose fields map to columns by `sources` (-1: not in the file).
QList<QString> decoded(const std::vector<QByteArray> &row, const QList<int> &sources)
{
    QList<QString> cells;
    for (const int source : sources)
        cells.append(source >= 0 && size_t(source) < row.size() ? QString::fromUtf8(row[size_t(source)])
                                                                : QString());
    return cells;
}

std::vector<QByteArrayView> views(const std::vector<QByteArray> &row)
{
    return std::vector<QByteArrayView>(row.begin(), row.end());
}

QByteArray reportText(const ValidationReport &report)
{
    return QJsonDocument(report.toJson()).toJson();
}

} // namespace

class TestPassingLane : public QObject {
    Q_OBJECT
private slots:
    void equalsTheFullPath_data();
    void equalsTheFullPath();
    void requiredColumnNotInTheFile();
    void failingRowsAreLeftUntouched();
    void bytesThatAreNotUtf8GoTheFullWay_data();
    void bytesThatAreNotUtf8GoTheFullWay();
    void spilledUniqueValues();
    void twoUniqueTablesAreNotTaken();
};

void TestPassingLane::equalsTheFullPath_data()
{
    QTest::addColumn<QList<int>>("sources");
    QTest::newRow("every column in the file") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    // Date, phone, enum, the unknown rule and the notes not in the file (their cells are empty in
    // every row), and the fields in another order.
    QTest::newRow("some columns not in the file") << QList<int>{0, 1, -1, -1, -1, 5, -1, 7, 8, -1};
    QTest::newRow("reordered, a field used twice") << QList<int>{9, 1, 2, 3, 4, 5, 6, 0, 8, 0};
}

void TestPassingLane::equalsTheFullPath()
{
    QFETCH(QList<int>, sources);
    const Template t = mixed();
    LinkIndex companies;
    companies.add(u"Acme");
    companies.add(u"Hooli");
    RowValidator full(t);
    RowValidator laned(t);
    full.setLinkIndex(8, &companies);
    laned.setLinkIndex(8, &companies);
    PassingLane lane(laned, sources, {2});
    QVERIFY(lane.usable());
    ValidationReport fullReport(t, QStringLiteral("s"));
    ValidationReport lanedReport(t, QStringLiteral("s"));
    QRandomGenerator random(20261122);
    QList<CellResult> results;
    qint64 taken = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::vector<QByteArray> row = randomRow(random, i);
        const QList<QString> cells = decoded(row, sources);
        full.validate(cells, i + 2, results, &fullReport);
        const std::vector<QByteArrayView> fields = views(row);
        if (lane.tryRow(fields, i + 2)) {
            ++taken;
            // A passing row passes the full way too, and the lane gives the decoded date column.
            QVERIFY2(std::all_of(results.cbegin(), results.cend(), [](const CellResult &r) { return r.ok; }),
                     qPrintable(QString::number(i)));
            QCOMPARE(lane.cell(2), QStringView(cells[2]));
            // And the parse it made of a date (for the order detector), none for an empty cell.
            const QStringView born = QStringView(cells[2]).trimmed();
            const DateParse *parse = lane.dateParse(2);
            QCOMPARE(parse != nullptr, !born.isEmpty());
            if (parse) {
                const ColumnOptions &o = laned.column(2).options();
                QCOMPARE(lane.dateOrder(2), o.dateOrder);
                const DateParse expected =
                    parseDate(born, DateOptions{o.dateOrder, o.excelSerials, o.excelEpoch});
                QCOMPARE(parse->status, expected.status);
                QVERIFY(parse->value == expected.value);
                QCOMPARE(parse->first, expected.first);
                QCOMPARE(parse->second, expected.second);
                QCOMPARE(parse->separator, expected.separator);
            }
        } else {
            laned.validate(cells, i + 2, results, &lanedReport);
        }
        if (i % 5000 == 4999) // flushing midway changes nothing
            lane.flush(lanedReport);
    }
    lane.flush(lanedReport);
    QVERIFY2(taken > 1000 && taken < 19000, qPrintable(QString::number(taken)));
    QCOMPARE(lanedReport.rowCount(), 20000);
    QCOMPARE(reportText(lanedReport), reportText(fullReport));
    for (int c = 0; c < int(t.columns.size()); ++c) {
        const ColumnTally &a = lanedReport.tally(c);
        const ColumnTally &b = fullReport.tally(c);
        QCOMPARE(a.cells(), b.cells());
        QCOMPARE(a.empty(), b.empty());
        QCOMPARE(a.rewritten(), b.rewritten());
        QCOMPARE(a.unchecked(), b.unchecked());
    }
}

void TestPassingLane::requiredColumnNotInTheFile()
{
    // Every row fails the required name, which is not in the file: the lane takes none of them,
    // and an optional column not in the file does not stop it.
    const Template t = mixed();
    RowValidator validator(t);
    PassingLane without(validator, {-1, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    QVERIFY(!without.usable());
    const std::vector<QByteArray> row{"Ann", "a@example.org", "", "", "", "", "", "abc", "", ""};
    const std::vector<QByteArrayView> fields = views(row);
    QVERIFY(!without.tryRow(fields, 2));
    PassingLane optional(validator, {0, 1, 2, 3, -1, 5, -1, 7, 8, -1});
    QVERIFY(optional.usable());
    QVERIFY(optional.tryRow(fields, 2));
    ValidationReport report(t, QStringLiteral("s"));
    optional.flush(report);
    QCOMPARE(report.rowCount(), 1);
    QCOMPARE(report.tally(4).empty(), 1);
    QCOMPARE(report.tally(6).empty(), 1);
}

void TestPassingLane::failingRowsAreLeftUntouched()
{
    const Template t = mixed();
    RowValidator validator(t);
    PassingLane lane(validator, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    ValidationReport report(t, QStringLiteral("s"));
    auto row = [](const char *email, const char *name = "Ann") {
        return std::vector<QByteArray>{name, email, "1990-02-10", "", "S", "1", "", "abc", "", ""};
    };
    const std::vector<QByteArray> first = row("a@example.org");
    const std::vector<QByteArrayView> firstFields = views(first);
    QVERIFY(lane.tryRow(firstFields, 2));
    // The same e-mail again: left for the full path, which finds it repeated at row 2.
    const std::vector<QByteArrayView> again = views(first);
    QVERIFY(!lane.tryRow(again, 3));
    // A row failing after its e-mail was looked at does not leave the e-mail behind.
    const std::vector<QByteArray> tooLong = row("b@example.org", "abcdefghi");
    const std::vector<QByteArrayView> tooLongFields = views(tooLong);
    QVERIFY(!lane.tryRow(tooLongFields, 4));
    QList<CellResult> results;
    validator.validate(decoded(row("b@example.org"), 10), 5, results, &report);
    QVERIFY(results[1].ok);
    validator.validate(decoded(first, 10), 6, results, &report);
    QCOMPARE(results[1].failed, CellRule::Unique);
    // A cell larger than the lane's buffer (one it decodes: it starts with a three-byte character):
    // that row goes the full way once, the buffer grows, and the next such row passes.
    std::vector<QByteArray> large = row("c@example.org");
    large[9] = QByteArray("€").repeated(30000);
    const std::vector<QByteArrayView> largeFields = views(large);
    QVERIFY(!lane.tryRow(largeFields, 7));
    QVERIFY(lane.tryRow(largeFields, 7));
    lane.flush(report);
    QCOMPARE(report.rowCount(), 4);
    QCOMPARE(report.invalidCellCount(), 1);
    QCOMPARE(lane.pendingRows(), 0);
}

void TestPassingLane::bytesThatAreNotUtf8GoTheFullWay_data()
{
    // The full path reports bytes that are not UTF-8 (with the row and offset); the lane must not
    // take such a row, whatever else it passes. Each is also given in the notes column, which has
    // no length limit, and with an ASCII character at either end (what the byte check looks at).
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("utf8");
    QTest::newRow("two-byte") << QByteArray("aéb") << true;
    QTest::newRow("three-byte") << QByteArray("a€b") << true;
    QTest::newRow("four-byte") << QByteArray("a\xf0\x9f\x98\x80z") << true;
    QTest::newRow("byte-order mark inside") << QByteArray("a\xef\xbb\xbfz") << true;
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << false;
    QTest::newRow("invalid byte") << QByteArray("a\xffz") << false;
    QTest::newRow("overlong two-byte") << QByteArray("a\xc0\xafz") << false;
    QTest::newRow("overlong three-byte") << QByteArray("a\xe0\x80\xafz") << false;
    QTest::newRow("encoded surrogate") << QByteArray("a\xed\xa0\x80z") << false;
    QTest::newRow("sequence cut short") << QByteArray("a\xe2\x82z") << false;
    QTest::newRow("lead byte last but one") << QByteArray("a\xc3z") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("a\xf4\x90\x80\x80z") << false;
}

void TestPassingLane::bytesThatAreNotUtf8GoTheFullWay()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, utf8);
    const Template t = mixed();
    for (const size_t column : {size_t(0), size_t(9)}) {
        RowValidator validator(t);
        PassingLane lane(validator, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        std::vector<QByteArray> row{"Ann", "a@example.org", "", "", "", "", "", "abc", "", ""};
        row[column] = text;
        const std::vector<QByteArrayView> fields = views(row);
        QCOMPARE(lane.tryRow(fields, 2), utf8);
    }
}

void TestPassingLane::spilledUniqueValues()
{
    Template t = mixed();
    t.columns[7].unique = true; // two unique columns: fine when the values go to a spill
    RowValidator validator(t);
    UniqueSpill spill;
    validator.setUniqueSpill(&spill);
    PassingLane lane(validator, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    QVERIFY(lane.usable());
    const std::vector<QByteArray> row{"Ann", "a@example.org", "", "", "", "", "", "abc", "", ""};
    const std::vector<QByteArrayView> fields = views(row);
    QVERIFY(lane.tryRow(fields, 2));
    QVERIFY(lane.tryRow(fields, 3)); // a repeat is found after the pass, from the spill
    QVERIFY(spill.flush());
    QCOMPARE(spill.count(), 4);
    QList<int> repeatedColumns;
    QString error;
    QVERIFY2(UniqueSpill::findDuplicates(
                 {&spill},
                 [&](int column, qint64 row) {
                     QCOMPARE(row, 3);
                     repeatedColumns.append(column);
                 },
                 &error),
             qPrintable(error));
    std::sort(repeatedColumns.begin(), repeatedColumns.end());
    QCOMPARE(repeatedColumns, QList<int>({1, 7}));
    const int repeats = int(repeatedColumns.size());
    QCOMPARE(repeats, 2);
}

void TestPassingLane::twoUniqueTablesAreNotTaken()
{
    Template t = mixed();
    t.columns[7].unique = true;
    RowValidator validator(t);
    PassingLane lane(validator, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    QVERIFY(!lane.usable());
    const std::vector<QByteArray> row{"Ann", "a@example.org", "", "", "", "", "", "abc", "", ""};
    const std::vector<QByteArrayView> fields = views(row);
    QVERIFY(!lane.tryRow(fields, 2));
}

QTEST_GUILESS_MAIN(TestPassingLane)
#include "tst_passinglane.moc"
