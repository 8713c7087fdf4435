// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewDocument: a file opened, indexed and read off the UI thread; every nasty file of the
// engine's corpus gives a state and a message, never a crash; choices re-read the file and are
// remembered; profiles, exports, a file that changes or disappears; cancel and resume.
#include "app/preview/previewdocument.h"

#include "tests/app/preview/previewtestdata.h"
#include "tests/engine/corpus.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using app::PreviewDocument;
using State = app::PreviewDocument::State;

class TestPreviewDocument : public QObject {
    Q_OBJECT
private slots:
    void init();
    void opensIndexesAndReadsRows();
    void badFilesSayWhatTheyAre_data();
    void badFilesSayWhatTheyAre();
    void aFileThatDoesNotExist();
    void undecodableBytesAreCounted();
    void raggedRowsAreCountedByAProfile();
    void aChoiceReReadsAndIsRemembered();
    void anotherHeaderRowKeepsTheIndex();
    void readsAUtf16File();
    void profilesAColumn();
    void exportsAllRows();
    void noticesAChangedOrDeletedFile();
    void cancelAndResumeIndexing();
    void locatesALine();

private:
    bool openAndWait(PreviewDocument &doc, const QString &path, bool indexed = true);
    QList<app::PreviewRow> fetch(PreviewDocument &doc, qint64 first, qint64 count);
    QString write(const QByteArray &bytes, const QString &name = {});

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_files = 0;
};

void TestPreviewDocument::init()
{
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
}

QString TestPreviewDocument::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("f%1.csv").arg(++m_files) : name);
    if (!test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool TestPreviewDocument::openAndWait(PreviewDocument &doc, const QString &path, bool indexed)
{
    doc.open(path);
    if (!QTest::qWaitFor([&] { return doc.state() == State::Open || doc.state() == State::Failed; }, 10000))
        return false;
    if (indexed && doc.state() == State::Open)
        return QTest::qWaitFor([&] { return doc.indexState().complete && !doc.isIndexing(); }, 20000);
    return true;
}

QList<app::PreviewRow> TestPreviewDocument::fetch(PreviewDocument &doc, qint64 first, qint64 count)
{
    QList<app::PreviewRow> rows;
    bool done = false;
    const auto connection = connect(&doc, &PreviewDocument::rowsFetched, this,
                                    [&](int generation, qint64 f, const QList<app::PreviewRow> &r, bool) {
                                        if (generation == doc.generation() && f == first) {
                                            rows = r;
                                            done = true;
                                        }
                                    });
    doc.fetchRows({{first, count}});
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no rows from %lld", first);
    disconnect(connection);
    return rows;
}

void TestPreviewDocument::opensIndexesAndReadsRows()
{
    test::TableSpec spec;
    spec.rows = 3000;
    spec.delimiter = ';';
    spec.preamble = {QStringLiteral("Customer export"), QStringLiteral("Generated: 2024-03-01")};
    const QByteArray bytes = test::tableBytes(spec);
    const QString path = write(bytes);
    PreviewDocument doc(m_settings.get());
    QSignalSpy layouts(&doc, &PreviewDocument::layoutChanged);
    QVERIFY(openAndWait(doc, path));
    QCOMPARE(doc.state(), State::Open);
    QVERIFY(layouts.count() >= 1);
    const app::PreviewLayout &layout = doc.layout();
    QCOMPARE(layout.dialect.delimiter, ';');
    QVERIFY(layout.hasHeader);
    QCOMPARE(layout.headerRecord, 2); // below the two preamble lines
    QCOMPARE(layout.header, QStringList({QStringLiteral("id"), QStringLiteral("name"),
                                         QStringLiteral("amount"), QStringLiteral("note")}));
    QVERIFY(doc.rowCountExact());
    QCOMPARE(doc.estimatedDataRows(), 3000);
    QVERIFY(doc.headRows().size() >= 10);
    QCOMPARE(doc.headRows().first().cells.first(), QStringLiteral("Customer export"));

    const auto expected = test::expectedRecords(bytes, engine::TextEncoding::Utf8, layout.dialect);
    const QList<app::PreviewRow> rows = fetch(doc, layout.firstDataRecord() + 1234, 20);
    QCOMPARE(rows.size(), 20);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].cells, expected[qsizetype(layout.firstDataRecord() + 1234 + i)].fields);
        QCOMPARE(rows[i].line, expected[qsizetype(layout.firstDataRecord() + 1234 + i)].line);
    }
    QCOMPARE(rows.first().cells.first(), QStringLiteral("1235"));
}

