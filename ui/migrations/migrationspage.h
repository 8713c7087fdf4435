// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/types.h"
#include "app/createservice.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace godwit::app {
class Services;
}

namespace godwit::ui {

class MigrationView;
class CreateWizard;

// The side bar's Migrations: the server's migrations (generation B) beside the selected one.
class MigrationsPage : public QWidget {
    Q_OBJECT
public:
    explicit MigrationsPage(app::Services &services, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    MigrationView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    QLabel *statusLabel() const { return m_status; }

    // Opens the wizard on its migration branch (window-modal); the new migration is then selected.
    CreateWizard *newMigration();
    // Adds the migration to the catalog if new, selects it and shows `banner` above its files.
    void showMigration(const app::Migration &migration, const QString &banner = {});

    // The line above the files that says what the create did (reopened, recovered); empty if nothing.
    static QString bannerFor(const app::Migration &migration, app::CreateOperation::Outcome outcome);

private:
    void reload();
    void showSelected();

    app::Services &m_services;
    QListWidget *m_list;
    MigrationView *m_view;
    QPushButton *m_new;
    QPushButton *m_refresh;
    QLabel *m_status;
    QString m_pendingSelection;
    QString m_note; // after the count: a create finished at connect
};

} // namespace godwit::ui
