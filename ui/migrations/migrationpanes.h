// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/migrationruns.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace godwit::ui {

// The preview of a generation B migration: per template sheet, which file column feeds each
// template column, and the first rows as execute would import them, invalid cells highlighted
// (their tooltip names the rule they fail).
class MigrationPreviewPane : public QWidget {
    Q_OBJECT
public:
    explicit MigrationPreviewPane(QWidget *parent = nullptr);

    void setPreview(const app::MigrationPreview &preview);
    // No preview (yet): says why.
    void clear(const QString &why);
    bool hasPreview() const { return m_hasPreview; }
    const app::MigrationPreview &preview() const { return m_preview; }

    QComboBox *sheetBox() const { return m_sheet; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *rowsTable() const { return m_rows; }
    QLabel *summaryLabel() const { return m_summary; }
    // The background invalid cells get.
    static QColor invalidColor();

private:
    void showSheet(int index);

    app::MigrationPreview m_preview;
    bool m_hasPreview = false;
    QComboBox *m_sheet;
    QLabel *m_summary;
    QTableWidget *m_mapping;
    QTableWidget *m_rows;
};

// The migration's thread: every agent step, across runs, as it arrives.
class MigrationThreadPane : public QWidget {
    Q_OBJECT
public:
    explicit MigrationThreadPane(QWidget *parent = nullptr);

    void clear();
    void addEvent(const app::ThreadEvent &event);
    void setStreamState(const QString &text);
    QListWidget *list() const { return m_list; }
    QLabel *stateLabel() const { return m_state; }
    // How one event reads in the list (also for tests).
    static QString describe(const app::ThreadEvent &event);

private:
    QListWidget *m_list;
    QLabel *m_state;
};

// The report of the last execute, and the valid rows of each sheet downloaded as CSV.
class MigrationReportPane : public QWidget {
    Q_OBJECT
public:
    explicit MigrationReportPane(QWidget *parent = nullptr);

    void clear(const QString &why);
    void setReport(const QString &runId, const app::MigrationRunReport &report,
                   const QList<app::TemplateRef> &templates);
    bool hasReport() const { return m_hasReport; }

    // While an export runs: bytes so far (total -1: unknown) and a way to cancel it.
    void setExportProgress(const QString &slug, qint64 bytes, qint64 total);
    void setExportDone(const QString &slug, const QString &message);
    bool isExporting() const { return !m_exporting.isEmpty(); }

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *sheetsTable() const { return m_sheets; }
    QPushButton *exportButton(const QString &slug) const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelExportButton() const { return m_cancelExport; }
    QLabel *exportStatusLabel() const { return m_exportStatus; }
    // Which rows the export buttons write: "valid", "all" or "invalid" (the API's filter).
    QComboBox *rowsCombo() const { return m_rows; }
    QString rowFilter() const;

signals:
    void exportRequested(const QString &slug);
    void exportCancelRequested();

private:
    bool m_hasReport = false;
    QString m_exporting;
    QLabel *m_summary;
    QComboBox *m_rows;
    QTableWidget *m_sheets;
    QProgressBar *m_progress;
    QPushButton *m_cancelExport;
    QLabel *m_exportStatus;
};

} // namespace godwit::ui
