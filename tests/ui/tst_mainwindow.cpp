// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the embedded local server (a real godwit-server child), offscreen.
#include "app/accountservice.h"
#include "app/i18n.h"
#include "app/localserver.h"
#include "app/secretstore.h"
#include "app/services.h"
#include "app/session.h"
#include "guihelpers.h"
#include "support/scriptedpeer.h"
#include "ui/aboutdialog.h"
#include "ui/accountpage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <csignal>

using namespace godwit;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void connectsToTheLocalServerAndShowsTheAccount();
    void selectingATemplateShowsItsColumns();
    void everyControlHasAnAccessibleName();
    void aboutDialogNamesVersionAndLicence();
    void remembersGeometryAndSplitters();
    void showsAFailedLocalServer();
    void saysWhenTheServerAsksToSlowDownOrRetries();

private:
    QString findRow(QAbstractItemModel *model, int column, const QString &text, int *row);
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Services> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    app::installTranslations(*qApp, QStringLiteral("en")); // as main() does: English plural forms
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    m_services = std::make_unique<app::Services>(*m_settings);
    m_services->session()->setLocalServerOverrides({}, m_dir.filePath(QStringLiteral("server-data")));
    m_window = std::make_unique<ui::MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_services->start();
}

void TestMainWindow::connectsToTheLocalServerAndShowsTheAccount()
{
    app::Session *session = m_services->session();
    QVERIFY2(QTest::qWaitFor([&] { return session->state() == app::Session::State::Connected; }, 15000),
             qPrintable(session->detail()));
    QVERIFY(QTest::qWaitFor([&] { return m_services->account()->isLoaded(); }, 10000));
    QCOMPARE(m_window->connectionLabel()->text(), QStringLiteral("Local server — connected"));

    // The side bar lists only pages that exist; the Account page is first and shown.
    QCOMPARE(m_window->sideBar()->count(), m_window->pages()->count());
    QCOMPARE(m_window->sideBar()->item(0)->text(), QStringLiteral("Account"));
    QCOMPARE(m_window->pages()->currentWidget(), m_window->accountPage());

    ui::AccountPage *page = m_window->accountPage();
    QVERIFY(page->sourcesView()->model()->rowCount() >= 4);
    QCOMPARE(page->templatesView()->model()->rowCount(), 3);
    int row = -1;
    findRow(page->sourcesView()->model(), 0, QStringLiteral("Salesforce"), &row);
    QVERIFY(row >= 0);
    QVERIFY(page->messageLabel()->text().contains(QStringLiteral("3 templates")));
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("mainwindow-account"));
}

QString TestMainWindow::findRow(QAbstractItemModel *model, int column, const QString &text, int *row)
{
    *row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, column).data().toString() == text) {
            *row = r;
            return text;
        }
    }
    return {};
}

void TestMainWindow::selectingATemplateShowsItsColumns()
{
    ui::AccountPage *page = m_window->accountPage();
    QTableView *templates = page->templatesView();
    int dealsRow = -1;
    findRow(templates->model(), 0, QStringLiteral("Deals"), &dealsRow);
    QVERIFY(dealsRow >= 0);
    // Drive it like a user: click the row, then walk with the keyboard.
    const QRect rect = templates->visualRect(templates->model()->index(dealsRow, 0));
    QTest::mouseClick(templates->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(templates->currentIndex().row(), dealsRow);

    QAbstractItemModel *columns = page->columnsView()->model();
    QCOMPARE(columns->rowCount(), 8);
    int row = -1;
    findRow(columns, 0, QStringLiteral("deal_id"), &row);
    QVERIFY(row >= 0);
    QCOMPARE(columns->index(row, 1).data().toString(), QStringLiteral("required"));
    QCOMPARE(columns->index(row, 2).data().toString(), QStringLiteral("unique"));
    QVERIFY(columns->index(row, 3).data().toString().startsWith(QStringLiteral("strict: ^[A-Z]")));
    findRow(columns, 0, QStringLiteral("company"), &row);
    QCOMPARE(columns->index(row, 3).data().toString(), QStringLiteral("link → Companies.name"));
    findRow(columns, 0, QStringLiteral("stage"), &row);
    QVERIFY(columns->index(row, 3).data().toString().contains(QStringLiteral("Negotiation")));
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("mainwindow-deals-columns"));

    templates->setFocus();
    const int before = templates->currentIndex().row();
    QTest::keyClick(templates, before > 0 ? Qt::Key_Up : Qt::Key_Down);
    QVERIFY(templates->currentIndex().row() != before);
    QVERIFY(columns->rowCount() > 0);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    const QStringList unnamed = test::unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::aboutDialogNamesVersionAndLicence()
{
    ui::AboutDialog about(m_window.get());
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QStringList texts;
    for (QLabel *label : about.findChildren<QLabel *>())
        texts.append(label->text());
    const QString all = texts.join(u' ');
    QVERIFY(all.contains(QStringLiteral(GODWIT_VERSION)));
    QVERIFY(all.contains(QStringLiteral("version 3 or later")));
    QVERIFY(test::unnamedControls(&about).isEmpty());
    qInfo() << "grab:" << test::saveGrab(&about, QStringLiteral("about-dialog"));
}

void TestMainWindow::remembersGeometryAndSplitters()
{
    m_window->resize(1234, 777);
    QTest::qWait(50);
    m_window->close();
    m_settings->sync();

    ui::MainWindow again(*m_services);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1234, 777));
    QCOMPARE(again.connectionLabel()->text(), QStringLiteral("Local server — connected"));
    again.close();
    m_window->show();
}

