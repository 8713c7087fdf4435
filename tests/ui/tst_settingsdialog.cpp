// SPDX-License-Identifier: GPL-3.0-or-later
// Connection profiles through the Settings dialog: a real godwit-server as the "remote",
// the key in a real Secret Service, the widgets driven with QTest events.
#include "app/secretstore.h"
#include "app/services.h"
#include "app/session.h"
#include "guihelpers.h"
#include "support/serverprocess.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace godwit;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void localProfileIsDescribedNotEditable();
    void invalidInputNamesTheField();
    void addTestSaveAndUseARemoteProfile();
    void wrongKeyTestsUnauthorised();
    void editingKeepsTheStoredKey();
    void removeDeletesProfileAndKey();
    void generalTab();
    void everyControlHasAnAccessibleName();
    void remembersItsSize();

private:
    void typeInto(QLineEdit *edit, const QString &text);
    QString storedKey(const QString &id);
    QString addRemote(const QString &name, const QString &key);

    QTemporaryDir m_dir;
    godwit::test::ServerProcess m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Services> m_services;
    std::unique_ptr<ui::SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), m_server.standardError().constData());
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    m_services = std::make_unique<app::Services>(*m_settings);
    m_services->session()->setLocalServerOverrides({}, m_dir.filePath(QStringLiteral("server-data")));
}

void TestSettingsDialog::init()
{
    m_dialog = std::make_unique<ui::SettingsDialog>(*m_services);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
}

void TestSettingsDialog::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QString TestSettingsDialog::storedKey(const QString &id)
{
    QString secret;
    bool done = false;
    m_services->secrets()->read(QStringLiteral("profile/%1/api-key").arg(id),
                                [&](bool, const QString &value, const QString &) {
                                    secret = value;
                                    done = true;
                                });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<keychain did not answer>");
    return secret;
}

QString TestSettingsDialog::addRemote(const QString &name, const QString &key)
{
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    typeInto(m_dialog->nameEdit(), name);
    typeInto(m_dialog->urlEdit(), m_server.baseUrl().toString());
    typeInto(m_dialog->keyEdit(), key);
    QSignalSpy saved(m_dialog.get(), &ui::SettingsDialog::profileSaved);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    if (!saved.wait(10000))
        return {};
    return saved.first().first().toString();
}

void TestSettingsDialog::localProfileIsDescribedNotEditable()
{
    QCOMPARE(m_dialog->profileList()->count(), int(m_services->profiles().profiles().size()));
    QVERIFY(m_dialog->profileList()->item(0)->text().startsWith(QStringLiteral("Local server")));
    QVERIFY(!m_dialog->nameEdit()->isVisible());
    QVERIFY(!m_dialog->removeButton()->isEnabled());
    qInfo() << "grab:" << test::saveGrab(m_dialog.get(), QStringLiteral("settings-local-profile"));
}

void TestSettingsDialog::invalidInputNamesTheField()
{
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    QVERIFY(m_dialog->nameEdit()->isVisible());
    typeInto(m_dialog->nameEdit(), QStringLiteral("Broken"));
    typeInto(m_dialog->urlEdit(), QStringLiteral("ftp://example.org/api"));
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(m_dialog->statusLabel()->text().contains(QStringLiteral("base URL")),
             qPrintable(m_dialog->statusLabel()->text()));

    typeInto(m_dialog->urlEdit(), QStringLiteral("https://example.org/api/v1"));
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY(m_dialog->statusLabel()->text().contains(QStringLiteral("API key")));
    qInfo() << "grab:" << test::saveGrab(m_dialog.get(), QStringLiteral("settings-invalid-input"));
    QCOMPARE(m_services->profiles().profiles().size(), 1); // nothing was saved
}

void TestSettingsDialog::addTestSaveAndUseARemoteProfile()
{
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    typeInto(m_dialog->nameEdit(), QStringLiteral("Staging"));
    typeInto(m_dialog->urlEdit(), m_server.baseUrl().toString());
    typeInto(m_dialog->keyEdit(), m_server.apiKey());
    m_dialog->headerCombo()->setCurrentText(QStringLiteral("anx-api-key"));

    QSignalSpy tested(m_dialog.get(), &ui::SettingsDialog::testFinished);
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY2(m_dialog->statusLabel()->text().startsWith(QStringLiteral("Connected")),
             qPrintable(m_dialog->statusLabel()->text()));

    QSignalSpy saved(m_dialog.get(), &ui::SettingsDialog::profileSaved);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const QString id = saved.first().first().toString();
    QCOMPARE(storedKey(id), m_server.apiKey());
    // The key is in the keychain only: never in the settings file.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray iniText = ini.readAll();
    QVERIFY(iniText.contains("Staging"));
    QVERIFY(!iniText.contains(m_server.apiKey().toUtf8()));
    QCOMPARE(m_services->profiles().profile(id)->headerName, QByteArray("anx-api-key"));
    qInfo() << "grab:" << test::saveGrab(m_dialog.get(), QStringLiteral("settings-remote-saved"));

    QVERIFY(m_dialog->useButton()->isEnabled());
    QTest::mouseClick(m_dialog->useButton(), Qt::LeftButton);
    app::Session *session = m_services->session();
    QVERIFY2(QTest::qWaitFor([&] { return session->state() == app::Session::State::Connected; }, 10000),
             qPrintable(session->detail()));
    QCOMPARE(session->profile().name, QStringLiteral("Staging"));
    QCOMPARE(m_services->profiles().activeProfileId(), id);
    QVERIFY(m_dialog->profileList()->currentItem()->text().contains(QStringLiteral("in use")));

    m_services->activateProfile(QStringLiteral("local"));
}

