// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace godwit::app {

// API keys live only in the system keychain (Secret Service, Keychain, Credential Manager)
// through QtKeychain. A plaintext fallback is used only when the user switched it on.
// Every call is asynchronous; the callback runs on the caller's thread.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using WriteCallback = std::function<void(bool ok, const QString &error)>;
    using ReadCallback = std::function<void(bool ok, const QString &secret, const QString &error)>;

    explicit SecretStore(QString service = QStringLiteral("Godwit"), QObject *parent = nullptr);

    void setInsecureFallbackAllowed(bool allowed) { m_insecureFallback = allowed; }
    bool insecureFallbackAllowed() const { return m_insecureFallback; }

    void write(const QString &key, const QString &secret, WriteCallback done);
    // ok=true with an empty secret means "nothing stored under that key".
    void read(const QString &key, ReadCallback done);
    void remove(const QString &key, WriteCallback done);

private:
    QString m_service;
    bool m_insecureFallback = false;
};

} // namespace godwit::app
