// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/cellvalidator.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace godwit::engine;

Q_DECLARE_METATYPE(godwit::engine::TemplateColumn)
Q_DECLARE_METATYPE(godwit::engine::ColumnOptions)

namespace {

TemplateColumn column(RuleKind rule, bool required = false)
{
    TemplateColumn c;
    c.name = QStringLiteral("col");
    c.rule = rule;
    c.ruleName = ruleKindName(rule);
    c.required = required;
    return c;
}

} // namespace

class TestCellValidator : public QObject {
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void ruleNames();
    void uncheckedColumns();
    void normalValuesAreViews();
    void messagesAreShared();
    void sharedBetweenThreads();
    void tally();
    void tallyMerge();
};

void TestCellValidator::validate_data()
{
    QTest::addColumn<TemplateColumn>("column");
    QTest::addColumn<ColumnOptions>("options");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("failed"); // rule name, empty when ok
    QTest::addColumn<QString>("normal"); // with ok
    QTest::addColumn<bool>("ambiguous");

    const ColumnOptions none;
    auto ok = [](const char *name, const TemplateColumn &c, const ColumnOptions &o, const QString &in,
                 const QString &out) { QTest::newRow(name) << c << o << in << QString() << out << false; };
    auto bad = [](const char *name, const TemplateColumn &c, const ColumnOptions &o, const QString &in,
                  const char *rule, bool ambiguous = false) {
        QTest::newRow(name) << c << o << in << QString::fromLatin1(rule) << QString() << ambiguous;
    };

    const TemplateColumn text = column(RuleKind::None);
    const TemplateColumn required = column(RuleKind::None, true);
    ok("text trimmed", text, none, QStringLiteral("  Anna  "), QStringLiteral("Anna"));
    ok("optional empty", text, none, QString(), QString());
    ok("optional blank", text, none, QStringLiteral(" \t "), QString());
    bad("required empty", required, none, QString(), "required");
    bad("required blank", required, none, QStringLiteral("\u00a0 "), "required");
    ok("required present", required, none, QStringLiteral("x"), QStringLiteral("x"));

    TemplateColumn lengths = column(RuleKind::None);
    lengths.minLength = 2;
    lengths.maxLength = 5;
    bad("too short", lengths, none, QStringLiteral("a"), "minLength");
    bad("too long", lengths, none, QStringLiteral("abcdef"), "maxLength");
    ok("length counts characters", lengths, none, QStringLiteral("😀😀😀😀😀"), QStringLiteral("😀😀😀😀😀"));
    ok("length after trim", lengths, none, QStringLiteral("  abcde  "), QStringLiteral("abcde"));
    bad("too long in characters", lengths, none, QStringLiteral("😀😀😀😀😀😀"), "maxLength");
    bad("too short in characters", lengths, none, QStringLiteral("😀"), "minLength");
    ok("short enough in characters", lengths, none, QStringLiteral("ab😀😀"), QStringLiteral("ab😀😀"));
    TemplateColumn atLeastThree = column(RuleKind::None);
    atLeastThree.minLength = 3;
    bad("four units, two characters", atLeastThree, none, QStringLiteral("😀😀"), "minLength");
    ok("four units, three characters", atLeastThree, none, QStringLiteral("a😀b"), QStringLiteral("a😀b"));
    ok("three units", atLeastThree, none, QStringLiteral("abc"), QStringLiteral("abc"));

    TemplateColumn strict = column(RuleKind::Strict);
    strict.strictRule = QStringLiteral("^[A-Z]{2}-\\d{4}$");
    ok("strict match", strict, none, QStringLiteral(" AB-1234 "), QStringLiteral("AB-1234"));
    bad("strict lower", strict, none, QStringLiteral("ab-1234"), "strict");
    bad("strict longer", strict, none, QStringLiteral("AB-12345"), "strict");
    TemplateColumn unanchored = column(RuleKind::Strict);
    unanchored.strictRule = QStringLiteral("\\d+");
    ok("strict as given, not anchored", unanchored, none, QStringLiteral("abc123"), QStringLiteral("abc123"));
    bad("strict unanchored no digit", unanchored, none, QStringLiteral("abc"), "strict");

    TemplateColumn enumCol = column(RuleKind::Enum);
    enumCol.enumValues = {QStringLiteral("Lead"), QStringLiteral("Won"), QStringLiteral("Lost")};
    ColumnOptions aliases;
    aliases.enumAliases = {{QStringLiteral("closed won"), QStringLiteral("Won")}};
    ok("enum case", enumCol, aliases, QStringLiteral("WON"), QStringLiteral("Won"));
    ok("enum alias", enumCol, aliases, QStringLiteral("Closed Won"), QStringLiteral("Won"));
    bad("enum unknown", enumCol, aliases, QStringLiteral("Pending"), "enum");
    bad("enum alias without options", enumCol, none, QStringLiteral("closed won"), "enum");

    const TemplateColumn email = column(RuleKind::Email, true);
    ok("email", email, none, QStringLiteral(" Anna@Example.COM "), QStringLiteral("Anna@example.com"));
    bad("email double dot", email, none, QStringLiteral("anna..b@example.com"), "email");
    bad("email missing", email, none, QString(), "required");

    TemplateColumn amount = column(RuleKind::Number);
    amount.minimum = 0;
    amount.maximum = 1000;
    ok("number", amount, none, QStringLiteral("€ 12,50"), QStringLiteral("12.5"));
    ok("number at max", amount, none, QStringLiteral("1000"), QStringLiteral("1000"));
    bad("number below min", amount, none, QStringLiteral("(5.00)"), "min");
    bad("number above max", amount, none, QStringLiteral("1.000,01"), "max");
    bad("number text", amount, none, QStringLiteral("twelve"), "number");
    bad("number ambiguous", amount, none, QStringLiteral("1,234"), "number", true);
    ColumnOptions commaStyle;
    commaStyle.decimalStyle = DecimalStyle::Comma;
    ok("number decided by column", amount, commaStyle, QStringLiteral("1,234"), QStringLiteral("1.234"));

    const TemplateColumn integer = column(RuleKind::Integer);
    ok("integer", integer, none, QStringLiteral("1,234,567"), QStringLiteral("1234567"));
    ok("integer with zero decimals", integer, none, QStringLiteral("42.00"), QStringLiteral("42"));
    bad("integer with decimals", integer, none, QStringLiteral("4.5"), "integer");
    bad("integer text", integer, none, QStringLiteral("4x"), "integer");
    const TemplateColumn decimal = column(RuleKind::Decimal);
    bad("decimal text", decimal, none, QStringLiteral("n/a"), "decimal");
    ok("decimal percent", decimal, none, QStringLiteral("7,5 %"), QStringLiteral("0.075"));

    const TemplateColumn date = column(RuleKind::Date);
    ColumnOptions dayFirst;
    dayFirst.dateOrder = DateOrder::DayFirst;
    ColumnOptions epoch1904;
    epoch1904.excelEpoch = ExcelEpoch::Excel1904;
    ok("date iso", date, none, QStringLiteral("2024-03-15"), QStringLiteral("2024-03-15"));
    ok("date german", date, none, QStringLiteral("15.03.2024"), QStringLiteral("2024-03-15"));
    bad("date ambiguous", date, none, QStringLiteral("03/04/2024"), "date", true);
    ok("date decided", date, dayFirst, QStringLiteral("03/04/2024"), QStringLiteral("2024-04-03"));
    bad("date against column order", date, dayFirst, QStringLiteral("03/15/2024"), "date");
    ok("date serial", date, none, QStringLiteral("45000"), QStringLiteral("2023-03-15"));
    ok("date serial 1904", date, epoch1904, QStringLiteral("45000"), QStringLiteral("2027-03-16"));
    bad("date serial 60", date, none, QStringLiteral("60"), "date");
    bad("date text", date, none, QStringLiteral("soon"), "date");
    const TemplateColumn datetime = column(RuleKind::DateTime);
    ok("datetime", datetime, none, QStringLiteral("3/15/2024 2:30 PM"),
       QStringLiteral("2024-03-15T14:30:00"));
    bad("datetime ambiguous", datetime, none, QStringLiteral("3/4/2024 2:30 PM"), "datetime", true);

    const TemplateColumn boolean = column(RuleKind::Boolean);
    ok("boolean ja", boolean, none, QStringLiteral("Ja"), QStringLiteral("true"));
    ok("boolean x", boolean, none, QStringLiteral("x"), QStringLiteral("true"));
    ok("boolean empty stays empty", boolean, none, QString(), QString());
    bad("boolean maybe", boolean, none, QStringLiteral("maybe"), "boolean");

    const TemplateColumn phone = column(RuleKind::Phone);
    ColumnOptions de;
    de.defaultRegion = QStringLiteral("DE");
    ok("phone region", phone, de, QStringLiteral("030 1234567"), QStringLiteral("+49301234567"));
    bad("phone no region", phone, none, QStringLiteral("030 1234567"), "phone");
    ok("phone no region international", phone, none, QStringLiteral("+49 30 1234567"),
       QStringLiteral("+49301234567"));

    const TemplateColumn url = column(RuleKind::Url);
    ok("url", url, none, QStringLiteral("HTTP://Example.com/A"), QStringLiteral("http://example.com/A"));
    bad("url", url, none, QStringLiteral("example dot com"), "url");
    const TemplateColumn uuid = column(RuleKind::Uuid);
    ok("uuid", uuid, none, QStringLiteral("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"),
       QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    bad("uuid", uuid, none, QStringLiteral("3F2504E0"), "uuid");

    TemplateColumn link = column(RuleKind::Link);
    link.linkRule = {LinkTarget{QStringLiteral("t0"), QStringLiteral("email")}};
    ok("link passes per cell", link, none, QStringLiteral(" anything "), QStringLiteral("anything"));
}

void TestCellValidator::validate()
{
    QFETCH(TemplateColumn, column);
    QFETCH(ColumnOptions, options);
    QFETCH(QString, input);
    QFETCH(QString, failed);
    QFETCH(QString, normal);
    QFETCH(bool, ambiguous);

    const ColumnValidator validator(column, options);
    QVERIFY2(!validator.isUnchecked(), qPrintable(validator.setupProblem()));
    const CellResult r = validator.validate(input);
    QCOMPARE(r.ok, failed.isEmpty());
    QCOMPARE(r.ambiguous, ambiguous);
    QCOMPARE(r.unchecked, false);
    if (r.ok) {
        QCOMPARE(r.failed, CellRule::None);
        QVERIFY(r.message.isEmpty());
        QCOMPARE(r.normal(input).toString(), normal);
        QCOMPARE(r.empty, input.trimmed().isEmpty());
        QCOMPARE(r.rewritten, normal != input.trimmed());
    } else {
        QCOMPARE(cellRuleName(r.failed), failed);
        QVERIFY(!r.message.isEmpty());
    }
}

void TestCellValidator::ruleNames()
{
    for (int i = 0; i < kCellRuleCount; ++i) {
        const auto rule = CellRule(i);
        QCOMPARE(cellRuleFromName(cellRuleName(rule)), std::optional<CellRule>(rule));
    }
    QCOMPARE(cellRuleName(CellRule::MaxLength), QStringLiteral("maxLength"));
    QCOMPARE(cellRuleFromName(u"nonsense"), std::nullopt);
}

void TestCellValidator::uncheckedColumns()
{
    TemplateColumn unknown = column(RuleKind::Unknown);
    unknown.ruleName = QStringLiteral("iban");
    unknown.maxLength = 4;
    const ColumnValidator v1(unknown);
    QVERIFY(v1.isUnchecked());
    QVERIFY(v1.setupProblem().contains(QStringLiteral("iban")));
    CellResult r = v1.validate(u" DE12 ");
    QVERIFY(r.ok);
    QVERIFY(r.unchecked);
    QCOMPARE(r.normal(u" DE12 "), u"DE12");
    r = v1.validate(u"DE1234"); // limits still apply
    QVERIFY(!r.ok);
    QCOMPARE(r.failed, CellRule::MaxLength);

    TemplateColumn broken = column(RuleKind::Strict, true);
    broken.strictRule = QStringLiteral("([a-z");
    const ColumnValidator v2(broken);
    QVERIFY(v2.isUnchecked());
    QVERIFY(v2.setupProblem().contains(QStringLiteral("invalid pattern")));
    QVERIFY(v2.validate(u"anything").unchecked);
    QCOMPARE(v2.validate(u"").failed, CellRule::Required); // required is still checked

    TemplateColumn emptyEnum = column(RuleKind::Enum);
    const ColumnValidator v3(emptyEnum);
    QVERIFY(v3.isUnchecked());
    QVERIFY(v3.validate(u"x").ok);
}

void TestCellValidator::normalValuesAreViews()
{
    const ColumnValidator v(column(RuleKind::Email));
    const QString raw = QStringLiteral("  anna@example.com ");
    const CellResult r = v.validate(raw);
    QVERIFY(r.ok);
    QVERIFY(!r.rewritten);
    QVERIFY(r.value.isNull());
    QCOMPARE(r.normal(raw).data(), raw.constData() + 2);
}

void TestCellValidator::messagesAreShared()
{
    const ColumnValidator v(column(RuleKind::Email));
    const CellResult a = v.validate(u"bad");
    const CellResult b = v.validate(u"worse");
    QVERIFY(!a.ok && !b.ok);
    QCOMPARE(a.message, QStringLiteral("not a valid e-mail address"));
    QCOMPARE(a.message.constData(), b.message.constData());
}

void TestCellValidator::sharedBetweenThreads()
{
    TemplateColumn strict = column(RuleKind::Strict);
    strict.strictRule = QStringLiteral("^C-(\\d{3})$");
    const ColumnValidator regex(strict);
    const ColumnValidator dates(column(RuleKind::Date));
    std::atomic<int> wrong{0};
    auto work = [&](int seed) {
        for (int i = 0; i < 20000; ++i) {
            const int n = (seed * 31 + i) % 2000;
            const QString code = QStringLiteral("C-") + QString::number(n);
            if (regex.validate(code).ok != (n >= 100 && n < 1000))
                ++wrong;
            const int day = 13 + n % 16;
            const QString date = QString::number(day) + QStringLiteral(".0") + QString::number(1 + n % 9) +
                                 QStringLiteral(".2024");
            const CellResult r = dates.validate(date);
            if (!r.ok || r.normal(date).right(2) != QString::number(day))
                ++wrong;
        }
    };
    std::thread a(work, 1);
    std::thread b(work, 2);
    a.join();
    b.join();
    QCOMPARE(wrong.load(), 0);
}

void TestCellValidator::tally()
{
    TemplateColumn c = column(RuleKind::Email, true);
    const ColumnValidator v(c);
    ColumnTally tally(2);
    const QStringList values = {
        QStringLiteral("a@example.com"), QStringLiteral("bad"),           QString(),
        QStringLiteral("bad"),           QStringLiteral("A@EXAMPLE.com"), QStringLiteral("worse"),
        QStringLiteral("worst")};
    for (qsizetype row = 0; row < values.size(); ++row)
        tally.add(v.validate(values[row]), values[row], row + 1);
    tally.addFailure(CellRule::Unique, u"a@example.com", 5);
    QCOMPARE(tally.cells(), 7);
    QCOMPARE(tally.invalid(), 6);
    QCOMPARE(tally.empty(), 1);
    QCOMPARE(tally.rewritten(), 1);
    QCOMPARE(tally.rule(CellRule::Email).count, 4);
    QCOMPARE(tally.rule(CellRule::Email).samples,
             (QStringList{QStringLiteral("bad"), QStringLiteral("worse")}));
    QCOMPARE(tally.rule(CellRule::Email).firstRows, (QList<qint64>{2, 4}));
    QCOMPARE(tally.rule(CellRule::Required).count, 1);
    QCOMPARE(tally.rule(CellRule::Unique).count, 1);
    QCOMPARE(tally.failedRules(), (QList<CellRule>{CellRule::Email, CellRule::Required, CellRule::Unique}));
}

void TestCellValidator::tallyMerge()
{
    const ColumnValidator v(column(RuleKind::Number));
    ColumnTally first(3);
    ColumnTally second(3);
    second.add(v.validate(u"x"), u"x", 10);
    second.add(v.validate(u"y"), u"y", 11);
    first.add(v.validate(u"z"), u"z", 3);
    first.add(v.validate(u"1,234"), u"1,234", 4);
    first.merge(second);
    QCOMPARE(first.cells(), 4);
    QCOMPARE(first.invalid(), 4);
    QCOMPARE(first.ambiguous(), 1);
    QCOMPARE(first.rule(CellRule::Number).count, 4);
    QCOMPARE(first.rule(CellRule::Number).samples.size(), 3);
    QCOMPARE(first.rule(CellRule::Number).firstRows, (QList<qint64>{3, 4, 10}));
}

QTEST_APPLESS_MAIN(TestCellValidator)
#include "tst_cellvalidator.moc"
