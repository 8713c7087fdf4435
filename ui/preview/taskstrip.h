// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The page's running tasks, one line each: what it is, a progress bar, how far, and Cancel.
// A line disappears when its task finishes.

#include <QPointer>
#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace godwit::app {
class BackgroundTask;
}

namespace godwit::ui {

class TaskStrip : public QWidget {
    Q_OBJECT
public:
    explicit TaskStrip(QWidget *parent = nullptr);

    // `describe`: the text after the bar (default: percent and bytes).
    void addTask(app::BackgroundTask *task, std::function<QString()> describe = {});
    int taskCount() const;

private:
    QVBoxLayout *m_layout;
};

} // namespace godwit::ui
