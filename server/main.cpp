// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/database.h"
#include "server/serverapp.h"
#include "server/serveroptions.h"
#include "server/shutdownsignal.h"

#include <QCoreApplication>
#include <QDebug>

#include <cstdio>
#include <exception>

using namespace godwit::server;

int main(int argc, char **argv)
{
    // Before any thread exists, so that every thread inherits the blocked SIGTERM/SIGINT.
    ShutdownSignal::blockInThisProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    // stdout carries only the port line (or a command's result); everything else goes to stderr.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} godwit-server: %{message}"));

    // Read the bootstrap key once and keep it out of any child's environment.
    const QString environmentKey = qEnvironmentVariable("GODWIT_API_KEY");
    qunsetenv("GODWIT_API_KEY");

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments(), environmentKey);
    switch (parsed.outcome) {
    case ParsedCommandLine::Outcome::Print: {
        const QByteArray text = parsed.text.toUtf8();
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
        return 0;
    }
    case ParsedCommandLine::Outcome::Error: {
        const QByteArray text = parsed.text.toUtf8() + '\n';
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
        return 2;
    }
    case ParsedCommandLine::Outcome::Run:
        break;
    }

    try {
        if (parsed.options.command == ServerOptions::Command::Serve)
            return runServer(parsed.options);
        return runKeysCommand(parsed.options);
    } catch (const std::exception &e) {
        qCritical().noquote() << "error:" << e.what();
        return 1;
    }
}
