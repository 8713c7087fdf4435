// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiresult.h"
#include "app/api/discovery.h"
#include "app/profiles.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace godwit::app {

class ApiConnection;
class LocalServer;
class SecretStore;

// The console's live link to one server: activates a profile (starting the embedded server
// or reading the remote key from the keychain), then watches it with GET /sources.
class Session : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,
        StartingServer, // local profile: the child server is starting
        Connecting,     // first check under way
        Connected,
        Unauthorized, // the server answered 401
        Unreachable,  // network error or timeout
        ServerError,  // 5xx or an answer that is not the API's
        Failed        // no usable configuration: local server did not start, no key in the keychain, ...
    };
    Q_ENUM(State)

    Session(SecretStore *secrets, QObject *parent = nullptr);
    ~Session() override;

    // Replaces the current connection. For a remote profile the key is read from the keychain.
    void activate(const ConnectionProfile &profile);
    // For the Local profile: which server program and data folder to use (tests, --data-dir).
    void setLocalServerOverrides(const QString &executable, const QString &dataDirectory);
    void setCheckInterval(int milliseconds);
    void checkNow();
    void shutdown();

    ApiConnection *connection() const { return m_connection; }
    LocalServer *localServer() const { return m_localServer; }
    const ConnectionProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    // Why the state is what it is (the server's message, stderr tail of a dead local server, ...).
    QString detail() const { return m_detail; }
    // What a failed local server wrote last on stderr (empty otherwise): for a "details" view.
    QString diagnostics() const { return m_diagnostics; }
    bool isConnected() const { return m_state == State::Connected; }

    static QString stateText(State state);
    static State stateForResult(const ApiResult &result);

signals:
    void stateChanged(godwit::app::Session::State state);
    // Emitted on every transition into Connected (first connect and each reconnect).
    void connected();

private:
    void setState(State state, const QString &detail = {});
    void startLocal();
    void onCheckFinished();

    SecretStore *m_secrets;
    ApiConnection *m_connection;
    LocalServer *m_localServer = nullptr;
    QString m_localExecutable;
    QString m_localDataDirectory;
    ConnectionProfile m_profile;
    State m_state = State::Idle;
    QString m_detail;
    QString m_diagnostics;
    QTimer m_checkTimer;
    QPointer<ListSourcesRequest> m_check;
    quint64 m_generation = 0; // ignores answers that belong to a previous activation
};

} // namespace godwit::app
