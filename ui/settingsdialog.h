// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiconnection.h"
#include "app/api/discovery.h"
#include "app/profiles.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace godwit::app {
class Services;
}

namespace godwit::ui {

// Connection profiles (the Local server, and remote APIs with a key kept in the keychain)
// and general preferences.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(app::Services &services, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *profileList() const { return m_profileList; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *headerCombo() const { return m_header; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *languageCombo() const { return m_language; }
    QCheckBox *plaintextCheck() const { return m_plaintext; }

    // Selects the profile with that id in the list (tests, and after saving).
    void selectProfile(const QString &id);

protected:
    void done(int result) override;

signals:
    // A save finished (the key reached the keychain, the profile is stored).
    void profileSaved(const QString &id);
    void testFinished(bool ok);

private:
    QWidget *createConnectionTab();
    QWidget *createGeneralTab();
    void reloadProfiles(const QString &selectId);
    void showProfile(int row);
    void addProfile();
    void saveProfile();
    void removeProfile();
    void useProfile();
    void testConnection();
    void setStatus(const QString &text, bool error);
    void setBusy(bool busy);
    void updateButtons();
    app::ConnectionProfile editedProfile() const;

    app::Services &m_services;
    QTabWidget *m_tabs;
    QListWidget *m_profileList = nullptr;
    QLabel *m_localInfo = nullptr;
    QWidget *m_remoteForm = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_header = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_plaintext = nullptr;
    QString m_editingId; // empty for a profile that is not saved yet
    bool m_editingLocal = true;
    bool m_busy = false;
    QPointer<app::ApiConnection> m_testConnection;
    QPointer<app::ListSourcesRequest> m_testRequest;
};

} // namespace godwit::ui
