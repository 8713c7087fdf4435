// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import plan (issue 3 §3, migration-api.md §1.11): which header of the file feeds which
// template column, the column settings the data or the user decided, and what to do with cells
// that still fail. A versioned JSON document, frozen: a run replays it and heals drift around it
// (mapper.h) without changing it; only a decision (a patch or answers) makes version n+1.

#include "engine/cellvalidator.h"
#include "engine/fixes.h"
#include "engine/template.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace godwit::engine {

struct PlanColumn {
    QString column;       // the template column
    QString source;       // the file header that feeds it ("" when not mapped)
    int sourceIndex = -1; // its position, for files without a header row
    bool pinned = false;  // chosen by a person (map_column): replayed as is, never healed away
    DateOrder dateOrder = DateOrder::Unknown;
    DecimalStyle decimalStyle = DecimalStyle::Auto;
    QString defaultRegion;               // phones, ISO 3166 alpha-2
    QHash<QString, QString> enumAliases; // alias -> enum value
    std::optional<QString> onInvalid;    // set_value: a flagged cell becomes this ("" clears)
    bool dropInvalidRows = false;        // delete_invalid_rows: rows flagged in this column are dropped

    friend bool operator==(const PlanColumn &, const PlanColumn &) = default;
};

struct SheetPlan {
    QString sheetId;
    QString templateId;
    QString templateName;
    QList<PlanColumn> columns; // only columns with something to say; any order

    const PlanColumn *column(const QString &name) const;
    PlanColumn &columnFor(const QString &name); // adds one when missing
    // The validator options of `column` under this plan.
    ColumnOptions options(const TemplateColumn &column) const;
    QList<ColumnOptions> options(const Template &tmpl) const; // template column order
    friend bool operator==(const SheetPlan &, const SheetPlan &) = default;
};

struct Plan {
    int version = 1;
    QString note; // what made this version: "first import", "accepted the proposed fix", ...
    QList<SheetPlan> sheets;

    const SheetPlan *sheet(const QString &sheetId) const;
    SheetPlan &sheetFor(const QString &sheetId, const Template &tmpl); // adds one when missing

    // { "version": n, "note": "...", "sheets": [ { "sheet_id", "template_id", "template_name",
    //   "columns": [ { "column", "source"?, "source_index"?, "pinned"?, "date_order"?,
    //   "decimal_style"?, "default_region"?, "enum_aliases"?, "on_invalid"?, "drop_invalid_rows"? } ] } ] }
    QJsonObject toJson() const;
    // Strict: unknown values of known keys are errors naming the key; unknown keys are ignored.
    static std::optional<Plan> fromJson(const QJsonObject &object, QString *error = nullptr);

    // Version n+1: this plan with `actions` applied (fixes.h). A sheet's template is found in
    // `templates` by the sheet's template_id; a sheet the plan does not have yet must be named by
    // its template's id (as `godwit validate` does). An unknown sheet, or a column the sheet's
    // template does not have, is an error naming it.
    std::optional<Plan> applied(const QList<FixAction> &actions, const QList<Template> &templates,
                                const QString &note, QString *error = nullptr) const;

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace godwit::engine
