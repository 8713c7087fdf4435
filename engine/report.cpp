// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/report.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace godwit::engine {

namespace {

void sortByRow(QList<CellSample> &samples)
{
    std::stable_sort(samples.begin(), samples.end(),
                     [](const CellSample &a, const CellSample &b) { return a.row < b.row; });
}

// Keeps the `max` samples with the lowest rows, in row order.
void mergeSamples(QList<CellSample> &mine, const QList<CellSample> &theirs, int max)
{
    if (theirs.isEmpty())
        return;
    mine.append(theirs);
    sortByRow(mine);
    if (mine.size() > max)
        mine.resize(max);
}

QJsonObject perSheetJson(const ValidationReport &r)
{
    return QJsonObject{{QStringLiteral("templateName"), r.templateName()},
                       {QStringLiteral("sheetId"), r.sheetId()},
                       {QStringLiteral("rowCount"), double(r.rowCount())}};
}

} // namespace

ValidationReport::ValidationReport(const Template &tmpl, const QString &sheetId, int maxSamples)
    : m_templateName(tmpl.name)
    , m_sheetId(sheetId)
    , m_maxSamples(maxSamples)
{
    for (const TemplateColumn &c : tmpl.columns)
        m_columns.append(c.name);
    const size_t n = size_t(m_columns.size());
    m_tallies.assign(n, ColumnTally(maxSamples));
    m_ambiguous.assign(n, {});
    m_samples.resize(n);
}

void ValidationReport::addRow(qint64 row, const QList<QString> &raw, const QList<CellResult> &results)
{
    std::vector<QStringView> views(raw.cbegin(), raw.cend());
    addRow(row, std::span<const QStringView>(views), results);
}

void ValidationReport::addRow(qint64 row, std::span<const QStringView> raw, const QList<CellResult> &results)
{
    ++m_rows;
    bool invalid = false;
    const qsizetype n = std::min<qsizetype>(results.size(), m_columns.size());
    for (qsizetype c = 0; c < n; ++c) {
        const CellResult &r = results[c];
        const QStringView value = size_t(c) < raw.size() ? raw[size_t(c)] : QStringView();
        m_tallies[size_t(c)].add(r, value, row);
        if (r.ok)
            continue;
        invalid = true;
        const size_t rule = size_t(r.failed);
        if (r.ambiguous)
            ++m_ambiguous[size_t(c)][rule];
        QList<CellSample> &samples = m_samples[size_t(c)][rule];
        // Rows usually come in order: append while there is room, else replace a later row.
        if (samples.size() < m_maxSamples) {
            samples.append({value.toString(), row});
            if (samples.size() > 1 && samples[samples.size() - 2].row > row)
                sortByRow(samples);
        } else if (m_maxSamples > 0 && samples.back().row > row) {
            samples.back() = {value.toString(), row};
            sortByRow(samples);
        }
    }
    if (invalid)
        ++m_invalidRows;
}

void ValidationReport::addPassingRows(qint64 rows, std::span<const qint64> empty,
                                      std::span<const qint64> rewritten, std::span<const qint64> unchecked)
{
    m_rows += rows;
    for (size_t c = 0; c < m_tallies.size(); ++c) {
        auto at = [c](std::span<const qint64> counts) { return c < counts.size() ? counts[c] : 0; };
        m_tallies[c].addPassing(rows, at(empty), at(rewritten), at(unchecked));
    }
}

void ValidationReport::shiftRows(qint64 delta)
{
    for (ColumnTally &tally : m_tallies)
        tally.shiftRows(delta);
    for (auto &perRule : m_samples) {
        for (QList<CellSample> &samples : perRule) {
            for (CellSample &sample : samples)
                sample.row += delta;
        }
    }
}

void ValidationReport::merge(const ValidationReport &other)
{
    if (m_columns.isEmpty() && m_rows == 0) {
        *this = other;
        return;
    }
    Q_ASSERT(other.m_columns == m_columns || other.m_rows == 0);
    if (other.m_columns != m_columns)
        return;
    m_rows += other.m_rows;
    m_invalidRows += other.m_invalidRows;
    for (size_t c = 0; c < m_tallies.size(); ++c) {
        m_tallies[c].merge(other.m_tallies[c]);
        for (size_t rule = 0; rule < size_t(kCellRuleCount); ++rule) {
            m_ambiguous[c][rule] += other.m_ambiguous[c][rule];
            mergeSamples(m_samples[c][rule], other.m_samples[c][rule], m_maxSamples);
        }
    }
}

