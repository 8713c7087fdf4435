// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/messagearea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {
const char kTextProperty[] = "godwitMessageText";
}

MessageArea::MessageArea(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setAccessibleName(tr("Messages"));
    hide();
}

void MessageArea::showMessage(const QString &key, Level level, const QString &text,
                              const QList<Action> &actions)
{
    remove(key);
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("message"));
    frame->setProperty(kTextProperty, text);
    QColor background;
    QColor border;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString levelName;
    switch (level) {
    case Level::Information:
        background = QColor(0xe8, 0xf1, 0xfb);
        border = QColor(0x6a, 0x9f, 0xd8);
        levelName = tr("Information");
        break;
    case Level::Warning:
        background = QColor(0xfd, 0xf4, 0xdf);
        border = QColor(0xd9, 0x9a, 0x1e);
        icon = QStyle::SP_MessageBoxWarning;
        levelName = tr("Warning");
        break;
    case Level::Error:
        background = QColor(0xfb, 0xe5, 0xe2);
        border = QColor(0xc8, 0x3a, 0x2c);
        icon = QStyle::SP_MessageBoxCritical;
        levelName = tr("Error");
        break;
    }
    frame->setStyleSheet(
        QStringLiteral("QFrame#message { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "QFrame#message QLabel { color: #1d1d1d; }")
            .arg(background.name(), border.name()));
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(8, 4, 4, 4);
    auto *iconLabel = new QLabel(frame);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    iconLabel->setAccessibleName(levelName);
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *label = new QLabel(text, frame);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(levelName);
    label->setAccessibleDescription(text);
    row->addWidget(label, 1);
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, frame);
        if (!action.accessibleName.isEmpty())
            button->setAccessibleName(action.accessibleName);
        const auto trigger = action.trigger;
        connect(button, &QPushButton::clicked, this, [trigger] {
            if (trigger)
                trigger();
        });
        row->addWidget(button, 0, Qt::AlignTop);
    }
    auto *close = new QToolButton(frame);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss this message"));
    close->setAccessibleName(tr("Dismiss message"));
    connect(close, &QToolButton::clicked, this, [this, key] { remove(key); });
    row->addWidget(close, 0, Qt::AlignTop);
    m_layout->addWidget(frame);
    m_messages.insert(key, frame);
    setVisible(true);
    emit changed();
}

void MessageArea::remove(const QString &key)
{
    QFrame *frame = m_messages.take(key);
    if (!frame)
        return;
    frame->hide();
    frame->deleteLater();
    if (m_messages.isEmpty())
        hide();
    emit changed();
}

void MessageArea::clear()
{
    const QStringList keys = m_messages.keys();
    for (const QString &key : keys)
        remove(key);
}

QString MessageArea::text(const QString &key) const
{
    const QFrame *frame = m_messages.value(key);
    return frame ? frame->property(kTextProperty).toString() : QString();
}

} // namespace godwit::ui
