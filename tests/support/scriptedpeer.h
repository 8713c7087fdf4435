// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace godwit::test {

// A raw HTTP peer of the test's own, for the failures a real godwit-server will not produce on
// demand: 429 with or without Retry-After, 5xx, a dropped connection, silence. Never a stand-in
// for the real server's behaviour.
//
// Answers are queued per path prefix; each request takes the next answer of the longest
// matching prefix, and the last answer of a queue repeats. A prefix may name the method too
// ("POST /api/v1/companies"): it then wins over the same path without one. Special answers:
// drop() closes the connection without a word once the request is in, dropMidBody() as soon as
// its head is in (an upload broken off), silence() never answers.
class ScriptedPeer : public QTcpServer {
    Q_OBJECT
public:
    ScriptedPeer();

    void addAnswer(const QByteArray &pathPrefix, const QByteArray &answer);
    static QByteArray answer(const QByteArray &statusLine, const QByteArray &body = "{}",
                             const QByteArray &extraHeaders = {});
    static QByteArray drop() { return "DROP"; }
    static QByteArray dropMidBody() { return "DROP-MID-BODY"; }
    static QByteArray silence() { return "SILENT"; }

    // http://127.0.0.1:<port>/api/v1
    QUrl url() const;
    // Request lines seen so far ("GET /api/v1/sources HTTP/1.1").
    const QList<QByteArray> &requests() const { return m_requests; }
    // Their heads (request line and headers) and bodies, in the same order (a body broken off is
    // what had arrived).
    const QList<QByteArray> &heads() const { return m_heads; }
    const QList<QByteArray> &bodies() const { return m_bodies; }
    int count(const QByteArray &pathPrefix) const;

private:
    void onReadyRead(QTcpSocket *socket);
    QByteArray next(const QByteArray &method, const QByteArray &path);

    QHash<QByteArray, QList<QByteArray>> m_answers;
    QHash<QByteArray, int> m_taken;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QHash<QTcpSocket *, QByteArray> m_chosen; // the answer for the request being read
    QList<QByteArray> m_requests;
    QList<QByteArray> m_heads;
    QList<QByteArray> m_bodies;
};

} // namespace godwit::test
