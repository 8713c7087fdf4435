// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/columnsettings.h"

#include <QTest>

using namespace godwit::engine;

Q_DECLARE_METATYPE(godwit::engine::RuleKind)
Q_DECLARE_METATYPE(godwit::engine::DateOrder)
Q_DECLARE_METATYPE(godwit::engine::DecimalStyle)

class TestColumnSettings : public QObject {
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
    void userAnswerWins();
    void decidedColumnValidates();
};

void TestColumnSettings::detect_data()
{
    QTest::addColumn<RuleKind>("rule");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<DecimalStyle>("style");
    QTest::addColumn<bool>("askOrder");
    QTest::addColumn<bool>("askStyle");
    QTest::addColumn<DateOrder>("suggestedOrder");

    const auto U = DateOrder::Unknown;
    const auto D = DateOrder::DayFirst;
    const auto M = DateOrder::MonthFirst;
    const auto A = DecimalStyle::Auto;
    QTest::newRow("dates day-first") << RuleKind::Date
                                     << QStringList{QStringLiteral("01/02/2024"),
                                                    QStringLiteral("28/02/2024")}
                                     << D << A << false << false << D;
    QTest::newRow("dates ambiguous") << RuleKind::DateTime
                                     << QStringList{QStringLiteral("01/02/2024 10:00"),
                                                    QStringLiteral("03/04/2024")}
                                     << U << A << true << false << M;
    QTest::newRow("dates conflicting")
        << RuleKind::Date << QStringList{QStringLiteral("13.01.2024"), QStringLiteral("01.13.2024")} << U << A
        << true << false << D;
    QTest::newRow("dates iso only") << RuleKind::Date << QStringList{QStringLiteral("2024-01-02")} << U << A
                                    << false << false << D;
    QTest::newRow("numbers comma") << RuleKind::Number
                                   << QStringList{QStringLiteral("1.234"), QStringLiteral("12,5")} << U
                                   << DecimalStyle::Comma << false << false << D;
    QTest::newRow("numbers ambiguous")
        << RuleKind::Decimal << QStringList{QStringLiteral("1,234"), QStringLiteral("7")} << U << A << false
        << true << D;
    QTest::newRow("integers plain") << RuleKind::Integer
                                    << QStringList{QStringLiteral("7"), QStringLiteral("12 000")} << U << A
                                    << false << false << D;
    QTest::newRow("text column ignores")
        << RuleKind::None << QStringList{QStringLiteral("01/02/2024"), QStringLiteral("1,234")} << U << A
        << false << false << D;
}

void TestColumnSettings::detect()
{
    QFETCH(RuleKind, rule);
    QFETCH(QStringList, values);
    QFETCH(DateOrder, order);
    QFETCH(DecimalStyle, style);
    QFETCH(bool, askOrder);
    QFETCH(bool, askStyle);
    QFETCH(DateOrder, suggestedOrder);

    TemplateColumn column;
    column.name = QStringLiteral("c");
    column.rule = rule;
    ColumnSettingsDetector a(column);
    ColumnSettingsDetector b(column);
    for (qsizetype i = 0; i < values.size(); ++i)
        (i % 2 ? b : a).add(values[i]);
    a.merge(b);
    const ColumnOptions options = a.apply({});
    QCOMPARE(options.dateOrder, order);
    QCOMPARE(options.decimalStyle, style);
    QCOMPARE(a.needsDateOrder(), askOrder);
    QCOMPARE(a.needsDecimalStyle(), askStyle);
    QCOMPARE(a.suggestedDateOrder(), suggestedOrder);
}

void TestColumnSettings::userAnswerWins()
{
    TemplateColumn column;
    column.name = QStringLiteral("d");
    column.rule = RuleKind::Date;
    ColumnSettingsDetector detector(column);
    detector.add(u"03/04/2024");
    ColumnOptions answered;
    answered.dateOrder = DateOrder::MonthFirst;
    QVERIFY(detector.needsDateOrder());
    QVERIFY(!detector.needsDateOrder(answered));
    QCOMPARE(detector.apply(answered).dateOrder, DateOrder::MonthFirst);

    column.rule = RuleKind::Number;
    ColumnSettingsDetector numbers(column);
    numbers.add(u"1,234");
    QCOMPARE(numbers.suggestedDecimalStyle(), DecimalStyle::Point);
    numbers.add(u"1,5");
    QCOMPARE(numbers.suggestedDecimalStyle(), DecimalStyle::Comma);
}

void TestColumnSettings::decidedColumnValidates()
{
    // The whole loop: detect over the column, then validate with the decided order.
    TemplateColumn column;
    column.name = QStringLiteral("born");
    column.rule = RuleKind::Date;
    const QStringList values = {QStringLiteral("03/04/1990"), QStringLiteral("25/12/1985"),
                                QStringLiteral("")};
    ColumnSettingsDetector detector(column);
    for (const QString &v : values)
        detector.add(v);
    QVERIFY(!ColumnValidator(column).validate(values[0]).ok); // undecided: ambiguous
    const ColumnValidator validator(column, detector.apply({}));
    QCOMPARE(validator.validate(values[0]).normal(values[0]), u"1990-04-03");
    QCOMPARE(validator.validate(values[1]).normal(values[1]), u"1985-12-25");
}

QTEST_APPLESS_MAIN(TestColumnSettings)
#include "tst_columnsettings.moc"
