// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the console benchmarks (bench_console, bench_monitor, bench_preview) measure on the UI thread:
// how long its event loop went without a turn, and how much of that it spent working itself (the
// rest it waited for a core on a busy machine).

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <ctime>

namespace godwit::bench {

// The calling thread's own CPU time.
inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The UI thread's turns, probed every millisecond by a precise timer: the longest gap between two, the
// thread's own CPU in it, the most CPU it spent in any one gap, and the gaps longer than a 60 Hz frame.
class StallProbe : public QObject {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const qint64 gap = now - m_last;
            if (gap > m_longest) {
                m_longest = gap;
                m_longestCpu = cpu - m_lastCpu;
                m_longestAt = now;
            }
            if (cpu - m_lastCpu > m_mostCpu) {
                m_mostCpu = cpu - m_lastCpu;
                m_mostCpuAt = now;
            }
            if (gap > 16000000)
                ++m_overFrame;
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    // Starts afresh (every figure from zero).
    void start()
    {
        m_longest = m_longestCpu = m_longestAt = m_mostCpu = m_mostCpuAt = 0;
        m_overFrame = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    double longestMs() const { return double(m_longest) / 1e6; }
    double longestCpuMs() const { return double(m_longestCpu) / 1e6; }
    // When (seconds after start) the longest gap ended.
    double longestAtS() const { return double(m_longestAt) / 1e9; }
    // The most CPU the thread spent between two turns (the longest it blocked by its own work), and when.
    double mostCpuMs() const { return double(m_mostCpu) / 1e6; }
    double mostCpuAtS() const { return double(m_mostCpuAt) / 1e9; }
    int overFrame() const { return m_overFrame; } // gaps over 16 ms

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    qint64 m_longestAt = 0;
    qint64 m_mostCpu = 0;
    qint64 m_mostCpuAt = 0;
    int m_overFrame = 0;
};

} // namespace godwit::bench
