// SPDX-License-Identifier: GPL-3.0-or-later
// The side bar's Companies, offscreen, against the embedded local server (a real godwit-server
// child): files dropped anywhere on a company's view are uploaded (progress, speed, time left,
// cancel) and then imported; small CSV files go as inline rows when asked.
#include "app/accountservice.h"
#include "app/api/apiconnection.h"
#include "app/catalog.h"
#include "app/createservice.h"
#include "app/i18n.h"
#include "app/services.h"
#include "app/session.h"
#include "app/uploadservice.h"
#include "ui/companies/companiespage.h"
#include "ui/companies/companyview.h"
#include "ui/dropfiles.h"
#include "ui/guihelpers.h"
#include "ui/localservices.h"
#include "ui/mainwindow.h"
#include "ui/uploads/uploadpanel.h"

#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace godwit;

namespace {

QString writeCsv(const QTemporaryDir &dir, const QString &name, int rows)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("first_name,last_name,email,phone\r\n");
    for (int i = 0; i < rows; ++i)
        file.write("Ana" + QByteArray::number(i) + ",Lima,ana" + QByteArray::number(i) +
                   "@example.com,+49 30 1234567\r\n");
    return path;
}

// A real event loop until `done` (QTest::qWaitFor sleeps between rounds: uploads crawl).
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

class TestCompaniesPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dropOfTwoFilesUploadsBothThenImports();
    void aLargeUploadShowsSpeedAndCanBeCanceled();
    void smallFilesGoAsInlineRows();
    void everyControlHasAnAccessibleName();

private:
    app::Company createCompany(const QString &name);
    QStringList storedFiles() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Services> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestCompaniesPage::initTestCase()
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
    m_window->sideBar()->setCurrentRow(m_window->pages()->indexOf(m_window->companiesPage()));
}

app::Company TestCompaniesPage::createCompany(const QString &name)
{
    app::Company company;
    app::CreateOperation *op = m_services->creates()->createCompany(
        {name, QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01"), {}, {}, {}});
    connect(op, &app::CreateOperation::finished, this, [&] { company = op->company(); });
    QSignalSpy done(op, &app::CreateOperation::finished);
    if (!done.wait(10000))
        return {};
    m_window->companiesPage()->showCompany(company);
    return company;
}

QStringList TestCompaniesPage::storedFiles() const
{
    return QDir(m_dir.filePath(QStringLiteral("server-data/uploads/files"))).entryList(QDir::Files);
}

void TestCompaniesPage::dropOfTwoFilesUploadsBothThenImports()
{
    const app::Company company = createCompany(QStringLiteral("Drop GmbH"));
    QVERIFY(!company.id.isEmpty());
    ui::CompanyView *view = m_window->companiesPage()->view();
    QTRY_COMPARE(view->company().id, company.id);
    QTRY_VERIFY(!view->company().sheets.isEmpty()); // read whole (GET /companies/{id})
    ui::UploadPanel *panel = view->uploadPanel();
    QVERIFY(!view->importButton()->isEnabled()); // nothing to import yet

    const QStringList files{writeCsv(m_dir, QStringLiteral("contacts.csv"), 60000),
                            writeCsv(m_dir, QStringLiteral("more-contacts.csv"), 500)};
    const int before = int(storedFiles().size());
    // Dropped on the company's title: anywhere on the view takes files.
    QWidget *takenBy = nullptr;
    QVERIFY(test::dropFiles(view->titleLabel(), files, &takenBy));
    QCOMPARE(takenBy, view);
    QCOMPARE(panel->rows().size(), 2);
    QVERIFY(!view->importButton()->isEnabled()); // not while files are on their way
    QCoreApplication::processEvents();           // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("company-drop-uploading"));

    const QList<app::UploadJob *> jobs =
        m_services->uploads()->jobsFor({app::UploadTarget::Kind::Company, company.id});
    QCOMPARE(jobs.size(), 2);
    QVERIFY(waitUntil([&] { return jobs.at(0)->isFinished() && jobs.at(1)->isFinished(); }));
    for (app::UploadJob *job : jobs)
        QVERIFY2(job->state() == app::UploadJob::State::Done, qPrintable(job->errorString()));
    QCOMPARE(int(storedFiles().size()), before + 2); // on the real server's disk
    for (ui::FileRow *row : panel->rows()) {
        QCOMPARE(row->progressBar()->value(), row->progressBar()->maximum());
        QVERIFY(row->detailLabel()->text().contains(QStringLiteral("uploaded")));
        QVERIFY(row->cancelButton()->isHidden());
    }
    QCOMPARE(panel->readyFiles().size(), 2);
    QTRY_VERIFY(view->importButton()->isEnabled());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("company-drop-uploaded"));

    QTest::mouseClick(view->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->importStatusLabel()->text().startsWith(QStringLiteral("Starting")),
                             15000);
    const QString status = view->importStatusLabel()->text();
    QVERIFY2(status.startsWith(QStringLiteral("Import started: run ")) ||
                 status.contains(QStringLiteral("cannot start imports yet")),
             qPrintable(status));
    if (status.startsWith(QStringLiteral("Import started"))) {
        QVERIFY(panel->readyFiles().isEmpty()); // they are part of that import now
        QVERIFY(!view->importButton()->isEnabled());
    }
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("company-import-started"));
}

