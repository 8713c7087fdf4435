// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accountmodels.h"

#include <QColor>
#include <QFont>

namespace godwit::ui {

void SourcesModel::setSources(const QList<app::Source> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const app::Source &source = m_sources.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == NameColumn ? source.name : source.id;
    if (role == Qt::FontRole && index.column() == IdColumn) {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Source") : tr("ID");
}

void TemplatesModel::setTemplates(const QList<engine::Template> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

const engine::Template *TemplatesModel::templateAt(int row) const
{
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

int TemplatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplatesModel::data(const QModelIndex &index, int role) const
{
    const engine::Template *tmpl = templateAt(index.row());
    if (!index.isValid() || !tmpl)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return tmpl->name;
        case SlugColumn:
            return tmpl->slug;
        case ColumnsColumn:
            return tmpl->columns.size();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tmpl->description.isEmpty() ? tmpl->name : tmpl->description;
    if (role == Qt::TextAlignmentRole && index.column() == ColumnsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !tmpl->active)
        return QColor(Qt::gray);
    return {};
}

QVariant TemplatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Template");
    case SlugColumn:
        return tr("Slug");
    case ColumnsColumn:
        return tr("Columns");
    default:
        return {};
    }
}

void TemplateColumnsModel::setTemplate(const engine::Template &tmpl, const QList<engine::Template> &all)
{
    beginResetModel();
    m_columns = tmpl.columns;
    m_all = all;
    endResetModel();
}

void TemplateColumnsModel::clear()
{
    beginResetModel();
    m_columns.clear();
    endResetModel();
}

int TemplateColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int TemplateColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TemplateColumnsModel::describeRule(const engine::TemplateColumn &column,
                                           const QList<engine::Template> &all)
{
    using engine::RuleKind;
    switch (column.rule) {
    case RuleKind::None:
        return tr("—");
    case RuleKind::Strict:
        return tr("strict: %1").arg(column.strictRule);
    case RuleKind::Link: {
        QStringList targets;
        for (const engine::LinkTarget &link : column.linkRule) {
            QString templateName = link.templateId;
            for (const engine::Template &t : all) {
                if (t.id == link.templateId)
                    templateName = t.name;
            }
            targets.append(templateName + QLatin1Char('.') + link.columnName);
        }
        return tr("link → %1").arg(targets.join(QStringLiteral(", ")));
    }
    case RuleKind::Enum:
        return tr("one of: %1").arg(column.enumValues.join(QStringLiteral(", ")));
    case RuleKind::Unknown:
        return tr("%1 (not checked by this version)").arg(column.ruleName);
    default:
        return engine::ruleKindName(column.rule);
    }
}

QVariant TemplateColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const engine::TemplateColumn &column = m_columns.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return column.name;
        case RequiredColumn:
            return column.required ? tr("required") : QString();
        case UniqueColumn:
            return column.unique ? tr("unique") : QString();
        case RuleColumn:
            return describeRule(column, m_all);
        case DescriptionColumn:
            return column.description;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == NameColumn && column.required) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant TemplateColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Column");
    case RequiredColumn:
        return tr("Required");
    case UniqueColumn:
        return tr("Unique");
    case RuleColumn:
        return tr("Rule");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace godwit::ui
