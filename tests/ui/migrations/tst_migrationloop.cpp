// SPDX-License-Identifier: GPL-3.0-or-later
// The generation B loop in a migration's view, offscreen, against the embedded local server (a
// real godwit-server child), driven with QTest events on the real widgets: upload → Generate →
// the preview (mapped columns, an invalid cell highlighted with the rule in its tooltip) → Update
// with a directive → Clarify (the answer arrives in the thread) → a blocked Update answered with
// directives (the run goes on), another one canceled → Execute → the report → the valid rows exported
// to a file that matches the server's export; and Cancel of a running Generate. Every step is grabbed.
#include "app/api/apiconnection.h"
#include "app/api/migrationruns.h"
#include "app/api/migrations.h"
#include "app/createservice.h"
#include "app/i18n.h"
#include "app/services.h"
#include "app/session.h"
#include "app/threadstream.h"
#include "support/http.h"
#include "ui/guihelpers.h"
#include "ui/localservices.h"
#include "ui/migrations/migrationloop.h"
#include "ui/migrations/migrationpanes.h"
#include "ui/migrations/migrationview.h"

#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace godwit;

namespace {
const QByteArray kContacts = "first_name,last_name,email,Remarks\r\n"
                             "Ana,Müller,ana@example.com,likes tea\r\n"
                             "Ben,Smith,ben-at-example.org,\r\n"
                             "Chloé,Dubois,chloe@example.fr,\r\n"
                             "Dmitri,Rossi,dmitri@example.com,\r\n"
                             "Fiona,Walsh,fiona@example.ie,VIP\r\n";

QString threadText(const QListWidget *list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines.join(u'\n');
}
} // namespace

class TestMigrationLoop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theWholeLoop();
    void cancelARunningGenerate();

private:
    app::Migration createMigration(const QString &name);
    bool uploadDirect(const QString &migrationId, const QByteArray &bytes);
    QByteArray serverExport(const QString &migrationId, const QString &slug,
                            const QString &filter = QStringLiteral("valid"));
    void grab(const QString &name) { qInfo() << "grab:" << test::saveGrab(m_view.get(), name); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Services> m_services;
    std::unique_ptr<ui::MigrationView> m_view;
};

void TestMigrationLoop::initTestCase()
{
    test::setUpLocalServices(m_dir, m_settings, m_services);
    m_services->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_services->session()->isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->creates()->isJournalOpen(), 5000);
    m_view = std::make_unique<ui::MigrationView>(*m_services);
    m_view->resize(1200, 860);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

