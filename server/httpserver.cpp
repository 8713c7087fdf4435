// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/httpserver.h"

#include "server/json.h"
#include "server/router.h"

#include <QDebug>

#include <httplib.h>

#include <dlfcn.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

namespace godwit::server {

// httplib's thread pool, plus the idle hook that stops the accept loop when stop() came before it started.
class HttpServer::Queue : public httplib::ThreadPool {
public:
    Queue(size_t threads, HttpServer &owner)
        : httplib::ThreadPool(threads)
        , m_owner(owner)
    {}
    void on_idle() override
    {
        if (m_owner.m_stopRequested)
            m_owner.m_server->stop();
    }

private:
    HttpServer &m_owner;
};

namespace {

// SQLite counts every allocation under one process-wide mutex (SQLITE_CONFIG_MEMSTATUS, on by default):
// with many request threads that mutex is where they queue (a poll storm spent ~15% of its time waiting
// on it). The statistics are never read here, so they are switched off — which SQLite allows only before
// it initialises, hence at program start. The library is the one Qt's SQLite driver links (same soname,
// loaded once); without it there is nothing to configure.
[[maybe_unused]] const bool g_sqliteMemStatusOff = [] {
    void *library = ::dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_GLOBAL);
    if (!library)
        return false;
    using Config = int (*)(int, ...);
    const auto config = reinterpret_cast<Config>(::dlsym(library, "sqlite3_config"));
    constexpr int kConfigMemStatus = 9; // SQLITE_CONFIG_MEMSTATUS
    return config && config(kConfigMemStatus, 0) == 0;
}();

// httplib adds these to the request headers itself.
bool isSyntheticHeader(const std::string &name)
{
    return name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT";
}

qsizetype headerBytes(const httplib::Request &request)
{
    qsizetype total = 0;
    for (const auto &[name, value] : request.headers) {
        if (!isSyntheticHeader(name))
            total += static_cast<qsizetype>(name.size() + value.size() + 4);
    }
    return total;
}

// Signed upload URLs carry their credential in the path: the log keeps the upload id and expiry only.
QString loggedPath(const std::string &path)
{
    QString logged = QString::fromStdString(path);
    static const QString storage = QStringLiteral("/storage/v1/upload/");
    if (logged.startsWith(storage)) {
        const qsizetype signature = logged.lastIndexOf(QLatin1Char('.'));
        if (signature > storage.size())
            logged = logged.left(signature + 1) + QStringLiteral("[signature]");
        else
            logged = storage + QStringLiteral("[token]");
    }
    return logged;
}

} // namespace

HttpServer::HttpServer(const Router &router, const HttpLimits &limits)
    : m_router(router)
    , m_limits(limits)
    , m_server(std::make_unique<httplib::Server>())
{
    httplib::Server &server = *m_server;
    const size_t threads = static_cast<size_t>(std::max(1, limits.threads));
    server.new_task_queue = [this, threads] { return new Queue(threads, *this); };
    // SO_REUSEADDR only: httplib's default also sets SO_REUSEPORT, which would let a second server bind the
    // same port silently.
    server.set_socket_options([this](socket_t socket) {
        int yes = 1;
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
        m_listenSocket = socket;
    });
    server.set_idle_interval(0, 100000);
    server.set_read_timeout(limits.readTimeoutSeconds, 0);
    server.set_write_timeout(limits.writeTimeoutSeconds, 0);
    server.set_keep_alive_timeout(limits.keepAliveTimeoutSeconds);

    using Response = httplib::Server::HandlerResponse;
    server.set_pre_routing_handler([this](const httplib::Request &request, httplib::Response &response) {
        if (headerBytes(request) > m_limits.maxHeaderBytes) {
            response.set_header("Connection", "close");
            sendError(
                response, 431,
                QStringLiteral("Request headers too large: at most %1 bytes").arg(m_limits.maxHeaderBytes));
            return Response::Handled;
        }
        static const std::array<std::string, 7> handledByMethod{"GET",   "HEAD",   "POST",   "PUT",
                                                                "PATCH", "DELETE", "OPTIONS"};
        if (std::find(handledByMethod.begin(), handledByMethod.end(), request.method) ==
            handledByMethod.end()) {
            // httplib would answer an unknown method with a bare 400; the Router answers 401/404/405.
            m_router.dispatch(request, response, nullptr);
            return Response::Handled;
        }
        return Response::Unhandled;
    });

    const auto plain = [this](const httplib::Request &request, httplib::Response &response) {
        m_router.dispatch(request, response, nullptr);
    };
    const auto withBody = [this](const httplib::Request &request, httplib::Response &response,
                                 const httplib::ContentReader &reader) {
        m_router.dispatch(request, response, &reader);
    };
    server.Get(".*", plain);
    server.Options(".*", plain);
    server.Post(".*", withBody);
    server.Put(".*", withBody);
    server.Patch(".*", withBody);
    server.Delete(".*", withBody);

    server.set_expect_100_continue_handler(
        [this](const httplib::Request &request, httplib::Response &response) {
            return m_router.preflight(request, response);
        });

    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &response) {
            if (response.body.empty() && !response.content_provider_)
                sendError(response, response.status, defaultErrorMessage(response.status));
            // Always "Handled": only then does httplib give the body its Content-Length on every path (its
            // Expect: 100-continue path would otherwise send the headers without the body).
            return Response::Handled;
        }));

    server.set_exception_handler(
        [](const httplib::Request &request, httplib::Response &response, std::exception_ptr exception) {
            QString what = QStringLiteral("unknown exception");
            try {
                if (exception)
                    std::rethrow_exception(exception);
            } catch (const std::exception &e) {
                what = QString::fromLocal8Bit(e.what());
            } catch (...) {
            }
            qWarning().noquote() << "error:" << QString::fromStdString(request.method)
                                 << QString::fromStdString(request.path) << "failed:" << what;
            sendError(response, 500, QStringLiteral("Internal server error"));
        });

    server.set_logger([](const httplib::Request &request, const httplib::Response &response) {
        qInfo().noquote() << QString::fromStdString(request.method) << loggedPath(request.path)
                          << response.status;
    });
}

HttpServer::~HttpServer() = default;

std::optional<quint16> HttpServer::bind(const QString &host, quint16 port, QString *error)
{
    // The Router enforces each route's cap itself; httplib's own cap must only be wide enough for the
    // largest.
    m_server->set_payload_max_length(static_cast<size_t>(m_router.largestMaxBodyBytes()));
    const std::string address = host.toStdString();
    errno = 0;
    int bound = -1;
    if (port == 0)
        bound = m_server->bind_to_any_port(address);
    else if (m_server->bind_to_port(address, port))
        bound = port;
    if (bound <= 0 || bound > 65535) {
        if (error) {
            const int code = errno;
            *error = QStringLiteral("cannot listen on %1:%2%3")
                         .arg(host)
                         .arg(port)
                         .arg(code ? QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(code))
                                   : QString());
        }
        return std::nullopt;
    }
    // httplib 0.11 listens with a backlog of 5: a burst of connections (200 pollers starting at once)
    // overflows it and the clients' SYNs are retried after 1, 3, 7, 15 s. Listening again on the bound
    // socket raises the backlog (Linux honours a second listen()).
    if (m_listenSocket >= 0)
        ::listen(m_listenSocket, SOMAXCONN);
    return static_cast<quint16>(bound);
}

bool HttpServer::serve()
{
    const bool ok = m_server->listen_after_bind();
    return ok || m_stopRequested;
}

void HttpServer::stop()
{
    m_stopRequested = true;
    m_server->stop();
}

} // namespace godwit::server
