// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/previewdocument.h"

#include "app/preview/previewfetcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <thread>

namespace godwit::app {

using engine::CsvError;
using engine::CsvRecord;

namespace {

constexpr int kHeadRows = 50;
constexpr qsizetype kHeadCellChars = 200;

bool fatal(CsvError error)
{
    return error != CsvError::None && error != CsvError::HeaderOnly;
}

bool sameReading(const engine::CsvDialect &a, const engine::CsvDialect &b)
{
    return a == b;
}

// Calls perRecord(worker, record) for every data record, on `threads` threads when the index is
// complete (each a consecutive range of records), else on this thread from the start. Returns an
// error for the user, or an empty string (also when cancelled).
QString forEachDataRecord(const std::shared_ptr<const PreviewData> &data,
                          const std::shared_ptr<const PreviewIndex> &index, const PreviewLayout &layout,
                          int threads, TaskControl &control,
                          const std::function<void(int worker, const CsvRecord &record)> &perRecord)
{
    const qint64 first = layout.firstDataRecord();
    const PreviewIndexState state = index->state();
    const auto cancelled = [&control] { return control.isCancelled(); };

    if (!state.complete || threads <= 1 || state.records - first < 200000) {
        PreviewReader reader(data, layout.dialect, index);
        std::atomic<qint64> bytes{0};
        qint64 next = first;
        qint64 count = 0;
        const auto onRecord = [&](const CsvRecord &record) {
            if (record.index < next)
                return true;
            perRecord(0, record);
            next = record.index + 1;
            if ((++count & 0x3FF) == 0)
                control.setProgress(bytes.load(std::memory_order_relaxed),
                                    std::max(data->available(), index->state().totalBytes));
            return true;
        };
        for (;;) {
            const PreviewReader::Status status =
                reader.stream(index->nearest(next), onRecord, cancelled, &bytes);
            if (status == PreviewReader::Status::Unavailable && !control.isCancelled()) {
                QThread::msleep(20); // a UTF-16 file is still being converted: wait for the next part
                continue;
            }
            return status == PreviewReader::Status::Failed ? reader.errorString() : QString();
        }
    }

    // Consecutive ranges, each starting at an index entry.
    const qint64 total = state.records;
    std::vector<engine::RowIndexEntry> starts{index->nearest(first)};
    for (int t = 1; t < threads; ++t) {
        const engine::RowIndexEntry e = index->nearest(first + (total - first) * t / threads);
        if (e.record > starts.back().record)
            starts.push_back(e);
    }
    const int workers = int(starts.size());
    std::vector<std::atomic<qint64>> bytes(static_cast<std::size_t>(workers));
    std::vector<QString> errors(static_cast<std::size_t>(workers));
    const auto run = [&](int w) {
        const qint64 end = w + 1 < workers ? starts[std::size_t(w + 1)].record : total;
        PreviewReader reader(data, layout.dialect, index);
        qint64 count = 0;
        const auto status = reader.stream(
            starts[std::size_t(w)],
            [&](const CsvRecord &record) {
                if (record.index >= end)
                    return false;
                if (record.index >= first)
                    perRecord(w, record);
                if (w == 0 && (++count & 0x3FF) == 0) {
                    qint64 done = 0;
                    for (int i = 0; i < workers; ++i)
                        done += bytes[std::size_t(i)].load(std::memory_order_relaxed) -
                                starts[std::size_t(i)].offset;
                    control.setProgress(done, data->available());
                }
                return true;
            },
            cancelled, &bytes[std::size_t(w)]);
        if (status == PreviewReader::Status::Failed)
            errors[std::size_t(w)] = reader.errorString();
    };
    std::vector<std::thread> others;
    for (int w = 1; w < workers; ++w)
        others.emplace_back(run, w);
    run(0);
    for (std::thread &t : others)
        t.join();
    for (const QString &e : errors) {
        if (!e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

struct PreviewDocument::OpenResult {
    FileIdentity identity;
    engine::CsvInspection inspection;
    QList<PreviewRow> headRows;
    double headRecordBytes = 100;
};

PreviewDocument::PreviewDocument(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_watcher(new QFileSystemWatcher(this))
    , m_recheck(new QTimer(this))
{
    qRegisterMetaType<PreviewRow>();
    qRegisterMetaType<PreviewExportResult>();
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(250); // a file being written fires many times
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_recheck, qOverload<>(&QTimer::start));
    connect(m_recheck, &QTimer::timeout, this, &PreviewDocument::checkFileOnDisk);
}

PreviewDocument::~PreviewDocument()
{
    for (const QPointer<BackgroundTask> &task : std::as_const(m_tasks)) {
        if (task)
            task->cancel();
    }
    stopReading();
    delete m_openTask;
}

void PreviewDocument::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void PreviewDocument::open(const QString &path, const engine::CsvOpenOptions &choice)
{
    startOpen(QFileInfo(path).absoluteFilePath(), choice, false);
}

void PreviewDocument::setChoice(const engine::CsvOpenOptions &choice)
{
    if (m_identity.path.isEmpty())
        return;
    if (m_settings) {
        DialectMemory memory(*m_settings);
        memory.remember(m_identity, choice);
    }
    startOpen(m_identity.path, choice, true);
}

void PreviewDocument::reload()
{
    if (!m_identity.path.isEmpty())
        startOpen(m_identity.path, m_choice, false);
}

void PreviewDocument::close()
{
    ++m_generation;
    delete m_openTask;
    stopReading();
    m_identity = {};
    m_inspection = {};
    m_choice = {};
    m_layout = {};
    m_headRows.clear();
    m_remembered.reset();
    m_error.clear();
    m_changedOnDisk = false;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    setState(State::Empty);
    emit layoutChanged();
}

void PreviewDocument::startOpen(QString path, engine::CsvOpenOptions choice, bool keepData)
{
    const int generation = ++m_generation;
    delete m_openTask; // cancels and waits: it only reads the head
    m_choice = choice;
    if (!keepData) {
        stopReading();
        m_identity = FileIdentity{};
        m_identity.path = path;
        m_error.clear();
        m_changedOnDisk = false;
        setState(State::Opening);
        emit layoutChanged();
    }
    auto result = std::make_shared<OpenResult>();
    m_openTask = new BackgroundTask(
        tr("Opening %1").arg(QFileInfo(path).fileName()),
        [path, choice, result](TaskControl &) {
            result->identity = FileIdentity::of(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                result->inspection.error = CsvError::CannotOpen;
                result->inspection.detail = file.errorString();
                return;
            }
            engine::CsvOpenOptions options = choice;
            const QByteArray head = file.read(options.sampleBytes);
            const qint64 size = file.size();
            if (head.size() < std::min<qint64>(size, options.sampleBytes)) {
                result->inspection.error = CsvError::ReadError;
                result->inspection.detail = file.errorString();
                return;
            }
            result->inspection = engine::inspectCsv(head, size, options);
            if (fatal(result->inspection.error))
                return;
            // The first records, for the header-row chooser, and the average record size.
            const engine::CsvInspection &in = result->inspection;
            engine::CsvTextReader text(in.encoding.encoding, in.dialect.dialect);
            qint64 records = 0;
            qint64 lastEnd = 0;
            text.setRecordCallback([&](const CsvRecord &record) {
                ++records;
                lastEnd = record.offset + record.length;
                if (result->headRows.size() < kHeadRows) {
                    PreviewRow row;
                    row.record = record.index;
                    row.line = record.line;
                    row.fieldCount = int(record.fields.size());
                    for (const QByteArrayView field : record.fields)
                        row.cells.append(
                            QString::fromUtf8(field.first(std::min(field.size(), kHeadCellChars))));
                    result->headRows.append(row);
                }
                return true;
            });
            text.feed(head);
            if (in.wholeFileSampled)
                text.finish();
            if (records > 0) {
                // In the data's bytes: UTF-8 for a converted UTF-16 file, else about the raw size.
                const double scale = engine::isAsciiCompatible(in.encoding.encoding)
                                         ? double(head.size()) / double(std::max<qint64>(1, lastEnd))
                                         : 1.0;
                result->headRecordBytes =
                    std::max(1.0, double(lastEnd) * std::min(scale, 1.0) / double(records));
            }
        },
        this);
    connect(m_openTask, &BackgroundTask::finished, this,
            [this, generation, result, keepData] { finishOpen(generation, result, keepData); });
    m_openTask->start(BackgroundTask::Priority::Normal); // the user waits for it
}

void PreviewDocument::finishOpen(int generation, const std::shared_ptr<OpenResult> &result, bool keepData)
{
    if (generation != m_generation)
        return; // superseded
    m_openTask->deleteLater();
    m_openTask = nullptr;

    const engine::CsvInspection &in = result->inspection;
    const bool sameFile = keepData && m_data && result->identity.sameVersion(m_identity);
    m_identity = result->identity;
    m_inspection = in;
    m_headRows = result->headRows;
    m_headRecordBytes = result->headRecordBytes;
    watch(m_identity.path);
    if (!keepData && m_settings)
        m_remembered = DialectMemory(*m_settings).recall(m_identity);

    if (fatal(in.error)) {
        stopReading();
        m_layout = {};
        m_error = [&]() -> QString {
            switch (in.error) {
            case CsvError::CannotOpen:
                return tr("Godwit cannot open this file: %1").arg(in.detail);
            case CsvError::ReadError:
                return tr("The file could not be read: %1").arg(in.detail);
            case CsvError::Empty:
                return in.detail.isEmpty() ? tr("This file is empty.")
                                           : tr("This file has nothing but blank lines.");
            case CsvError::NotText:
                switch (in.file.kind) {
                case engine::FileKind::Zip:
                    return tr("This is a spreadsheet or a zip archive (.xlsx, .ods, .zip), not a CSV file. "
                              "Save it as CSV from the spreadsheet program and open that file.");
                case engine::FileKind::Ole2:
                    return tr("This is a legacy Excel or Word file (.xls, .doc), not a CSV file. Save it as "
                              "CSV from the spreadsheet program and open that file.");
                case engine::FileKind::Pdf:
                    return tr("This is a PDF document, not a CSV file.");
                case engine::FileKind::Gzip:
                    return tr(
                        "This file is compressed (gzip). Unpack it first, then open the CSV file inside.");
                case engine::FileKind::Image:
                    return tr("This is an image, not a CSV file.");
                case engine::FileKind::Sqlite:
                    return tr("This is an SQLite database, not a CSV file.");
                default:
                    return tr("This is a binary file, not text: the byte at offset %1 is a NUL or control "
                              "character.")
                        .arg(QLocale().toString(in.file.offset));
                }
            default:
                return tr("This file cannot be read as CSV (%1).").arg(engine::csvErrorName(in.error));
            }
        }();
        setState(State::Failed);
        emit layoutChanged();
        return;
    }

    m_error.clear();
    m_layout.encoding = in.encoding.encoding;
    m_layout.dialect = in.dialect.dialect;
    m_layout.hasHeader = in.dialect.hasHeader;
    m_layout.headerRecord = in.dialect.headerRecord;
    m_layout.fieldCount = in.dialect.fieldCount;
    m_layout.header.clear();
    for (const QByteArray &name : in.dialect.header)
        m_layout.header.append(QString::fromUtf8(name));

    const bool keep = sameFile && m_data &&
                      (m_data->isCopy() ? !engine::isAsciiCompatible(m_layout.encoding)
                                        : m_data->encoding() == m_layout.encoding) &&
                      m_indexer && sameReading(m_readingDialect, m_layout.dialect);
    m_profiles.clear();
    m_scan = {};
    if (!keep) {
        stopReading();
        m_readingDialect = m_layout.dialect;
        m_index = std::make_shared<PreviewIndex>();
        if (engine::isAsciiCompatible(m_layout.encoding)) {
            m_data = std::make_shared<PreviewData>(m_identity.path, in.encoding.bomLength, m_identity.size,
                                                   m_layout.encoding);
            m_indexer = std::make_shared<PreviewIndexer>(m_data, m_layout.dialect, m_index, m_indexerOptions);
        } else {
            m_copy = std::make_shared<QTemporaryFile>(QDir::tempPath() +
                                                      QStringLiteral("/godwit-preview-XXXXXX.csv"));
            if (!m_copy->open()) {
                m_error = tr("Godwit cannot convert this UTF-16 file: no room for a temporary copy (%1).")
                              .arg(m_copy->errorString());
                m_copy.reset();
                setState(State::Failed);
                emit layoutChanged();
                return;
            }
            m_copy->close(); // the indexer writes it, readers open it by name
            m_data = PreviewData::growingCopy(m_copy->fileName());
            m_indexer = std::make_shared<PreviewIndexer>(m_identity.path, m_layout.encoding, m_data,
                                                         m_layout.dialect, m_index, m_indexerOptions);
        }
        const QPointer<PreviewDocument> self(this);
        m_fetcher = std::make_unique<PreviewFetcher>(
            m_data, m_layout.dialect, m_index, m_headRecordBytes,
            [self](int gen, qint64 first, const QList<PreviewRow> &rows, bool partial, const QString &error) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, gen, first, rows, partial, error] {
                        if (!self)
                            return;
                        if (!error.isEmpty())
                            emit self->rowsFailed(gen, first, error);
                        else
                            emit self->rowsFetched(gen, first, rows, partial);
                    },
                    Qt::QueuedConnection);
            },
            [self](int gen, PreviewFetcher::Locate kind, qint64 value, qint64 record, qint64 line,
                   bool exact) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, gen, kind, value, record, line, exact] {
                        if (!self || gen != self->m_generation)
                            return;
                        if (kind == PreviewFetcher::Locate::Line)
                            emit self->lineLocated(value, record, exact);
                        else
                            emit self->offsetLocated(value, record, line);
                    },
                    Qt::QueuedConnection);
            });
        startIndexing();
    }
    setState(State::Open);
    emit layoutChanged();
}

