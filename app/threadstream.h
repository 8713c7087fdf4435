// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/migrationruns.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace godwit::app {

class ApiConnection;
class GetThreadRequest;

// Follows a migration's thread live: GET /migrations/{id}/thread/stream (server-sent events) over
// the connection's QNetworkAccessManager. Frames are parsed as they arrive (event/id/data lines,
// comments ignored); each new event (sequence above the last one seen) is delivered once.
//
// When the server ends the stream (`done`: no run in flight, or its time budget) the stream
// reconnects after idleInterval(), or at once on wake(). After a drop it reconnects with
// Last-Event-ID = the last sequence seen, backing off (1 s, doubling, 30 s at most). When the stream
// is not available (404/405/501 or not text/event-stream) it polls GET /thread instead (every
// pollInterval(), all pages). stop() ends everything.
class ThreadStream : public QObject {
    Q_OBJECT
public:
    enum class Mode { Stopped, Streaming, Waiting, Polling };
    Q_ENUM(Mode)

    ThreadStream(ApiConnection *connection, const QString &migrationId, QObject *parent = nullptr);
    ~ThreadStream() override;

    QString migrationId() const { return m_migrationId; }
    // Follows from events after `after` (0: the whole thread).
    void start(qint64 after = 0);
    void stop();
    // Reconnect now (a run was just started) instead of waiting out the idle or backoff delay.
    void wake();

    Mode mode() const { return m_mode; }
    qint64 lastSequence() const { return m_lastSequence; }
    // Connections opened so far, and the Last-Event-ID the latest one sent (0: none).
    int connectionCount() const { return m_connections; }
    qint64 lastEventIdSent() const { return m_lastEventIdSent; }

    void setIdleInterval(int ms) { m_idleMs = ms; }
    int idleInterval() const { return m_idleMs; }
    void setPollInterval(int ms) { m_pollMs = ms; }
    int pollInterval() const { return m_pollMs; }
    void setBackoff(int initialMs, int maxMs)
    {
        m_backoffInitialMs = initialMs;
        m_backoffMaxMs = maxMs;
    }
    // Polling only (the stream is never tried), e.g. for a server known to lack it.
    void setStreamEnabled(bool enabled) { m_streamEnabled = enabled; }
    bool isStreamEnabled() const { return m_streamEnabled; }

    // Drops the open connection as a network failure would (it reconnects as after any drop).
    void dropConnection();

signals:
    void eventReceived(const godwit::app::ThreadEvent &event);
    // The server ended the stream with `done`.
    void streamDone(qint64 lastSequence);
    void modeChanged(godwit::app::ThreadStream::Mode mode);
    // A connection or poll failed (it will try again), or the stream sent `event: error`.
    void problem(const QString &message);

private:
    void connectStream();
    void onReadyRead();
    void onFinished();
    void parseLine(const QByteArray &line);
    void dispatchFrame();
    void deliver(const ThreadEvent &event);
    void scheduleReconnect(int ms);
    void setMode(Mode mode);
    void poll();
    void closeReply();

    QPointer<ApiConnection> m_connection;
    QString m_migrationId;
    QPointer<QNetworkReply> m_reply;
    QPointer<GetThreadRequest> m_pollRequest;
    QTimer m_timer;
    QByteArray m_buffer;
    QByteArray m_frameEvent;
    QByteArray m_frameData;
    bool m_frameHasData = false;
    bool m_sawDone = false;
    bool m_dropped = false;
    bool m_streamEnabled = true;
    bool m_checkedHeaders = false;
    Mode m_mode = Mode::Stopped;
    qint64 m_lastSequence = 0;
    qint64 m_lastEventIdSent = 0;
    int m_connections = 0;
    int m_failures = 0;
    int m_idleMs = 10000;
    int m_pollMs = 2000;
    int m_backoffInitialMs = 1000;
    int m_backoffMaxMs = 30000;
};

} // namespace godwit::app
