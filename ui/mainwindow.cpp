// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "app/api/apiconnection.h"
#include "app/catalog.h"
#include "app/services.h"
#include "app/session.h"
#include "ui/aboutdialog.h"
#include "ui/accountpage.h"
#include "ui/companies/companiespage.h"
#include "ui/companies/companyview.h"
#include "ui/migrations/migrationspage.h"
#include "ui/monitor/runnotifier.h"
#include "ui/monitor/runspage.h"
#include "ui/preview/previewpage.h"
#include "ui/settingsdialog.h"
#include "ui/wizard/createwizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace godwit::ui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kWindowState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kAccountPage = QStringLiteral("mainWindow/accountPage");
const QString kCurrentPage = QStringLiteral("mainWindow/currentPage");
} // namespace

MainWindow::MainWindow(app::Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_sideBar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Godwit"));
    setObjectName(QStringLiteral("mainWindow"));

    m_sideBar->setAccessibleName(tr("Navigation"));
    m_sideBar->setAccessibleDescription(tr("Choose the page to show"));
    m_sideBar->setIconSize(QSize(22, 22));
    m_sideBar->setSpacing(2);
    m_sideBar->setMinimumWidth(140);
    m_sideBar->setMaximumWidth(260);
    m_sideBar->setFrameShape(QFrame::NoFrame);

    m_accountPage = new AccountPage(services.session(), services.account(), m_pages);
    addPage(m_accountPage, style()->standardIcon(QStyle::SP_ComputerIcon), tr("Account"));
    m_companiesPage = new CompaniesPage(services, m_pages);
    addPage(m_companiesPage, style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Companies"));
    m_migrationsPage = new MigrationsPage(services, m_pages);
    addPage(m_migrationsPage, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Migrations"));
    m_runsPage = new RunsPage(services, m_pages);
    addPage(m_runsPage, style()->standardIcon(QStyle::SP_BrowserReload), tr("Runs"));
    connect(m_companiesPage->view(), &CompanyView::openRunRequested, this, &MainWindow::openRun);
    connect(m_runsPage, &RunsPage::openMigrationRequested, this, [this](const QString &id) {
        const auto migration = m_services.catalog()->migration(id);
        if (!migration)
            return;
        m_sideBar->setCurrentRow(m_pages->indexOf(m_migrationsPage));
        m_migrationsPage->showMigration(*migration);
    });
    // A run needs attention, completed or failed: the desktop says so (system tray), or the window.
    m_runNotifier = new RunNotifier(services, this);
    connect(m_runNotifier, &RunNotifier::openRequested, this, [this](const QString &key) {
        openRun(key);
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_runNotifier, &RunNotifier::noticeInWindow, this,
            [this](const QString &key, const QString &title, const QString &text) {
                //: Status bar notice: "<A run completed>: <company: 5 rows stored, 0 flagged.>"
                statusBar()->showMessage(tr("%1: %2").arg(title, text), 15000);
                m_runsPage->showNotice(key, text);
            });

    m_previewPage = new PreviewPage(services.settings(), m_pages);
    addPage(m_previewPage, style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Offline preview"));
    connect(m_previewPage, &PreviewPage::activationRequested, this,
            [this] { m_sideBar->setCurrentRow(m_pages->indexOf(m_previewPage)); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sideBar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_sideBar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Menus
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        fileMenu->addAction(tr("&New company or migration…"), this, &MainWindow::showNewWizard);
    newAction->setShortcut(QKeySequence::New);
    fileMenu->addSeparator();
    fileMenu->addAction(m_previewPage->openAction());
    fileMenu->addSeparator();
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Godwit"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);

    // Status bar: the active profile and its live state.
    auto *connectionBox = new QWidget(this);
    auto *connectionLayout = new QHBoxLayout(connectionBox);
    connectionLayout->setContentsMargins(4, 0, 4, 0);
    m_connectionDot = new QLabel(connectionBox);
    m_connectionDot->setFixedSize(10, 10);
    m_connectionLabel = new QLabel(connectionBox);
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_reconnect = new QToolButton(connectionBox);
    m_reconnect->setText(tr("Reconnect"));
    m_reconnect->setAccessibleName(tr("Reconnect to the server"));
    m_reconnect->setAutoRaise(true);
    connectionLayout->addWidget(m_connectionDot);
    connectionLayout->addWidget(m_connectionLabel);
    connectionLayout->addWidget(m_reconnect);
    statusBar()->addPermanentWidget(connectionBox);
    connect(m_reconnect, &QToolButton::clicked, this, [this] {
        app::Session *session = m_services.session();
        if (session->state() == app::Session::State::Failed || session->state() == app::Session::State::Idle)
            m_services.start();
        else
            session->checkNow();
    });
    connect(services.session(), &app::Session::stateChanged, this, &MainWindow::updateConnectionState);
    updateConnectionState();

    // Say so when calls are retried or the server asked us to slow down.
    app::ApiConnection *connection = services.session()->connection();
    connect(connection, &app::ApiConnection::retryScheduled, this,
            [this](app::ApiRequest *, int nextAttempt, int delayMs, const app::ApiResult &last) {
                showRetry(nextAttempt, delayMs, last.message);
            });
    connect(connection, &app::ApiConnection::rateLimited, this, &MainWindow::showRateLimit);
    connect(connection, &app::ApiConnection::rateLimitLifted, this, [this] { statusBar()->clearMessage(); });

    restoreWindowState();
}

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_sideBar);
    item->setSizeHint(QSize(0, 34));
    if (m_sideBar->currentRow() < 0)
        m_sideBar->setCurrentRow(0);
}

QString MainWindow::connectionText() const
{
    const app::Session *session = m_services.session();
    //: Status bar: "<profile name> — <state>", e.g. "Local server — connected"
    return tr("%1 — %2").arg(session->profile().name, app::Session::stateText(session->state()));
}

void MainWindow::updateConnectionState()
{
    using State = app::Session::State;
    const app::Session *session = m_services.session();
    const State state = session->state();
    m_connectionLabel->setText(connectionText());
    m_connectionLabel->setToolTip(session->detail());
    QColor colour;
    switch (state) {
    case State::Connected:
        colour = QColor(0x2e, 0x9d, 0x4f);
        break;
    case State::StartingServer:
    case State::Connecting:
        colour = QColor(0xd9, 0x9a, 0x1e);
        break;
    case State::Idle:
        colour = QColor(Qt::gray);
        break;
    default:
        colour = QColor(0xc8, 0x3a, 0x2c);
        break;
    }
    m_connectionDot->setStyleSheet(
        QStringLiteral("background-color: %1; border-radius: 5px;").arg(colour.name()));
    m_reconnect->setVisible(state != State::Connected && state != State::StartingServer &&
                            state != State::Connecting);
    if (state != State::Connected && !session->detail().isEmpty()) {
        statusBar()->showMessage(session->detail().section(QLatin1Char('\n'), 0, 0));
        m_showingConnectionDetail = true;
    } else if (m_showingConnectionDetail) {
        // Only what we showed about the connection: a retry or rate-limit notice stays.
        statusBar()->clearMessage();
        m_showingConnectionDetail = false;
    }
}

void MainWindow::showRetry(int nextAttempt, int delayMs, const QString &lastMessage)
{
    m_showingConnectionDetail = false;
    const int maxAttempts = m_services.session()->connection()->retryPolicy().maxAttempts;
    //: Status bar: "<why the last attempt failed> — retrying (attempt 2 of 5) in 1.5 s"
    statusBar()->showMessage(tr("%1 — retrying (attempt %2 of %3) in %4 s")
                                 .arg(lastMessage)
                                 .arg(nextAttempt)
                                 .arg(maxAttempts)
                                 .arg(QLocale().toString(delayMs / 1000.0, 'f', 1)),
                             delayMs + 500);
}

void MainWindow::showRateLimit(const QDateTime &until)
{
    m_showingConnectionDetail = false;
    const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(until);
    statusBar()->showMessage(tr("The server asked to slow down: requests wait until %1")
                                 .arg(until.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))),
                             int(qMax<qint64>(remaining, 0)) + 500);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_services, this);
    dialog.exec();
}

CreateWizard *MainWindow::showNewWizard()
{
    auto *wizard = new CreateWizard(m_services, std::nullopt, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    const auto show = [this](QWidget *page) { m_sideBar->setCurrentRow(m_pages->indexOf(page)); };
    connect(wizard, &CreateWizard::companyCreated, this,
            [this, show](const app::Company &company, app::CreateOperation::Outcome) {
                show(m_companiesPage);
                m_companiesPage->showCompany(company);
            });
    connect(wizard, &CreateWizard::openCompanyRequested, this, [this, show](const app::Company &company) {
        show(m_companiesPage);
        m_companiesPage->showCompany(company);
    });
    connect(wizard, &CreateWizard::migrationCreated, this,
            [this, show](const app::Migration &migration, app::CreateOperation::Outcome outcome) {
                show(m_migrationsPage);
                m_migrationsPage->showMigration(migration, MigrationsPage::bannerFor(migration, outcome));
            });
    connect(wizard, &CreateWizard::openMigrationRequested, this,
            [this, show](const app::Migration &migration) {
                show(m_migrationsPage);
                m_migrationsPage->showMigration(migration);
            });
    wizard->open();
    return wizard;
}

void MainWindow::openRun(const QString &key)
{
    m_sideBar->setCurrentRow(m_pages->indexOf(m_runsPage));
    m_runsPage->showRun(key);
}

void MainWindow::openInPreview(const QString &path)
{
    m_previewPage->openFile(path);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    QSettings &settings = m_services.settings();
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(kWindowState).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget())) {
        if (!splitter->restoreState(settings.value(kSplitter).toByteArray()))
            splitter->setSizes({160, 940});
    }
    m_accountPage->restoreState(settings.value(kAccountPage).toByteArray());
    const int page = settings.value(kCurrentPage, 0).toInt();
    if (page >= 0 && page < m_sideBar->count())
        m_sideBar->setCurrentRow(page);
}

void MainWindow::saveWindowState()
{
    QSettings &settings = m_services.settings();
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kWindowState, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(kSplitter, splitter->saveState());
    settings.setValue(kAccountPage, m_accountPage->saveState());
    settings.setValue(kCurrentPage, m_sideBar->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace godwit::ui
