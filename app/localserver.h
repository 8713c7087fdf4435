// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace godwit::app {

// The embedded default: godwit-server as a child process on 127.0.0.1, port chosen by the
// OS and read back from the first line the server prints. A fresh random API key at each
// start goes through the environment, never the command line, and is never stored.
class LocalServer : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    explicit LocalServer(QObject *parent = nullptr);
    ~LocalServer() override;

    // Beside the console's own executable, else $GODWIT_SERVER_BIN, else on PATH.
    static QString defaultExecutable();
    // <AppDataLocation>/local-server
    static QString defaultDataDirectory();

    void setExecutable(const QString &path) { m_executable = path; }
    void setDataDirectory(const QString &path) { m_dataDirectory = path; }
    void setStartTimeout(int milliseconds) { m_startTimeout.setInterval(milliseconds); }
    QString executable() const { return m_executable; }
    QString dataDirectory() const { return m_dataDirectory; }

    void start();
    // SIGTERM, then SIGKILL after graceMs. Blocks at most graceMs (used at exit).
    void stop(int graceMs = 5000);

    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    QString errorString() const { return m_error; }
    QString standardErrorTail() const;

signals:
    void started();
    void failed(const QString &message);
    void stateChanged(godwit::app::LocalServer::State state);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void fail(const QString &message);
    void setState(State state);

    QString m_executable;
    QString m_dataDirectory;
    QProcess *m_process = nullptr;
    QTimer m_startTimeout;
    State m_state = State::Stopped;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_error;
    bool m_stopping = false;
};

} // namespace godwit::app
