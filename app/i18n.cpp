// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace godwit::app {

QLocale installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // A language without a catalogue falls back to English, whose catalogue holds only the plural forms
    // ("%n source(s)" -> "1 source", "5 sources").
    auto *godwitTranslator = new QTranslator(&app);
    if (godwitTranslator->load(locale, QStringLiteral("godwit"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")) ||
        godwitTranslator->load(QStringLiteral(":/i18n/godwit_en.qm")))
        QCoreApplication::installTranslator(godwitTranslator);
    else
        delete godwitTranslator;
    return locale;
}

QString nativeLanguageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace godwit::app
