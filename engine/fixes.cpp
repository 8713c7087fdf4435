// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/fixes.h"

#include <QJsonArray>

namespace godwit::engine {

namespace {

const QString kSetValue = QStringLiteral("set_value");
const QString kDeleteRows = QStringLiteral("delete_invalid_rows");
const QString kDateOrder = QStringLiteral("set_date_order");
const QString kDecimalStyle = QStringLiteral("set_decimal_style");
const QString kRegion = QStringLiteral("set_default_region");
const QString kEnumAlias = QStringLiteral("map_enum_alias");
const QString kMapColumn = QStringLiteral("map_column");

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

QString rowsWord(qint64 n)
{
    return n == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(n);
}

// "1 row has" / "3 rows have".
QString rowsVerb(qint64 n, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(rowsWord(n), n == 1 ? singular : plural);
}

FixAction action(const QString &sheet, const QString &name, const QString &column,
                 std::optional<QString> value = std::nullopt)
{
    return FixAction{sheet, name, column, std::move(value), {}};
}

bool isDateRule(CellRule r)
{
    return r == CellRule::Date || r == CellRule::DateTime;
}

bool isNumberRule(CellRule r)
{
    return r == CellRule::Number || r == CellRule::Decimal || r == CellRule::Integer || r == CellRule::Min ||
           r == CellRule::Max;
}

// What the values of a column are called in labels ("Clear the e-mail").
QString clearLabel(CellRule rule)
{
    switch (rule) {
    case CellRule::Email:
        return QStringLiteral("Clear the e-mail");
    case CellRule::Phone:
        return QStringLiteral("Clear the phone number");
    case CellRule::Unique:
        return QStringLiteral("Clear the repeated values");
    default:
        return QStringLiteral("Clear the value");
    }
}

QString describe(const FixAction &a)
{
    const QString col = quoted(a.column);
    const QString value = a.value.value_or(QString());
    if (a.action == kDeleteRows)
        return QStringLiteral("delete the rows flagged in %1").arg(col);
    if (a.action == kSetValue)
        return value.isEmpty() ? QStringLiteral("clear the flagged values of %1").arg(col)
                               : QStringLiteral("set the flagged values of %1 to %2").arg(col, quoted(value));
    if (a.action == kDateOrder)
        return QStringLiteral("read the dates in %1 %2")
            .arg(col, value == QLatin1String("month-first") ? QStringLiteral("month first")
                                                            : QStringLiteral("day first"));
    if (a.action == kDecimalStyle)
        return QStringLiteral("read the numbers in %1 with a decimal %2").arg(col, value);
    if (a.action == kRegion)
        return QStringLiteral("read the phone numbers in %1 as %2 numbers").arg(col, value);
    if (a.action == kEnumAlias)
        return QStringLiteral("read %1 in %2 as %3").arg(quoted(a.alias), col, quoted(value));
    if (a.action == kMapColumn)
        return value.isEmpty() ? QStringLiteral("leave %1 unmapped").arg(col)
                               : QStringLiteral("fill %1 from the file's column %2").arg(col, quoted(value));
    return QStringLiteral("%1 %2").arg(a.action, col);
}

struct Group {
    const QString &sheet;
    const TemplateColumn &column;
    const ColumnOptions &options;
    CellRule rule;
    qint64 count;
    qint64 ambiguous;
    QStringList samples;
    bool samplesComplete; // every distinct failing value is in `samples`
};

FixOption deleteOption(const Group &g)
{
    return {QStringLiteral("delete_rows"),
            QStringLiteral("Delete these rows"),
            {action(g.sheet, kDeleteRows, g.column.name)}};
}

FixOption clearOption(const Group &g)
{
    return {
        QStringLiteral("clear"), clearLabel(g.rule), {action(g.sheet, kSetValue, g.column.name, QString())}};
}

// The usual choice for invalid values: clear them when the column may be empty, else drop the rows.
QList<FixAction> dropOrClear(const Group &g)
{
    if (g.column.required || g.rule == CellRule::Unique)
        return {action(g.sheet, kDeleteRows, g.column.name)};
    return {action(g.sheet, kSetValue, g.column.name, QString())};
}

FixQuestion question(const Group &g)
{
    FixQuestion q;
    q.sheetId = g.sheet;
    q.column = g.column.name;
    q.affectedCount = g.count;
    q.sampleValues = g.samples;
    q.error = cellRuleName(g.rule);
    q.relevantColumns = {g.column.name};
    const QString col = quoted(g.column.name);
    const QString rows = rowsWord(g.count);

    if (isDateRule(g.rule) && g.ambiguous > 0) {
        q.prompt = QStringLiteral("Are the dates in %1 day first or month first?").arg(col);
        q.context = QStringLiteral("%1 could be read either way (like 03/04/2024).").arg(rows);
        q.options = {{QStringLiteral("day_first"),
                      QStringLiteral("Day first (31/12)"),
                      {action(g.sheet, kDateOrder, g.column.name, QStringLiteral("day-first"))}},
                     {QStringLiteral("month_first"),
                      QStringLiteral("Month first (12/31)"),
                      {action(g.sheet, kDateOrder, g.column.name, QStringLiteral("month-first"))}}};
        const bool month = g.options.dateOrder == DateOrder::MonthFirst;
        q.proposed = q.options[month ? 1 : 0].actions;
        return q;
    }
    if (isNumberRule(g.rule) && g.ambiguous > 0) {
        q.prompt = QStringLiteral("Do the numbers in %1 use a decimal comma or a decimal point?").arg(col);
        q.context = QStringLiteral("%1 could be read either way (like 1.234 or 1,234).").arg(rows);
        q.options = {{QStringLiteral("decimal_comma"),
                      QStringLiteral("Decimal comma (1.234,56)"),
                      {action(g.sheet, kDecimalStyle, g.column.name, QStringLiteral("comma"))}},
                     {QStringLiteral("decimal_point"),
                      QStringLiteral("Decimal point (1,234.56)"),
                      {action(g.sheet, kDecimalStyle, g.column.name, QStringLiteral("point"))}}};
        q.proposed = q.options[1].actions;
        return q;
    }
    switch (g.rule) {
    case CellRule::Required:
        q.prompt = QStringLiteral("%1 is required. What should go into the empty cells?").arg(col);
        q.context = QStringLiteral("%1 no value in %2.")
                        .arg(rowsVerb(g.count, QStringLiteral("has"), QStringLiteral("have")), col);
        q.options = {{QStringLiteral("leave_empty"), QStringLiteral("Leave empty"), {}}, deleteOption(g)};
        q.allowCustom = true;
        q.customAction = kSetValue;
        q.proposed = {action(g.sheet, kDeleteRows, g.column.name)};
        return q;
    case CellRule::Phone:
        if (g.options.defaultRegion.isEmpty()) {
            q.prompt = QStringLiteral("Which country are the phone numbers in %1 from?").arg(col);
            q.context = QStringLiteral("%1 phone numbers without a country code (+…). Answer with a "
                                       "country code such as DE or US.")
                            .arg(rowsVerb(g.count, QStringLiteral("has"), QStringLiteral("have")));
            q.allowCustom = true;
            q.customAction = kRegion;
            break;
        }
        q.prompt = QStringLiteral("What should happen to the invalid phone numbers in %1?").arg(col);
        q.context = QStringLiteral("%1 numbers that are not valid for %2.")
                        .arg(rowsVerb(g.count, QStringLiteral("has"), QStringLiteral("have")),
                             g.options.defaultRegion);
        q.allowCustom = true;
        q.customAction = kSetValue;
        break;
    case CellRule::Unique:
        q.prompt = QStringLiteral("%1 must be unique. What should happen to the repeated values?").arg(col);
        q.context = QStringLiteral("%1 a value of an earlier row.")
                        .arg(rowsVerb(g.count, QStringLiteral("repeats"), QStringLiteral("repeat")));
        break;
    case CellRule::Link:
        q.prompt = QStringLiteral("What should happen to the values of %1 that are not found?").arg(col);
        q.context = QStringLiteral("%1 to something that does not exist in the linked template.")
                        .arg(rowsVerb(g.count, QStringLiteral("refers"), QStringLiteral("refer")));
        q.allowCustom = true;
        q.customAction = kSetValue;
        break;
    default:
        q.prompt = QStringLiteral("What should happen to the invalid values in %1?").arg(col);
        q.context = QStringLiteral("%1 the %2 rule.")
                        .arg(rowsVerb(g.count, QStringLiteral("fails"), QStringLiteral("fail")),
                             cellRuleName(g.rule));
        q.allowCustom = true;
        q.customAction = kSetValue;
        break;
    }
    q.options = {deleteOption(g)};
    if (!g.column.required)
        q.options.append(clearOption(g));
    // Enum: when every distinct bad value is known, offer to read them all as one enum value.
    if (g.rule == CellRule::Enum && g.samplesComplete && g.column.enumValues.size() <= 10) {
        for (qsizetype i = 0; i < g.column.enumValues.size(); ++i) {
            const QString &target = g.column.enumValues[i];
            FixOption o{
                QStringLiteral("use_%1").arg(i), QStringLiteral("Read them as %1").arg(quoted(target)), {}};
            for (const QString &sample : g.samples) {
                FixAction a = action(g.sheet, kEnumAlias, g.column.name, target);
                a.alias = sample.trimmed();
                if (!o.actions.contains(a)) // " Kunde" and "Kunde" are one alias
                    o.actions.append(a);
            }
            q.options.append(o);
        }
    }
    q.proposed = dropOrClear(g);
    return q;
}

QJsonArray actionsJson(const QList<FixAction> &actions)
{
    QJsonArray array;
    for (const FixAction &a : actions)
        array.append(a.toJson());
    return array;
}

} // namespace

QStringList knownFixActions()
{
    return {kSetValue, kDeleteRows, kDateOrder, kDecimalStyle, kRegion, kEnumAlias, kMapColumn};
}

QJsonObject FixAction::toJson() const
{
    QJsonObject o{{QStringLiteral("sheet_id"), sheetId},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("column"), column}};
    if (value)
        o.insert(QStringLiteral("value"), *value);
    if (action == kEnumAlias)
        o.insert(QStringLiteral("alias"), alias);
    return o;
}

