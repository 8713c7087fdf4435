// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/types.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace godwit::app {
class CreateOperation;
class GetCompanyRequest;
class ListImportsRequest;
class Services;
} // namespace godwit::app

namespace godwit::ui {

class UploadPanel;

// One company (generation A): what the server says about it, its files — dropped anywhere on
// the view or chosen in a dialog, uploaded two at a time — the import that takes them, and the
// company's import runs (newest first), each of which opens in the Runs page.
class CompanyView : public QWidget {
    Q_OBJECT
public:
    explicit CompanyView(app::Services &services, QWidget *parent = nullptr);

    void setCompany(const app::Company &company);
    const app::Company &company() const { return m_company; }
    // A one-off line above the files ("Recovered after a lost answer", ...); empty hides it.
    void showBanner(const QString &text);

    QLabel *titleLabel() const { return m_title; }
    QLabel *bannerLabel() const { return m_banner; }
    UploadPanel *uploadPanel() const { return m_uploads; }
    QPushButton *importButton() const { return m_import; }
    QLabel *importStatusLabel() const { return m_importStatus; }
    QTreeWidget *runsList() const { return m_runs; }
    QPushButton *openRunButton() const { return m_openRun; }
    // Lists the company's import runs again (GET /companies/{id}/imports).
    void refreshRuns();

    // Queues files as a drop would (the drop handlers and tests use it).
    void addFiles(const QStringList &paths);

signals:
    // Show this run (followed from now on) in the Runs page.
    void openRunRequested(const QString &key);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showCompany();
    void startImport();
    void updateImportButton();
    void openSelectedRun();
    void updateRunRow(const QString &runId);

    app::Services &m_services;
    app::Company m_company;
    QPointer<app::GetCompanyRequest> m_reading;
    QPointer<app::CreateOperation> m_importing;
    QLabel *m_title;
    QFormLayout *m_details;
    QLabel *m_externalId;
    QLabel *m_created;
    QLabel *m_id;
    QLabel *m_sheets;
    QLabel *m_link;
    QLabel *m_banner;
    UploadPanel *m_uploads;
    QPushButton *m_import;
    QLabel *m_importStatus;
    QTreeWidget *m_runs;
    QPushButton *m_openRun;
    QPointer<app::ListImportsRequest> m_listing;
    QString m_selectRun; // selected once the list has it (the import just started)
};

} // namespace godwit::ui
