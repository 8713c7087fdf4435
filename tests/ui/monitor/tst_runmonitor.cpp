// SPDX-License-Identifier: GPL-3.0-or-later
// The side bar's Runs, offscreen, against the embedded local server (a real godwit-server child):
// a gen A import of a file whose rows fail validation is started from the company's view, reaches
// needs_attention, and the monitor shows it (timeline, charts with data, the in-window notice when
// there is no tray); the review pane accepts the fix and the monitor follows the re-run to plan
// version 2; another paused run is canceled; hidden charts are not redrawn.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "app/accountservice.h"
#include "app/catalog.h"
#include "app/createservice.h"
#include "app/i18n.h"
#include "app/runtracker.h"
#include "app/services.h"
#include "app/session.h"
#include "ui/companies/companiespage.h"
#include "ui/companies/companyview.h"
#include "ui/guihelpers.h"
#include "ui/localservices.h"
#include "ui/mainwindow.h"
#include "ui/monitor/runlistmodel.h"
#include "ui/monitor/runmonitor.h"
#include "ui/monitor/runnotifier.h"
#include "ui/monitor/runspage.h"
#include "ui/review/reviewpane.h"
#include "ui/uploads/uploadpanel.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace godwit;

namespace {

// Six rows, two with a bad e-mail.
const QByteArray kBadEmails = "first_name,last_name,email\r\n"
                              "Ana,Müller,ana@example.com\r\n"
                              "Ben,Smith,ben-at-example.org\r\n"
                              "Chloé,Dubois,chloe@example.fr\r\n"
                              "Dmitri,Rossi,dmitri@example.com\r\n"
                              "Élodie,García,elodie@@example\r\n"
                              "Fiona,Walsh,fiona@example.ie\r\n";

double barsTotal(QCustomPlot *plot)
{
    double total = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (auto *bars = qobject_cast<QCPBars *>(plot->plottable(i))) {
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                total += it->value;
        }
    }
    return total;
}

} // namespace

class TestRunMonitor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aFailingImportReachesNeedsAttentionAndIsMonitored();
    void reviewAcceptFollowsTheReRun();
    void cancelStopsAPausedRun();
    void hiddenChartsAreNotRedrawn();
    void everyControlHasAnAccessibleName();

private:
    app::Company createCompany(const QString &name);
    QString startImportFromTheView(const app::Company &company, const QString &fileName);
    void showRunsPage();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Services> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_pausedKey;
};

void TestRunMonitor::initTestCase()
{
    test::setUpLocalServices(m_dir, m_settings, m_services);
    // Quicker than the console's 2 s → 15 s, same logic.
    m_services->runTracker()->setIntervals(150, 1200);
    m_window = std::make_unique<ui::MainWindow>(*m_services);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_services->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->account()->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->creates()->isJournalOpen(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->runTracker()->isLoaded(), 5000);
}

app::Company TestRunMonitor::createCompany(const QString &name)
{
    app::Company company;
    app::CreateOperation *op = m_services->creates()->createCompany(
        {name, QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01"), {}, {}, {}});
    connect(op, &app::CreateOperation::finished, this, [&] { company = op->company(); });
    QSignalSpy done(op, &app::CreateOperation::finished);
    if (!done.wait(10000))
        return {};
    m_window->sideBar()->setCurrentRow(m_window->pages()->indexOf(m_window->companiesPage()));
    m_window->companiesPage()->showCompany(company);
    return company;
}

// Adds the file to the company's view, waits for its upload, clicks Start import: the run id.
QString TestRunMonitor::startImportFromTheView(const app::Company &company, const QString &fileName)
{
    ui::CompanyView *view = m_window->companiesPage()->view();
    if (!QTest::qWaitFor([&] { return view->company().id == company.id; }, 5000))
        return {};
    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kBadEmails) != kBadEmails.size())
        return {};
    file.close();
    view->addFiles({path});
    if (!QTest::qWaitFor([&] { return view->importButton()->isEnabled(); }, 20000))
        return {};
    QTest::mouseClick(view->importButton(), Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] { return view->importStatusLabel()->text().startsWith(QStringLiteral("Import started")); },
            15000))
        return {};
    // Services follows every import that starts.
    for (const QString &key : m_services->runTracker()->keys()) {
        const app::RunTracker::Run *run = m_services->runTracker()->run(key);
        if (run->parentId == company.id)
            return key;
    }
    return {};
}

void TestRunMonitor::showRunsPage()
{
    m_window->sideBar()->setCurrentRow(m_window->pages()->indexOf(m_window->runsPage()));
    QCoreApplication::processEvents();
}

