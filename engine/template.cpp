// SPDX-License-Identifier: GPL-3.0-or-later
#include "template.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace godwit::engine {

namespace {

constexpr std::array<std::pair<RuleKind, const char *>, 14> kRuleNames{{
    {RuleKind::None, "none"},
    {RuleKind::Strict, "strict"},
    {RuleKind::Link, "link"},
    {RuleKind::Enum, "enum"},
    {RuleKind::Email, "email"},
    {RuleKind::Number, "number"},
    {RuleKind::Date, "date"},
    {RuleKind::Integer, "integer"},
    {RuleKind::Decimal, "decimal"},
    {RuleKind::Boolean, "boolean"},
    {RuleKind::DateTime, "datetime"},
    {RuleKind::Phone, "phone"},
    {RuleKind::Url, "url"},
    {RuleKind::Uuid, "uuid"},
}};

void warn(QStringList *warnings, const QString &message)
{
    if (warnings)
        warnings->append(message);
}

std::optional<double> optionalNumber(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

std::optional<int> optionalInt(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

std::optional<TemplateColumn> columnFromJson(const QJsonObject &object, const QString &templateName,
                                             QStringList *warnings)
{
    TemplateColumn column;
    column.name = object.value(QLatin1String("name")).toString().trimmed();
    if (column.name.isEmpty()) {
        warn(warnings,
             QStringLiteral("Template \"%1\": a column has no name and was skipped").arg(templateName));
        return std::nullopt;
    }
    column.description = object.value(QLatin1String("description")).toString();
    column.required = object.value(QLatin1String("required")).toBool();
    column.unique = object.value(QLatin1String("unique")).toBool();
    column.ruleName = object.value(QLatin1String("desiredRule")).toString();
    column.rule = ruleKindFromName(column.ruleName);
    if (column.rule == RuleKind::Unknown)
        warn(warnings,
             QStringLiteral("Template \"%1\", column \"%2\": unknown rule \"%3\" is kept but not checked")
                 .arg(templateName, column.name, column.ruleName));

    column.strictRule = object.value(QLatin1String("strictRule")).toString();
    if (column.rule == RuleKind::Strict) {
        if (column.strictRule.isEmpty())
            warn(warnings, QStringLiteral("Template \"%1\", column \"%2\": rule \"strict\" has no strictRule")
                               .arg(templateName, column.name));
        else if (!QRegularExpression(column.strictRule).isValid())
            warn(warnings, QStringLiteral("Template \"%1\", column \"%2\": strictRule is not a valid regular "
                                          "expression")
                               .arg(templateName, column.name));
    }
    const QJsonArray links = object.value(QLatin1String("linkRule")).toArray();
    for (const QJsonValue &link : links) {
        const QJsonObject linkObject = link.toObject();
        column.linkRule.append({linkObject.value(QLatin1String("templateId")).toString(),
                                linkObject.value(QLatin1String("columnName")).toString()});
    }
    if (column.rule == RuleKind::Link && column.linkRule.isEmpty())
        warn(warnings, QStringLiteral("Template \"%1\", column \"%2\": rule \"link\" has no linkRule")
                           .arg(templateName, column.name));
    const QJsonArray enumValues = object.value(QLatin1String("enumRule")).toArray();
    for (const QJsonValue &value : enumValues)
        column.enumValues.append(value.toString());
    column.minimum = optionalNumber(object, QLatin1String("min"));
    column.maximum = optionalNumber(object, QLatin1String("max"));
    column.minLength = optionalInt(object, QLatin1String("minLength"));
    column.maxLength = optionalInt(object, QLatin1String("maxLength"));
    return column;
}

} // namespace

QString ruleKindName(RuleKind kind)
{
    for (const auto &[k, name] : kRuleNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return QStringLiteral("unknown");
}

RuleKind ruleKindFromName(const QString &name)
{
    const QString normalised = name.trimmed().toLower();
    if (normalised.isEmpty())
        return RuleKind::None;
    for (const auto &[kind, ruleName] : kRuleNames) {
        if (normalised == QLatin1String(ruleName))
            return kind;
    }
    return RuleKind::Unknown;
}

const TemplateColumn *Template::column(const QString &columnName) const
{
    for (const TemplateColumn &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QString slugify(const QString &name)
{
    QString slug;
    slug.reserve(name.size());
    bool pendingDash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (pendingDash && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            pendingDash = false;
            slug.append(c.toLower());
        } else {
            pendingDash = true;
        }
    }
    return slug;
}

std::optional<Template> templateFromJson(const QJsonObject &object, QStringList *warnings)
{
    Template tmpl;
    tmpl.name = object.value(QLatin1String("name")).toString().trimmed();
    if (tmpl.name.isEmpty()) {
        warn(warnings, QStringLiteral("A template has no name and was skipped"));
        return std::nullopt;
    }
    tmpl.id = object.value(QLatin1String("id")).toString();
    tmpl.slug = object.value(QLatin1String("slug")).toString();
    if (tmpl.slug.isEmpty())
        tmpl.slug = slugify(tmpl.name);
    tmpl.description = object.value(QLatin1String("description")).toString();
    tmpl.active = object.value(QLatin1String("active")).toBool(true);
    const QJsonArray columns = object.value(QLatin1String("columns")).toArray();
    for (const QJsonValue &value : columns) {
        if (auto column = columnFromJson(value.toObject(), tmpl.name, warnings)) {
            if (tmpl.column(column->name)) {
                warn(warnings, QStringLiteral("Template \"%1\": duplicate column \"%2\" was skipped")
                                   .arg(tmpl.name, column->name));
                continue;
            }
            tmpl.columns.append(std::move(*column));
        }
    }
    return tmpl;
}

QList<Template> templatesFromJson(const QJsonObject &body, QStringList *warnings)
{
    QList<Template> result;
    const QJsonArray templates = body.value(QLatin1String("templates")).toArray();
    for (const QJsonValue &value : templates) {
        if (auto tmpl = templateFromJson(value.toObject(), warnings))
            result.append(std::move(*tmpl));
    }
    return result;
}

QJsonObject toJson(const TemplateColumn &column)
{
    QJsonObject object{{QLatin1String("name"), column.name},
                       {QLatin1String("description"), column.description},
                       {QLatin1String("required"), column.required},
                       {QLatin1String("unique"), column.unique},
                       {QLatin1String("desiredRule"),
                        column.rule == RuleKind::Unknown ? column.ruleName : ruleKindName(column.rule)}};
    if (!column.strictRule.isEmpty())
        object.insert(QLatin1String("strictRule"), column.strictRule);
    if (!column.linkRule.isEmpty()) {
        QJsonArray links;
        for (const LinkTarget &link : column.linkRule)
            links.append(QJsonObject{{QLatin1String("templateId"), link.templateId},
                                     {QLatin1String("columnName"), link.columnName}});
        object.insert(QLatin1String("linkRule"), links);
    }
    if (!column.enumValues.isEmpty())
        object.insert(QLatin1String("enumRule"), QJsonArray::fromStringList(column.enumValues));
    if (column.minimum)
        object.insert(QLatin1String("min"), *column.minimum);
    if (column.maximum)
        object.insert(QLatin1String("max"), *column.maximum);
    if (column.minLength)
        object.insert(QLatin1String("minLength"), *column.minLength);
    if (column.maxLength)
        object.insert(QLatin1String("maxLength"), *column.maxLength);
    return object;
}

QJsonObject toJson(const Template &tmpl)
{
    QJsonArray columns;
    for (const TemplateColumn &column : tmpl.columns)
        columns.append(toJson(column));
    return QJsonObject{{QLatin1String("id"), tmpl.id},
                       {QLatin1String("name"), tmpl.name},
                       {QLatin1String("slug"), tmpl.slug},
                       {QLatin1String("description"), tmpl.description.isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(tmpl.description)},
                       {QLatin1String("active"), tmpl.active},
                       {QLatin1String("columns"), columns}};
}

QJsonObject templatesToJson(const QList<Template> &templates)
{
    QJsonArray array;
    for (const Template &tmpl : templates)
        array.append(toJson(tmpl));
    return QJsonObject{{QLatin1String("templates"), array}};
}

} // namespace godwit::engine