void TestCompaniesPage::aLargeUploadShowsSpeedAndCanBeCanceled()
{
    const app::Company company = createCompany(QStringLiteral("Big File GmbH"));
    ui::CompanyView *view = m_window->companiesPage()->view();
    QTRY_COMPARE(view->company().id, company.id);
    // 1 GiB of zeros, sparse: cheap to make, real to send.
    const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(1) << 30));
    }
    view->addFiles({path});
    ui::FileRow *row = view->uploadPanel()->rows().constLast();
    app::UploadJob *job = row->job();
    QVERIFY(job);
    QVERIFY(waitUntil([&] { return job->bytesPerSecond() > 0 && job->secondsLeft() >= 0; }, 20000));
    const QString detail = row->detailLabel()->text();
    QVERIFY2(detail.contains(QStringLiteral("/s")) && detail.contains(QStringLiteral("left")),
             qPrintable(detail));
    QVERIFY(row->progressBar()->value() > 0);
    QVERIFY(row->cancelButton()->isVisible());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("company-upload-in-progress"));
    QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
    QCOMPARE(job->state(), app::UploadJob::State::Canceled);
    QCOMPARE(row->detailLabel()->text(), QStringLiteral("Canceled"));
    QVERIFY(row->cancelButton()->isHidden());
    QVERIFY(view->uploadPanel()->readyFiles().isEmpty());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("company-upload-canceled"));
    QTest::mouseClick(view->uploadPanel()->clearButton(), Qt::LeftButton);
    QVERIFY(view->uploadPanel()->rows().isEmpty());
}

void TestCompaniesPage::smallFilesGoAsInlineRows()
{
    const app::Company company = createCompany(QStringLiteral("Inline GmbH"));
    ui::CompanyView *view = m_window->companiesPage()->view();
    QTRY_COMPARE(view->company().id, company.id);
    ui::UploadPanel *panel = view->uploadPanel();
    QCheckBox *toggle = panel->inlineToggle();
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2)); // on its box
    QVERIFY(toggle->isChecked());
    const int before = int(storedFiles().size());
    QVERIFY(test::dropFiles(panel, {writeCsv(m_dir, QStringLiteral("few.csv"), 3)}));
    QTRY_VERIFY(panel->hasReadyRows());
    QCOMPARE(panel->readyRows().size(), 3);
    QCOMPARE(panel->rows().size(), 1);
    QVERIFY2(panel->rows().constFirst()->detailLabel()->text().startsWith(QStringLiteral("3 rows, ready")),
             qPrintable(panel->rows().constFirst()->detailLabel()->text()));
    QCOMPARE(int(storedFiles().size()), before); // nothing uploaded
    QTRY_VERIFY(view->importButton()->isEnabled());
    QCoreApplication::processEvents(); // layouts settle, as on screen
    qInfo() << "grab:" << test::saveGrab(m_window.get(), QStringLiteral("company-inline-rows"));

    QTest::mouseClick(view->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->importStatusLabel()->text().startsWith(QStringLiteral("Starting")),
                             15000);
    const QString status = view->importStatusLabel()->text();
    QVERIFY2(status.startsWith(QStringLiteral("Import started: run ")) ||
                 status.contains(QStringLiteral("cannot start imports yet")),
             qPrintable(status));
    toggle->setChecked(false);
}

void TestCompaniesPage::everyControlHasAnAccessibleName()
{
    QCOMPARE(m_window->pages()->currentWidget(), m_window->companiesPage());
    const QStringList unnamed = test::unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestCompaniesPage)
#include "tst_companiespage.moc"
