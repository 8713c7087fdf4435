// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The thread that reads rows for the table: requests replace the ones not started yet (the view
// has scrolled on), the newest is served first, and a "go to line" comes before rows. Answers are
// given to callbacks on the fetcher's thread; PreviewDocument posts them to the UI thread.

#include "app/preview/previewreader.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace godwit::app {

class PreviewFetcher {
public:
    using RowsCallback = std::function<void(int generation, qint64 first, const QList<PreviewRow> &rows,
                                            bool partial, const QString &error)>;
    enum class Locate { Line, Offset };
    // `record` and the `line` it starts on; for a line beyond the index, an estimate (`exact` false).
    using LocateCallback = std::function<void(int generation, Locate kind, qint64 value, qint64 record,
                                              qint64 line, bool exact)>;

    PreviewFetcher(std::shared_ptr<const PreviewData> data, const engine::CsvDialect &dialect,
                   std::shared_ptr<const PreviewIndex> index, double fallbackRecordBytes, RowsCallback onRows,
                   LocateCallback onLocate);
    ~PreviewFetcher();
    PreviewFetcher(const PreviewFetcher &) = delete;
    PreviewFetcher &operator=(const PreviewFetcher &) = delete;

    // Records [first, first + count) of each range, the last range first.
    void fetch(int generation, const QList<std::pair<qint64, qint64>> &ranges);
    // The record of a physical line, or of a data byte offset; the newest request wins. With
    // chunkRows > 0, the rows around it are answered first (records chunkBase + k * chunkRows on):
    // whoever goes there needs them next.
    void locate(int generation, Locate kind, qint64 value, qint64 chunkBase = 0, qint64 chunkRows = 0);

private:
    struct Job {
        int generation = 0;
        qint64 first = 0;
        qint64 count = 0;
    };
    struct LocateJob {
        int generation = 0;
        Locate kind = Locate::Line;
        qint64 value = 0;
        qint64 chunkBase = 0;
        qint64 chunkRows = 0;
    };
    void answerRows(PreviewReader &reader, const Job &job);
    void run();

    std::shared_ptr<const PreviewData> m_data;
    engine::CsvDialect m_dialect;
    std::shared_ptr<const PreviewIndex> m_index;
    double m_fallbackRecordBytes;
    RowsCallback m_onRows;
    LocateCallback m_onLocate;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    std::optional<LocateJob> m_locate;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace godwit::app