void TestPreviewDocument::badFilesSayWhatTheyAre_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << int(State::Failed) << QStringLiteral("empty");
    QTest::newRow("only a BOM") << QStringLiteral("bom-only.csv") << int(State::Failed)
                                << QStringLiteral("empty");
    QTest::newRow("blank lines") << QStringLiteral("blank-lines-only.csv") << int(State::Failed)
                                 << QStringLiteral("blank lines");
    QTest::newRow("xlsx") << QStringLiteral("xlsx-renamed.csv") << int(State::Failed)
                          << QStringLiteral("spreadsheet");
    QTest::newRow("pdf") << QStringLiteral("pdf-renamed.csv") << int(State::Failed) << QStringLiteral("PDF");
    QTest::newRow("binary") << QStringLiteral("nul-bytes.csv") << int(State::Failed)
                            << QStringLiteral("binary");
    QTest::newRow("header only") << QStringLiteral("header-only.csv") << int(State::Open) << QString();
    QTest::newRow("quoted mess") << QStringLiteral("quoted-mess.csv") << int(State::Open) << QString();
    QTest::newRow("cr only") << QStringLiteral("cr-only.csv") << int(State::Open) << QString();
    QTest::newRow("excel preamble") << QStringLiteral("excel-preamble.csv") << int(State::Open) << QString();
    QTest::newRow("single column") << QStringLiteral("single-column.csv") << int(State::Open) << QString();
    QTest::newRow("trailing delimiters")
        << QStringLiteral("trailing-delimiters.csv") << int(State::Open) << QString();
    QTest::newRow("utf16be no bom") << QStringLiteral("utf16be-nobom.csv") << int(State::Open) << QString();
}

void TestPreviewDocument::badFilesSayWhatTheyAre()
{
    QFETCH(QString, file);
    QFETCH(int, state);
    QFETCH(QString, message);
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, test::corpusPath(file)));
    QCOMPARE(int(doc.state()), state);
    if (state == int(State::Failed)) {
        QVERIFY2(doc.errorText().contains(message, Qt::CaseInsensitive), qPrintable(doc.errorText()));
        QCOMPARE(doc.estimatedDataRows(), 0);
        doc.fetchRows({{0, 10}}); // harmless
        QVERIFY(!doc.profileColumn(0));
        QVERIFY(!doc.exportCsv(m_dir.filePath(QStringLiteral("x.csv"))));
    } else {
        QVERIFY(doc.errorText().isEmpty());
        QVERIFY(doc.layout().columnCount() >= 1);
        if (file == QStringLiteral("header-only.csv"))
            QCOMPARE(doc.inspection().error, engine::CsvError::HeaderOnly);
    }
}

void TestPreviewDocument::aFileThatDoesNotExist()
{
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, m_dir.filePath(QStringLiteral("missing.csv"))));
    QCOMPARE(doc.state(), State::Failed);
    QVERIFY(doc.errorText().contains(QStringLiteral("cannot open")));
}

void TestPreviewDocument::undecodableBytesAreCounted()
{
    // Detected as Windows-1252 (not valid UTF-8); read as UTF-8, its bad bytes are counted.
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, test::corpusPath(QStringLiteral("invalid-utf8.csv"))));
    QCOMPARE(doc.layout().encoding, engine::TextEncoding::Windows1252);
    QCOMPARE(doc.indexState().undecodable, 0);
    engine::CsvOpenOptions utf8;
    utf8.encoding = engine::TextEncoding::Utf8;
    doc.open(test::corpusPath(QStringLiteral("invalid-utf8.csv")), utf8);
    QVERIFY(QTest::qWaitFor([&] { return doc.state() == State::Open && doc.indexState().complete; }, 5000));
    QCOMPARE(doc.layout().encoding, engine::TextEncoding::Utf8);
    QCOMPARE(doc.indexState().undecodable, 2);
    QVERIFY(doc.indexState().firstUndecodable >= 0);
    QSignalSpy located(&doc, &PreviewDocument::offsetLocated);
    doc.locateOffset(doc.indexState().firstUndecodable);
    QVERIFY(located.wait(5000));
    QVERIFY(located.first().at(2).toLongLong() >= 1); // a line
}

