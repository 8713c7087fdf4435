// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundTask: work off the calling thread, progress polled, cancel seen by the work,
// finished() on the owner's thread, and deleting a running task waits for it.
#include "app/preview/backgroundtask.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using godwit::app::BackgroundTask;
using godwit::app::TaskControl;

class TestBackgroundTask : public QObject {
    Q_OBJECT
private slots:
    void runsOffThisThreadAndFinishesOnIt();
    void cancelReachesTheWork();
    void deletingARunningTaskWaits();
};

void TestBackgroundTask::runsOffThisThreadAndFinishesOnIt()
{
    QThread *workThread = nullptr;
    BackgroundTask task(QStringLiteral("Counting"), [&workThread](TaskControl &control) {
        workThread = QThread::currentThread();
        control.setProgress(5, 10);
        control.setDetail(QStringLiteral("half"));
    });
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QThread *finishedOn = nullptr;
    connect(&task, &BackgroundTask::finished, this, [&finishedOn] { finishedOn = QThread::currentThread(); });
    task.start();
    QVERIFY(task.isRunning());
    QVERIFY(finished.wait(5000));
    QVERIFY(!task.isRunning());
    QVERIFY(workThread && workThread != QThread::currentThread());
    QCOMPARE(finishedOn, QThread::currentThread());
    QCOMPARE(task.done(), 5);
    QCOMPARE(task.total(), 10);
    QCOMPARE(task.detail(), QStringLiteral("half"));
    QCOMPARE(task.title(), QStringLiteral("Counting"));
}

void TestBackgroundTask::cancelReachesTheWork()
{
    std::atomic<bool> sawCancel{false};
    BackgroundTask task(QStringLiteral("Waiting"), [&sawCancel](TaskControl &control) {
        while (!control.isCancelled())
            QThread::msleep(1);
        sawCancel = true;
    });
    QSignalSpy progress(&task, &BackgroundTask::progressChanged);
    task.start();
    QVERIFY(progress.wait(2000)); // polled while running
    task.cancel();
    QVERIFY(task.isCancelled());
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(sawCancel);
}

void TestBackgroundTask::deletingARunningTaskWaits()
{
    std::atomic<bool> done{false};
    auto *task = new BackgroundTask(QStringLiteral("Long"), [&done](TaskControl &control) {
        while (!control.isCancelled())
            QThread::msleep(1);
        done = true;
    });
    task->start();
    delete task; // cancels and waits
    QVERIFY(done);
}

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
