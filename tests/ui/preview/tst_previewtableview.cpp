// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewTableView: one scroll bar over all rows while the table sees a window of them; the
// window follows the wheel, the keys and the scroll bar; Ctrl+Home/End reach the file's ends.
#include "ui/preview/previewtableview.h"

#include "app/preview/previewdocument.h"
#include "tests/app/preview/previewtestdata.h"
#include "ui/preview/previewtablemodel.h"

#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace godwit;
using ui::PreviewTableModel;
using ui::PreviewTableView;

class TestPreviewTableView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scrollBarCoversAllRows();
    void keysAndWheelMoveTheWindow();
    void goToRowAnywhere();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::PreviewDocument> m_doc;
    std::unique_ptr<PreviewTableModel> m_model;
    std::unique_ptr<PreviewTableView> m_view;
};

void TestPreviewTableView::initTestCase()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("g.ini")), QSettings::IniFormat);
    test::TableSpec spec;
    spec.rows = 100000;
    const QString path = m_dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY(test::writeFile(path, test::tableBytes(spec)));
    m_doc = std::make_unique<app::PreviewDocument>(m_settings.get());
    m_model = std::make_unique<PreviewTableModel>(m_doc.get());
    m_view = std::make_unique<PreviewTableView>(m_model.get());
    m_view->resize(800, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_doc->open(path);
    QVERIFY(QTest::qWaitFor(
        [&] { return m_doc->indexState().complete && m_model->globalRowCount() == 100000; }, 20000));
}

void TestPreviewTableView::scrollBarCoversAllRows()
{
    QScrollBar *bar = m_view->scrollBar();
    QCOMPARE(bar->maximum(), 100000 - m_view->visibleRows());
    QCOMPARE(bar->pageStep(), m_view->visibleRows());
    QVERIFY(m_view->table()->verticalScrollBar()->isHidden() ||
            m_view->table()->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    // Dragging the bar to 3/4: the window moves there.
    bar->setValue(75000);
    QCOMPARE(m_view->topRow(), 75000);
    QVERIFY(m_model->windowRow(75000) >= 0);
    QVERIFY(m_model->windowStart() > 50000);
    bar->setValue(bar->maximum());
    QCOMPARE(m_view->topRow(), bar->maximum());
    bar->setValue(0);
    QCOMPARE(m_view->topRow(), 0);
    QCOMPARE(m_model->windowStart(), 0);
}

void TestPreviewTableView::keysAndWheelMoveTheWindow()
{
    QTableView *table = m_view->table();
    table->setFocus();
    m_view->goToRow(PreviewTableModel::kWindowRows - 100);
    const qint64 start = m_model->windowStart();
    QVERIFY(start > 0); // moved: the row is in the middle of the window, not at its edge
    // Page down many times: the window keeps up, the rows go on.
    qint64 before = m_view->currentRow();
    for (int i = 0; i < 400; ++i)
        QTest::keyClick(table, Qt::Key_PageDown);
    QVERIFY(m_view->currentRow() > before + 5000);
    QVERIFY(m_model->windowStart() > start);
    QCOMPARE(m_view->scrollBar()->value(), int(m_view->topRow()));
    // The wheel.
    before = m_view->topRow();
    QWheelEvent wheel(QPointF(100, 100), m_view->mapToGlobal(QPoint(100, 100)), QPoint(),
                      QPoint(0, -120 * 10), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(table->viewport(), &wheel);
    QVERIFY(m_view->topRow() > before);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->currentRow(), 99999);
    QCOMPARE(m_view->scrollBar()->value(), m_view->scrollBar()->maximum());
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->currentRow(), 0);
    QCOMPARE(m_view->scrollBar()->value(), 0);
}

void TestPreviewTableView::goToRowAnywhere()
{
    for (const qint64 row : {qint64(0), qint64(12345), qint64(99999), qint64(50000), qint64(3)}) {
        m_view->goToRow(row, 2);
        QCOMPARE(m_view->currentRow(), row);
        QCOMPARE(m_view->currentColumn(), 2);
        const QRect rect = m_view->table()->visualRect(m_view->table()->currentIndex());
        QVERIFY(m_view->table()->viewport()->rect().contains(rect.center()));
    }
}

QTEST_MAIN(TestPreviewTableView)
#include "tst_previewtableview.moc"
