// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include "app/api/apiconnection.h"
#include "app/api/discovery.h"
#include "app/i18n.h"
#include "app/localserver.h"
#include "app/secretstore.h"
#include "app/services.h"
#include "app/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

SettingsDialog::SettingsDialog(app::Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_tabs->addTab(createConnectionTab(), tr("&Connection"));
    m_tabs->addTab(createGeneralTab(), tr("&General"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close settings"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    if (!restoreGeometry(
            m_services.settings().value(QStringLiteral("settingsDialog/geometry")).toByteArray()))
        resize(720, 440);
    reloadProfiles(m_services.profiles().activeProfileId());
}

void SettingsDialog::done(int result)
{
    m_services.settings().setValue(QStringLiteral("settingsDialog/geometry"), saveGeometry());
    QDialog::done(result);
}

QWidget *SettingsDialog::createConnectionTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);

    auto *left = new QVBoxLayout;
    m_profileList = new QListWidget(tab);
    m_profileList->setAccessibleName(tr("Connection profiles"));
    m_profileList->setAccessibleDescription(tr("The profile in bold is the one in use"));
    left->addWidget(m_profileList, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add remote…"), tab);
    m_add->setAccessibleName(tr("Add a remote profile"));
    m_remove = new QPushButton(tr("&Remove"), tab);
    m_remove->setAccessibleName(tr("Remove the selected profile"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_localInfo = new QLabel(tab);
    m_localInfo->setWordWrap(true);
    m_localInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_localInfo);

    m_remoteForm = new QWidget(tab);
    auto *form = new QFormLayout(m_remoteForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_remoteForm);
    m_name->setAccessibleName(tr("Profile name"));
    m_url = new QLineEdit(m_remoteForm);
    m_url->setAccessibleName(tr("Base URL"));
    m_url->setPlaceholderText(QStringLiteral("https://app.vern.so/api/v1"));
    m_key = new QLineEdit(m_remoteForm);
    m_key->setAccessibleName(tr("API key"));
    m_key->setAccessibleDescription(
        tr("Stored only in the system keychain. Leave empty to keep the stored key."));
    m_key->setEchoMode(QLineEdit::Password);
    m_header = new QComboBox(m_remoteForm);
    m_header->setAccessibleName(tr("API key header"));
    m_header->addItems(app::ConnectionProfile::headerNames());
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("&Header:"), m_header);
    right->addWidget(m_remoteForm);

    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), tab);
    m_save->setAccessibleName(tr("Save the profile"));
    m_test = new QPushButton(tr("&Test connection"), tab);
    m_test->setAccessibleName(tr("Test the connection"));
    m_use = new QPushButton(tr("&Use this profile"), tab);
    m_use->setAccessibleName(tr("Connect with the selected profile"));
    actions->addWidget(m_save);
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_use);
    right->addLayout(actions);

    m_status = new QLabel(tab);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Profile status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);
    right->addStretch(1);
    layout->addLayout(right, 3);

    connect(m_profileList, &QListWidget::currentRowChanged, this, &SettingsDialog::showProfile);
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_use, &QPushButton::clicked, this, &SettingsDialog::useProfile);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    return tab;
}

QWidget *SettingsDialog::createGeneralTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_language = new QComboBox(tab);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : app::AppSettings::availableLanguages())
        m_language->addItem(app::nativeLanguageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_services.appSettings().language())));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect the next time Godwit starts."), tab);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_plaintext =
        new QCheckBox(tr("Store API keys &unencrypted when no keychain is available (not recommended)"), tab);
    m_plaintext->setAccessibleName(tr("Allow unencrypted API keys"));
    m_plaintext->setAccessibleDescription(tr(
        "Only when the system has no working keychain: keys are then written in plain text to the settings "
        "file."));
    m_plaintext->setChecked(m_services.appSettings().insecureKeyStorage());
    form->addRow(QString(), m_plaintext);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_services.appSettings().setLanguage(m_language->currentData().toString()); });
    connect(m_plaintext, &QCheckBox::toggled, this, [this](bool on) {
        m_services.appSettings().setInsecureKeyStorage(on);
        m_services.secrets()->setInsecureFallbackAllowed(on);
    });
    return tab;
}

