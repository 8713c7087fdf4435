// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session.h"

#include "app/api/apiconnection.h"
#include "app/api/discovery.h"
#include "app/localserver.h"
#include "app/secretstore.h"

namespace godwit::app {

Session::Session(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_connection(new ApiConnection(this))
{
    m_checkTimer.setInterval(30000);
    connect(&m_checkTimer, &QTimer::timeout, this, &Session::checkNow);
}

Session::~Session()
{
    shutdown();
}

QString Session::stateText(State state)
{
    switch (state) {
    case State::Idle:
        return tr("not connected");
    case State::StartingServer:
        return tr("starting…");
    case State::Connecting:
        return tr("connecting…");
    case State::Connected:
        return tr("connected");
    case State::Unauthorized:
        return tr("unauthorised");
    case State::Unreachable:
        return tr("unreachable");
    case State::ServerError:
        return tr("server error");
    case State::Failed:
        return tr("failed");
    }
    return {};
}

Session::State Session::stateForResult(const ApiResult &result)
{
    switch (result.status) {
    case ApiStatus::Success:
        return State::Connected;
    case ApiStatus::Unauthorized:
        return State::Unauthorized;
    case ApiStatus::NetworkError:
    case ApiStatus::Timeout:
        return State::Unreachable;
    case ApiStatus::RateLimited:
        // The server is there and knows us; a busy key is still a working connection.
        return State::Connected;
    default:
        return State::ServerError;
    }
}

void Session::setLocalServerOverrides(const QString &executable, const QString &dataDirectory)
{
    m_localExecutable = executable;
    m_localDataDirectory = dataDirectory;
}

void Session::setCheckInterval(int milliseconds)
{
    m_checkTimer.setInterval(milliseconds);
}

void Session::setState(State state, const QString &detail)
{
    const bool changed = state != m_state || detail != m_detail;
    const bool becameConnected = state == State::Connected && m_state != State::Connected;
    m_state = state;
    m_detail = detail;
    if (changed)
        emit stateChanged(state);
    if (becameConnected)
        emit connected();
}

void Session::shutdown()
{
    ++m_generation;
    m_checkTimer.stop();
    if (m_check)
        m_check->abort();
    // Close our idle keep-alive connections first: the server then sees them end at once instead
    // of waiting out its keep-alive timeout before it can stop.
    m_connection->networkManager()->clearConnectionCache();
    if (m_localServer) {
        m_localServer->disconnect(this);
        m_localServer->stop();
        delete m_localServer;
        m_localServer = nullptr;
    }
}

void Session::activate(const ConnectionProfile &profile)
{
    shutdown();
    m_profile = profile;
    m_diagnostics.clear();
    m_connection->configure({}, {});
    if (profile.isLocal()) {
        startLocal();
        return;
    }
    setState(State::Connecting);
    const quint64 generation = m_generation;
    m_secrets->read(
        profile.secretKey(), [this, generation, profile](bool ok, const QString &key, const QString &error) {
            if (generation != m_generation)
                return;
            if (!ok) {
                setState(State::Failed, tr("The API key could not be read from the keychain: %1").arg(error));
                return;
            }
            if (key.isEmpty()) {
                setState(State::Failed, tr("No API key is stored for this profile. Enter it in Settings."));
                return;
            }
            m_connection->configure(profile.baseUrl, key, profile.headerName);
            checkNow();
            m_checkTimer.start();
        });
}

void Session::startLocal()
{
    m_localServer = new LocalServer(this);
    if (!m_localExecutable.isEmpty())
        m_localServer->setExecutable(m_localExecutable);
    if (!m_localDataDirectory.isEmpty())
        m_localServer->setDataDirectory(m_localDataDirectory);
    connect(m_localServer, &LocalServer::started, this, [this] {
        m_connection->configure(m_localServer->baseUrl(), m_localServer->apiKey());
        setState(State::Connecting);
        checkNow();
        m_checkTimer.start();
    });
    connect(m_localServer, &LocalServer::failed, this, [this](const QString &message) {
        m_checkTimer.stop();
        m_diagnostics = m_localServer->standardErrorTail();
        setState(State::Failed, message);
    });
    setState(State::StartingServer);
    m_localServer->start();
}

void Session::checkNow()
{
    if (!m_connection->isConfigured() || m_check)
        return;
    m_check = new ListSourcesRequest(this);
    m_check->setMaxAttempts(1); // a probe: the timer repeats it, and the state must not lag
    connect(m_check, &ApiRequest::finished, this, &Session::onCheckFinished);
    m_check->start(m_connection);
}

void Session::onCheckFinished()
{
    ListSourcesRequest *check = m_check;
    m_check = nullptr;
    check->deleteLater();
    if (check->result().status == ApiStatus::Canceled)
        return;
    const ApiResult &result = check->result();
    const State state = stateForResult(result);
    setState(state, state == State::Connected ? QString() : result.message);
}

} // namespace godwit::app
