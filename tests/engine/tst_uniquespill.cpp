// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/crosschecks.h"
#include "engine/uniquespill.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>

using namespace godwit::engine;

Q_DECLARE_METATYPE(UniqueSpill::Storage)

class TestUniqueSpill : public QObject {
    Q_OBJECT

private slots:
    void findsEveryRepeat_data();
    void findsEveryRepeat();
    void manyValuesPerPartition_data();
    void manyValuesPerPartition();
    void earlierRowAddedLaterStaysFirst();
    void shiftedRows();
    void nothingSpilled();
};

void TestUniqueSpill::findsEveryRepeat_data()
{
    QTest::addColumn<UniqueSpill::Storage>("storage");
    QTest::addColumn<int>("threads");
    QTest::newRow("files") << UniqueSpill::Storage::Files << 1;
    QTest::newRow("memory") << UniqueSpill::Storage::Memory << 1;
    QTest::newRow("memory, 3 threads") << UniqueSpill::Storage::Memory << 3;
    QTest::newRow("files, 2 threads") << UniqueSpill::Storage::Files << 2;
}

// Three spills (three threads' consecutive ranges) of two unique columns, 300,000 values with
// repeats inside a range, across ranges and between columns: the duplicates are exactly the rows
// but the first of each (column, value), as a set of all values seen so far says.
void TestUniqueSpill::findsEveryRepeat()
{
    QFETCH(UniqueSpill::Storage, storage);
    QFETCH(int, threads);
    QRandomGenerator random(7);
    UniqueSpill spills[3] = {UniqueSpill(storage), UniqueSpill(storage), UniqueSpill(storage)};
    std::map<std::pair<int, QString>, qint64> firstRow;
    std::set<std::pair<int, qint64>> expected;
    qint64 row = 2;
    for (int range = 0; range < 3; ++range) {
        for (int i = 0; i < 50000; ++i, ++row) {
            for (int column : {2, 5}) {
                // Values from a pool small enough to repeat; the same value in both columns is no
                // repeat.
                const QString value = QStringLiteral("v%1@example.org").arg(random.bounded(120000));
                spills[range].add(column, UniqueTracker::hashOf(value), row);
                const auto [it, inserted] = firstRow.emplace(std::pair{column, value}, row);
                if (!inserted)
                    expected.emplace(column, row);
            }
        }
    }
    QCOMPARE(spills[0].count(), 100000);
    std::mutex mutex;
    std::set<std::pair<int, qint64>> found;
    int calls = 0;
    QString error;
    QVERIFY(UniqueSpill::findDuplicates(
        {&spills[0], &spills[1], &spills[2]},
        [&](int column, qint64 duplicateRow) {
            const std::lock_guard<std::mutex> lock(mutex);
            ++calls;
            found.emplace(column, duplicateRow);
        },
        &error, threads));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(expected.size() > 100000);
    QCOMPARE(size_t(calls), found.size()); // each once
    QVERIFY(found == expected);
}

void TestUniqueSpill::manyValuesPerPartition_data()
{
    QTest::addColumn<UniqueSpill::Storage>("storage");
    QTest::newRow("memory") << UniqueSpill::Storage::Memory;
    QTest::newRow("files") << UniqueSpill::Storage::Files;
}

// 1.5M values, about 23,000 a partition: each partition is split into buckets by more of the
// hash's bits, and every repeat must still be found in its bucket, once.
void TestUniqueSpill::manyValuesPerPartition()
{
    QFETCH(UniqueSpill::Storage, storage);
    QRandomGenerator64 random(11);
    std::vector<quint64> pool(900000);
    for (quint64 &hash : pool)
        hash = random.generate() | 1; // never 0, as hashOf()
    UniqueSpill spills[2] = {UniqueSpill(storage), UniqueSpill(storage)};
    std::unordered_map<quint64, qint64> firstRow;
    std::vector<qint64> expected;
    for (qint64 row = 0; row < 1500000; ++row) {
        const quint64 hash = pool[size_t(random.bounded(quint64(pool.size())))];
        spills[row < 700000 ? 0 : 1].add(3, hash, row);
        if (!firstRow.emplace(hash, row).second)
            expected.push_back(row);
    }
    std::vector<qint64> found;
    QString error;
    QVERIFY(UniqueSpill::findDuplicates(
        {&spills[0], &spills[1]},
        [&](int column, qint64 row) {
            QCOMPARE(column, 3);
            found.push_back(row);
        },
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::sort(found.begin(), found.end());
    QVERIFY(expected.size() > 500000);
    QCOMPARE(found.size(), expected.size());
    QVERIFY(found == expected);
}

// Records are not looked at in row order: a value's earlier row, added after a later one, is the
// first, and the later one the duplicate.
void TestUniqueSpill::earlierRowAddedLaterStaysFirst()
{
    UniqueSpill spill(UniqueSpill::Storage::Memory);
    const quint64 a = UniqueTracker::hashOf(u"a@example.org");
    spill.add(1, a, 10);
    spill.add(1, a, 5);
    spill.add(1, a, 7);
    QList<qint64> rows;
    QVERIFY(UniqueSpill::findDuplicates(
        {&spill}, [&](int, qint64 row) { rows.append(row); }, nullptr));
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, QList<qint64>({7, 10}));
}

// A range read before its place in the file was known numbers its rows from 1 and is shifted
// afterwards: its rows are compared, and told, as shifted, values added after the shift too.
void TestUniqueSpill::shiftedRows()
{
    for (const UniqueSpill::Storage storage : {UniqueSpill::Storage::Memory, UniqueSpill::Storage::Files}) {
        UniqueSpill first(storage);
        UniqueSpill second(storage);
        const quint64 a = UniqueTracker::hashOf(u"a@example.org");
        const quint64 b = UniqueTracker::hashOf(u"b@example.org");
        const quint64 c = UniqueTracker::hashOf(u"c@example.org");
        first.add(0, a, 1);
        first.add(0, b, 900);
        second.add(0, b, 1); // row 1001: the repeat of row 900, not the other way round
        second.add(0, a, 2); // row 1002
        second.shiftRows(1000);
        second.add(0, c, 3); // a row number from before the shift: row 1003
        first.add(0, c, 950);
        QList<qint64> rows;
        QString error;
        QVERIFY2(UniqueSpill::findDuplicates(
                     {&first, &second}, [&](int, qint64 row) { rows.append(row); }, &error),
                 qPrintable(error));
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, QList<qint64>({1001, 1002, 1003}));
    }
}

void TestUniqueSpill::nothingSpilled()
{
    for (const UniqueSpill::Storage storage : {UniqueSpill::Storage::Memory, UniqueSpill::Storage::Files}) {
        UniqueSpill spill(storage);
        int calls = 0;
        QVERIFY(UniqueSpill::findDuplicates(
            {&spill}, [&](int, qint64) { ++calls; }, nullptr, 2));
        QCOMPARE(calls, 0);
    }
}

QTEST_GUILESS_MAIN(TestUniqueSpill)
#include "tst_uniquespill.moc"
