// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companyview.h"

#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/api/runs.h"
#include "app/catalog.h"
#include "app/createservice.h"
#include "app/runtracker.h"
#include "app/services.h"
#include "app/session.h"
#include "ui/exports/exportdialog.h"
#include "ui/monitor/runlistmodel.h"
#include "ui/uploads/uploadpanel.h"

#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {
QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

CompanyView::CompanyView(app::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("companyView"));
    setAccessibleName(tr("Company"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_details = new QFormLayout;
    m_details->setContentsMargins(0, 0, 0, 0);
    m_details->setVerticalSpacing(2);
    m_externalId = selectableLabel(this);
    m_externalId->setAccessibleName(tr("External ID"));
    m_details->addRow(tr("External ID:"), m_externalId);
    m_created = selectableLabel(this);
    m_created->setAccessibleName(tr("Created"));
    m_details->addRow(tr("Created:"), m_created);
    m_id = selectableLabel(this);
    m_id->setAccessibleName(tr("Company ID"));
    m_details->addRow(tr("ID:"), m_id);
    m_sheets = selectableLabel(this);
    m_sheets->setAccessibleName(tr("Sheets"));
    m_details->addRow(tr("Sheets:"), m_sheets);
    m_link = selectableLabel(this);
    m_link->setAccessibleName(tr("Customer upload link"));
    m_link->setToolTip(tr("The hosted link through which the customer can hand over data (valid 7 days)"));
    m_details->addRow(tr("Customer link:"), m_link);
    layout->addLayout(m_details);

    m_banner = selectableLabel(this);
    m_banner->setObjectName(QStringLiteral("companyBanner"));
    m_banner->setAccessibleName(tr("Notice"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_uploads = new UploadPanel(services.uploads(), true, this);
    layout->addWidget(m_uploads, 1);

    auto *importRow = new QHBoxLayout;
    m_import = new QPushButton(tr("Start &import"), this);
    m_import->setAccessibleName(tr("Start an import with the uploaded files"));
    m_import->setAccessibleDescription(tr("Sends the uploaded files (or the inline rows) to the company's "
                                          "import, with an idempotency key so it is never started twice"));
    importRow->addWidget(m_import);
    m_importStatus = selectableLabel(this);
    m_importStatus->setAccessibleName(tr("Import status"));
    importRow->addWidget(m_importStatus, 1);
    layout->addLayout(importRow);

    // The company's import runs, newest first.
    auto *runsRow = new QHBoxLayout;
    auto *runsTitle = new QLabel(tr("Imports:"), this);
    runsRow->addWidget(runsTitle, 0, Qt::AlignTop);
    m_runs = new QTreeWidget(this);
    m_runs->setObjectName(QStringLiteral("companyRuns"));
    m_runs->setAccessibleName(tr("The company's import runs"));
    m_runs->setAccessibleDescription(tr("Newest first; open one to follow it in the Runs page"));
    m_runs->setRootIsDecorated(false);
    m_runs->setUniformRowHeights(true);
    m_runs->setHeaderLabels({tr("Run"), tr("Status"), tr("Started"), tr("Plan version")});
    m_runs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_runs->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_runs->setMaximumHeight(m_runs->fontMetrics().height() * 7);
    runsTitle->setBuddy(m_runs);
    runsRow->addWidget(m_runs, 1);
    m_openRun = new QPushButton(tr("&Open in Runs"), this);
    m_openRun->setAccessibleName(tr("Open the selected import run in the Runs page"));
    m_openRun->setEnabled(false);
    runsRow->addWidget(m_openRun, 0, Qt::AlignTop);
    // The company's exports (ui/exports): CSV downloads and the destination.
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setAccessibleName(
        tr("Export the company's rows: download CSV or write to the destination"));
    runsRow->addWidget(exportButton, 0, Qt::AlignTop);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new ExportDialog(*m_services.session()->connection(), m_company, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    layout->addLayout(runsRow);
    connect(m_runs, &QTreeWidget::currentItemChanged, this,
            [this] { m_openRun->setEnabled(m_runs->currentItem() != nullptr); });
    connect(m_runs, &QTreeWidget::itemActivated, this, &CompanyView::openSelectedRun);
    connect(m_openRun, &QPushButton::clicked, this, &CompanyView::openSelectedRun);
    // Followed runs of this company keep their row up to date; a new or ended one lists again.
    app::RunTracker *tracker = services.runTracker();
    connect(tracker, &app::RunTracker::runChanged, this, &CompanyView::updateRunRow);
    const auto relist = [this, tracker](const QString &key) {
        const app::RunTracker::Run *run = tracker->run(key);
        if (run && run->kind == app::RunTracker::Kind::Import && run->parentId == m_company.id)
            refreshRuns();
    };
    connect(tracker, &app::RunTracker::runAdded, this, relist);
    connect(tracker, &app::RunTracker::runFinished, this, relist);

    connect(m_import, &QPushButton::clicked, this, &CompanyView::startImport);
    connect(m_uploads, &UploadPanel::readyChanged, this, &CompanyView::updateImportButton);
    showCompany();
}

void CompanyView::setCompany(const app::Company &company)
{
    const bool other = company.id != m_company.id;
    m_company = company;
    if (other) {
        m_banner->hide();
        m_importStatus->clear();
        m_uploads->setTarget({app::UploadTarget::Kind::Company, company.id});
        m_runs->clear();
        m_selectRun.clear();
        refreshRuns();
    }
    showCompany();
    // A list item has no workbook: read the whole company.
    if (company.workbookId.isEmpty() && !company.id.isEmpty()) {
        if (m_reading)
            m_reading->deleteLater();
        m_reading = new app::GetCompanyRequest(company.id, this);
        connect(m_reading, &app::ApiRequest::finished, this, [this, request = m_reading.data()] {
            request->deleteLater();
            if (request->result().ok() && request->company().id == m_company.id) {
                m_company = request->company();
                m_services.catalog()->upsert(m_company);
                showCompany();
            }
        });
        m_reading->start(m_services.session()->connection());
    }
}

void CompanyView::showCompany()
{
    const bool has = !m_company.id.isEmpty();
    m_title->setText(has ? m_company.name : tr("No company selected"));
    m_externalId->setText(m_company.externalId);
    m_created->setText(m_company.createdAt.isValid()
                           ? QLocale().toString(m_company.createdAt.toLocalTime(), QLocale::ShortFormat)
                           : QString());
    m_id->setText(m_company.id);
    QStringList sheets;
    for (const app::Sheet &sheet : m_company.sheets)
        sheets.append(sheet.name);
    m_sheets->setText(sheets.join(QStringLiteral(", ")));
    m_link->setText(m_company.magicLinkUrl);
    // Rows with nothing to say are not shown.
    for (QLabel *label : {m_externalId, m_created, m_id, m_sheets, m_link}) {
        int row = -1;
        QFormLayout::ItemRole role;
        m_details->getWidgetPosition(label, &row, &role);
        m_details->setRowVisible(row, !label->text().isEmpty());
    }
    m_uploads->setEnabled(has);
    updateImportButton();
}

void CompanyView::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void CompanyView::addFiles(const QStringList &paths)
{
    m_uploads->addFiles(paths);
}

void CompanyView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_company.id.isEmpty() && !UploadPanel::localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        m_uploads->setDropHighlight(true);
    }
}

void CompanyView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_company.id.isEmpty() && !UploadPanel::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CompanyView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_uploads->setDropHighlight(false);
}

void CompanyView::dropEvent(QDropEvent *event)
{
    m_uploads->setDropHighlight(false);
    const QStringList files = UploadPanel::localFiles(event->mimeData());
    if (m_company.id.isEmpty() || files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

void CompanyView::updateImportButton()
{
    const bool ready = !m_uploads->readyFiles().isEmpty() || m_uploads->hasReadyRows();
    m_import->setEnabled(!m_company.id.isEmpty() && ready && !m_uploads->isBusy() && !m_importing);
    if (m_uploads->isBusy())
        m_import->setToolTip(tr("Waits for the files still on their way"));
    else if (!ready)
        m_import->setToolTip(tr("Add files first"));
    else
        m_import->setToolTip({});
}

void CompanyView::startImport()
{
    const QList<app::ImportFile> files = m_uploads->readyFiles();
    const bool rows = files.isEmpty();
    app::CreateOperation *operation =
        rows ? m_services.creates()->startImport(m_company.id, m_uploads->readyRows())
             : m_services.creates()->startImport(m_company.id, files);
    m_importing = operation;
    m_importStatus->setText(rows ? tr("Starting an import with the inline rows…")
                                 : tr("Starting an import with %n file(s)…", nullptr, int(files.size())));
    const QString companyId = m_company.id;
    connect(operation, &app::CreateOperation::finished, this, [this, operation, rows, companyId] {
        m_importing = nullptr;
        if (companyId != m_company.id) {
            updateImportButton();
            return;
        }
        using Outcome = app::CreateOperation::Outcome;
        switch (operation->outcome()) {
        case Outcome::Created:
        case Outcome::Recovered:
        case Outcome::Reopened:
            m_uploads->markImported(rows, operation->run().runId);
            m_importStatus->setText(tr("Import started: run %1 (%2) — followed in the Runs page")
                                        .arg(operation->run().runId, operation->run().status));
            // Services follows it already (every import that starts); list and select it here.
            m_selectRun = operation->run().runId;
            refreshRuns();
            break;
        case Outcome::Conflict:
            m_importStatus->setText(
                operation->result().activeRunId.isEmpty()
                    ? tr("Not started: %1").arg(operation->message())
                    : tr("Not started: import %1 is still running").arg(operation->result().activeRunId));
            break;
        case Outcome::Unsettled:
            m_importStatus->setText(
                tr("%1 — the console sends it again with the same key when it next connects.")
                    .arg(operation->message()));
            break;
        default:
            m_importStatus->setText(tr("Not started: %1").arg(operation->message()));
            break;
        }
        updateImportButton();
    });
    updateImportButton();
}

void CompanyView::refreshRuns()
{
    if (m_company.id.isEmpty())
        return;
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->abort();
        m_listing->deleteLater();
    }
    auto *request = new app::ListImportsRequest(m_company.id, false, this);
    m_listing = request;
    const QString companyId = m_company.id;
    connect(request, &app::ApiRequest::finished, this, [this, request, companyId] {
        request->deleteLater();
        if (m_listing == request)
            m_listing = nullptr;
        if (companyId != m_company.id || !request->result().ok())
            return;
        const QString selected = !m_selectRun.isEmpty() ? m_selectRun
                                 : m_runs->currentItem()
                                     ? m_runs->currentItem()->data(0, Qt::UserRole).toString()
                                     : QString();
        m_runs->clear();
        QLocale locale;
        for (const app::RunStatus &run : request->runs()) {
            auto *item = new QTreeWidgetItem(m_runs);
            item->setData(0, Qt::UserRole, run.id);
            item->setText(0, run.id);
            item->setText(1, RunListModel::statusText(run.status));
            item->setText(2, run.createdAt.isValid()
                                 ? locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat)
                                 : QString());
            item->setText(3, run.planVersion > 0 ? locale.toString(run.planVersion) : QString());
            if (run.id == selected)
                m_runs->setCurrentItem(item);
            updateRunRow(run.id); // the tracker may know more recent news
        }
        if (!m_selectRun.isEmpty() && m_runs->currentItem())
            m_selectRun.clear();
        m_openRun->setEnabled(m_runs->currentItem() != nullptr);
    });
    request->start(m_services.session()->connection());
}

void CompanyView::updateRunRow(const QString &runId)
{
    const app::RunTracker::Run *run = m_services.runTracker()->run(runId);
    if (!run || run->parentId != m_company.id)
        return;
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_runs->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() != runId)
            continue;
        if (!run->status.status.isEmpty())
            item->setText(1, RunListModel::statusText(run->status.status));
        if (run->status.planVersion > 0)
            item->setText(3, QLocale().toString(run->status.planVersion));
        return;
    }
}

void CompanyView::openSelectedRun()
{
    QTreeWidgetItem *item = m_runs->currentItem();
    if (!item || m_company.id.isEmpty())
        return;
    const QString runId = item->data(0, Qt::UserRole).toString();
    app::RunTracker *tracker = m_services.runTracker();
    // Followed from now on (an ended run is polled once for its report).
    if (!tracker->isTracked(runId))
        tracker->track(app::RunTracker::Kind::Import, m_company.id, runId, {}, m_company.name);
    emit openRunRequested(runId);
}

} // namespace godwit::ui
