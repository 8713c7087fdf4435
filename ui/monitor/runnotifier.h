// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

namespace godwit::app {
class Services;
}

namespace godwit::ui {

// Tells the user when a followed run needs attention, completes or fails: a desktop notification
// through the system tray when there is one; otherwise (no tray, e.g. offscreen) the window shows
// the notice itself (noticeInWindow).
class RunNotifier : public QObject {
    Q_OBJECT
public:
    explicit RunNotifier(app::Services &services, QObject *parent = nullptr);
    ~RunNotifier() override;

    bool usesTray() const { return m_tray != nullptr; }
    // The last notice (tests).
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }
    int count() const { return m_count; }

signals:
    // Every notice, whether the tray showed it or not.
    void notified(const QString &key, const QString &title, const QString &text);
    // Only when there is no tray: the window must show it.
    void noticeInWindow(const QString &key, const QString &title, const QString &text);
    // The user clicked the tray notification.
    void openRequested(const QString &key);

private:
    void notify(const QString &key, const QString &title, const QString &text);

    app::Services &m_services;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastKey;
    QString m_lastTitle;
    QString m_lastText;
    int m_count = 0;
};

} // namespace godwit::ui
