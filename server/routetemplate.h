// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace godwit::server {

// A path pattern such as "/api/v1/companies/{id}/imports/{run_id}" or
// "/api/v1/migrations/{migration_id}/exports/{template_slug}.csv".
// Each segment is a literal, or one parameter with an optional literal prefix and suffix.
// A parameter matches one non-empty path segment (never a '/'); matching is case-sensitive and exact:
// no trailing slash, no empty segments.
class RouteTemplate {
public:
    using Params = QHash<QString, QString>;

    // Throws std::invalid_argument when the pattern is malformed.
    explicit RouteTemplate(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    // The same pattern with parameter names erased: two templates with the same shape are the same route.
    const QString &shape() const { return m_shape; }
    QStringList parameterNames() const;

    std::optional<Params> match(QStringView path) const;

    // Orders two templates that both match a path: true when this one is more specific (literal segments
    // beat parameters, compared from the left).
    bool isMoreSpecificThan(const RouteTemplate &other) const;

private:
    struct Segment {
        QString prefix; // the whole literal when name is empty
        QString name;   // parameter name, empty for a literal segment
        QString suffix;
        bool isParameter() const { return !name.isEmpty(); }
    };

    QString m_pattern;
    QString m_shape;
    QList<Segment> m_segments;
};

} // namespace godwit::server
