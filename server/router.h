// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/routetemplate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace httplib {
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

namespace godwit::server {

// How a route receives its request body.
enum class BodyMode {
    Buffered, // the router reads the whole body (within the cap) into RequestContext::body first
    Streamed  // the handler pulls it with RequestContext::readBody (uploads)
};

class RequestContext;

struct RouteOptions {
    using Preflight = std::function<bool(RequestContext &, httplib::Response &)>;
    RouteOptions(BodyMode bodyMode = BodyMode::Buffered, quint64 maxBytes = 0, Preflight check = {})
        : body(bodyMode)
        , maxBodyBytes(maxBytes)
        , preflight(std::move(check))
    {}

    BodyMode body = BodyMode::Buffered;
    quint64 maxBodyBytes = 0; // 0: the router's default (the JSON body cap)
    // Checks of the route's own that need no body (e.g. a signed URL's token): run for an
    // "Expect: 100-continue" request after the router's checks, so the client learns of a refusal before
    // it sends the body. Returns false when it has answered. The handler must still check on its own: a
    // client need not ask for 100-continue.
    Preflight preflight;
};

// One request as a handler sees it.
class RequestContext {
public:
    enum class ReadResult { Complete, TooLarge, Failed };
    using Sink = std::function<bool(const char *data, size_t length)>;

    RequestContext(const httplib::Request &raw, const httplib::ContentReader *reader);

    const httplib::Request &raw() const { return m_raw; }
    const QString &method() const { return m_method; }
    const QString &path() const { return m_path; }
    const QString &routeTemplate() const { return m_routeTemplate; } // e.g. "/api/v1/companies/{id}"
    QString param(const QString &name) const { return m_params.value(name); }
    const RouteTemplate::Params &params() const { return m_params; }
    const QByteArray &body() const { return m_body; }
    quint64 maxBodyBytes() const { return m_maxBodyBytes; }
    bool hasHeader(const char *name) const;
    QByteArray header(const char *name) const;

    // Set by a guard (authentication): the account the request acts for.
    const QString &accountId() const { return m_accountId; }
    void setAccountId(const QString &accountId) { m_accountId = accountId; }

    // The request announces a body (Content-Length > 0 or chunked transfer encoding).
    bool hasBody() const;
    // Content-Length when given and valid.
    std::optional<quint64> declaredLength() const;
    // Feeds the body to `sink`, stopping with TooLarge as soon as more than maxBodyBytes() arrived.
    // Only once per request; a request without a body completes at once.
    ReadResult readBody(const Sink &sink);
    bool bodyConsumed() const { return m_bodyConsumed; }
    // The whole body has been read (or there is none): the connection can carry another request.
    bool bodyComplete() const { return m_bodyComplete || !hasBody(); }

private:
    friend class Router;
    const httplib::Request &m_raw;
    const httplib::ContentReader *m_reader;
    QString m_method;
    QString m_path;
    QString m_routeTemplate;
    RouteTemplate::Params m_params;
    QByteArray m_body;
    QString m_accountId;
    quint64 m_maxBodyBytes = 0;
    bool m_bodyConsumed = false;
    bool m_bodyComplete = false;
};

// Dispatches requests by (method, route template). httplib gives every request to Router::dispatch
// through one catch-all handler per method. Order of checks (docs/api.md, "Error precedence"):
// guard (401) -> route (404, 405 + Allow) -> route guard (429) -> body cap (413) -> handler (400 validation
// and the rest).
class Router {
public:
    using Handler = std::function<void(RequestContext &, httplib::Response &)>;
    // Returns false when it has answered the request itself (e.g. 401).
    using Guard = std::function<bool(RequestContext &, httplib::Response &)>;

    struct Route {
        QString method;
        RouteTemplate pattern;
        Handler handler;
        RouteOptions options;
    };

    struct Match {
        enum Kind { Found, NotFound, MethodNotAllowed };
        Kind kind = NotFound;
        const Route *route = nullptr;
        RouteTemplate::Params params;
        QStringList allowed; // for MethodNotAllowed, in Allow-header order
    };

    explicit Router(quint64 defaultMaxBodyBytes = 1024 * 1024);
    ~Router();
    Router(const Router &) = delete;
    Router &operator=(const Router &) = delete;

    // Throws std::invalid_argument for a malformed pattern and std::logic_error for a duplicate route.
    Router &route(const QString &method, const QString &pattern, Handler handler, RouteOptions options = {});
    Router &get(const QString &pattern, Handler handler)
    {
        return route(QStringLiteral("GET"), pattern, handler);
    }
    Router &post(const QString &pattern, Handler handler, RouteOptions options = {})
    {
        return route(QStringLiteral("POST"), pattern, handler, options);
    }
    Router &put(const QString &pattern, Handler handler, RouteOptions options = {})
    {
        return route(QStringLiteral("PUT"), pattern, handler, options);
    }
    Router &patch(const QString &pattern, Handler handler, RouteOptions options = {})
    {
        return route(QStringLiteral("PATCH"), pattern, handler, options);
    }
    Router &del(const QString &pattern, Handler handler, RouteOptions options = {})
    {
        return route(QStringLiteral("DELETE"), pattern, handler, options);
    }

    // The guard runs for every request whose path is `prefix` or below it, before routing.
    void addGuard(const QString &prefix, Guard guard);
    // A route guard runs after routing found the route (RequestContext::routeTemplate() is set) and before
    // the body cap, for requests under `prefix`; never for an "Expect: 100-continue" preflight (the request
    // then meets it in dispatch()), so that a guard which counts requests counts each one once.
    void addRouteGuard(const QString &prefix, Guard guard);

    quint64 defaultMaxBodyBytes() const { return m_defaultMaxBodyBytes; }
    void setDefaultMaxBodyBytes(quint64 bytes) { m_defaultMaxBodyBytes = bytes; }
    quint64 largestMaxBodyBytes() const; // what httplib's own payload cap must allow (drain limit included)

    // A request answered without its body (401, 404, 405, 413, ...) still has that body on the wire. Bodies
    // up to this size are read and discarded, so the client can finish sending and read the answer, and the
    // connection stays usable; larger ones get "Connection: close" (clients should send
    // "Expect: 100-continue" with big uploads: they are then answered before sending anything).
    quint64 drainLimit() const { return m_drainLimit; }
    void setDrainLimit(quint64 bytes) { m_drainLimit = bytes; }

    Match match(const QString &method, QStringView path) const;
    quint64 maxBodyBytes(const Route &route) const;

    // Handles one request. `reader` is null for methods httplib reads no body for (GET, HEAD, OPTIONS).
    void dispatch(const httplib::Request &request, httplib::Response &response,
                  const httplib::ContentReader *reader) const;
    // The checks of dispatch() that need no body, then the route's own RouteOptions::preflight, for
    // "Expect: 100-continue": returns 100 to let the client send its body, or the error status already
    // written into `response`.
    int preflight(const httplib::Request &request, httplib::Response &response) const;

private:
    enum class Outcome { Continue, Answered };
    enum class Phase { Preflight, Dispatch };
    Outcome check(RequestContext &context, httplib::Response &response, const Route **route,
                  Phase phase) const;
    void finishUnreadBody(RequestContext &context, httplib::Response &response) const;

    struct GuardEntry {
        QString prefix;
        Guard guard;
    };
    QList<std::shared_ptr<Route>> m_routes;
    QList<GuardEntry> m_guards;
    QList<GuardEntry> m_routeGuards;
    quint64 m_defaultMaxBodyBytes;
    quint64 m_drainLimit = 4 * 1024 * 1024;
};

} // namespace godwit::server
