// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One CSV file open in the offline preview, without widgets: how it is read (detected, or as the
// user chose), its growing row index, rows on request, column profiles and exports. All file
// work happens off the UI thread:
//
// - open(): a worker looks at the head (file check, encoding, dialect) and reads its first
//   records; then the index is built in the background (a UTF-16 file is converted to a UTF-8
//   copy on the way) while rows can already be read;
// - fetchRows() / locateLine(): a fetcher thread answers with rowsFetched() / lineLocated(); the
//   newest request first, superseded ones dropped;
// - profileColumn(), exportCsv(): BackgroundTasks with progress and cancel.
//
// A choice of encoding, delimiter, quote or header row re-reads the file at once and is
// remembered for the file (DialectMemory), to be offered the next time it is opened.

#include "app/preview/backgroundtask.h"
#include "app/preview/columnprofile.h"
#include "app/preview/dialectmemory.h"
#include "app/preview/previewdata.h"
#include "app/preview/previewexport.h"
#include "app/preview/previewindex.h"
#include "app/preview/previewlayout.h"
#include "app/preview/previewreader.h"
#include "engine/csvfile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QFileSystemWatcher;
class QSettings;
class QTemporaryFile;
class QTimer;

namespace godwit::app {

class PreviewFetcher;

// A file-wide look at the rows, from the first full pass (a column profile).
struct PreviewScanStats {
    bool done = false;
    qint64 dataRows = 0;
    qint64 raggedRows = 0; // rows whose field count differs from the table's
    qint64 firstRaggedLine = 0;
    int firstRaggedFields = 0;
};

class PreviewDocument : public QObject {
    Q_OBJECT
public:
    enum class State { Empty, Opening, Open, Failed };

