// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnProfilePanel: the facts of a profile, misfits that lead to their line, the chart it
// picks (or is told), and no drawing while the chart cannot be seen.
#undef QT_NO_FOREACH // qcustomplot.h's inline code uses foreach: first, before any Qt header
#include <qcustomplot.h>

#include "ui/preview/columnprofilepanel.h"

#include "tests/ui/guihelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace godwit;
using ui::ColumnProfilePanel;

namespace {

app::ColumnProfile countries()
{
    app::ColumnProfiler profiler(4);
    const char *values[] = {"DE", "DE", "FR", "DE", "AT", "", "FR", "DE", "12", "CH"};
    for (int i = 0; i < 400; ++i)
        profiler.add(QString::fromLatin1(values[i % 10]), i + 2);
    return profiler.result();
}

app::ColumnProfile amounts()
{
    app::ColumnProfiler profiler(2);
    for (int i = 0; i < 500; ++i)
        profiler.add(i == 77 ? QStringLiteral("n/a") : QString::number(i * 1.25, 'f', 2), i + 2);
    return profiler.result();
}

} // namespace

class TestColumnProfilePanel : public QObject {
    Q_OBJECT
private slots:
    void showsTheFacts();
    void picksTheChart();
    void drawsOnlyWhenVisible();
    void misfitsLeadToTheirLine();
};

void TestColumnProfilePanel::showsTheFacts()
{
    ColumnProfilePanel panel;
    panel.resize(360, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.hasProfile());
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Select a cell")));
    panel.showRunning(QStringLiteral("Column 5: country"));
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Reading")));
    panel.showProfile(QStringLiteral("Column 5: country"), countries());
    QVERIFY(panel.hasProfile());
    QVERIFY(!panel.statusLabel()->isVisible());
    QCOMPARE(panel.topValuesTable()->rowCount(), 5);
    QCOMPARE(panel.topValuesTable()->item(0, 0)->text(), QStringLiteral("DE"));
    QCOMPARE(panel.topValuesTable()->item(0, 1)->text(), QStringLiteral("160"));
    QVERIFY(panel.misfitsTable()->isHidden()); // text: nothing misfits
    QVERIFY(test::unnamedControls(&panel).isEmpty());
    qInfo() << "grab:" << test::saveGrab(&panel, QStringLiteral("profile-panel-countries"));
    panel.showFailed(QStringLiteral("Column 5: country"), QStringLiteral("The file ended early."));
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("ended early")));
}

void TestColumnProfilePanel::picksTheChart()
{
    ColumnProfilePanel panel;
    panel.resize(360, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showProfile(QStringLiteral("country"), countries());
    QCOMPARE(panel.chartShown(), ColumnProfilePanel::Chart::TopValues);
    panel.showProfile(QStringLiteral("amount"), amounts());
    QCOMPARE(panel.chartShown(), ColumnProfilePanel::Chart::Lengths);
    QVERIFY(panel.chart()->accessibleDescription().contains(QStringLiteral("lengths")));
    QCOMPARE(panel.chart()->plottableCount(), 1);
    qInfo() << "grab:" << test::saveGrab(&panel, QStringLiteral("profile-panel-amounts"));
    // The user's choice wins.
    QComboBox *choice = panel.chartCombo();
    choice->setCurrentIndex(choice->findData(int(ColumnProfilePanel::Chart::TopValues)));
    emit choice->activated(choice->currentIndex());
    QCOMPARE(panel.chartShown(), ColumnProfilePanel::Chart::TopValues);
}

void TestColumnProfilePanel::drawsOnlyWhenVisible()
{
    QWidget window;
    auto *panel = new ColumnProfilePanel(&window);
    window.resize(360, 800);
    panel->resize(360, 800);
    panel->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    panel->showProfile(QStringLiteral("country"), countries());
    panel->showProfile(QStringLiteral("amount"), amounts());
    QCOMPARE(panel->replotCount(), 0); // hidden: nothing drawn
    panel->show();
    QCOMPARE(panel->replotCount(), 1); // once, with the latest data
    panel->showProfile(QStringLiteral("country"), countries());
    QCOMPARE(panel->replotCount(), 2);
}

void TestColumnProfilePanel::misfitsLeadToTheirLine()
{
    ColumnProfilePanel panel;
    panel.resize(360, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showProfile(QStringLiteral("amount"), amounts());
    QCOMPARE(panel.profile().type, app::ValueType::Decimal);
    QVERIFY(panel.misfitsTable()->isVisible());
    QCOMPARE(panel.misfitsTable()->rowCount(), 1);
    QCOMPARE(panel.misfitsTable()->item(0, 1)->text(), QStringLiteral("n/a"));
    QSignalSpy go(&panel, &ColumnProfilePanel::goToLineRequested);
    QTableWidget *misfits = panel.misfitsTable();
    const QRect rect = misfits->visualItemRect(misfits->item(0, 1));
    // Enter on the row, or a double-click on it.
    misfits->setFocus();
    misfits->setCurrentCell(0, 1);
    QTest::keyClick(misfits, Qt::Key_Return);
    QCOMPARE(go.count(), 1);
    QTest::qWait(500);
    QTest::mouseClick(misfits->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(misfits->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(go.count(), 2);
    QCOMPARE(go.first().first().toLongLong(), 79);
}

QTEST_MAIN(TestColumnProfilePanel)
#include "tst_columnprofilepanel.moc"
