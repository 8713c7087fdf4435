// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/rowindex.h"

#include "engine/encoding.h"
#include "tests/engine/corpus.h"

#include <QCryptographicHash>
#include <QPair>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

#include <chrono>
#include <functional>
#include <thread>

#include <atomic>
#include <mutex>
#include <vector>

using namespace godwit::engine;
using godwit::test::corpusFile;

namespace {

struct Sequential {
    QList<RowIndexEntry> positions; // index, offset, line of every record
    QList<QByteArray> digests;      // of every record's fields
    CsvStatus status = CsvStatus::Ok;
};

QByteArray digest(const CsvRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const QByteArrayView field : record.fields) {
        hash.addData(QByteArray::number(field.size()));
        hash.addData(field);
    }
    return hash.result();
}

Sequential readSequentially(QByteArrayView data, const CsvDialect &dialect)
{
    Sequential out;
    CsvReader reader(dialect);
    reader.setRecordCallback([&out](const CsvRecord &record) {
        out.positions.append({record.index, record.offset, record.line});
        out.digests.append(digest(record));
        return true;
    });
    reader.feed(data);
    out.status = reader.finish();
    return out;
}

// Several MB of records that make chunk boundaries hard: quoted fields with LF, CRLF and CR
// inside, doubled quotes, blank lines, mixed line ends, and a few quoted fields longer than a chunk.
QByteArray generate(qsizetype bytes, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out("id,name,note,amount\r\n");
    out.reserve(bytes + 300000);
    const QList<QByteArray> ends{"\n", "\r\n", "\r"};
    for (int id = 0; out.size() < bytes; ++id) {
        out += QByteArray::number(id) + ',';
        switch (rng.bounded(4)) {
        case 0:
            out += "\"Smith, J \"\"Jr\"\"\",";
            break;
        case 1:
            out += " \"padded\" ,";
            break;
        default:
            out += "plain" + QByteArray::number(rng.bounded(1000)) + ',';
        }
        const int note = rng.bounded(100);
        if (note < 10) {
            out += "\"line one" + ends[rng.bounded(3)] + "line \"\"two\"\"" + ends[rng.bounded(3)] + "\",";
        } else if (note < 11 && id % 97 == 0) { // a field longer than the smaller chunk sizes
            QByteArray big;
            while (big.size() < 150000)
                big += "wide \"\"field\"\" text, with commas" + ends[rng.bounded(3)];
            out += '"' + big + "\",";
        } else if (note < 15) {
            out += "\"\",";
        } else if (note < 17) {
            out += "\"ab\"cd,"; // text after a closing quote
        } else {
            out += "note" + QByteArray::number(note) + ',';
        }
        out += QByteArray::number(rng.bounded(100000)) + ends[rng.bounded(3)];
        if (rng.bounded(50) == 0)
            out += ends[rng.bounded(3)] + ends[0]; // blank lines
    }
    return out;
}

// A random string of up to 700 of the characters that matter to the reader; `mostlyRegular`: long
// runs of clean fields, and a few oddities among them.
QByteArray randomCsvBytes(QRandomGenerator &rng, bool mostlyRegular)
{
    const char alphabet[] = {'a', 'b', ',', ';', '\t', '"', '\'', '\n', '\r', ' ', ' ', 'c', ',', '"', '\n'};
    QByteArray data;
    const int length = 1 + int(rng.bounded(700));
    for (int i = 0; i < length; ++i) {
        if (mostlyRegular && rng.bounded(20) != 0) {
            data += rng.bounded(8) == 0 ? "\"x,\ny\",z\r\n" : "val,";
            continue;
        }
        data += alphabet[rng.bounded(int(sizeof alphabet))];
    }
    return data;
}

// The dialects the random inputs are read under: every quote, delimiter and blank-line choice.
QList<CsvDialect> everyDialect()
{
    QList<CsvDialect> dialects;
    for (const char quote : {'"', '\'', '\0'}) {
        for (const char delimiter : {',', ';', '\t'}) {
            for (const bool skipBlank : {true, false}) {
                CsvDialect dialect;
                dialect.delimiter = delimiter;
                dialect.quote = quote;
                dialect.skipBlankLines = skipBlank;
                dialects.append(dialect);
            }
        }
    }
    return dialects;
}