    // `settings`: where choices per file are remembered (none: not remembered).
    explicit PreviewDocument(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~PreviewDocument() override;

    // Opens `path`; with `choice`, read that way instead of as detected.
    void open(const QString &path, const engine::CsvOpenOptions &choice = {});
    // Re-reads the open file with other overrides (and remembers them for the file).
    void setChoice(const engine::CsvOpenOptions &choice);
    // The same file again, as it is on disk now.
    void reload();
    void close();

    State state() const { return m_state; }
    QString path() const { return m_identity.path; }
    const FileIdentity &identity() const { return m_identity; }
    QString errorText() const { return m_error; } // Failed: what went wrong, for the user
    const engine::CsvInspection &inspection() const { return m_inspection; }
    const engine::CsvOpenOptions &choice() const { return m_choice; }
    const PreviewLayout &layout() const { return m_layout; }
    // Rows are numbered anew (the layout or the data changed): results of older requests are dropped.
    int generation() const { return m_generation; }
    // The choice remembered for this file when it was opened, if any.
    const std::optional<RememberedDialect> &remembered() const { return m_remembered; }
    // The file's first records (up to 50), as read with the current dialect: for choosing the header.
    const QList<PreviewRow> &headRows() const { return m_headRows; }

    std::shared_ptr<const PreviewData> data() const { return m_data; }
    std::shared_ptr<const PreviewIndex> index() const { return m_index; }
    PreviewIndexState indexState() const;
    bool isIndexing() const;
    bool indexFailed() const { return !m_indexError.isEmpty(); }
    QString indexError() const { return m_indexError; }
    void cancelIndexing();
    void resumeIndexing();
    // Records in the file: exact once indexed, else estimated from the average record so far.
    qint64 estimatedRecords() const;
    qint64 estimatedDataRows() const;
    bool rowCountExact() const;

    // Asks for data records (record numbers) [first, first + count) of each range; replaces the
    // requests not yet answered. Answered with rowsFetched() on this thread.
    void fetchRows(const QList<std::pair<qint64, qint64>> &ranges);
    // The record physical line `line` belongs to; answered with lineLocated(), after the rows
    // around it (rowsFetched(), in chunks of setPrefetchRows() data rows, when set).
    void locateLine(qint64 line);
    void setPrefetchRows(qint64 rows) { m_prefetchRows = rows; }
    // The record (and its line) data byte `offset` falls in; answered with offsetLocated().
    void locateOffset(qint64 offset);

    // Profiles a column over every data row (one profile at a time: a new one cancels the last).
    BackgroundTask *profileColumn(int column);
    std::optional<ColumnProfile> cachedProfile(int column) const;
    const PreviewScanStats &scanStats() const { return m_scan; }
    BackgroundTask *exportCsv(const QString &destination, const PreviewExportOptions &options = {});
    QList<BackgroundTask *> tasks() const;

    BackgroundTask *indexTask() const { return m_indexTask; }
    // Slice sizes and threads of the indexers started from now on (tests, benchmarks).
    void setIndexerOptions(const PreviewIndexerOptions &options) { m_indexerOptions = options; }
    // Whether the file on disk is still the one opened (also checked when the watcher fires).
    bool changedOnDisk() const { return m_changedOnDisk; }
    void checkFileOnDisk();

signals:
    void stateChanged();
    // A new layout or data: columns and rows start over (after open, a choice, a reload).
    void layoutChanged();
    void indexProgressed();
    void indexingChanged(); // started, finished, cancelled or failed
    // `rows` may be fewer than asked: `partial` when the rest is not readable yet (ask again later).
    void rowsFetched(int generation, qint64 first, const QList<godwit::app::PreviewRow> &rows, bool partial);
    void rowsFailed(int generation, qint64 first, const QString &error);
    void lineLocated(qint64 line, qint64 record, bool exact);
    void offsetLocated(qint64 offset, qint64 record, qint64 line);
    void taskStarted(godwit::app::BackgroundTask *task);
    void profileReady(int column);
    void profileFailed(int column, const QString &error);
    void scanStatsChanged();
    void exportFinished(const QString &destination, const godwit::app::PreviewExportResult &result);
    // The file on disk is no longer what was opened (changed, replaced or deleted).
    void fileChangedOnDisk();

private:
    struct OpenResult;
    void startOpen(QString path, engine::CsvOpenOptions choice,
                   bool keepData); // by value: callers pass members
    void finishOpen(int generation, const std::shared_ptr<OpenResult> &result, bool keepData);
    void startIndexing();
    void stopReading();
    void setState(State state);
    void watch(const QString &path);
    void adoptTask(BackgroundTask *task);

    QSettings *m_settings;
    State m_state = State::Empty;
    int m_generation = 0;
    FileIdentity m_identity;
    engine::CsvInspection m_inspection;
    engine::CsvOpenOptions m_choice;
    PreviewLayout m_layout;
    std::optional<RememberedDialect> m_remembered;
    QList<PreviewRow> m_headRows;
    double m_headRecordBytes = 100;
    QString m_error;
    bool m_changedOnDisk = false;

    std::shared_ptr<PreviewData> m_data;
    std::shared_ptr<PreviewIndex> m_index;
    std::shared_ptr<PreviewIndexer> m_indexer;
    PreviewIndexerOptions m_indexerOptions;
    qint64 m_prefetchRows = 0;
    engine::CsvDialect m_readingDialect;    // what m_index was built with
    std::shared_ptr<QTemporaryFile> m_copy; // a UTF-16 file's UTF-8 copy
    QPointer<BackgroundTask> m_indexTask;
    QString m_indexError;
    std::unique_ptr<PreviewFetcher> m_fetcher;
    QPointer<BackgroundTask> m_openTask;
    QPointer<BackgroundTask> m_profileTask;
    QList<QPointer<BackgroundTask>> m_tasks;
    QHash<int, ColumnProfile> m_profiles;
    PreviewScanStats m_scan;
    QFileSystemWatcher *m_watcher;
    QTimer *m_recheck;
};

} // namespace godwit::app

Q_DECLARE_METATYPE(godwit::app::PreviewRow)
Q_DECLARE_METATYPE(godwit::app::PreviewExportResult)
