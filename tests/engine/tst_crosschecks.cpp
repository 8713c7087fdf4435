// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/crosschecks.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <tuple>
#include <utility>
#include <vector>

using namespace godwit::engine;

class TestCrossChecks : public QObject {
    Q_OBJECT
private slots:
    void uniqueFirstRows_data();
    void uniqueFirstRows();
    void uniqueGrowsAndStaysExact();
    void uniqueMergeLater();
    void uniquePresizedTable();
    void uniqueMergeOfLargeRanges();
    void uniqueMergeOnSeveralThreads();
    void uniqueShiftRows();
    void hashSpreadsValues();
    void hashOfBytesEqualsHashOfText();
    void linkIndex();
};

void TestCrossChecks::uniqueFirstRows_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QList<qint64>>("expected"); // insert() result per row (rows are 1-based)
    QTest::newRow("all distinct") << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                 QStringLiteral("c")}
                                  << QList<qint64>{-1, -1, -1};
    QTest::newRow("repeats point at the first")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a")}
        << QList<qint64>{-1, -1, 1, 1};
    QTest::newRow("empties ignored") << QStringList{QString(), QString(), QStringLiteral("x")}
                                     << QList<qint64>{-1, -1, -1};
    QTest::newRow("case matters (values come normalised)")
        << QStringList{QStringLiteral("Anna@example.com"), QStringLiteral("anna@example.com")}
        << QList<qint64>{-1, -1};
    QTest::newRow("prefixes differ") << QStringList{QStringLiteral("ab"), QStringLiteral("a"),
                                                    QStringLiteral("abc")}
                                     << QList<qint64>{-1, -1, -1};
}

void TestCrossChecks::uniqueFirstRows()
{
    QFETCH(QStringList, values);
    QFETCH(QList<qint64>, expected);
    UniqueTracker tracker;
    QList<qint64> got;
    for (qsizetype i = 0; i < values.size(); ++i)
        got.append(tracker.insert(values[i], i + 1));
    QCOMPARE(got, expected);
}

void TestCrossChecks::uniqueGrowsAndStaysExact()
{
    UniqueTracker tracker;
    const int n = 200000;
    for (int i = 0; i < n; ++i)
        QCOMPARE(tracker.insert(QString::number(i), i), -1);
    QCOMPARE(tracker.size(), n);
    for (int i = 0; i < n; i += 997)
        QCOMPARE(tracker.firstRow(QString::number(i)), qint64(i));
    QCOMPARE(tracker.insert(QStringLiteral("123456"), n + 1), 123456);
    QCOMPARE(tracker.firstRow(QStringLiteral("not there")), -1);
    // 12 bytes a slot, at most 3/4 full after growing: under 32 bytes per value.
    QVERIFY(tracker.memoryBytes() < size_t(n) * 32);
    QVERIFY(tracker.memoryBytes() >= size_t(n) * 12);
}

void TestCrossChecks::uniqueMergeLater()
{
    // Rows 1..4 in one thread, 5..8 in another.
    UniqueTracker first;
    UniqueTracker later;
    const QStringList a = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x"),
                           QStringLiteral("z")};
    const QStringList b = {QStringLiteral("w"), QStringLiteral("y"), QStringLiteral("y"),
                           QStringLiteral("v")};
    QList<qint64> duplicates;
    for (int i = 0; i < 4; ++i) {
        if (first.insert(a[i], i + 1) >= 0)
            duplicates.append(i + 1);
        if (later.insert(b[i], i + 5) >= 0)
            duplicates.append(i + 5);
    }
    std::vector<std::pair<qint64, qint64>> merged;
    first.mergeLater(std::move(later),
                     [&](qint64 row, qint64 firstRow) { merged.emplace_back(row, firstRow); });
    QCOMPARE(later.size(), 0); // spent
    QCOMPARE(later.memoryBytes(), size_t(0));
    QCOMPARE(merged.size(), size_t(1));
    QCOMPARE(merged[0].first, 6);  // the first y of the later range...
    QCOMPARE(merged[0].second, 2); // ...repeats row 2
    std::sort(duplicates.begin(), duplicates.end());
    QCOMPARE(duplicates, (QList<qint64>{3, 7})); // found by insert() within each range
    QCOMPARE(first.size(), 5);                   // x y z w v
    QCOMPARE(first.firstRow(u"v"), 8);
}

