// SPDX-License-Identifier: GPL-3.0-or-later
// The Offline preview page, offscreen, driven like a user: open, override the delimiter, select a
// column (its profile appears), go to a line, export, cancel and resume indexing, drop a file,
// and every kind of bad file — each said in the message area, never a dialog or a crash. Grabs go
// to the test-output folder.
#include "ui/preview/previewpage.h"

#include "app/i18n.h"
#include "app/preview/previewdocument.h"
#include "tests/app/preview/previewtestdata.h"
#include "tests/engine/corpus.h"
#include "tests/ui/guihelpers.h"
#include "ui/preview/columnprofilepanel.h"
#include "ui/preview/dialectbar.h"
#include "ui/preview/messagearea.h"
#include "ui/preview/previewtablemodel.h"
#include "ui/preview/previewtableview.h"
#include "ui/preview/taskstrip.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace godwit;
using app::PreviewDocument;
using State = app::PreviewDocument::State;

class TestPreviewPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void emptyPageInvitesToOpenAFile();
    void opensAFileAndShowsTheFirstRows();
    void overridingTheDelimiterReReadsAtOnce();
    void selectingACellProfilesItsColumn();
    void goesToALine();
    void exportsAllRows();
    void cancelsAndResumesIndexing();
    void opensADroppedFile();
    void remembersTheChoiceForTheFile();
    void badFilesAreSaidInThePage_data();
    void badFilesAreSaidInThePage();
    void undecodableBytesAreNamedWithTheirLine();
    void aTenMegabyteFieldDoesNotFreeze();
    void aFileThatChangesOrDisappears();
    void everyControlHasAnAccessibleName();

private:
    QString write(const QByteArray &bytes, const QString &name = {});
    bool openAndWait(const QString &path);
    bool waitForRows();
    bool chooseInCombo(QComboBox *combo, const QVariant &data);
    QPushButton *messageButton(const QString &text) const;
    QString messages() const;
    static void settle() { QTest::qWait(60); } // layouts and queued replots, before a grab

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::PreviewPage> m_page;
    QString m_table; // the main test file
    QByteArray m_tableBytes;
    int m_files = 0;
};

QString TestPreviewPage::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("f%1.csv").arg(++m_files) : name);
    if (!test::writeFile(path, bytes))
        qFatal("cannot write");
    return path;
}

void TestPreviewPage::initTestCase()
{
    app::installTranslations(*qApp, QStringLiteral("en")); // as main() does
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    test::TableSpec spec;
    spec.rows = 20000;
    spec.delimiter = ';';
    spec.preamble = {QStringLiteral("Customers — export of 1 March 2024")};
    m_tableBytes = test::tableBytes(spec);
    m_table = write(m_tableBytes, QStringLiteral("customers.csv"));
}

void TestPreviewPage::init()
{
    m_page = std::make_unique<ui::PreviewPage>(*m_settings);
    m_page->resize(1240, 780);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

bool TestPreviewPage::openAndWait(const QString &path)
{
    m_page->openFile(path);
    PreviewDocument *doc = m_page->document();
    return QTest::qWaitFor([&] { return doc->state() == State::Open || doc->state() == State::Failed; },
                           10000);
}

bool TestPreviewPage::waitForRows()
{
    ui::PreviewTableModel *model = m_page->model();
    return QTest::qWaitFor([&] { return model->rowCount() > 0 && model->isRowLoaded(0); }, 10000);
}

bool TestPreviewPage::chooseInCombo(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    // As a user does with the keyboard: focus the closed combo and step to the item.
    combo->setFocus(Qt::TabFocusReason);
    const int steps = index - combo->currentIndex();
    if (std::abs(steps) != 1)
        return false; // each step reads the file again: the tests choose a neighbour
    QTest::keyClick(combo, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    return combo->currentIndex() == index;
}

QPushButton *TestPreviewPage::messageButton(const QString &text) const
{
    const QList<QPushButton *> buttons = m_page->messageArea()->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->isVisible() && b->text() == text)
            return b;
    }
    return nullptr;
}

QString TestPreviewPage::messages() const
{
    QStringList texts;
    for (const QString &key : m_page->messageArea()->keys())
        texts.append(m_page->messageArea()->text(key));
    return texts.join(QLatin1Char('\n'));
}

