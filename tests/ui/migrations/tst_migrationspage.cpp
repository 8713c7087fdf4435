// SPDX-License-Identifier: GPL-3.0-or-later
// The side bar's Migrations, offscreen, against the embedded local server (a real godwit-server
// child): files dropped anywhere on a migration's view are uploaded, then listed from the server
// (GET /migrations/{id}/files), and the migration turns ready.
#include "app/accountservice.h"
#include "app/catalog.h"
#include "app/createservice.h"
#include "app/i18n.h"
#include "app/services.h"
#include "app/session.h"
#include "app/uploadservice.h"
#include "ui/dropfiles.h"
#include "ui/guihelpers.h"
#include "ui/localservices.h"
#include "ui/mainwindow.h"
#include "ui/migrations/migrationspage.h"
#include "ui/migrations/migrationview.h"
#include "ui/uploads/uploadpanel.h"

#include <QCheckBox>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace godwit;

class TestMigrationsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsWhatTheServerHas();
    void dropOfTwoFilesUploadsAndListsThem();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Services> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMigrationsPage::initTestCase()
{
    test::setUpLocalServices(m_dir, m_settings, m_services);
    m_window = std::make_unique<ui::MainWindow>(*m_services);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_services->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->creates()->isJournalOpen(), 5000);
    m_window->sideBar()->setCurrentRow(m_window->pages()->indexOf(m_window->migrationsPage()));
}

void TestMigrationsPage::listsWhatTheServerHas()
{
    for (const char *name : {"First move", "Second move"}) {
        app::CreateOperation *op =
            m_services->creates()->createMigration({QLatin1String(name), QStringLiteral("HubSpot"), {}, {}});
        QSignalSpy done(op, &app::CreateOperation::finished);
        QVERIFY(done.wait(10000));
    }
    ui::MigrationsPage *page = m_window->migrationsPage();
    QTRY_COMPARE(page->list()->count(), 2);
    // What the server has, also after a fresh listing.
    QTest::mouseClick(page->findChildren<QPushButton *>().at(1), Qt::LeftButton); // Refresh
    QTRY_COMPARE(page->list()->count(), 2);
    QTRY_VERIFY(page->statusLabel()->text().contains(QStringLiteral("2 migrations")));
}

void TestMigrationsPage::dropOfTwoFilesUploadsAndListsThem()
{
    ui::MigrationsPage *page = m_window->migrationsPage();
    page->list()->setCurrentRow(0);
    ui::MigrationView *view = page->view();
    QVERIFY(!view->migration().id.isEmpty());
    QTRY_VERIFY(view->filesStatusLabel()->text().contains(QStringLiteral("0 files")));
    QCOMPARE(view->migration().status, QStringLiteral("awaiting_files"));
    QVERIFY(!view->uploadPanel()->inlineToggle()->isVisible()); // inline rows are generation A only

    QStringList files;
    for (const QString &name : {QStringLiteral("contacts.csv"), QStringLiteral("deals.tsv")}) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'x'));
        files.append(path);
    }
    QSignalSpy listed(view, &ui::MigrationView::filesListed);
    // Onto the list of the server's files: anywhere on the view takes them.
    QWidget *takenBy = nullptr;
    QVERIFY(test::dropFiles(view->filesTable()->viewport(), files, &takenBy));
    QCOMPARE(takenBy, view);
    QCOMPARE(view->uploadPanel()->rows().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(view->filesTable()->rowCount() == 2, 30000);
    QStringList names;
    for (int row = 0; row < 2; ++row)
        names.append(view->filesTable()->item(row, 0)->text());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("contacts.csv"), QStringLiteral("deals.tsv")}));
    QTRY_COMPARE(view->migration().status, QStringLiteral("ready"));
    const QStringList unnamed = test::unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("migration-files-uploaded"));
}

QTEST_MAIN(TestMigrationsPage)
#include "tst_migrationspage.moc"