void TestCrossChecks::uniquePresizedTable()
{
    // Sized for 200,000 values: not rounded up to a power of two, and it holds them without growing
    // (a growing shard holds its old and new sizes at once).
    constexpr int n = 200000;
    UniqueTracker tracker(n);
    const size_t sized = tracker.memoryBytes();
    QVERIFY(sized >= size_t(n) * 12 * 5 / 4); // 80 % full at most
    QVERIFY(sized < size_t(n) * 12 * 3 / 2);
    for (int i = 0; i < n; ++i)
        QCOMPARE(tracker.insert(QStringLiteral("v%1").arg(i), i + 2), -1);
    QCOMPARE(tracker.memoryBytes(), sized);
    // Beyond it, it grows and still finds every value (probe runs wrap at any table size).
    for (int i = n; i < 3 * n; ++i)
        QCOMPARE(tracker.insert(QStringLiteral("v%1").arg(i), i + 2), -1);
    QVERIFY(tracker.memoryBytes() > sized);
    for (int i = 0; i < 3 * n; i += 7)
        QCOMPARE(tracker.insert(QStringLiteral("v%1").arg(i), 99999), qint64(i + 2));
    QCOMPARE(tracker.firstRow(QStringLiteral("v%1").arg(3 * n - 1)), 3 * n + 1);
    QCOMPARE(tracker.firstRow(u"absent"), -1);
    QCOMPARE(tracker.size(), 3 * n);
    // A small table holds its values without growing too.
    UniqueTracker small(1000);
    const size_t smallSized = small.memoryBytes();
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(small.insert(QStringLiteral("s%1").arg(i), i + 2), -1);
    QCOMPARE(small.memoryBytes(), smallSized);
}

void TestCrossChecks::uniqueMergeOfLargeRanges()
{
    // Two ranges of 1.5M distinct values each, 1,000 of the later ones repeating earlier ones: every
    // repeat is found, with its first row. (Merged in slot order, such tables piled their values into
    // ever longer probe runs: minutes for a 5M-row file.)
    constexpr int kEach = 1500000;
    UniqueTracker first;
    UniqueTracker later;
    for (int i = 0; i < kEach; ++i)
        QCOMPARE(first.insert(QStringLiteral("a%1@example.com").arg(i), i + 2), -1);
    for (int i = 0; i < kEach; ++i) {
        const QString value = i < 1000 ? QStringLiteral("a%1@example.com").arg(i * 7)
                                       : QStringLiteral("b%1@example.com").arg(i);
        QCOMPARE(later.insert(value, kEach + i + 2), -1);
    }
    qint64 repeats = 0;
    bool rowsRight = true;
    first.mergeLater(std::move(later), [&](qint64 row, qint64 firstRow) {
        ++repeats;
        const qint64 i = row - kEach - 2;
        rowsRight = rowsRight && i < 1000 && firstRow == i * 7 + 2;
    });
    QCOMPARE(repeats, 1000);
    QVERIFY(rowsRight);
    QCOMPARE(first.size(), 2 * kEach - 1000);
}

