// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnProfiler: inferred type, blanks, distinct values (exact, then HyperLogLog), minimum and
// maximum in the type's order, top values, misfits with their lines, length histogram, and
// merge() of per-thread profilers equal to one pass.
#include "app/preview/columnprofile.h"

#include <QRandomGenerator>
#include <QTest>

using namespace godwit::app;

Q_DECLARE_METATYPE(godwit::app::ValueType)

namespace {

ColumnProfile profileOf(const QStringList &values)
{
    ColumnProfiler profiler(0);
    qint64 line = 2;
    for (const QString &v : values)
        profiler.add(v, line++);
    return profiler.result();
}

} // namespace

class TestColumnProfile : public QObject {
    Q_OBJECT
private slots:
    void infersTheType_data();
    void infersTheType();
    void countsBlanksAndMisfits();
    void minimumAndMaximumInTheTypesOrder();
    void topValuesAndDistinct();
    void distinctEstimateOfManyValues();
    void lengthHistogram();
    void mergeEqualsOnePass();
    void missingCells();
};

void TestColumnProfile::infersTheType_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<ValueType>("type");
    const auto list = [](const char *csv) { return QString::fromUtf8(csv).split(QLatin1Char('|')); };
    QTest::newRow("integers") << list("1|22|-3|4 500|12") << ValueType::Integer;
    QTest::newRow("0/1 are numbers") << list("0|1|1|0") << ValueType::Integer;
    QTest::newRow("decimals") << list("1.5|2|3,25|-0.5|1e3") << ValueType::Decimal;
    QTest::newRow("dates") << list("2024-03-15|15.03.2024|March 3, 2024|2024-01-01T10:00:00Z")
                           << ValueType::Date;
    QTest::newRow("yes/no") << list("yes|no|Ja|x|nein") << ValueType::Boolean;
    QTest::newRow("e-mails") << list("a@example.com|b.c@mail.example.de|x+y@example.org") << ValueType::Email;
    QTest::newRow("text") << list("Acme|Globex|Initech|12") << ValueType::Text;
    QTest::newRow("all blank") << list("| |  ") << ValueType::Empty;
    // 19 of 20 values fit: still numbers, with one misfit.
    QStringList mostly;
    for (int i = 0; i < 19; ++i)
        mostly.append(QString::number(i));
    mostly.append(QStringLiteral("n/a"));
    QTest::newRow("95% integers") << mostly << ValueType::Integer;
    // Half and half: text.
    QTest::newRow("mixed") << list("1|2|a|b") << ValueType::Text;
}

void TestColumnProfile::infersTheType()
{
    QFETCH(QStringList, values);
    QFETCH(ValueType, type);
    QCOMPARE(profileOf(values).type, type);
}

void TestColumnProfile::countsBlanksAndMisfits()
{
    QStringList values;
    for (int i = 0; i < 100; ++i)
        values.append(QString::number(i * 3));
    values[10] = QString();
    values[11] = QStringLiteral("   ");
    values[40] = QStringLiteral("twelve");
    values[41] = QStringLiteral("—");
    const ColumnProfile p = profileOf(values);
    QCOMPARE(p.values, 100);
    QCOMPARE(p.blanks, 2);
    QCOMPARE(p.type, ValueType::Integer);
    QCOMPARE(p.fitting, 96);
    QCOMPARE(p.misfitCount, 2);
    QCOMPARE(p.misfits.size(), 2);
    QCOMPARE(p.misfits[0].value, QStringLiteral("twelve"));
    QCOMPARE(p.misfits[0].line, 42); // lines start at 2 in profileOf
    QCOMPARE(p.misfits[1].value, QStringLiteral("—"));
    // One decimal among whole numbers: decimal numbers, the column's type.
    values[41] = QStringLiteral("1.5");
    QCOMPARE(profileOf(values).type, ValueType::Decimal);
}

void TestColumnProfile::minimumAndMaximumInTheTypesOrder()
{
    ColumnProfile p =
        profileOf({QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("-2"), QStringLiteral("1 000")});
    QCOMPARE(p.min, QStringLiteral("-2"));
    QCOMPARE(p.max, QStringLiteral("1 000")); // by value, not by text
    p = profileOf({QStringLiteral("15.03.2024"), QStringLiteral("2023-12-31"), QStringLiteral("2024-01-02")});
    QCOMPARE(p.type, ValueType::Date);
    QCOMPARE(p.min, QStringLiteral("2023-12-31"));
    QCOMPARE(p.max, QStringLiteral("2024-03-15"));
    p = profileOf({QStringLiteral("pear"), QStringLiteral("Apple"), QStringLiteral("banana")});
    QCOMPARE(p.min, QStringLiteral("Apple"));
    QCOMPARE(p.max, QStringLiteral("pear"));
    QCOMPARE(p.minLength, 4);
    QCOMPARE(p.maxLength, 6);
}