app::Migration TestMigrationLoop::createMigration(const QString &name)
{
    app::CreateOperation *op =
        m_services->creates()->createMigration({name, {}, {}, {QStringLiteral("contacts")}});
    app::Migration migration;
    bool done = false;
    connect(op, &app::CreateOperation::finished, this, [&] {
        migration = op->migration();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    return migration;
}

bool TestMigrationLoop::uploadDirect(const QString &migrationId, const QByteArray &bytes)
{
    app::MintMigrationFilesRequest mint(migrationId,
                                        {{QStringLiteral("contacts.csv"), QStringLiteral("text/csv")}});
    QSignalSpy minted(&mint, &app::ApiRequest::finished);
    mint.start(m_services->session()->connection());
    if (!minted.wait(10000) || !mint.result().ok())
        return false;
    return test::httpRequest("PUT", mint.uploads().at(0).url, {{"Content-Type", "text/csv"}}, bytes, 60000)
               .status == 200;
}

QByteArray TestMigrationLoop::serverExport(const QString &migrationId, const QString &slug,
                                           const QString &filter)
{
    // The server's own answer, read whole (small) — independently of MigrationExportDownload.
    app::ApiConnection *connection = m_services->session()->connection();
    QNetworkRequest request = connection->authorizedRequest(connection->resolve(
        QStringLiteral("/migrations/%1/exports/%2.csv?filter=%3").arg(migrationId, slug, filter)));
    QNetworkReply *reply = connection->networkManager()->get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestMigrationLoop::theWholeLoop()
{
    const app::Migration migration = createMigration(QStringLiteral("Loop GmbH"));
    QVERIFY(!migration.id.isEmpty());
    m_view->setMigration(migration);
    ui::MigrationLoop *loop = m_view->loop();
    QVERIFY(!loop->generateButton()->isEnabled()); // no files yet
    QVERIFY(!loop->executeButton()->isEnabled());
    QVERIFY(!loop->cancelButton()->isEnabled());
    grab(QStringLiteral("migrationloop-01-fresh"));

    // Upload through the view's own upload flow.
    const QString csv = m_dir.filePath(QStringLiteral("contacts.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kContacts);
    }
    m_view->addFiles({csv});
    QTRY_COMPARE_WITH_TIMEOUT(m_view->filesTable()->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(loop->generateButton()->isEnabled(), 5000);
    QVERIFY(!loop->updateButton()->isEnabled()); // no preview yet

    // Generate → the preview.
    QTest::mouseClick(loop->generateButton(), Qt::LeftButton);
    QVERIFY(!loop->generateButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(loop->previewPane()->hasPreview(), 30000);
    QCOMPARE(m_view->tabs()->currentWidget(), loop->previewPane());
    QTRY_VERIFY_WITH_TIMEOUT(loop->executeButton()->isEnabled(), 5000);
    QVERIFY(!loop->cancelButton()->isEnabled());
    QVERIFY(!loop->updateButton()->isEnabled()); // no message yet
    QTableWidget *mapping = loop->previewPane()->mappingTable();
    QTableWidget *rows = loop->previewPane()->rowsTable();
    bool emailFromEmail = false;
    for (int row = 0; row < mapping->rowCount(); ++row)
        if (mapping->item(row, 0)->text() == QLatin1String("email"))
            emailFromEmail = mapping->item(row, 1)->text() == QLatin1String("email");
    QVERIFY(emailFromEmail);
    QCOMPARE(rows->rowCount(), 5);
    int emailColumn = -1;
    for (int column = 0; column < rows->columnCount(); ++column)
        if (rows->horizontalHeaderItem(column)->text() == QLatin1String("email"))
            emailColumn = column;
    QVERIFY(emailColumn >= 0);
    QTableWidgetItem *invalid = rows->item(1, emailColumn);
    QCOMPARE(invalid->text(), QStringLiteral("ben-at-example.org"));
    QCOMPARE(invalid->background().color(), ui::MigrationPreviewPane::invalidColor());
    QVERIFY2(invalid->toolTip().contains(QLatin1String("rule")), qPrintable(invalid->toolTip()));
    QVERIFY(rows->item(0, emailColumn)->toolTip().isEmpty()); // a valid cell is not highlighted
    QVERIFY(rows->item(0, emailColumn)->background().style() == Qt::NoBrush);
    rows->scrollToItem(invalid);
    grab(QStringLiteral("migrationloop-02-preview"));
    const QStringList unnamed = test::unnamedControls(m_view.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // Update with a directive (the directive language is one click away).
    QTest::mouseClick(loop->helpButton(), Qt::LeftButton);
    QVERIFY(loop->helpLabel()->isVisible());
    QVERIFY(loop->helpLabel()->text().contains(QLatin1String("default region")));
    loop->messageEdit()->setFocus();
    QTest::keyClicks(loop->messageEdit(), QStringLiteral("map \"Remarks\" to job_title"));
    QVERIFY(loop->updateButton()->isEnabled());
    grab(QStringLiteral("migrationloop-03-update-directive"));
    QTest::mouseClick(loop->updateButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loop->previewPane()->preview().recipeVersion, 2, 30000);
    QTest::mouseClick(loop->helpButton(), Qt::LeftButton);
    QVERIFY(!loop->helpLabel()->isVisible());
    bool jobFromRemarks = false;
    for (int row = 0; row < mapping->rowCount(); ++row)
        if (mapping->item(row, 0)->text() == QLatin1String("job_title"))
            jobFromRemarks = mapping->item(row, 1)->text() == QLatin1String("Remarks");
    QVERIFY(jobFromRemarks);
    QVERIFY(loop->messageEdit()->toPlainText().isEmpty());
    grab(QStringLiteral("migrationloop-04-updated-preview"));

    // Clarify: the answer arrives in the thread.
    QTest::keyClicks(loop->messageEdit(), QStringLiteral("Where does email come from?"));
    QTest::mouseClick(loop->clarifyButton(), Qt::LeftButton);
    QListWidget *thread = loop->threadPane()->list();
    QTRY_VERIFY_WITH_TIMEOUT(threadText(thread).contains(QLatin1String(
                                 "Agent: contacts.email comes from column \"email\" of \"contacts.csv\"")),
                             30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->tabs()->currentWidget(), loop->threadPane(), 10000);
    QVERIFY(threadText(thread).contains(QLatin1String("You: Where does email come from?")));
    grab(QStringLiteral("migrationloop-05-clarify-thread"));

    // A directive the agent does not understand blocks the run with a question. Directives sent in
    // the answer box stand in for it and the run goes on (recipe version 3); a blocked run is ended
    // with Cancel and the preview stays as it was.
    QTRY_VERIFY_WITH_TIMEOUT(!loop->run().isActive(), 10000);
    QTest::keyClicks(loop->messageEdit(), QStringLiteral("make it nicer"));
    QTest::mouseClick(loop->updateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loop->questionsBox()->isVisible(), 30000);
    QCOMPARE(loop->answerBoxes().size(), 1);
    QVERIFY(
        loop->answerBoxes().first()->accessibleDescription().contains(QLatin1String("\"make it nicer\"")));
    QVERIFY(loop->cancelButton()->isEnabled());
    QVERIFY(!loop->executeButton()->isEnabled());
    QVERIFY(!loop->generateButton()->isEnabled());
    QTest::keyClicks(loop->correctionEdit(), QStringLiteral("map \"Remarks\" to job_title"));
    grab(QStringLiteral("migrationloop-06-blocked"));
    QTest::keyClick(loop->correctionEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(threadText(thread).contains(QLatin1String("You: map \"Remarks\" to job_title")),
                             30000);
    QTRY_COMPARE_WITH_TIMEOUT(loop->previewPane()->preview().recipeVersion, 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!loop->run().isActive() && !loop->questionsBox()->isVisible(), 10000);
    grab(QStringLiteral("migrationloop-06a-answered"));

    QTest::keyClicks(loop->messageEdit(), QStringLiteral("make it nicer"));
    QTest::mouseClick(loop->updateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loop->run().isBlocked() && loop->questionsBox()->isVisible(), 30000);
    QTest::mouseClick(loop->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loop->run().status, QStringLiteral("canceled"), 10000);
    QVERIFY(!loop->questionsBox()->isVisible());
    QCOMPARE(loop->previewPane()->preview().recipeVersion, 3);
    grab(QStringLiteral("migrationloop-06b-blocked-canceled"));

    // Execute → the report.
    QTRY_VERIFY_WITH_TIMEOUT(loop->executeButton()->isEnabled(), 5000);
    QTest::mouseClick(loop->executeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loop->reportPane()->hasReport(), 30000);
    QCOMPARE(m_view->tabs()->currentWidget(), loop->reportPane());
    const QString summary = loop->reportPane()->summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("5 rows imported")) &&
                 summary.contains(QLatin1String("4 valid")) &&
                 summary.contains(QLatin1String("1 with invalid cells")),
             qPrintable(summary));
    QCOMPARE(loop->reportPane()->sheetsTable()->rowCount(), 1);
    QCOMPARE(loop->reportPane()->sheetsTable()->item(0, 1)->text(), QStringLiteral("5"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->migration().status, QStringLiteral("completed"), 10000);
    grab(QStringLiteral("migrationloop-07-report"));

    // Export the valid rows to a file: what the server exports, byte for byte.
    const QString target = m_dir.filePath(QStringLiteral("contacts-valid.csv"));
    loop->setSavePathChooser([target](const QString &) { return target; });
    QSignalSpy exported(loop, &ui::MigrationLoop::exportFinished);
    QPushButton *exportButton = loop->reportPane()->exportButton(QStringLiteral("contacts"));
    QVERIFY(exportButton);
    QVERIFY(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(exported.wait(30000));
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, serverExport(migration.id, QStringLiteral("contacts")));
    QCOMPARE(bytes.count('\n'), 5); // the header and the four valid rows
    QVERIFY(!bytes.contains("ben-at-example.org"));
    QVERIFY(loop->reportPane()->exportStatusLabel()->text().contains(QLatin1String("4 valid rows")));
    grab(QStringLiteral("migrationloop-08-exported"));

    // The flagged rows, to send back: chosen with the keyboard, again what the server exports.
    const QString flaggedTarget = m_dir.filePath(QStringLiteral("contacts-invalid.csv"));
    loop->setSavePathChooser([flaggedTarget](const QString &) { return flaggedTarget; });
    loop->reportPane()->rowsCombo()->setFocus();
    QTest::keyClick(loop->reportPane()->rowsCombo(), Qt::Key_End);
    QCOMPARE(loop->reportPane()->rowFilter(), QStringLiteral("invalid"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(exported.wait(30000));
    QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
    QFile flagged(flaggedTarget);
    QVERIFY(flagged.open(QIODevice::ReadOnly));
    const QByteArray flaggedBytes = flagged.readAll();
    QCOMPARE(flaggedBytes, serverExport(migration.id, QStringLiteral("contacts"), QStringLiteral("invalid")));
    QCOMPARE(flaggedBytes.count('\n'), 2); // the header and the row with the bad e-mail
    QVERIFY(flaggedBytes.contains("ben-at-example.org"));
    QVERIFY(loop->reportPane()->exportStatusLabel()->text().contains(QLatin1String("1 flagged row")));
    grab(QStringLiteral("migrationloop-08b-exported-flagged"));

    // The thread was followed live over the stream (not by polling).
    QVERIFY(loop->threadStream()->connectionCount() > 0);
    QVERIFY(loop->threadStream()->mode() != app::ThreadStream::Mode::Polling);
}

void TestMigrationLoop::cancelARunningGenerate()
{
    const app::Migration migration = createMigration(QStringLiteral("Big move"));
    QVERIFY(!migration.id.isEmpty());
    QByteArray big = "first_name,last_name,email\r\n";
    for (int i = 0; i < 300000; ++i)
        big += "Name" + QByteArray::number(i) + ",Last,user" + QByteArray::number(i) + "@example.com\r\n";
    QVERIFY(uploadDirect(migration.id, big));
    m_view->setMigration(migration);
    ui::MigrationLoop *loop = m_view->loop();
    QTRY_VERIFY_WITH_TIMEOUT(loop->generateButton()->isEnabled(), 10000);
    QTest::mouseClick(loop->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loop->cancelButton()->isEnabled(), 10000);
    QVERIFY(loop->run().isActive());
    grab(QStringLiteral("migrationloop-09-generating"));
    const QString runId = loop->runId();
    QTest::mouseClick(loop->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loop->run().status, QStringLiteral("canceled"), 10000);
    QCOMPARE(loop->runId(), runId);
    QVERIFY(loop->runLabel()->text().contains(QLatin1String("canceled")));
    QVERIFY(!loop->cancelButton()->isEnabled());
    QVERIFY(loop->generateButton()->isEnabled());
    QVERIFY(!loop->previewPane()->hasPreview());
    grab(QStringLiteral("migrationloop-10-canceled"));
}

QTEST_MAIN(TestMigrationLoop)
#include "tst_migrationloop.moc"