void TestCrossChecks::uniqueMergeOnSeveralThreads()
{
    // The same two ranges merged on 1, 2 and 3 threads: the same repeats (each with its first row),
    // the same size and lookups after.
    constexpr int kEach = 200000;
    auto merged = [&](int threads, bool keep) {
        UniqueTracker first(kEach);
        UniqueTracker later(kEach);
        for (int i = 0; i < kEach; ++i) {
            first.insert(QStringLiteral("a%1@example.com").arg(i), i + 2);
            const QString value = i % 40 == 0 ? QStringLiteral("a%1@example.com").arg(i / 2)
                                              : QStringLiteral("b%1@example.com").arg(i);
            later.insert(value, kEach + i + 2);
        }
        std::mutex lock;
        std::vector<std::pair<qint64, qint64>> repeats;
        first.mergeLater(
            std::move(later),
            [&](qint64 row, qint64 firstRow) {
                const std::lock_guard<std::mutex> locked(lock);
                repeats.emplace_back(row, firstRow);
            },
            threads, keep);
        std::sort(repeats.begin(), repeats.end());
        std::vector<qint64> rows;
        for (int i = 0; i < kEach; i += 997)
            rows.push_back(first.firstRow(QStringLiteral("b%1@example.com").arg(i)));
        return std::tuple(repeats, first.size(), rows, later.size());
    };
    const auto [repeats, size, rows, spent] = merged(1, true);
    QCOMPARE(repeats.size(), size_t(kEach / 40));
    QCOMPARE(repeats.front(), (std::pair<qint64, qint64>(kEach + 2, 2)));
    QCOMPARE(size, 2 * kEach - kEach / 40);
    QCOMPARE(spent, 0);
    for (const int threads : {2, 3}) {
        const auto [otherRepeats, otherSize, otherRows, otherSpent] = merged(threads, true);
        QVERIFY(otherRepeats == repeats);
        QCOMPARE(otherSize, size);
        QVERIFY(otherRows == rows);
        QCOMPARE(otherSpent, 0);
    }
    // The last range only looked up (no range after it): the same repeats, the earlier tracker as
    // it was (none of the later values added), the later one spent.
    for (const int threads : {1, 2}) {
        const auto [lookedUp, firstSize, firstRows, laterSize] = merged(threads, false);
        QVERIFY(lookedUp == repeats);
        QCOMPARE(firstSize, kEach);
        QVERIFY(std::all_of(firstRows.begin(), firstRows.end(), [](qint64 row) { return row == -1; }));
        QCOMPARE(laterSize, 0);
    }
}

void TestCrossChecks::uniqueShiftRows()
{
    // A range numbered before its place in the file was known, then shifted: its rows are as if
    // it had been numbered right, those inserted before the shift and after it.
    UniqueTracker later;
    const quint64 a = UniqueTracker::hashOf(u"a@example.org");
    const quint64 b = UniqueTracker::hashOf(u"b@example.org");
    const quint64 c = UniqueTracker::hashOf(u"c@example.org");
    QCOMPARE(later.insertHash(a, 3), -1);
    QCOMPARE(later.insertHash(b, 4), -1);
    QCOMPARE(later.insertHash(a, 5), 3);
    later.shiftRows(100);
    QCOMPARE(later.insertHash(c, 106), -1);
    QCOMPARE(later.insertHash(a, 107), 103); // a repeat told with the first row as shifted
    QCOMPARE(later.firstRow(u"a@example.org"), 103);
    QCOMPARE(later.firstRow(u"b@example.org"), 104);
    QCOMPARE(later.firstRow(u"c@example.org"), 106);
    QCOMPARE(later.size(), 3);
    later.shiftRows(-100); // and back
    QCOMPARE(later.firstRow(u"a@example.org"), 3);
    QCOMPARE(later.firstRow(u"c@example.org"), 6);
    later.shiftRows(100);
    QCOMPARE(later.insertHash(c, 150), 106); // a repeat told with the first row as shifted
    // A merge sees the shifted rows, on both sides: taken in (keep) or only looked up.
    for (const bool keep : {true, false}) {
        UniqueTracker copy;
        for (const auto &[hash, row] : {std::pair{a, 3}, std::pair{b, 4}, std::pair{c, 6}})
            copy.insertHash(hash, row);
        copy.shiftRows(100);
        UniqueTracker first;
        first.insertHash(b, 2);
        first.shiftRows(10);
        QList<QPair<qint64, qint64>> duplicates;
        first.mergeLater(
            std::move(copy),
            [&](qint64 row, qint64 firstRow) {
                duplicates.append({row, firstRow});
            },
            1, keep);
        QCOMPARE(duplicates, (QList<QPair<qint64, qint64>>{{104, 12}}));
        if (keep) {
            QCOMPARE(first.firstRow(u"a@example.org"), 103);
            QCOMPARE(first.firstRow(u"b@example.org"), 12);
        }
    }
}

