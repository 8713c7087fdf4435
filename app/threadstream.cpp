// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/threadstream.h"

#include "app/api/apiconnection.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace godwit::app {

namespace {
// The server pings every 15 s of silence: a minute without a byte is a dead connection.
constexpr int kStreamSilenceMs = 60000;
} // namespace

ThreadStream::ThreadStream(ApiConnection *connection, const QString &migrationId, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_migrationId(migrationId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Polling)
            poll();
        else if (m_mode != Mode::Stopped)
            connectStream();
    });
}

ThreadStream::~ThreadStream()
{
    closeReply();
}

void ThreadStream::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void ThreadStream::start(qint64 after)
{
    stop();
    m_lastSequence = qMax<qint64>(0, after);
    m_failures = 0;
    if (!m_streamEnabled) {
        setMode(Mode::Polling);
        poll();
        return;
    }
    setMode(Mode::Waiting);
    connectStream();
}

void ThreadStream::stop()
{
    m_timer.stop();
    closeReply();
    if (m_pollRequest) {
        m_pollRequest->disconnect(this);
        m_pollRequest->abort();
        m_pollRequest->deleteLater();
    }
    setMode(Mode::Stopped);
}

void ThreadStream::wake()
{
    if (m_mode == Mode::Stopped)
        return;
    if (m_mode == Mode::Polling) {
        if (!m_pollRequest) {
            m_timer.stop();
            poll();
        }
        return;
    }
    if (!m_reply) {
        m_timer.stop();
        m_failures = 0;
        connectStream();
    }
}

void ThreadStream::dropConnection()
{
    if (!m_reply)
        return;
    m_dropped = true;
    m_reply->abort(); // onFinished() takes it as a drop
}

void ThreadStream::closeReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ThreadStream::connectStream()
{
    if (!m_connection || m_reply)
        return;
    QUrl url = m_connection->resolve(QStringLiteral("/migrations/") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(m_migrationId)) +
                                     QStringLiteral("/thread/stream"));
    QNetworkRequest request = m_connection->authorizedRequest(url);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(kStreamSilenceMs);
    m_lastEventIdSent = m_lastSequence;
    if (m_lastSequence > 0)
        request.setRawHeader("Last-Event-ID", QByteArray::number(m_lastSequence));
    m_buffer.clear();
    m_frameEvent.clear();
    m_frameData.clear();
    m_frameHasData = false;
    m_sawDone = false;
    m_dropped = false;
    m_checkedHeaders = false;
    ++m_connections;
    m_reply = m_connection->networkManager()->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &ThreadStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ThreadStream::onFinished);
    setMode(Mode::Streaming);
}

void ThreadStream::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // read as a whole in onFinished()
    if (!m_checkedHeaders) {
        m_checkedHeaders = true;
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!type.startsWith("text/event-stream"))
            return; // not a stream: onFinished() falls back to polling
    }
    m_buffer += m_reply->readAll();
    qsizetype start = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        QByteArray line = m_buffer.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        parseLine(line);
        start = end + 1;
    }
    m_buffer.remove(0, start);
    if (m_failures > 0 && status == 200)
        m_failures = 0; // a stream that delivers is a working one again
}

void ThreadStream::parseLine(const QByteArray &line)
{
    if (line.isEmpty()) {
        dispatchFrame();
        return;
    }
    if (line.startsWith(':'))
        return; // a comment: the keep-alive ping
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_frameEvent = value;
    } else if (field == "data") {
        if (m_frameHasData)
            m_frameData += '\n';
        m_frameData += value;
        m_frameHasData = true;
    }
    // "id" repeats the event's sequence, which deliver() takes from the event itself.
}

void ThreadStream::dispatchFrame()
{
    const QByteArray type = m_frameEvent.isEmpty() ? QByteArray("message") : m_frameEvent;
    const QByteArray data = m_frameData;
    const bool hasData = m_frameHasData;
    m_frameEvent.clear();
    m_frameData.clear();
    m_frameHasData = false;
    if (!hasData)
        return;
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    if (type == "done") {
        m_sawDone = true;
        const qint64 last = object.value(QLatin1String("last_sequence")).toInteger();
        emit streamDone(qMax(last, m_lastSequence));
        return;
    }
    if (type == "error") {
        emit problem(object.value(QLatin1String("message"))
                         .toString(object.value(QLatin1String("error")).toString(QString::fromUtf8(data))));
        return;
    }
    if (auto event = threadEventFromJson(object))
        deliver(*event);
}

void ThreadStream::deliver(const ThreadEvent &event)
{
    if (event.sequence <= m_lastSequence)
        return; // seen already (a resumed stream or an overlapping poll)
    m_lastSequence = event.sequence;
    emit eventReceived(event);
}

void ThreadStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (reply->error() == QNetworkReply::NoError)
        onReadyRead(); // what is left
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (m_mode == Mode::Stopped)
        return;
    if (status == 404 || status == 405 || status == 501 ||
        (status == 200 && !type.startsWith("text/event-stream"))) {
        // No stream here (or not this migration: polling then says which).
        setMode(Mode::Polling);
        poll();
        return;
    }
    if (m_sawDone && !m_dropped) {
        m_failures = 0;
        setMode(Mode::Waiting);
        m_timer.start(m_idleMs);
        return;
    }
    // A drop (or an error answer): again, with Last-Event-ID, after a growing pause.
    ++m_failures;
    if (!m_dropped)
        emit problem(status > 0 ? tr("The thread stream answered HTTP %1").arg(status)
                                : reply->errorString());
    int delay = m_backoffInitialMs;
    for (int i = 1; i < m_failures && delay < m_backoffMaxMs; ++i)
        delay *= 2;
    if (m_dropped)
        delay = 0; // a connection dropped on purpose comes straight back
    setMode(Mode::Waiting);
    m_timer.start(qMin(delay, m_backoffMaxMs));
}

void ThreadStream::poll()
{
    if (!m_connection || m_pollRequest || m_mode != Mode::Polling)
        return;
    m_pollRequest = new GetThreadRequest(m_migrationId, m_lastSequence, 0, this);
    connect(m_pollRequest, &ApiRequest::finished, this, [this, request = m_pollRequest.data()] {
        request->deleteLater();
        m_pollRequest = nullptr;
        if (m_mode != Mode::Polling)
            return;
        if (!request->result().ok()) {
            emit problem(request->result().message);
            m_timer.start(qMin(m_pollMs * 4, m_backoffMaxMs));
            return;
        }
        for (const ThreadEvent &event : request->events())
            deliver(event);
        if (request->hasMore())
            poll();
        else
            m_timer.start(m_pollMs);
    });
    m_pollRequest->start(m_connection);
}

} // namespace godwit::app
