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
// matching prefix, and the last answer of a queue repeats. Special answers: drop() closes the
// connection without a word, silence() never answers.
class ScriptedPeer : public QTcpServer {
    Q_OBJECT
public:
    ScriptedPeer();

    void addAnswer(const QByteArray &pathPrefix, const QByteArray &answer);
    static QByteArray answer(const QByteArray &statusLine, const QByteArray &body = "{}",
                             const QByteArray &extraHeaders = {});
    static QByteArray drop() { return "DROP"; }
    static QByteArray silence() { return "SILENT"; }

    // http://127.0.0.1:<port>/api/v1
    QUrl url() const;
    // Request lines seen so far ("GET /api/v1/sources HTTP/1.1").
    const QList<QByteArray> &requests() const { return m_requests; }
    int count(const QByteArray &pathPrefix) const;

private:
    void onReadyRead(QTcpSocket *socket);
    QByteArray next(const QByteArray &path);

    QHash<QByteArray, QList<QByteArray>> m_answers;
    QHash<QByteArray, int> m_taken;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<QByteArray> m_requests;
};

} // namespace godwit::test
