// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companiespage.h"

#include "app/catalog.h"
#include "app/createservice.h"
#include "app/services.h"
#include "ui/companies/companyview.h"
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

CompaniesPage::CompaniesPage(app::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("companiesPage"));
    setAccessibleName(tr("Companies"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Companies"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Companies status"));
    header->addWidget(m_status, 1);
    m_new = new QPushButton(tr("&New company…"), this);
    m_new->setAccessibleName(tr("Create a new company"));
    header->addWidget(m_new);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setAccessibleName(tr("List the server's companies again"));
    header->addWidget(m_refresh);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("companiesList"));
    m_list->setAccessibleName(tr("Companies on the server"));
    m_view = new CompanyView(services, splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &CompaniesPage::newCompany);
    connect(m_refresh, &QPushButton::clicked, services.catalog(), &app::Catalog::refresh);
    connect(services.catalog(), &app::Catalog::companiesChanged, this, &CompaniesPage::reload);
    connect(services.catalog(), &app::Catalog::loadingChanged, this, &CompaniesPage::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &CompaniesPage::showSelected);
    // A create that a crash or a lost answer interrupted, finished at connect: say so.
    connect(services.creates(), &app::CreateService::operationFinished, this,
            [this](app::CreateOperation *op) {
                if (op->isResumed() && op->succeeded() && op->kind() == app::CreateOperation::Kind::Company) {
                    m_note = tr("finished an interrupted create: %1").arg(op->company().name);
                    reload();
                }
            });
    reload();
}

void CompaniesPage::reload()
{
    const app::Catalog *catalog = m_services.catalog();
    QString selected = m_pendingSelection;
    if (selected.isEmpty() && m_list->currentItem())
        selected = m_list->currentItem()->data(kIdRole).toString();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const app::Company &company : catalog->companies()) {
            auto *item = new QListWidgetItem(company.name, m_list);
            item->setData(kIdRole, company.id);
            QStringList tip;
            if (!company.externalId.isEmpty())
                tip.append(tr("External ID: %1").arg(company.externalId));
            if (company.createdAt.isValid())
                tip.append(
                    tr("Created %1")
                        .arg(QLocale().toString(company.createdAt.toLocalTime(), QLocale::ShortFormat)));
            item->setToolTip(tip.join(QLatin1Char('\n')));
            if (company.id == selected)
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
                          : tr("%n company(ies)", nullptr, int(catalog->companies().size())));
    if (!m_note.isEmpty())
        status += QStringLiteral(" · ") + m_note;
    m_status->setText(status);
    showSelected();
}

void CompaniesPage::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_view->setCompany({});
        return;
    }
    if (const auto company = m_services.catalog()->company(item->data(kIdRole).toString()))
        m_view->setCompany(*company);
}

void CompaniesPage::showCompany(const app::Company &company, const QString &banner)
{
    m_pendingSelection = company.id;
    m_services.catalog()->upsert(company); // reloads the list when new
    reload();
    if (m_view->company().id == company.id)
        m_view->showBanner(banner);
}

CreateWizard *CompaniesPage::newCompany()
{
    auto *wizard = new CreateWizard(m_services, CreateWizard::Kind::Company, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateWizard::companyCreated, this,
            [this](const app::Company &company, app::CreateOperation::Outcome outcome) {
                showCompany(company,
                            outcome == app::CreateOperation::Outcome::Recovered
                                ? tr("The server had made this company already: the answer to an earlier "
                                     "attempt was lost. It is shown as the server has it.")
                                : QString());
            });
    connect(wizard, &CreateWizard::openCompanyRequested, this, [this](const app::Company &company) {
        showCompany(company,
                    tr("Opened the existing company with the external ID “%1”.").arg(company.externalId));
    });
    wizard->open();
    return wizard;
}

} // namespace godwit::ui