void TestColumnProfile::topValuesAndDistinct()
{
    QStringList values;
    for (int i = 0; i < 50; ++i)
        values.append(QStringLiteral("DE"));
    for (int i = 0; i < 30; ++i)
        values.append(QStringLiteral("FR"));
    for (int i = 0; i < 30; ++i)
        values.append(QStringLiteral("AT"));
    for (int i = 0; i < 20; ++i)
        values.append(QStringLiteral("X%1").arg(i));
    const ColumnProfile p = profileOf(values);
    QVERIFY(p.distinctExact);
    QCOMPARE(p.distinct, 23);
    QVERIFY(p.topValuesExact);
    QCOMPARE(p.topValues.size(), ColumnProfiler::kMaxTopValues);
    QCOMPARE(p.topValues[0].value, QStringLiteral("DE"));
    QCOMPARE(p.topValues[0].count, 50);
    QCOMPARE(p.topValues[1].value, QStringLiteral("AT")); // ties: by value
    QCOMPARE(p.topValues[2].value, QStringLiteral("FR"));
    QCOMPARE(p.topValues[3].count, 1);
}

void TestColumnProfile::distinctEstimateOfManyValues()
{
    ColumnProfiler profiler(0);
    const qint64 n = 300000;
    for (qint64 i = 0; i < n; ++i)
        profiler.add(QStringLiteral("customer-%1@example.com").arg(i % 200000), i + 2);
    const ColumnProfile p = profiler.result();
    QVERIFY(!p.distinctExact);
    QVERIFY(!p.topValuesExact);
    QVERIFY2(std::abs(double(p.distinct) - 200000.0) < 200000.0 * 0.03,
             qPrintable(QString::number(p.distinct)));
    QCOMPARE(p.type, ValueType::Email);

    HyperLogLog small;
    for (quint64 i = 0; i < 1000; ++i) {
        quint64 z = (i + 1) * 0x9E3779B97F4A7C15ull; // SplitMix64: well-mixed hashes
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        small.add(z ^ (z >> 31));
    }
    QVERIFY(std::abs(small.estimate() - 1000.0) < 30.0);
}

void TestColumnProfile::lengthHistogram()
{
    QString huge(5000, QLatin1Char('x'));
    const ColumnProfile p = profileOf({QString(), QStringLiteral("ab"), QStringLiteral("cd"), huge});
    QCOMPARE(p.lengths[0], 1);
    QCOMPARE(p.lengths[2], 2);
    QCOMPARE(p.lengths[ColumnProfile::kLengthBuckets - 1], 1);
    QCOMPARE(p.maxLength, 5000);
    QCOMPARE(p.type, ValueType::Text);
}

void TestColumnProfile::mergeEqualsOnePass()
{
    QRandomGenerator rng(5);
    QStringList values;
    for (int i = 0; i < 5000; ++i) {
        switch (rng.bounded(5)) {
        case 0:
            values.append(QString());
            break;
        case 1:
            values.append(QStringLiteral("bad%1").arg(i));
            break;
        default:
            values.append(QString::number(rng.bounded(300)));
        }
    }
    const ColumnProfile whole = profileOf(values);
    ColumnProfiler a(0), b(0), c(0);
    for (int i = 0; i < values.size(); ++i)
        (i < 1000 ? a : i < 3500 ? b : c).add(values[i], i + 2);
    a.merge(b);
    a.merge(c);
    const ColumnProfile merged = a.result();
    QCOMPARE(merged.values, whole.values);
    QCOMPARE(merged.blanks, whole.blanks);
    QCOMPARE(merged.type, whole.type);
    QCOMPARE(merged.fitting, whole.fitting);
    QCOMPARE(merged.distinct, whole.distinct);
    QCOMPARE(merged.min, whole.min);
    QCOMPARE(merged.max, whole.max);
    QCOMPARE(merged.misfitCount, whole.misfitCount);
    QCOMPARE(merged.misfits.size(), whole.misfits.size());
    for (int i = 0; i < merged.misfits.size(); ++i)
        QCOMPARE(merged.misfits[i].line, whole.misfits[i].line);
    QCOMPARE(merged.topValues.size(), whole.topValues.size());
    for (int i = 0; i < merged.topValues.size(); ++i) {
        QCOMPARE(merged.topValues[i].value, whole.topValues[i].value);
        QCOMPARE(merged.topValues[i].count, whole.topValues[i].count);
    }
    QVERIFY(merged.lengths == whole.lengths);
}

void TestColumnProfile::missingCells()
{
    ColumnProfiler profiler(3);
    profiler.add(QStringLiteral("a"), 2);
    profiler.addMissing();
    const ColumnProfile p = profiler.result();
    QCOMPARE(p.column, 3);
    QCOMPARE(p.values, 1);
    QCOMPARE(p.missing, 1);
}

QTEST_GUILESS_MAIN(TestColumnProfile)
#include "tst_columnprofile.moc"
