// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewTableModel: row k of the table is data row k of the file for random k — in every
// encoding (UTF-16 and Windows-1252 included) and several dialects, while the index is built and
// after; rows beyond the index are marked as estimates and replaced by exact ones; the window over
// millions of rows, the bounded cache, the row subset and the cell annotator for validation.
#include "ui/preview/previewtablemodel.h"

#include "app/preview/previewdocument.h"
#include "tests/app/preview/previewtestdata.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace godwit;
using app::PreviewDocument;
using ui::PreviewTableModel;
using State = app::PreviewDocument::State;

Q_DECLARE_METATYPE(godwit::engine::TextEncoding)

class TestPreviewTableModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void rowKIsDataRowK_data();
    void rowKIsDataRowK();
    void estimatesBecomeExactWhenIndexed();
    void windowMovesOverManyRows();
    void cacheIsBounded();
    void subsetAndAnnotator();
    void headersAndRaggedRows();
    void passesTheModelTester();

private:
    QString write(const QByteArray &bytes);
    bool open(PreviewDocument &doc, const QString &path, const engine::CsvOpenOptions &choice = {});
    // Brings global row `row` into the window and waits for its data.
    bool load(PreviewTableModel &model, qint64 row);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_files = 0;
};

void TestPreviewTableModel::init()
{
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
}

QString TestPreviewTableModel::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
    if (!test::writeFile(path, bytes))
        qFatal("cannot write");
    return path;
}

bool TestPreviewTableModel::open(PreviewDocument &doc, const QString &path,
                                 const engine::CsvOpenOptions &choice)
{
    doc.open(path, choice);
    return QTest::qWaitFor([&] { return doc.state() == State::Open || doc.state() == State::Failed; },
                           10000) &&
           doc.state() == State::Open;
}

bool TestPreviewTableModel::load(PreviewTableModel &model, qint64 row)
{
    if (model.windowRow(row) < 0)
        model.setWindowStart(row - PreviewTableModel::kWindowRows / 2);
    const int r = model.windowRow(row);
    if (r < 0)
        return false;
    model.data(model.index(r, 0)); // asks for it
    return QTest::qWaitFor([&] { return model.isRowLoaded(model.windowRow(row)); }, 10000);
}

void TestPreviewTableModel::rowKIsDataRowK_data()
{
    QTest::addColumn<engine::TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::newRow("UTF-8, comma") << engine::TextEncoding::Utf8 << false << ',' << '"';
    QTest::newRow("UTF-8 BOM, semicolon") << engine::TextEncoding::Utf8 << true << ';' << '"';
    QTest::newRow("Windows-1252, semicolon") << engine::TextEncoding::Windows1252 << false << ';' << '"';
    QTest::newRow("Latin-1, tab, single quote") << engine::TextEncoding::Latin1 << false << '\t' << '\'';
    QTest::newRow("UTF-16LE BOM, comma") << engine::TextEncoding::Utf16LE << true << ',' << '"';
    QTest::newRow("UTF-16BE BOM, pipe") << engine::TextEncoding::Utf16BE << true << '|' << '"';
}

