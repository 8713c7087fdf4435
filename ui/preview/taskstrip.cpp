// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/taskstrip.h"

#include "app/preview/backgroundtask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace godwit::ui {

TaskStrip::TaskStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setAccessibleName(tr("Running tasks"));
    hide();
}

int TaskStrip::taskCount() const
{
    return m_layout->count();
}

void TaskStrip::addTask(app::BackgroundTask *task, std::function<QString()> describe)
{
    auto *line = new QWidget(this);
    auto *row = new QHBoxLayout(line);
    row->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(task->title(), line);
    auto *bar = new QProgressBar(line);
    bar->setRange(0, 1000);
    bar->setTextVisible(false);
    bar->setMaximumHeight(title->sizeHint().height());
    bar->setAccessibleName(tr("Progress: %1").arg(task->title()));
    auto *detail = new QLabel(line);
    detail->setMinimumWidth(
        detail->fontMetrics().horizontalAdvance(QStringLiteral("100 % · 1,024.0 MB of 1,024.0 MB")));
    auto *cancel = new QPushButton(tr("Cancel"), line);
    cancel->setAccessibleName(tr("Cancel: %1").arg(task->title()));
    row->addWidget(title);
    row->addWidget(bar, 1);
    row->addWidget(detail);
    row->addWidget(cancel);
    m_layout->addWidget(line);
    show();

    const QPointer<app::BackgroundTask> guard(task);
    const auto update = [guard, bar, detail, describe] {
        if (!guard)
            return;
        const qint64 total = guard->total();
        const qint64 done = guard->done();
        if (total > 0)
            bar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        else
            bar->setRange(0, 0); // busy
        if (describe) {
            detail->setText(describe());
        } else if (total > 0) {
            const QLocale locale;
            //: A task's progress: "45 % · 312.4 MB of 1.0 GB"
            detail->setText(tr("%1 % · %2 of %3")
                                .arg(done * 100 / total)
                                .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
        }
    };
    update();
    connect(task, &app::BackgroundTask::progressChanged, line, update);
    connect(cancel, &QPushButton::clicked, task, [guard, cancel] {
        if (guard)
            guard->cancel();
        cancel->setEnabled(false);
    });
    const auto removeLine = [this, line] {
        line->hide();
        line->deleteLater();
        m_layout->removeWidget(line);
        if (m_layout->count() == 0)
            hide();
    };
    connect(task, &app::BackgroundTask::finished, line, removeLine);
    connect(task, &QObject::destroyed, line, removeLine);
}

} // namespace godwit::ui