std::optional<FixAction> FixAction::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<FixAction> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    FixAction a;
    a.sheetId = object.value(QStringLiteral("sheet_id")).toString();
    a.action = object.value(QStringLiteral("action")).toString();
    a.column = object.value(QStringLiteral("column")).toString();
    if (!knownFixActions().contains(a.action))
        return fail(QStringLiteral("unknown action: %1").arg(a.action));
    if (a.sheetId.isEmpty())
        return fail(QStringLiteral("action without sheet_id"));
    if (a.column.isEmpty())
        return fail(QStringLiteral("action %1 without column").arg(a.action));
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (value.isString())
        a.value = value.toString();
    else if (!value.isUndefined() && !value.isNull())
        return fail(QStringLiteral("action %1: value must be a string").arg(a.action));
    if (a.action != kDeleteRows && !a.value)
        return fail(QStringLiteral("action %1 without value").arg(a.action));
    if (a.action == kDateOrder && *a.value != QLatin1String("day-first") &&
        *a.value != QLatin1String("month-first"))
        return fail(QStringLiteral("set_date_order: value must be day-first or month-first"));
    if (a.action == kDecimalStyle && *a.value != QLatin1String("comma") && *a.value != QLatin1String("point"))
        return fail(QStringLiteral("set_decimal_style: value must be comma or point"));
    if (a.action == kRegion) {
        const QString region = a.value->trimmed().toUpper();
        if (region.size() != 2 || !region[0].isLetter() || !region[1].isLetter())
            return fail(QStringLiteral("set_default_region: value must be a two-letter country code"));
        a.value = region;
    }
    if (a.action == kEnumAlias) {
        a.alias = object.value(QStringLiteral("alias")).toString();
        if (a.alias.isEmpty())
            return fail(QStringLiteral("map_enum_alias without alias"));
    }
    return a;
}

