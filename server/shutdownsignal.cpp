// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/shutdownsignal.h"

#include <pthread.h>

#include <csignal>

namespace godwit::server {

namespace {

sigset_t shutdownSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

} // namespace

void ShutdownSignal::blockInThisProcess()
{
    const sigset_t set = shutdownSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

ShutdownSignal::ShutdownSignal(std::function<void(int)> onSignal)
    : m_onSignal(std::move(onSignal))
    , m_thread([this] { run(); })
{}

ShutdownSignal::~ShutdownSignal()
{
    m_quitting = true;
    // Wake sigwait() with a signal addressed to the watcher alone; it sees m_quitting and leaves.
    pthread_kill(m_thread.native_handle(), SIGTERM);
    m_thread.join();
}

void ShutdownSignal::run()
{
    const sigset_t set = shutdownSignals();
    for (;;) {
        int signal = 0;
        if (sigwait(&set, &signal) != 0)
            continue;
        if (m_quitting)
            return;
        if (m_received.exchange(signal) == 0)
            m_onSignal(signal);
    }
}

} // namespace godwit::server
