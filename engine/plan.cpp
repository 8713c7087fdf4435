// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan.h"

#include <QJsonArray>

namespace godwit::engine {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// The plan's names: "" (undecided), or the engine's names of dates.h and numbers.h.
std::optional<DateOrder> planDateOrder(const QString &name)
{
    if (name.isEmpty())
        return DateOrder::Unknown;
    const DateOrder order = dateOrderFromName(name);
    return order == DateOrder::Unknown ? std::nullopt : std::optional(order);
}

std::optional<DecimalStyle> planDecimalStyle(const QString &name)
{
    if (name.isEmpty())
        return DecimalStyle::Auto;
    const DecimalStyle style = decimalStyleFromName(name);
    return style == DecimalStyle::Auto ? std::nullopt : std::optional(style);
}

QJsonObject columnJson(const PlanColumn &c)
{
    QJsonObject o{{key("column"), c.column}};
    if (!c.source.isEmpty())
        o.insert(key("source"), c.source);
    if (c.sourceIndex >= 0)
        o.insert(key("source_index"), c.sourceIndex);
    if (c.pinned)
        o.insert(key("pinned"), true);
    if (c.dateOrder != DateOrder::Unknown)
        o.insert(key("date_order"), dateOrderName(c.dateOrder));
    if (c.decimalStyle != DecimalStyle::Auto)
        o.insert(key("decimal_style"), decimalStyleName(c.decimalStyle));
    if (!c.defaultRegion.isEmpty())
        o.insert(key("default_region"), c.defaultRegion);
    if (!c.enumAliases.isEmpty()) {
        QJsonObject aliases;
        for (auto it = c.enumAliases.cbegin(); it != c.enumAliases.cend(); ++it)
            aliases.insert(it.key(), it.value());
        o.insert(key("enum_aliases"), aliases);
    }
    if (c.onInvalid)
        o.insert(key("on_invalid"), *c.onInvalid);
    if (c.dropInvalidRows)
        o.insert(key("drop_invalid_rows"), true);
    return o;
}

std::optional<PlanColumn> columnFromJson(const QJsonObject &o, const QString &where, QString *error)
{
    auto fail = [&](const QString &what) -> std::optional<PlanColumn> {
        if (error)
            *error = where + QStringLiteral(": ") + what;
        return std::nullopt;
    };
    PlanColumn c;
    c.column = o.value(key("column")).toString();
    if (c.column.isEmpty())
        return fail(QStringLiteral("column: a template column name is required"));
    c.source = o.value(key("source")).toString();
    const QJsonValue index = o.value(key("source_index"));
    if (!index.isUndefined()) {
        if (!index.isDouble() || index.toDouble() < 0 || index.toDouble() != double(index.toInt()))
            return fail(QStringLiteral("source_index: must be a non-negative integer"));
        c.sourceIndex = index.toInt();
    }
    c.pinned = o.value(key("pinned")).toBool();
    const std::optional<DateOrder> order = planDateOrder(o.value(key("date_order")).toString());
    if (!order)
        return fail(QStringLiteral("date_order: must be day-first or month-first"));
    c.dateOrder = *order;
    const std::optional<DecimalStyle> style = planDecimalStyle(o.value(key("decimal_style")).toString());
    if (!style)
        return fail(QStringLiteral("decimal_style: must be comma or point"));
    c.decimalStyle = *style;
    c.defaultRegion = o.value(key("default_region")).toString();
    const QJsonObject aliases = o.value(key("enum_aliases")).toObject();
    for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it)
        c.enumAliases.insert(it.key(), it.value().toString());
    const QJsonValue onInvalid = o.value(key("on_invalid"));
    if (onInvalid.isString())
        c.onInvalid = onInvalid.toString();
    else if (!onInvalid.isUndefined() && !onInvalid.isNull())
        return fail(QStringLiteral("on_invalid: must be a string"));
    c.dropInvalidRows = o.value(key("drop_invalid_rows")).toBool();
    return c;
}

} // namespace

const PlanColumn *SheetPlan::column(const QString &name) const
{
    for (const PlanColumn &c : columns)
        if (c.column == name)
            return &c;
    return nullptr;
}

PlanColumn &SheetPlan::columnFor(const QString &name)
{
    for (PlanColumn &c : columns)
        if (c.column == name)
            return c;
    columns.append(PlanColumn{});
    columns.last().column = name;
    return columns.last();
}

ColumnOptions SheetPlan::options(const TemplateColumn &tc) const
{
    ColumnOptions options;
    if (const PlanColumn *c = column(tc.name)) {
        options.dateOrder = c->dateOrder;
        options.decimalStyle = c->decimalStyle;
        options.defaultRegion = c->defaultRegion;
        options.enumAliases = c->enumAliases;
    }
    return options;
}

QList<ColumnOptions> SheetPlan::options(const Template &tmpl) const
{
    QList<ColumnOptions> list;
    list.reserve(tmpl.columns.size());
    for (const TemplateColumn &c : tmpl.columns)
        list.append(options(c));
    return list;
}

