// SPDX-License-Identifier: GPL-3.0-or-later
// A drop of local files onto any widget, delivered the way Qt delivers a real one: the drag
// enters the widget under the pointer and QApplication passes it up to the first ancestor that
// accepts drops; the drop then goes to the widget that took the drag.
#pragma once

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace godwit::test {

// True when some widget took the drag and accepted the drop.
inline bool dropFiles(QWidget *under, const QStringList &paths, QWidget **takenBy = nullptr)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint at = under->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(under, &enter); // propagated up by QApplication::notify
    if (!enter.isAccepted())
        return false;
    // Which widget took it: the first from `under` up that accepts drops.
    QWidget *target = under;
    while (target && !target->acceptDrops())
        target = target->parentWidget();
    if (!target)
        return false;
    const QPoint local = under->mapTo(target, at);
    QDragMoveEvent move(local, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(local), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    if (takenBy)
        *takenBy = target;
    return drop.isAccepted();
}

} // namespace godwit::test
