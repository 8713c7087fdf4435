// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/localserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <array>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace godwit::app {

namespace {
constexpr qsizetype kStderrKeep = 16 * 1024;

QString randomKey()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QStringLiteral("gwl_") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                       QByteArray::OmitTrailingEquals));
}
} // namespace

LocalServer::LocalServer(QObject *parent)
    : QObject(parent)
    , m_executable(defaultExecutable())
    , m_dataDirectory(defaultDataDirectory())
{
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(15000);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The local server did not report its port within %1 seconds.")
                 .arg(m_startTimeout.interval() / 1000));
        stop(1000);
    });
}

LocalServer::~LocalServer()
{
    stop(3000);
}

QString LocalServer::defaultExecutable()
{
    const QString fromEnv = qEnvironmentVariable("GODWIT_SERVER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/godwit-server");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("godwit-server"));
}

QString LocalServer::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/local-server");
}

QString LocalServer::standardErrorTail() const
{
    QByteArray tail = m_stderr.right(2048);
    if (m_process)
        tail += m_process->readAllStandardError().right(2048);
    return QString::fromUtf8(tail).trimmed();
}

void LocalServer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LocalServer::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    m_stopping = false;

    if (m_executable.isEmpty() || !QFileInfo(m_executable).isExecutable()) {
        setState(State::Starting);
        fail(tr("The local server program (godwit-server) was not found. Install it beside the console or "
                "set GODWIT_SERVER_BIN."));
        return;
    }
    if (!QDir().mkpath(m_dataDirectory)) {
        setState(State::Starting);
        fail(tr("Cannot create the local server's data folder %1.")
                 .arg(QDir::toNativeSeparators(m_dataDirectory)));
        return;
    }

    m_apiKey = randomKey();
    delete m_process;
    m_process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GODWIT_API_KEY"), m_apiKey);
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(m_executable);
    m_process->setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--data-dir"), m_dataDirectory});
#ifdef Q_OS_LINUX
    // Should the console die without a word (SIGKILL, a crash), the kernel ends the server too.
    const pid_t console = ::getpid();
    m_process->setChildProcessModifier([console] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != console) // the console died before prctl() took effect
            ::_exit(0);
    });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalServer::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > kStderrKeep)
            m_stderr = m_stderr.right(kStderrKeep);
    });
    connect(m_process, &QProcess::finished, this, &LocalServer::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &LocalServer::onErrorOccurred);
    setState(State::Starting);
    m_startTimeout.start();
    m_process->start();
}

void LocalServer::onReadyRead()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_state != State::Starting)
        return;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    bool ok = false;
    const int port = m_stdout.left(newline).trimmed().toInt(&ok);
    m_startTimeout.stop();
    if (!ok || port <= 0 || port > 65535) {
        fail(tr("The local server printed an unexpected first line instead of its port: %1")
                 .arg(QString::fromUtf8(m_stdout.left(qMin<qsizetype>(newline, 200)))));
        stop(1000);
        return;
    }
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port));
    setState(State::Running);
    emit started();
}

void LocalServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimeout.stop();
    m_stderr += m_process->readAllStandardError();
    if (m_stopping) {
        if (m_state != State::Failed)
            setState(State::Stopped);
        return;
    }
    const QString how =
        status == QProcess::CrashExit ? tr("crashed") : tr("exited with code %1").arg(exitCode);
    fail(tr("The local server %1.").arg(how));
}

void LocalServer::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        m_startTimeout.stop();
        fail(tr("The local server could not be started: %1").arg(m_process->errorString()));
    }
}

void LocalServer::fail(const QString &message)
{
    if (m_state == State::Failed)
        return;
    m_error = message;
    setState(State::Failed);
    emit failed(message);
}

void LocalServer::stop(int graceMs)
{
    m_startTimeout.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        if (m_state != State::Failed)
            setState(State::Stopped);
        return;
    }
    m_stopping = true;
    m_process->terminate();
    if (!m_process->waitForFinished(graceMs)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    if (m_state != State::Failed)
        setState(State::Stopped);
}

} // namespace godwit::app