void PreviewDocument::stopReading()
{
    m_fetcher.reset(); // joins its thread
    if (m_profileTask)
        m_profileTask->cancel();
    delete m_indexTask; // cancels and waits: the indexer stops within a chunk
    m_indexer.reset();
    m_index.reset();
    m_data.reset();
    m_copy.reset();
    m_indexError.clear();
    m_profiles.clear();
    m_scan = {};
}

void PreviewDocument::startIndexing()
{
    if (!m_indexer || (m_indexTask && m_indexTask->isRunning()))
        return;
    delete m_indexTask;
    m_indexError.clear();
    auto indexer = m_indexer;
    auto index = m_index;
    auto status = std::make_shared<PreviewIndexer::Status>(PreviewIndexer::Status::Cancelled);
    m_indexTask = new BackgroundTask(
        tr("Indexing rows"),
        [indexer, index, status](TaskControl &control) {
            *status = indexer->run([&control, &index] {
                const PreviewIndexState s = index->state();
                control.setProgress(s.bytes, s.totalBytes);
                return control.isCancelled();
            });
            const PreviewIndexState s = index->state();
            control.setProgress(s.bytes, s.totalBytes);
        },
        this);
    const QPointer<BackgroundTask> task = m_indexTask;
    connect(m_indexTask, &BackgroundTask::progressChanged, this, &PreviewDocument::indexProgressed);
    connect(m_indexTask, &BackgroundTask::finished, this, [this, task, status, indexer] {
        if (task != m_indexTask)
            return;
        if (*status == PreviewIndexer::Status::Failed) {
            m_indexError = indexer->errorString();
            checkFileOnDisk();
        }
        emit indexingChanged();
    });
    adoptTask(m_indexTask);
    m_indexTask->start();
    emit indexingChanged();
}

