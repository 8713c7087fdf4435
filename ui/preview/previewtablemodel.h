// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The offline preview's table: a lazy model over a PreviewDocument. Rows are the file's data
// records (after the header); they are fetched in chunks off the UI thread when the view asks
// for them and kept in a bounded cache. The vertical header shows each row's line number in the
// file. While the index is being built, the row count is an estimate and rows far beyond the
// indexed part are read at an estimated position: their numbers show with "≈" and they are read
// again exactly once the index reaches them.
//
// A file has millions of rows, and QHeaderView keeps about 8 bytes per row (76 MB and a quarter
// of a second for 9.5 million): the model therefore shows a window of at most kWindowRows rows of
// the whole ("global") row range, and PreviewTableView moves the window as the user scrolls.
// Global rows are data rows: global row 0 is the first record after the header.
//
// For the validation panel: setRowSubset() shows only some records (e.g. the flagged ones), and
// setCellAnnotator() lets it colour cells and explain them in tooltips.

#include "app/preview/previewreader.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QSet>
#include <QSize>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace godwit::app {
class PreviewDocument;
}

namespace godwit::ui {

class PreviewTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kChunkRows = 256;
    static constexpr int kMaxChunks = 64;     // cached chunks (16,384 rows)
    static constexpr int kWindowRows = 20000; // rows the view sees at once

    enum Role {
        RecordRole = Qt::UserRole + 1, // qint64: the record number in the file
        LineRole,                      // qint64: the physical line it starts on
        LoadedRole,                    // bool
        ApproximateRole,               // bool: read at an estimated position
        FieldCountRole,                // int: fields in the file's record
    };

    // What a validation pass can say about a cell: a background and a tooltip line.
    struct CellNote {
        QColor background;
        QString tooltip;
    };
    using CellAnnotator = std::function<std::optional<CellNote>(qint64 record, int column)>;

    explicit PreviewTableModel(app::PreviewDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The whole row range and the window onto it.
    qint64 globalRowCount() const { return m_total; }
    qint64 windowStart() const { return m_windowStart; }
    // Moves the window (clamped); the current index and selection follow their rows.
    void setWindowStart(qint64 globalRow);
    qint64 globalRow(int row) const { return m_windowStart + row; }
    // The model row of a global row, or -1 outside the window.
    int windowRow(qint64 globalRow) const;

    qint64 recordForRow(int row) const { return recordForGlobal(globalRow(row)); }
    qint64 recordForGlobal(qint64 globalRow) const;
    // The global row showing `record`; -1 if none (e.g. not in the subset).
    qint64 globalRowForRecord(qint64 record) const;
    QString columnName(int column) const;
    bool isRowLoaded(int row) const;
    const app::PreviewRow *rowAt(int row) const;
    // Rows asked for and not yet delivered (tests, benchmarks).
    int pendingChunks() const { return int(m_inFlight.size() + m_wanted.size()); }
    int cachedChunks() const { return int(m_chunks.size()); }

    // Only these records (sorted), or all data rows again with nullptr.
    void setRowSubset(std::shared_ptr<const std::vector<qint64>> records);
    bool hasRowSubset() const { return m_subset != nullptr; }
    void setCellAnnotator(CellAnnotator annotator);

    // Follows the document's estimate of the row count (called as indexing progresses).
    void updateRowCount();

signals:
    // Global rows [first, last] got their data.
    void rowsLoaded(qint64 first, qint64 last);
    void globalRowCountChanged(qint64 rows);

private:
    struct Chunk {
        QList<app::PreviewRow> rows;
        bool approximate = false;
        bool partial = false;
        quint64 lastUse = 0;
    };
    void reset();
    const app::PreviewRow *findRow(qint64 record) const;
    void request(qint64 chunk) const;
    void submitRequests();
    void onRowsFetched(int generation, qint64 first, const QList<app::PreviewRow> &rows, bool partial);
    void onIndexProgress();
    void dropChunks(const std::function<bool(qint64 chunk, const Chunk &)> &which);
    void evict();
    void changedGlobal(qint64 first, qint64 last);
    void setTotal(qint64 total);
    void updateHeaderWidth();
    qint64 estimatedTotal() const;

    app::PreviewDocument *m_document;
    qint64 m_total = 0;       // global rows
    qint64 m_windowStart = 0; // global row of model row 0
    int m_rows = 0;           // rows in the window
    int m_columns = 0;
    qint64 m_firstData = 0;
    mutable QHash<qint64, Chunk> m_chunks; // by chunk: records [firstData + chunk * kChunkRows, ...)
    mutable QSet<qint64> m_wanted;         // to ask for at the next submit()
    QSet<qint64> m_inFlight;
    mutable bool m_submitScheduled = false;
    mutable quint64 m_useClock = 0;
    std::shared_ptr<const std::vector<qint64>> m_subset;
    CellAnnotator m_annotator;
    QSize m_headerSize; // of a row header: the widest line number to come
};

} // namespace godwit::ui
