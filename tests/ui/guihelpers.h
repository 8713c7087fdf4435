// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the GUI tests: grabs into the test-output folder, and the
// accessible-name audit every screen must pass.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

namespace godwit::test {

inline QString saveGrab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GODWIT_TEST_OUTPUT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path, "PNG");
    return path;
}

// Every visible interactive control needs an accessible name (screen readers, AT-SPI).
// A button whose text already names it counts as named.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                                 qobject_cast<QAbstractSpinBox *>(w);
        if (!interactive)
            continue;
        // Internals of composite widgets (a combo's line edit, a view's header) are named by their owner.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || w->inherits("QHeaderView") ||
            w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QString name = w->accessibleName();
        if (name.isEmpty())
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                name = button->text().remove(QLatin1Char('&'));
        if (name.trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 \"%2\"")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return unnamed;
}

} // namespace godwit::test
