// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit::engine {

// The validation rule a template column asks for ("desiredRule" in the API).
enum class RuleKind {
    None,
    Strict, // regex in strictRule
    Link,   // value must exist in another template's column (linkRule)
    Enum,   // one of enumRule
    Email,
    Number,
    Date,
    Integer,
    Decimal,
    Boolean,
    DateTime,
    Phone,
    Url,
    Uuid,
    Unknown // a rule this engine does not know: kept verbatim and reported, never dropped
};

QString ruleKindName(RuleKind kind);
RuleKind ruleKindFromName(const QString &name);

struct LinkTarget {
    QString templateId;
    QString columnName;
    friend bool operator==(const LinkTarget &, const LinkTarget &) = default;
};

struct TemplateColumn {
    QString name;
    QString description;
    bool required = false;
    bool unique = false;
    RuleKind rule = RuleKind::None;
    QString ruleName; // desiredRule exactly as received (meaningful for Unknown)
    QString strictRule;
    QList<LinkTarget> linkRule;
    QStringList enumValues;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    friend bool operator==(const TemplateColumn &, const TemplateColumn &) = default;
};

struct Template {
    QString id;
    QString name;
    QString slug;
    QString description;
    bool active = true;
    QList<TemplateColumn> columns;

    const TemplateColumn *column(const QString &name) const;
    friend bool operator==(const Template &, const Template &) = default;
};

// "Contacts" -> "contacts", "Deal Stages" -> "deal-stages".
QString slugify(const QString &name);

// Reads the `GET /templates` shape. Problems that do not make the template unusable
// (unknown rules, a strict rule without a regex, an invalid regex) go to `warnings`;
// a template or column without a name is an error and is skipped with a warning.
QList<Template> templatesFromJson(const QJsonObject &body, QStringList *warnings = nullptr);
std::optional<Template> templateFromJson(const QJsonObject &object, QStringList *warnings = nullptr);

QJsonObject toJson(const TemplateColumn &column);
QJsonObject toJson(const Template &tmpl);
QJsonObject templatesToJson(const QList<Template> &templates); // { "templates": [...] }

} // namespace godwit::engine
