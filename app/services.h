// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsettings.h"
#include "app/profiles.h"

#include <QObject>

class QSettings;

namespace godwit::app {

class AccountService;
class Catalog;
class CreateService;
class RunTracker;
class SecretStore;
class Session;
class UploadService;

// The console's services, built once in main() (and in tests) and handed to the windows.
class Services : public QObject {
    Q_OBJECT
public:
    explicit Services(QSettings &settings, QObject *parent = nullptr);
    ~Services() override;

    QSettings &settings() { return m_settings; }
    ProfileStore &profiles() { return m_profiles; }
    AppSettings &appSettings() { return m_appSettings; }
    SecretStore *secrets() const { return m_secrets; }
    Session *session() const { return m_session; }
    AccountService *account() const { return m_account; }
    // Every create (company, migration, import) through the intent journal.
    CreateService *creates() const { return m_creates; }
    // The server's companies and migrations.
    Catalog *catalog() const { return m_catalog; }
    UploadService *uploads() const { return m_uploads; }
    // Every run the console follows (imports and migration runs), polled to its end; the set is
    // kept beside the intent journal, so a restart follows unfinished runs again.
    RunTracker *runTracker() const { return m_runTracker; }
    // Where the intent journal lives (default: the app data folder); before start().
    void setJournalPath(const QString &path) { m_journalPath = path; }

    // Connects with the active profile.
    void start();
    // Makes `id` the active profile and connects with it.
    void activateProfile(const QString &id);

private:
    QSettings &m_settings;
    ProfileStore m_profiles;
    AppSettings m_appSettings;
    SecretStore *m_secrets;
    Session *m_session;
    AccountService *m_account;
    CreateService *m_creates;
    Catalog *m_catalog;
    UploadService *m_uploads;
    RunTracker *m_runTracker;
    QString m_journalPath;
};

} // namespace godwit::app
