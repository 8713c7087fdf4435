// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/reviewquestions.h"

namespace godwit::ui {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString quoted(const QString &value)
{
    return QStringLiteral("“") + value + QStringLiteral("”");
}

} // namespace

SampleChange ReviewText::apply(const QString &before, const QJsonArray &actions)
{
    SampleChange change{before, before, false};
    for (const QJsonValue &value : actions) {
        const QJsonObject action = value.toObject();
        const QString kind = str(action, "action");
        const QString to = str(action, "value");
        if (kind == QLatin1String("set_value")) {
            change.after = to.isEmpty() ? tr("(empty)") : to;
            change.changed = true;
        } else if (kind == QLatin1String("delete_invalid_rows")) {
            change.after = tr("(row left out)");
            change.changed = true;
        } else if (kind == QLatin1String("map_enum_alias")) {
            if (str(action, "alias").compare(change.after, Qt::CaseInsensitive) == 0) {
                change.after = to;
                change.changed = true;
            }
        } else if (kind == QLatin1String("set_date_order")) {
            change.after = to == QLatin1String("month-first") ? tr("%1 (read month first)").arg(change.after)
                                                              : tr("%1 (read day first)").arg(change.after);
            change.changed = true;
        } else if (kind == QLatin1String("set_decimal_style")) {
            change.after = to == QLatin1String("comma")
                               ? tr("%1 (read with a decimal comma)").arg(change.after)
                               : tr("%1 (read with a decimal point)").arg(change.after);
            change.changed = true;
        } else if (kind == QLatin1String("set_default_region")) {
            change.after = tr("%1 (read as a number of %2)").arg(change.after, to);
            change.changed = true;
        } else if (kind == QLatin1String("map_column")) {
            change.after = to.isEmpty() ? tr("(column left unmapped)")
                                        : tr("(from the file's column %1)").arg(quoted(to));
            change.changed = true;
        }
    }
    if (!change.changed)
        change.after = tr("(unchanged, stays flagged)");
    return change;
}

QString ReviewText::describe(const QJsonObject &action)
{
    const QString kind = str(action, "action");
    const QString column = str(action, "column");
    const QString to = str(action, "value");
    if (kind == QLatin1String("set_value"))
        return to.isEmpty() ? tr("Clear the flagged values of %1").arg(column)
                            : tr("Set the flagged values of %1 to %2").arg(column, quoted(to));
    if (kind == QLatin1String("delete_invalid_rows"))
        return tr("Leave out the rows flagged in %1").arg(column);
    if (kind == QLatin1String("map_enum_alias"))
        return tr("Read %1 in %2 as %3").arg(quoted(str(action, "alias")), column, quoted(to));
    if (kind == QLatin1String("set_date_order"))
        return to == QLatin1String("month-first") ? tr("Read the dates in %1 month first").arg(column)
                                                  : tr("Read the dates in %1 day first").arg(column);
    if (kind == QLatin1String("set_decimal_style"))
        return to == QLatin1String("comma") ? tr("Read the numbers in %1 with a decimal comma").arg(column)
                                            : tr("Read the numbers in %1 with a decimal point").arg(column);
    if (kind == QLatin1String("set_default_region"))
        return tr("Read the phone numbers in %1 as numbers of %2").arg(column, to);
    if (kind == QLatin1String("map_column"))
        return to.isEmpty() ? tr("Leave %1 unmapped").arg(column)
                            : tr("Fill %1 from the file's column %2").arg(column, quoted(to));
    return tr("%1 on %2").arg(kind, column);
}

ReviewRequest ReviewText::fromRun(const QJsonObject &run)
{
    ReviewRequest request;
    request.status = str(run, "status");
    request.planVersion = run.value(QLatin1String("plan_version")).toInt();
    const QJsonObject report = run.value(QLatin1String("report")).toObject();
    if (report.contains(QLatin1String("invalidCellCount")))
        request.flaggedRows = qint64(report.value(QLatin1String("invalidCellCount")).toDouble());

    QJsonArray questions;
    if (request.isDecision()) {
        const QJsonObject attention = run.value(QLatin1String("needs_attention")).toObject();
        questions = attention.value(QLatin1String("questions")).toArray();
        request.proposedPatch = attention.value(QLatin1String("proposed_patch")).toObject();
        request.patchSummary = str(request.proposedPatch, "summary");
    } else {
        questions = run.value(QLatin1String("questions")).toArray();
    }
    const QJsonArray patchActions = request.proposedPatch.value(QLatin1String("actions")).toArray();

    for (const QJsonValue &value : questions) {
        const QJsonObject q = value.toObject();
        ReviewQuestion question;
        question.id = str(q, "id");
        question.prompt = q.contains(QLatin1String("prompt")) ? str(q, "prompt") : str(q, "question");
        question.context = str(q, "context");
        question.allowCustom =
            q.value(QLatin1String("allow_custom")).toBool() || q.value(QLatin1String("allowCustom")).toBool();
        const QJsonObject target = q.value(QLatin1String("target")).toObject();
        question.sheetId = str(target, "sheet_id");
        question.column = str(target, "column");
        question.error = str(target, "error");
        if (target.contains(QLatin1String("affected_count")))
            question.affected = qint64(target.value(QLatin1String("affected_count")).toDouble());
        for (const QJsonValue &sample : target.value(QLatin1String("sample_values")).toArray())
            question.samples.append(sample.toString());
        for (const QJsonValue &column : q.value(QLatin1String("relevant_columns")).toArray())
            question.relevantColumns.append(column.toString());
        for (const QJsonValue &option : q.value(QLatin1String("options")).toArray())
            question.options.append({str(option.toObject(), "id"), str(option.toObject(), "label")});
        for (const QJsonValue &action : patchActions) {
            const QJsonObject a = action.toObject();
            if (!question.column.isEmpty() && str(a, "column") == question.column &&
                (question.sheetId.isEmpty() || str(a, "sheet_id") == question.sheetId))
                question.actions.append(a);
        }
        for (const QString &sample : std::as_const(question.samples))
            question.changes.append(apply(sample, question.actions));
        request.questions.append(question);
    }
    return request;
}

} // namespace godwit::ui