// A random input's round, dialect and bytes, for a failure's message.
QString describe(int round, const CsvDialect &dialect, const QByteArray &data)
{
    return QStringLiteral("round %1, quote %2, delimiter %3, skipBlankLines %4: %5")
        .arg(round)
        .arg(int(dialect.quote))
        .arg(int(dialect.delimiter))
        .arg(dialect.skipBlankLines)
        .arg(QString::fromLatin1(data.toPercentEncoding()));
}

void compareWithSequential(QByteArrayView data, const CsvDialect &dialect, const RowIndexOptions &options,
                           const Sequential &sequential)
{
    RowIndex index;
    QCOMPARE(RowIndex::build(data, dialect, options, &index), RowIndexStatus::Ok);
    QCOMPARE(index.recordCount(), sequential.positions.size());
    QCOMPARE(index.endsInsideQuotes(), sequential.status == CsvStatus::UnterminatedQuote);
    if (sequential.positions.isEmpty()) {
        QVERIFY(index.entries().empty());
        return;
    }
    QVERIFY(!index.entries().empty());
    QCOMPARE(index.entries().front().record, 0);
    qint64 previous = -1;
    for (const RowIndexEntry &entry : index.entries()) {
        QVERIFY2(entry.record > previous, qPrintable(QString::number(entry.record)));
        QVERIFY2(entry.record - std::max<qint64>(previous, 0) <= 2 * options.stride,
                 qPrintable(QString::number(entry.record)));
        previous = entry.record;
        QCOMPARE(entry, sequential.positions.at(entry.record));
    }
    QVERIFY(index.recordCount() - previous <= 2 * options.stride);
}

// readRecordsInTwo over `data`: every record once, worker 0's then worker 1's, each in order and
// exactly as the sequential reader gives it (number, offset, line, fields), and the same status.
// Returns how many records worker 1 read.
// With `renumbering`, worker 1's numbers are taken as it says they are (its base set here).
qint64 compareTwoWithSequential(QByteArrayView data, const CsvDialect &dialect, qint64 scanStep,
                                const Sequential &sequential,
                                const std::function<void(qint64, qint64)> &scanned = {},
                                Renumbering *renumbering = nullptr)
{
    std::vector<QList<QPair<RowIndexEntry, QByteArray>>> byWorker(2);
    if (renumbering)
        renumbering->base = 1000000; // far from the true numbers
    const CsvStatus status = readRecordsInTwo(
        data, dialect,
        [&](int worker, const CsvRecord &record) {
            byWorker[size_t(worker)].append({{record.index, record.offset, record.line}, digest(record)});
            return true;
        },
        scanned, scanStep, renumbering);
    if (renumbering && renumbering->needed) {
        for (auto &[position, hash] : byWorker[1]) {
            position.record += renumbering->record - renumbering->base;
            position.line += renumbering->line - 1;
        }
    }
    const CsvStatus expected = sequential.status;
    if (status != expected) {
        QTest::qFail(qPrintable(QStringLiteral("status %1, not %2").arg(int(status)).arg(int(expected))),
                     __FILE__, __LINE__);
        return -1;
    }
    qsizetype next = 0;
    for (const auto &records : byWorker) {
        for (const auto &[position, hash] : records) {
            if (next >= sequential.positions.size() || !(position == sequential.positions.at(next)) ||
                hash != sequential.digests.at(next)) {
                QTest::qFail(
                    qPrintable(QStringLiteral("record %1 is not the reader's record %2 (at %3, line %4)")
                                   .arg(position.record)
                                   .arg(next)
                                   .arg(position.offset)
                                   .arg(position.line)),
                    __FILE__, __LINE__);
                return -1;
            }
            ++next;
        }
    }
    if (next != sequential.positions.size()) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 records, not %2").arg(next).arg(sequential.positions.size())),
            __FILE__, __LINE__);
        return -1;
    }
    return byWorker[1].size();
}

} // namespace

class TestRowIndex : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesSequentialReading_data();
    void matchesSequentialReading();
    void randomAccessOnMappedFile();
    void parallelFullRead();
    void everyLineAChunk_data();
    void everyLineAChunk();
    void randomBytesOfCsvAlphabet();
    void unterminatedQuote();
    void progressAndCancellation();
    void emptyInput();
    void throwingProgressDoesNotAbort();
    void inTwoMatchesSequentialReading();
    void inTwoOnRandomBytesOfCsvAlphabet();
    void inTwoRenumbersWhereItCan();
    void inTwoWaitsForASlowScan();
    void inTwoStopsAndRethrows();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestRowIndex::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("generated.csv"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(generate(6 << 20, 4242)) > 0);
}

