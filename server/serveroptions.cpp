// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/serveroptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QStandardPaths>

namespace godwit::server {

namespace {

constexpr char kHelpIntro[] =
    "Local implementation of the Migration API.\n"
    "\n"
    "Commands:\n"
    "  (none)                 serve the API; the bound port is printed alone as the first line on stdout\n"
    "  keys create [--label L]  create a persistent API key and print it once on stdout\n"
    "  keys list              list the API keys (id, prefix, label, kind, created, revoked)\n"
    "  keys revoke PREFIX|ID  revoke one API key\n"
    "\n"
    "The bootstrap API key is read from --api-key-file or the GODWIT_API_KEY environment variable; it "
    "replaces\n"
    "the previous bootstrap key at every start.";

bool parsePositive(const QString &text, quint64 maximum, quint64 *value)
{
    bool ok = false;
    const quint64 parsed = text.trimmed().toULongLong(&ok);
    if (!ok || parsed == 0 || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

ParsedCommandLine error(const QString &text)
{
    ParsedCommandLine result;
    result.outcome = ParsedCommandLine::Outcome::Error;
    result.text = text;
    return result;
}

} // namespace

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/godwit/server");
}

bool parseListenAddress(const QString &text, QString *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString address = text.left(colon);
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    else if (address.contains(QLatin1Char(':')))
        return false; // IPv6 needs brackets: [::1]:8787
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (address.isEmpty() || !ok || number > 65535)
        return false;
    *host = address;
    *port = static_cast<quint16>(number);
    return true;
}

ParsedCommandLine parseCommandLine(const QStringList &arguments, const QString &environmentKey)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QLatin1String(kHelpIntro));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to listen on (port 0: any free port)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory of the database (default: %1).").arg(defaultDataDir()),
        QStringLiteral("DIR"));
    const QCommandLineOption keyFile(
        QStringLiteral("api-key-file"),
        QStringLiteral("File holding the bootstrap API key (else GODWIT_API_KEY)."), QStringLiteral("PATH"));
    const QCommandLineOption maxJson(QStringLiteral("max-json-body"),
                                     QStringLiteral("Largest JSON request body, in bytes (default 1048576)."),
                                     QStringLiteral("BYTES"));
    const QCommandLineOption maxUpload(
        QStringLiteral("max-upload-size"),
        QStringLiteral("Largest uploaded file, in bytes (default 2147483648)."), QStringLiteral("BYTES"));
    const QCommandLineOption readTimeout(QStringLiteral("read-timeout"),
                                         QStringLiteral("Seconds to wait for a client to send (default 30)."),
                                         QStringLiteral("SECONDS"));
    const QCommandLineOption writeTimeout(
        QStringLiteral("write-timeout"),
        QStringLiteral("Seconds to wait for a client to receive (default 30)."), QStringLiteral("SECONDS"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per minute per API key, method and route (default 100; 0: off)."),
        QStringLiteral("N"));
    const QCommandLineOption rateWindow(
        QStringLiteral("rate-limit-window"),
        QStringLiteral("Length of a rate-limit window in seconds (default 60)."), QStringLiteral("SECONDS"));
    const QCommandLineOption uploadTtl(
        QStringLiteral("upload-token-ttl"),
        QStringLiteral("Seconds a signed upload URL stays valid (default 3600)."), QStringLiteral("SECONDS"));
    const QCommandLineOption importWorkers(
        QStringLiteral("import-workers"),
        QStringLiteral("Import runs executed at once, each on every core (default 2)."), QStringLiteral("N"));
    const QCommandLineOption httpThreads(
        QStringLiteral("http-threads"),
        QStringLiteral("Connections served at once; more wait in the queue (default 64)."),
        QStringLiteral("N"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Label of the key (keys create)."),
                                   QStringLiteral("L"));
    parser.addOptions({listen, dataDir, keyFile, maxJson, maxUpload, readTimeout, writeTimeout, rateLimit,
                       rateWindow, uploadTtl, importWorkers, httpThreads, label});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("keys create|list|revoke"),
                                 QStringLiteral("[keys create|list|revoke ...]"));

    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (parser.isSet(help)) {
        ParsedCommandLine result;
        result.outcome = ParsedCommandLine::Outcome::Print;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        ParsedCommandLine result;
        result.outcome = ParsedCommandLine::Outcome::Print;
        result.text = QStringLiteral("godwit-server " GODWIT_VERSION "\n");
        return result;
    }

    ServerOptions options;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString sub = positional.value(1);
        if (positional.first() != QLatin1String("keys"))
            return error(QStringLiteral("Unknown command \"%1\" (see --help)").arg(positional.first()));
        if (sub == QLatin1String("create") && positional.size() == 2) {
            options.command = ServerOptions::Command::KeysCreate;
        } else if (sub == QLatin1String("list") && positional.size() == 2) {
            options.command = ServerOptions::Command::KeysList;
        } else if (sub == QLatin1String("revoke") && positional.size() == 3) {
            options.command = ServerOptions::Command::KeysRevoke;
            options.revokeTarget = positional.at(2);
        } else {
            return error(
                QStringLiteral("Usage: godwit-server keys create [--label L] | keys list | keys revoke "
                               "PREFIX|ID"));
        }
    }
    if (parser.isSet(label) && options.command != ServerOptions::Command::KeysCreate)
        return error(QStringLiteral("--label is only for \"keys create\""));
    options.label = parser.value(label);

    if (!parseListenAddress(parser.value(listen), &options.host, &options.port))
        return error(QStringLiteral("--listen wants ADDR:PORT, e.g. 127.0.0.1:8787 or [::1]:0, not \"%1\"")
                         .arg(parser.value(listen)));
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir();
    if (options.dataDir.isEmpty())
        return error(QStringLiteral("--data-dir must not be empty"));

    constexpr quint64 kMaxBytes = quint64(1) << 50;
    if (parser.isSet(maxJson) &&
        !parsePositive(parser.value(maxJson), kMaxBytes, &options.limits.maxJsonBodyBytes))
        return error(QStringLiteral("--max-json-body wants a positive number of bytes"));
    if (parser.isSet(maxUpload) &&
        !parsePositive(parser.value(maxUpload), kMaxBytes, &options.limits.maxUploadBytes))
        return error(QStringLiteral("--max-upload-size wants a positive number of bytes"));
    quint64 seconds = 0;
    if (parser.isSet(readTimeout)) {
        if (!parsePositive(parser.value(readTimeout), 3600, &seconds))
            return error(QStringLiteral("--read-timeout wants 1 to 3600 seconds"));
        options.limits.readTimeoutSeconds = static_cast<int>(seconds);
    }
    if (parser.isSet(writeTimeout)) {
        if (!parsePositive(parser.value(writeTimeout), 3600, &seconds))
            return error(QStringLiteral("--write-timeout wants 1 to 3600 seconds"));
        options.limits.writeTimeoutSeconds = static_cast<int>(seconds);
    }

    if (parser.isSet(rateLimit)) {
        bool ok = false;
        const int limit = parser.value(rateLimit).trimmed().toInt(&ok);
        if (!ok || limit < 0 || limit > 1000000)
            return error(QStringLiteral("--rate-limit wants 0 (off) to 1000000 requests per minute"));
        options.rateLimitPerMinute = limit;
    }
    if (parser.isSet(rateWindow)) {
        if (!parsePositive(parser.value(rateWindow), 3600, &seconds))
            return error(QStringLiteral("--rate-limit-window wants 1 to 3600 seconds"));
        options.rateLimitWindowSeconds = static_cast<int>(seconds);
    }
    if (parser.isSet(uploadTtl)) {
        if (!parsePositive(parser.value(uploadTtl), 7 * 24 * 3600, &seconds))
            return error(QStringLiteral("--upload-token-ttl wants 1 to 604800 seconds"));
        options.uploadTokenTtlSeconds = static_cast<int>(seconds);
    }

    if (parser.isSet(importWorkers)) {
        if (!parsePositive(parser.value(importWorkers), 64, &seconds))
            return error(QStringLiteral("--import-workers wants 1 to 64"));
        options.importWorkers = static_cast<int>(seconds);
    }

    if (parser.isSet(httpThreads)) {
        if (!parsePositive(parser.value(httpThreads), 256, &seconds))
            return error(QStringLiteral("--http-threads wants 1 to 256"));
        options.limits.threads = static_cast<int>(seconds);
    }

    if (parser.isSet(keyFile)) {
        QFile file(parser.value(keyFile));
        if (!file.open(QIODevice::ReadOnly))
            return error(
                QStringLiteral("Cannot read --api-key-file %1: %2").arg(file.fileName(), file.errorString()));
        const QString key = QString::fromUtf8(file.read(64 * 1024)).trimmed();
        if (key.isEmpty())
            return error(QStringLiteral("--api-key-file %1 is empty").arg(file.fileName()));
        options.bootstrapKey = key;
    } else if (!environmentKey.trimmed().isEmpty()) {
        options.bootstrapKey = environmentKey.trimmed();
    }

    ParsedCommandLine result;
    result.outcome = ParsedCommandLine::Outcome::Run;
    result.options = options;
    return result;
}

} // namespace godwit::server