QJsonObject FixQuestion::toJson() const
{
    QJsonArray options;
    for (const FixOption &o : this->options)
        options.append(QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("label"), o.label}});
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("context"), context},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("sheet_id"), sheetId},
                     {QStringLiteral("column"), column},
                     {QStringLiteral("affected_count"), double(affectedCount)},
                     {QStringLiteral("sample_values"), QJsonArray::fromStringList(sampleValues)},
                     {QStringLiteral("error"), error}}},
        {QStringLiteral("relevant_columns"), QJsonArray::fromStringList(relevantColumns)},
        {QStringLiteral("options"), options},
        {QStringLiteral("allow_custom"), allowCustom},
    };
}

std::optional<QList<FixAction>> FixQuestion::actionsFor(const QString &answer, QString *error) const
{
    for (const FixOption &o : options) {
        if (answer == o.id || answer == o.label)
            return o.actions;
    }
    const QString custom = answer.trimmed();
    if (!allowCustom || custom.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: not one of the options").arg(id);
        return std::nullopt;
    }
    QJsonObject json = action(sheetId, customAction, column, custom).toJson();
    QString why;
    const std::optional<FixAction> a = FixAction::fromJson(json, &why);
    if (!a) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(id, why);
        return std::nullopt;
    }
    return QList<FixAction>{*a};
}

