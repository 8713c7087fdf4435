// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/migrations/migrationview.h"

#include "app/api/apiconnection.h"
#include "app/api/migrations.h"
#include "app/catalog.h"
#include "app/services.h"
#include "app/session.h"
#include "app/uploadservice.h"
#include "ui/migrations/migrationloop.h"
#include "ui/migrations/migrationpanes.h"
#include "ui/uploads/uploadpanel.h"

#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace godwit::ui {

MigrationView::MigrationView(app::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("migrationView"));
    setAccessibleName(tr("Migration"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    const auto detail = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAccessibleName(name);
        return label;
    };
    m_details = new QFormLayout;
    m_details->setContentsMargins(0, 0, 0, 0);
    m_details->setVerticalSpacing(2);
    m_source = detail(tr("Source"));
    m_details->addRow(tr("Source:"), m_source);
    m_status = detail(tr("Status"));
    m_details->addRow(tr("Status:"), m_status);
    m_templates = detail(tr("Templates"));
    m_details->addRow(tr("Templates:"), m_templates);
    m_externalId = detail(tr("External ID"));
    m_details->addRow(tr("External ID:"), m_externalId);
    m_created = detail(tr("Created"));
    m_details->addRow(tr("Created:"), m_created);
    layout->addLayout(m_details);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("migrationBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Notice"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_loop = new MigrationLoop(services, this);
    layout->addWidget(m_loop);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("migrationTabs"));
    m_tabs->setAccessibleName(tr("Migration pages"));
    auto *filesPage = new QWidget(m_tabs);
    auto *filesLayout = new QVBoxLayout(filesPage);
    m_uploads = new UploadPanel(services.uploads(), false, filesPage);
    filesLayout->addWidget(m_uploads, 2);

    auto *filesHeader = new QHBoxLayout;
    auto *filesTitle = new QLabel(tr("Files the server has"), filesPage);
    QFont bold = filesTitle->font();
    bold.setBold(true);
    filesTitle->setFont(bold);
    filesHeader->addWidget(filesTitle);
    m_filesStatus = new QLabel(filesPage);
    m_filesStatus->setAccessibleName(tr("Files status"));
    filesHeader->addWidget(m_filesStatus, 1);
    m_refresh = new QPushButton(tr("Re&fresh"), filesPage);
    m_refresh->setAccessibleName(tr("List the migration's files again"));
    filesHeader->addWidget(m_refresh);
    filesLayout->addLayout(filesHeader);

    m_files = new QTableWidget(0, 4, filesPage);
    m_files->setObjectName(QStringLiteral("migrationFiles"));
    m_files->setAccessibleName(tr("Uploaded files"));
    m_files->setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("Type"), tr("Uploaded")});
    m_files->verticalHeader()->hide();
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->setAlternatingRowColors(true);
    filesTitle->setBuddy(m_files);
    filesLayout->addWidget(m_files, 1);
    m_tabs->addTab(filesPage, tr("&Files"));
    m_tabs->addTab(m_loop->previewPane(), tr("&Preview"));
    m_tabs->addTab(m_loop->threadPane(), tr("&Thread"));
    m_tabs->addTab(m_loop->reportPane(), tr("&Report"));
    layout->addWidget(m_tabs, 1);
    connect(m_loop, &MigrationLoop::previewShown, this,
            [this] { m_tabs->setCurrentWidget(m_loop->previewPane()); });
    connect(m_loop, &MigrationLoop::reportShown, this,
            [this] { m_tabs->setCurrentWidget(m_loop->reportPane()); });
    connect(m_loop, &MigrationLoop::clarifyAnswered, this,
            [this] { m_tabs->setCurrentWidget(m_loop->threadPane()); });
    connect(m_loop, &MigrationLoop::migrationChanged, this, [this](const app::Migration &migration) {
        if (migration.id != m_migration.id)
            return;
        m_migration = migration;
        showMigration();
    });

    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(150);
    connect(&m_refreshSoon, &QTimer::timeout, this, &MigrationView::refreshFiles);
    connect(m_refresh, &QPushButton::clicked, this, &MigrationView::refreshFiles);
    connect(services.uploads(), &app::UploadService::jobFinished, this, &MigrationView::onUploadFinished);
    showMigration();
}

void MigrationView::setMigration(const app::Migration &migration)
{
    const bool other = migration.id != m_migration.id;
    m_migration = migration;
    if (other) {
        m_banner->hide();
        m_files->setRowCount(0);
        m_uploads->setTarget({app::UploadTarget::Kind::Migration, migration.id});
        m_tabs->setCurrentIndex(0);
        refreshFiles();
    }
    m_loop->setMigration(migration);
    showMigration();
}

