// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace godwit::app {
class Services;
}

namespace godwit::ui {

class AccountPage;
class PreviewPage;
class CompaniesPage;
class CreateWizard;
class MigrationsPage;
class RunNotifier;
class RunsPage;

// The console's main window: a navigation side bar on the left, the selected page on the
// right, and the connection's live state in the status bar. Geometry is remembered.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(app::Services &services, QWidget *parent = nullptr);

    QListWidget *sideBar() const { return m_sideBar; }
    QStackedWidget *pages() const { return m_pages; }
    AccountPage *accountPage() const { return m_accountPage; }
    PreviewPage *previewPage() const { return m_previewPage; }
    CompaniesPage *companiesPage() const { return m_companiesPage; }
    MigrationsPage *migrationsPage() const { return m_migrationsPage; }
    RunsPage *runsPage() const { return m_runsPage; }
    RunNotifier *runNotifier() const { return m_runNotifier; }
    QLabel *connectionLabel() const { return m_connectionLabel; }
    QToolButton *reconnectButton() const { return m_reconnect; }
    // "Local server — connected"
    QString connectionText() const;

    // Shows the Runs page with the run selected (its key: the run id).
    void openRun(const QString &key);
    // Shows the Offline preview page with `path` open in it (`godwit FILE.csv`).
    void openInPreview(const QString &path);
    void showSettings();
    void showAbout();
    // File → New…: the create wizard with both branches; the new object's page is then shown.
    CreateWizard *showNewWizard();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QIcon &icon, const QString &title);
    void updateConnectionState();
    void showRetry(int nextAttempt, int delayMs, const QString &lastMessage);
    void showRateLimit(const QDateTime &until);
    void restoreWindowState();
    void saveWindowState();

    app::Services &m_services;
    QListWidget *m_sideBar;
    QStackedWidget *m_pages;
    AccountPage *m_accountPage;
    PreviewPage *m_previewPage;
    CompaniesPage *m_companiesPage;
    MigrationsPage *m_migrationsPage;
    RunsPage *m_runsPage;
    RunNotifier *m_runNotifier;
    QLabel *m_connectionDot;
    QLabel *m_connectionLabel;
    QToolButton *m_reconnect;
    bool m_showingConnectionDetail = false; // the status message is ours to clear once connected
};

} // namespace godwit::ui