void TestPreviewPage::emptyPageInvitesToOpenAFile()
{
    QCOMPARE(m_page->document()->state(), State::Empty);
    QVERIFY(!m_page->exportButton()->isEnabled());
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("No file")));
    const auto *stack = m_page->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0);
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-empty"));
}

void TestPreviewPage::opensAFileAndShowsTheFirstRows()
{
    QElapsedTimer clock;
    clock.start();
    QVERIFY(openAndWait(m_table));
    QVERIFY(waitForRows());
    const qint64 firstScreen = clock.elapsed();
    qInfo() << "first screen after" << firstScreen << "ms";
    QVERIFY2(firstScreen < 2000, qPrintable(QString::number(firstScreen)));
    ui::PreviewTableModel *model = m_page->model();
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("id"));
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("1"));
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("3")); // line 3: preamble, header
    QVERIFY(m_page->fileLabel()->text().contains(QStringLiteral("customers.csv")));
    QVERIFY(m_page->exportButton()->isEnabled());
    QCOMPARE(m_page->dialectBar()->delimiterCombo()->currentData().toInt(), int(';'));
    QCOMPARE(m_page->dialectBar()->headerCombo()->currentData().toLongLong(), 1);
    QVERIFY(QTest::qWaitFor([&] { return m_page->document()->rowCountExact(); }, 10000));
    // The status line follows the index at 10 Hz (later on a loaded machine).
    QTRY_VERIFY2_WITH_TIMEOUT(m_page->statusLabel()->text().contains(QLocale().toString(20000)),
                              qPrintable(m_page->statusLabel()->text()), 5000);
    QVERIFY(m_page->dialectBar()->delimiterConfidence()->text().contains(QLatin1Char('%')));
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-open"));
}

void TestPreviewPage::overridingTheDelimiterReReadsAtOnce()
{
    QVERIFY(openAndWait(m_table));
    QVERIFY(waitForRows());
    ui::DialectBar *bar = m_page->dialectBar();
    QVERIFY(chooseInCombo(bar->delimiterCombo(), int(',')));
    PreviewDocument *doc = m_page->document();
    QVERIFY(QTest::qWaitFor([&] { return doc->layout().dialect.delimiter == ','; }, 5000));
    QVERIFY(waitForRows());
    // Semicolon-separated rows read with commas: one column (plus any commas in the text).
    QVERIFY(m_page->model()->columnCount() < 4);
    QCOMPARE(bar->delimiterConfidence()->text(), QStringLiteral("set"));
    QCOMPARE(bar->settingsCombo()->currentText(), QStringLiteral("Your choice"));
    QVERIFY(bar->resetButton()->isVisible());
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-delimiter-comma"));

    // Back to what was detected.
    QTest::mouseClick(bar->resetButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return doc->layout().dialect.delimiter == ';'; }, 5000));
    QVERIFY(waitForRows());
    QCOMPARE(m_page->model()->columnCount(), 4);
    QCOMPARE(bar->settingsCombo()->currentText(), QStringLiteral("Detected"));
}

void TestPreviewPage::selectingACellProfilesItsColumn()
{
    QVERIFY(openAndWait(m_table));
    QVERIFY(waitForRows());
    QTableView *table = m_page->tableView()->table();
    const QRect cell = table->visualRect(m_page->model()->index(2, 2)); // amount
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ui::ColumnProfilePanel *panel = m_page->profilePanel();
    QVERIFY(QTest::qWaitFor([&] { return panel->hasProfile(); }, 10000));
    QCOMPARE(panel->profile().column, 2);
    QCOMPARE(panel->profile().values, 20000);
    QCOMPARE(panel->profile().type, app::ValueType::Decimal);
    QVERIFY(panel->titleLabel()->text().contains(QStringLiteral("amount")));
    QVERIFY(panel->topValuesTable()->rowCount() > 0);
    QCOMPARE(panel->chartShown(), ui::ColumnProfilePanel::Chart::Lengths); // amounts hardly repeat
    QTest::qWait(50);                                                      // the queued replot
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-profile-amount"));

    // The name column repeats a few values: its chart shows them.
    QTest::keyClick(table, Qt::Key_Left);
    QVERIFY(QTest::qWaitFor([&] { return panel->hasProfile() && panel->profile().column == 1; }, 10000));
    QCOMPARE(panel->chartShown(), ui::ColumnProfilePanel::Chart::TopValues);
    QCOMPARE(panel->profile().distinct, 8);
    QTest::qWait(50);
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-profile-name"));

    // The note column: blanks and values that are not of its type.
    QTest::keyClick(table, Qt::Key_Right);
    QTest::keyClick(table, Qt::Key_Right);
    QVERIFY(QTest::qWaitFor([&] { return panel->hasProfile() && panel->profile().column == 3; }, 10000));
    QVERIFY(panel->profile().blanks > 0);
    for (int r = 0; r < 3; ++r)
        qInfo() << "DBG" << m_page->model()->data(m_page->model()->index(r, 0))
                << m_page->model()->data(m_page->model()->index(r, 1)) << table->columnWidth(0)
                << table->horizontalHeader()->offset() << table->isColumnHidden(0);
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-profile-note"));
}

