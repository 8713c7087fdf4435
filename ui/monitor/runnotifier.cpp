// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/runnotifier.h"

#include "app/runtracker.h"
#include "app/services.h"
#include "ui/monitor/runlistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QSystemTrayIcon>

namespace godwit::ui {

RunNotifier::RunNotifier(app::Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("Godwit"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastKey.isEmpty())
                emit openRequested(m_lastKey);
        });
    }
    app::RunTracker *tracker = services.runTracker();
    connect(tracker, &app::RunTracker::needsAttention, this, [this, tracker](const QString &key) {
        const app::RunTracker::Run *run = tracker->run(key);
        if (!run)
            return;
        const QString name = RunListModel::nameOf(m_services, key);
        if (run->status.status == QLatin1String("blocked"))
            notify(key, tr("A run has questions"), tr("%1: the run waits for your answers.").arg(name));
        else
            notify(key, tr("A run needs attention"),
                   tr("%1: %n row(s) flagged — review the proposed fix.", nullptr,
                      int(run->status.report.invalidRows))
                       .arg(name));
    });
    connect(tracker, &app::RunTracker::runFinished, this, [this, tracker](const QString &key) {
        const app::RunTracker::Run *run = tracker->run(key);
        if (!run || run->lost)
            return;
        const QString name = RunListModel::nameOf(m_services, key);
        const QString &status = run->status.status;
        QLocale locale;
        if (status == QLatin1String("completed")) {
            const app::RunReport &r = run->status.report;
            notify(key, tr("A run completed"),
                   r.present ? tr("%1: %2 rows stored, %3 flagged.")
                                   .arg(name, locale.toString(r.rows), locale.toString(r.invalidRows))
                             : tr("%1: done.").arg(name));
        } else if (status == QLatin1String("awaiting_approval")) {
            notify(key, tr("A preview is ready"), tr("%1: review the preview, then execute it.").arg(name));
        } else if (status == QLatin1String("failed")) {
            notify(key, tr("A run failed"), tr("%1: %2").arg(name, run->status.error));
        }
    });
}

RunNotifier::~RunNotifier() = default;

void RunNotifier::notify(const QString &key, const QString &title, const QString &text)
{
    m_lastKey = key;
    m_lastTitle = title;
    m_lastText = text;
    ++m_count;
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    else
        emit noticeInWindow(key, title, text);
    emit notified(key, title, text);
}

} // namespace godwit::ui
