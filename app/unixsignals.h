// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace godwit::app {

// Turns SIGTERM, SIGINT and SIGHUP (a logout, Ctrl+C, `kill`) into a Qt signal on the event
// loop, so the console shuts down the normal way — stopping its local server — instead of
// dying in place. One instance per process; a no-op where there are no such signals.
class UnixSignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace godwit::app
