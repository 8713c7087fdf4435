// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Messages inside a page instead of dialog boxes: one line each, with a level (information,
// warning, error), optional action buttons and a close button. A message has a key: showing
// another with the same key replaces it, so a state is said once, not repeated.

#include <QFrame>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QVBoxLayout;

namespace godwit::ui {

class MessageArea : public QWidget {
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };
    struct Action {
        QString text;                  // the button's text
        QString accessibleName;        // when the text alone does not say what it does
        std::function<void()> trigger; // the message stays unless the action removes it
    };

    explicit MessageArea(QWidget *parent = nullptr);

    void showMessage(const QString &key, Level level, const QString &text, const QList<Action> &actions = {});
    void remove(const QString &key);
    void clear();
    bool contains(const QString &key) const { return m_messages.contains(key); }
    QString text(const QString &key) const;
    QStringList keys() const { return m_messages.keys(); }

signals:
    void changed();

private:
    QVBoxLayout *m_layout;
    QHash<QString, QFrame *> m_messages;
};

} // namespace godwit::ui