void TestSettingsDialog::wrongKeyTestsUnauthorised()
{
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    typeInto(m_dialog->nameEdit(), QStringLiteral("Wrong key"));
    typeInto(m_dialog->urlEdit(), m_server.baseUrl().toString());
    typeInto(m_dialog->keyEdit(), QStringLiteral("nope"));
    QSignalSpy tested(m_dialog.get(), &ui::SettingsDialog::testFinished);
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().first().toBool(), false);
    QVERIFY2(m_dialog->statusLabel()->text().contains(QStringLiteral("unauthorised")),
             qPrintable(m_dialog->statusLabel()->text()));
    qInfo() << "grab:" << test::saveGrab(m_dialog.get(), QStringLiteral("settings-test-unauthorised"));
}

void TestSettingsDialog::editingKeepsTheStoredKey()
{
    const QString id = addRemote(QStringLiteral("Keeps key"), QStringLiteral("the-original-key"));
    QVERIFY(!id.isEmpty());
    m_dialog->selectProfile(id);
    QVERIFY(m_dialog->keyEdit()->text().isEmpty());
    typeInto(m_dialog->nameEdit(), QStringLiteral("Keeps key (renamed)"));
    QSignalSpy saved(m_dialog.get(), &ui::SettingsDialog::profileSaved);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    // No new key to store: the save completes at once, without a keychain round trip.
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_services->profiles().profile(id)->name, QStringLiteral("Keeps key (renamed)"));
    QCOMPARE(storedKey(id), QStringLiteral("the-original-key"));
}

void TestSettingsDialog::removeDeletesProfileAndKey()
{
    const QString id = addRemote(QStringLiteral("To remove"), QStringLiteral("remove-me-key"));
    QVERIFY(!id.isEmpty());
    m_dialog->selectProfile(id);
    QVERIFY(m_dialog->removeButton()->isEnabled());
    // The confirmation is a modal QMessageBox: press its Yes button once it shows.
    QString question;
    QTimer::singleShot(0, this, [&question] {
        const bool shown = QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        if (auto *box = shown ? qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) : nullptr) {
            question = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        }
    });
    QTest::mouseClick(m_dialog->removeButton(), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("To remove")), qPrintable(question));
    QVERIFY(!m_services->profiles().profile(id));
    QVERIFY(QTest::qWaitFor([&] { return storedKey(id).isEmpty(); }, 5000));
}

void TestSettingsDialog::generalTab()
{
    m_dialog->tabs()->setCurrentIndex(1);
    QComboBox *language = m_dialog->languageCombo();
    QCOMPARE(language->currentData().toString(), QString());
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QCOMPARE(m_services->appSettings().language(), QStringLiteral("de"));
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
    QVERIFY(!m_dialog->plaintextCheck()->isChecked());
    QTest::mouseClick(m_dialog->plaintextCheck(), Qt::LeftButton);
    QVERIFY(m_services->appSettings().insecureKeyStorage());
    QVERIFY(m_services->secrets()->insecureFallbackAllowed());
    qInfo() << "grab:" << test::saveGrab(m_dialog.get(), QStringLiteral("settings-general"));
    QTest::mouseClick(m_dialog->plaintextCheck(), Qt::LeftButton);
    QVERIFY(!m_services->secrets()->insecureFallbackAllowed());
    language->setCurrentIndex(0);
}

void TestSettingsDialog::everyControlHasAnAccessibleName()
{
    for (int tab = 0; tab < m_dialog->tabs()->count(); ++tab) {
        m_dialog->tabs()->setCurrentIndex(tab);
        const QStringList unnamed = test::unnamedControls(m_dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    const QStringList unnamed = test::unnamedControls(m_dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestSettingsDialog::remembersItsSize()
{
    m_dialog->resize(801, 523);
    QTest::qWait(20);
    m_dialog->reject();
    ui::SettingsDialog again(*m_services);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(801, 523));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
