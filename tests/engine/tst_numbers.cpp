// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/numbers.h"

#include <QTest>

using namespace godwit::engine;

Q_DECLARE_METATYPE(godwit::engine::DecimalStyle)
Q_DECLARE_METATYPE(godwit::engine::NormalStatus)
Q_DECLARE_METATYPE(godwit::engine::DecimalStyleDetector::Verdict)

class TestNumbers : public QObject {
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void parseDetails();
    void unchangedDoesNotAllocate();
    void detector_data();
    void detector();
    void styleNames();
};

void TestNumbers::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<DecimalStyle>("style");
    QTest::addColumn<NormalStatus>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<DecimalStyle>("evidence");

    const auto A = DecimalStyle::Auto;
    const auto P = DecimalStyle::Point;
    const auto C = DecimalStyle::Comma;
    const auto ok = NormalStatus::Unchanged;
    const auto bad = NormalStatus::Invalid;
    const auto amb = NormalStatus::Ambiguous;
    auto row = [](const char *name, const QString &in, DecimalStyle style, NormalStatus status,
                  const QString &out,
                  DecimalStyle evidence) { QTest::newRow(name) << in << style << status << out << evidence; };

    row("integer", QStringLiteral("42"), A, ok, QStringLiteral("42"), A);
    row("negative", QStringLiteral("-42"), A, ok, QStringLiteral("-42"), A);
    row("plus", QStringLiteral("+42"), A, ok, QStringLiteral("42"), A);
    row("unicode minus", QStringLiteral("\u22127.5"), A, ok, QStringLiteral("-7.5"), P);
    row("leading zeros", QStringLiteral("007"), A, ok, QStringLiteral("7"), A);
    row("zero", QStringLiteral("0"), A, ok, QStringLiteral("0"), A);
    row("negative zero", QStringLiteral("-0,00"), A, ok, QStringLiteral("0"), C);
    row("decimal point", QStringLiteral("1234.56"), A, ok, QStringLiteral("1234.56"), P);
    row("trailing zeros", QStringLiteral("12.50"), A, ok, QStringLiteral("12.5"), P);
    row("decimal comma", QStringLiteral("12,50"), A, ok, QStringLiteral("12.5"), C);
    row("en grouping", QStringLiteral("1,234.56"), A, ok, QStringLiteral("1234.56"), P);
    row("de grouping", QStringLiteral("1.234,56"), A, ok, QStringLiteral("1234.56"), C);
    row("en millions", QStringLiteral("1,234,567"), A, ok, QStringLiteral("1234567"), P);
    row("de millions", QStringLiteral("1.234.567"), A, ok, QStringLiteral("1234567"), C);
    row("de millions decimals", QStringLiteral("1.234.567,891"), A, ok, QStringLiteral("1234567.891"), C);
    row("fr nbsp", QStringLiteral("1\u00a0234\u00a0567,5"), A, ok, QStringLiteral("1234567.5"), C);
    row("fr narrow nbsp", QStringLiteral("1\u202f234,50\u00a0€"), A, ok, QStringLiteral("1234.5"), C);
    row("thin space", QStringLiteral("12\u2009345"), A, ok, QStringLiteral("12345"), A);
    row("space grouping", QStringLiteral("12 345"), A, ok, QStringLiteral("12345"), A);
    row("swiss apostrophe", QStringLiteral("1'234.50"), A, ok, QStringLiteral("1234.5"), P);
    row("swiss right quote", QStringLiteral("CHF 1\u2019234.50"), A, ok, QStringLiteral("1234.5"), P);
    row("ambiguous comma", QStringLiteral("1,234"), A, amb, QString(), A);
    row("ambiguous dot", QStringLiteral("1.234"), A, amb, QString(), A);
    row("ambiguous comma, point column", QStringLiteral("1,234"), P, ok, QStringLiteral("1234"), A);
    row("ambiguous comma, comma column", QStringLiteral("1,234"), C, ok, QStringLiteral("1.234"), A);
    row("ambiguous dot, point column", QStringLiteral("1.234"), P, ok, QStringLiteral("1.234"), A);
    row("ambiguous dot, comma column", QStringLiteral("1.234"), C, ok, QStringLiteral("1234"), A);
    row("three decimals after zero", QStringLiteral("0,123"), A, ok, QStringLiteral("0.123"), C);
    row("three decimals long integer", QStringLiteral("1234.567"), A, ok, QStringLiteral("1234.567"), P);
    row("three decimals after space groups", QStringLiteral("1 234,567"), A, ok, QStringLiteral("1234.567"),
        C);
    row("leading decimal", QStringLiteral(".5"), A, ok, QStringLiteral("0.5"), P);
    row("euro prefix", QStringLiteral("€1,234.56"), A, ok, QStringLiteral("1234.56"), P);
    row("euro suffix", QStringLiteral("1.234,56 €"), A, ok, QStringLiteral("1234.56"), C);
    row("dollar", QStringLiteral("$ 99.99"), A, ok, QStringLiteral("99.99"), P);
    row("us dollar", QStringLiteral("US$5.00"), A, ok, QStringLiteral("5"), P);
    row("pound negative", QStringLiteral("-£3.20"), A, ok, QStringLiteral("-3.2"), P);
    row("pound sign after currency", QStringLiteral("£-3.20"), A, ok, QStringLiteral("-3.2"), P);
    row("code prefix", QStringLiteral("EUR 1.500,00"), A, ok, QStringLiteral("1500"), C);
    row("code suffix lower", QStringLiteral("1500 usd"), A, ok, QStringLiteral("1500"), A);
    row("unknown code", QStringLiteral("1500 XYZ"), A, bad, QString(), A);
    row("percent", QStringLiteral("12%"), A, ok, QStringLiteral("0.12"), A);
    row("percent decimal comma", QStringLiteral("12,5 %"), A, ok, QStringLiteral("0.125"), C);
    row("percent big", QStringLiteral("250%"), A, ok, QStringLiteral("2.5"), A);
    row("percent tiny", QStringLiteral("0.5%"), A, ok, QStringLiteral("0.005"), P);
    row("accounting negative", QStringLiteral("(1,234.00)"), A, ok, QStringLiteral("-1234"), P);
    row("accounting with currency", QStringLiteral("($12.00)"), A, ok, QStringLiteral("-12"), P);
    row("sap trailing minus", QStringLiteral("1.234,56-"), A, ok, QStringLiteral("-1234.56"), C);
    row("exponent", QStringLiteral("1.5e3"), A, ok, QStringLiteral("1500"), P);
    row("negative exponent", QStringLiteral("5E-3"), A, ok, QStringLiteral("0.005"), A);
    row("exponent with grouping", QStringLiteral("1,234e3"), A, bad, QString(), A);
    row("huge exponent", QStringLiteral("1e400"), A, bad, QString(), A);
    row("two signs", QStringLiteral("--5"), A, bad, QString(), A);
    row("sign and parens", QStringLiteral("(-5)"), A, bad, QString(), A);
    row("two decimal commas", QStringLiteral("1,234,56"), A, bad, QString(), A);
    row("bad group", QStringLiteral("1,23,456"), A, bad, QString(), A);
    row("long first group", QStringLiteral("1234,567,890"), A, bad, QString(), A);
    row("two decimals", QStringLiteral("1.234,56.7"), A, bad, QString(), A);
    row("mixed grouping", QStringLiteral("1 234.567,89"), A, bad, QString(), A);
    row("trailing separator", QStringLiteral("12."), A, bad, QString(), A);
    row("double separator", QStringLiteral("1..2"), A, bad, QString(), A);
    row("letters", QStringLiteral("12abc"), A, bad, QString(), A);
    row("phone", QStringLiteral("+49 30 1234567"), A, bad, QString(), A);
    row("only sign", QStringLiteral("-"), A, bad, QString(), A);
    row("only currency", QStringLiteral("€"), A, bad, QString(), A);
    row("empty", QString(), A, NormalStatus::Empty, QString(), A);
    row("padded", QStringLiteral("  7 "), A, ok, QStringLiteral("7"), A);
    row("unicode minus nbsp euro", QStringLiteral("\u22121\u00a0234,50\u00a0€"), A, ok,
        QStringLiteral("-1234.5"), C);
    row("de millions code", QStringLiteral("12.345.678,90 EUR"), A, ok, QStringLiteral("12345678.9"), C);
    row("euro minus half", QStringLiteral("€-0,50"), A, ok, QStringLiteral("-0.5"), C);
    row("plus percent", QStringLiteral("+5%"), A, ok, QStringLiteral("0.05"), A);
    row("en millions decimals", QStringLiteral("1,000,000.00"), A, ok, QStringLiteral("1000000"), P);
    row("indian grouping not read", QStringLiteral("12,34,567.89"), A, bad, QString(), A);
    row("long exact", QStringLiteral("12345678901234567890.123456789"), A, ok,
        QStringLiteral("12345678901234567890.123456789"), P);
}