void TestPreviewTableModel::rowKIsDataRowK()
{
    QFETCH(engine::TextEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    test::TableSpec spec;
    spec.rows = 30000;
    spec.encoding = encoding;
    spec.bom = bom;
    spec.delimiter = delimiter;
    spec.quote = quote;
    spec.preamble = {QStringLiteral("Export of 2024-03-01")};
    const QByteArray bytes = test::tableBytes(spec);
    // The dialect is given (sniffing is the sniffer's test); the header row is detected.
    engine::CsvOpenOptions choice;
    choice.encoding = encoding;
    choice.dialect.delimiter = delimiter;
    choice.dialect.quote = quote;
    const auto expected = test::expectedRecords(bytes, encoding, {delimiter, quote});

    PreviewDocument doc(m_settings.get());
    app::PreviewIndexerOptions slow;
    slow.firstSliceBytes = 8192;
    slow.sliceBytes = 32768;
    slow.chunkBytes = 8192;
    // The index holds after three slices: the model is tested while indexing, then after.
    QSemaphore hold;
    std::atomic<int> slices{0};
    slow.afterSlice = [&](const app::PreviewIndexState &) {
        if (++slices == 3)
            hold.acquire();
    };
    doc.setIndexerOptions(slow);
    const auto release = qScopeGuard([&] { hold.release(1); });
    PreviewTableModel model(&doc);
    QVERIFY(open(doc, write(bytes), choice));
    QCOMPARE(doc.layout().headerRecord, 1);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    QVERIFY(QTest::qWaitFor([&] { return slices >= 3; }, 10000));
    QVERIFY(doc.isIndexing());

    QRandomGenerator rng(3);
    const qint64 firstData = doc.layout().firstDataRecord();
    const auto check = [&](qint64 row, bool mustBeExact) {
        if (!load(model, row))
            return false;
        const int r = model.windowRow(row);
        const bool approximate = model.data(model.index(r, 0), PreviewTableModel::ApproximateRole).toBool();
        if (approximate) {
            if (mustBeExact)
                qWarning("row %lld is an estimate", row);
            return !mustBeExact;
        }
        const test::ExpectedRecord &truth = expected[qsizetype(firstData + row)];
        for (int c = 0; c < 4; ++c) {
            QString cell = truth.fields.value(c);
            cell.replace(QLatin1String("\r\n"), QStringLiteral("⏎"))
                .replace(QLatin1Char('\n'), QStringLiteral("⏎"));
            if (model.data(model.index(r, c)).toString() != cell) {
                qWarning("row %lld column %d: %s != %s", row, c,
                         qPrintable(model.data(model.index(r, c)).toString()), qPrintable(cell));
                return false;
            }
        }
        if (model.headerData(r, Qt::Vertical).toString() != QLocale().toString(truth.line))
            return false;
        return model.data(model.index(r, 0), PreviewTableModel::RecordRole).toLongLong() == firstData + row;
    };

    // During: what is indexed (and a little beyond) is exact; far beyond, estimates are marked.
    const app::PreviewIndexState partial = doc.indexState(); // held: the index stays where it is
    QVERIFY(!partial.complete);
    QVERIFY(partial.records > 100);
    // The model follows the index at 10 Hz (later on a loaded machine): wait until it has caught up
    // with the last indexed row rather than for a fixed time.
    const qint64 lastIndexed = partial.records - firstData - 1;
    QVERIFY(QTest::qWaitFor(
        [&] {
            return load(model, lastIndexed) && !model
                                                    .data(model.index(model.windowRow(lastIndexed), 0),
                                                          PreviewTableModel::ApproximateRole)
                                                    .toBool();
        },
        10000));
    QVERIFY(!doc.rowCountExact());
    QVERIFY(model.globalRowCount() > partial.records);
    for (int i = 0; i < 30; ++i)
        QVERIFY(check(rng.bounded(std::max<qint64>(1, partial.records - firstData)), true));
    // Far beyond: estimates (a UTF-16 file has no bytes there yet: its copy is written as it is indexed).
    for (int i = 0; i < 10 && !doc.data()->isCopy(); ++i)
        QVERIFY(check(partial.records + 9000 + rng.bounded(10000), false));
    hold.release(1);
    QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 20000));
    QCoreApplication::processEvents();
    // After: all exact, and the count is.
    QVERIFY(QTest::qWaitFor([&] { return model.globalRowCount() == 30000; }, 5000));
    QVERIFY(doc.rowCountExact());
    for (int i = 0; i < 60; ++i)
        QVERIFY(check(rng.bounded(30000), true));
    QVERIFY(check(0, true));
    QVERIFY(check(29999, true));
}

