// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/bundledtemplates.h"

#include <QFile>
#include <QJsonDocument>

namespace godwit::engine {

QJsonObject bundledSeedJson()
{
    QFile file(QStringLiteral(":/seed/seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<Template> bundledTemplates()
{
    static const QList<Template> templates = templatesFromJson(bundledSeedJson());
    return templates;
}

std::optional<Template> bundledTemplate(const QString &slugNameOrId)
{
    for (const Template &t : bundledTemplates()) {
        if (t.slug == slugNameOrId || t.id == slugNameOrId ||
            t.name.compare(slugNameOrId, Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

} // namespace godwit::engine