void TestRowIndex::matchesSequentialReading_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<qint64>("chunkBytes");
    QTest::addColumn<qint64>("stride");
    QTest::newRow("2 threads, 64 KiB chunks") << 2 << qint64(64 << 10) << qint64(100);
    QTest::newRow("4 threads, 7 KiB chunks") << 4 << qint64(7 << 10) << qint64(1024);
    QTest::newRow("1 thread, one chunk") << 1 << qint64(64 << 20) << qint64(1);
    QTest::newRow("default threads, 1 MiB") << 0 << qint64(1 << 20) << qint64(333);
}

void TestRowIndex::matchesSequentialReading()
{
    QFETCH(int, threads);
    QFETCH(qint64, chunkBytes);
    QFETCH(qint64, stride);
    const MappedFile file(m_path);
    QVERIFY2(file.isOpen(), qPrintable(file.errorString()));
    const Sequential sequential = readSequentially(file.data(), {});
    QVERIFY(sequential.positions.size() > 50000);
    RowIndexOptions options;
    options.threads = threads;
    options.chunkBytes = chunkBytes;
    options.stride = stride;
    compareWithSequential(file.data(), {}, options, sequential);
}

void TestRowIndex::randomAccessOnMappedFile()
{
    const MappedFile file(m_path);
    QVERIFY(file.isOpen());
    const Sequential sequential = readSequentially(file.data(), {});
    RowIndexOptions options;
    options.threads = 2;
    options.chunkBytes = 256 << 10;
    options.stride = 1024;
    RowIndex index;
    QCOMPARE(RowIndex::build(file.data(), {}, options, &index), RowIndexStatus::Ok);

    QRandomGenerator rng(7);
    QList<qint64> ks{0, 1, index.recordCount() - 1, 1023, 1024, 1025};
    for (int i = 0; i < 200; ++i)
        ks.append(rng.bounded(index.recordCount()));
    for (const qint64 k : ks) {
        QList<qint64> seen;
        QList<QByteArray> digests;
        const qint64 count = k % 3 + 1;
        const CsvStatus status = readRecords(file.data(), {}, index, k, count, [&](const CsvRecord &record) {
            seen.append(record.index);
            digests.append(digest(record));
            if (record.offset != sequential.positions.at(record.index).offset ||
                record.line != sequential.positions.at(record.index).line)
                seen.append(-1);
            return true;
        });
        QCOMPARE(status, CsvStatus::Ok);
        QList<qint64> expected;
        for (qint64 r = k; r < std::min(k + count, index.recordCount()); ++r)
            expected.append(r);
        QCOMPARE(seen, expected);
        for (qsizetype i = 0; i < digests.size(); ++i)
            QVERIFY2(digests[i] == sequential.digests.at(k + i), qPrintable(QString::number(k + i)));
    }
}

void TestRowIndex::parallelFullRead()
{
    const MappedFile file(m_path);
    QVERIFY(file.isOpen());
    const Sequential sequential = readSequentially(file.data(), {});
    RowIndexOptions options;
    options.chunkBytes = 128 << 10;
    options.stride = 500;
    RowIndex index;
    QCOMPARE(RowIndex::build(file.data(), {}, options, &index), RowIndexStatus::Ok);
    for (const int threads : {1, 2, 3}) {
        std::vector<QList<QPair<qint64, QByteArray>>> byWorker(
            static_cast<size_t>(threads)); // no shared detach
        QList<qint64> outOfPlace;
        std::mutex mutex;
        const CsvStatus status =
            readRecordsParallel(file.data(), {}, index, threads, [&](int worker, const CsvRecord &record) {
                const RowIndexEntry expected = sequential.positions.value(record.index);
                if (record.offset != expected.offset || record.line != expected.line) {
                    const std::lock_guard lock(mutex);
                    outOfPlace.append(record.index);
                }
                byWorker[size_t(worker)].append({record.index, digest(record)}); // one list per worker
                return true;
            });
        QCOMPARE(status, CsvStatus::Ok);
        QVERIFY(outOfPlace.isEmpty());
        QList<QByteArray> merged;
        qint64 next = 0;
        for (const auto &records : byWorker) {
            for (const auto &[index, hash] : records) {
                QCOMPARE(index, next++); // workers' runs are consecutive, each in order
                merged.append(hash);
            }
        }
        QCOMPARE(merged, sequential.digests);
        if (threads > 1)
            QVERIFY(!byWorker[1].isEmpty());
    }
    // A false from the callback stops every worker.
    std::atomic<qint64> delivered{0};
    QCOMPARE(readRecordsParallel(file.data(), {}, index, 2,
                                 [&](int, const CsvRecord &) { return ++delivered < 1000; }),
             CsvStatus::Cancelled);
    QVERIFY(delivered < sequential.positions.size());
}

