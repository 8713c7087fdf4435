// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace godwit::test {

// A real godwit-server child ($GODWIT_SERVER_BIN) on 127.0.0.1 with an OS-chosen port.
class ServerProcess {
public:
    explicit ServerProcess(const QString &dataDir = {}); // a QTemporaryDir of its own when empty
    ~ServerProcess();                                    // stops the server
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Runs $GODWIT_SERVER_BIN --listen 127.0.0.1:0 --data-dir D with a fresh random key in env
    // GODWIT_API_KEY (or the one given to setApiKey); waits at most 10 s for the port line.
    bool start(const QStringList &extraArgs = {});
    bool stop(); // SIGTERM, waits at most 10 s, true if the exit code is 0
    void kill(); // SIGKILL

    quint16 port() const;
    QString apiKey() const;
    void setApiKey(const QString &key); // use a chosen key at the next start
    QUrl baseUrl() const;               // http://127.0.0.1:<port>/api/v1
    QString dataDir() const;
    QByteArray standardError() const; // everything the server wrote to stderr so far, for failure messages

private:
    void collectStandardError() const;

    std::unique_ptr<QTemporaryDir> m_ownDir;
    QString m_dataDir;
    QString m_apiKey;
    QString m_chosenKey;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_stderr;
};

} // namespace godwit::test
