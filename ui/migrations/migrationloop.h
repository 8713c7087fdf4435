// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/migrationruns.h"
#include "app/api/types.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace godwit::app {
class Services;
class ThreadStream;
} // namespace godwit::app

namespace godwit::ui {

class MigrationPreviewPane;
class MigrationReportPane;
class MigrationThreadPane;

// The generation B loop for one migration: Generate → preview → Update (directives) or Clarify
// (a question; the answer arrives in the thread) → Execute → report → per-sheet CSV export.
// Blocked runs show their questions with an answer box; Cancel works at any point of a run.
// The run is polled (2 s, ×1.5 up to 15 s) and polled at once whenever the thread stream delivers
// one of its events; the thread itself is followed live (ThreadStream).
//
// This widget is the action bar; the preview, thread and report panes it drives are separate
// widgets for the view to place (it owns them until then).
class MigrationLoop : public QWidget {
    Q_OBJECT
public:
    explicit MigrationLoop(app::Services &services, QWidget *parent = nullptr);
    ~MigrationLoop() override;

    void setMigration(const app::Migration &migration);
    // Whether the server has files for the migration (Generate needs one).
    void setHasFiles(bool hasFiles);

    MigrationPreviewPane *previewPane() const { return m_preview; }
    MigrationThreadPane *threadPane() const { return m_thread; }
    MigrationReportPane *reportPane() const { return m_report; }

    QPushButton *generateButton() const { return m_generate; }
    QPushButton *updateButton() const { return m_update; }
    QPushButton *clarifyButton() const { return m_clarify; }
    QPushButton *executeButton() const { return m_execute; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QToolButton *helpButton() const { return m_helpButton; }
    QLabel *helpLabel() const { return m_help; }
    QLabel *runLabel() const { return m_runLabel; }
    QGroupBox *questionsBox() const { return m_questions; }
    QList<QComboBox *> answerBoxes() const { return m_answerBoxes; }
    QLineEdit *correctionEdit() const { return m_correction; }
    QPushButton *sendAnswersButton() const { return m_sendAnswers; }

    // The run followed now (empty: none).
    QString runId() const { return m_run.id; }
    const app::MigrationRun &run() const { return m_run; }
    app::ThreadStream *threadStream() const { return m_stream; }

    // Where an export is saved: asks the user by default (a file dialog); tests set their own.
    void setSavePathChooser(std::function<QString(const QString &slug)> chooser)
    {
        m_chooseSavePath = std::move(chooser);
    }
    // Starts the valid-rows export of one sheet into `path`.
    void exportSheet(const QString &slug, const QString &path);

signals:
    // A new preview, report or answer worth looking at: the view raises the pane.
    void previewShown();
    void reportShown();
    void clarifyAnswered();
    void runFinished(const QString &runId, const QString &status);
    void exportFinished(const QString &slug, bool ok, const QString &message);
    // The migration as the server has it now (its status moves with the runs).
    void migrationChanged(const app::Migration &migration);

private:
    void startRun(const QString &kind, const QString &message = {});
    void follow(const QString &runId, const QString &kind);
    void poll();
    void schedulePoll();
    void onTracked(const QString &key);
    void applyRun(const app::MigrationRun &run);
    void onRunEnded();
    void loadPreview();
    void loadLatestRuns();
    void refreshMigration();
    void cancelRun();
    void sendAnswers();
    void sendCorrection();
    // Sends answers or a correction to the blocked run; `refused` (with %1: the server's message) is
    // shown when the server does not take it, `taken` runs before the loop follows the run again.
    void sendMessage(app::MigrationRunMessageRequest *request, const QString &refused,
                     const std::function<void()> &taken = {});
    void showQuestions();
    void updateButtons();
    void setRunText(const QString &text);
    void ensureStarter();
    QString statusText(const app::MigrationRun &run) const;

    app::Services &m_services;
    app::Migration m_migration;
    bool m_hasFiles = false;
    app::MigrationRun m_run;
    bool m_starting = false;
    int m_pollDelayMs = 2000;
    QTimer m_pollTimer;
    QPointer<app::GetMigrationRunRequest> m_polling;
    QPointer<app::ApiRequest> m_action; // cancel / answer in flight
    QPointer<app::GetPreviewRequest> m_previewRequest;
    QPointer<app::ListMigrationRunsRequest> m_runsRequest;
    QPointer<app::MigrationExportDownload> m_download;
    app::MigrationRunStarter *m_starter = nullptr;
    app::ThreadStream *m_stream = nullptr;
    std::function<QString(const QString &)> m_chooseSavePath;

    QPointer<MigrationPreviewPane> m_preview;
    QPointer<MigrationThreadPane> m_thread;
    QPointer<MigrationReportPane> m_report;

    QLabel *m_runLabel;
    QPushButton *m_generate;
    QPushButton *m_update;
    QPushButton *m_clarify;
    QPushButton *m_execute;
    QPushButton *m_cancel;
    QPlainTextEdit *m_message;
    QToolButton *m_helpButton;
    QLabel *m_help;
    QGroupBox *m_questions;
    QFormLayout *m_questionsForm;
    QList<QComboBox *> m_answerBoxes;
    QPushButton *m_sendAnswers;
    QLineEdit *m_correction;
    QPushButton *m_sendCorrection;
};

} // namespace godwit::ui
