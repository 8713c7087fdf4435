// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/mapper.h"

#include "engine/cellvalidator.h"
#include "engine/headermatch.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace godwit::engine {

namespace {

constexpr double kNameThreshold = 0.65;     // below: not a name match at all
constexpr double kContentThreshold = 0.7;   // below: the values do not say enough
constexpr double kMinContentFraction = 0.9; // share of non-empty values that must fit
constexpr double kTie = 0.03;               // candidates this close are a tie

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// How telling it is that values fit a rule: every e-mail-like column fits `email`, but many
// columns of digits fit `number`.
double contentWeight(RuleKind rule)
{
    switch (rule) {
    case RuleKind::Email:
    case RuleKind::Uuid:
    case RuleKind::Url:
    case RuleKind::Phone:
        return 0.88;
    case RuleKind::Date:
    case RuleKind::DateTime:
    case RuleKind::Enum:
    case RuleKind::Strict:
        return 0.85;
    case RuleKind::Boolean:
        return 0.8;
    case RuleKind::Integer:
    case RuleKind::Decimal:
    case RuleKind::Number:
        return 0.72;
    default:
        return 0;
    }
}

struct ContentFit {
    int nonEmpty = 0;
    int fitting = 0;
    double fraction() const { return nonEmpty > 0 ? double(fitting) / double(nonEmpty) : 0; }
};

struct Candidate {
    int column = 0;
    int source = 0;
    double score = 0;
    MappingMethod method = MappingMethod::None;
    QString reason;
};

QString percent(double fraction)
{
    return QString::number(qRound(fraction * 100)) + QLatin1Char('%');
}

} // namespace

QString mappingMethodName(MappingMethod method)
{
    switch (method) {
    case MappingMethod::None:
        return QStringLiteral("none");
    case MappingMethod::Pinned:
        return QStringLiteral("pinned");
    case MappingMethod::Plan:
        return QStringLiteral("plan");
    case MappingMethod::Name:
        return QStringLiteral("name");
    case MappingMethod::Similar:
        return QStringLiteral("similar");
    case MappingMethod::Content:
        return QStringLiteral("content");
    case MappingMethod::Position:
        return QStringLiteral("position");
    }
    return {};
}

QString SheetMapping::driftError(const QStringList &headers) const
{
    if (missingRequired.isEmpty())
        return {};
    QStringList names;
    for (const QString &m : missingRequired)
        names.append(quoted(m));
    QStringList present;
    for (const QString &h : headers)
        present.append(quoted(h));
    return QStringLiteral("Unrecoverable column drift: the required column%1 %2 %3 not in the file, and no "
                          "column of the file fits (its columns: %4)")
        .arg(missingRequired.size() > 1 ? QStringLiteral("s") : QString(), names.join(QStringLiteral(", ")),
             missingRequired.size() > 1 ? QStringLiteral("are") : QStringLiteral("is"),
             present.join(QStringLiteral(", ")));
}

QList<int> SheetMapping::sourceIndexes() const
{
    QList<int> indexes;
    indexes.reserve(columns.size());
    for (const ColumnMapping &c : columns)
        indexes.append(c.source);
    return indexes;
}

QJsonObject SheetMapping::toJson(const QStringList &headers) const
{
    QJsonArray cols;
    for (const ColumnMapping &c : columns) {
        QJsonObject o{{QStringLiteral("column"), c.column},
                      {QStringLiteral("confidence"), qRound(c.confidence * 100) / 100.0},
                      {QStringLiteral("method"), mappingMethodName(c.method)},
                      {QStringLiteral("reason"), c.reason}};
        if (c.source >= 0) {
            o.insert(QStringLiteral("source"), c.source);
            o.insert(QStringLiteral("header"), c.header);
        } else {
            o.insert(QStringLiteral("source"), QJsonValue::Null);
        }
        cols.append(o);
    }
    QJsonArray unused;
    for (int s : unusedSources)
        unused.append(headers.value(s));
    QJsonArray ambiguous;
    for (const MappingAmbiguity &a : ambiguities)
        ambiguous.append(QJsonObject{{QStringLiteral("column"), a.column},
                                     {QStringLiteral("headers"), QJsonArray::fromStringList(a.headers)}});
    return {{QStringLiteral("columns"), cols},
            {QStringLiteral("unused_sources"), unused},
            {QStringLiteral("missing_required"), QJsonArray::fromStringList(missingRequired)},
            {QStringLiteral("ambiguities"), ambiguous}};
}