void TestPreviewPage::goesToALine()
{
    QVERIFY(openAndWait(m_table));
    QVERIFY(waitForRows());
    QVERIFY(QTest::qWaitFor([&] { return m_page->document()->rowCountExact(); }, 10000));
    const auto expected = test::expectedRecords(m_tableBytes, engine::TextEncoding::Utf8, {';', '"'});
    const qint64 line = expected[15002].line; // data row 15000: after the preamble and the header
    QLineEdit *goTo = m_page->goToLineEdit();
    QTest::keyClick(m_page.get(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(goTo->hasFocus());
    QTest::keyClicks(goTo, QString::number(line));
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(goTo, Qt::Key_Return);
    ui::PreviewTableView *view = m_page->tableView();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return view->currentRow() == 15000 &&
                   m_page->model()->isRowLoaded(view->table()->currentIndex().row());
        },
        5000));
    qInfo() << "go to line" << line << "in" << clock.elapsed() << "ms";
    const QModelIndex current = view->table()->currentIndex();
    QCOMPARE(m_page->model()->data(current.siblingAtColumn(0)).toString(), QStringLiteral("15001"));
    QCOMPARE(m_page->model()->headerData(current.row(), Qt::Vertical).toString(), QLocale().toString(line));
    QVERIFY(view->scrollBar()->value() > 14000);
    QTest::qWait(30);
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-goto-line"));

    // Ctrl+End and Ctrl+Home: the file's ends, across the window.
    QTest::keyClick(view->table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view->currentRow(), 19999);
    QTest::keyClick(view->table(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view->currentRow(), 0);
    // A line above the table goes to its first row, and says so.
    m_page->goToLine(1);
    QVERIFY(QTest::qWaitFor([&] { return messages().contains(QStringLiteral("above the table")); }, 5000));
}

void TestPreviewPage::exportsAllRows()
{
    QVERIFY(openAndWait(m_table));
    QVERIFY(waitForRows());
    const QString out = m_dir.filePath(QStringLiteral("customers-normalised.csv"));
    m_page->exportRows(out);
    QVERIFY(QTest::qWaitFor([&] { return messages().contains(QStringLiteral("Exported")); }, 20000));
    QVERIFY2(messages().contains(QStringLiteral("Exported 20,000 row")), qPrintable(messages()));
    QVERIFY(messageButton(QStringLiteral("Show folder")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(200);
    QVERIFY(head.startsWith("id,name,amount,note\r\n1,"));
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-exported"));

    // Never over the file being previewed.
    m_page->exportRows(m_table);
    QVERIFY(messages().contains(QStringLiteral("overwrite")));
}

void TestPreviewPage::cancelsAndResumesIndexing()
{
    test::TableSpec spec;
    spec.rows = 150000;
    const QString big = write(test::tableBytes(spec), QStringLiteral("big.csv"));
    app::PreviewIndexerOptions slow;
    slow.firstSliceBytes = 4096;
    slow.sliceBytes = 8192;
    slow.chunkBytes = 4096;
    slow.threads = 1;
    m_page->document()->setIndexerOptions(slow);
    // Press Cancel in the task strip as soon as the indexing task appears there.
    bool pressed = false;
    const auto pressCancel = connect(m_page->document(), &PreviewDocument::taskStarted, this, [&] {
        for (QPushButton *b : m_page->taskStrip()->findChildren<QPushButton *>()) {
            if (!pressed && b->accessibleName() == QStringLiteral("Cancel: Indexing rows")) {
                qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-indexing"));
                QTest::mouseClick(b, Qt::LeftButton);
                pressed = true;
            }
        }
    });
    QVERIFY(openAndWait(big));
    QVERIFY(waitForRows());
    disconnect(pressCancel);
    QVERIFY(pressed);
    QVERIFY(QTest::qWaitFor([&] { return !m_page->document()->isIndexing(); }, 5000));
    if (m_page->document()->indexState().complete)
        QSKIP("indexed before the cancel arrived");
    QVERIFY(QTest::qWaitFor([&] { return messageButton(QStringLiteral("Resume")) != nullptr; }, 2000));
    QVERIFY(messages().contains(QStringLiteral("Indexing stopped")));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("about")));
    // Still scrollable to the end while not indexed: the rows there are estimates.
    m_page->tableView()->scrollToRow(140000);
    QTest::qWait(300);
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-indexing-stopped"));
    QTest::mouseClick(messageButton(QStringLiteral("Resume")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_page->document()->indexState().complete; }, 60000));
    QTRY_VERIFY_WITH_TIMEOUT(!messages().contains(QStringLiteral("Indexing stopped")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->globalRowCount(), 150000, 5000);
}

