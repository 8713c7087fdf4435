// SPDX-License-Identifier: GPL-3.0-or-later
// The create wizard, offscreen, driven with QTest events on its real widgets, against the
// embedded local server (a real godwit-server child): both branches, the live external_id check,
// the server's refusals on the field they concern, a 409 that opens the existing company, and
// generation B's "existing migration reopened".
#include "app/accountservice.h"
#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/catalog.h"
#include "app/createservice.h"
#include "app/i18n.h"
#include "app/services.h"
#include "app/session.h"
#include "ui/companies/companiespage.h"
#include "ui/companies/companyview.h"
#include "ui/guihelpers.h"
#include "ui/localservices.h"
#include "ui/mainwindow.h"
#include "ui/migrations/migrationspage.h"
#include "ui/migrations/migrationview.h"
#include "ui/wizard/createwizard.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using Wizard = ui::CreateWizard;

namespace {

template <typename T> T *field(QWidget *wizard, const char *name)
{
    auto *widget = wizard->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Picks an entry of a combo box the way a keyboard user does: focus, then arrow keys.
bool chooseWithKeys(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    if (target < 0)
        return false;
    combo->setFocus();
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        if (combo->currentIndex() == before)
            return false;
    }
    return true;
}

void click(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Toggles a list item's check box with the space bar.
void toggleItem(QListWidget *list, const QString &startsWith)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(startsWith)) {
            list->setFocus();
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no item %1").arg(startsWith)));
}

// The wizard a button just opened (an earlier one may still wait for its deferred delete).
Wizard *visibleWizard(QWidget *parent)
{
    for (Wizard *wizard : parent->findChildren<Wizard *>()) {
        if (wizard->isVisible())
            return QTest::qWaitForWindowExposed(wizard) ? wizard : nullptr;
    }
    return nullptr;
}

} // namespace

class TestCreateWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void companyBranchCreatesACompany();
    void externalIdIsCheckedAsTyped();
    void aRefusedNameLandsOnTheNameField();
    void aTakenExternalIdOffersToOpenTheCompany();
    void migrationBranchFromTheKindPage();
    void sameExternalIdReopensTheMigration();
    void anUnknownSourceLandsOnTheSourceField();

private:
    Wizard *openCompanyWizard();
    void fillCompany(Wizard *wizard, const QString &name, const QString &externalId);
    Wizard *finishAndWait(Wizard *wizard);
    QString companyIdByExternalId(const QString &externalId);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Services> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestCreateWizard::initTestCase()
{
    test::setUpLocalServices(m_dir, m_settings, m_services);
    m_window = std::make_unique<ui::MainWindow>(*m_services);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_services->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->account()->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->creates()->isJournalOpen(), 5000);
}

Wizard *TestCreateWizard::openCompanyWizard()
{
    m_window->sideBar()->setCurrentRow(m_window->pages()->indexOf(m_window->companiesPage()));
    QTest::mouseClick(m_window->companiesPage()->newButton(), Qt::LeftButton);
    return visibleWizard(m_window->companiesPage());
}

void TestCreateWizard::fillCompany(Wizard *wizard, const QString &name, const QString &externalId)
{
    QCOMPARE(wizard->currentId(), int(Wizard::CompanyPageId));
    typeInto(field<QLineEdit>(wizard, "companyName"), name);
    QVERIFY(chooseWithKeys(field<QComboBox>(wizard, "companySource"), QStringLiteral("Salesforce")));
    typeInto(field<QLineEdit>(wizard, "companyExternalId"), externalId);
}

// Presses Finish and waits for the server's answer. Returns the wizard while it stays open
// (a refusal), nullptr once it closed (created, and deleted on close).
Wizard *TestCreateWizard::finishAndWait(Wizard *wizard)
{
    QPointer<Wizard> guard(wizard);
    click(wizard, QWizard::FinishButton);
    // Sending: the wizard waits for the answer with Finish held.
    if (guard && guard->isSending() && guard->button(QWizard::FinishButton)->isEnabled())
        qWarning("Finish stays enabled while sending");
    if (!QTest::qWaitFor([&] { return !guard || !guard->isSending(); }, 15000))
        qWarning("no answer");
    if (!QTest::qWaitFor([&] { return !guard || guard->isVisible(); }, 2000))
        qWarning("the wizard was not deleted");
    return guard;
}

