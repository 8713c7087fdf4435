// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace godwit::app {

// The console's own preferences (not the connection profiles: see ProfileStore).
class AppSettings {
public:
    explicit AppSettings(QSettings &settings)
        : m_settings(settings)
    {}

    // "" follows the system locale; otherwise one of availableLanguages().
    QString language() const { return m_settings.value(QStringLiteral("ui/language")).toString(); }
    void setLanguage(const QString &code) { m_settings.setValue(QStringLiteral("ui/language"), code); }

    // Off unless the user asks: API keys then go to a plaintext settings file when no keychain works.
    bool insecureKeyStorage() const
    {
        return m_settings.value(QStringLiteral("security/plaintextKeys")).toBool();
    }
    void setInsecureKeyStorage(bool on) { m_settings.setValue(QStringLiteral("security/plaintextKeys"), on); }

    static QStringList availableLanguages()
    {
        return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    }

private:
    QSettings &m_settings;
};

} // namespace godwit::app
