// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/router.h"

#include "server/json.h"

#include <httplib.h>

#include <algorithm>
#include <stdexcept>

namespace godwit::server {

namespace {

const QStringList &conventionalMethodOrder()
{
    static const QStringList order{
        QStringLiteral("GET"),   QStringLiteral("HEAD"),   QStringLiteral("POST"),   QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS")};
    return order;
}

void sortMethods(QStringList &methods)
{
    const QStringList &order = conventionalMethodOrder();
    std::sort(methods.begin(), methods.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia != ib ? ia < ib : a < b;
    });
}

bool isUnder(QStringView path, const QString &prefix)
{
    return path == prefix ||
           (path.startsWith(prefix) &&
            (prefix.endsWith(QLatin1Char('/')) || path.mid(prefix.size()).startsWith(QLatin1Char('/'))));
}

void closeAfterResponse(httplib::Response &response)
{
    // The client may still be sending a body nobody will read: this connection cannot carry another request.
    response.set_header("Connection", "close");
}

QString tooLargeMessage(quint64 cap)
{
    return QStringLiteral("Request body too large: this endpoint accepts at most %1 bytes").arg(cap);
}

} // namespace

RequestContext::RequestContext(const httplib::Request &raw, const httplib::ContentReader *reader)
    : m_raw(raw)
    , m_reader(reader)
    , m_method(QString::fromStdString(raw.method))
    , m_path(QString::fromStdString(raw.path))
{}

bool RequestContext::hasHeader(const char *name) const
{
    return m_raw.has_header(name);
}

QByteArray RequestContext::header(const char *name) const
{
    return QByteArray::fromStdString(m_raw.get_header_value(name));
}

std::optional<quint64> RequestContext::declaredLength() const
{
    if (!m_raw.has_header("Content-Length"))
        return std::nullopt;
    bool ok = false;
    const quint64 length = header("Content-Length").trimmed().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return length;
}

bool RequestContext::hasBody() const
{
    if (header("Transfer-Encoding").toLower().contains("chunked"))
        return true;
    const std::optional<quint64> length = declaredLength();
    return length && *length > 0;
}

RequestContext::ReadResult RequestContext::readBody(const Sink &sink)
{
    if (m_bodyConsumed)
        return ReadResult::Failed;
    m_bodyConsumed = true;
    if (!hasBody())
        return ReadResult::Complete;
    if (!m_reader)
        return ReadResult::Failed;
    quint64 received = 0;
    bool tooLarge = false;
    const bool complete = (*m_reader)([&](const char *data, size_t length) {
        received += length;
        if (received > m_maxBodyBytes) {
            tooLarge = true;
            return false;
        }
        return sink(data, length);
    });
    if (tooLarge)
        return ReadResult::TooLarge;
    m_bodyComplete = complete;
    return complete ? ReadResult::Complete : ReadResult::Failed;
}

Router::Router(quint64 defaultMaxBodyBytes)
    : m_defaultMaxBodyBytes(defaultMaxBodyBytes)
{}

Router::~Router() = default;

Router &Router::route(const QString &method, const QString &pattern, Handler handler, RouteOptions options)
{
    if (method.isEmpty() || method != method.toUpper())
        throw std::invalid_argument("route method must be upper case: " + method.toStdString());
    if (method == QLatin1String("HEAD"))
        throw std::invalid_argument("HEAD is answered by the GET route");
    auto entry = std::make_shared<Route>(Route{method, RouteTemplate(pattern), std::move(handler), options});
    for (const auto &existing : std::as_const(m_routes)) {
        if (existing->method == method && existing->pattern.shape() == entry->pattern.shape())
            throw std::logic_error("duplicate route " + method.toStdString() + " " + pattern.toStdString() +
                                   " (already " + existing->pattern.pattern().toStdString() + ")");
    }
    m_routes.append(std::move(entry));
    return *this;
}

void Router::addGuard(const QString &prefix, Guard guard)
{
    m_guards.append({prefix, std::move(guard)});
}

void Router::addRouteGuard(const QString &prefix, Guard guard)
{
    m_routeGuards.append({prefix, std::move(guard)});
}

quint64 Router::maxBodyBytes(const Route &route) const
{
    return route.options.maxBodyBytes ? route.options.maxBodyBytes : m_defaultMaxBodyBytes;
}

quint64 Router::largestMaxBodyBytes() const
{
    quint64 largest = std::max(m_defaultMaxBodyBytes, m_drainLimit);
    for (const auto &route : m_routes)
        largest = std::max(largest, maxBodyBytes(*route));
    return largest;
}

Router::Match Router::match(const QString &method, QStringView path) const
{
    const QString wanted = method == QLatin1String("HEAD") ? QStringLiteral("GET") : method;
    Match result;
    QStringList allowed;
    for (const auto &route : m_routes) {
        std::optional<RouteTemplate::Params> params = route->pattern.match(path);
        if (!params)
            continue;
        if (!allowed.contains(route->method))
            allowed.append(route->method);
        if (route->method != wanted)
            continue;
        if (!result.route || route->pattern.isMoreSpecificThan(result.route->pattern)) {
            result.kind = Match::Found;
            result.route = route.get();
            result.params = std::move(*params);
        }
    }
    if (result.route || allowed.isEmpty())
        return result;
    if (allowed.contains(QLatin1String("GET")))
        allowed.append(QStringLiteral("HEAD"));
    sortMethods(allowed);
    result.kind = Match::MethodNotAllowed;
    result.allowed = allowed;
    return result;
}

Router::Outcome Router::check(RequestContext &context, httplib::Response &response, const Route **route,
                              Phase phase) const
{
    for (const GuardEntry &entry : m_guards) {
        if (isUnder(context.path(), entry.prefix) && !entry.guard(context, response))
            return Outcome::Answered;
    }

    Match found = match(context.method(), context.path());
    if (found.kind == Match::NotFound) {
        sendError(response, 404, QStringLiteral("Not found"));
        return Outcome::Answered;
    }
    if (found.kind == Match::MethodNotAllowed) {
        response.set_header("Allow", found.allowed.join(QLatin1String(", ")).toStdString());
        sendError(response, 405, QStringLiteral("Method not allowed"));
        return Outcome::Answered;
    }

    context.m_routeTemplate = found.route->pattern.pattern();
    context.m_params = std::move(found.params);
    context.m_maxBodyBytes = maxBodyBytes(*found.route);
    *route = found.route;

    if (phase == Phase::Dispatch) {
        for (const GuardEntry &entry : m_routeGuards) {
            if (isUnder(context.path(), entry.prefix) && !entry.guard(context, response))
                return Outcome::Answered;
        }
    }

    if (context.hasHeader("Content-Length") && !context.declaredLength()) {
        sendError(response, 400, QStringLiteral("Invalid Content-Length header"));
        return Outcome::Answered;
    }
    if (context.declaredLength().value_or(0) > context.m_maxBodyBytes) {
        sendError(response, 413, tooLargeMessage(context.m_maxBodyBytes));
        return Outcome::Answered;
    }
    return Outcome::Continue;
}

void Router::dispatch(const httplib::Request &request, httplib::Response &response,
                      const httplib::ContentReader *reader) const
{
    RequestContext context(request, reader);
    const Route *route = nullptr;
    if (check(context, response, &route, Phase::Dispatch) == Outcome::Answered) {
        finishUnreadBody(context, response);
        return;
    }

    if (route->options.body == BodyMode::Buffered && context.hasBody() && reader) {
        QByteArray body;
        body.reserve(
            static_cast<qsizetype>(std::min<quint64>(context.declaredLength().value_or(0), 64 * 1024)));
        switch (context.readBody([&body](const char *data, size_t length) {
            body.append(data, static_cast<qsizetype>(length));
            return true;
        })) {
        case RequestContext::ReadResult::Complete:
            break;
        case RequestContext::ReadResult::TooLarge:
            sendError(response, 413, tooLargeMessage(context.maxBodyBytes()));
            closeAfterResponse(response);
            return;
        case RequestContext::ReadResult::Failed:
            sendError(response, 400, QStringLiteral("Could not read the request body"));
            closeAfterResponse(response);
            return;
        }
        context.m_body = std::move(body);
    }

    route->handler(context, response);
    finishUnreadBody(context, response);
}

void Router::finishUnreadBody(RequestContext &context, httplib::Response &response) const
{
    if (context.bodyComplete())
        return;
    const std::optional<quint64> declared = context.declaredLength();
    if (!context.bodyConsumed() && context.m_reader && (!declared || *declared <= m_drainLimit)) {
        context.m_maxBodyBytes = m_drainLimit;
        const int status = response.status; // httplib's reader may overwrite it when it gives up
        const bool drained = context.readBody([](const char *, size_t) { return true; }) ==
                             RequestContext::ReadResult::Complete;
        response.status = status;
        if (drained)
            return;
    }
    closeAfterResponse(response);
}

int Router::preflight(const httplib::Request &request, httplib::Response &response) const
{
    RequestContext context(request, nullptr);
    const Route *route = nullptr;
    const httplib::Response untouched = response;
    try {
        if (check(context, response, &route, Phase::Preflight) == Outcome::Answered ||
            (route->options.preflight && !route->options.preflight(context, response))) {
            closeAfterResponse(response);
            return response.status;
        }
    } catch (...) {
        // httplib calls this outside its exception handling: let dispatch() meet the problem again, where a
        // failure becomes a 500.
        response = untouched;
    }
    return 100;
}

} // namespace godwit::server