void ValidationReport::addLateFailure(int column, CellRule rule, const QString &value, qint64 row,
                                      bool rowHadInvalidCell)
{
    if (column < 0 || column >= columnCount())
        return;
    m_tallies[size_t(column)].addFailure(rule, value, row);
    QList<CellSample> &samples = m_samples[size_t(column)][size_t(rule)];
    // Late failures come by the million for a range that repeats an earlier one: most cannot be
    // among the samples (those with the lowest rows), and need no list built and sorted.
    if (samples.size() < m_maxSamples || (m_maxSamples > 0 && row < samples.back().row))
        mergeSamples(samples, {{value, row}}, m_maxSamples);
    if (!rowHadInvalidCell)
        ++m_invalidRows;
}

qint64 ValidationReport::invalidCells() const
{
    qint64 n = 0;
    for (const ColumnTally &t : m_tallies)
        n += t.invalid();
    return n;
}

QJsonArray ValidationReport::columnsJson() const
{
    QJsonArray columns;
    for (size_t c = 0; c < m_tallies.size(); ++c) {
        const ColumnTally &t = m_tallies[c];
        if (t.invalid() == 0)
            continue;
        QJsonArray rules;
        // Rule order: most frequent first, ties in CellRule order (deterministic).
        for (CellRule rule : t.failedRules()) {
            QJsonArray samples;
            for (const CellSample &s : m_samples[c][size_t(rule)])
                samples.append(
                    QJsonObject{{QStringLiteral("value"), s.value}, {QStringLiteral("row"), double(s.row)}});
            rules.append(QJsonObject{{QStringLiteral("rule"), cellRuleName(rule)},
                                     {QStringLiteral("count"), double(t.rule(rule).count)},
                                     {QStringLiteral("ambiguous"), double(m_ambiguous[c][size_t(rule)])},
                                     {QStringLiteral("samples"), samples}});
        }
        columns.append(QJsonObject{{QStringLiteral("sheetId"), m_sheetId},
                                   {QStringLiteral("column"), m_columns[qsizetype(c)]},
                                   {QStringLiteral("cells"), double(t.cells())},
                                   {QStringLiteral("invalid"), double(t.invalid())},
                                   {QStringLiteral("empty"), double(t.empty())},
                                   {QStringLiteral("rules"), rules}});
    }
    return columns;
}

QJsonObject ValidationReport::toJson() const
{
    return toJson(QList<ValidationReport>{*this});
}

QJsonObject ValidationReport::toJson(const QList<ValidationReport> &sheets)
{
    qint64 inserted = 0;
    qint64 invalidRows = 0;
    QJsonArray perSheet;
    QJsonArray columns;
    for (const ValidationReport &r : sheets) {
        // Flagged rows are stored too (excluded only from filter=valid downloads).
        inserted += r.rowCount();
        invalidRows += r.invalidCellCount();
        perSheet.append(perSheetJson(r));
        for (const QJsonValue &v : r.columnsJson())
            columns.append(v);
    }
    return QJsonObject{{QStringLiteral("inserted"), double(inserted)},
                       {QStringLiteral("perSheet"), perSheet},
                       {QStringLiteral("invalidCellCount"), double(invalidRows)},
                       {QStringLiteral("columns"), columns}};
}

RowValidator::RowValidator(const Template &tmpl, const QList<ColumnOptions> &options)
{
    const qsizetype n = tmpl.columns.size();
    m_validators.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        m_validators.emplace_back(tmpl.columns[i], i < options.size() ? options[i] : ColumnOptions{});
    m_unique.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        if (m_validators[size_t(i)].checksUnique())
            m_unique[size_t(i)] = std::make_unique<UniqueTracker>();
    }
    m_links.assign(size_t(n), nullptr);
    m_uniqueFailure.ok = false;
    m_uniqueFailure.failed = CellRule::Unique;
    m_uniqueFailure.message = QStringLiteral("the same value is in an earlier row");
    m_linkFailure.ok = false;
    m_linkFailure.failed = CellRule::Link;
    m_linkFailure.message = QStringLiteral("not found in the linked column");
}