void TestRowIndex::everyLineAChunk_data()
{
    // One-byte chunks put a boundary after every line break: the speculation is exercised at
    // every line of every nasty file, quoted line breaks included.
    QTest::addColumn<QString>("file");
    for (const char *file : {"embedded-newlines.csv", "cr-only.csv", "excel-preamble.csv", "quoted-mess.csv",
                             "semicolon.csv", "tab.tsv", "utf16le-bom.csv", "windows-1252.csv", "ragged.csv"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestRowIndex::everyLineAChunk()
{
    QFETCH(QString, file);
    const QByteArray raw = corpusFile(file);
    const QByteArray data = decodeToUtf8(raw, detectEncoding(raw, true).encoding);
    for (const char delimiter : {',', ';', '\t'}) {
        for (const bool skipBlank : {true, false}) {
            CsvDialect dialect;
            dialect.delimiter = delimiter;
            dialect.skipBlankLines = skipBlank;
            RowIndexOptions options;
            options.chunkBytes = 1;
            options.stride = 1;
            options.threads = 2;
            compareWithSequential(data, dialect, options, readSequentially(data, dialect));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(
                    QStringLiteral("delimiter %1, skipBlankLines %2").arg(int(delimiter)).arg(skipBlank)));
        }
    }
}

void TestRowIndex::randomBytesOfCsvAlphabet()
{
    // The index scans 64 bytes at a time while quotes are regular and byte by byte where they are
    // not: random strings of the characters that matter, at every offset against a block, must
    // give exactly the reader's records, lines and offsets under every dialect.
    QRandomGenerator rng(99);
    for (int round = 0; round < 600; ++round) {
        const QByteArray data = randomCsvBytes(rng, round % 2 == 0);
        for (const CsvDialect &dialect : everyDialect()) {
            RowIndexOptions options;
            options.chunkBytes = 1 + rng.bounded(300);
            options.stride = 1;
            options.threads = 2;
            compareWithSequential(data, dialect, options, readSequentially(data, dialect));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(describe(round, dialect, data)));
        }
    }
}

void TestRowIndex::unterminatedQuote()
{
    const QByteArray data("a,b\n1,\"open\nstill open\n,\n2,x\n");
    RowIndexOptions options;
    options.chunkBytes = 1;
    options.stride = 1;
    RowIndex index;
    QCOMPARE(RowIndex::build(data, {}, options, &index), RowIndexStatus::Ok);
    QVERIFY(index.endsInsideQuotes());
    QCOMPARE(index.recordCount(), 2);
    QCOMPARE(index.lineBreaks(), 5);
    compareWithSequential(data, {}, options, readSequentially(data, {}));
}

void TestRowIndex::progressAndCancellation()
{
    const MappedFile file(m_path);
    QVERIFY(file.isOpen());
    QList<qint64> seen;
    RowIndexOptions options;
    options.threads = 2;
    options.chunkBytes = 512 << 10;
    options.progress = [&](qint64 done, qint64 total) {
        if (total != file.data().size())
            return false;
        seen.append(done);
        return true;
    };
    RowIndex index;
    QCOMPARE(RowIndex::build(file.data(), {}, options, &index), RowIndexStatus::Ok);
    QVERIFY(seen.size() >= 2);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), file.data().size());

    int calls = 0;
    options.progress = [&](qint64, qint64) { return ++calls < 2; };
    RowIndex untouched;
    QCOMPARE(RowIndex::build(file.data(), {}, options, &untouched), RowIndexStatus::Cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(untouched.recordCount(), 0);
}

