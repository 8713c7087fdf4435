// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services.h"

#include "app/accountservice.h"
#include "app/secretstore.h"
#include "app/session.h"

namespace godwit::app {

Services::Services(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(settings)
    , m_appSettings(settings)
    , m_secrets(new SecretStore(QStringLiteral("Godwit"), this))
    , m_session(new Session(m_secrets, this))
    , m_account(new AccountService(m_session, this))
{
    m_secrets->setInsecureFallbackAllowed(m_appSettings.insecureKeyStorage());
}

Services::~Services()
{
    m_session->shutdown();
}

void Services::start()
{
    m_session->activate(m_profiles.activeProfile());
}

void Services::activateProfile(const QString &id)
{
    m_profiles.setActiveProfileId(id);
    m_session->activate(m_profiles.activeProfile());
}

} // namespace godwit::app
