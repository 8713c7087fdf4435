// SPDX-License-Identifier: GPL-3.0-or-later
// MessageArea: one message per key (replaced, not repeated), actions, dismissing, named controls.
#include "ui/preview/messagearea.h"

#include "tests/ui/guihelpers.h"

#include <QPushButton>
#include <QTest>
#include <QToolButton>

using godwit::ui::MessageArea;

class TestMessageArea : public QObject {
    Q_OBJECT
private slots:
    void oneMessagePerKey();
    void actionsAndDismiss();
};

void TestMessageArea::oneMessagePerKey()
{
    QWidget window;
    auto *area = new MessageArea(&window);
    area->resize(700, 200);
    window.show();
    QVERIFY(!area->isVisible());
    area->showMessage(QStringLiteral("file"), MessageArea::Level::Error, QStringLiteral("first"));
    area->showMessage(QStringLiteral("file"), MessageArea::Level::Warning, QStringLiteral("second"));
    area->showMessage(QStringLiteral("other"), MessageArea::Level::Information, QStringLiteral("third"));
    QVERIFY(area->isVisible());
    QCOMPARE(area->keys().size(), 2);
    QCOMPARE(area->text(QStringLiteral("file")), QStringLiteral("second"));
    area->clear();
    QCoreApplication::processEvents();
    QVERIFY(area->keys().isEmpty());
    QVERIFY(!area->isVisible());
}

void TestMessageArea::actionsAndDismiss()
{
    MessageArea area;
    area.resize(700, 120);
    area.show();
    int reloads = 0;
    area.showMessage(
        QStringLiteral("changed"), MessageArea::Level::Warning, QStringLiteral("The file changed."),
        {{QStringLiteral("Reload"), QStringLiteral("Read the file again"), [&reloads] { ++reloads; }}});
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    auto *reload = area.findChild<QPushButton *>();
    QVERIFY(reload);
    QCOMPARE(reload->accessibleName(), QStringLiteral("Read the file again"));
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(reloads, 1);
    QVERIFY(godwit::test::unnamedControls(&area).isEmpty());
    qInfo() << "grab:" << godwit::test::saveGrab(&area, QStringLiteral("message-area"));
    auto *dismiss = area.findChild<QToolButton *>();
    QVERIFY(dismiss);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY(!area.contains(QStringLiteral("changed")));
}

QTEST_MAIN(TestMessageArea)
#include "tst_messagearea.moc"
