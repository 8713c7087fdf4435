// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/booleans.h"

#include <QTest>

using namespace godwit::engine;

Q_DECLARE_METATYPE(godwit::engine::BooleanValue)

class TestBooleans : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void normalize();
};

void TestBooleans::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<BooleanValue>("expected");
    const auto T = BooleanValue::True;
    const auto F = BooleanValue::False;
    const auto bad = BooleanValue::Invalid;
    const char *const trues[] = {"yes", "YES", "Yes", "y",  "Y", "1",   "true", "TRUE", "True", "t", "on",
                                 "x",   "X",   "ja",  "JA", "j", "oui", "Oui",  "vrai", "wahr", "si"};
    for (const char *t : trues)
        QTest::newRow(t) << QString::fromUtf8(t) << T;
    const char *const falses[] = {"no",  "NO",   "n",    "N",   "0",   "false", "FALSE", "f",
                                  "off", "nein", "Nein", "non", "NON", "faux",  "falsch"};
    for (const char *f : falses)
        QTest::newRow(f) << QString::fromUtf8(f) << F;
    QTest::newRow("check mark") << QStringLiteral("✓") << T;
    QTest::newRow("heavy check mark") << QStringLiteral("✔") << T;
    QTest::newRow("ballot box checked") << QStringLiteral("☑") << T;
    QTest::newRow("ballot x") << QStringLiteral("✗") << F;
    QTest::newRow("empty ballot box") << QStringLiteral("☐") << F;
    QTest::newRow("spanish si accent") << QStringLiteral("Sí") << T;
    QTest::newRow("padded") << QStringLiteral("  Yes\t") << T;
    QTest::newRow("nbsp padded") << QStringLiteral("\u00a0no\u00a0") << F;
    QTest::newRow("empty") << QString() << BooleanValue::Empty;
    QTest::newRow("blank") << QStringLiteral("   ") << BooleanValue::Empty;
    QTest::newRow("maybe") << QStringLiteral("maybe") << bad;
    QTest::newRow("2") << QStringLiteral("2") << bad;
    QTest::newRow("-1") << QStringLiteral("-1") << bad;
    QTest::newRow("yess") << QStringLiteral("yess") << bad;
    QTest::newRow("yes please") << QStringLiteral("yes please") << bad;
    QTest::newRow("0.0") << QStringLiteral("0.0") << bad;
    QTest::newRow("true with quotes") << QStringLiteral("\"true\"") << bad;
}

void TestBooleans::parse()
{
    QFETCH(QString, input);
    QFETCH(BooleanValue, expected);
    QCOMPARE(parseBoolean(input), expected);
    const Normalized n = normalizeBoolean(input);
    switch (expected) {
    case BooleanValue::True:
        QCOMPARE(n.text(input), u"true");
        break;
    case BooleanValue::False:
        QCOMPARE(n.text(input), u"false");
        break;
    case BooleanValue::Empty:
        QCOMPARE(n.status, NormalStatus::Empty);
        break;
    case BooleanValue::Invalid:
        QCOMPARE(n.status, NormalStatus::Invalid);
        break;
    }
}

void TestBooleans::normalize()
{
    const QString t = QStringLiteral("true");
    QCOMPARE(normalizeBoolean(t).status, NormalStatus::Unchanged);
    QCOMPARE(normalizeBoolean(u" false ").status, NormalStatus::Unchanged); // trimming needs no copy
    const Normalized n = normalizeBoolean(u"Ja");
    QCOMPARE(n.status, NormalStatus::Rewritten);
    QCOMPARE(n.value, QStringLiteral("true"));
}

QTEST_APPLESS_MAIN(TestBooleans)
#include "tst_booleans.moc"