PreviewIndexState PreviewDocument::indexState() const
{
    return m_index ? m_index->state() : PreviewIndexState{};
}

bool PreviewDocument::isIndexing() const
{
    return m_indexTask && m_indexTask->isRunning();
}

void PreviewDocument::cancelIndexing()
{
    if (m_indexTask)
        m_indexTask->cancel();
}

void PreviewDocument::resumeIndexing()
{
    if (m_index && !m_index->state().complete && m_indexError.isEmpty())
        startIndexing();
}

qint64 PreviewDocument::estimatedRecords() const
{
    if (!m_index)
        return 0;
    const PreviewIndexState s = m_index->state();
    if (s.complete)
        return s.records;
    const double recordBytes = s.records >= 1000 ? double(s.bytes) / double(s.records) : m_headRecordBytes;
    const qint64 rest = std::max<qint64>(0, s.totalBytes - s.bytes);
    const qint64 headRecords = m_headRows.isEmpty() ? 0 : m_headRows.back().record + 1;
    return std::max({s.records + qint64(double(rest) / std::max(1.0, recordBytes)), headRecords, s.records});
}

qint64 PreviewDocument::estimatedDataRows() const
{
    return std::max<qint64>(0, estimatedRecords() - m_layout.firstDataRecord());
}

bool PreviewDocument::rowCountExact() const
{
    return m_index && m_index->state().complete;
}

