// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog, offscreen, driven with QTest events against a real godwit-server and a destination
// served by the test: the valid and invalid CSV downloads match the import's report; a full export to the
// destination shows its per-row results with the hollow write highlighted; re-running a full export asks
// first. Grabs of each screen go to the test-output folder.
#include "app/api/apiconnection.h"
#include "server/destinationreceiver.h"
#include "server/importclient.h"
#include "ui/exports/exportdialog.h"
#include "ui/guihelpers.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace godwit::test;
using godwit::ui::ExportDialog;

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void downloadsMatchTheReport();
    void destinationExportHighlightsTheHollowWrite();
    void fullExportAgainAsksFirst();
    void everyControlIsNamed();

private:
    ServerProcess m_server;
    std::unique_ptr<ImportClient> m_client;
    godwit::app::ApiConnection m_connection;
    DestinationReceiver m_receiver;
    godwit::app::Company m_company;
    QJsonObject m_report;
    std::unique_ptr<ExportDialog> m_dialog;
    QTemporaryDir m_dir;
};

void TestExportDialog::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    m_client = std::make_unique<ImportClient>(m_server);
    ImportClient &c = *m_client;
    const HttpResult created =
        c.post(QStringLiteral("/companies"),
               QJsonObject{{QLatin1String("name"), QStringLiteral("Harbour Supplies")},
                           {QLatin1String("source"), kSalesforce},
                           {QLatin1String("template_ids"), QJsonArray{kContactsTemplate}},
                           {QLatin1String("connections"),
                            QJsonObject{{QLatin1String("base_url"), m_receiver.baseUrl().toString()},
                                        {QLatin1String("auth"),
                                         QJsonObject{{QLatin1String("type"), QStringLiteral("bearer")},
                                                     {QLatin1String("token"), QStringLiteral("t")}}}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject company = created.json().value(QLatin1String("company")).toObject();
    m_company.id = company.value(QLatin1String("id")).toString();
    m_company.name = company.value(QLatin1String("name")).toString();
    for (const QJsonValue &sheet : created.json().value(QLatin1String("sheets")).toArray())
        m_company.sheets.append({sheet.toObject().value(QLatin1String("id")).toString(),
                                 sheet.toObject().value(QLatin1String("name")).toString(),
                                 sheet.toObject().value(QLatin1String("template_id")).toString()});
    // Six rows, two with a bad e-mail, kept flagged (reject): 4 valid, 2 invalid.
    const QString run = c.importFile(m_company.id, QStringLiteral("contacts.csv"), kBadEmails);
    QCOMPARE(c.waitForRun(m_company.id, run).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    QCOMPARE(c.decide(m_company.id, run, QJsonObject{{QLatin1String("decision"), QStringLiteral("reject")}})
                 .status,
             200);
    const QJsonObject done = c.waitForRun(m_company.id, run);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    m_report = reportOf(done);
    m_receiver.hollowOnReadBack(QStringLiteral("chloe@example.fr"));

    m_dialog = std::make_unique<ExportDialog>(m_connection, m_company);
    m_dialog->setPollIntervals(100, 500);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestExportDialog::downloadsMatchTheReport()
{
    ExportDialog &d = *m_dialog;
    saveGrab(&d, QStringLiteral("exportdialog-1-download"));
    const qint64 inserted = numberOf(m_report, "inserted");
    const qint64 invalid = numberOf(m_report, "invalidCellCount");
    QCOMPARE(inserted, 6);
    QCOMPARE(invalid, 2);
    struct Case {
        int filterIndex;
        qint64 rows;
        QString grab;
    };
    for (const Case &c : {Case{0, inserted - invalid, QStringLiteral("exportdialog-2-valid-downloaded")},
                          Case{2, invalid, QStringLiteral("exportdialog-3-invalid-downloaded")}}) {
        d.filterBox()->setCurrentIndex(c.filterIndex);
        d.scopeBox()->setCurrentIndex(1); // the Contacts sheet, as a CSV file
        const QString target = m_dir.filePath(QStringLiteral("rows-%1.csv").arg(c.filterIndex));
        d.fileEdit()->clear();
        QTest::keyClicks(d.fileEdit(), target);
        QSignalSpy finished(&d, &ExportDialog::downloadFinished);
        QTest::mouseClick(d.downloadButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvLines(file.readAll());
        QCOMPARE(qint64(lines.size()) - 1, c.rows); // minus the header
        QCOMPARE(d.downloadProgress()->value(), d.downloadProgress()->maximum());
        QVERIFY2(d.downloadStatus()->text().contains(target), qPrintable(d.downloadStatus()->text()));
        saveGrab(&d, c.grab);
    }
    // Every sheet: a ZIP.
    d.filterBox()->setCurrentIndex(0);
    d.scopeBox()->setCurrentIndex(0);
    QVERIFY(d.fileEdit()->text().endsWith(QLatin1String(".zip")));
    d.fileEdit()->setText(m_dir.filePath(QStringLiteral("all.zip")));
    QSignalSpy finished(&d, &ExportDialog::downloadFinished);
    QTest::mouseClick(d.downloadButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(d.lastDownloadRecords(), inserted - invalid);
}

void TestExportDialog::destinationExportHighlightsTheHollowWrite()
{
    ExportDialog &d = *m_dialog;
    d.tabs()->setCurrentIndex(1);
    saveGrab(&d, QStringLiteral("exportdialog-4-destination"));
    QTest::mouseClick(d.fullButton(), Qt::LeftButton);
    QVERIFY(d.fullButton()->isChecked());
    QVERIFY(!d.canaryRowsBox()->isEnabled());
    QSignalSpy finished(&d, &ExportDialog::exportFinished);
    QTest::mouseClick(d.startExportButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toString(), QStringLiteral("completed"));
    QTableWidget *table = d.resultsTable();
    QCOMPARE(table->rowCount(), 4); // the valid rows: Ana, Chloé, Dmitri, Fiona
    int hollowLines = 0;
    for (int line = 0; line < table->rowCount(); ++line) {
        const bool hollow =
            table->item(line, ExportDialog::ConfirmedColumn)->text().startsWith(QLatin1String("no"));
        QCOMPARE(table->item(line, ExportDialog::OkColumn)->text(), QStringLiteral("yes"));
        QCOMPARE(table->item(line, ExportDialog::HttpColumn)->text(), QStringLiteral("201"));
        if (hollow) {
            ++hollowLines;
            QCOMPARE(table->item(line, ExportDialog::RowColumn)->text(), QStringLiteral("3")); // Chloé
            for (int column = 0; column < ExportDialog::ColumnCount; ++column)
                QCOMPARE(table->item(line, column)->background().color(), ExportDialog::hollowColor());
            QVERIFY(table->item(line, ExportDialog::ConfirmedColumn)
                        ->toolTip()
                        .contains(QLatin1String("Hollow")));
        } else {
            QCOMPARE(table->item(line, ExportDialog::ConfirmedColumn)->text(), QStringLiteral("yes"));
            QCOMPARE(table->item(line, 0)->background().style(), Qt::NoBrush);
        }
    }
    QCOMPARE(hollowLines, 1);
    QVERIFY2(d.exportSummary()->text().contains(QLatin1String("1 hollow")),
             qPrintable(d.exportSummary()->text()));
    QCOMPARE(d.exportProgress()->value(), d.exportProgress()->maximum());
    QVERIFY(d.startExportButton()->isEnabled());
    QCOMPARE(m_receiver.records().size(), 4);
    saveGrab(&d, QStringLiteral("exportdialog-5-destination-done"));
}

void TestExportDialog::fullExportAgainAsksFirst()
{
    ExportDialog &d = *m_dialog;
    const QString firstRun = d.currentExportRunId();
    QVERIFY(!firstRun.isEmpty());
    // Declined: nothing is written.
    bool asked = false;
    QTimer::singleShot(200, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        saveGrab(box, QStringLiteral("exportdialog-6-full-again-warning"));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(d.startExportButton(), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(d.currentExportRunId(), firstRun);
    QCOMPARE(m_receiver.records().size(), 4);
    // A canary needs no confirmation.
    QTest::mouseClick(d.canaryButton(), Qt::LeftButton);
    QSignalSpy finished(&d, &ExportDialog::exportFinished);
    QTest::mouseClick(d.startExportButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(d.currentExportRunId() != firstRun);
    QCOMPARE(d.resultsTable()->rowCount(), 1);
    QCOMPARE(m_receiver.records().size(), 5);
    saveGrab(&d, QStringLiteral("exportdialog-7-canary-done"));
}

void TestExportDialog::everyControlIsNamed()
{
    for (int tab = 0; tab < m_dialog->tabs()->count(); ++tab) {
        m_dialog->tabs()->setCurrentIndex(tab);
        const QStringList unnamed = unnamedControls(m_dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