const SheetPlan *Plan::sheet(const QString &sheetId) const
{
    for (const SheetPlan &s : sheets)
        if (s.sheetId == sheetId)
            return &s;
    return nullptr;
}

SheetPlan &Plan::sheetFor(const QString &sheetId, const Template &tmpl)
{
    for (SheetPlan &s : sheets)
        if (s.sheetId == sheetId)
            return s;
    sheets.append(SheetPlan{sheetId, tmpl.id, tmpl.name, {}});
    return sheets.last();
}

QJsonObject Plan::toJson() const
{
    QJsonArray sheetsJson;
    for (const SheetPlan &s : sheets) {
        QJsonArray columnsJson;
        for (const PlanColumn &c : s.columns)
            columnsJson.append(columnJson(c));
        sheetsJson.append(QJsonObject{{key("sheet_id"), s.sheetId},
                                      {key("template_id"), s.templateId},
                                      {key("template_name"), s.templateName},
                                      {key("columns"), columnsJson}});
    }
    QJsonObject o{{key("version"), version}, {key("sheets"), sheetsJson}};
    if (!note.isEmpty())
        o.insert(key("note"), note);
    return o;
}

std::optional<Plan> Plan::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &what) -> std::optional<Plan> {
        if (error)
            *error = what;
        return std::nullopt;
    };
    Plan plan;
    const QJsonValue version = object.value(key("version"));
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt()))
            return fail(QStringLiteral("version: must be an integer from 1"));
        plan.version = version.toInt();
    }
    plan.note = object.value(key("note")).toString();
    const QJsonValue sheets = object.value(key("sheets"));
    if (!sheets.isUndefined() && !sheets.isArray())
        return fail(QStringLiteral("sheets: must be an array"));
    const QJsonArray sheetArray = sheets.toArray();
    for (qsizetype i = 0; i < sheetArray.size(); ++i) {
        const QString where = QStringLiteral("sheets[%1]").arg(i);
        const QJsonObject s = sheetArray.at(i).toObject();
        SheetPlan sheet;
        sheet.sheetId = s.value(key("sheet_id")).toString();
        sheet.templateId = s.value(key("template_id")).toString();
        sheet.templateName = s.value(key("template_name")).toString();
        if (sheet.sheetId.isEmpty())
            return fail(where + QStringLiteral(".sheet_id: required"));
        if (plan.sheet(sheet.sheetId))
            return fail(where + QStringLiteral(".sheet_id: %1 appears twice").arg(sheet.sheetId));
        const QJsonArray columns = s.value(key("columns")).toArray();
        for (qsizetype j = 0; j < columns.size(); ++j) {
            const QString cwhere = where + QStringLiteral(".columns[%1]").arg(j);
            const std::optional<PlanColumn> c = columnFromJson(columns.at(j).toObject(), cwhere, error);
            if (!c)
                return std::nullopt;
            if (sheet.column(c->column))
                return fail(cwhere + QStringLiteral(".column: %1 appears twice").arg(c->column));
            sheet.columns.append(*c);
        }
        plan.sheets.append(sheet);
    }
    return plan;
}

std::optional<Plan> Plan::applied(const QList<FixAction> &actions, const QList<Template> &templates,
                                  const QString &note, QString *error) const
{
    auto fail = [error](const QString &what) -> std::optional<Plan> {
        if (error)
            *error = what;
        return std::nullopt;
    };
    auto templateById = [&templates](const QString &id) -> const Template * {
        for (const Template &t : templates)
            if (t.id == id)
                return &t;
        return nullptr;
    };
    Plan next = *this;
    next.version = version + 1;
    next.note = note;
    for (const FixAction &a : actions) {
        const SheetPlan *existing = next.sheet(a.sheetId);
        const Template *tmpl = templateById(existing ? existing->templateId : a.sheetId);
        if (!tmpl)
            return fail(QStringLiteral("sheet_id: unknown sheet %1").arg(a.sheetId));
        if (!tmpl->column(a.column))
            return fail(QStringLiteral("column: %1 has no column %2").arg(tmpl->name, a.column));
        PlanColumn &c = next.sheetFor(a.sheetId, *tmpl).columnFor(a.column);
        const QString value = a.value.value_or(QString());
        if (a.action == u"set_value") {
            c.onInvalid = value;
        } else if (a.action == u"delete_invalid_rows") {
            c.dropInvalidRows = true;
        } else if (a.action == u"set_date_order") {
            c.dateOrder = dateOrderFromName(value);
        } else if (a.action == u"set_decimal_style") {
            c.decimalStyle = decimalStyleFromName(value);
        } else if (a.action == u"set_default_region") {
            c.defaultRegion = value.toUpper();
        } else if (a.action == u"map_enum_alias") {
            c.enumAliases.insert(a.alias, value);
        } else if (a.action == u"map_column") {
            c.source = value;
            c.sourceIndex = -1;
            c.pinned = true;
        } else {
            return fail(QStringLiteral("action: unknown action %1").arg(a.action));
        }
    }
    return next;
}

} // namespace godwit::engine
