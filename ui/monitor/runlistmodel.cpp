// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/runlistmodel.h"

#include "app/catalog.h"
#include "app/runtracker.h"
#include "app/services.h"

#include <QColor>
#include <QLocale>

namespace godwit::ui {

RunListModel::RunListModel(app::Services &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_tracker(services.runTracker())
{
    m_keys = m_tracker->keys();
    connect(m_tracker, &app::RunTracker::runAdded, this, &RunListModel::reload);
    connect(m_tracker, &app::RunTracker::runRemoved, this, &RunListModel::reload);
    connect(m_tracker, &app::RunTracker::runChanged, this, [this](const QString &key) {
        const int row = rowOf(key);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    const auto names = [this] {
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, NameColumn), index(int(m_keys.size()) - 1, NameColumn));
    };
    connect(services.catalog(), &app::Catalog::companiesChanged, this, names);
    connect(services.catalog(), &app::Catalog::migrationsChanged, this, names);
}

void RunListModel::reload()
{
    beginResetModel();
    m_keys = m_tracker->keys();
    endResetModel();
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::statusText(const QString &status)
{
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("needs_attention"))
        return tr("Needs attention");
    if (status == QLatin1String("blocked"))
        return tr("Blocked");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("canceled") || status == QLatin1String("cancelled"))
        return tr("Canceled");
    if (status == QLatin1String("awaiting_approval"))
        return tr("Preview ready");
    if (status.isEmpty())
        return tr("Not yet polled");
    return status; // a status we do not know, as the server says it
}

QString RunListModel::elapsedText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString RunListModel::nameOf(app::Services &services, const QString &key)
{
    const app::RunTracker::Run *run = services.runTracker()->run(key);
    if (!run)
        return {};
    if (run->kind == app::RunTracker::Kind::Import) {
        if (const auto company = services.catalog()->company(run->parentId))
            return company->name;
    } else if (const auto migration = services.catalog()->migration(run->parentId)) {
        return migration->name;
    }
    return run->label.isEmpty() ? run->parentId : run->label;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const QString key = m_keys.at(index.row());
    const app::RunTracker::Run *run = m_tracker->run(key);
    if (!run)
        return {};
    if (role == KeyRole)
        return key;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return nameOf(m_services, key);
        case KindColumn:
            if (run->kind == app::RunTracker::Kind::Import)
                return tr("Import");
            //: A migration run of this kind ("generate", "update", …) as the server names it
            return run->status.kind.isEmpty() ? tr("Migration run") : tr("Run: %1").arg(run->status.kind);
        case StatusColumn:
            if (run->lost)
                return tr("Unknown to the server");
            if (!run->lastError.isEmpty() && run->polling)
                return tr("%1 (last poll failed)").arg(statusText(run->status.status));
            return statusText(run->status.status);
        case ElapsedColumn:
            return elapsedText(run->elapsedMs());
        case PlanColumn:
            return run->status.planVersion > 0 ? QLocale().toString(run->status.planVersion) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn && !run->lastError.isEmpty())
            return run->lastError;
        if (index.column() == NameColumn)
            return tr("Run %1").arg(run->runId);
        if (index.column() == StatusColumn)
            return run->status.progressMessage.isEmpty() ? run->status.error : run->status.progressMessage;
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        const QString &s = run->status.status;
        if (s == QLatin1String("failed") || run->lost)
            return QColor(0xb0, 0x2a, 0x1e);
        if (app::RunStatus::needsAttentionStatus(s))
            return QColor(0xa8, 0x5a, 0x00);
        if (s == QLatin1String("completed"))
            return QColor(0x1f, 0x7a, 0x3a);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ElapsedColumn || index.column() == PlanColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Company or migration");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ElapsedColumn:
        return tr("Elapsed");
    case PlanColumn:
        return tr("Plan version");
    default:
        return {};
    }
}

void RunListModel::refreshElapsed()
{
    for (int row = 0; row < m_keys.size(); ++row) {
        const app::RunTracker::Run *run = m_tracker->run(m_keys.at(row));
        if (run && run->polling)
            emit dataChanged(index(row, ElapsedColumn), index(row, ElapsedColumn), {Qt::DisplayRole});
    }
}

} // namespace godwit::ui