void TestRowIndex::emptyInput()
{
    RowIndex index;
    QCOMPARE(RowIndex::build(QByteArrayView(), {}, {}, &index), RowIndexStatus::Ok);
    QCOMPARE(index.recordCount(), 0);
    QCOMPARE(index.nearest(5), RowIndexEntry{});
    int calls = 0;
    QCOMPARE(
        readRecords(QByteArrayView(), {}, index, 0, 10, [&](const CsvRecord &) { return ++calls, true; }),
        CsvStatus::Ok);
    QCOMPARE(calls, 0);
    const MappedFile empty(godwit::test::corpusPath(QStringLiteral("empty.csv")));
    QVERIFY(empty.isOpen());
    QVERIFY(empty.data().isEmpty());
    const MappedFile missing(m_dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!missing.isOpen());
    QVERIFY(!missing.errorString().isEmpty());
}

// A caller whose progress callback throws (the server's database layer does) gets the exception
// back after the worker threads stopped, not std::terminate.
void TestRowIndex::throwingProgressDoesNotAbort()
{
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data += "a,b,\"c\nd\"\r\n";
    RowIndexOptions options;
    options.threads = 2;
    options.chunkBytes = 64 * 1024;
    options.progress = [](qint64, qint64) -> bool { throw std::runtime_error("database is locked"); };
    RowIndex index;
    bool caught = false;
    try {
        RowIndex::build(data, CsvDialect{}, options, &index);
    } catch (const std::runtime_error &e) {
        caught = QByteArrayView(e.what()) == "database is locked";
    }
    QVERIFY(caught);
}

void TestRowIndex::inTwoMatchesSequentialReading()
{
    const MappedFile file(m_path);
    QVERIFY(file.isOpen());
    const Sequential sequential = readSequentially(file.data(), {});
    for (const qint64 step : {qint64(1) << 20, qint64(64) << 10, qint64(4099)}) {
        QList<QPair<qint64, qint64>> scanned;
        const qint64 second =
            compareTwoWithSequential(file.data(), {}, step, sequential, [&](qint64 begin, qint64 end) {
                scanned.append({begin, end});
            });
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(QString::number(step)));
        // The second worker has a share, at most the second half: the scan stops where what is left
        // to worker 0 is as much as the rest, which is at or past the middle ...
        QVERIFY2(second > 0 && second <= sequential.positions.size() * 11 / 20,
                 qPrintable(QString::number(second)));
        // ... and the scan told of consecutive steps from the start.
        QVERIFY(!scanned.isEmpty());
        QCOMPARE(scanned.front().first, 0);
        for (qsizetype i = 1; i < scanned.size(); ++i)
            QCOMPARE(scanned[i].first, scanned[i - 1].second);
        QVERIFY(scanned.back().second <= file.data().size());
    }
    // Renumbered: the second share starts at once near the middle (the file has quotes after it),
    // and is numbered afterwards; nothing is scanned.
    Renumbering renumbering;
    QList<QPair<qint64, qint64>> scanned;
    const qint64 second = compareTwoWithSequential(
        file.data(), {}, 1 << 20, sequential,
        [&](qint64 begin, qint64 end) {
            scanned.append({begin, end});
        },
        &renumbering);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(renumbering.needed);
    QVERIFY(scanned.isEmpty());
    QVERIFY2(second > sequential.positions.size() / 3 && second < sequential.positions.size() * 2 / 3,
             qPrintable(QString::number(second)));
    // Small inputs: nothing for the second worker when the first step covers everything.
    const QByteArray small("a,b\n1,2\n");
    QCOMPARE(compareTwoWithSequential(small, {}, 1 << 20, readSequentially(small, {})), 0);
    QCOMPARE(compareTwoWithSequential(QByteArrayView(), {}, 1 << 20, readSequentially(QByteArrayView(), {})),
             0);
}

void TestRowIndex::inTwoOnRandomBytesOfCsvAlphabet()
{
    // The second share starts at the first record after wherever the scan stops, found byte by
    // byte: quoted line breaks, CR, CRLF, blank lines and quotes in odd places around it, under
    // every dialect, with the scan stopping anywhere (small steps, stopping halfway or later).
    QRandomGenerator rng(1234);
    qint64 shares = 0;
    qint64 renumbered = 0;
    for (int round = 0; round < 400; ++round) {
        const QByteArray data = randomCsvBytes(rng, round % 2 == 0);
        for (const CsvDialect &dialect : everyDialect()) {
            const Sequential sequential = readSequentially(data, dialect);
            qint64 second = compareTwoWithSequential(data, dialect, 1 + rng.bounded(300), sequential);
            Renumbering renumbering;
            if (!QTest::currentTestFailed())
                second = compareTwoWithSequential(data, dialect, 1 + rng.bounded(300), sequential, {},
                                                  &renumbering);
            renumbered += renumbering.needed;
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(describe(round, dialect, data)));
            shares += second > 0;
        }
    }
    QVERIFY2(shares > 1000, qPrintable(QString::number(shares))); // most inputs were split
    QVERIFY2(renumbered > 1000, qPrintable(QString::number(renumbered)));
}

