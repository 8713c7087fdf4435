// SPDX-License-Identifier: GPL-3.0-or-later
// DialectBar: shows what was detected with its confidence; each combo asks for a re-read with
// that one override added; the header combo lists the file's first lines.
#include "ui/preview/dialectbar.h"

#include "app/preview/previewdocument.h"
#include "tests/app/preview/previewtestdata.h"
#include "tests/ui/guihelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using ui::DialectBar;

class TestDialectBar : public QObject {
    Q_OBJECT
private slots:
    void showsTheDetection();
    void eachComboAddsItsOverride();
    void describesChoices();
};

void TestDialectBar::showsTheDetection()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("g.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(test::writeFile(path, "Report title\nid\tname\n1\tAna\n2\tBen\n3\tZoë\n"));
    app::PreviewDocument doc(&settings);
    DialectBar bar(&doc);
    bar.show();
    QVERIFY(!bar.isEnabled()); // nothing open
    doc.open(path);
    QVERIFY(QTest::qWaitFor([&] { return doc.state() == app::PreviewDocument::State::Open; }, 5000));
    QVERIFY(bar.isEnabled());
    QCOMPARE(bar.encodingCombo()->currentText(), QStringLiteral("UTF-8"));
    QCOMPARE(bar.delimiterCombo()->currentData().toInt(), int('\t'));
    QCOMPARE(bar.quoteCombo()->currentData().toInt(), int('"'));
    QCOMPARE(bar.headerCombo()->currentData().toLongLong(), 1);
    QVERIFY(bar.headerCombo()->currentText().startsWith(QStringLiteral("Line 2: id, name")));
    QCOMPARE(bar.headerCombo()->itemData(0).toLongLong(), -1); // "No header"
    for (QLabel *label : {bar.encodingConfidence(), bar.delimiterConfidence(), bar.headerConfidence()}) {
        QVERIFY2(label->text().endsWith(QLatin1Char('%')), qPrintable(label->text()));
        QVERIFY(!label->toolTip().isEmpty());
    }
    QVERIFY(!bar.resetButton()->isVisible());
    QCOMPARE(bar.settingsCombo()->currentText(), QStringLiteral("Detected"));
    QVERIFY(test::unnamedControls(&bar).isEmpty());
}

void TestDialectBar::eachComboAddsItsOverride()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("g.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(test::writeFile(path, "a;b\n1;2\n3;4\n"));
    app::PreviewDocument doc(&settings);
    DialectBar bar(&doc);
    bar.show();
    doc.open(path);
    QVERIFY(QTest::qWaitFor([&] { return doc.state() == app::PreviewDocument::State::Open; }, 5000));
    QSignalSpy chosen(&bar, &DialectBar::choiceChanged);
    // Keyboard on a closed combo: the next item, chosen at once.
    bar.encodingCombo()->setFocus();
    QTest::keyClick(bar.encodingCombo(), Qt::Key_Down);
    QCOMPARE(chosen.count(), 1);
    auto choice = chosen.takeFirst().first().value<engine::CsvOpenOptions>();
    QCOMPARE(choice.encoding, std::optional(engine::TextEncoding::Utf16LE));
    QVERIFY(!choice.dialect.delimiter);
    bar.headerCombo()->setFocus();
    QTest::keyClick(bar.headerCombo(), Qt::Key_Home);
    QCOMPARE(chosen.count(), 1);
    choice = chosen.takeFirst().first().value<engine::CsvOpenOptions>();
    QCOMPARE(choice.dialect.hasHeader, std::optional(false));
}

void TestDialectBar::describesChoices()
{
    engine::CsvOpenOptions choice;
    QCOMPARE(DialectBar::describe(choice), QString());
    choice.dialect.delimiter = ';';
    choice.dialect.hasHeader = false;
    QCOMPARE(DialectBar::describe(choice), QStringLiteral("delimiter Semicolon ;, no header row"));
    QVERIFY(DialectBar::sameChoice(choice, choice));
    engine::CsvOpenOptions other = choice;
    other.encoding = engine::TextEncoding::Latin1;
    QVERIFY(!DialectBar::sameChoice(choice, other));
}

QTEST_MAIN(TestDialectBar)
#include "tst_dialectbar.moc"
