// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/filevalidation.h"

#include "engine/columnsettings.h"
#include "engine/csvwriter.h"
#include "engine/fielddecode.h"
#include "engine/passinglane.h"
#include "engine/rowindex.h"
#include "engine/uniquespill.h"

#include <QJsonArray>
#include <QLocale>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>

namespace godwit::engine {

namespace {

constexpr qint64 kProgressEveryRecords = 32768;
// Each worker gives back the pages of the file it has read every few MB: what it holds is part of
// the pass's peak memory (16 MB per worker was 10 % of it).
constexpr qint64 kReleaseBytes = qint64(4) << 20;
constexpr qint64 kReleaseEveryRecords = 4096;
constexpr int kMappingSampleRows = 300;
constexpr int kMaxRaggedSamples = 10;
constexpr int kMaxDecodeSamples = 10;

enum class RowFate : quint8 { Valid, Invalid, Dropped };

QString fileKindDescription(const FileCheck &file)
{
    switch (file.kind) {
    case FileKind::Zip:
        return QStringLiteral("a zip archive (an .xlsx or .ods spreadsheet?)");
    case FileKind::Ole2:
        return QStringLiteral("a legacy Office document (an .xls spreadsheet?)");
    case FileKind::Pdf:
        return QStringLiteral("a PDF document");
    case FileKind::Gzip:
        return QStringLiteral("a gzip archive");
    case FileKind::Image:
        return QStringLiteral("an image");
    case FileKind::Sqlite:
        return QStringLiteral("an SQLite database");
    case FileKind::Binary:
        return QStringLiteral("binary data (a control byte at offset %1)").arg(file.offset);
    case FileKind::Text:
    case FileKind::Empty:
        break;
    }
    return fileKindName(file.kind);
}

QString csvErrorMessage(const CsvInspection &inspection)
{
    switch (inspection.error) {
    case CsvError::None:
        return {};
    case CsvError::CannotOpen:
        return QStringLiteral("Cannot open the file: %1").arg(inspection.detail);
    case CsvError::ReadError:
        return QStringLiteral("Reading the file failed: %1").arg(inspection.detail);
    case CsvError::Empty:
        return QStringLiteral("The file is empty: it has no rows at all");
    case CsvError::NotText:
        return QStringLiteral("This is not a CSV text file but %1; export it as CSV first")
            .arg(fileKindDescription(inspection.file));
    case CsvError::HeaderOnly:
        return QStringLiteral("The file has a header row but not a single data row");
    case CsvError::UnterminatedQuote:
        return QStringLiteral("A quoted field is never closed");
    case CsvError::RecordTooLarge:
        return QStringLiteral("A row is too large to be a CSV row (a quote that never closes?)");
    case CsvError::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return csvErrorName(inspection.error);
}

// The cells of one range whose `unique` value repeats one found elsewhere only after the range was
// validated: a bit per (record slot of the range, unique column k), so millions of them (a file whose
// second half repeats its first) cost a bit each. Visited in slot then column order.
class LateMarks {
public:
    void reset(size_t records, size_t columns)
    {
        m_columns = columns;
        m_bits.assign((records * columns + 63) / 64, 0);
    }
    // Thread-safe: the `unique` merge marks from several threads at once.
    void set(qint64 slot, size_t k)
    {
        const size_t bit = size_t(slot) * m_columns + k;
        std::atomic_ref<quint64>(m_bits[bit / 64])
            .fetch_or(quint64(1) << (bit % 64), std::memory_order_relaxed);
    }
    bool test(qint64 slot, size_t k) const
    {
        const size_t bit = size_t(slot) * m_columns + k;
        return m_bits[bit / 64] & (quint64(1) << (bit % 64));
    }
    bool empty() const { return m_bits.empty(); }
    // f(slot, k) for each mark, in order.
    template <typename F> void forEach(F &&f) const
    {
        for (size_t word = 0; word < m_bits.size(); ++word) {
            for (quint64 b = m_bits[word]; b != 0; b &= b - 1) {
                const size_t bit = word * 64 + size_t(std::countr_zero(b));
                f(qint64(bit / m_columns), bit % m_columns);
            }
        }
    }

private:
    size_t m_columns = 0;
    std::vector<quint64> m_bits;
};

// What every pass needs to know about the sheet, decided once.
struct Sheet {
    const Template *tmpl = nullptr;
    QList<int> sources; // per template column: file column, -1 unmapped
    QList<ColumnOptions> options;
    QList<std::optional<QString>> onInvalid;
    QList<bool> drop;
    int fieldCount = 0;
    qint64 firstDataRecord = 0; // records before it are preamble and header
    QHash<QString, const LinkIndex *> links;
    int maxSamples = 5;
    qint64 flaggedCap = 0; // per worker
};

// One thread's share of the validation pass (or the only one).
class RowWork {
public:
    // `withUnique` false: `unique` is not checked (an output pass that knows the failures).
    explicit RowWork(const Sheet &sheet, const QString &sheetId, bool withUnique = true)
        : validator(withUnique ? *sheet.tmpl : withoutUnique(*sheet.tmpl), sheet.options)
        , report(*sheet.tmpl, sheetId, sheet.maxSamples)
        , m_sheet(sheet)
    {
        for (int c = 0; c < sheet.tmpl->columns.size(); ++c)
            if (const LinkIndex *index = sheet.links.value(sheet.tmpl->columns[c].name))
                validator.setLinkIndex(c, index);
        m_cells.resize(sheet.tmpl->columns.size());
    }

    // Validates one data record; the results stay in cells()/results() until the next call.
    RowFate process(const CsvRecord &record, bool addToReport)
    {
        if (expectRows > 0) {
            validator.expectRows(expectRows);
            expectRows = 0;
        }
        const qint64 row = record.index + 1;
        const auto &fields = record.fields;
        if (int(fields.size()) != m_sheet.fieldCount) {
            ++ragged;
            if (raggedSamples.size() < kMaxRaggedSamples)
                raggedSamples.append(row);
        }
        m_laneRow = m_lane && addToReport && m_lane->tryRow(record.fields, row);
        if (m_laneRow) {
            for (size_t i = 0; i < m_detectColumns.size(); ++i) {
                // A date the lane parsed is not parsed again when the order does not matter.
                const int c = m_detectColumns[i];
                const DateParse *parse = m_lane->dateParse(c);
                if (!parse || !detectors[i].addDate(*parse, m_lane->dateOrder(c)))
                    detectors[i].add(m_lane->cell(c));
            }
            ++rows;
            return RowFate::Valid;
        }
        // Every cell into one buffer, sized first: the views stay valid for the whole row.
        qsizetype room = kDecodeSlack;
        for (qsizetype c = 0; c < m_cells.size(); ++c) {
            const int source = m_sheet.sources[c];
            if (source >= 0 && source < int(fields.size()))
                room += fields[size_t(source)].size();
        }
        if (qsizetype(m_text.size()) < room)
            m_text.resize(size_t(room) * 2);
        char16_t *out = m_text.data();
        // Raw pointers for the row: a QList's non-const operator[] checks for detaching each time.
        QStringView *cells = m_cells.data();
        for (qsizetype c = 0; c < m_cells.size(); ++c) {
            const int source = m_sheet.sources[c];
            if (source < 0 || source >= int(fields.size())) {
                cells[c] = QStringView(u"");
                continue;
            }
            bool valid = true;
            const qsizetype units = decodeUtf8Field(fields[size_t(source)], out, valid);
            cells[c] = QStringView(out, units);
            out += units;
            if (!valid) {
                ++undecodable;
                if (decodeSamples.size() < kMaxDecodeSamples)
                    decodeSamples.append(
                        DecodeIssue{record.offset, record.offset, {}, record.index, record.line});
            }
        }
        for (size_t i = 0; i < m_detectColumns.size(); ++i)
            detectors[i].add(cells[m_detectColumns[i]]);
        const std::span<const QStringView> views(m_cells.constData(), size_t(m_cells.size()));
        validator.validate(views, row, m_results);
        CellResult *results = m_results.data();
        bool invalid = false;
        bool dropped = false;
        for (qsizetype c = 0; c < m_results.size(); ++c) {
            if (results[c].ok)
                continue;
            if (const std::optional<QString> &value = m_sheet.onInvalid[c]) {
                cells[c] = QStringView(*value);
                validator.column(int(c)).validate(cells[c], results[c]);
                ++fixed;
                if (results[c].ok)
                    continue;
            }
            invalid = true;
            dropped = dropped || m_sheet.drop[c];
        }
        ++rows;
        if (dropped) {
            ++droppedRows;
            return RowFate::Dropped;
        }
        if (addToReport) {
            report.addRow(row, views, m_results);
            if (invalid && m_sheet.flaggedCap > 0) {
                for (qsizetype c = 0; c < m_results.size(); ++c) {
                    if (results[c].ok)
                        continue;
                    if (qint64(flagged.size()) >= m_sheet.flaggedCap) {
                        flaggedTruncated = true;
                        break;
                    }
                    flagged.push_back(FlaggedCell{row, int(c), results[c].failed});
                }
            }
        }
        return invalid ? RowFate::Invalid : RowFate::Valid;
    }

    // Also feeds every value of these template columns to a settings detector (detectors[i]).
    void detectSettings(const std::vector<int> &columns)
    {
        m_detectColumns = columns;
        for (const int c : columns)
            detectors.emplace_back(m_sheet.tmpl->columns[c]);
    }

    // Rows that pass go through a PassingLane, which only counts them (call after the unique
    // spill and detectSettings() are set up). `writing`: the rows are written out, so the lane
    // keeps every cell's normal form (outputCell()).
    void usePassingLane(bool writing)
    {
        if (!PassingLane::isEnabled())
            return;
        m_lane = std::make_unique<PassingLane>(validator, m_sheet.sources, m_detectColumns);
        if (!m_lane->usable()) {
            m_lane.reset();
            return;
        }
        if (writing)
            m_lane->keepNormalForms();
    }

    // The last row's cell as the outputs have it: the normal form, or a flagged cell as the file
    // had it.
    QStringView outputCell(int c) const
    {
        if (m_laneRow)
            return m_lane->normal(c);
        const CellResult &r = m_results[c];
        return r.ok ? r.normal(m_cells[c]) : m_cells[c];
    }

    // The lane's rows into the report: before the report is read or merged.
    void flushLane()
    {
        if (m_lane)
            m_lane->flush(report);
    }

    static Template withoutUnique(Template tmpl)
    {
        for (TemplateColumn &c : tmpl.columns)
            c.unique = false;
        return tmpl;
    }

    const QList<QStringView> &cells() const { return m_cells; }

    // Adds `delta` to every row and `lines` to every line this range kept: a range read before its
    // place in the file was known (readRecordsInTwo's renumbering). After flushLane().
    void shiftRows(qint64 delta, qint64 lines)
    {
        validator.shiftRows(delta);
        report.shiftRows(delta);
        for (qint64 &row : raggedSamples)
            row += delta;
        for (DecodeIssue &issue : decodeSamples) {
            issue.record += delta;
            issue.line += lines;
        }
        for (FlaggedCell &cell : flagged)
            cell.row += delta;
        if (firstRecord >= 0)
            firstRecord += delta;
    }

    RowValidator validator;
    ValidationReport report;
    qint64 expectRows = 0; // the unique tables' size, set up at the first row (RowValidator::expectRows)
    qint64 rows = 0;
    qint64 droppedRows = 0;
    qint64 fixed = 0;
    qint64 ragged = 0;
    QList<qint64> raggedSamples;
    qint64 undecodable = 0;
    QList<DecodeIssue> decodeSamples;
    std::unique_ptr<UniqueSpill> spill; // `unique` checked after the pass (large files)
    std::vector<FlaggedCell> flagged;   // in row order within this worker
    bool flaggedTruncated = false;
    // Parallel pass: the fate of each row of this thread's range, for late `unique` failures.
    qint64 firstRecord = -1;
    std::vector<RowFate> fates;
    std::vector<ColumnSettingsDetector> detectors; // with detectSettings()

private:
    const Sheet &m_sheet;
    std::vector<int> m_detectColumns;
    std::unique_ptr<PassingLane> m_lane;
    bool m_laneRow = false;     // the last row went through the lane
    QList<QStringView> m_cells; // into m_text, or a sheet's replacement value
    std::vector<char16_t> m_text;
    QList<CellResult> m_results;
};

// The first data rows, decoded, for content inference.
QList<QStringList> headRows(const QString &path, const CsvInspection &inspection, qint64 firstDataRecord,
                            int count)
{
    QList<QStringList> rows;
    CsvTextReader reader(inspection.encoding.encoding, inspection.dialect.dialect);
    reader.setRecordCallback([&](const CsvRecord &record) {
        if (record.index < firstDataRecord)
            return true;
        QStringList row;
        row.reserve(qsizetype(record.fields.size()));
        for (const QByteArrayView field : record.fields)
            row.append(QString::fromUtf8(field));
        rows.append(row);
        return rows.size() < count;
    });
    readCsvFile(path, reader);
    return rows;
}

class ProgressGate {
public:
    explicit ProgressGate(const std::function<bool(const ValidationProgress &)> &callback)
        : m_callback(callback)
    {}
    bool report(ValidationPhase phase, qint64 done, qint64 total, qint64 rows)
    {
        if (!m_callback)
            return true;
        if (!m_callback(ValidationProgress{phase, done, total, rows}))
            m_cancelled = true;
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    const std::function<bool(const ValidationProgress &)> &m_callback;
    bool m_cancelled = false;
};

} // namespace

QString validationPhaseName(ValidationPhase phase)
{
    switch (phase) {
    case ValidationPhase::Inspecting:
        return QStringLiteral("inspecting");
    case ValidationPhase::Indexing:
        return QStringLiteral("indexing");
    case ValidationPhase::Validating:
        return QStringLiteral("validating");
    case ValidationPhase::Writing:
        return QStringLiteral("writing");
    }
    return {};
}

QString ValidationProgress::message() const
{
    const QString share =
        bytesTotal > 0 ? QStringLiteral(" (%1%)").arg(qRound(100.0 * double(bytesDone) / double(bytesTotal)))
                       : QString();
    QLocale english = QLocale::c();
    english.setNumberOptions({}); // with the group separator: 1,250,000
    const QString count = english.toString(rows);
    switch (phase) {
    case ValidationPhase::Inspecting:
        return QStringLiteral("Reading the file's encoding and layout");
    case ValidationPhase::Indexing:
        return QStringLiteral("Indexing rows") + share;
    case ValidationPhase::Validating:
        return QStringLiteral("Validating: %1 rows read").arg(count) + share;
    case ValidationPhase::Writing:
        return QStringLiteral("Writing: %1 rows written").arg(count) + share;
    }
    return {};
}

QJsonObject FileValidation::toJson() const
{
    if (error != CsvError::None || driftError || cancelled) {
        return {{QStringLiteral("error"), errorMessage},
                {QStringLiteral("error_kind"), driftError  ? QStringLiteral("column-drift")
                                               : cancelled ? QStringLiteral("cancelled")
                                                           : csvErrorName(error)},
                {QStringLiteral("mapping"), driftError ? mapping.toJson(headers) : QJsonObject()}};
    }
    const SniffedDialect &d = inspection.dialect;
    QJsonObject file{
        {QStringLiteral("size"), double(inspection.fileSize)},
        {QStringLiteral("encoding"), encodingName(inspection.encoding.encoding)},
        {QStringLiteral("encoding_confidence"), qRound(inspection.encoding.confidence * 100) / 100.0},
        {QStringLiteral("delimiter"), QString(QLatin1Char(d.dialect.delimiter))},
        {QStringLiteral("quote"), d.dialect.quote ? QString(QLatin1Char(d.dialect.quote)) : QString()},
        {QStringLiteral("has_header"), d.hasHeader},
        {QStringLiteral("header_row"), double(headerRow)},
        {QStringLiteral("dialect_confidence"), qRound(d.confidence * 100) / 100.0}};
    QJsonArray raggedFirst;
    for (qint64 r : raggedSamples)
        raggedFirst.append(double(r));
    QJsonArray undecodable;
    for (const DecodeIssue &i : decodeSamples)
        undecodable.append(QJsonObject{{QStringLiteral("row"), double(i.record + 1)},
                                       {QStringLiteral("offset"), double(i.inputOffset)}});
    return {{QStringLiteral("file"), file},
            {QStringLiteral("mapping"), mapping.toJson(headers)},
            {QStringLiteral("report"), report.toJson()},
            {QStringLiteral("rows"), double(report.rowCount() + droppedRows)},
            {QStringLiteral("dropped_rows"), double(droppedRows)},
            {QStringLiteral("fixed_cells"), double(fixedCells)},
            {QStringLiteral("ragged_rows"), QJsonObject{{QStringLiteral("count"), double(raggedRows)},
                                                        {QStringLiteral("first_rows"), raggedFirst}}},
            {QStringLiteral("undecodable"), QJsonObject{{QStringLiteral("count"), double(undecodableBytes)},
                                                        {QStringLiteral("first"), undecodable}}}};
}

FileValidation validateCsvFile(const QString &path, const Template &tmpl, const SheetPlan *plan,
                               const FileValidationOptions &options)
{
    FileValidation out;
    ProgressGate gate(options.progress);
    const QString sheetId = options.sheetId.isEmpty() ? tmpl.id : options.sheetId;
    out.report = ValidationReport(tmpl, sheetId, options.maxSamples);
    auto cancelled = [&] {
        out.cancelled = true;
        out.errorMessage = QStringLiteral("Cancelled");
        return out;
    };

    // Inspect: a typed error for what is not a CSV file.
    gate.report(ValidationPhase::Inspecting, 0, 0, 0);
    out.inspection = inspectCsvFile(path, options.open);
    if (out.inspection.error != CsvError::None) {
        out.error = out.inspection.error;
        out.errorMessage = out.error == CsvError::UnterminatedQuote
                               ? unterminatedQuoteMessage(findUnterminatedQuote(path, out.inspection))
                               : csvErrorMessage(out.inspection);
        return out;
    }
    const SniffedDialect &sniffed = out.inspection.dialect;
    const CsvDialect dialect = sniffed.dialect;
    Sheet sheet;
    sheet.tmpl = &tmpl;
    sheet.fieldCount = sniffed.fieldCount;
    sheet.maxSamples = options.maxSamples;
    sheet.links = options.links;
    sheet.flaggedCap = options.collectFlaggedCells;
    if (sniffed.hasHeader) {
        for (const QByteArray &h : sniffed.header)
            out.headers.append(QString::fromUtf8(h).trimmed());
        out.headerRow = sniffed.headerRecord + 1;
        sheet.firstDataRecord = sniffed.headerRecord + 1;
    } else {
        for (int i = 0; i < sniffed.fieldCount; ++i)
            out.headers.append(QStringLiteral("Column %1").arg(i + 1));
        sheet.firstDataRecord = sniffed.headerRecord;
    }

    // Map with self-healing; a required column nothing feeds stops here.
    MappingInput input{out.headers, sniffed.hasHeader,
                       headRows(path, out.inspection, sheet.firstDataRecord, kMappingSampleRows)};
    out.mapping = mapColumns(tmpl, input, plan);
    if (!out.mapping.isUsable()) {
        out.driftError = true;
        out.errorMessage = out.mapping.driftError(out.headers);
        return out;
    }
    sheet.sources = out.mapping.sourceIndexes();
    sheet.options = plan ? plan->options(tmpl) : QList<ColumnOptions>(tmpl.columns.size());
    bool uniqueFix = false;
    for (const TemplateColumn &c : tmpl.columns) {
        const PlanColumn *pc = plan ? plan->column(c.name) : nullptr;
        sheet.onInvalid.append(pc ? pc->onInvalid : std::nullopt);
        sheet.drop.append(pc && pc->dropInvalidRows);
        uniqueFix = uniqueFix || (c.unique && pc && (pc->onInvalid || pc->dropInvalidRows));
    }

    // The parallel path reads a mapping of the file as UTF-8; other encodings stream through the
    // decoder on one thread. Late `unique` fixes need rows in order: one thread too.
    const bool parallel = out.inspection.encoding.encoding == TextEncoding::Utf8 && !uniqueFix;
    const int threads = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    std::unique_ptr<MappedFile> mapped;
    QByteArrayView data;
    RowIndex index;
    bool indexed = false;
    qint64 uniqueColumnCount = 0;
    for (const TemplateColumn &c : tmpl.columns)
        uniqueColumnCount += c.unique ? 1 : 0;
    // `unique` through temporary files when its memory would pass the budget, counted at about 20
    // bytes a value: the tables' 12-byte slots at most 80 % full, each range's table sized for its
    // share; the check after the pass keeps 16 bytes a value in memory, so it stays below.
    auto overBudget = [&](qint64 records) {
        return uniqueColumnCount > 0 && records * uniqueColumnCount * 20 > options.uniqueMemoryBudget;
    };
    // On two threads the pass needs no index first (readRecordsInTwo): the row count that sizes the
    // `unique` tables is then estimated from the records of the first 4 MB. Within a tenth of the
    // budget the index is built anyway, to decide spilling on the exact count.
    qint64 estimatedRecords = 0;
    bool overlapped = false;
    if (parallel) {
        mapped = std::make_unique<MappedFile>(path);
        if (!mapped->isOpen()) {
            out.error = CsvError::CannotOpen;
            out.errorMessage = QStringLiteral("Cannot open the file: %1").arg(mapped->errorString());
            return out;
        }
        data = mapped->data().sliced(out.inspection.encoding.bomLength);
        if (threads == 2) { // otherwise the index comes first, and counts exactly
            const QByteArrayView head = data.first(std::min<qsizetype>(data.size(), qsizetype(4) << 20));
            RowIndexOptions headOptions;
            headOptions.stride = std::numeric_limits<qint64>::max() / 2;
            headOptions.threads = 1;
            RowIndex headIndex;
            RowIndex::build(head, dialect, headOptions, &headIndex);
            estimatedRecords = headIndex.recordCount() * data.size() / std::max<qsizetype>(1, head.size());
            overlapped = !overBudget(estimatedRecords + estimatedRecords / 10);
        }
    }
    // The row index over the mapping, on all threads; the pages it has scanned are let go.
    const qint64 bom = out.inspection.encoding.bomLength;
    auto indexOptions = [&]() {
        RowIndexOptions o;
        o.stride = 4096;
        o.threads = threads;
        o.scanned = [&](qint64 begin, qint64 end) { mapped->release(bom + begin, end - begin); };
        return o;
    };
    if (parallel && !overlapped) {
        RowIndexOptions indexing = indexOptions();
        indexing.progress = [&](qint64 done, qint64 total) {
            return gate.report(ValidationPhase::Indexing, done, total, 0);
        };
        if (!gate.report(ValidationPhase::Indexing, 0, data.size(), 0))
            return cancelled();
        if (RowIndex::build(data, dialect, indexing, &index) == RowIndexStatus::Cancelled)
            return cancelled();
        indexed = true;
        estimatedRecords = index.recordCount();
    }
    // The index, for reading single records again after an overlapped pass.
    auto ensureIndex = [&]() {
        if (!indexed) {
            RowIndex::build(data, dialect, indexOptions(), &index);
            indexed = true;
        }
    };
    // A quoted field that never closes would take the rest of the file as one field: rows lost
    // without a word. The file is refused, naming the row the field starts in (the last record).
    auto refuseUnterminated = [&]() {
        std::optional<CsvIssue> where;
        readRecords(data, dialect, index, index.recordCount() - 1, 1, [&](const CsvRecord &record) {
            CsvIssue issue;
            issue.kind = CsvIssueKind::UnterminatedQuote;
            issue.record = record.index;
            issue.line = record.line;
            issue.offset = record.offset;
            where = issue;
            return false;
        });
        out.error = CsvError::UnterminatedQuote;
        out.errorMessage = unterminatedQuoteMessage(where);
        return out;
    };
    if (indexed && index.endsInsideQuotes())
        return refuseUnterminated();
    const bool spilling = parallel && !overlapped && overBudget(index.recordCount());

    // Runs `perRecord(worker, record)` over every data record: on all threads over the mapping,
    // or streaming. Returns the reader's error, if any. Overlapped, the second worker's rows may
    // need renumbering afterwards (see `renumbering`).
    Renumbering renumbering;
    auto forEachRecord = [&](ValidationPhase phase, int workers, bool overMapping,
                             const std::function<bool(int, const CsvRecord &)> &perRecord) -> CsvError {
        if (overMapping) {
            // Each worker's own counts, one cache line each: written for every record, side by
            // side they moved a cache line between the cores on every record.
            struct alignas(64) Mine {
                qint64 counted = 0;
                qint64 start = -1;    // the offset of its first record
                qint64 released = -1; // where it let go of the pages behind it
            };
            std::vector<Mine> mine(static_cast<size_t>(workers));
            std::unique_ptr<std::atomic<qint64>[]> positions(new std::atomic<qint64>[size_t(workers)]);
            std::unique_ptr<std::atomic<qint64>[]> rows(new std::atomic<qint64>[size_t(workers)]);
            for (int w = 0; w < workers; ++w) {
                positions[size_t(w)] = 0;
                rows[size_t(w)] = 0;
            }
            std::atomic<bool> stop{false};
            if (!gate.report(phase, 0, qint64(data.size()), 0))
                return CsvError::Cancelled;
            const qint64 firstDataRecord = sheet.firstDataRecord;
            const auto each = [&](int worker, const CsvRecord &record) {
                Mine &m = mine[size_t(worker)];
                qint64 &n = m.counted;
                if (m.start < 0)
                    m.start = record.offset;
                if (++n % kReleaseEveryRecords == 0) {
                    // Pages behind this worker are not needed again in this pass.
                    qint64 &from = m.released;
                    if (from < 0)
                        from = m.start;
                    if (record.offset - from >= kReleaseBytes) {
                        mapped->release(out.inspection.encoding.bomLength + from, record.offset - from);
                        from = record.offset;
                    }
                }
                if (n % kProgressEveryRecords == 0) {
                    positions[size_t(worker)].store(record.offset - m.start, std::memory_order_relaxed);
                    rows[size_t(worker)].store(n, std::memory_order_relaxed);
                    if (worker == 0) {
                        qint64 bytes = 0;
                        qint64 seen = 0;
                        for (int w = 0; w < workers; ++w) {
                            bytes += positions[size_t(w)].load(std::memory_order_relaxed);
                            seen += rows[size_t(w)].load(std::memory_order_relaxed);
                        }
                        if (!gate.report(phase, bytes, qint64(data.size()), seen))
                            stop = true;
                    }
                    if (stop.load(std::memory_order_relaxed))
                        return false;
                }
                if (record.index < firstDataRecord)
                    return true;
                return perRecord(worker, record);
            };
            CsvStatus status = CsvStatus::Ok;
            if (overlapped) {
                // The second share starts near the middle and is renumbered afterwards (validateAll);
                // when its start cannot be told there, the file is scanned from the start, a megabyte at
                // a time (smaller files in 32 steps), while worker 0 already reads.
                const qint64 step = std::clamp<qint64>(data.size() / 32, 4096, qint64(1) << 20);
                renumbering = Renumbering{};
                renumbering.base = sheet.firstDataRecord; // past the header: none is skipped as one
                status = readRecordsInTwo(
                    data, dialect, each,
                    [&](qint64 begin, qint64 end) { mapped->release(bom + begin, end - begin); }, step,
                    &renumbering);
            } else {
                status = readRecordsParallel(data, dialect, index, workers, each);
            }
            if (status == CsvStatus::Cancelled)
                return CsvError::Cancelled;
            if (status == CsvStatus::RecordTooLarge)
                return CsvError::RecordTooLarge;
            if (status == CsvStatus::UnterminatedQuote) // found by the index before, when there is one
                return CsvError::UnterminatedQuote;
            return CsvError::None;
        }
        CsvTextReader reader(out.inspection.encoding.encoding, dialect);
        qint64 seen = 0;
        reader.setRecordCallback([&](const CsvRecord &record) {
            if (record.index < sheet.firstDataRecord)
                return true;
            ++seen;
            return perRecord(0, record);
        });
        const CsvError error = readCsvFile(
            path, reader,
            [&](qint64 doneBytes, qint64 total) { return gate.report(phase, doneBytes, total, seen); },
            &out.errorMessage);
        if (phase == ValidationPhase::Validating) {
            out.undecodableBytes = reader.decodeIssueCount();
            out.decodeSamples = reader.decodeIssues().mid(0, kMaxDecodeSamples);
        }
        return error;
    };
    auto readFailed = [&](CsvError error) {
        if (overlapped && (error == CsvError::RecordTooLarge || error == CsvError::UnterminatedQuote)) {
            ensureIndex(); // found by the pass here, not by an index before it
            if (index.endsInsideQuotes())
                return refuseUnterminated();
        }
        out.error = error;
        if (error == CsvError::RecordTooLarge)
            out.errorMessage =
                QStringLiteral("A row is larger than a CSV row can be: a quote that is never closed?");
        else if (error == CsvError::UnterminatedQuote)
            out.errorMessage = unterminatedQuoteMessage(findUnterminatedQuote(path, out.inspection));
        else if (out.errorMessage.isEmpty())
            out.errorMessage = csvErrorName(error);
        return out;
    };
    const int workers = parallel ? threads : 1;
    const bool writing = options.writeValid || options.writeInvalid || options.writeAll;

    // Column settings from every value (date order, decimal style), unless the plan decided. One
    // pass does both: it validates with the settings the first rows suggest while it looks at every
    // value; only when all the values decide otherwise (rare: the head of a file is most of the time
    // like the rest) is the pass run again with the settings they decided.
    std::vector<int> detectColumns;
    for (int c = 0; c < tmpl.columns.size(); ++c) {
        const ColumnSettingsDetector probe(tmpl.columns[c]);
        if (sheet.sources[c] >= 0 && (probe.isDateColumn() || probe.isNumberColumn()))
            detectColumns.push_back(c);
    }
    const QList<ColumnOptions> baseOptions = sheet.options;
    if (!detectColumns.empty()) {
        for (const int c : detectColumns) {
            ColumnSettingsDetector head(tmpl.columns[c]);
            const int source = sheet.sources[c];
            for (const QStringList &row : input.sample) {
                if (source < row.size())
                    head.add(row[source]);
            }
            sheet.options[c] = head.apply(baseOptions[c]);
        }
    }

    // Outputs are written by the validation pass itself: each worker writes its rows to temporary
    // files (one per output), noting how many bytes each row took; they are appended in order at
    // the end, where the few rows that a later range's `unique` check turned invalid are written
    // again (see below). A pass that runs again (date order) starts them afresh.
    QStringList names;
    for (const TemplateColumn &c : tmpl.columns)
        names.append(c.name);
    struct Output {
        QIODevice *device = nullptr;
        RowFilter filter = RowFilter::All;
        // The first worker's rows come first and are never rewritten (late `unique` failures are
        // in later ranges): into a file it writes them straight after the header, and only the
        // other workers' parts are copied at the end (for one worker, nothing is).
        bool direct = false;
        qint64 start = 0; // where the output began in `device` (a pass that runs again goes back)
        std::vector<std::unique_ptr<QTemporaryFile>> parts; // per worker (none for a direct first)
        std::vector<std::unique_ptr<CsvWriter>> writers;    // per worker, into its part
        std::vector<std::vector<quint32>> rowBytes;         // per worker, per record of its range
    };
    std::vector<qint64> outputStarts; // per output device, from the first pass
    std::vector<Output> outputs;
    std::vector<QList<QStringView>> outputCells(static_cast<size_t>(workers),
                                                QList<QStringView>(tmpl.columns.size()));
    QString outputError;
    auto openOutputs = [&]() -> bool {
        outputs.clear();
        for (const auto &[device, filter] : {std::pair{options.writeValid, RowFilter::Valid},
                                             std::pair{options.writeInvalid, RowFilter::Invalid},
                                             std::pair{options.writeAll, RowFilter::All}}) {
            if (!device)
                continue;
            Output o{device,
                     filter,
                     false,
                     0,
                     {},
                     {},
                     std::vector<std::vector<quint32>>(static_cast<size_t>(workers))};
            auto *file = qobject_cast<QFileDevice *>(device);
            if (file && !file->isSequential()) {
                const size_t k = outputs.size();
                if (outputStarts.size() <= k)
                    outputStarts.push_back(file->pos());
                o.start = outputStarts[k];
                // Not when `unique` is checked after the pass (spilling): the first range's rows
                // may then be written again too.
                o.direct = !spilling && file->seek(o.start) && file->resize(o.start);
                if (o.direct) {
                    CsvWriter header(device, filter);
                    header.writeHeader(names);
                    if (!header.flush()) {
                        outputError =
                            QStringLiteral("Writing the output failed: %1").arg(header.errorString());
                        return false;
                    }
                }
            }
            for (int w = 0; w < workers; ++w) {
                if (w == 0 && o.direct) {
                    o.parts.push_back(nullptr);
                    o.writers.push_back(std::make_unique<CsvWriter>(device, filter));
                    continue;
                }
                o.parts.push_back(std::make_unique<QTemporaryFile>());
                if (!o.parts.back()->open()) {
                    outputError = QStringLiteral("Writing the output failed: no temporary file: %1")
                                      .arg(o.parts.back()->errorString());
                    return false;
                }
                o.writers.push_back(std::make_unique<CsvWriter>(o.parts.back().get(), filter));
            }
            outputs.push_back(std::move(o));
        }
        return true;
    };
    // The row as the outputs have it: normal values, a flagged cell as the file had it.
    auto outputRow = [](const RowWork &row, QList<QStringView> &cells) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            cells[c] = row.outputCell(int(c));
    };

    // Validate every row.
    std::vector<std::unique_ptr<RowWork>> work;
    // On several threads `unique` is checked after the pass (UniqueSpill), every repeat a late
    // failure, on every range (the first one too): in temporary files when spilling, else in memory.
    // Not in memory when writing: the first range's rows go straight to the outputs, where a late
    // failure could not move a row; its tables answer at once.
    const bool uniqueAfter = spilling || (parallel && !writing);
    auto validateAll = [&](bool detect) -> CsvError {
        work.clear();
        for (int w = 0; w < workers; ++w) {
            work.push_back(std::make_unique<RowWork>(sheet, sheetId));
            if (uniqueAfter) {
                work.back()->spill = std::make_unique<UniqueSpill>(spilling ? UniqueSpill::Storage::Files
                                                                            : UniqueSpill::Storage::Memory);
                work.back()->validator.setUniqueSpill(work.back()->spill.get());
            } else if (parallel) {
                // Each range's unique tables sized for its share of the rows, so none grows by
                // doubling during the pass (a growing table holds both sizes). The first range's
                // tables then take in the others' shard by shard (UniqueTracker::mergeLater), so
                // the merge holds one shard twice at a time: 5M distinct e-mails peak at about
                // 1.1 times the final table instead of 1.6.
                // Sized by each worker's own thread at its first row: both ranges' tables are
                // cleared at once, not one after the other before the pass.
                const qint64 rows = estimatedRecords;
                work.back()->expectRows = rows / workers + rows / (8 * workers);
            }
            if (detect)
                work.back()->detectSettings(detectColumns);
            work.back()->usePassingLane(writing);
        }
        if (writing && !openOutputs())
            return CsvError::ReadError;
        const CsvError error = forEachRecord(
            ValidationPhase::Validating, workers, parallel, [&](int w, const CsvRecord &record) {
                RowWork &mine = *work[size_t(w)];
                const RowFate fate = mine.process(record, true);
                if (parallel && (w > 0 || uniqueAfter)) {
                    if (mine.firstRecord < 0)
                        mine.firstRecord = record.index;
                    mine.fates.push_back(fate);
                }
                if (writing) {
                    QList<QStringView> &cells = outputCells[size_t(w)];
                    outputRow(mine, cells);
                    bool ok = true;
                    for (Output &o : outputs) {
                        CsvWriter &writer = *o.writers[size_t(w)];
                        const qint64 before = writer.bytesWritten();
                        if (fate != RowFate::Dropped || o.filter == RowFilter::Invalid)
                            ok = writer.writeRow(cells, fate == RowFate::Valid) && ok;
                        if (o.parts[size_t(w)]) // the lengths serve to copy a part at the end
                            o.rowBytes[size_t(w)].push_back(quint32(writer.bytesWritten() - before));
                    }
                    return ok;
                }
                return true;
            });
        for (const std::unique_ptr<RowWork> &mine : work)
            mine->flushLane();
        if (error == CsvError::None && overlapped && renumbering.needed && work.size() == 2)
            work[1]->shiftRows(renumbering.record - renumbering.base, renumbering.line - 1);
        return error;
    };
    auto writeFailed = [&]() -> bool {
        if (!outputError.isEmpty())
            return true;
        for (const Output &o : outputs) {
            for (const auto &writer : o.writers) {
                if (writer->hasError()) {
                    outputError = QStringLiteral("Writing the output failed: %1").arg(writer->errorString());
                    return true;
                }
            }
        }
        return false;
    };
    auto outputFailed = [&]() {
        out.error = CsvError::ReadError;
        out.errorMessage = outputError;
        return out;
    };
    CsvError error = validateAll(!detectColumns.empty());
    if (writeFailed())
        return outputFailed();
    if (error == CsvError::Cancelled || gate.cancelled())
        return cancelled();
    if (error != CsvError::None)
        return readFailed(error);
    if (!detectColumns.empty()) {
        bool rerun = false;
        for (size_t i = 0; i < detectColumns.size(); ++i) {
            std::vector<ColumnSettingsDetector> &first = work[0]->detectors;
            for (int w = 1; w < workers; ++w)
                first[i].merge(work[size_t(w)]->detectors[i]);
            const int c = detectColumns[i];
            const ColumnOptions decided = first[i].apply(baseOptions[c]);
            rerun = rerun || decided.dateOrder != sheet.options[c].dateOrder ||
                    decided.decimalStyle != sheet.options[c].decimalStyle;
            sheet.options[c] = decided;
        }
        if (rerun) {
            error = validateAll(false);
            if (writeFailed())
                return outputFailed();
            if (error == CsvError::Cancelled || gate.cancelled())
                return cancelled();
            if (error != CsvError::None)
                return readFailed(error);
        }
    }
    out.options = sheet.options;

    out.report = work[0]->report;
    RowWork &first = *work[0];
    // Per worker, the cells whose `unique` value repeats one of an earlier range (or, spilling, any
    // other row), in row then column order.
    std::vector<int> uniqueColumns;
    std::vector<int> uniqueBit(size_t(tmpl.columns.size()), -1);
    for (int c = 0; c < tmpl.columns.size(); ++c) {
        if (tmpl.columns[c].unique) {
            uniqueBit[size_t(c)] = int(uniqueColumns.size());
            uniqueColumns.push_back(c);
        }
    }
    const size_t uniqueCount = uniqueColumns.size();
    std::vector<LateMarks> lateMarks(static_cast<size_t>(workers));
    auto markLate = [&](LateMarks &marks, const RowWork &range, int column, qint64 row) {
        const qint64 slot = row - 1 - range.firstRecord;
        if (slot < 0 || slot >= qint64(range.fates.size()) || range.fates[size_t(slot)] == RowFate::Dropped)
            return;
        marks.set(slot, size_t(uniqueBit[size_t(column)]));
    };
    // Reports a range's late failures, in row then column order.
    auto reportLate = [&](RowWork &later, const LateMarks &marks) {
        QHash<int, int> withValue; // per column, how many late failures got their value read back
        marks.forEach([&](qint64 slot, size_t k) {
            const int column = uniqueColumns[k];
            const qint64 row = later.firstRecord + slot + 1;
            QString value;
            if (withValue[column]++ < options.maxSamples && sheet.sources[column] >= 0) {
                ensureIndex();
                readRecords(data, dialect, index, row - 1, 1, [&](const CsvRecord &record) {
                    const int source = sheet.sources[column];
                    if (source < int(record.fields.size()))
                        decodeUtf8Field(record.fields[size_t(source)], value);
                    return false;
                });
            }
            out.report.addLateFailure(column, CellRule::Unique, value, row,
                                      later.fates[size_t(slot)] == RowFate::Invalid);
            if (qint64(later.flagged.size()) < sheet.flaggedCap)
                later.flagged.push_back(FlaggedCell{row, column, CellRule::Unique});
            else if (sheet.flaggedCap > 0)
                later.flaggedTruncated = true;
            later.fates[size_t(slot)] = RowFate::Invalid;
        });
    };
    if (uniqueAfter) {
        // Every repeated value is found now, in any range: ranges are consecutive, in order.
        for (int w = 0; w < workers; ++w)
            lateMarks[size_t(w)].reset(work[size_t(w)]->fates.size(), uniqueCount);
        std::vector<UniqueSpill *> spills;
        for (const auto &range : work)
            spills.push_back(range->spill.get());
        QString spillError;
        const bool found = UniqueSpill::findDuplicates(
            spills,
            [&](int column, qint64 row) {
                int w = workers - 1;
                while (w > 0 && (work[size_t(w)]->fates.empty() || row - 1 < work[size_t(w)]->firstRecord))
                    --w;
                markLate(lateMarks[size_t(w)], *work[size_t(w)], column, row);
            },
            &spillError, threads);
        for (const auto &range : work)
            range->spill.reset(); // their records' memory or temporary files
        if (!found) {
            outputError = spillError;
            return outputFailed();
        }
        reportLate(first, lateMarks[0]);
    }
    for (int w = 1; w < workers; ++w) {
        RowWork &later = *work[size_t(w)];
        out.report.merge(later.report);
        LateMarks &marks = lateMarks[size_t(w)];
        if (!uniqueAfter) {
            // `unique` values this range repeats from an earlier one: failures found only now.
            marks.reset(later.fates.size(), uniqueCount);
            // On all the pass's threads: the tables' shards are independent, and markLate only sets
            // bits. The last range's values are only looked up: no range after it needs them.
            first.validator.mergeLater(
                later.validator, [&](int column, qint64 row, qint64) { markLate(marks, later, column, row); },
                threads, w + 1 < workers);
        }
        reportLate(later, marks);
    }
    for (const auto &w : work) {
        out.droppedRows += w->droppedRows;
        out.fixedCells += w->fixed;
        out.raggedRows += w->ragged;
        out.raggedSamples += w->raggedSamples;
        if (parallel) {
            out.undecodableBytes += w->undecodable;
            out.decodeSamples += w->decodeSamples;
        }
    }
    if (options.collectFlaggedCells > 0) {
        for (const auto &w : work) {
            out.flagged.insert(out.flagged.end(), w->flagged.begin(), w->flagged.end());
            out.flaggedTruncated = out.flaggedTruncated || w->flaggedTruncated;
        }
        std::sort(out.flagged.begin(), out.flagged.end(), [](const FlaggedCell &a, const FlaggedCell &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        if (qint64(out.flagged.size()) > options.collectFlaggedCells) {
            out.flagged.resize(size_t(options.collectFlaggedCells));
            out.flaggedTruncated = true;
        }
    }
    std::sort(out.raggedSamples.begin(), out.raggedSamples.end());
    out.raggedSamples = out.raggedSamples.mid(0, kMaxRaggedSamples);
    std::sort(out.decodeSamples.begin(), out.decodeSamples.end(),
              [](const DecodeIssue &a, const DecodeIssue &b) { return a.inputOffset < b.inputOffset; });
    out.decodeSamples = out.decodeSamples.mid(0, kMaxDecodeSamples);

    // Outputs: the header, then each worker's rows in order. A row that a `unique` value of an
    // earlier range made invalid after it was written is written again from the file (normal values,
    // its flagged cells as the file had them): left out of the valid rows, put among the flagged
    // ones, and rewritten among all rows.
    if (writing) {
        qint64 total = 0;
        for (const Output &o : outputs)
            for (const auto &part : o.parts)
                total += part ? part->size() : 0;
        qint64 copied = 0;
        std::unique_ptr<RowWork> again;
        QList<QStringView> cells(tmpl.columns.size());
        for (Output &o : outputs) {
            for (const auto &writer : o.writers)
                writer->flush();
            if (writeFailed())
                return outputFailed();
            if (!o.direct) {
                CsvWriter header(o.device, o.filter);
                header.writeHeader(names);
                if (!header.flush()) {
                    outputError = QStringLiteral("Writing the output failed: %1").arg(header.errorString());
                    return outputFailed();
                }
            }
            auto copy = [&](QTemporaryFile &part, qint64 bytes) -> bool {
                while (bytes > 0) {
                    const QByteArray block = part.read(std::min<qint64>(bytes, 1 << 20));
                    if (block.isEmpty() || o.device->write(block) != block.size())
                        return false;
                    bytes -= block.size();
                    copied += block.size();
                    if (!gate.report(ValidationPhase::Writing, copied, total, 0))
                        return false;
                }
                return true;
            };
            auto copyFailed = [&]() {
                if (gate.cancelled())
                    return cancelled();
                outputError = QStringLiteral("Writing the output failed: %1").arg(o.device->errorString());
                return outputFailed();
            };
            for (int w = 0; w < workers; ++w) {
                const LateMarks &marks = lateMarks[size_t(w)];
                if (!o.parts[size_t(w)]) {
                    Q_ASSERT(marks.empty()); // the first range's rows stay as written
                    continue;
                }
                QTemporaryFile &part = *o.parts[size_t(w)];
                part.seek(0);
                const std::vector<quint32> &bytes = o.rowBytes[size_t(w)];
                const qint64 firstRecord = work[size_t(w)]->firstRecord;
                qint64 slot = 0; // next record slot of this worker not yet copied
                qint64 pending = 0;
                // The rows with late failures, read again in one pass over the stretch of the range
                // they lie in (not each from its index entry: that re-read up to 4,095 rows a row).
                std::vector<int> lateColumns; // of the record being rewritten
                qint64 firstSlot = -1;
                qint64 lastSlot = -1;
                marks.forEach([&](qint64 s, size_t) {
                    if (firstSlot < 0)
                        firstSlot = s;
                    lastSlot = s;
                });
                auto lateIn = [&](qint64 s) {
                    lateColumns.clear();
                    for (size_t k = 0; k < uniqueCount; ++k) {
                        if (marks.test(s, k))
                            lateColumns.push_back(uniqueColumns[k]);
                    }
                    return !lateColumns.empty();
                };
                bool copyError = false;
                bool writeError = false;
                if (firstSlot >= 0) {
                    ensureIndex();
                    readRecords(
                        data, dialect, index, firstRecord + firstSlot, lastSlot - firstSlot + 1,
                        [&](const CsvRecord &record) {
                            const qint64 s = record.index - firstRecord;
                            if (s < 0 || s >= qint64(bytes.size()) || !lateIn(s))
                                return true;
                            for (; slot < s; ++slot)
                                pending += bytes[size_t(slot)];
                            if (!copy(part, pending) || !part.seek(part.pos() + bytes[size_t(slot)])) {
                                copyError = true;
                                return false;
                            }
                            pending = 0;
                            ++slot;
                            if (!again)
                                again = std::make_unique<RowWork>(sheet, sheetId, false);
                            again->process(record, false);
                            if (o.filter == RowFilter::Valid)
                                return true;
                            outputRow(*again, cells);
                            for (const int c : lateColumns)
                                cells[c] = again->cells()[c];
                            CsvWriter line(o.device, o.filter);
                            line.writeRow(cells, false);
                            if (!line.flush()) {
                                outputError =
                                    QStringLiteral("Writing the output failed: %1").arg(line.errorString());
                                writeError = true;
                                return false;
                            }
                            return true;
                        });
                }
                if (copyError)
                    return copyFailed();
                if (writeError)
                    return outputFailed();
                for (; slot < qint64(bytes.size()); ++slot)
                    pending += bytes[size_t(slot)];
                if (!copy(part, pending))
                    return copyFailed();
            }
        }
    }
    return out;
}

} // namespace godwit::engine