void TestMainWindow::showsAFailedLocalServer()
{
    app::LocalServer *server = m_services->session()->localServer();
    QVERIFY(server);
    QVERIFY(::kill(pid_t(server->processId()), SIGKILL) == 0);
    QVERIFY(
        QTest::qWaitFor([&] { return m_services->session()->state() == app::Session::State::Failed; }, 5000));
    QCOMPARE(m_window->connectionLabel()->text(), QStringLiteral("Local server — failed"));
    ui::AccountPage *page = m_window->accountPage();
    QVERIFY2(page->messageLabel()->text().contains(QStringLiteral("crashed")),
             qPrintable(page->messageLabel()->text()));
    // The server's own last words are shown apart, as it wrote them.
    QVERIFY(page->serverOutput()->isVisible());
    QVERIFY(page->serverOutput()->toPlainText().contains(QStringLiteral("godwit-server")));
    QToolButton *reconnect = m_window->reconnectButton();
    QVERIFY(reconnect && reconnect->isVisible());
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("mainwindow-local-server-failed"));

    QTest::mouseClick(reconnect, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_services->session()->state() == app::Session::State::Connected; },
                            15000));
    QVERIFY(QTest::qWaitFor([&] { return m_services->account()->isLoaded(); }, 10000));
    QVERIFY(!reconnect->isVisible());
    QVERIFY(!page->serverOutput()->isVisible());
}

void TestMainWindow::saysWhenTheServerAsksToSlowDownOrRetries()
{
    // A remote "server" of the test's own that is busy: 429 on the first check, then a 503
    // once on the templates.
    using test::ScriptedPeer;
    ScriptedPeer peer;
    peer.addAnswer("/api/v1/sources",
                   ScriptedPeer::answer("429 Too Many Requests", R"({"error":"Too many requests"})",
                                        "Retry-After: 1\r\n"));
    peer.addAnswer("/api/v1/sources", ScriptedPeer::answer("200 OK", R"({"sources":[]})"));
    peer.addAnswer("/api/v1/templates", ScriptedPeer::answer("503 Service Unavailable",
                                                             R"({"error":"The server is warming up"})"));
    peer.addAnswer("/api/v1/templates", ScriptedPeer::answer("200 OK", R"({"templates":[]})"));

    QSettings settings(m_dir.filePath(QStringLiteral("busy.ini")), QSettings::IniFormat);
    app::Services services(settings);
    app::ConnectionProfile profile;
    profile.name = QStringLiteral("Busy");
    profile.baseUrl = peer.url();
    profile.id = services.profiles().save(profile);
    bool stored = false;
    services.secrets()->write(profile.secretKey(), QStringLiteral("busy-key"),
                              [&](bool ok, const QString &) { stored = ok; });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 10000));

    ui::MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    services.activateProfile(profile.id);

    QVERIFY(QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage().contains(QStringLiteral("slow down")); }, 5000));
    QCOMPARE(window.connectionLabel()->text(), QStringLiteral("Busy — connected"));
    qInfo() << "grab:" << test::saveGrab(&window, QStringLiteral("mainwindow-rate-limited"));

    QVERIFY(QTest::qWaitFor(
        [&] {
            return window.statusBar()->currentMessage().contains(QStringLiteral("retrying (attempt 2 of 5)"));
        },
        5000));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("The server is warming up")));
    qInfo() << "grab:" << test::saveGrab(&window, QStringLiteral("mainwindow-retrying"));

    QVERIFY(QTest::qWaitFor([&] { return services.account()->isLoaded(); }, 10000));
    QCOMPARE(peer.count("/api/v1/templates"), 2);
    QCOMPARE(peer.count("/api/v1/sources"), 2);
    services.session()->shutdown();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