QString TestCreateWizard::companyIdByExternalId(const QString &externalId)
{
    app::ListCompaniesRequest list;
    QSignalSpy finished(&list, &app::ApiRequest::finished);
    list.start(m_services->session()->connection());
    if (!finished.wait(10000))
        return {};
    for (const app::Company &c : list.companies()) {
        if (c.externalId == externalId)
            return c.id;
    }
    return {};
}

void TestCreateWizard::companyBranchCreatesACompany()
{
    Wizard *wizard = openCompanyWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isModal() || wizard->windowModality() != Qt::NonModal);
    fillCompany(wizard, QStringLiteral("Wizard GmbH"), QStringLiteral("wizard-001"));
    QCOMPARE(wizard->fieldError(QStringLiteral("company.external_id")), QString());
    QVERIFY(test::unnamedControls(wizard).isEmpty());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-company-details"));
    click(wizard, QWizard::NextButton);

    QCOMPARE(wizard->currentId(), int(Wizard::CompanyTemplatesPageId));
    auto *templates = field<QListWidget>(wizard, "companyTemplates");
    QCOMPARE(templates->count(), 3);
    toggleItem(templates, QStringLiteral("Deals")); // Contacts and Companies stay ticked
    int ticked = 0;
    for (int i = 0; i < templates->count(); ++i)
        ticked += templates->item(i)->checkState() == Qt::Checked ? 1 : 0;
    QCOMPARE(ticked, 2);
    // The selected template's columns are shown beside the list.
    auto *columns = field<QTableView>(wizard, "companyColumns");
    QVERIFY(columns->model()->rowCount() > 0);
    QVERIFY(test::unnamedControls(wizard).isEmpty());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-company-templates"));
    click(wizard, QWizard::NextButton);

    QCOMPARE(wizard->currentId(), int(Wizard::DestinationPageId));
    auto *destination = field<QGroupBox>(wizard, "destination");
    destination->setFocus();
    QTest::keyClick(destination, Qt::Key_Space);
    QVERIFY(destination->isChecked());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled()); // a destination needs its URL
    typeInto(field<QLineEdit>(wizard, "destinationUrl"), QStringLiteral("ftp://nope"));
    QVERIFY(!wizard->fieldError(QStringLiteral("company.connections")).isEmpty());
    typeInto(field<QLineEdit>(wizard, "destinationUrl"), QStringLiteral("https://crm.example.com/api"));
    QVERIFY(wizard->fieldError(QStringLiteral("company.connections")).isEmpty());
    QVERIFY(chooseWithKeys(field<QComboBox>(wizard, "authType"), QStringLiteral("Bearer token")));
    auto *token = field<QLineEdit>(wizard, "authToken");
    QVERIFY(token->isVisible());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    typeInto(token, QStringLiteral("tok-wizard-secret"));
    QVERIFY(test::unnamedControls(wizard).isEmpty());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-company-destination"));

    QSignalSpy created(wizard, &Wizard::companyCreated);
    QVERIFY(!finishAndWait(wizard)); // closed (and deleted) once created
    QCOMPARE(created.size(), 1);
    const auto company = created.constFirst().at(0).value<app::Company>();
    QCOMPARE(company.name, QStringLiteral("Wizard GmbH"));
    QCOMPARE(company.externalId, QStringLiteral("wizard-001"));
    QCOMPARE(company.sheets.size(), 2);

    // Listed and selected in the side bar's Companies.
    ui::CompaniesPage *page = m_window->companiesPage();
    QCOMPARE(m_window->pages()->currentWidget(), page);
    QCOMPARE(page->view()->company().id, company.id);
    QCOMPARE(page->list()->currentItem()->text(), QStringLiteral("Wizard GmbH"));
    QVERIFY(page->view()->titleLabel()->text().contains(QStringLiteral("Wizard GmbH")));
    // The secret went to the server only: not in the journal.
    m_services->creates()->waitForJournal();
    QFile journal(m_dir.filePath(QStringLiteral("intents.jsonl")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(!journal.readAll().contains("tok-wizard-secret"));
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("wizard-company-created"));
}

