// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/previewtablemodel.h"

#include "app/preview/previewdocument.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace godwit::ui {

namespace {

constexpr int kMaxInFlight = 8;    // chunks asked for at once; older requests are dropped
const QChar kReturnSymbol(0x23CE); // ⏎ for a line break inside a cell
const QChar kReplacement(0xFFFD);

QString oneLine(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString out = text;
    out.replace(QLatin1String("\r\n"), QString(kReturnSymbol));
    out.replace(QLatin1Char('\n'), kReturnSymbol);
    out.replace(QLatin1Char('\r'), kReturnSymbol);
    return out;
}

} // namespace

PreviewTableModel::PreviewTableModel(app::PreviewDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    document->setPrefetchRows(kChunkRows); // "go to line" brings the rows there in our chunks
    connect(document, &app::PreviewDocument::layoutChanged, this, &PreviewTableModel::reset);
    connect(document, &app::PreviewDocument::rowsFetched, this, &PreviewTableModel::onRowsFetched);
    connect(document, &app::PreviewDocument::indexProgressed, this, &PreviewTableModel::onIndexProgress);
    connect(document, &app::PreviewDocument::indexingChanged, this, &PreviewTableModel::onIndexProgress);
    connect(document, &app::PreviewDocument::rowsFailed, this, [this](int generation, qint64 first) {
        if (generation != m_document->generation())
            return;
        // The file changed under us: forget the request, so that a repaint asks again.
        const qint64 chunk = (first - m_firstData) / kChunkRows;
        m_inFlight.remove(chunk);
    });
    reset();
}

void PreviewTableModel::reset()
{
    beginResetModel();
    m_chunks.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_subset.reset();
    const app::PreviewLayout &layout = m_document->layout();
    m_firstData = layout.firstDataRecord();
    m_columns = m_document->state() == app::PreviewDocument::State::Open ? layout.columnCount() : 0;
    // Rows with more fields than the header in the file's first lines: show those columns too.
    for (const app::PreviewRow &row : m_document->headRows()) {
        if (row.record >= m_firstData)
            m_columns = std::max(m_columns, row.fieldCount);
    }
    m_total = m_columns > 0 ? estimatedTotal() : 0;
    m_windowStart = 0;
    m_rows = int(std::min<qint64>(m_total, kWindowRows));
    updateHeaderWidth();
    endResetModel();
    emit globalRowCountChanged(m_total);
}

qint64 PreviewTableModel::estimatedTotal() const
{
    if (m_subset)
        return qint64(m_subset->size());
    return m_document->estimatedDataRows();
}

void PreviewTableModel::updateRowCount()
{
    if (m_columns == 0 || m_subset)
        return;
    const qint64 total = estimatedTotal();
    if (total == m_total)
        return;
    // While estimating, follow only changes that matter (the scroll bar should not twitch).
    if (!m_document->rowCountExact() && m_total > 0 && std::abs(total - m_total) < m_total / 100)
        return;
    setTotal(total);
}

void PreviewTableModel::setTotal(qint64 total)
{
    m_total = total;
    const int rows = int(std::min<qint64>(total, kWindowRows));
    if (m_windowStart + rows > total)
        setWindowStart(total - rows); // before the count shrinks: the current row stays in view
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    updateHeaderWidth();
    emit globalRowCountChanged(m_total);
}

void PreviewTableModel::setWindowStart(qint64 globalRow)
{
    const qint64 start = std::clamp<qint64>(globalRow, 0, std::max<qint64>(0, m_total - m_rows));
    if (start == m_windowStart)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const qint64 shift = m_windowStart - start;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before) {
        const qint64 row = i.row() + shift;
        after.append(row >= 0 && row < m_rows ? createIndex(int(row), i.column()) : QModelIndex());
    }
    m_windowStart = start;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int PreviewTableModel::windowRow(qint64 globalRow) const
{
    const qint64 row = globalRow - m_windowStart;
    return row >= 0 && row < m_rows ? int(row) : -1;
}

