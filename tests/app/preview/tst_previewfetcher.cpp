// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewFetcher: answers rows and locations on its own thread, newest request first; a new
// batch of requests replaces the ones not started.
#include "app/preview/previewfetcher.h"

#include "tests/app/preview/previewtestdata.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using app::PreviewFetcher;

class TestPreviewFetcher : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void answersRowsNewestFirst();
    void replacesRequestsNotStarted();
    void locatesLinesAndOffsets();
    void estimatesRowsFarBeyondTheIndex();

private:
    struct Answer {
        int generation;
        qint64 first;
        QList<app::PreviewRow> rows;
        bool partial;
    };
    std::unique_ptr<PreviewFetcher> make(std::shared_ptr<app::PreviewIndex> index);
    bool waitFor(int answers);

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_bytes;
    std::shared_ptr<app::PreviewData> m_data;
    QMutex m_mutex;
    QList<Answer> m_answers;
    QList<std::tuple<PreviewFetcher::Locate, qint64, qint64, qint64, bool>> m_located;
};

void TestPreviewFetcher::initTestCase()
{
    test::TableSpec spec;
    spec.rows = 20000;
    m_bytes = test::tableBytes(spec);
    m_path = m_dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(test::writeFile(m_path, m_bytes));
    m_data = std::make_shared<app::PreviewData>(m_path, 0, m_bytes.size(), engine::TextEncoding::Utf8);
}

std::unique_ptr<PreviewFetcher> TestPreviewFetcher::make(std::shared_ptr<app::PreviewIndex> index)
{
    return std::make_unique<PreviewFetcher>(
        m_data, engine::CsvDialect{}, std::move(index), double(m_bytes.size()) / 20001, // the head's average
        [this](int generation, qint64 first, const QList<app::PreviewRow> &rows, bool partial,
               const QString &) {
            const QMutexLocker lock(&m_mutex);
            m_answers.append({generation, first, rows, partial});
        },
        [this](int, PreviewFetcher::Locate kind, qint64 value, qint64 record, qint64 line, bool exact) {
            const QMutexLocker lock(&m_mutex);
            m_located.append({kind, value, record, line, exact});
        });
}

bool TestPreviewFetcher::waitFor(int answers)
{
    return QTest::qWaitFor(
        [&] {
            const QMutexLocker lock(&m_mutex);
            return m_answers.size() + m_located.size() >= answers;
        },
        10000);
}

void TestPreviewFetcher::answersRowsNewestFirst()
{
    auto index = std::make_shared<app::PreviewIndex>();
    app::PreviewIndexer(m_data, engine::CsvDialect{}, index).run({});
    m_answers.clear();
    {
        auto fetcher = make(index);
        fetcher->fetch(3, {{100, 10}, {5000, 10}, {12000, 10}});
        QVERIFY(waitFor(3));
    }
    const QMutexLocker lock(&m_mutex);
    QCOMPARE(m_answers.size(), 3);
    // The first is whatever the thread picked up at once; then the newest of the rest.
    QCOMPARE(m_answers.last().first, 100);
    for (const Answer &a : std::as_const(m_answers)) {
        QCOMPARE(a.generation, 3);
        QCOMPARE(a.rows.size(), 10);
        QCOMPARE(a.rows.first().record, a.first);
        QCOMPARE(a.rows.first().cells.first(), QString::number(a.first)); // id = record number
        QVERIFY(!a.partial);
    }
}

void TestPreviewFetcher::replacesRequestsNotStarted()
{
    auto index = std::make_shared<app::PreviewIndex>();
    app::PreviewIndexer(m_data, engine::CsvDialect{}, index).run({});
    m_answers.clear();
    auto fetcher = make(index);
    QList<std::pair<qint64, qint64>> many;
    for (qint64 i = 0; i < 200; ++i)
        many.append({i * 90, 50});
    fetcher->fetch(1, many);
    fetcher->fetch(2, {{19000, 5}});
    QVERIFY(waitFor(1));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QMutexLocker lock(&m_mutex);
            return !m_answers.isEmpty() && m_answers.last().generation == 2;
        },
        10000));
    fetcher.reset();
    const QMutexLocker lock(&m_mutex);
    QVERIFY2(m_answers.size() <= 3, qPrintable(QString::number(m_answers.size()))); // not 201
    QCOMPARE(m_answers.last().first, 19000);
}

void TestPreviewFetcher::locatesLinesAndOffsets()
{
    auto index = std::make_shared<app::PreviewIndex>();
    app::PreviewIndexer(m_data, engine::CsvDialect{}, index).run({});
    const QList<test::ExpectedRecord> expected =
        test::expectedRecords(m_bytes, engine::TextEncoding::Utf8, engine::CsvDialect{});
    m_located.clear();
    m_answers.clear();
    auto fetcher = make(index);
    fetcher->locate(1, PreviewFetcher::Locate::Line, expected[15000].line);
    QVERIFY(waitFor(1));
    fetcher->locate(1, PreviewFetcher::Locate::Offset, m_bytes.indexOf("\r\n15000,") + 4);
    QVERIFY(waitFor(2));
    const QMutexLocker lock(&m_mutex);
    QCOMPARE(std::get<2>(m_located[0]), 15000);
    QVERIFY(std::get<4>(m_located[0]));
    QCOMPARE(std::get<2>(m_located[1]), 15000);
    QCOMPARE(std::get<3>(m_located[1]), expected[15000].line);
}

void TestPreviewFetcher::estimatesRowsFarBeyondTheIndex()
{
    auto index = std::make_shared<app::PreviewIndex>(); // nothing indexed
    m_answers.clear();
    auto fetcher = make(index);
    m_located.clear();
    fetcher->fetch(1, {{9000, 8}});
    QVERIFY(waitFor(1));
    const QMutexLocker lock(&m_mutex);
    QCOMPARE(m_answers.first().rows.size(), 8);
    QVERIFY(m_answers.first().rows.first().approximate);
    QCOMPARE(m_answers.first().rows.first().record, 9000);
    // The estimate is where the record probably is: near it in the file.
    QVERIFY(std::abs(m_answers.first().rows.first().cells.first().toLongLong() - 9000) < 3000);
}

QTEST_GUILESS_MAIN(TestPreviewFetcher)
#include "tst_previewfetcher.moc"
