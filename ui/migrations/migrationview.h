// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/types.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace godwit::app {
class ListMigrationFilesRequest;
class GetMigrationRequest;
class Services;
class UploadJob;
} // namespace godwit::app

namespace godwit::ui {

class MigrationLoop;
class UploadPanel;

// One migration (generation B): what the server says about it, files dropped anywhere on the
// view (or chosen in a dialog) uploaded two at a time, and the files the server has received.
class MigrationView : public QWidget {
    Q_OBJECT
public:
    explicit MigrationView(app::Services &services, QWidget *parent = nullptr);

    void setMigration(const app::Migration &migration);
    const app::Migration &migration() const { return m_migration; }
    void showBanner(const QString &text);
    // GET /migrations/{id}/files (and the migration's status) again.
    void refreshFiles();

    QLabel *titleLabel() const { return m_title; }
    QLabel *bannerLabel() const { return m_banner; }
    UploadPanel *uploadPanel() const { return m_uploads; }
    QTableWidget *filesTable() const { return m_files; }
    QLabel *filesStatusLabel() const { return m_filesStatus; }
    void addFiles(const QStringList &paths);
    // The generation B loop (generate, preview, update/clarify, execute, report, export).
    MigrationLoop *loop() const { return m_loop; }
    // Files | Preview | Thread | Report.
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void filesListed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showMigration();
    void onUploadFinished(app::UploadJob *job);

    app::Services &m_services;
    app::Migration m_migration;
    QPointer<app::ListMigrationFilesRequest> m_listing;
    QPointer<app::GetMigrationRequest> m_reading;
    QTimer m_refreshSoon; // several uploads landing together: one listing
    QLabel *m_title;
    QFormLayout *m_details;
    QLabel *m_source;
    QLabel *m_status;
    QLabel *m_templates;
    QLabel *m_externalId;
    QLabel *m_created;
    QLabel *m_banner;
    UploadPanel *m_uploads;
    QTableWidget *m_files;
    QLabel *m_filesStatus;
    QPushButton *m_refresh;
    MigrationLoop *m_loop;
    QTabWidget *m_tabs;
};

} // namespace godwit::ui