// The row header fits the widest line number to come (with "≈"): measured once, not per row.
void PreviewTableModel::updateHeaderWidth()
{
    const QFontMetrics metrics(QGuiApplication::font());
    const QString widest = QChar(0x2248) + QLocale().toString(m_total * 12 / 10 + 10);
    m_headerSize = QSize(metrics.horizontalAdvance(widest) + 16, metrics.height() + 8);
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

qint64 PreviewTableModel::recordForGlobal(qint64 globalRow) const
{
    if (globalRow < 0 || globalRow >= m_total)
        return -1;
    if (m_subset)
        return (*m_subset)[std::size_t(globalRow)];
    return m_firstData + globalRow;
}

qint64 PreviewTableModel::globalRowForRecord(qint64 record) const
{
    if (m_subset) {
        const auto it = std::lower_bound(m_subset->cbegin(), m_subset->cend(), record);
        return it != m_subset->cend() && *it == record ? qint64(it - m_subset->cbegin()) : -1;
    }
    const qint64 row = record - m_firstData;
    return row >= 0 && row < m_total ? row : -1;
}

void PreviewTableModel::changedGlobal(qint64 first, qint64 last)
{
    const qint64 from = std::max(first, m_windowStart) - m_windowStart;
    const qint64 to = std::min(last, m_windowStart + m_rows - 1) - m_windowStart;
    if (to < from || m_columns == 0)
        return;
    emit dataChanged(index(int(from), 0), index(int(to), m_columns - 1));
    emit headerDataChanged(Qt::Vertical, int(from), int(to));
}

QString PreviewTableModel::columnName(int column) const
{
    const app::PreviewLayout &layout = m_document->layout();
    if (layout.hasHeader && column < layout.header.size()) {
        const QString name = layout.header.at(column).trimmed();
        return name.isEmpty() ? tr("(column %1 has no name)").arg(column + 1) : name;
    }
    if (layout.hasHeader && column >= layout.header.size())
        return tr("(extra field %1)").arg(column - layout.header.size() + 1);
    return tr("Column %1").arg(column + 1);
}

const app::PreviewRow *PreviewTableModel::findRow(qint64 record) const
{
    if (record < m_firstData)
        return nullptr;
    const qint64 chunk = (record - m_firstData) / kChunkRows;
    auto it = m_chunks.find(chunk);
    if (it == m_chunks.end()) {
        request(chunk);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    const qint64 at = (record - m_firstData) % kChunkRows;
    if (at >= it->rows.size()) {
        if (it->partial)
            request(chunk);
        return nullptr;
    }
    return &it->rows[qsizetype(at)];
}

const app::PreviewRow *PreviewTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows ? findRow(recordForRow(row)) : nullptr;
}

bool PreviewTableModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= m_rows)
        return false;
    const qint64 record = recordForRow(row);
    if (record < m_firstData)
        return false;
    const auto it = m_chunks.constFind((record - m_firstData) / kChunkRows);
    return it != m_chunks.cend() && (record - m_firstData) % kChunkRows < it->rows.size();
}

void PreviewTableModel::request(qint64 chunk) const
{
    if (m_inFlight.contains(chunk) || m_wanted.contains(chunk))
        return;
    m_wanted.insert(chunk);
    if (!m_submitScheduled) {
        m_submitScheduled = true;
        QTimer::singleShot(0, const_cast<PreviewTableModel *>(this), &PreviewTableModel::submitRequests);
    }
}

