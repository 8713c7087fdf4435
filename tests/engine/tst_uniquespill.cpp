// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/crosschecks.h"
#include "engine/uniquespill.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace godwit::engine;

class TestUniqueSpill : public QObject {
    Q_OBJECT

private slots:
    // Three spills (three threads' consecutive ranges) of two unique columns, 300,000 values with
    // repeats inside a range, across ranges and between columns: the duplicates are exactly the
    // rows but the first of each (column, value), as a set of all values seen so far says.
    void findsEveryRepeat()
    {
        QRandomGenerator random(7);
        UniqueSpill spills[3];
        std::map<std::pair<int, QString>, qint64> firstRow;
        std::set<std::pair<int, qint64>> expected;
        qint64 row = 2;
        for (int range = 0; range < 3; ++range) {
            for (int i = 0; i < 50000; ++i, ++row) {
                for (int column : {2, 5}) {
                    // Values from a pool small enough to repeat; the same value in both columns
                    // is no repeat.
                    const QString value = QStringLiteral("v%1@example.org").arg(random.bounded(120000));
                    spills[range].add(column, UniqueTracker::hashOf(value), row);
                    const auto [it, inserted] = firstRow.emplace(std::pair{column, value}, row);
                    if (!inserted)
                        expected.emplace(column, row);
                }
            }
        }
        QCOMPARE(spills[0].count(), 100000);
        std::set<std::pair<int, qint64>> found;
        int calls = 0;
        QString error;
        QVERIFY(UniqueSpill::findDuplicates(
            {&spills[0], &spills[1], &spills[2]},
            [&](int column, qint64 duplicateRow) {
                ++calls;
                found.emplace(column, duplicateRow);
            },
            &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(expected.size() > 100000);
        QCOMPARE(size_t(calls), found.size()); // each once
        QVERIFY(found == expected);
    }

    void nothingSpilled()
    {
        UniqueSpill spill;
        int calls = 0;
        QVERIFY(UniqueSpill::findDuplicates(
            {&spill}, [&](int, qint64) { ++calls; }, nullptr));
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestUniqueSpill)
#include "tst_uniquespill.moc"