void TestPreviewDocument::raggedRowsAreCountedByAProfile()
{
    const QString path = write("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, path));
    QSignalSpy ready(&doc, &PreviewDocument::profileReady);
    QVERIFY(doc.profileColumn(2));
    QVERIFY(ready.wait(5000));
    const app::PreviewScanStats &scan = doc.scanStats();
    QVERIFY(scan.done);
    QCOMPARE(scan.dataRows, 4);
    QCOMPARE(scan.raggedRows, 2);
    QCOMPARE(scan.firstRaggedLine, 3);
    QCOMPARE(scan.firstRaggedFields, 2);
    QCOMPARE(doc.cachedProfile(2)->missing, 1);
}

void TestPreviewDocument::aChoiceReReadsAndIsRemembered()
{
    const QString path = write("a;b,c\n1;2,3\n4;5,6\n", QStringLiteral("choice.csv"));
    {
        PreviewDocument doc(m_settings.get());
        QVERIFY(openAndWait(doc, path));
        const char detected = doc.layout().dialect.delimiter;
        QVERIFY(!doc.remembered());
        const int generation = doc.generation();
        engine::CsvOpenOptions choice;
        choice.dialect.delimiter = detected == ';' ? ',' : ';';
        doc.setChoice(choice);
        QVERIFY(QTest::qWaitFor([&] { return doc.layout().dialect.delimiter == *choice.dialect.delimiter; },
                                5000));
        QVERIFY(doc.generation() > generation);
        QCOMPARE(doc.choice().dialect.delimiter, choice.dialect.delimiter);
        QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 5000));
        const QList<app::PreviewRow> rows = fetch(doc, 1, 1);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().fieldCount, 2);
    }
    // Next time: offered, not applied.
    PreviewDocument again(m_settings.get());
    QVERIFY(openAndWait(again, path));
    QVERIFY(again.remembered());
    QVERIFY(again.remembered()->sameVersion);
    QVERIFY(again.remembered()->choice.dialect.delimiter.has_value());
    QVERIFY(app::DialectMemory::isEmpty(again.choice()));
}

void TestPreviewDocument::anotherHeaderRowKeepsTheIndex()
{
    const QString path = write("title\nid,name\n1,a\n2,b\n");
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, path));
    const auto index = doc.index();
    QCOMPARE(doc.layout().headerRecord, 1);
    engine::CsvOpenOptions choice;
    choice.dialect.hasHeader = true;
    choice.dialect.headerRecord = 2;
    doc.setChoice(choice);
    QVERIFY(QTest::qWaitFor([&] { return doc.layout().headerRecord == 2; }, 5000));
    QCOMPARE(doc.index(), index); // the same records: not indexed again
    QCOMPARE(doc.layout().header, QStringList({QStringLiteral("1"), QStringLiteral("a")}));
    QCOMPARE(doc.estimatedDataRows(), 1);
}

void TestPreviewDocument::readsAUtf16File()
{
    test::TableSpec spec;
    spec.rows = 2000;
    spec.encoding = engine::TextEncoding::Utf16LE;
    spec.bom = true;
    const QByteArray bytes = test::tableBytes(spec);
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, write(bytes)));
    QCOMPARE(doc.layout().encoding, engine::TextEncoding::Utf16LE);
    QVERIFY(doc.data()->isCopy());
    QCOMPARE(doc.estimatedDataRows(), 2000);
    const auto expected = test::expectedRecords(bytes, spec.encoding, {});
    const QList<app::PreviewRow> rows = fetch(doc, 1500, 5);
    QCOMPARE(rows.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(rows[i].cells, expected[1500 + i].fields);
    const QString copy = doc.data()->path();
    QVERIFY(QFile::exists(copy));
    doc.close();
    QVERIFY(!QFile::exists(copy)); // the converted copy goes with the file
}

void TestPreviewDocument::profilesAColumn()
{
    test::TableSpec spec;
    spec.rows = 5000;
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, write(test::tableBytes(spec))));
    QSignalSpy ready(&doc, &PreviewDocument::profileReady);
    QSignalSpy started(&doc, &PreviewDocument::taskStarted);
    QVERIFY(doc.profileColumn(2));
    QCOMPARE(started.count(), 1);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.first().first().toInt(), 2);
    const auto profile = doc.cachedProfile(2);
    QVERIFY(profile);
    QCOMPARE(profile->values, 5000);
    QCOMPARE(profile->type, app::ValueType::Decimal);
    QCOMPARE(profile->blanks, 0);

    // A new profile cancels the running one; only the last one is kept.
    QVERIFY(doc.profileColumn(0));
    QVERIFY(doc.profileColumn(1));
    QVERIFY(QTest::qWaitFor([&] { return doc.cachedProfile(1).has_value(); }, 10000));
    QCOMPARE(doc.cachedProfile(1)->type, app::ValueType::Text);
    QVERIFY(!doc.profileColumn(99));
}