void RowValidator::expectRows(qsizetype rows)
{
    for (std::unique_ptr<UniqueTracker> &tracker : m_unique)
        if (tracker && tracker->size() == 0)
            tracker = std::make_unique<UniqueTracker>(rows);
}

void RowValidator::shiftRows(qint64 delta)
{
    if (m_spill)
        m_spill->shiftRows(delta);
    for (const std::unique_ptr<UniqueTracker> &tracker : m_unique)
        if (tracker)
            tracker->shiftRows(delta);
}

QList<LateDuplicate> RowValidator::mergeLater(RowValidator &later)
{
    QList<LateDuplicate> duplicates;
    mergeLater(later, [&](int column, qint64 row, qint64 firstRow) {
        duplicates.append({column, row, firstRow});
    });
    std::sort(duplicates.begin(), duplicates.end(), [](const LateDuplicate &a, const LateDuplicate &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return duplicates;
}

void RowValidator::mergeLater(RowValidator &later,
                              const std::function<void(int column, qint64 row, qint64 firstRow)> &onDuplicate,
                              int threads, bool keep)
{
    const size_t n = std::min(m_unique.size(), later.m_unique.size());
    for (size_t c = 0; c < n; ++c) {
        if (!m_unique[c] || !later.m_unique[c])
            continue;
        m_unique[c]->mergeLater(
            std::move(*later.m_unique[c]),
            [&](qint64 row, qint64 firstRow) { onDuplicate(int(c), row, firstRow); }, threads, keep);
        later.m_unique[c].reset();
    }
}

void RowValidator::setLinkIndex(int column, const LinkIndex *index)
{
    if (column >= 0 && size_t(column) < m_links.size())
        m_links[size_t(column)] = index;
}

QList<CellResult> RowValidator::validate(const QList<QString> &cells, qint64 row, ValidationReport *report)
{
    QList<CellResult> results;
    validate(cells, row, results, report);
    return results;
}

void RowValidator::validate(const QList<QString> &cells, qint64 row, QList<CellResult> &results,
                            ValidationReport *report)
{
    std::vector<QStringView> views(cells.cbegin(), cells.cend());
    validate(std::span<const QStringView>(views), row, results, report);
}

void RowValidator::validate(std::span<const QStringView> cells, qint64 row, QList<CellResult> &results,
                            ValidationReport *report)
{
    results.resize(qsizetype(m_validators.size()));
    CellResult *const out = results.data(); // one detach check, not one per cell
    // `unique` values are looked up after the other columns: their table slots are fetched from
    // memory meanwhile (a table of millions of values misses the cache on every lookup).
    std::array<std::pair<size_t, quint64>, 8> pending;
    size_t pendingCount = 0;
    auto fail = [](CellResult &r, const CellResult &failure) {
        QString value = std::move(r.value);
        const bool rewritten = r.rewritten;
        r = failure;
        r.rewritten = rewritten;
        r.value = std::move(value);
    };
    for (size_t c = 0; c < m_validators.size(); ++c) {
        const QStringView raw = c < cells.size() ? cells[c] : QStringView();
        CellResult &r = out[c];
        m_validators[c].validate(raw, r);
        if (!r.ok || r.empty)
            continue;
        if (m_links[c] && m_validators[c].checksLink() && !m_links[c]->contains(r.normal(raw))) {
            fail(r, m_linkFailure);
        } else if (m_unique[c] && !r.normal(raw).isEmpty()) {
            const quint64 hash = UniqueTracker::hashOf(r.normal(raw));
            if (m_spill) {
                m_spill->add(int(c), hash, row);
            } else if (pendingCount < pending.size()) {
                m_unique[c]->prefetch(hash);
                pending[pendingCount++] = {c, hash};
            } else if (m_unique[c]->insertHash(hash, row) >= 0) {
                fail(r, m_uniqueFailure);
            }
        }
    }
    for (size_t k = 0; k < pendingCount; ++k) {
        const auto [c, hash] = pending[k];
        if (m_unique[c]->insertHash(hash, row) >= 0)
            fail(out[c], m_uniqueFailure);
    }
    if (report)
        report->addRow(row, cells, results);
}

} // namespace godwit::engine
