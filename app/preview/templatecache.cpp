// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preview/templatecache.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace godwit::app {

namespace {

QString safeName(const QString &profileId)
{
    QString name;
    for (const QChar c : profileId)
        name += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'_');
    return name.isEmpty() ? QStringLiteral("profile") : name;
}

} // namespace

TemplateCache::TemplateCache(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                            QStringLiteral("/template-cache")
                                      : directory)
{}

QString TemplateCache::pathFor(const QString &profileId) const
{
    return m_directory + u'/' + safeName(profileId) + QStringLiteral(".json");
}

bool TemplateCache::store(const CachedTemplates &templates, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("Cannot create %1").arg(m_directory);
        return false;
    }
    QJsonObject body = engine::templatesToJson(templates.templates);
    body.insert(QStringLiteral("profile_id"), templates.profileId);
    body.insert(QStringLiteral("profile_name"), templates.profileName);
    body.insert(QStringLiteral("saved_at"), templates.savedAt.toUTC().toString(Qt::ISODateWithMs));
    QSaveFile file(pathFor(templates.profileId));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(body).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<CachedTemplates> TemplateCache::load(const QString &profileId) const
{
    QFile file(pathFor(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject body = document.object();
    CachedTemplates cached;
    cached.profileId = body.value(QStringLiteral("profile_id")).toString();
    if (cached.profileId != profileId)
        return std::nullopt;
    cached.profileName = body.value(QStringLiteral("profile_name")).toString();
    cached.savedAt =
        QDateTime::fromString(body.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    cached.templates = engine::templatesFromJson(body);
    return cached;
}

} // namespace godwit::app