void TestPreviewDocument::exportsAllRows()
{
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, write("Report\r\nid;name\r\n1;\"a;b\"\r\n2;c\r\n")));
    QSignalSpy finished(&doc, &PreviewDocument::exportFinished);
    const QString out = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(doc.exportCsv(out));
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(1).value<app::PreviewExportResult>();
    QCOMPARE(result.status, app::PreviewExportResult::Status::Done);
    QCOMPARE(result.rowsWritten, 2);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("id,name\r\n1,a;b\r\n2,c\r\n"));
}

void TestPreviewDocument::noticesAChangedOrDeletedFile()
{
    const QString path = write("a,b\n1,2\n3,4\n");
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, path));
    QSignalSpy changed(&doc, &PreviewDocument::fileChangedOnDisk);
    QTest::qWait(20);
    QVERIFY(test::writeFile(path, "a,b\n1,2\n3,4\n5,6\n"));
    QVERIFY(changed.wait(5000));
    QVERIFY(doc.changedOnDisk());
    // Rows already indexed are still readable; reload reads the new version.
    doc.reload();
    QVERIFY(QTest::qWaitFor([&] { return doc.state() == State::Open && doc.indexState().complete; }, 5000));
    QVERIFY(!doc.changedOnDisk());
    QCOMPARE(doc.estimatedDataRows(), 3);

    QSignalSpy deleted(&doc, &PreviewDocument::fileChangedOnDisk);
    QVERIFY(QFile::remove(path));
    QVERIFY(deleted.wait(5000));
    QVERIFY(!doc.identity().path.isEmpty());
    QCOMPARE(doc.state(), State::Open); // what was read stays
}

void TestPreviewDocument::cancelAndResumeIndexing()
{
    test::TableSpec spec;
    spec.rows = 60000;
    const QByteArray bytes = test::tableBytes(spec);
    PreviewDocument doc(m_settings.get());
    app::PreviewIndexerOptions options;
    options.firstSliceBytes = 4096;
    options.sliceBytes = 16384;
    options.chunkBytes = 4096;
    doc.setIndexerOptions(options);
    QSignalSpy indexing(&doc, &PreviewDocument::indexingChanged);
    // Cancel at the first sign of progress.
    connect(&doc, &PreviewDocument::indexProgressed, &doc, [&doc] { doc.cancelIndexing(); });
    doc.open(write(bytes));
    QVERIFY(QTest::qWaitFor(
        [&] { return doc.state() == State::Open && !doc.isIndexing() && indexing.count() >= 2; }, 20000));
    disconnect(&doc, &PreviewDocument::indexProgressed, &doc, nullptr);
    const app::PreviewIndexState stopped = doc.indexState();
    if (!stopped.complete) { // it may have finished first on a fast machine
        QVERIFY(!doc.rowCountExact());
        QVERIFY(doc.estimatedDataRows() > 1000);
        QVERIFY(std::abs(doc.estimatedDataRows() - 60000) < 20000); // an estimate
        doc.resumeIndexing();
        QVERIFY(doc.isIndexing());
    }
    QVERIFY(QTest::qWaitFor([&] { return doc.indexState().complete; }, 20000));
    QCOMPARE(doc.estimatedDataRows(), 60000);
    QVERIFY(doc.rowCountExact());
}

void TestPreviewDocument::locatesALine()
{
    test::TableSpec spec;
    spec.rows = 2000;
    const QByteArray bytes = test::tableBytes(spec);
    const auto expected = test::expectedRecords(bytes, engine::TextEncoding::Utf8, {});
    PreviewDocument doc(m_settings.get());
    QVERIFY(openAndWait(doc, write(bytes)));
    QSignalSpy located(&doc, &PreviewDocument::lineLocated);
    doc.locateLine(expected[1700].line);
    QVERIFY(located.wait(5000));
    QCOMPARE(located.first().at(1).toLongLong(), 1700);
    QVERIFY(located.first().at(2).toBool());
}

QTEST_GUILESS_MAIN(TestPreviewDocument)
#include "tst_previewdocument.moc"
