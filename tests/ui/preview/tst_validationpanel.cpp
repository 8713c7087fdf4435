// SPDX-License-Identifier: GPL-3.0-or-later
// The preview's Validate panel, offscreen, driven like a user: open a file with drifted headers,
// bad e-mails and a day-first date that does not exist; override the delimiter (the template
// then cannot be fed, which the panel says) and set it back; select a column; validate against
// the bundled contacts template; read the mapping, the per-column errors, the coloured cells
// and their tooltips and the server's questions; change a mapping; show flagged rows only;
// export the valid and the flagged rows. Grabs go to the test-output folder.
#include "ui/preview/validationpanel.h"

#include "app/i18n.h"
#include "app/preview/previewdocument.h"
#include "tests/app/preview/previewtestdata.h"
#include "tests/ui/guihelpers.h"
#include "ui/preview/columnprofilepanel.h"
#include "ui/preview/dialectbar.h"
#include "ui/preview/messagearea.h"
#include "ui/preview/previewpage.h"
#include "ui/preview/previewtablemodel.h"
#include "ui/preview/previewtableview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace godwit;
using State = app::PreviewDocument::State;

namespace {

// Line 1 is the header; bad e-mails on lines 3 and 6, 30 February on line 5.
const QByteArray kFile = "Email Address;Given Name;Surname;Date of Birth;Remarks\r\n"
                         "ana@example.com;Ana;Müller;31/01/1980;vip\r\n"
                         "ben-at-example.org;Ben;Smith;01/12/1975;\r\n"
                         "chloe@example.fr;Chloé;Dubois;14/07/2001;\r\n"
                         "dmitri@example.com;Dmitri;Rossi;30/02/1990;\r\n"
                         "elodie@@example;Élodie;García;;call back\r\n"
                         "fiona@example.ie;Fiona;Walsh;03/03/1988;\r\n"
                         "gus@example.com;Gus;Berg;25/12/1969;\r\n";

} // namespace

class TestValidationPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void validatesChangesAMappingFiltersAndExports();
    void withoutAConnectionImportSaysWhy();

private:
    bool stepCombo(QComboBox *combo, int index);
    int mappingRow(const QString &column) const;
    bool validateAndWait();
    static void settle() { QTest::qWait(80); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::PreviewPage> m_page;
    ui::ValidationPanel *m_panel = nullptr;
    QString m_path;
};

void TestValidationPanel::initTestCase()
{
    app::installTranslations(*qApp, QStringLiteral("en"));
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    m_path = m_dir.filePath(QStringLiteral("customer-contacts.csv"));
    QVERIFY(test::writeFile(m_path, kFile));
    m_page = std::make_unique<ui::PreviewPage>(*m_settings);
    m_page->resize(1400, 860);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_panel = m_page->validationPanel();
    QVERIFY(m_panel);
}

bool TestValidationPanel::stepCombo(QComboBox *combo, int index)
{
    // As a user does with the keyboard: focus the closed combo and step to the item.
    combo->setFocus(Qt::TabFocusReason);
    while (combo->currentIndex() != index) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, index > before ? Qt::Key_Down : Qt::Key_Up);
        if (combo->currentIndex() == before)
            return false;
    }
    return true;
}

int TestValidationPanel::mappingRow(const QString &column) const
{
    QTableWidget *mapping = m_panel->mappingTable();
    for (int r = 0; r < mapping->rowCount(); ++r) {
        if (mapping->item(r, 0) && mapping->item(r, 0)->text().startsWith(column))
            return r;
    }
    return -1;
}

bool TestValidationPanel::validateAndWait()
{
    if (!m_panel->validateButton()->isEnabled())
        return false;
    QTest::mouseClick(m_panel->validateButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !m_panel->isValidating() && m_panel->result(); }, 20000);
}