void TestRunMonitor::aFailingImportReachesNeedsAttentionAndIsMonitored()
{
    const app::Company company = createCompany(QStringLiteral("Flagged Rows GmbH"));
    QVERIFY(!company.id.isEmpty());
    QSignalSpy attention(m_services->runTracker(), &app::RunTracker::needsAttention);
    QSignalSpy notified(m_window->runNotifier(), &ui::RunNotifier::notified);
    const QString key = startImportFromTheView(company, QStringLiteral("contacts.csv"));
    QVERIFY(!key.isEmpty());
    QVERIFY(attention.wait(30000) || !attention.isEmpty());
    QCOMPARE(attention.first().first().toString(), key);
    m_pausedKey = key;

    // The company's view lists the run, selected, with its status.
    ui::CompanyView *view = m_window->companiesPage()->view();
    QTRY_VERIFY(view->runsList()->topLevelItemCount() >= 1);
    QTRY_COMPARE(view->runsList()->topLevelItem(0)->text(1), QStringLiteral("Needs attention"));
    QCOMPARE(view->runsList()->currentItem()->data(0, Qt::UserRole).toString(), key);
    QVERIFY(view->openRunButton()->isEnabled());
    QCoreApplication::processEvents();
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("monitor-company-runs"));

    // No tray offscreen: the window says it.
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(!m_window->runNotifier()->usesTray());
    QTRY_VERIFY(!notified.isEmpty());
    QCOMPARE(notified.constLast().at(1).toString(), QStringLiteral("A run needs attention"));
    QVERIFY2(notified.constLast().at(2).toString().contains(QStringLiteral("Flagged Rows GmbH")),
             qPrintable(notified.constLast().at(2).toString()));

    // Open in Runs.
    QTest::mouseClick(view->openRunButton(), Qt::LeftButton);
    QCOMPARE(m_window->pages()->currentWidget(), m_window->runsPage());
    ui::RunsPage *page = m_window->runsPage();
    ui::RunMonitor *monitor = page->monitor();
    QCOMPARE(monitor->key(), key);
    QVERIFY(page->noticeLabel()->isVisible());
    QVERIFY(page->noticeLabel()->text().contains(QStringLiteral("2 row")));
    const int row = page->model()->rowOf(key);
    QVERIFY(row >= 0);
    QCOMPARE(page->runsView()->currentIndex().row(), row);
    QCOMPARE(page->model()->index(row, ui::RunListModel::NameColumn).data().toString(),
             QStringLiteral("Flagged Rows GmbH"));
    QCOMPARE(page->model()->index(row, ui::RunListModel::StatusColumn).data().toString(),
             QStringLiteral("Needs attention"));
    QCOMPARE(page->model()->index(row, ui::RunListModel::PlanColumn).data().toString(), QStringLiteral("1"));

    QCOMPARE(monitor->statusLabel()->text(), QStringLiteral("Needs attention"));
    QVERIFY(monitor->titleLabel()->text().startsWith(QStringLiteral("Flagged Rows GmbH")));
    QVERIFY2(monitor->timelineLabel()->text().contains(QStringLiteral("Needs attention")),
             qPrintable(monitor->timelineLabel()->text()));
    QCOMPARE(monitor->planLabel()->text(), QStringLiteral("Plan version 1"));
    QVERIFY(monitor->elapsedLabel()->text().startsWith(QStringLiteral("Elapsed ")));
    QVERIFY(monitor->progressLabel()->text().contains(QStringLiteral("2 row")));
    QVERIFY(monitor->reviewButton()->isVisible());
    QVERIFY(monitor->reviewButton()->isEnabled());
    QVERIFY(monitor->cancelButton()->isEnabled());

    // Charts: 4 valid + 2 flagged in the one sheet; 2 flagged e-mails; a progress line.
    QCOMPARE(monitor->sheetsPlot()->plottableCount(), 2);
    QCOMPARE(barsTotal(monitor->sheetsPlot()), 6.0);
    auto *flagged = qobject_cast<QCPBars *>(monitor->sheetsPlot()->plottable(1));
    QVERIFY(flagged);
    QCOMPARE(flagged->data()->constBegin()->value, 2.0);
    QCOMPARE(monitor->columnsPlot()->plottableCount(), 1);
    QCOMPARE(barsTotal(monitor->columnsPlot()), 2.0);
    QVERIFY(monitor->columnsPlot()->accessibleDescription().contains(QStringLiteral("mail"),
                                                                     Qt::CaseInsensitive));
    QVERIFY(monitor->progressPlot()->graph(0)->dataCount() >= 1);
    QCOMPARE(monitor->progressPlot()->graph(1)->data()->constBegin()->value, 2.0);
    QTRY_VERIFY(monitor->replotCount() > 0);
    QTest::qWait(100); // the queued replots land
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("monitor-needs-attention"));
}

