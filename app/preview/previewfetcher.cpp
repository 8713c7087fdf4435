// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/previewfetcher.h"

namespace godwit::app {

PreviewFetcher::PreviewFetcher(std::shared_ptr<const PreviewData> data, const engine::CsvDialect &dialect,
                               std::shared_ptr<const PreviewIndex> index, double fallbackRecordBytes,
                               RowsCallback onRows, LocateCallback onLocate)
    : m_data(std::move(data))
    , m_dialect(dialect)
    , m_index(std::move(index))
    , m_fallbackRecordBytes(fallbackRecordBytes)
    , m_onRows(std::move(onRows))
    , m_onLocate(std::move(onLocate))
{
    m_thread = std::thread([this] { run(); });
}

PreviewFetcher::~PreviewFetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PreviewFetcher::fetch(int generation, const QList<std::pair<qint64, qint64>> &ranges)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.clear();
        for (const auto &[first, count] : ranges)
            m_jobs.push_back({generation, first, count});
    }
    m_wake.notify_one();
}

void PreviewFetcher::locate(int generation, Locate kind, qint64 value, qint64 chunkBase, qint64 chunkRows)
{
    {
        std::lock_guard lock(m_mutex);
        m_locate = LocateJob{generation, kind, value, chunkBase, chunkRows};
    }
    m_wake.notify_one();
}

void PreviewFetcher::run()
{
    PreviewReader reader(m_data, m_dialect, m_index);
    reader.open(); // at once: a file deleted later stays readable (where the system allows)
    for (;;) {
        std::optional<Job> job;
        std::optional<LocateJob> locate;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_locate || !m_jobs.empty(); });
            if (m_stop)
                return;
            if (m_locate) {
                locate = std::exchange(m_locate, std::nullopt);
            } else {
                job = m_jobs.back();
                m_jobs.pop_back();
            }
        }
        if (locate) {
            qint64 record = 0;
            qint64 line = locate->value;
            bool exact = true;
            const PreviewReader::Status status = locate->kind == Locate::Line
                                                     ? reader.locateLine(locate->value, &record, &exact)
                                                     : reader.locateOffset(locate->value, &record, &line);
            if (status == PreviewReader::Status::Failed)
                continue;
            if (locate->chunkRows > 0 && record >= locate->chunkBase) {
                const qint64 first =
                    locate->chunkBase + (record - locate->chunkBase) / locate->chunkRows * locate->chunkRows;
                answerRows(reader, {locate->generation, first, locate->chunkRows});
            }
            m_onLocate(locate->generation, locate->kind, locate->value, record, line, exact);
            continue;
        }
        answerRows(reader, *job);
    }
}

void PreviewFetcher::answerRows(PreviewReader &reader, const Job &job)
{
    QList<PreviewRow> rows;
    PreviewReader::Status status = reader.readRows(job.first, job.count, &rows);
    if (status == PreviewReader::Status::NotIndexed) {
        rows.clear();
        status = reader.readApproximateRows(job.first, job.count, m_fallbackRecordBytes, &rows);
        if (status == PreviewReader::Status::NotIndexed) // no line break near there: try later
            status = PreviewReader::Status::Unavailable;
    }
    const bool partial = status == PreviewReader::Status::Unavailable;
    m_onRows(job.generation, job.first, rows, partial,
             status == PreviewReader::Status::Failed ? reader.errorString() : QString());
}

} // namespace godwit::app
