// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routetemplate.h"

#include <stdexcept>

namespace godwit::server {

namespace {

[[noreturn]] void invalid(const QString &pattern, const char *why)
{
    throw std::invalid_argument("invalid route template \"" + pattern.toStdString() + "\": " + why);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

RouteTemplate::RouteTemplate(const QString &pattern)
    : m_pattern(pattern)
{
    if (!pattern.startsWith(QLatin1Char('/')))
        invalid(pattern, "must start with '/'");
    const QStringList parts = pattern.mid(1).split(QLatin1Char('/'));
    QStringList names;
    for (const QString &part : parts) {
        if (part.isEmpty())
            invalid(pattern, "empty segment");
        Segment segment;
        const qsizetype open = part.indexOf(QLatin1Char('{'));
        if (open < 0) {
            if (part.contains(QLatin1Char('}')))
                invalid(pattern, "unbalanced '}'");
            segment.prefix = part;
        } else {
            const qsizetype close = part.indexOf(QLatin1Char('}'), open);
            if (close < 0)
                invalid(pattern, "unbalanced '{'");
            segment.prefix = part.left(open);
            segment.name = part.mid(open + 1, close - open - 1);
            segment.suffix = part.mid(close + 1);
            if (segment.name.isEmpty() ||
                !std::all_of(segment.name.cbegin(), segment.name.cend(), isNameChar))
                invalid(pattern, "parameter names are letters, digits and '_'");
            if (segment.suffix.contains(QLatin1Char('{')) || segment.suffix.contains(QLatin1Char('}')) ||
                segment.prefix.contains(QLatin1Char('}')))
                invalid(pattern, "at most one parameter per segment");
            if (names.contains(segment.name))
                invalid(pattern, "duplicate parameter name");
            names.append(segment.name);
        }
        m_shape += QLatin1Char('/') + segment.prefix;
        if (segment.isParameter())
            m_shape += QStringLiteral("{}") + segment.suffix;
        m_segments.append(segment);
    }
}

QStringList RouteTemplate::parameterNames() const
{
    QStringList names;
    for (const Segment &segment : m_segments) {
        if (segment.isParameter())
            names.append(segment.name);
    }
    return names;
}

std::optional<RouteTemplate::Params> RouteTemplate::match(QStringView path) const
{
    if (!path.startsWith(QLatin1Char('/')))
        return std::nullopt;
    path = path.mid(1);
    Params params;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        const bool last = i == m_segments.size() - 1;
        if (last != (slash < 0))
            return std::nullopt; // too many or too few segments
        const QStringView part = last ? path : path.left(slash);
        path = last ? QStringView() : path.mid(slash + 1);

        const Segment &segment = m_segments.at(i);
        if (!segment.isParameter()) {
            if (part != segment.prefix)
                return std::nullopt;
            continue;
        }
        if (part.size() <= segment.prefix.size() + segment.suffix.size() ||
            !part.startsWith(segment.prefix) || !part.endsWith(segment.suffix))
            return std::nullopt;
        params.insert(segment.name, part.mid(segment.prefix.size(),
                                             part.size() - segment.prefix.size() - segment.suffix.size())
                                        .toString());
    }
    return params;
}

bool RouteTemplate::isMoreSpecificThan(const RouteTemplate &other) const
{
    const qsizetype n = std::min(m_segments.size(), other.m_segments.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Segment &mine = m_segments.at(i);
        const Segment &theirs = other.m_segments.at(i);
        if (mine.isParameter() != theirs.isParameter())
            return !mine.isParameter();
        if (mine.isParameter()) {
            const qsizetype mineLiteral = mine.prefix.size() + mine.suffix.size();
            const qsizetype theirLiteral = theirs.prefix.size() + theirs.suffix.size();
            if (mineLiteral != theirLiteral)
                return mineLiteral > theirLiteral;
        }
    }
    return false;
}

} // namespace godwit::server