void TestRunMonitor::reviewAcceptFollowsTheReRun()
{
    QVERIFY(!m_pausedKey.isEmpty());
    showRunsPage();
    ui::RunsPage *page = m_window->runsPage();
    page->showRun(m_pausedKey);
    ui::RunMonitor *monitor = page->monitor();
    QVERIFY(!monitor->reviewPane()->isVisible());
    QTest::mouseClick(monitor->reviewButton(), Qt::LeftButton);
    ui::ReviewPane *review = monitor->reviewPane();
    QVERIFY(review->isVisible());
    QCOMPARE(review->runId(), m_pausedKey);
    QTRY_VERIFY(!review->cards().isEmpty());
    QVERIFY(review->acceptButton()->isEnabled());
    QCoreApplication::processEvents();
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("monitor-review-open"));

    QSignalSpy sent(review, &ui::ReviewPane::decisionSent);
    QSignalSpy finished(m_services->runTracker(), &app::RunTracker::runFinished);
    QTest::mouseClick(review->acceptButton(), Qt::LeftButton);
    QVERIFY(sent.wait(15000) || !sent.isEmpty());
    // The monitor follows the same run through its re-run to the end, with the new plan version.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    const app::RunTracker::Run *run = m_services->runTracker()->run(m_pausedKey);
    QCOMPARE(run->status.status, QStringLiteral("completed"));
    QCOMPARE(run->status.planVersion, 2);
    QCOMPARE(monitor->key(), m_pausedKey);
    QCOMPARE(monitor->statusLabel()->text(), QStringLiteral("Completed"));
    QCOMPARE(monitor->planLabel()->text(), QStringLiteral("Plan version 2"));
    QVERIFY(!monitor->reviewButton()->isVisible());
    QVERIFY(!monitor->cancelButton()->isVisible());
    const QString timeline = monitor->timelineLabel()->text();
    QVERIFY2(timeline.indexOf(QStringLiteral("Needs attention")) <
                 timeline.lastIndexOf(QStringLiteral("Completed")),
             qPrintable(timeline));
    QVERIFY(!timeline.endsWith(QStringLiteral("…")));
    QCOMPARE(m_window->runNotifier()->lastTitle(), QStringLiteral("A run completed"));
    QTest::qWait(100);
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("monitor-completed-plan-2"));
}

void TestRunMonitor::cancelStopsAPausedRun()
{
    const app::Company company = createCompany(QStringLiteral("Cancel Me GmbH"));
    QSignalSpy attention(m_services->runTracker(), &app::RunTracker::needsAttention);
    const QString key = startImportFromTheView(company, QStringLiteral("cancel-contacts.csv"));
    QVERIFY(!key.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_services->runTracker()->run(key)->status.needsAttention(), 30000);
    m_window->openRun(key);
    ui::RunMonitor *monitor = m_window->runsPage()->monitor();
    QCOMPARE(monitor->key(), key);
    QVERIFY(monitor->cancelButton()->isEnabled());
    QTest::mouseClick(monitor->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(monitor->statusLabel()->text(), QStringLiteral("Canceled"));
    QCOMPARE(m_services->runTracker()->run(key)->status.status, QStringLiteral("canceled"));
    QVERIFY(!m_services->runTracker()->run(key)->polling);
    QVERIFY(!monitor->cancelButton()->isVisible());
    QVERIFY(!monitor->reviewButton()->isVisible());
    QCOMPARE(monitor->messageLabel()->text(), QStringLiteral("Canceled."));
    QTest::qWait(100);
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("monitor-canceled"));
}

void TestRunMonitor::hiddenChartsAreNotRedrawn()
{
    ui::RunMonitor *monitor = m_window->runsPage()->monitor();
    QVERIFY(!m_pausedKey.isEmpty());
    // Another page in front: the monitor shows another run, and draws nothing.
    m_window->sideBar()->setCurrentRow(m_window->pages()->indexOf(m_window->companiesPage()));
    QVERIFY(!monitor->isVisible());
    QTest::qWait(100);
    const int before = monitor->replotCount();
    monitor->showRun(m_pausedKey);
    QTest::qWait(200);
    QCOMPARE(monitor->replotCount(), before);
    // Shown again: drawn once (the three charts), not once per change.
    showRunsPage();
    QTRY_VERIFY(monitor->replotCount() > before);
    QTest::qWait(200);
    QVERIFY2(monitor->replotCount() - before <= 3,
             qPrintable(QString::number(monitor->replotCount() - before)));
}

void TestRunMonitor::everyControlHasAnAccessibleName()
{
    showRunsPage();
    const QStringList unnamed = test::unnamedControls(m_window->runsPage());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    const QStringList unnamedCompany = test::unnamedControls(m_window->companiesPage()->view());
    QVERIFY2(unnamedCompany.isEmpty(), qPrintable(unnamedCompany.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestRunMonitor)
#include "tst_runmonitor.moc"