void PreviewDocument::fetchRows(const QList<std::pair<qint64, qint64>> &ranges)
{
    if (m_fetcher)
        m_fetcher->fetch(m_generation, ranges);
}

void PreviewDocument::locateLine(qint64 line)
{
    if (m_fetcher)
        m_fetcher->locate(m_generation, PreviewFetcher::Locate::Line, line, m_layout.firstDataRecord(),
                          m_prefetchRows);
}

void PreviewDocument::locateOffset(qint64 offset)
{
    if (m_fetcher)
        m_fetcher->locate(m_generation, PreviewFetcher::Locate::Offset, offset);
}

void PreviewDocument::adoptTask(BackgroundTask *task)
{
    m_tasks.append(task);
    connect(task, &BackgroundTask::finished, this, [this, task] {
        m_tasks.removeAll(task);
        m_tasks.removeAll(nullptr);
    });
    emit taskStarted(task);
}

QList<BackgroundTask *> PreviewDocument::tasks() const
{
    QList<BackgroundTask *> running;
    for (const QPointer<BackgroundTask> &task : m_tasks) {
        if (task && task->isRunning())
            running.append(task);
    }
    return running;
}

std::optional<ColumnProfile> PreviewDocument::cachedProfile(int column) const
{
    const auto it = m_profiles.constFind(column);
    if (it == m_profiles.cend())
        return std::nullopt;
    return *it;
}

