// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the per-cell validators on realistic values, single thread and two threads
// sharing one validator. Prints ns per cell; checks the counts so it cannot pass on wrong work.
#include "engine/cellvalidator.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace godwit::engine;

namespace {

struct Case {
    const char *name;
    RuleKind rule;
    QStringList values;
    int expectedInvalidPerRound;
};

TemplateColumn columnFor(RuleKind rule)
{
    TemplateColumn c;
    c.name = QStringLiteral("c");
    c.rule = rule;
    c.required = true;
    return c;
}

} // namespace

class BenchNormalize : public QObject {
    Q_OBJECT
private slots:
    void throughput_data();
    void throughput();
};

void BenchNormalize::throughput_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("invalid"); // invalid values among `values`
    QTest::newRow("email") << int(RuleKind::Email)
                           << QStringList{QStringLiteral("anna.smith@example.com"),
                                          QStringLiteral("bob@example.org"),
                                          QStringLiteral("Carol@Example.COM"),
                                          QStringLiteral("dave@@example.com")}
                           << 1;
    QTest::newRow("date") << int(RuleKind::Date)
                          << QStringList{QStringLiteral("2024-03-15"), QStringLiteral("15.03.2024"),
                                         QStringLiteral("15-Mar-2024"), QStringLiteral("45000")}
                          << 0;
    QTest::newRow("number") << int(RuleKind::Number)
                            << QStringList{QStringLiteral("1234.5"), QStringLiteral("1.234,56 €"),
                                           QStringLiteral("42"), QStringLiteral("n/a")}
                            << 1;
    QTest::newRow("boolean") << int(RuleKind::Boolean)
                             << QStringList{QStringLiteral("true"), QStringLiteral("No"), QStringLiteral("x"),
                                            QStringLiteral("maybe")}
                             << 1;
}

void BenchNormalize::throughput()
{
    QFETCH(int, rule);
    QFETCH(QStringList, values);
    QFETCH(int, invalid);
    const ColumnValidator validator(columnFor(RuleKind(rule)));
    const int rounds = qEnvironmentVariableIsSet("GODWIT_BENCH_ROUNDS")
                           ? qEnvironmentVariableIntValue("GODWIT_BENCH_ROUNDS")
                           : 50000;
    auto run = [&](qint64 *bad) {
        qint64 count = 0;
        for (int r = 0; r < rounds; ++r) {
            for (const QString &v : values)
                count += validator.validate(v).ok ? 0 : 1;
        }
        *bad = count;
    };
    QElapsedTimer timer;
    timer.start();
    qint64 bad = 0;
    run(&bad);
    const qint64 single = timer.nsecsElapsed();
    QCOMPARE(bad, qint64(invalid) * rounds);

    timer.restart();
    qint64 badA = 0;
    qint64 badB = 0;
    std::thread a(run, &badA);
    std::thread b(run, &badB);
    a.join();
    b.join();
    const qint64 both = timer.nsecsElapsed();
    QCOMPARE(badA + badB, 2 * qint64(invalid) * rounds);
    const double cells = double(rounds) * values.size();
    qInfo("%s: %.1f ns/cell on one thread, %.1f ns/cell on two", QTest::currentDataTag(), single / cells,
          both / (2 * cells));
}

QTEST_APPLESS_MAIN(BenchNormalize)
#include "bench_normalize.moc"
