// SPDX-License-Identifier: GPL-3.0-or-later
// exportPreviewCsv: the table as normalised CSV (UTF-8, comma, CRLF, minimal quotes), the
// preamble left out, short rows padded, a RowFilter with a verdict per row, and nothing on disk
// when cancelled.
#include "app/preview/previewexport.h"

#include "app/preview/backgroundtask.h"
#include "tests/app/preview/previewtestdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace godwit;
using app::PreviewExportOptions;
using app::PreviewExportResult;

class TestPreviewExport : public QObject {
    Q_OBJECT
private slots:
    void writesNormalisedCsv();
    void exportsFromAUtf16Copy();
    void filtersRowsByVerdict();
    void cancelledLeavesNothing();
    void failsOnAnUnwritableDestination();

private:
    struct Source {
        std::shared_ptr<app::PreviewData> data;
        std::shared_ptr<app::PreviewIndex> index;
        app::PreviewLayout layout;
    };
    Source source(const QByteArray &bytes, engine::TextEncoding encoding, const engine::CsvDialect &dialect,
                  qint64 headerRecord, int fieldCount, const QStringList &header, qint64 base = 0);
    QByteArray read(const QString &path);
    QTemporaryDir m_dir;
    int m_files = 0;
};

TestPreviewExport::Source TestPreviewExport::source(const QByteArray &bytes, engine::TextEncoding encoding,
                                                    const engine::CsvDialect &dialect, qint64 headerRecord,
                                                    int fieldCount, const QStringList &header, qint64 base)
{
    const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(++m_files));
    if (!test::writeFile(path, bytes))
        qFatal("cannot write");
    Source s;
    s.data = std::make_shared<app::PreviewData>(path, base, bytes.size(), encoding);
    s.index = std::make_shared<app::PreviewIndex>();
    app::PreviewIndexer(s.data, dialect, s.index).run({});
    s.layout.encoding = encoding;
    s.layout.dialect = dialect;
    s.layout.headerRecord = headerRecord;
    s.layout.fieldCount = fieldCount;
    s.layout.header = header;
    return s;
}

QByteArray TestPreviewExport::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPreviewExport::writesNormalisedCsv()
{
    // Windows-1252, semicolons, a preamble line, a quoted field with a line break, a short row.
    const QByteArray bytes =
        "Export 2024\r\nid;name;note\r\n1;M\xFCller;\"a;b\"\r\n2;\x80uro;\"two\nlines\"\r\n3;short\r\n";
    const Source s = source(bytes, engine::TextEncoding::Windows1252, {';', '"'}, 1, 3,
                            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note")});
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    app::TaskControl control;
    const PreviewExportResult result = app::exportPreviewCsv(s.data, s.index, s.layout, out, {}, control);
    QCOMPARE(result.status, PreviewExportResult::Status::Done);
    QCOMPARE(result.rowsWritten, 3);
    QCOMPARE(
        read(out),
        QStringLiteral("id,name,note\r\n1,Müller,a;b\r\n2,€uro,\"two\nlines\"\r\n3,short,\r\n").toUtf8());
    QCOMPARE(result.bytesWritten, read(out).size());
}

void TestPreviewExport::exportsFromAUtf16Copy()
{
    test::TableSpec spec;
    spec.rows = 500;
    spec.encoding = engine::TextEncoding::Utf16LE;
    spec.bom = true;
    const QByteArray bytes = test::tableBytes(spec);
    const QString in = m_dir.filePath(QStringLiteral("utf16.csv"));
    QVERIFY(test::writeFile(in, bytes));
    auto copy = app::PreviewData::growingCopy(m_dir.filePath(QStringLiteral("utf16-copy.csv")));
    auto index = std::make_shared<app::PreviewIndex>();
    app::PreviewIndexer(in, spec.encoding, copy, {}, index).run({});
    app::PreviewLayout layout;
    layout.encoding = spec.encoding;
    layout.fieldCount = 4;
    layout.header = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount"),
                     QStringLiteral("note")};
    const QString out = m_dir.filePath(QStringLiteral("utf16-out.csv"));
    app::TaskControl control;
    const PreviewExportResult result = app::exportPreviewCsv(copy, index, layout, out, {}, control);
    QCOMPARE(result.status, PreviewExportResult::Status::Done);
    QCOMPARE(result.rowsWritten, 500);
    // Read back: the same records as the original.
    const auto original = test::expectedRecords(bytes, spec.encoding, {});
    const auto exported = test::expectedRecords(read(out), engine::TextEncoding::Utf8, {});
    QCOMPARE(exported.size(), original.size());
    for (int i = 0; i < original.size(); ++i)
        QCOMPARE(exported[i].fields, original[i].fields);
}