void TestPreviewTableModel::estimatesBecomeExactWhenIndexed()
{
    test::TableSpec spec;
    spec.rows = 50000;
    const QByteArray bytes = test::tableBytes(spec);
    PreviewDocument doc(m_settings.get());
    app::PreviewIndexerOptions slow;
    slow.firstSliceBytes = 4096;
    slow.sliceBytes = 16384;
    slow.chunkBytes = 4096;
    QSemaphore hold; // the index holds after two slices
    std::atomic<int> slices{0};
    slow.afterSlice = [&](const app::PreviewIndexState &) {
        if (++slices == 2)
            hold.acquire();
    };
    doc.setIndexerOptions(slow);
    const auto release = qScopeGuard([&] { hold.release(1); });
    PreviewTableModel model(&doc);
    QVERIFY(open(doc, write(bytes)));
    QVERIFY(QTest::qWaitFor([&] { return slices >= 2; }, 10000));
    const qint64 far = 40000;
    QVERIFY(load(model, far));
    const int r = model.windowRow(far);
    QVERIFY(model.data(model.index(r, 0), PreviewTableModel::ApproximateRole).toBool());
    QVERIFY(model.headerData(r, Qt::Vertical).toString().startsWith(QChar(0x2248))); // ≈
    QVERIFY(
        model.headerData(r, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("indexed")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    hold.release(1);
    QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 20000));
    QVERIFY(changed.wait(2000) || changed.count() > 0); // the estimate was dropped
    QVERIFY(load(model, far));
    const int exact = model.windowRow(far);
    QVERIFY(!model.data(model.index(exact, 0), PreviewTableModel::ApproximateRole).toBool());
    QCOMPARE(model.data(model.index(exact, 0)).toString(), QString::number(far + 1)); // the id column
}

void TestPreviewTableModel::windowMovesOverManyRows()
{
    test::TableSpec spec;
    spec.rows = 70000;
    PreviewDocument doc(m_settings.get());
    PreviewTableModel model(&doc);
    QVERIFY(open(doc, write(test::tableBytes(spec))));
    QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 20000));
    QCoreApplication::processEvents();
    QCOMPARE(model.globalRowCount(), 70000);
    QCOMPARE(model.rowCount(), PreviewTableModel::kWindowRows); // never all of them
    QCOMPARE(model.windowStart(), 0);

    // A persistent index follows its row when the window moves; one that leaves it is invalid.
    const QPersistentModelIndex kept(model.index(15000, 2));
    const QPersistentModelIndex lost(model.index(10, 2));
    model.setWindowStart(5000);
    QCOMPARE(model.windowStart(), 5000);
    QCOMPARE(kept.row(), 10000);
    QCOMPARE(kept.column(), 2);
    QVERIFY(!lost.isValid());
    QCOMPARE(model.globalRow(kept.row()), 15000);
    // Clamped at the end.
    model.setWindowStart(1000000);
    QCOMPARE(model.windowStart(), 70000 - PreviewTableModel::kWindowRows);
    QVERIFY(load(model, 69999));
    QCOMPARE(model.data(model.index(model.windowRow(69999), 0)).toString(), QStringLiteral("70000"));
    QCOMPARE(model.windowRow(10), -1);
}

void TestPreviewTableModel::cacheIsBounded()
{
    test::TableSpec spec;
    spec.rows = 40000;
    PreviewDocument doc(m_settings.get());
    PreviewTableModel model(&doc);
    QVERIFY(open(doc, write(test::tableBytes(spec))));
    QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 20000));
    for (qint64 row = 0; row < 40000; row += PreviewTableModel::kChunkRows / 2)
        QVERIFY(load(model, row));
    QVERIFY(model.cachedChunks() <= PreviewTableModel::kMaxChunks);
    QVERIFY(model.cachedChunks() > 10);
}

