// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/cellvalidator.h"
#include "engine/report.h"
#include "engine/template.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit::engine {

// One action of a proposed patch (migration-api.md §3.2.4 `Patch`). Documented actions:
// "set_value" (flagged cells of `column` become `value`; "" clears) and "delete_invalid_rows".
// Plan edits of ours: "set_date_order" (value "day-first" / "month-first"), "set_decimal_style"
// ("comma" / "point"), "set_default_region" (ISO 3166 alpha-2), "map_enum_alias" (`alias` is
// read as the enum value `value`; `alias` is an extra key), "map_column" (the template column
// `column` is fed by the file's column headed `value`; "" leaves it unmapped).
struct FixAction {
    QString sheetId;
    QString action;
    QString column;
    std::optional<QString> value;
    QString alias; // map_enum_alias only

    QJsonObject toJson() const; // { sheet_id, action, column, value?, alias? }
    static std::optional<FixAction> fromJson(const QJsonObject &object, QString *error = nullptr);
    friend bool operator==(const FixAction &, const FixAction &) = default;
};

// The actions we know how to apply, in the order above.
QStringList knownFixActions();

struct FixOption {
    QString id;    // stable per kind: "delete_rows", "clear", "leave_empty", "day_first", "use_0"...
    QString label; // what the user reads (and may send back as the answer)
    QList<FixAction> actions; // what choosing it does (none for "leave_empty": the rows stay flagged)
};

// A question about one (sheet, column, rule) group of failures, in the API's `Question` shape.
struct FixQuestion {
    QString
        id; // "fq0", "fq1"... in order: sheets as given, columns in template order, rules in CellRule order
    QString prompt;
    QString context;
    QString sheetId;
    QString column;
    qint64 affectedCount = 0;
    QStringList sampleValues;
    QString error; // cellRuleName() of the failed rule
    QStringList relevantColumns;
    QList<FixOption> options;
    bool allowCustom = false;
    QString customAction;      // what a free-text answer becomes: "set_value" or "set_default_region"
    QList<FixAction> proposed; // this group's part of the proposed patch

    QJsonObject toJson() const;
    // The actions an answer (an option id, an option label, or free text) stands for.
    std::optional<QList<FixAction>> actionsFor(const QString &answer, QString *error = nullptr) const;
};

struct ProposedPatch {
    QString summary;
    QList<FixAction> actions;

    QJsonObject toJson() const; // { summary, actions }
    static std::optional<ProposedPatch> fromJson(const QJsonObject &object, QString *error = nullptr);
};

struct ProposedFixes {
    QList<FixQuestion> questions;
    ProposedPatch patch; // every question's proposed actions

    bool isEmpty() const { return questions.isEmpty(); }
    // The `needs_attention` body: { questions, proposed_patch }.
    QJsonObject toJson() const;
    // The patch for `answers` (question id, answer): answered questions take the answer's actions,
    // the others keep their proposed ones. Unknown question ids or unusable answers: nullopt.
    std::optional<ProposedPatch> patchForAnswers(const QList<QPair<QString, QString>> &answers,
                                                 QString *error = nullptr) const;
};

// One validated sheet: its template, its report and the column options it was validated with.
struct FixSheet {
    const Template *tmpl = nullptr;
    const ValidationReport *report = nullptr;
    QList<ColumnOptions> options; // per template column; missing: defaults
};

ProposedFixes proposeFixes(const QList<FixSheet> &sheets);

// One sentence for an "Apply suggested fix" button.
QString patchSummary(const QList<FixAction> &actions);

} // namespace godwit::engine
