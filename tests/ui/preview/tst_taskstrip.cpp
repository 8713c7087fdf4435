// SPDX-License-Identifier: GPL-3.0-or-later
// TaskStrip: a line per running task with its progress and a Cancel that reaches the work; the
// line goes when the task ends.
#include "ui/preview/taskstrip.h"

#include "app/preview/backgroundtask.h"
#include "tests/ui/guihelpers.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QThread>

using namespace godwit;

class TestTaskStrip : public QObject {
    Q_OBJECT
private slots:
    void showsProgressAndCancels();
};

void TestTaskStrip::showsProgressAndCancels()
{
    QWidget window;
    auto &strip = *new ui::TaskStrip(&window);
    strip.resize(700, 60);
    window.resize(700, 60);
    window.show();
    QVERIFY(!strip.isVisible()); // nothing running: no room taken
    app::BackgroundTask task(QStringLiteral("Indexing rows"), [](app::TaskControl &control) {
        control.setProgress(512 << 20, 1 << 30);
        while (!control.isCancelled())
            QThread::msleep(1);
    });
    task.start();
    strip.addTask(&task);
    QVERIFY(strip.isVisible());
    QCOMPARE(strip.taskCount(), 1);
    auto *bar = strip.findChild<QProgressBar *>();
    QVERIFY(QTest::qWaitFor([&] { return bar->value() == 500; }, 2000));
    QVERIFY(test::unnamedControls(&strip).isEmpty());
    qInfo() << "grab:" << test::saveGrab(&window, QStringLiteral("task-strip"));
    auto *cancel = strip.findChild<QPushButton *>();
    QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel: Indexing rows"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(task.isCancelled());
    QVERIFY(QTest::qWaitFor([&] { return strip.taskCount() == 0; }, 5000));
    QVERIFY(!strip.isVisible());
}

QTEST_MAIN(TestTaskStrip)
#include "tst_taskstrip.moc"
