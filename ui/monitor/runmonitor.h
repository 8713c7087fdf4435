// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QCustomPlot;
class QCPItemText;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;

namespace godwit::app {
class ApiRequest;
class RunTracker;
class Services;
} // namespace godwit::app

namespace godwit::ui {

class ReviewPane;

// One followed run, live: the status timeline (queued → running → needs_attention … with the
// times they were seen), the progress message, elapsed time and plan version, and three charts —
// valid vs flagged rows per sheet, flagged rows per column, progress over time. Charts are redrawn
// at most once per burst of changes (queued replots) and never while hidden. Cancel stops the run;
// Review… opens the review pane under the charts for a run that waits for the user.
class RunMonitor : public QWidget {
    Q_OBJECT
public:
    explicit RunMonitor(app::Services &services, QWidget *parent = nullptr);
    ~RunMonitor() override;

    void showRun(const QString &key);
    QString key() const { return m_key; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *timelineLabel() const { return m_timeline; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QLabel *planLabel() const { return m_plan; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *reviewButton() const { return m_review; }
    QCustomPlot *sheetsPlot() const { return m_sheetsPlot; }
    QCustomPlot *columnsPlot() const { return m_columnsPlot; }
    QCustomPlot *progressPlot() const { return m_progressPlot; }
    ReviewPane *reviewPane() const { return m_reviewPane; }
    // Replots done (tests and benches: bursts coalesce, hidden charts wait).
    int replotCount() const { return m_replots; }

    // Opens the review pane for the shown run (the Review… button).
    void openReview();

signals:
    // A gen B run waits for answers: they are given in its migration's page.
    void openMigrationRequested(const QString &migrationId);
    // The review started another run (followed now): the page selects it.
    void runReplaced(const QString &oldKey, const QString &newKey);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateCharts();
    void updateSheetsChart();
    void updateColumnsChart();
    void updateProgressChart();
    void scheduleReplot(int plots);
    void replotDirty();
    void cancelRun();
    void onDecisionSent(const QString &companyId, const QString &runId, const QString &newRunId);

    app::Services &m_services;
    app::RunTracker *m_tracker;
    QString m_key;
    QString m_chartsFingerprint;
    QString m_reviewFingerprint;
    QPointer<app::ApiRequest> m_canceling;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_timeline;
    QLabel *m_progress;
    QLabel *m_elapsed;
    QLabel *m_plan;
    QLabel *m_message;
    QPushButton *m_cancel;
    QPushButton *m_review;
    QSplitter *m_splitter;
    QCustomPlot *m_sheetsPlot;
    QCustomPlot *m_columnsPlot;
    QCustomPlot *m_progressPlot;
    QCPItemText *m_sheetsEmpty;
    QCPItemText *m_columnsEmpty;
    QCPItemText *m_progressEmpty;
    ReviewPane *m_reviewPane;
    QTimer *m_replotTimer;
    QTimer *m_clock;
    int m_dirtyPlots = 0;
    int m_replots = 0;
};

} // namespace godwit::ui