BackgroundTask *PreviewDocument::profileColumn(int column)
{
    if (m_state != State::Open || !m_data || column < 0 || column >= m_layout.columnCount())
        return nullptr;
    if (m_profileTask)
        m_profileTask->cancel(); // its finished() deletes it
    struct Outcome {
        ColumnProfile profile;
        PreviewScanStats scan;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const int threads = std::max(1, QThread::idealThreadCount());
    const QString name = column < m_layout.header.size() && !m_layout.header.at(column).isEmpty()
                             ? m_layout.header.at(column)
                             : tr("Column %1").arg(column + 1);
    m_profileTask = new BackgroundTask(
        tr("Profiling “%1”").arg(name),
        [data = m_data, index = m_index, copy = m_copy, layout = m_layout, column, threads,
         outcome](TaskControl &control) {
            std::vector<ColumnProfiler> profilers(static_cast<std::size_t>(threads), ColumnProfiler(column));
            std::vector<PreviewScanStats> scans(static_cast<std::size_t>(threads));
            const FieldDecoder decoder(data->encoding());
            outcome->error = forEachDataRecord(
                data, index, layout, threads, control, [&](int worker, const CsvRecord &record) {
                    PreviewScanStats &scan = scans[std::size_t(worker)];
                    ++scan.dataRows;
                    const int fields = int(record.fields.size());
                    if (fields != layout.fieldCount && scan.raggedRows++ == 0) {
                        scan.firstRaggedLine = record.line;
                        scan.firstRaggedFields = fields;
                    }
                    ColumnProfiler &p = profilers[std::size_t(worker)];
                    if (column < fields)
                        p.add(decoder.decode(record.fields[std::size_t(column)]), record.line);
                    else
                        p.addMissing();
                });
            for (std::size_t w = 1; w < profilers.size(); ++w)
                profilers[0].merge(profilers[w]);
            outcome->profile = profilers[0].result();
            PreviewScanStats &scan = outcome->scan;
            for (const PreviewScanStats &s : scans) {
                if (s.raggedRows > 0 && scan.raggedRows == 0) {
                    scan.firstRaggedLine = s.firstRaggedLine;
                    scan.firstRaggedFields = s.firstRaggedFields;
                }
                scan.dataRows += s.dataRows;
                scan.raggedRows += s.raggedRows;
            }
            scan.done = !control.isCancelled() && outcome->error.isEmpty();
        },
        this);
    const QPointer<BackgroundTask> task = m_profileTask;
    const int generation = m_generation;
    connect(m_profileTask, &BackgroundTask::finished, this, [this, task, generation, column, outcome] {
        if (task)
            task->deleteLater();
        if (task != m_profileTask)
            return; // replaced by the profile of another column
        m_profileTask = nullptr;
        if (generation != m_generation)
            return; // the file is read differently now
        if (!outcome->error.isEmpty()) {
            emit profileFailed(column, outcome->error);
            checkFileOnDisk();
            return;
        }
        if (!outcome->scan.done)
            return; // cancelled
        m_profiles.insert(column, outcome->profile);
        if (!m_scan.done) {
            m_scan = outcome->scan;
            emit scanStatsChanged();
        }
        emit profileReady(column);
    });
    adoptTask(m_profileTask);
    m_profileTask->start();
    return m_profileTask;
}

BackgroundTask *PreviewDocument::exportCsv(const QString &destination, const PreviewExportOptions &options)
{
    if (m_state != State::Open || !m_data)
        return nullptr;
    auto result = std::make_shared<PreviewExportResult>();
    auto *task = new BackgroundTask(
        tr("Exporting to %1").arg(QFileInfo(destination).fileName()),
        [data = m_data, index = m_index, copy = m_copy, layout = m_layout, destination, options,
         result](TaskControl &control) {
            *result = exportPreviewCsv(data, index, layout, destination, options, control);
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, task, destination, result] {
        task->deleteLater();
        emit exportFinished(destination, *result);
    });
    adoptTask(task);
    task->start();
    return task;
}

void PreviewDocument::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void PreviewDocument::checkFileOnDisk()
{
    if (m_identity.path.isEmpty() || m_state != State::Open)
        return;
    const FileIdentity now = FileIdentity::of(m_identity.path);
    // Replaced by a rename: watch the new file.
    if (now.exists() && !m_watcher->files().contains(m_identity.path))
        m_watcher->addPath(m_identity.path);
    if (now.sameVersion(m_identity) || m_changedOnDisk)
        return;
    m_changedOnDisk = true;
    emit fileChangedOnDisk();
}

} // namespace godwit::app
