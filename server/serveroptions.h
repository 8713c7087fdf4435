// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpserver.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace godwit::server {

struct ServerOptions {
    enum class Command { Serve, KeysCreate, KeysList, KeysRevoke };

    Command command = Command::Serve;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8787;
    QString dataDir;
    std::optional<QString> bootstrapKey; // --api-key-file, else GODWIT_API_KEY
    HttpLimits limits;
    int rateLimitPerMinute = 100;     // --rate-limit, per (API key, method, route); 0: off
    int rateLimitWindowSeconds = 60;  // --rate-limit-window (tests use short windows)
    int uploadTokenTtlSeconds = 3600; // --upload-token-ttl: lifetime of signed upload URLs
    int importWorkers = 2;            // --import-workers: import runs executed at once
    QString label;                    // keys create --label
    QString revokeTarget;             // keys revoke PREFIX|ID
};

struct ParsedCommandLine {
    enum class Outcome {
        Run,   // options is set
        Print, // --help / --version: print `text` to stdout, exit 0
        Error  // print `text` to stderr, exit 2
    };
    Outcome outcome = Outcome::Error;
    QString text;
    ServerOptions options;
};

// `arguments` includes the program name first (as QCoreApplication::arguments()). `environmentKey` is the
// value of GODWIT_API_KEY (empty when unset). Reads --api-key-file itself.
ParsedCommandLine parseCommandLine(const QStringList &arguments, const QString &environmentKey);

// "127.0.0.1:8787", "localhost:0", "[::1]:8787" -> host and port.
bool parseListenAddress(const QString &text, QString *host, quint16 *port);

QString defaultDataDir();

} // namespace godwit::server
