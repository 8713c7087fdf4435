// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace godwit::app {
class Services;
}

namespace godwit::ui {

class RunListModel;
class RunMonitor;

// The side bar's Runs: every run the console follows (most recent first) and, below, the monitor
// of the selected one. A notice bar says when a run needs attention, completes or fails (when the
// desktop has no tray to say it).
class RunsPage : public QWidget {
    Q_OBJECT
public:
    explicit RunsPage(app::Services &services, QWidget *parent = nullptr);

    // Selects the run (and shows it in the monitor).
    void showRun(const QString &key);
    QString currentKey() const;
    void showNotice(const QString &key, const QString &text);

    QTableView *runsView() const { return m_view; }
    RunListModel *model() const { return m_model; }
    RunMonitor *monitor() const { return m_monitor; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *noticeButton() const { return m_noticeShow; }

signals:
    void openMigrationRequested(const QString &migrationId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onCurrentChanged();

    app::Services &m_services;
    RunListModel *m_model;
    QTableView *m_view;
    RunMonitor *m_monitor;
    QWidget *m_noticeBar;
    QLabel *m_notice;
    QPushButton *m_noticeShow;
    QPushButton *m_noticeClose;
    QLabel *m_empty;
    QTimer *m_clock;
    QString m_noticeKey;
};

} // namespace godwit::ui
