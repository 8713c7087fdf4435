// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services.h"

#include "app/accountservice.h"
#include "app/api/apiconnection.h"
#include "app/catalog.h"
#include "app/createservice.h"
#include "app/runtracker.h"
#include "app/secretstore.h"
#include "app/session.h"
#include "app/uploadservice.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace godwit::app {

Services::Services(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(settings)
    , m_appSettings(settings)
    , m_secrets(new SecretStore(QStringLiteral("Godwit"), this))
    , m_session(new Session(m_secrets, this))
    , m_account(new AccountService(m_session, this))
    , m_creates(new CreateService(m_session->connection(), this))
    , m_catalog(new Catalog(m_session, m_creates, this))
    , m_uploads(new UploadService(m_session->connection(), this))
    , m_runTracker(new RunTracker(m_session->connection(), this))
{
    m_secrets->setInsecureFallbackAllowed(m_appSettings.insecureKeyStorage());
    // Uploads belong to the server they were minted on: a new configuration ends them.
    connect(m_session->connection(), &ApiConnection::configurationChanged, m_uploads,
            &UploadService::stopAll);
    // Creates whose answer was lost (or that a crash interrupted) are finished at every connect.
    connect(m_session, &Session::connected, m_creates, [this] {
        m_creates->setProfileId(m_session->profile().id);
        m_creates->resumePending();
    });
    // Every import that starts (here or resent from the journal) is followed to its end.
    connect(m_creates, &CreateService::operationFinished, m_runTracker, [this](CreateOperation *op) {
        if (op->kind() != CreateOperation::Kind::Import || !op->succeeded() || op->run().runId.isEmpty())
            return;
        const auto company = m_catalog->company(op->companyId());
        m_runTracker->track(RunTracker::Kind::Import, op->companyId(), op->run().runId, op->run().pollUrl,
                            company ? company->name : QString(), op->run().status);
    });
    // Runs are polled through the connected profile; a reconnect polls them at once.
    connect(m_session, &Session::connected, m_runTracker,
            [this] { m_runTracker->setProfileId(m_session->profile().id); });
}

Services::~Services()
{
    m_uploads->stopAll();
    m_session->shutdown();
}

void Services::start()
{
    if (m_creates->journalPath().isEmpty()) {
        const QString path = !m_journalPath.isEmpty()
                                 ? m_journalPath
                                 : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                       QStringLiteral("/intents.jsonl");
        m_creates->openJournal(path);
        m_runTracker->setStoreDirectory(QFileInfo(path).absolutePath());
    }
    m_creates->setProfileId(m_profiles.activeProfile().id);
    m_session->activate(m_profiles.activeProfile());
}

void Services::activateProfile(const QString &id)
{
    m_profiles.setActiveProfileId(id);
    m_creates->setProfileId(m_profiles.activeProfile().id);
    m_session->activate(m_profiles.activeProfile());
}

} // namespace godwit::app
