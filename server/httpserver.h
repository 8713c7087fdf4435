// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace httplib {
class Server;
}

namespace godwit::server {

class Router;

struct HttpLimits {
    quint64 maxJsonBodyBytes = 1024ull * 1024;          // --max-json-body
    quint64 maxUploadBytes = 2ull * 1024 * 1024 * 1024; // --max-upload-size (routes that declare it)
    int readTimeoutSeconds = 30;                        // --read-timeout: per receive
    int writeTimeoutSeconds = 30;                       // --write-timeout: per send
    int keepAliveTimeoutSeconds = 5;                    // idle time before a kept-alive connection closes
    qsizetype maxHeaderBytes = 64 * 1024;               // all request headers together -> 431
    int threads = 64;                                   // --http-threads: concurrent connections served
};

// cpp-httplib set up for the API: one catch-all handler per method hands every request to the Router;
// httplib's own errors (400, 414, ...) and exceptions answer JSON; caps and timeouts from HttpLimits.
class HttpServer {
public:
    HttpServer(const Router &router, const HttpLimits &limits);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Returns the bound port (the chosen one for port 0), or nullopt and a reason.
    std::optional<quint16> bind(const QString &host, quint16 port, QString *error);
    // Serves until stop(); returns false when it ended for another reason.
    bool serve();
    // Thread-safe and async-signal-agnostic: stops accepting; serve() returns once in-flight requests are
    // done. Also effective when called before serve() has started.
    void stop();

private:
    class Queue;
    const Router &m_router;
    HttpLimits m_limits;
    std::unique_ptr<httplib::Server> m_server;
    std::atomic<bool> m_stopRequested{false};
    int m_listenSocket = -1; // the socket httplib listens on, once bound
};

} // namespace godwit::server
