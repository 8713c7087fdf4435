// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/serverprocess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <array>

namespace godwit::test {

namespace {

QString randomKey()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QStringLiteral("gwt_") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                       QByteArray::OmitTrailingEquals));
}

} // namespace

ServerProcess::ServerProcess(const QString &dataDir)
    : m_dataDir(dataDir)
{
    if (m_dataDir.isEmpty()) {
        m_ownDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownDir->path();
    }
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning && !stop())
        kill();
}

bool ServerProcess::start(const QStringList &extraArgs)
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        return false;
    const QString program = qEnvironmentVariable("GODWIT_SERVER_BIN");
    if (program.isEmpty()) {
        m_stderr += "ServerProcess: GODWIT_SERVER_BIN is not set\n";
        return false;
    }
    m_apiKey = m_chosenKey.isEmpty() ? randomKey() : m_chosenKey;
    m_chosenKey.clear();
    m_port = 0;

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GODWIT_API_KEY"), m_apiKey);
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(program);
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--data-dir"), m_dataDir} +
                            extraArgs);
    // Drain stderr as it comes, so a chatty server never blocks on a full pipe.
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardError, process, [this] { collectStandardError(); });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_stderr += "ServerProcess: cannot start " + program.toLocal8Bit() + ": " +
                    m_process->errorString().toLocal8Bit() + '\n';
        return false;
    }

    const QDeadlineTimer deadline(10000);
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            collectStandardError();
            m_stderr += "ServerProcess: no port line within 10 s\n";
            if (m_process->state() != QProcess::NotRunning)
                kill();
            return false;
        }
        if (m_process->canReadLine())
            line = m_process->readLine();
    }
    bool ok = false;
    const uint port = line.trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        m_stderr += "ServerProcess: the first stdout line is not a port: " + line;
        kill();
        return false;
    }
    m_port = static_cast<quint16>(port);
    return true;
}

bool ServerProcess::stop()
{
    if (!m_process)
        return false;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM
        if (!m_process->waitForFinished(10000)) {
            collectStandardError();
            m_stderr += "ServerProcess: no exit within 10 s of SIGTERM\n";
            return false;
        }
    }
    collectStandardError();
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    collectStandardError();
}

quint16 ServerProcess::port() const
{
    return m_port;
}

QString ServerProcess::apiKey() const
{
    return m_apiKey;
}

void ServerProcess::setApiKey(const QString &key)
{
    m_chosenKey = key;
}

QUrl ServerProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_port));
}

QString ServerProcess::dataDir() const
{
    return m_dataDir;
}

QByteArray ServerProcess::standardError() const
{
    collectStandardError();
    return m_stderr;
}

void ServerProcess::collectStandardError() const
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
}

} // namespace godwit::test