void TestRowIndex::inTwoRenumbersWhereItCan()
{
    // No quote anywhere: the second share starts right after the line break past the middle.
    QByteArray plain("id,name\r\n");
    for (int i = 0; i < 5000; ++i)
        plain += QByteArray::number(i) + ",name " + QByteArray::number(i) + (i % 3 ? "\r\n" : "\n\n");
    Renumbering renumbering;
    QVERIFY(compareTwoWithSequential(plain, {}, 4096, readSequentially(plain, {}), {}, &renumbering) > 0);
    QVERIFY(renumbering.needed);
    // No quote before the middle, but one between it and the next line break: that break is
    // inside a quoted field, which the second share must not start in.
    for (qsizetype shift = 0; shift < 12; ++shift) {
        QByteArray data("id,note\n");
        while (data.size() < 20000 - shift)
            data += "1,plain\n";
        data += "2,\"opens here\nand ends\nhere\"\n";
        while (data.size() < 40000)
            data += "3,after\n";
        const Sequential sequential = readSequentially(data, {});
        Renumbering again;
        compareTwoWithSequential(data, {}, 4096, sequential, {}, &again);
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(QString::number(shift)));
    }
    // A quoted field across the middle longer than the two scans look (4 MB), quotes before it:
    // no renumbering, the second thread scans from the start instead.
    QByteArray wide("id,note\n1,\"quoted\"\n2,\"");
    while (wide.size() < (qsizetype(9) << 20))
        wide += "inside the field, line after line\n";
    wide += "\"\n3,end\n";
    const Sequential sequential = readSequentially(wide, {});
    Renumbering none;
    compareTwoWithSequential(wide, {}, 1 << 20, sequential, {}, &none);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!none.needed);
}

void TestRowIndex::inTwoWaitsForASlowScan()
{
    // A scan slower than the reading (each step sleeps): worker 0 catches up with it and waits
    // at its edge, and still never reads into the second share.
    QByteArray data("id,note\n");
    for (int i = 0; i < 20000; ++i)
        data += QByteArray::number(i) + (i % 7 ? ",plain\n" : ",\"two\nlines\"\r\n");
    const Sequential sequential = readSequentially(data, {});
    const qint64 second = compareTwoWithSequential(data, {}, 4096, sequential, [](qint64, qint64) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    });
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(second > 0, qPrintable(QString::number(second)));
}

void TestRowIndex::inTwoStopsAndRethrows()
{
    const MappedFile file(m_path);
    QVERIFY(file.isOpen());
    const Sequential sequential = readSequentially(file.data(), {});
    // A false from either worker stops both.
    for (const int stopper : {0, 1}) {
        std::atomic<qint64> delivered{0};
        std::atomic<qint64> byStopper{0};
        const CsvStatus status = readRecordsInTwo(file.data(), {}, [&](int worker, const CsvRecord &) {
            ++delivered;
            return worker != stopper || ++byStopper < 1000;
        });
        QCOMPARE(status, CsvStatus::Cancelled);
        QVERIFY2(delivered < sequential.positions.size(), qPrintable(QString::number(stopper)));
    }
    // An exception on worker 0 comes back after the second thread stopped.
    bool caught = false;
    try {
        readRecordsInTwo(file.data(), {}, [](int worker, const CsvRecord &record) -> bool {
            if (worker == 0 && record.index == 5000)
                throw std::runtime_error("database is locked");
            return true;
        });
    } catch (const std::runtime_error &e) {
        caught = QByteArrayView(e.what()) == "database is locked";
    }
    QVERIFY(caught);
    // A quote left open at the end: the last record comes, and the status says so.
    QByteArray open = file.data().toByteArray();
    open += "1,\"never closed\n,2\n";
    const Sequential openSequential = readSequentially(open, {});
    QCOMPARE(openSequential.status, CsvStatus::UnterminatedQuote);
    compareTwoWithSequential(open, {}, 1 << 20, openSequential);
}

QTEST_GUILESS_MAIN(TestRowIndex)
#include "tst_rowindex.moc"