void TestNumbers::normalize()
{
    QFETCH(QString, input);
    QFETCH(DecimalStyle, style);
    QFETCH(NormalStatus, status);
    QFETCH(QString, expected);
    QFETCH(DecimalStyle, evidence);

    NumberOptions options;
    options.style = style;
    const Normalized n = normalizeNumber(input, options);
    if (status == NormalStatus::Unchanged) {
        QVERIFY2(n.ok(), qPrintable(QString::number(int(n.status))));
        QCOMPARE(n.text(input).toString(), expected);
        const NumberParse p = parseNumber(input, options);
        QCOMPARE(p.evidence, evidence);
        QCOMPARE(p.value, expected.toDouble());
        QCOMPARE(p.integer, !expected.contains(u'.'));
    } else {
        QCOMPARE(n.status, status);
    }
}

void TestNumbers::parseDetails()
{
    NumberParse p = parseNumber(u"€ 12,5 %");
    QVERIFY(p.ok());
    QVERIFY(p.currency);
    QVERIFY(p.percent);
    QCOMPARE(p.value, 0.125);
    QVERIFY(!p.integer);

    p = parseNumber(u"1,234"); // ambiguous: read as grouping, but flagged
    QCOMPARE(p.status, NormalStatus::Ambiguous);
    QCOMPARE(p.value, 1234.0);

    p = parseNumber(u"3.0");
    QVERIFY(p.ok());
    QVERIFY(p.integer);
    QVERIFY(!p.currency);
}