void PreviewTableModel::submitRequests()
{
    m_submitScheduled = false;
    if (m_wanted.isEmpty())
        return;
    // The newest requests last (served first); keep only the last few.
    QList<qint64> order(m_inFlight.cbegin(), m_inFlight.cend());
    std::sort(order.begin(), order.end());
    QList<qint64> fresh(m_wanted.cbegin(), m_wanted.cend());
    std::sort(fresh.begin(), fresh.end(), std::greater<>()); // the top of the screen served first
    order.append(fresh);
    if (order.size() > kMaxInFlight)
        order = order.mid(order.size() - kMaxInFlight);
    m_wanted.clear();
    m_inFlight = QSet<qint64>(order.cbegin(), order.cend());
    QList<std::pair<qint64, qint64>> ranges;
    for (const qint64 chunk : std::as_const(order))
        ranges.append({m_firstData + chunk * kChunkRows, kChunkRows});
    m_document->fetchRows(ranges);
}

void PreviewTableModel::onRowsFetched(int generation, qint64 first, const QList<app::PreviewRow> &rows,
                                      bool partial)
{
    if (generation != m_document->generation() || m_columns == 0)
        return;
    const qint64 chunk = (first - m_firstData) / kChunkRows;
    m_inFlight.remove(chunk);
    Chunk &c = m_chunks[chunk];
    c.rows = rows;
    c.partial = partial;
    c.approximate = !rows.isEmpty() && rows.front().approximate;
    c.lastUse = ++m_useClock;
    evict();

    qint64 from = 0;
    qint64 to = -1;
    if (m_subset) {
        const auto lo = std::lower_bound(m_subset->cbegin(), m_subset->cend(), first);
        const auto hi = std::lower_bound(m_subset->cbegin(), m_subset->cend(), first + kChunkRows);
        from = qint64(lo - m_subset->cbegin());
        to = qint64(hi - m_subset->cbegin()) - 1;
    } else {
        from = chunk * kChunkRows;
        to = std::min<qint64>(from + kChunkRows, m_total) - 1;
    }
    if (to < from)
        return;
    changedGlobal(from, to);
    emit rowsLoaded(from, to);
}

void PreviewTableModel::dropChunks(const std::function<bool(qint64, const Chunk &)> &which)
{
    QList<qint64> dropped;
    for (auto it = m_chunks.begin(); it != m_chunks.end();) {
        if (which(it.key(), *it)) {
            dropped.append(it.key());
            it = m_chunks.erase(it);
        } else {
            ++it;
        }
    }
    if (dropped.isEmpty())
        return;
    if (m_subset) {
        changedGlobal(m_windowStart, m_windowStart + m_rows - 1);
        return;
    }
    for (const qint64 chunk : std::as_const(dropped))
        changedGlobal(chunk * kChunkRows, chunk * kChunkRows + kChunkRows - 1);
}

void PreviewTableModel::onIndexProgress()
{
    if (m_columns == 0)
        return;
    updateRowCount();
    const app::PreviewIndexState state = m_document->indexState();
    // Estimated rows the index has reached are read again, exactly; partial ones once more.
    const qint64 exactUpTo =
        state.complete ? LLONG_MAX : state.records + app::PreviewReader::kMaxForwardRecords / 2;
    dropChunks([&](qint64 chunk, const Chunk &c) {
        return c.partial || (c.approximate && m_firstData + (chunk + 1) * kChunkRows <= exactUpTo);
    });
}

