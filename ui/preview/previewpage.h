// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "Offline preview" page: any CSV file, opened at once and read with the engine, no server.
// Open… (Ctrl+O), drag and drop, or `godwit FILE.csv`. The table scrolls through the whole file
// while it is still being indexed; the dialect bar shows and overrides how it is read; selecting
// a cell profiles its column; Export… writes the table as normalised CSV. Problems with the file
// are said in the message area at the top, never in dialog boxes.
//
// Extension points for validating against a template (built on this page):
// - addSidePanel(): a tab beside "Column profile", e.g. the mapping and the per-column errors;
// - model()->setCellAnnotator() colours invalid cells and explains them in tooltips;
//   model()->setRowSubset() shows only the flagged rows;
// - exportRows() with PreviewExportOptions{RowFilter::Valid or Invalid, isValid} writes the valid
//   or the flagged rows;
// - document(): the open file's layout, data and index, and layoutChanged() when it is re-read.

#include "app/preview/previewexport.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace godwit::app {
class PreviewDocument;
class Services;
} // namespace godwit::app

namespace godwit::ui {

class ColumnProfilePanel;
class DialectBar;
class MessageArea;
class PreviewTableModel;
class PreviewTableView;
class TaskStrip;
class ValidationPanel;

class PreviewPage : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPage(QSettings &settings, QWidget *parent = nullptr);
    ~PreviewPage() override;

    app::PreviewDocument *document() const { return m_document; }
    PreviewTableModel *model() const { return m_model; }
    PreviewTableView *tableView() const { return m_view; }
    DialectBar *dialectBar() const { return m_dialectBar; }
    ColumnProfilePanel *profilePanel() const { return m_profilePanel; }
    // Validate against a template, exports of valid and flagged rows, Import this file….
    ValidationPanel *validationPanel() const { return m_validationPanel; }
    MessageArea *messageArea() const { return m_messages; }
    TaskStrip *taskStrip() const { return m_tasks; }
    QTabWidget *sidePanels() const { return m_sidePanels; }
    QLineEdit *goToLineEdit() const { return m_goTo; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *fileLabel() const { return m_fileLabel; }
    // File → Open CSV File… (Ctrl+O): the main window puts it in its menu.
    QAction *openAction() const { return m_openAction; }

    // The console's services (account templates, catalog, uploads) for the validation panel;
    // without them it offers bundled and cached templates and no import.
    void setServices(app::Services *services);

    void openFile(const QString &path);
    void showOpenDialog();
    // Goes to the row that physical line `line` of the file belongs to (also while indexing:
    // first to where it probably is, then exactly once the index gets there).
    void goToLine(qint64 line);
    void showExportDialog();
    // Streams the table to `destination` (with a row filter once validation says which rows are valid).
    void exportRows(const QString &destination, const app::PreviewExportOptions &options = {});

    // For the validation part: a tab beside the column profile; returns its index.
    int addSidePanel(QWidget *panel, const QString &title);

signals:
    // A file was opened from here (drop, Open…, command line): the window should show this page.
    void activationRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateFromDocument();
    void updateStatus();
    void onIndexingChanged();
    void onCurrentCellChanged(qint64 row, int column);
    void profileCurrentColumn();
    void onLineLocated(qint64 line, qint64 record, bool exact);
    void onFileChanged();
    void showUndecodable();
    void showRagged();
    void showRemembered();
    void setDropHighlight(bool on);
    void fitColumns();
    QString columnTitle(int column) const;

    QSettings &m_settings;
    app::PreviewDocument *m_document;
    PreviewTableModel *m_model;
    PreviewTableView *m_view;
    QLabel *m_fileLabel;
    QPushButton *m_openButton;
    QPushButton *m_reloadButton;
    QPushButton *m_exportButton;
    MessageArea *m_messages;
    DialectBar *m_dialectBar;
    TaskStrip *m_tasks;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QSplitter *m_splitter;
    QTabWidget *m_sidePanels;
    ColumnProfilePanel *m_profilePanel;
    ValidationPanel *m_validationPanel;
    QLabel *m_status;
    QLineEdit *m_goTo;
    QAction *m_openAction;
    QTimer *m_profileDelay;
    qint64 m_pendingLine = -1;
    int m_profileColumn = -1;
    bool m_undecodableShown = false;
    bool m_undecodableLocated = false;
    bool m_fitColumns = false;
    bool m_profileAfterIndex = false;
};

} // namespace godwit::ui