void TestNumbers::unchangedDoesNotAllocate()
{
    const QString canonical = QStringLiteral("-1234.5");
    const Normalized n = normalizeNumber(canonical);
    QCOMPARE(n.status, NormalStatus::Unchanged);
    QVERIFY(n.value.isNull());
    QCOMPARE(n.text(canonical).data(), canonical.constData());
    QCOMPARE(normalizeNumber(u"-1234.50").status, NormalStatus::Rewritten);
}

void TestNumbers::detector_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DecimalStyleDetector::Verdict>("verdict");
    QTest::addColumn<DecimalStyle>("style");
    using V = DecimalStyleDetector::Verdict;
    QTest::newRow("point decides the ambiguous")
        << QStringList{QStringLiteral("1,234"), QStringLiteral("12.50"), QStringLiteral("7")} << V::Point
        << DecimalStyle::Point;
    QTest::newRow("comma decides") << QStringList{QStringLiteral("1.234"), QStringLiteral("1.234,5"),
                                                  QStringLiteral("")}
                                   << V::Comma << DecimalStyle::Comma;
    QTest::newRow("only ambiguous") << QStringList{QStringLiteral("1,234"), QStringLiteral("5,678")}
                                    << V::Ambiguous << DecimalStyle::Auto;
    QTest::newRow("conflicting") << QStringList{QStringLiteral("1,5"), QStringLiteral("1.5")}
                                 << V::Conflicting << DecimalStyle::Auto;
    QTest::newRow("integers only") << QStringList{QStringLiteral("1"), QStringLiteral("12 345")}
                                   << V::NotNeeded << DecimalStyle::Auto;
    QTest::newRow("invalid is no evidence") << QStringList{QStringLiteral("1,23,4"), QStringLiteral("1.234")}
                                            << V::Ambiguous << DecimalStyle::Auto;
}

void TestNumbers::detector()
{
    QFETCH(QStringList, values);
    QFETCH(DecimalStyleDetector::Verdict, verdict);
    QFETCH(DecimalStyle, style);
    // Two halves merged, as two threads would.
    DecimalStyleDetector a;
    DecimalStyleDetector b;
    for (qsizetype i = 0; i < values.size(); ++i)
        (i % 2 ? b : a).add(values[i]);
    a.merge(b);
    QCOMPARE(a.verdict(), verdict);
    QCOMPARE(a.style(), style);
}

void TestNumbers::styleNames()
{
    for (DecimalStyle style : {DecimalStyle::Auto, DecimalStyle::Point, DecimalStyle::Comma})
        QCOMPARE(decimalStyleFromName(decimalStyleName(style)), style);
    QCOMPARE(decimalStyleFromName(u"whatever"), DecimalStyle::Auto);
}

QTEST_APPLESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
