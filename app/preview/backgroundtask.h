// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A long piece of work off the UI thread, with progress and cancel, that a page can list in its
// task strip. The work runs on its own thread and reports progress through atomics; the task
// tells the UI thread about it at most ten times a second (progressChanged) and once when done
// (finished). Deleting a task cancels it and waits for its thread.

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;
class QTimer;

namespace godwit::app {

// What the work sees of its task.
class TaskControl {
public:
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void setProgress(qint64 done, qint64 total)
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
    }
    void setDetail(const QString &detail)
    {
        const QMutexLocker lock(&m_mutex);
        m_detail = detail;
    }

private:
    friend class BackgroundTask;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    mutable QMutex m_mutex;
    QString m_detail;
};

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(TaskControl &)>;

    // `title`: what the task strip says, e.g. "Indexing rows".
    BackgroundTask(const QString &title, Work work, QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Background: below the UI thread and the row fetcher (on Linux, nice +10 for the task's
    // thread and the threads it starts), so scrolling stays smooth while a file is indexed.
    enum class Priority { Normal, Background };
    void start(Priority priority = Priority::Background);
    void cancel();
    // Blocks until the work has returned; finished() still comes through the event loop.
    void wait();

    QString title() const { return m_title; }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_control.isCancelled(); }
    qint64 done() const { return m_control.m_done.load(std::memory_order_relaxed); }
    qint64 total() const { return m_control.m_total.load(std::memory_order_relaxed); }
    QString detail() const;

signals:
    void progressChanged();
    void finished(); // on the thread that owns the task, after the work returned

private:
    QString m_title;
    Work m_work;
    TaskControl m_control;
    QThread *m_thread = nullptr;
    QTimer *m_timer;
    bool m_running = false;
};

} // namespace godwit::app
