// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/discovery.h"

#include <QJsonArray>

namespace godwit::app {

ListSourcesRequest::ListSourcesRequest(QObject *parent)
    : ApiRequest("GET", QStringLiteral("/sources"), parent)
{}

QString ListSourcesRequest::parseBody(const QJsonObject &body)
{
    const QJsonValue sources = body.value(QLatin1String("sources"));
    if (!sources.isArray())
        return tr("The server's answer has no \"sources\" list");
    m_sources.clear();
    for (const QJsonValue &value : sources.toArray()) {
        const QJsonObject object = value.toObject();
        Source source{object.value(QLatin1String("id")).toString(),
                      object.value(QLatin1String("name")).toString(),
                      object.value(QLatin1String("logo_url")).toString()};
        if (!source.id.isEmpty())
            m_sources.append(source);
    }
    return {};
}

ListTemplatesRequest::ListTemplatesRequest(QObject *parent)
    : ApiRequest("GET", QStringLiteral("/templates"), parent)
{}

QString ListTemplatesRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("templates")).isArray())
        return tr("The server's answer has no \"templates\" list");
    m_warnings.clear();
    m_templates = engine::templatesFromJson(body, &m_warnings);
    return {};
}

} // namespace godwit::app