void TestCreateWizard::externalIdIsCheckedAsTyped()
{
    Wizard *wizard = openCompanyWizard();
    QVERIFY(wizard);
    fillCompany(wizard, QStringLiteral("Typing AG"), QStringLiteral("acme 001/x"));
    const QString error = wizard->fieldError(QStringLiteral("company.external_id"));
    QVERIFY2(error.contains(QStringLiteral("space")) && error.contains(QStringLiteral("/")),
             qPrintable(error));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *message = field<QLabel>(wizard, "companyExternalIdMessage");
    QVERIFY(message->isVisible());
    // Screen readers hear it on the field too.
    QCOMPARE(field<QLineEdit>(wizard, "companyExternalId")->accessibleDescription(), error);
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-external-id-live-check"));

    typeInto(field<QLineEdit>(wizard, "companyExternalId"), QString(256, QLatin1Char('a')));
    QVERIFY(wizard->fieldError(QStringLiteral("company.external_id")).contains(QStringLiteral("255")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    typeInto(field<QLineEdit>(wizard, "companyExternalId"), QString(255, QLatin1Char('a')));
    QCOMPARE(wizard->fieldError(QStringLiteral("company.external_id")), QString());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    typeInto(field<QLineEdit>(wizard, "companyExternalId"), QString()); // optional
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

void TestCreateWizard::aRefusedNameLandsOnTheNameField()
{
    app::CreateOperation *first =
        m_services->creates()->createCompany({QStringLiteral("Same Name AG"),
                                              QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01"),
                                              QStringLiteral("same-1"),
                                              {},
                                              {}});
    QSignalSpy firstDone(first, &app::CreateOperation::finished);
    QVERIFY(firstDone.wait(10000));

    Wizard *wizard = openCompanyWizard();
    QVERIFY(wizard);
    fillCompany(wizard, QStringLiteral("Same Name AG"), QStringLiteral("same-2"));
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    QVERIFY(finishAndWait(wizard));
    // Back on the page with the name, the server's words under it.
    QCOMPARE(wizard->currentId(), int(Wizard::CompanyPageId));
    const QString error = wizard->fieldError(QStringLiteral("company.name"));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QVERIFY(field<QLabel>(wizard, "companyNameMessage")->isVisible());
    QCOMPARE(wizard->fieldError(QStringLiteral("company.external_id")), QString());
    QVERIFY(field<QLineEdit>(wizard, "companyName")->hasFocus());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-company-name-refused"));

    // Fixing the name clears the error; the second try goes through.
    typeInto(field<QLineEdit>(wizard, "companyName"), QStringLiteral("Same Name AG (2)"));
    QCOMPARE(wizard->fieldError(QStringLiteral("company.name")), QString());
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    QSignalSpy created(wizard, &Wizard::companyCreated);
    QVERIFY(!finishAndWait(wizard));
    QCOMPARE(created.size(), 1);
}

void TestCreateWizard::aTakenExternalIdOffersToOpenTheCompany()
{
    app::CreateOperation *first =
        m_services->creates()->createCompany({QStringLiteral("Holder AG"),
                                              QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01"),
                                              QStringLiteral("holder-001"),
                                              {},
                                              {}});
    QSignalSpy firstDone(first, &app::CreateOperation::finished);
    QVERIFY(firstDone.wait(10000));
    const QString holderId = companyIdByExternalId(QStringLiteral("holder-001"));
    QVERIFY(!holderId.isEmpty());

    Wizard *wizard = openCompanyWizard();
    QVERIFY(wizard);
    fillCompany(wizard, QStringLiteral("Latecomer AG"), QStringLiteral("holder-001"));
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    QVERIFY(finishAndWait(wizard));
    QCOMPARE(wizard->currentId(), int(Wizard::CompanyPageId));
    const QString error = wizard->fieldError(QStringLiteral("company.external_id"));
    QVERIFY2(error.contains(QStringLiteral("Holder AG")), qPrintable(error));
    auto *open = field<QPushButton>(wizard, "openExistingCompany");
    QVERIFY(open->isVisible());
    QVERIFY(test::unnamedControls(wizard).isEmpty());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-company-external-id-taken"));

    QSignalSpy opened(wizard, &Wizard::openCompanyRequested);
    QPointer<Wizard> guard(wizard);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QTRY_VERIFY(!guard);
    ui::CompaniesPage *page = m_window->companiesPage();
    QCOMPARE(page->view()->company().id, holderId);
    QVERIFY(page->view()->bannerLabel()->text().contains(QStringLiteral("holder-001")));
    QCOMPARE(companyIdByExternalId(QStringLiteral("holder-001")), holderId); // nothing new was made
    QCoreApplication::processEvents();                                       // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("wizard-opened-existing-company"));
}

void TestCreateWizard::migrationBranchFromTheKindPage()
{
    Wizard *wizard = m_window->showNewWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(Wizard::KindPageId));
    auto *migration = field<QRadioButton>(wizard, "kindMigration");
    QTest::mouseClick(migration, Qt::LeftButton, {}, QPoint(8, migration->height() / 2)); // on its circle
    QVERIFY(migration->isChecked());
    QVERIFY(test::unnamedControls(wizard).isEmpty());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-kind"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(Wizard::MigrationPageId));
    typeInto(field<QLineEdit>(wizard, "migrationName"), QStringLiteral("Wizard move"));
    auto *source = field<QComboBox>(wizard, "migrationSource");
    source->setFocus();
    QTest::keyClicks(source->lineEdit(), QStringLiteral("HubSpot"));
    typeInto(field<QLineEdit>(wizard, "migrationExternalId"), QStringLiteral("wizard-m1"));
    QVERIFY(test::unnamedControls(wizard).isEmpty());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-migration-details"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(Wizard::MigrationTemplatesPageId));
    auto *templates = field<QListWidget>(wizard, "migrationTemplates");
    QVERIFY(templates->item(0)->text().contains(QLatin1Char('('))); // "Companies (companies)": the slug
    toggleItem(templates, QStringLiteral("Companies"));
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-migration-templates"));
    QSignalSpy created(wizard, &Wizard::migrationCreated);
    QVERIFY(!finishAndWait(wizard));
    QCOMPARE(created.size(), 1);
    const auto made = created.constFirst().at(0).value<app::Migration>();
    QCOMPARE(made.source, QStringLiteral("HubSpot"));
    QCOMPARE(made.templates.size(), 2);
    QCOMPARE(created.constFirst().at(1).value<app::CreateOperation::Outcome>(),
             app::CreateOperation::Outcome::Created);
    ui::MigrationsPage *page = m_window->migrationsPage();
    QCOMPARE(m_window->pages()->currentWidget(), page);
    QCOMPARE(page->view()->migration().id, made.id);
    QVERIFY(page->view()->bannerLabel()->isHidden());
}

void TestCreateWizard::sameExternalIdReopensTheMigration()
{
    m_window->sideBar()->setCurrentRow(m_window->pages()->indexOf(m_window->migrationsPage()));
    QTest::mouseClick(m_window->migrationsPage()->newButton(), Qt::LeftButton);
    Wizard *wizard = visibleWizard(m_window->migrationsPage());
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::MigrationPageId));
    typeInto(field<QLineEdit>(wizard, "migrationName"), QStringLiteral("Wizard move, again"));
    QTest::keyClicks(field<QComboBox>(wizard, "migrationSource")->lineEdit(), QStringLiteral("HubSpot"));
    typeInto(field<QLineEdit>(wizard, "migrationExternalId"), QStringLiteral("wizard-m1"));
    click(wizard, QWizard::NextButton);
    QSignalSpy created(wizard, &Wizard::migrationCreated);
    QVERIFY(!finishAndWait(wizard));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.constFirst().at(1).value<app::CreateOperation::Outcome>(),
             app::CreateOperation::Outcome::Reopened);
    ui::MigrationView *view = m_window->migrationsPage()->view();
    QCOMPARE(view->migration().name, QStringLiteral("Wizard move")); // as it is, not renamed
    QVERIFY(view->bannerLabel()->isVisible());
    QVERIFY2(view->bannerLabel()->text().startsWith(QStringLiteral("Existing migration reopened")),
             qPrintable(view->bannerLabel()->text()));
    QCOMPARE(m_window->migrationsPage()->list()->count(), 1);
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("wizard-migration-reopened"));
}

void TestCreateWizard::anUnknownSourceLandsOnTheSourceField()
{
    Wizard *wizard = m_window->migrationsPage()->newMigration();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    typeInto(field<QLineEdit>(wizard, "migrationName"), QStringLiteral("Nowhere move"));
    QTest::keyClicks(field<QComboBox>(wizard, "migrationSource")->lineEdit(), QStringLiteral("Nowhere CRM"));
    click(wizard, QWizard::NextButton);
    QVERIFY(finishAndWait(wizard));
    QCOMPARE(wizard->currentId(), int(Wizard::MigrationPageId));
    const QString error = wizard->fieldError(QStringLiteral("migration.source"));
    QVERIFY2(error.contains(QStringLiteral("Nowhere CRM")), qPrintable(error));
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(wizard, QStringLiteral("wizard-migration-source-refused"));
    wizard->reject();
}

QTEST_MAIN(TestCreateWizard)
#include "tst_createwizard.moc"
