// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace godwit::app {

// Installs Qt's own and Godwit's translations for `language` ("" = the system locale).
// Returns the locale in effect. English needs no catalogue and always succeeds.
QLocale installTranslations(QCoreApplication &app, const QString &language);

// The native name of a language code, for the language picker ("Deutsch", "Français").
QString nativeLanguageName(const QString &code);

} // namespace godwit::app
