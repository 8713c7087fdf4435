// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace godwit::app {
class Services;
class RunTracker;
} // namespace godwit::app

namespace godwit::ui {

// Every run the tracker follows, most recent first: company or migration, kind, status, elapsed
// time, plan version.
class RunListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, StatusColumn, ElapsedColumn, PlanColumn, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit RunListModel(app::Services &services, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString keyAt(int row) const { return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString(); }
    int rowOf(const QString &key) const { return int(m_keys.indexOf(key)); }
    // Elapsed times of runs still going move on: the view calls this once a second.
    void refreshElapsed();

    // The company's or migration's name (else its id).
    static QString nameOf(app::Services &services, const QString &key);
    static QString statusText(const QString &status);
    static QString elapsedText(qint64 ms);

private:
    void reload();

    app::Services &m_services;
    app::RunTracker *m_tracker;
    QStringList m_keys;
};

} // namespace godwit::ui