void SettingsDialog::reloadProfiles(const QString &selectId)
{
    const QSignalBlocker blocker(m_profileList);
    m_profileList->clear();
    const QString activeId = m_services.profiles().activeProfileId();
    for (const app::ConnectionProfile &profile : m_services.profiles().profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_profileList);
        item->setData(kIdRole, profile.id);
        if (profile.id == activeId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setText(tr("%1 (in use)").arg(profile.name));
        }
    }
    int row = 0;
    for (int i = 0; i < m_profileList->count(); ++i) {
        if (m_profileList->item(i)->data(kIdRole).toString() == selectId)
            row = i;
    }
    m_profileList->setCurrentRow(row);
    showProfile(row);
}

void SettingsDialog::selectProfile(const QString &id)
{
    reloadProfiles(id);
}

void SettingsDialog::showProfile(int row)
{
    QListWidgetItem *item = m_profileList->item(row);
    const QString id = item ? item->data(kIdRole).toString() : QString();
    m_editingId = id;
    m_status->clear();
    m_key->clear();
    const auto profile = m_services.profiles().profile(id);
    const bool local = !profile || profile->isLocal();
    m_editingLocal = local;
    m_localInfo->setVisible(local);
    m_remoteForm->setVisible(!local);
    updateButtons();
    if (local) {
        m_localInfo->setText(tr("The embedded godwit-server on this computer: no account needed. It starts "
                                "with the console and "
                                "stops when you quit.\n\nData folder: %1")
                                 .arg(QDir::toNativeSeparators(app::LocalServer::defaultDataDirectory())));
        return;
    }
    m_name->setText(profile->name);
    m_url->setText(profile->baseUrl.toString());
    m_header->setCurrentText(QString::fromLatin1(profile->headerName));
    m_key->setPlaceholderText(tr("Stored in the keychain — leave empty to keep it"));
}

void SettingsDialog::addProfile()
{
    const QSignalBlocker blocker(m_profileList);
    auto *item = new QListWidgetItem(tr("New profile"), m_profileList);
    item->setData(kIdRole, QString());
    m_profileList->setCurrentItem(item);
    m_editingId.clear();
    m_editingLocal = false;
    m_localInfo->hide();
    m_remoteForm->show();
    updateButtons();
    m_name->clear();
    m_url->clear();
    m_key->clear();
    m_key->setPlaceholderText(tr("Paste the API key"));
    m_header->setCurrentIndex(0);
    m_status->clear();
    m_name->setFocus();
}

app::ConnectionProfile SettingsDialog::editedProfile() const
{
    app::ConnectionProfile profile;
    profile.id = m_editingId;
    profile.kind = app::ConnectionProfile::Kind::Remote;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        profile.baseUrl = QUrl();
    profile.headerName = m_header->currentText().toLatin1();
    return profile;
}

void SettingsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c83a2c;") : QString());
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

// One place decides what can be pressed: a keychain or network round trip blocks everything,
// the Local profile can only be used, an unsaved profile can only be saved or tested.
void SettingsDialog::updateButtons()
{
    const bool saved = !m_editingId.isEmpty();
    const bool active = saved && m_editingId == m_services.profiles().activeProfileId();
    m_save->setVisible(!m_editingLocal);
    m_test->setVisible(!m_editingLocal);
    m_save->setEnabled(!m_busy);
    m_test->setEnabled(!m_busy);
    m_use->setEnabled(!m_busy && saved && !active);
    m_remove->setEnabled(!m_busy && saved && !m_editingLocal);
    m_add->setEnabled(!m_busy);
    m_profileList->setEnabled(!m_busy);
    m_remoteForm->setEnabled(!m_busy);
}

