// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/scriptedpeer.h"

#include <QTcpSocket>

namespace godwit::test {

ScriptedPeer::ScriptedPeer()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_pending.remove(socket);
                m_chosen.remove(socket);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

void ScriptedPeer::addAnswer(const QByteArray &pathPrefix, const QByteArray &answer)
{
    m_answers[pathPrefix].append(answer);
}

QByteArray ScriptedPeer::answer(const QByteArray &statusLine, const QByteArray &body,
                                const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\n" + extraHeaders +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QUrl ScriptedPeer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(serverPort()));
}

int ScriptedPeer::count(const QByteArray &pathPrefix) const
{
    int n = 0;
    for (const QByteArray &line : m_requests) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() > 1 && parts.at(1).startsWith(pathPrefix))
            ++n;
    }
    return n;
}

QByteArray ScriptedPeer::next(const QByteArray &method, const QByteArray &path)
{
    const QByteArray withMethod = method + ' ' + path;
    QByteArray best;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const bool matches =
            it.key().startsWith('/') ? path.startsWith(it.key()) : withMethod.startsWith(it.key());
        if (matches && it.key().size() >= best.size())
            best = it.key();
    }
    const QList<QByteArray> queue = m_answers.value(best);
    if (queue.isEmpty())
        return answer("404 Not Found", R"({"error":"Not found"})");
    const int index = m_taken[best]++;
    return queue.at(qMin(index, int(queue.size()) - 1));
}

void ScriptedPeer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype bodyLength = 0;
        const QByteArray headers = buffer.left(headerEnd).toLower();
        const qsizetype cl = headers.indexOf("content-length:");
        if (cl >= 0) {
            const qsizetype lineEnd = headers.indexOf("\r\n", cl);
            bodyLength = headers.mid(cl + 15, (lineEnd < 0 ? headers.size() : lineEnd) - cl - 15)
                             .trimmed()
                             .toLongLong();
        }
        // The answer is chosen as soon as the head is in: dropMidBody() needs no body.
        if (!m_chosen.contains(socket)) {
            const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
            m_requests.append(requestLine);
            m_heads.append(buffer.left(headerEnd));
            const QList<QByteArray> parts = requestLine.split(' ');
            m_chosen.insert(socket, next(parts.value(0), parts.value(1)));
            if (m_chosen.value(socket) == dropMidBody()) {
                m_bodies.append(buffer.mid(headerEnd + 4));
                m_chosen.remove(socket);
                m_pending.remove(socket);
                socket->abort();
                return;
            }
        }
        if (buffer.size() < headerEnd + 4 + bodyLength)
            return;
        m_bodies.append(buffer.mid(headerEnd + 4, bodyLength));
        buffer.remove(0, headerEnd + 4 + bodyLength);
        const QByteArray reply = m_chosen.take(socket);
        if (reply == drop()) {
            m_pending.remove(socket);
            socket->abort();
            return;
        }
        if (reply != silence())
            socket->write(reply);
    }
}

} // namespace godwit::test
