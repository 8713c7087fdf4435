// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/types.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace godwit::app {
class ApiConnection;
class DownloadRequest;
class GetExportRequest;
class StartExportRequest;
struct ExportRun;
} // namespace godwit::app

namespace godwit::ui {

// Exports of one company (issue 6 §4), in two tabs:
//  * Download CSV: valid / all / invalid rows, one sheet or every sheet as a ZIP, streamed to a chosen
//    file with a progress bar and a cancel (app::DownloadRequest: a temporary file renamed at the end).
//  * To destination: a full or canary export to the company's destination, followed by polling (2 s,
//    ×1.5 up to 15 s) with its per-row results in a table; hollow writes (fields_confirmed false) and
//    failed rows are highlighted. Re-running a full export asks first: it writes every row again.
// Network work is asynchronous; nothing blocks the UI thread.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(app::ApiConnection &connection, const app::Company &company, QWidget *parent = nullptr);
    ~ExportDialog() override;

    enum Column { RowColumn, SheetColumn, OkColumn, HttpColumn, ErrorColumn, ConfirmedColumn, ColumnCount };

    // Polling intervals (tests shorten them); the default is 2 s backing off to 15 s.
    void setPollIntervals(int firstMs, int maxMs);

    QTabWidget *tabs() const { return m_tabs; }
    // Download tab.
    QComboBox *filterBox() const { return m_filter; }
    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *chooseFileButton() const { return m_choose; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *cancelDownloadButton() const { return m_cancelDownload; }
    QProgressBar *downloadProgress() const { return m_downloadProgress; }
    QLabel *downloadStatus() const { return m_downloadStatus; }
    // Destination tab.
    QRadioButton *fullButton() const { return m_full; }
    QRadioButton *canaryButton() const { return m_canary; }
    QSpinBox *canaryRowsBox() const { return m_canaryRows; }
    QPushButton *startExportButton() const { return m_start; }
    QPushButton *cancelExportButton() const { return m_cancelExport; }
    QProgressBar *exportProgress() const { return m_exportProgress; }
    QLabel *exportStatus() const { return m_exportStatus; }
    QLabel *exportSummary() const { return m_summary; }
    QTableWidget *resultsTable() const { return m_results; }

    QString currentExportRunId() const { return m_runId; }
    QString lastExportStatus() const { return m_lastStatus; }
    // Rows downloaded by the last finished download (X-Total-Records), -1 when not said.
    qint64 lastDownloadRecords() const { return m_lastDownloadRecords; }
    // The colour a hollow write's row is painted with (tests check it).
    static QColor hollowColor();
    static QColor failedColor();

signals:
    void downloadFinished(bool ok);
    void exportFinished(const QString &status);

private:
    QWidget *buildDownloadTab();
    QWidget *buildDestinationTab();
    void chooseFile();
    void startDownload();
    void onDownloadFinished();
    void startExport();
    void sendStart(bool full);
    void cancelExport();
    void poll();
    void onPolled(const app::ExportRun &run);
    void appendResults(const app::ExportRun &run);
    void updateButtons();

    app::ApiConnection &m_connection;
    app::Company m_company;
    QTabWidget *m_tabs;

    QComboBox *m_filter;
    QComboBox *m_scope;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QPushButton *m_download;
    QPushButton *m_cancelDownload;
    QProgressBar *m_downloadProgress;
    QLabel *m_downloadStatus;
    QPointer<app::DownloadRequest> m_downloading;
    qint64 m_lastDownloadRecords = -1;

    QRadioButton *m_full;
    QRadioButton *m_canary;
    QSpinBox *m_canaryRows;
    QPushButton *m_start;
    QPushButton *m_cancelExport;
    QProgressBar *m_exportProgress;
    QLabel *m_exportStatus;
    QLabel *m_summary;
    QTableWidget *m_results;
    QPointer<app::StartExportRequest> m_starting;
    QPointer<app::GetExportRequest> m_polling;
    QTimer m_pollTimer;
    int m_firstPollMs = 2000;
    int m_maxPollMs = 15000;
    int m_pollMs = 2000;
    QString m_runId;
    QString m_lastStatus;
    QString m_cursor;
    bool m_fullExportDone = false; // a full export of this company exists (this session or the server's list)
};

} // namespace godwit::ui