void TestPreviewExport::filtersRowsByVerdict()
{
    const QByteArray bytes = "id,v\n1,a\n2,b\n3,c\n4,d\n";
    const Source s =
        source(bytes, engine::TextEncoding::Utf8, {}, 0, 2, {QStringLiteral("id"), QStringLiteral("v")});
    PreviewExportOptions options;
    QList<qint64> asked;
    options.isValid = [&asked](qint64 record, const QList<QStringView> &cells) {
        asked.append(record);
        return cells[1] != u"b" && cells[1] != u"d";
    };
    app::TaskControl control;
    const QString valid = m_dir.filePath(QStringLiteral("valid.csv"));
    options.filter = engine::RowFilter::Valid;
    QCOMPARE(app::exportPreviewCsv(s.data, s.index, s.layout, valid, options, control).rowsWritten, 2);
    QCOMPARE(read(valid), QByteArray("id,v\r\n1,a\r\n3,c\r\n"));
    QCOMPARE(asked, QList<qint64>({1, 2, 3, 4}));
    const QString flagged = m_dir.filePath(QStringLiteral("flagged.csv"));
    options.filter = engine::RowFilter::Invalid;
    const PreviewExportResult result =
        app::exportPreviewCsv(s.data, s.index, s.layout, flagged, options, control);
    QCOMPARE(result.rowsWritten, 2);
    QCOMPARE(result.rowsSkipped, 2);
    QCOMPARE(read(flagged), QByteArray("id,v\r\n2,b\r\n4,d\r\n"));

    // A filter without a verdict is refused.
    PreviewExportOptions noVerdict;
    noVerdict.filter = engine::RowFilter::Valid;
    const QString none = m_dir.filePath(QStringLiteral("none.csv"));
    QCOMPARE(app::exportPreviewCsv(s.data, s.index, s.layout, none, noVerdict, control).status,
             PreviewExportResult::Status::Failed);
    QVERIFY(!QFile::exists(none));
}

void TestPreviewExport::cancelledLeavesNothing()
{
    test::TableSpec spec;
    spec.rows = 20000;
    const Source s = source(
        test::tableBytes(spec), engine::TextEncoding::Utf8, {}, 0, 4,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount"), QStringLiteral("note")});
    const QString out = m_dir.filePath(QStringLiteral("cancelled.csv"));
    // The verdict holds the export at row 100 until the task is cancelled.
    std::atomic<int> rows{0};
    std::atomic<bool> cancelled{false};
    PreviewExportOptions options;
    options.isValid = [&](qint64, const QList<QStringView> &) {
        if (++rows == 100) {
            while (!cancelled)
                QThread::msleep(1);
        }
        return true;
    };
    PreviewExportResult result;
    app::BackgroundTask task(QStringLiteral("export"), [&](app::TaskControl &control) {
        result = app::exportPreviewCsv(s.data, s.index, s.layout, out, options, control);
    });
    task.start();
    QVERIFY(QTest::qWaitFor([&] { return rows >= 100; }, 10000));
    task.cancel();
    cancelled = true;
    task.wait();
    QCOMPARE(result.status, PreviewExportResult::Status::Cancelled);
    QVERIFY(!QFile::exists(out));
    QVERIFY(rows < 20000);
}

void TestPreviewExport::failsOnAnUnwritableDestination()
{
    const Source s = source("a\n1\n", engine::TextEncoding::Utf8, {}, 0, 1, {QStringLiteral("a")});
    app::TaskControl control;
    const PreviewExportResult result = app::exportPreviewCsv(
        s.data, s.index, s.layout, m_dir.filePath(QStringLiteral("no/such/dir/out.csv")), {}, control);
    QCOMPARE(result.status, PreviewExportResult::Status::Failed);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestPreviewExport)
#include "tst_previewexport.moc"