void TestCrossChecks::hashSpreadsValues()
{
    // Two million e-mail-like values and every one- and two-character string of a small alphabet
    // (the hash reads 1 to 16 bytes, 17 to 48 and longer differently): no two hashes alike, and
    // the top bits (the shard) and the bits below (the slot) evenly spread.
    std::vector<quint64> hashes;
    const QString alphabet = QStringLiteral("ab0@.-Zé");
    for (const QChar c : alphabet) {
        hashes.push_back(UniqueTracker::hashOf(QString(c)));
        for (const QChar d : alphabet)
            hashes.push_back(UniqueTracker::hashOf(QString(QString(c) + d)));
    }
    for (int i = 0; i < 2000000; ++i) {
        const QString n = QString::number(i);
        const QString value =
            i % 2 ? QString(QStringLiteral("p") + n + QStringLiteral("@example.org"))
                  : QString(QStringLiteral("first.last.") + n + QStringLiteral("@mail.example.co.uk"));
        hashes.push_back(UniqueTracker::hashOf(value));
    }
    std::vector<int> shards(64, 0);
    std::vector<int> homes(64, 0);
    for (const quint64 h : hashes) {
        ++shards[size_t(h >> 58)];
        ++homes[size_t((h >> 20) & 63)];
    }
    std::sort(hashes.begin(), hashes.end());
    QVERIFY(std::adjacent_find(hashes.begin(), hashes.end()) == hashes.end());
    const double mean = double(hashes.size()) / 64;
    for (size_t k = 0; k < 64; ++k) {
        QVERIFY2(std::abs(shards[k] - mean) < mean * 0.02, qPrintable(QString::number(shards[k])));
        QVERIFY2(std::abs(homes[k] - mean) < mean * 0.02, qPrintable(QString::number(homes[k])));
    }
}

void TestCrossChecks::hashOfBytesEqualsHashOfText()
{
    // A value with only Latin-1 characters hashes as its Latin-1 bytes, so an ASCII value's UTF-8
    // bytes hash as its text (the passing lane hashes e-mail addresses without decoding them);
    // values beyond Latin-1 hash otherwise, and never like a Latin-1 one.
    const QString latin1[] = {QString(),
                              QStringLiteral("a"),
                              QStringLiteral("anna@example.com"),
                              QStringLiteral("Zo\u00eb.M\u00fcller@example.de"),
                              QString(300, u'x'),
                              QStringLiteral("p1234567@example.org with 48+ bytes: crosses a step....")};
    for (const QString &value : latin1) {
        QCOMPARE(UniqueTracker::hashOfLatin1(value.toLatin1()), UniqueTracker::hashOf(value));
        if (std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x80; }))
            QCOMPARE(UniqueTracker::hashOfLatin1(value.toUtf8()), UniqueTracker::hashOf(value));
    }
    // "é" as UTF-8 bytes is a different (two-character) Latin-1 value: a different hash.
    QVERIFY(UniqueTracker::hashOfLatin1(QStringLiteral("\u00e9").toUtf8()) !=
            UniqueTracker::hashOf(QStringLiteral("\u00e9")));
    // Beyond Latin-1: not the hash of any narrowing of it.
    const QString wide = QStringLiteral("\u0141ukasz@example.pl");
    QVERIFY(UniqueTracker::hashOf(wide) != UniqueTracker::hashOfLatin1(wide.toUtf8()));
    QVERIFY(UniqueTracker::hashOf(wide) != UniqueTracker::hashOfLatin1(wide.toLatin1()));
    QVERIFY(UniqueTracker::hashOf(wide) != UniqueTracker::hashOf(QStringLiteral("Lukasz@example.pl")));
}

void TestCrossChecks::linkIndex()
{
    LinkIndex index;
    index.add(u"anna@example.com");
    index.add(u"bob@example.com");
    index.add(u"");
    QCOMPARE(index.size(), 2);
    QVERIFY(index.contains(u"anna@example.com"));
    const QString longer = QStringLiteral("xbob@example.comx");
    QVERIFY(index.contains(QStringView(longer).sliced(1, longer.size() - 2))); // a view into a larger buffer
    QVERIFY(!index.contains(u"carol@example.com"));
    QVERIFY(!index.contains(u"ANNA@example.com"));
    QVERIFY(!index.contains(u""));
}

QTEST_APPLESS_MAIN(TestCrossChecks)
#include "tst_crosschecks.moc"
