// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace godwit::app {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kActive = QStringLiteral("connection/activeProfile");
} // namespace

ConnectionProfile ConnectionProfile::local()
{
    ConnectionProfile profile;
    profile.id = QLatin1String(kLocalId);
    profile.name = QCoreApplication::translate("godwit::app::ConnectionProfile", "Local server");
    profile.kind = Kind::Local;
    return profile;
}

QStringList ConnectionProfile::headerNames()
{
    return {QStringLiteral("x-api-key"), QStringLiteral("anx-api-key")};
}

QString ConnectionProfile::validate() const
{
    if (isLocal())
        return {};
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("godwit::app::ConnectionProfile", "The profile needs a name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QCoreApplication::translate("godwit::app::ConnectionProfile",
                                           "The base URL must be a full address, such as "
                                           "https://app.vern.so/api/v1.");
    const QString scheme = baseUrl.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QCoreApplication::translate("godwit::app::ConnectionProfile",
                                           "The base URL must start with https:// or http://.");
    if (!headerNames().contains(QString::fromLatin1(headerName)))
        return QCoreApplication::translate("godwit::app::ConnectionProfile",
                                           "The API key header must be x-api-key or anx-api-key.");
    return {};
}

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result{ConnectionProfile::local()};
    m_settings.beginGroup(kGroup);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    QList<ConnectionProfile> remotes;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            remotes.append(*p);
    }
    std::sort(remotes.begin(), remotes.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.toCaseFolded().localeAwareCompare(b.name.toCaseFolded()) < 0;
    });
    result.append(remotes);
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id == QLatin1String(ConnectionProfile::kLocalId))
        return ConnectionProfile::local();
    m_settings.beginGroup(kGroup + QLatin1Char('/') + id);
    std::optional<ConnectionProfile> result;
    if (m_settings.contains(QStringLiteral("name"))) {
        ConnectionProfile p;
        p.id = id;
        p.kind = ConnectionProfile::Kind::Remote;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.baseUrl = m_settings.value(QStringLiteral("baseUrl")).toUrl();
        p.headerName =
            m_settings.value(QStringLiteral("headerName"), QStringLiteral("x-api-key")).toString().toLatin1();
        result = p;
    }
    m_settings.endGroup();
    return result;
}

QString ProfileStore::save(ConnectionProfile p)
{
    if (p.isLocal())
        return p.id;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings.beginGroup(kGroup + QLatin1Char('/') + p.id);
    m_settings.setValue(QStringLiteral("name"), p.name.trimmed());
    m_settings.setValue(QStringLiteral("baseUrl"), p.baseUrl);
    m_settings.setValue(QStringLiteral("headerName"), QString::fromLatin1(p.headerName));
    m_settings.endGroup();
    m_settings.sync();
    return p.id;
}

bool ProfileStore::remove(const QString &id)
{
    if (id == QLatin1String(ConnectionProfile::kLocalId) || !profile(id))
        return false;
    m_settings.remove(kGroup + QLatin1Char('/') + id);
    if (activeProfileId() == id)
        setActiveProfileId(QLatin1String(ConnectionProfile::kLocalId));
    m_settings.sync();
    return true;
}

QString ProfileStore::activeProfileId() const
{
    const QString id = m_settings.value(kActive).toString();
    return profile(id) ? id : QLatin1String(ConnectionProfile::kLocalId);
}

ConnectionProfile ProfileStore::activeProfile() const
{
    return *profile(activeProfileId());
}

void ProfileStore::setActiveProfileId(const QString &id)
{
    m_settings.setValue(kActive, id);
    m_settings.sync();
}

} // namespace godwit::app