void MigrationView::showMigration()
{
    const bool has = !m_migration.id.isEmpty();
    m_title->setText(has ? m_migration.name : tr("No migration selected"));
    m_source->setText(!has                           ? QString()
                      : m_migration.source.isEmpty() ? tr("none (sourceless)")
                                                     : m_migration.source);
    m_status->setText(m_migration.status);
    QStringList templates;
    for (const app::TemplateRef &ref : m_migration.templates)
        templates.append(ref.name);
    m_templates->setText(templates.join(QStringLiteral(", ")));
    m_externalId->setText(m_migration.externalId);
    m_created->setText(m_migration.createdAt.isValid()
                           ? QLocale().toString(m_migration.createdAt.toLocalTime(), QLocale::ShortFormat)
                           : QString());
    for (QLabel *label : {m_source, m_status, m_templates, m_externalId, m_created}) {
        int row = -1;
        QFormLayout::ItemRole role;
        m_details->getWidgetPosition(label, &row, &role);
        m_details->setRowVisible(row, !label->text().isEmpty());
    }
    m_uploads->setEnabled(has);
    m_refresh->setEnabled(has);
}

void MigrationView::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void MigrationView::addFiles(const QStringList &paths)
{
    m_uploads->addFiles(paths);
}

void MigrationView::onUploadFinished(app::UploadJob *job)
{
    if (job->target().kind == app::UploadTarget::Kind::Migration && job->target().id == m_migration.id &&
        job->state() == app::UploadJob::State::Done)
        m_refreshSoon.start();
}

void MigrationView::refreshFiles()
{
    if (m_migration.id.isEmpty())
        return;
    if (m_listing)
        m_listing->deleteLater();
    if (m_files->rowCount() == 0)
        m_filesStatus->setText(tr("Loading…"));
    const QString id = m_migration.id;
    m_listing = new app::ListMigrationFilesRequest(id, this);
    connect(m_listing, &app::ApiRequest::finished, this, [this, id, request = m_listing.data()] {
        request->deleteLater();
        if (id != m_migration.id)
            return;
        if (!request->result().ok()) {
            m_filesStatus->setText(tr("Could not list the files: %1").arg(request->result().message));
            return;
        }
        const QLocale locale;
        const QList<app::UploadedFile> &files = request->files();
        m_files->setRowCount(int(files.size()));
        for (int row = 0; row < files.size(); ++row) {
            const app::UploadedFile &file = files.at(row);
            auto *name = new QTableWidgetItem(file.name);
            name->setToolTip(file.storagePath);
            m_files->setItem(row, 0, name);
            m_files->setItem(
                row, 1,
                new QTableWidgetItem(file.size >= 0 ? locale.formattedDataSize(file.size) : QString()));
            m_files->setItem(row, 2, new QTableWidgetItem(file.contentType));
            m_files->setItem(row, 3,
                             new QTableWidgetItem(
                                 file.uploadedAt.isValid()
                                     ? locale.toString(file.uploadedAt.toLocalTime(), QLocale::ShortFormat)
                                     : QString()));
        }
        m_files->resizeColumnsToContents();
        m_files->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_filesStatus->setText(tr("%n file(s)", nullptr, int(files.size())));
        m_loop->setHasFiles(!files.isEmpty());
        emit filesListed();
    });
    m_listing->start(m_services.session()->connection());

    // The first file moves a migration from awaiting_files to ready.
    if (m_reading)
        m_reading->deleteLater();
    m_reading = new app::GetMigrationRequest(id, this);
    connect(m_reading, &app::ApiRequest::finished, this, [this, id, request = m_reading.data()] {
        request->deleteLater();
        if (id != m_migration.id || !request->result().ok())
            return;
        m_migration = request->migration();
        m_services.catalog()->upsert(m_migration);
        m_loop->setMigration(m_migration);
        showMigration();
    });
    m_reading->start(m_services.session()->connection());
}

void MigrationView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_migration.id.isEmpty() && !UploadPanel::localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        m_uploads->setDropHighlight(true);
    }
}

void MigrationView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_migration.id.isEmpty() && !UploadPanel::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MigrationView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_uploads->setDropHighlight(false);
}

void MigrationView::dropEvent(QDropEvent *event)
{
    m_uploads->setDropHighlight(false);
    const QStringList files = UploadPanel::localFiles(event->mimeData());
    if (m_migration.id.isEmpty() || files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace godwit::ui
