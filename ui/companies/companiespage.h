// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace godwit::app {
class Services;
}

namespace godwit::ui {

class CompanyView;
class CreateWizard;

// The side bar's Companies: the server's companies (generation A) beside the selected one.
class CompaniesPage : public QWidget {
    Q_OBJECT
public:
    explicit CompaniesPage(app::Services &services, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    CompanyView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    QLabel *statusLabel() const { return m_status; }

    // Opens the wizard on its company branch (window-modal); the new company is then selected.
    CreateWizard *newCompany();
    // Adds the company to the catalog if new, selects it and shows `banner` above its files.
    void showCompany(const app::Company &company, const QString &banner = {});

private:
    void reload();
    void showSelected();

    app::Services &m_services;
    QListWidget *m_list;
    CompanyView *m_view;
    QPushButton *m_new;
    QPushButton *m_refresh;
    QLabel *m_status;
    QString m_pendingSelection;
    QString m_note; // after the count: a create finished at connect
};

} // namespace godwit::ui