void TestPreviewTableModel::subsetAndAnnotator()
{
    test::TableSpec spec;
    spec.rows = 1000;
    PreviewDocument doc(m_settings.get());
    PreviewTableModel model(&doc);
    QVERIFY(open(doc, write(test::tableBytes(spec))));
    QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 20000));
    QCoreApplication::processEvents();
    // Only some records (say, the flagged ones): records 5, 300 and 999 are rows 4, 299, 998.
    auto records = std::make_shared<std::vector<qint64>>(std::vector<qint64>{5, 300, 999});
    model.setRowSubset(records);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.globalRowCount(), 3);
    QCOMPARE(model.recordForRow(1), 300);
    QCOMPARE(model.globalRowForRecord(999), 2);
    QCOMPARE(model.globalRowForRecord(6), -1);
    QVERIFY(load(model, 1));
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("300"));
    QVERIFY(load(model, 2));
    QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("999"));

    model.setCellAnnotator([](qint64 record, int column) -> std::optional<PreviewTableModel::CellNote> {
        if (record == 300 && column == 1)
            return PreviewTableModel::CellNote{QColor(Qt::red), QStringLiteral("rule: strict")};
        return std::nullopt;
    });
    QCOMPARE(model.data(model.index(1, 1), Qt::BackgroundRole).value<QColor>(), QColor(Qt::red));
    QVERIFY(
        model.data(model.index(1, 1), Qt::ToolTipRole).toString().contains(QStringLiteral("rule: strict")));
    QVERIFY(!model.data(model.index(1, 0), Qt::BackgroundRole).isValid());

    model.setRowSubset(nullptr);
    QCOMPARE(model.globalRowCount(), 1000);
}

void TestPreviewTableModel::headersAndRaggedRows()
{
    // A short row, a long row, a 10 MB field, a line break in a field, an unnamed column.
    QByteArray bytes = "id,,note\n1,a,\"two\nlines\"\n2,b\n3,c,d,extra\n4,\"";
    bytes += QByteArray(10 << 20, 'y') + "\",z\n";
    PreviewDocument doc(m_settings.get());
    PreviewTableModel model(&doc);
    QVERIFY(open(doc, write(bytes)));
    QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 20000));
    QCoreApplication::processEvents();
    QCOMPARE(model.globalRowCount(), 4);
    QCOMPARE(model.columnCount(), 4); // one more than the header, from the long row
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("no name")));
    QVERIFY(model.headerData(3, Qt::Horizontal).toString().contains(QStringLiteral("extra")));
    QVERIFY(load(model, 0));
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("two⏎lines"));
    QCOMPARE(model.data(model.index(0, 2), Qt::ToolTipRole).toString(), QStringLiteral("two\nlines"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("4")); // after a two-line row
    // Ragged: the missing cell is marked, the header says why.
    QVERIFY(model.data(model.index(1, 2), Qt::BackgroundRole).isValid());
    QVERIFY(model.data(model.index(1, 2), Qt::ToolTipRole).toString().contains(QStringLiteral("2 field")));
    QVERIFY(
        model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("2 fields")));
    QCOMPARE(model.data(model.index(2, 3)).toString(), QStringLiteral("extra"));
    // The long field: cut short, and said so.
    const QString big = model.data(model.index(3, 1)).toString();
    QVERIFY(big.size() <= app::PreviewReader::kMaxCellChars + 1);
    QVERIFY(big.endsWith(QChar(0x2026)));
    QVERIFY(model.data(model.index(3, 1), Qt::ToolTipRole).toString().contains(QLocale().toString(10 << 20)));
    QCOMPARE(model.data(model.index(3, 2)).toString(), QStringLiteral("z"));
}

void TestPreviewTableModel::passesTheModelTester()
{
    test::TableSpec spec;
    spec.rows = 500;
    PreviewDocument doc(m_settings.get());
    PreviewTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(open(doc, write(test::tableBytes(spec))));
    QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 20000));
    QVERIFY(load(model, 250));
    model.setWindowStart(100);
    doc.close();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPreviewTableModel)
#include "tst_previewtablemodel.moc"