void SheetMapping::recordInto(SheetPlan &sheet) const
{
    for (const ColumnMapping &m : columns) {
        PlanColumn &c = sheet.columnFor(m.column);
        if (c.pinned)
            continue;
        c.source = m.header;
        c.sourceIndex = m.source;
    }
}

SheetMapping mapColumns(const Template &tmpl, const MappingInput &input, const SheetPlan *plan)
{
    const int columnCount = int(tmpl.columns.size());
    const int sourceCount = int(input.headers.size());
    SheetMapping result;
    for (const TemplateColumn &c : tmpl.columns)
        result.columns.append(ColumnMapping{c.name, -1, {}, 0, MappingMethod::None, {}});

    std::vector<bool> sourceTaken(size_t(sourceCount), false);
    std::vector<bool> settled(size_t(columnCount), false);
    auto assign = [&](int col, int src, double confidence, MappingMethod method, const QString &reason) {
        ColumnMapping &m = result.columns[col];
        m.source = src;
        m.header = src >= 0 ? input.headers.value(src) : QString();
        m.confidence = confidence;
        m.method = method;
        m.reason = reason;
        settled[size_t(col)] = true;
        if (src >= 0)
            sourceTaken[size_t(src)] = true;
    };
    auto findHeader = [&](const QString &header) {
        for (int s = 0; s < sourceCount; ++s)
            if (!sourceTaken[size_t(s)] && input.headers[s] == header)
                return s;
        return -1;
    };

    // 1. What a person chose, and the plan's own headers found again verbatim.
    for (int col = 0; col < columnCount; ++col) {
        const PlanColumn *pc = plan ? plan->column(tmpl.columns[col].name) : nullptr;
        if (!pc)
            continue;
        if (pc->pinned) {
            if (pc->source.isEmpty()) {
                assign(col, -1, 1.0, MappingMethod::Pinned, QStringLiteral("left unmapped by a decision"));
                continue;
            }
            const int s = findHeader(pc->source);
            if (s >= 0)
                assign(col, s, 1.0, MappingMethod::Pinned,
                       QStringLiteral("chosen by a decision: %1").arg(quoted(pc->source)));
            continue; // a pinned header that moved is healed below like any other
        }
        if (input.hasHeader && !pc->source.isEmpty()) {
            const int s = findHeader(pc->source);
            if (s >= 0)
                assign(col, s, 1.0, MappingMethod::Plan, QStringLiteral("same header as in the plan"));
        } else if (!input.hasHeader && pc->sourceIndex >= 0 && pc->sourceIndex < sourceCount &&
                   !sourceTaken[size_t(pc->sourceIndex)]) {
            assign(col, pc->sourceIndex, 0.9, MappingMethod::Position,
                   QStringLiteral("column %1, as in the plan (the file has no header)")
                       .arg(pc->sourceIndex + 1));
        }
    }

    // 2. Content: how many sampled values of each free file column fit each typed template column.
    using FitRow = std::vector<std::optional<ContentFit>>;
    std::vector<FitRow> fits(static_cast<size_t>(columnCount), FitRow(static_cast<size_t>(sourceCount)));
    for (int col = 0; col < columnCount; ++col) {
        const TemplateColumn &tc = tmpl.columns[col];
        if (settled[size_t(col)] || contentWeight(tc.rule) == 0)
            continue;
        ColumnOptions options = plan ? plan->options(tc) : ColumnOptions{};
        options.excelSerials = false; // bare numbers say nothing about being dates
        const ColumnValidator validator(tc, options);
        if (validator.isUnchecked())
            continue;
        for (int s = 0; s < sourceCount; ++s) {
            if (sourceTaken[size_t(s)])
                continue;
            ContentFit fit;
            for (const QStringList &row : input.sample) {
                if (s >= row.size() || row[s].trimmed().isEmpty())
                    continue;
                ++fit.nonEmpty;
                const CellResult r = validator.validate(row[s]);
                if (r.ok || r.ambiguous)
                    ++fit.fitting;
            }
            fits[size_t(col)][size_t(s)] = fit;
        }
    }

    // 3. Every (template column, file column) pair that could be meant, best first.
    QList<Candidate> candidates;
    for (int col = 0; col < columnCount; ++col) {
        if (settled[size_t(col)])
            continue;
        const TemplateColumn &tc = tmpl.columns[col];
        const PlanColumn *pc = plan ? plan->column(tc.name) : nullptr;
        const QString previous = pc ? pc->source : QString();
        for (int s = 0; s < sourceCount; ++s) {
            if (sourceTaken[size_t(s)])
                continue;
            Candidate best{col, s, 0, MappingMethod::None, {}};
            if (input.hasHeader) {
                const NameMatch name = matchHeaderName(input.headers[s], tc.name, previous);
                if (name.score >= kNameThreshold) {
                    best.score = name.score;
                    best.method = name.viaPrevious                      ? MappingMethod::Plan
                                  : name.kind == NameMatchKind::Similar ? MappingMethod::Similar
                                                                        : MappingMethod::Name;
                    best.reason = name.reason;
                }
            }
            if (const std::optional<ContentFit> &fit = fits[size_t(col)][size_t(s)];
                fit && fit->nonEmpty > 0) {
                const double fraction = fit->fraction();
                const QString share = QStringLiteral("%1 of the sampled values fit its rule (%2)")
                                          .arg(percent(fraction), ruleKindName(tc.rule));
                if (best.method != MappingMethod::None) {
                    if (fraction >= kMinContentFraction) {
                        best.score = std::min(1.0, best.score + 0.02);
                        best.reason += QStringLiteral("; ") + share;
                    } else if (fit->nonEmpty >= 5 && fraction < 0.5) {
                        best.score *= 0.75;
                        best.reason += QStringLiteral("; but only ") + share;
                    }
                }
                const double content =
                    fraction >= kMinContentFraction ? contentWeight(tc.rule) * fraction : 0;
                if (content >= kContentThreshold && content > best.score) {
                    best.score = content;
                    best.method = MappingMethod::Content;
                    best.reason = QStringLiteral("content: ") + share;
                }
            }
            if (best.method != MappingMethod::None)
                candidates.append(best);
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });

    // 4. Greedy one-to-one assignment; a close second for the same column is a tie to ask about.
    for (const Candidate &c : std::as_const(candidates)) {
        if (settled[size_t(c.column)] || sourceTaken[size_t(c.source)])
            continue;
        QList<int> rivals;
        for (const Candidate &other : std::as_const(candidates))
            if (other.column == c.column && other.source != c.source && !sourceTaken[size_t(other.source)] &&
                c.score - other.score <= kTie)
                rivals.append(other.source);
        assign(c.column, c.source, c.score, c.method, c.reason);
        if (!rivals.isEmpty()) {
            MappingAmbiguity a{tmpl.columns[c.column].name, {c.source}, {input.headers[c.source]}};
            for (int r : std::as_const(rivals)) {
                a.sources.append(r);
                a.headers.append(input.headers[r]);
            }
            result.ambiguities.append(a);
        }
    }

    for (int col = 0; col < columnCount; ++col) {
        ColumnMapping &m = result.columns[col];
        if (m.source < 0 && m.method == MappingMethod::None)
            m.reason = QStringLiteral("no column of the file fits");
        if (m.source < 0 && tmpl.columns[col].required)
            result.missingRequired.append(tmpl.columns[col].name);
    }
    for (int s = 0; s < sourceCount; ++s)
        if (!sourceTaken[size_t(s)])
            result.unusedSources.append(s);
    return result;
}

} // namespace godwit::engine
