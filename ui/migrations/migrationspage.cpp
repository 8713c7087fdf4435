// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/migrations/migrationspage.h"

#include "app/catalog.h"
#include "app/createservice.h"
#include "app/services.h"
#include "ui/migrations/migrationview.h"
#include "ui/wizard/createwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

MigrationsPage::MigrationsPage(app::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("migrationsPage"));
    setAccessibleName(tr("Migrations"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Migrations"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Migrations status"));
    header->addWidget(m_status, 1);
    m_new = new QPushButton(tr("&New migration…"), this);
    m_new->setAccessibleName(tr("Create a new migration"));
    header->addWidget(m_new);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setAccessibleName(tr("List the server's migrations again"));
    header->addWidget(m_refresh);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("migrationsList"));
    m_list->setAccessibleName(tr("Migrations on the server"));
    m_view = new MigrationView(services, splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &MigrationsPage::newMigration);
    connect(m_refresh, &QPushButton::clicked, services.catalog(), &app::Catalog::refresh);
    connect(services.catalog(), &app::Catalog::migrationsChanged, this, &MigrationsPage::reload);
    connect(services.catalog(), &app::Catalog::loadingChanged, this, &MigrationsPage::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &MigrationsPage::showSelected);
    // A create that a crash or a lost answer interrupted, finished at connect: say so.
    connect(
        services.creates(), &app::CreateService::operationFinished, this, [this](app::CreateOperation *op) {
            if (op->isResumed() && op->succeeded() && op->kind() == app::CreateOperation::Kind::Migration) {
                m_note = tr("finished an interrupted create: %1").arg(op->migration().name);
                reload();
            }
        });
    reload();
}

void MigrationsPage::reload()
{
    const app::Catalog *catalog = m_services.catalog();
    QString selected = m_pendingSelection;
    if (selected.isEmpty() && m_list->currentItem())
        selected = m_list->currentItem()->data(kIdRole).toString();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const app::Migration &migration : catalog->migrations()) {
            auto *item = new QListWidgetItem(migration.name, m_list);
            item->setData(kIdRole, migration.id);
            QStringList tip;
            tip.append(migration.source.isEmpty() ? tr("Sourceless")
                                                  : tr("Source: %1").arg(migration.source));
            tip.append(tr("Status: %1").arg(migration.status));
            if (!migration.externalId.isEmpty())
                tip.append(tr("External ID: %1").arg(migration.externalId));
            item->setToolTip(tip.join(QLatin1Char('\n')));
            if (migration.id == selected)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    if (m_list->currentItem() && m_list->currentItem()->data(kIdRole).toString() == m_pendingSelection)
        m_pendingSelection.clear();
    QString status = (catalog->isLoading() ? tr("Loading…")
                      : !catalog->errorString().isEmpty()
                          ? tr("Could not list them: %1").arg(catalog->errorString())
                          : tr("%n migration(s)", nullptr, int(catalog->migrations().size())));
    if (!m_note.isEmpty())
        status += QStringLiteral(" · ") + m_note;
    m_status->setText(status);
    showSelected();
}

void MigrationsPage::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_view->setMigration({});
        return;
    }
    if (const auto migration = m_services.catalog()->migration(item->data(kIdRole).toString()))
        m_view->setMigration(*migration);
}

void MigrationsPage::showMigration(const app::Migration &migration, const QString &banner)
{
    m_pendingSelection = migration.id;
    m_services.catalog()->upsert(migration); // reloads the list when new
    reload();
    if (m_view->migration().id == migration.id)
        m_view->showBanner(banner);
}

CreateWizard *MigrationsPage::newMigration()
{
    auto *wizard = new CreateWizard(m_services, CreateWizard::Kind::Migration, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateWizard::migrationCreated, this,
            [this](const app::Migration &migration, app::CreateOperation::Outcome outcome) {
                showMigration(migration, bannerFor(migration, outcome));
            });
    connect(wizard, &CreateWizard::openMigrationRequested, this, [this](const app::Migration &migration) {
        showMigration(
            migration,
            tr("Opened the existing migration with the external ID “%1”.").arg(migration.externalId));
    });
    wizard->open();
    return wizard;
}

QString MigrationsPage::bannerFor(const app::Migration &migration, app::CreateOperation::Outcome outcome)
{
    switch (outcome) {
    case app::CreateOperation::Outcome::Reopened:
        return tr("Existing migration reopened: the server already had a migration with the external ID “%1” "
                  "for this source. It is shown as it is now (status: %2); its name and templates were not "
                  "changed.")
            .arg(migration.externalId, migration.status);
    case app::CreateOperation::Outcome::Recovered:
        return tr("The server had made this migration already: the answer to an earlier attempt was lost. It "
                  "is shown as the server has it.");
    default:
        return {};
    }
}

} // namespace godwit::ui
