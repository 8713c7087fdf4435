// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The preview's "Validate" side panel: the open file against a template, offline, exactly as
// the server would validate it (app/preview/previewvalidation.h).
//
// - Templates: the bundled ones, and the connected account's (GET /templates), which are kept on
//   disk when fetched and used from there when the console is offline; the panel says which.
// - Validate runs off the UI thread with progress and Cancel (in the page's task strip).
// - The mapping: per template column, the file column feeding it, with confidence, method and
//   reason, and its error count; choosing another file column pins that choice (map_column)
//   and validates again.
// - Invalid cells are coloured in the table (their tooltip names the rule); "Flagged rows only"
//   shows only rows with an invalid cell, with their own line numbers.
// - The questions and proposed fixes the server would ask, read-only.
// - Exports (valid rows, flagged rows, all rows normalised) and "Import this file…", which hands
//   the file to the upload flow of a company or migration of the connected account.

#include "app/preview/backgroundtask.h"
#include "app/preview/previewexport.h"
#include "app/preview/previewvalidation.h"
#include "app/uploadservice.h"
#include "engine/template.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace godwit::app {
class Services;
} // namespace godwit::app

namespace godwit::ui {

class PreviewPage;

class ValidationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ValidationPanel(PreviewPage *page, QWidget *parent = nullptr);
    ~ValidationPanel() override;

    // The console's services: the account's templates and catalog, and the upload queue. None:
    // bundled and cached templates only, no import.
    void setServices(app::Services *services);

    QComboBox *templateBox() const { return m_templateBox; }
    QLabel *templateSourceLabel() const { return m_templateSource; }
    QPushButton *validateButton() const { return m_validateButton; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QCheckBox *flaggedOnlyBox() const { return m_flaggedOnly; }
    QTreeWidget *questionsTree() const { return m_questions; }
    QPushButton *exportValidButton() const { return m_exportValid; }
    QPushButton *exportFlaggedButton() const { return m_exportFlagged; }
    QPushButton *exportNormalisedButton() const { return m_exportNormalised; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *importHint() const { return m_importHint; }

    // The templates offered, in the box's order.
    const QList<engine::Template> &templates() const { return m_templates; }
    // Selects the template with this slug, name or id; false if none.
    bool selectTemplate(const QString &slugNameOrId);

    // The last finished validation of the open file (none: not validated, or stale).
    std::shared_ptr<const app::PreviewValidationResult> result() const { return m_result; }
    bool isValidating() const { return m_task != nullptr; }
    app::BackgroundTask *task() const { return m_task; }

    // Validates the open file against the selected template with the pinned choices.
    void validate();
    // Template column `templateColumn` is fed by file column `fileColumn` (-1: none), pinned; validates
    // again.
    void setMapping(int templateColumn, int fileColumn);
    void setFlaggedOnly(bool on);
    // Writes the rows of `kind` to `destination` (off the UI thread, with progress).
    void exportTo(app::ValidatedExport kind, const QString &destination);
    // Queues the open file for upload to `target` (needs a connection).
    void importInto(const app::UploadTarget &target);
    // Why Import is not possible now; empty when it is.
    QString importBlocker() const;

signals:
    void validationFinished();
    void exportFinished(const QString &destination, const godwit::app::PreviewExportResult &result);
    void importQueued(godwit::app::UploadJob *job);

private:
    void reloadTemplates();
    void onTemplateChosen();
    void onDocumentChanged();
    void clearResult(const QString &hint);
    void applyResult(const std::shared_ptr<const app::PreviewValidationResult> &result);
    void fillMapping();
    void fillQuestions();
    void updateActions();
    void chooseExport(app::ValidatedExport kind);
    void showImportDialog();
    app::PreviewValidationRequest request() const;
    std::optional<engine::Template> currentTemplate() const;

    PreviewPage *m_page;
    QPointer<app::Services> m_services;
    QList<engine::Template> m_templates;
    int m_bundledCount = 0;
    QString m_templateKey; // the template m_plan belongs to
    std::optional<engine::SheetPlan> m_plan;
    std::shared_ptr<const app::PreviewValidationResult> m_result;
    QPointer<app::BackgroundTask> m_task;
    QList<QPointer<app::BackgroundTask>> m_exports;

    QComboBox *m_templateBox;
    QLabel *m_templateSource;
    QPushButton *m_validateButton;
    QLabel *m_summary;
    QTableWidget *m_mapping;
    QCheckBox *m_flaggedOnly;
    QTreeWidget *m_questions;
    QPushButton *m_exportValid;
    QPushButton *m_exportFlagged;
    QPushButton *m_exportNormalised;
    QPushButton *m_importButton;
    QLabel *m_importHint;
};

} // namespace godwit::ui