void PreviewTableModel::evict()
{
    while (m_chunks.size() > kMaxChunks) {
        auto oldest = m_chunks.begin();
        for (auto it = m_chunks.begin(); it != m_chunks.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_chunks.erase(oldest);
    }
}

void PreviewTableModel::setRowSubset(std::shared_ptr<const std::vector<qint64>> records)
{
    beginResetModel();
    m_subset = std::move(records);
    m_total = m_columns > 0 ? estimatedTotal() : 0;
    m_windowStart = 0;
    m_rows = int(std::min<qint64>(m_total, kWindowRows));
    endResetModel();
    emit globalRowCountChanged(m_total);
}

void PreviewTableModel::setCellAnnotator(CellAnnotator annotator)
{
    m_annotator = std::move(annotator);
    if (m_rows > 0 && m_columns > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= m_columns)
        return {};
    const qint64 record = recordForRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::AccessibleTextRole:
    case RecordRole:
    case LineRole:
    case LoadedRole:
    case ApproximateRole:
    case FieldCountRole:
        break;
    default:
        return {};
    }
    if (role == RecordRole)
        return record;
    const app::PreviewRow *row = findRow(record);
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return {};
    const int column = index.column();
    const bool present = column < row->cells.size();
    const QString empty;
    const QString &text = present ? row->cells.at(column) : empty;
    qint64 truncatedBytes = -1;
    for (const auto &[c, bytes] : row->truncated) {
        if (c == column)
            truncatedBytes = bytes;
    }
    const std::optional<CellNote> note = m_annotator ? m_annotator(record, column) : std::nullopt;

    switch (role) {
    case Qt::DisplayRole:
        return truncatedBytes >= 0 ? oneLine(text) + QChar(0x2026) : oneLine(text);
    case Qt::AccessibleTextRole:
        return text;
    case LineRole:
        return row->line;
    case ApproximateRole:
        return row->approximate;
    case FieldCountRole:
        return row->fieldCount;
    case Qt::ForegroundRole:
        if (row->approximate)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::BackgroundRole:
        if (note && note->background.isValid())
            return note->background;
        if (!present)
            return QColor(0xfc, 0xf0, 0xd4); // a field this (ragged) row does not have
        if (text.contains(kReplacement))
            return QColor(0xfb, 0xe0, 0xdc); // undecodable bytes
        return {};
    case Qt::ToolTipRole: {
        QStringList parts;
        if (!present)
            parts.append(tr("This row has only %n field(s).", nullptr, row->fieldCount));
        else if (!text.isEmpty())
            parts.append(text.size() > 600 ? text.left(600) + QChar(0x2026) : text);
        if (truncatedBytes >= 0)
            parts.append(tr("A long field: %1 bytes, of which the first %2 characters are shown.")
                             .arg(QLocale().toString(truncatedBytes), QLocale().toString(text.size())));
        if (text.contains(kReplacement))
            parts.append(tr("� stands for bytes that are not valid in the file's encoding."));
        if (note && !note->tooltip.isEmpty())
            parts.append(note->tooltip);
        return parts.join(QStringLiteral("\n\n"));
    }
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns)
            return {};
        if (role == Qt::DisplayRole)
            return oneLine(columnName(section));
        if (role == Qt::ToolTipRole)
            return tr("Column %1: %2").arg(section + 1).arg(columnName(section));
        return {};
    }
    if (section < 0 || section >= m_rows)
        return {};
    if (role == Qt::SizeHintRole) {
        return m_headerSize;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole)
        return {};
    const app::PreviewRow *row = findRow(recordForRow(section));
    if (!row) {
        if (role == Qt::DisplayRole)
            return QString(QChar(0x2026)); // … being read
        if (role == Qt::ToolTipRole)
            return tr("Reading this row…");
        return {};
    }
    const int expected = m_document->layout().fieldCount;
    const bool ragged = expected > 0 && row->fieldCount != expected;
    switch (role) {
    case Qt::DisplayRole:
        return row->approximate ? QString(QChar(0x2248) + QLocale().toString(row->line))
                                : QLocale().toString(row->line);
    case Qt::ForegroundRole:
        if (ragged)
            return QColor(0xb0, 0x3a, 0x2e);
        if (row->approximate)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole: {
        QStringList parts;
        parts.append(row->approximate
                         ? tr("About line %1: the file is still being indexed, exact row numbers follow.")
                               .arg(QLocale().toString(row->line))
                         : tr("Line %1 of the file").arg(QLocale().toString(row->line)));
        if (ragged)
            parts.append(tr("This row has %1 fields; the header has %2.").arg(row->fieldCount).arg(expected));
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

} // namespace godwit::ui
