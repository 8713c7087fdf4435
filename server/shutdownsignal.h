// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace godwit::server {

// Turns SIGTERM/SIGINT into a call on an ordinary thread (no work in a signal handler, no Qt event loop):
// the signals are blocked in every thread and one watcher thread takes them with sigwait().
class ShutdownSignal {
public:
    // Blocks SIGTERM and SIGINT in the calling thread and in every thread it starts afterwards, and ignores
    // SIGPIPE (a client hanging up must not kill the server). Call first thing in main().
    static void blockInThisProcess();

    // Starts the watcher; `onSignal` runs on it, once, with the signal number.
    explicit ShutdownSignal(std::function<void(int)> onSignal);
    ~ShutdownSignal(); // stops and joins the watcher
    ShutdownSignal(const ShutdownSignal &) = delete;
    ShutdownSignal &operator=(const ShutdownSignal &) = delete;

    int received() const { return m_received; } // 0 when none arrived

private:
    void run();

    std::function<void(int)> m_onSignal;
    std::atomic<bool> m_quitting{false};
    std::atomic<int> m_received{0};
    std::thread m_thread;
};

} // namespace godwit::server
