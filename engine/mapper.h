// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Self-healing mapping (issue 3 §3): given a template, a plan (or none) and the head of a file,
// which file column feeds each template column — with a confidence and a reason. Drift is healed
// in this order: the plan's own header (also renamed by case, spacing, punctuation or accents),
// the column's name and its synonyms, similar names, and beyond any name, content: a column full
// of e-mails feeds the e-mail field whatever its header. Reordered, extra and missing columns are
// expected; a required column that nothing feeds is "unrecoverable column drift".

#include "engine/plan.h"
#include "engine/template.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::engine {

enum class MappingMethod {
    None,     // not mapped
    Pinned,   // a person chose it (map_column in the plan)
    Plan,     // the plan's header, found again
    Name,     // the column's own name or a synonym
    Similar,  // a similar name
    Content,  // the values fit the column's rule
    Position, // a file without a header: the plan's column position
};
QString mappingMethodName(MappingMethod method); // "none", "pinned", "plan", "name", "similar", ...

struct ColumnMapping {
    QString column;  // template column
    int source = -1; // file column (0-based), -1 when not mapped
    QString header;  // that column's header
    double confidence = 0;
    MappingMethod method = MappingMethod::None;
    QString reason;
    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

// Two or more file columns that fit one template column equally well: a person should choose.
struct MappingAmbiguity {
    QString column;
    QList<int> sources;
    QStringList headers;
};

struct SheetMapping {
    QList<ColumnMapping> columns; // template column order
    QList<int> unusedSources;     // file columns nothing reads (extra columns)
    QStringList missingRequired;  // required template columns nothing feeds
    QList<MappingAmbiguity> ambiguities;

    bool isUsable() const { return missingRequired.isEmpty(); }
    // "Unrecoverable column drift: the required column "email" is not in the file (its columns: ...)".
    QString driftError(const QStringList &headers) const;
    QList<int> sourceIndexes() const; // per template column, -1 when unmapped
    // { columns: [{column, source, header, confidence, method, reason}], unused_sources: [headers],
    //   missing_required: [...], ambiguities: [{column, headers}] }
    QJsonObject toJson(const QStringList &headers) const;
    // The plan's sheet with this mapping recorded (for a first import: plan version 1). Pinned
    // columns and every setting already in the sheet stay as they are.
    void recordInto(SheetPlan &sheet) const;
};

struct MappingInput {
    QStringList headers; // the file's header row; for a file without one: "Column 1", ...
    bool hasHeader = true;
    QList<QStringList> sample; // the first data rows, for content inference (a few hundred is plenty)
};

SheetMapping mapColumns(const Template &tmpl, const MappingInput &input, const SheetPlan *plan = nullptr);

} // namespace godwit::engine
