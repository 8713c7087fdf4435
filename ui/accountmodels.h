// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/types.h"
#include "engine/template.h"

#include <QAbstractTableModel>

namespace godwit::ui {

class SourcesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setSources(const QList<app::Source> &sources);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<app::Source> m_sources;
};

class TemplatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SlugColumn, ColumnsColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setTemplates(const QList<engine::Template> &templates);
    const engine::Template *templateAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<engine::Template> m_templates;
};

// The columns of one template: name, required, unique, rule, description.
class TemplateColumnsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RequiredColumn, UniqueColumn, RuleColumn, DescriptionColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // `all` resolves link targets to template names.
    void setTemplate(const engine::Template &tmpl, const QList<engine::Template> &all);
    void clear();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "strict: ^[A-Z]{2}$", "link → Companies.name", "enum: Lead, Won", "email", "—"
    static QString describeRule(const engine::TemplateColumn &column, const QList<engine::Template> &all);

private:
    QList<engine::TemplateColumn> m_columns;
    QList<engine::Template> m_all;
};

} // namespace godwit::ui