void TestValidationPanel::validatesChangesAMappingFiltersAndExports()
{
    // Open: ';' is detected; the Validate tab is beside the column profile.
    m_page->openFile(m_path);
    app::PreviewDocument *doc = m_page->document();
    ui::PreviewTableModel *model = m_page->model();
    QVERIFY(QTest::qWaitFor([&] { return doc->state() == State::Open; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 7 && model->isRowLoaded(0); }, 10000));
    QCOMPARE(doc->layout().dialect.delimiter, ';');
    QTabWidget *tabs = m_page->sidePanels();
    const int validateTab = tabs->indexOf(m_panel);
    QVERIFY(validateTab > 0);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(validateTab).center());
    QCOMPARE(tabs->currentIndex(), validateTab);
    QVERIFY(m_panel->selectTemplate(QStringLiteral("contacts")));
    QVERIFY(m_panel->templateSourceLabel()->text().contains(QStringLiteral("Bundled")));
    QVERIFY(!m_panel->exportValidButton()->isEnabled()); // nothing validated yet

    // Override the delimiter with ',': one column, which cannot feed the contacts template.
    ui::DialectBar *bar = m_page->dialectBar();
    QVERIFY(stepCombo(bar->delimiterCombo(), bar->delimiterCombo()->findData(int(','))));
    QVERIFY(QTest::qWaitFor([&] { return doc->layout().dialect.delimiter == ','; }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return model->columnCount() == 1 && model->isRowLoaded(0); }, 5000));
    QVERIFY(validateAndWait());
    QVERIFY(!m_panel->result()->ok());
    QVERIFY(m_panel->result()->validation.driftError);
    QVERIFY2(m_panel->summaryLabel()->text().contains(QStringLiteral("cannot feed")),
             qPrintable(m_panel->summaryLabel()->text()));
    QVERIFY(!m_panel->exportValidButton()->isEnabled());
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("validate-wrong-delimiter"));

    // Back to ';' (now as the user's choice): the result is dropped as stale, validate again.
    QVERIFY(stepCombo(bar->delimiterCombo(), bar->delimiterCombo()->findData(int(';'))));
    QVERIFY(QTest::qWaitFor([&] { return doc->layout().dialect.delimiter == ';'; }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return model->columnCount() == 5 && model->isRowLoaded(0); }, 5000));
    QVERIFY(!m_panel->result());

    // Select a cell of the e-mail column: its profile is computed (on the other tab).
    QTableView *table = m_page->tableView()->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(1, 0)).center());
    QVERIFY(QTest::qWaitFor([&] { return m_page->profilePanel()->hasProfile(); }, 10000));
    QCOMPARE(m_page->profilePanel()->profile().column, 0);
    QCOMPARE(tabs->currentIndex(), validateTab);

    // Validate against contacts: the drifted headers heal, two bad e-mails and one bad date.
    QVERIFY(validateAndWait());
    auto result = m_panel->result();
    QVERIFY2(result->ok(), qPrintable(app::validationFailureText(result->validation)));
    QCOMPARE(result->validation.report.rowCount(), 7);
    QCOMPARE(result->validation.report.invalidCellCount(), 3);
    QVERIFY2(m_panel->summaryLabel()->text().startsWith(QStringLiteral("7 rows: 4 valid, 3 flagged")),
             qPrintable(m_panel->summaryLabel()->text()));
    QTableWidget *mapping = m_panel->mappingTable();
    QCOMPARE(mapping->rowCount(), result->tmpl.columns.size());
    const int email = mappingRow(QStringLiteral("email"));
    const int birth = mappingRow(QStringLiteral("birth_date"));
    QVERIFY(email >= 0 && birth >= 0);
    auto *emailSource = qobject_cast<QComboBox *>(mapping->cellWidget(email, 1));
    QVERIFY(emailSource);
    QCOMPARE(emailSource->currentText(), QStringLiteral("1: Email Address"));
    QCOMPARE(mapping->item(email, 2)->text(), QStringLiteral("2")); // errors
    QVERIFY(mapping->item(email, 3)->text().endsWith(QStringLiteral("%")));
    QVERIFY(!mapping->item(email, 4)->text().isEmpty()); // method
    QVERIFY(!mapping->item(email, 5)->text().isEmpty()); // reason
    QCOMPARE(mapping->item(birth, 2)->text(), QStringLiteral("1"));
    QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(birth, 1))->currentText(),
             QStringLiteral("4: Date of Birth"));

    // The bad e-mail on line 3 is coloured and its tooltip names the rule; a good cell is not.
    const QModelIndex bad = model->index(1, 0);
    QCOMPARE(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("3"));
    QVERIFY(model->data(bad, Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY2(model->data(bad, Qt::ToolTipRole).toString().contains(QStringLiteral("“email” rule")),
             qPrintable(model->data(bad, Qt::ToolTipRole).toString()));
    QVERIFY(!model->data(model->index(0, 0), Qt::BackgroundRole).value<QColor>().isValid());
    const QModelIndex badDate = model->index(3, 3);
    QVERIFY(model->data(badDate, Qt::ToolTipRole).toString().contains(QStringLiteral("birth_date")));

    // The questions the server would ask: one about the e-mails, one about the date.
    QTreeWidget *questions = m_panel->questionsTree();
    QStringList asked;
    for (int i = 0; i < questions->topLevelItemCount(); ++i)
        asked.append(questions->topLevelItem(i)->child(0)->text(1)); // Column
    QVERIFY2(asked.contains(QStringLiteral("email")) && asked.contains(QStringLiteral("birth_date")),
             qPrintable(asked.join(u',')));
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("validate-contacts"));
    qInfo() << "grab:" << test::saveGrab(m_panel, QStringLiteral("validate-contacts-panel"));

    // Change a mapping: birth_date left unmapped (the dates are of another person). Pinned, re-validated.
    auto *birthSource = qobject_cast<QComboBox *>(mapping->cellWidget(birth, 1));
    birthSource->setFocus(Qt::TabFocusReason);
    QTest::keyClick(birthSource, Qt::Key_Home); // "(not mapped)", in one step
    QVERIFY(QTest::qWaitFor([&] { return !m_panel->isValidating() && m_panel->result() != result; }, 20000));
    result = m_panel->result();
    QVERIFY(result->ok());
    QCOMPARE(result->validation.report.invalidCellCount(), 2);
    QCOMPARE(result->validation.mapping.columns[birth].method, engine::MappingMethod::Pinned);
    QCOMPARE(mapping->item(birth, 4)->text(), QStringLiteral("your choice"));
    QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(birth, 1))->currentIndex(), 0);
    QVERIFY(!model->data(badDate, Qt::BackgroundRole).value<QColor>().isValid());

    // Flagged rows only: two rows, still numbered as lines 3 and 6 of the file.
    QTest::mouseClick(m_panel->flaggedOnlyBox(), Qt::LeftButton, {},
                      QPoint(8, m_panel->flaggedOnlyBox()->height() / 2));
    QVERIFY(m_panel->flaggedOnlyBox()->isChecked());
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(QTest::qWaitFor([&] { return model->isRowLoaded(0) && model->isRowLoaded(1); }, 5000));
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("3"));
    QCOMPARE(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("6"));
    QCOMPARE(model->data(model->index(1, 0)).toString(), QStringLiteral("elodie@@example"));
    QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("2 flagged row")),
             qPrintable(m_page->statusLabel()->text()));
    settle();
    qInfo() << "grab:" << test::saveGrab(m_page.get(), QStringLiteral("validate-flagged-only"));

    // Export the valid and the flagged rows (with the changed mapping: no birth dates).
    const QString valid = m_dir.filePath(QStringLiteral("valid.csv"));
    const QString flagged = m_dir.filePath(QStringLiteral("flagged.csv"));
    QSignalSpy exported(m_panel, &ui::ValidationPanel::exportFinished);
    m_panel->exportTo(app::ValidatedExport::Valid, valid);
    QVERIFY(exported.wait(20000));
    m_panel->exportTo(app::ValidatedExport::Flagged, flagged);
    QVERIFY(exported.wait(20000));
    QFile validFile(valid);
    QVERIFY(validFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> validLines = validFile.readAll().trimmed().split('\n');
    QCOMPARE(validLines.size(), 6); // header + 5
    QVERIFY(validLines[0].startsWith("first_name,last_name,email"));
    QVERIFY(validLines[1].startsWith("Ana,Müller,ana@example.com"));
    QVERIFY(!validLines[1].contains("1980")); // birth_date unmapped
    QFile flaggedFile(flagged);
    QVERIFY(flaggedFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> flaggedLines = flaggedFile.readAll().trimmed().split('\n');
    QCOMPARE(flaggedLines.size(), 3);
    QVERIFY(flaggedLines[1].contains("ben-at-example.org"));
    QVERIFY(flaggedLines[2].contains("elodie@@example"));
    QVERIFY(m_page->messageArea()->findChildren<QLabel *>().size() > 0);

    // All rows again.
    QTest::mouseClick(m_panel->flaggedOnlyBox(), Qt::LeftButton, {},
                      QPoint(8, m_panel->flaggedOnlyBox()->height() / 2));
    QCOMPARE(model->rowCount(), 7);
    QVERIFY(!m_page->statusLabel()->text().contains(QLatin1String("flagged")));
    QVERIFY(test::unnamedControls(m_page.get()).isEmpty());
}

void TestValidationPanel::withoutAConnectionImportSaysWhy()
{
    QVERIFY(!m_panel->importButton()->isEnabled());
    QVERIFY(m_panel->importHint()->isVisible());
    QVERIFY2(m_panel->importHint()->text().contains(QStringLiteral("connection")),
             qPrintable(m_panel->importHint()->text()));
    QCOMPARE(m_panel->importButton()->toolTip(), m_panel->importHint()->text());
}

QTEST_MAIN(TestValidationPanel)
#include "tst_validationpanel.moc"