void SettingsDialog::saveProfile()
{
    app::ConnectionProfile profile = editedProfile();
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        setStatus(problem, true);
        (profile.name.isEmpty() ? m_name : m_url)->setFocus();
        return;
    }
    const bool isNew = profile.id.isEmpty();
    const QString key = m_key->text().trimmed();
    if (isNew && key.isEmpty()) {
        setStatus(tr("Enter the API key for this profile."), true);
        m_key->setFocus();
        return;
    }
    const QString id = m_services.profiles().save(profile);
    profile.id = id;
    m_editingId = id;
    auto finish = [this, id] {
        setBusy(false);
        m_key->clear();
        reloadProfiles(id);
        setStatus(tr("Saved."), false);
        if (m_services.profiles().activeProfileId() == id)
            m_services.activateProfile(id);
        emit profileSaved(id);
    };
    if (key.isEmpty()) {
        finish();
        return;
    }
    setBusy(true);
    setStatus(tr("Saving the key in the keychain…"), false);
    m_services.secrets()->write(
        profile.secretKey(), key, [this, finish, isNew, id](bool ok, const QString &error) {
            if (!ok) {
                setBusy(false);
                if (isNew)
                    m_services.profiles().remove(id);
                m_editingId = isNew ? QString() : id;
                setStatus(
                    tr("The API key could not be stored in the keychain: %1. Nothing was saved.%2")
                        .arg(error,
                             m_services.appSettings().insecureKeyStorage()
                                 ? QString()
                                 : tr(" If this computer has no keychain, you may allow unencrypted keys on "
                                      "the General tab.")),
                    true);
                return;
            }
            finish();
        });
}

void SettingsDialog::removeProfile()
{
    QListWidgetItem *item = m_profileList->currentItem();
    if (!item)
        return;
    const QString id = item->data(kIdRole).toString();
    const auto profile = m_services.profiles().profile(id);
    if (!profile || profile->isLocal())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Remove profile"),
                              tr("Remove the profile \"%1\" and its stored API key?").arg(profile->name));
    if (answer != QMessageBox::Yes)
        return;
    const bool wasActive = m_services.profiles().activeProfileId() == id;
    m_services.profiles().remove(id);
    m_services.secrets()->remove(profile->secretKey(), [](bool, const QString &) {});
    if (wasActive)
        m_services.activateProfile(QLatin1String(app::ConnectionProfile::kLocalId));
    reloadProfiles(m_services.profiles().activeProfileId());
}

void SettingsDialog::useProfile()
{
    if (m_editingId.isEmpty())
        return;
    m_services.activateProfile(m_editingId);
    reloadProfiles(m_editingId);
    setStatus(tr("Connecting with this profile…"), false);
}

void SettingsDialog::testConnection()
{
    const app::ConnectionProfile profile = editedProfile();
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    auto run = [this, profile](const QString &key) {
        if (key.isEmpty()) {
            setBusy(false);
            setStatus(tr("Enter the API key to test the connection."), true);
            return;
        }
        delete m_testConnection;
        m_testConnection = new app::ApiConnection(this);
        m_testConnection->configure(profile.baseUrl, key, profile.headerName);
        m_testConnection->setTimeout(15000);
        m_testRequest = new app::ListSourcesRequest(m_testConnection);
        m_testRequest->setMaxAttempts(1); // the user is waiting for a verdict, not for retries
        connect(m_testRequest, &app::ApiRequest::finished, this, [this] {
            setBusy(false);
            const app::ApiResult &result = m_testRequest->result();
            const app::Session::State state = app::Session::stateForResult(result);
            if (result.ok())
                setStatus(tr("Connected: the account has %n source(s).", nullptr,
                             int(m_testRequest->sources().size())),
                          false);
            else
                setStatus(tr("Not connected (%1): %2").arg(app::Session::stateText(state), result.message),
                          true);
            emit testFinished(result.ok());
        });
        m_testRequest->start(m_testConnection);
    };
    setBusy(true);
    setStatus(tr("Testing…"), false);
    const QString typed = m_key->text().trimmed();
    if (!typed.isEmpty() || profile.id.isEmpty()) {
        run(typed);
        return;
    }
    m_services.secrets()->read(
        profile.secretKey(), [this, run](bool ok, const QString &key, const QString &error) {
            if (!ok) {
                setBusy(false);
                setStatus(tr("The API key could not be read from the keychain: %1").arg(error), true);
                return;
            }
            run(key);
        });
}

} // namespace godwit::ui
