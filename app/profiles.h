// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace godwit::app {

// Where the console connects: the embedded local server (always there) or a remote API.
// The remote's API key is not part of the profile: it lives in the keychain (SecretStore).
struct ConnectionProfile {
    enum class Kind { Local, Remote };

    QString id;
    QString name;
    Kind kind = Kind::Remote;
    QUrl baseUrl;                        // remote only, e.g. https://app.vern.so/api/v1
    QByteArray headerName = "x-api-key"; // or "anx-api-key" for servers that want that spelling

    bool isLocal() const { return kind == Kind::Local; }
    QString secretKey() const { return QStringLiteral("profile/%1/api-key").arg(id); }

    static constexpr const char *kLocalId = "local";
    static ConnectionProfile local();
    static QStringList headerNames();
    // Empty when usable, else what is wrong (translated).
    QString validate() const;
    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// Connection profiles kept in QSettings. The built-in Local profile is always listed first
// and can be neither edited nor removed.
class ProfileStore {
public:
    explicit ProfileStore(QSettings &settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // Saves (adds when id is empty or unknown) and returns the profile's id.
    QString save(ConnectionProfile profile);
    bool remove(const QString &id);

    QString activeProfileId() const;
    ConnectionProfile activeProfile() const;
    void setActiveProfileId(const QString &id);

private:
    QSettings &m_settings;
};

} // namespace godwit::app