void TestPreviewPage::opensADroppedFile()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_table)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &drop);
    QVERIFY(QTest::qWaitFor([&] { return m_page->document()->state() == State::Open; }, 5000));
    QCOMPARE(m_page->document()->path(), QFileInfo(m_table).absoluteFilePath());

    // Two files, or something that is not a file: refused.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(m_table), QUrl::fromLocalFile(m_table)});
    QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(m_page.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestPreviewPage::remembersTheChoiceForTheFile()
{
    const QString path = write("name|city\nAna|Lyon\nBen|Graz\n", QStringLiteral("remember.csv"));
    QVERIFY(openAndWait(path));
    QVERIFY(waitForRows());
    QVERIFY(chooseInCombo(m_page->dialectBar()->headerCombo(), qint64(-1))); // no header
    QVERIFY(QTest::qWaitFor([&] { return !m_page->document()->layout().hasHeader; }, 5000));
    QVERIFY(waitForRows());
    QCOMPARE(m_page->model()->globalRowCount(), 3);
    QCOMPARE(m_page->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Column 1"));

    // Another page, as after a restart: the choice is offered, not imposed.
    m_page = std::make_unique<ui::PreviewPage>(*m_settings);
    m_page->resize(1240, 780);
    m_page->show();
    QVERIFY(openAndWait(path));
    QVERIFY(waitForRows());
    QVERIFY(m_page->document()->layout().hasHeader);
    QVERIFY2(messages().contains(QStringLiteral("no header row")), qPrintable(messages()));
    QVERIFY(m_page->dialectBar()->settingsCombo()->count() >= 2);
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-remembered"));
    QPushButton *use = messageButton(QStringLiteral("Use these settings"));
    QVERIFY(use);
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !m_page->document()->layout().hasHeader; }, 5000));
    QVERIFY(m_page->dialectBar()->settingsCombo()->currentText().startsWith(QStringLiteral("Remembered")));
}

void TestPreviewPage::badFilesAreSaidInThePage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("opens");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("empty") << false;
    QTest::newRow("xlsx") << QStringLiteral("xlsx-renamed.csv") << QStringLiteral("spreadsheet") << false;
    QTest::newRow("pdf") << QStringLiteral("pdf-renamed.csv") << QStringLiteral("PDF") << false;
    QTest::newRow("binary") << QStringLiteral("nul-bytes.csv") << QStringLiteral("binary") << false;
    QTest::newRow("header only") << QStringLiteral("header-only.csv") << QStringLiteral("no data rows")
                                 << true;
    QTest::newRow("ragged") << QStringLiteral("ragged.csv") << QStringLiteral("fields") << true;
}

void TestPreviewPage::badFilesAreSaidInThePage()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(bool, opens);
    QVERIFY(openAndWait(test::corpusPath(file)));
    QCOMPARE(m_page->document()->state() == State::Open, opens);
    QVERIFY(QTest::qWaitFor([&] { return messages().contains(message, Qt::CaseInsensitive); }, 5000));
    QVERIFY2(messages().contains(message, Qt::CaseInsensitive), qPrintable(messages()));
    if (!opens) {
        QVERIFY(messageButton(QStringLiteral("Open another file…")));
        QVERIFY(!m_page->exportButton()->isEnabled());
        QCOMPARE(m_page->findChild<QStackedWidget *>()->currentIndex(), 0);
    }
    QVERIFY(test::unnamedControls(m_page.get()).isEmpty());
    qInfo() << "grab:"
            << test::saveGrab(m_page.get(), QStringLiteral("preview-bad-%1").arg(QFileInfo(file).baseName()));
}