QJsonObject ProposedPatch::toJson() const
{
    return QJsonObject{{QStringLiteral("summary"), summary},
                       {QStringLiteral("actions"), actionsJson(actions)}};
}

std::optional<ProposedPatch> ProposedPatch::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue actions = object.value(QStringLiteral("actions"));
    if (!actions.isArray()) {
        if (error)
            *error = QStringLiteral("patch without actions");
        return std::nullopt;
    }
    ProposedPatch patch;
    for (const QJsonValue &v : actions.toArray()) {
        const std::optional<FixAction> a = FixAction::fromJson(v.toObject(), error);
        if (!a)
            return std::nullopt;
        patch.actions.append(*a);
    }
    patch.summary = object.value(QStringLiteral("summary")).toString();
    if (patch.summary.isEmpty())
        patch.summary = patchSummary(patch.actions);
    return patch;
}

QJsonObject ProposedFixes::toJson() const
{
    QJsonArray qs;
    for (const FixQuestion &q : questions)
        qs.append(q.toJson());
    return QJsonObject{{QStringLiteral("questions"), qs}, {QStringLiteral("proposed_patch"), patch.toJson()}};
}

std::optional<ProposedPatch> ProposedFixes::patchForAnswers(const QList<QPair<QString, QString>> &answers,
                                                            QString *error) const
{
    QHash<QString, QList<FixAction>> chosen;
    for (const auto &[id, answer] : answers) {
        const auto q = std::find_if(questions.begin(), questions.end(),
                                    [&id](const FixQuestion &x) { return x.id == id; });
        if (q == questions.end()) {
            if (error)
                *error = QStringLiteral("unknown question id: %1").arg(id);
            return std::nullopt;
        }
        const std::optional<QList<FixAction>> actions = q->actionsFor(answer, error);
        if (!actions)
            return std::nullopt;
        chosen.insert(id, *actions);
    }
    ProposedPatch result;
    for (const FixQuestion &q : questions)
        result.actions.append(chosen.contains(q.id) ? chosen.value(q.id) : q.proposed);
    result.summary = patchSummary(result.actions);
    return result;
}

QString patchSummary(const QList<FixAction> &actions)
{
    if (actions.isEmpty())
        return QStringLiteral("Keep the flagged rows as they are.");
    QStringList parts;
    for (const FixAction &a : actions)
        parts.append(describe(a));
    QString text = parts.join(QStringLiteral("; "));
    text[0] = text[0].toUpper();
    text.append(QLatin1Char('.'));
    return text;
}

ProposedFixes proposeFixes(const QList<FixSheet> &sheets)
{
    ProposedFixes fixes;
    const ColumnOptions defaults;
    for (const FixSheet &sheet : sheets) {
        if (!sheet.tmpl || !sheet.report)
            continue;
        const ValidationReport &report = *sheet.report;
        const int columns = std::min(int(sheet.tmpl->columns.size()), report.columnCount());
        for (int c = 0; c < columns; ++c) {
            const ColumnTally &tally = report.tally(c);
            for (int r = 0; r < kCellRuleCount; ++r) {
                const CellRule rule = CellRule(r);
                const RuleTally &t = tally.rule(rule);
                if (t.count == 0)
                    continue;
                const Group g{report.sheetId(),
                              sheet.tmpl->columns[c],
                              c < sheet.options.size() ? sheet.options[c] : defaults,
                              rule,
                              t.count,
                              report.ambiguousCount(c, rule),
                              t.samples,
                              t.samples.size() < report.maxSamples()};
                FixQuestion q = question(g);
                q.id = QStringLiteral("fq%1").arg(fixes.questions.size());
                fixes.patch.actions.append(q.proposed);
                fixes.questions.append(std::move(q));
            }
        }
    }
    fixes.patch.summary = patchSummary(fixes.patch.actions);
    return fixes;
}

} // namespace godwit::engine
