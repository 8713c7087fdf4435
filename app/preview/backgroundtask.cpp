// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/backgroundtask.h"

#include <QThread>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace godwit::app {

BackgroundTask::BackgroundTask(const QString &title, Work work, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_work(std::move(work))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &BackgroundTask::progressChanged);
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start(Priority priority)
{
    Q_ASSERT(!m_thread);
    m_running = true;
    m_thread = QThread::create([this, priority] {
#if defined(Q_OS_LINUX)
        // Per thread on Linux, and inherited by the threads this one starts (the index's workers).
        if (priority == Priority::Background) {
            const auto tid = id_t(syscall(SYS_gettid));
            setpriority(PRIO_PROCESS, tid, getpriority(PRIO_PROCESS, tid) + 10);
        }
#else
        Q_UNUSED(priority)
#endif
        m_work(m_control);
    });
    m_thread->setObjectName(m_title.left(15));
    connect(m_thread, &QThread::finished, this, [this] {
        m_running = false;
        m_timer->stop();
        emit progressChanged();
        emit finished();
    });
    m_thread->start();
    m_timer->start();
}

void BackgroundTask::cancel()
{
    m_control.m_cancelled.store(true, std::memory_order_relaxed);
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait(); // finished() follows through the event loop
}

QString BackgroundTask::detail() const
{
    const QMutexLocker lock(&m_control.m_mutex);
    return m_control.m_detail;
}

} // namespace godwit::app