void TestPreviewPage::undecodableBytesAreNamedWithTheirLine()
{
    // Valid UTF-8 for the first 300 KB (detected as UTF-8), then a bad byte deep inside.
    QByteArray bytes = "id,name\n";
    int id = 0;
    while (bytes.size() < 300000)
        bytes += QByteArray::number(++id) + ",Zoë\n";
    const int badLine = id + 2;
    bytes += QByteArray::number(++id) + ",caf\xE9\n";
    bytes += QByteArray::number(++id) + ",end\n";
    QVERIFY(openAndWait(write(bytes)));
    QCOMPARE(m_page->document()->layout().encoding, engine::TextEncoding::Utf8);
    QVERIFY(QTest::qWaitFor([&] { return messages().contains(QStringLiteral("not valid UTF-8")); }, 10000));
    QVERIFY2(messages().contains(QLocale().toString(badLine)), qPrintable(messages()));
    QPushButton *go = messageButton(QStringLiteral("Go to line %1").arg(QLocale().toString(badLine)));
    QVERIFY(go);
    QTest::mouseClick(go, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_page->tableView()->currentRow() == id - 2; }, 5000));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_page->model()->isRowLoaded(m_page->tableView()->table()->currentIndex().row()); },
        5000));
    const QModelIndex cell = m_page->tableView()->table()->currentIndex().siblingAtColumn(1);
    QVERIFY(m_page->model()->data(cell).toString().contains(QChar(0xFFFD)));
    QVERIFY(m_page->model()->data(cell, Qt::BackgroundRole).isValid());
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-undecodable"));
}

void TestPreviewPage::aTenMegabyteFieldDoesNotFreeze()
{
    QByteArray bytes = "id,blob,after\n1,\"";
    bytes += QByteArray(10 << 20, 'x') + "\",tail\n2,small,tail\n";
    QVERIFY(openAndWait(write(bytes)));
    QVERIFY(waitForRows());
    // The event loop keeps turning while the rows are read and shown.
    QElapsedTimer clock;
    clock.start();
    int turns = 0;
    while (clock.elapsed() < 300) {
        QCoreApplication::processEvents();
        ++turns;
    }
    QVERIFY(turns > 10);
    const QString shown = m_page->model()->data(m_page->model()->index(0, 1)).toString();
    QVERIFY(shown.size() < 2100);
    QCOMPARE(m_page->model()->data(m_page->model()->index(0, 2)).toString(), QStringLiteral("tail"));
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-huge-field"));
}

void TestPreviewPage::aFileThatChangesOrDisappears()
{
    const QString path = write("a,b\n1,2\n3,4\n", QStringLiteral("changing.csv"));
    QVERIFY(openAndWait(path));
    QVERIFY(waitForRows());
    QTest::qWait(20);
    QVERIFY(test::writeFile(path, "a,b\n1,2\n3,4\n5,6\n"));
    QVERIFY(QTest::qWaitFor([&] { return messages().contains(QStringLiteral("changed on disk")); }, 5000));
    QPushButton *reload = messageButton(QStringLiteral("Reload"));
    QVERIFY(reload);
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-file-changed"));
    QTest::mouseClick(reload, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_page->model()->globalRowCount() == 3; }, 5000));
    QVERIFY(waitForRows());
    QVERIFY(!messages().contains(QStringLiteral("changed on disk")));

    QVERIFY(QFile::remove(path));
    QVERIFY(QTest::qWaitFor([&] { return messages().contains(QStringLiteral("deleted or moved")); }, 5000));
    QCOMPARE(m_page->document()->state(), State::Open); // what was read stays
    QVERIFY(m_page->model()->isRowLoaded(0));
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("preview-file-deleted"));
}

void TestPreviewPage::everyControlHasAnAccessibleName()
{
    QStringList unnamed = test::unnamedControls(m_page.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY(openAndWait(m_table));
    QVERIFY(waitForRows());
    QTableView *table = m_page->tableView()->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(m_page->model()->index(0, 1)).center());
    QVERIFY(QTest::qWaitFor([&] { return m_page->profilePanel()->hasProfile(); }, 10000));
    unnamed = test::unnamedControls(m_page.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestPreviewPage)
#include "tst_previewpage.moc"
