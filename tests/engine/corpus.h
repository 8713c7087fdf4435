// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The nasty-file corpus of tests/engine/data (written by data/make-corpus.py).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

namespace godwit::test {

inline QString corpusPath(const QString &name)
{
    const QString path = QTest::qFindTestData(QStringLiteral("data/") + name, __FILE__, __LINE__);
    if (path.isEmpty())
        qFatal("corpus file %s not found", qPrintable(name));
    return path;
}

inline QByteArray corpusFile(const QString &name)
{
    QFile file(corpusPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read corpus file %s", qPrintable(name));
    return file.readAll();
}

} // namespace godwit::test
