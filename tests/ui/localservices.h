// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI tests that talk to a server start from: the console's services on its embedded local
// server, with their settings, the server's data and the intent journal in the test's temporary folder.
#pragma once

#include "app/i18n.h"
#include "app/services.h"
#include "app/session.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace godwit::test {

// Sets up `settings` and `services` (not started yet) in `dir`, in English as main() installs it.
inline void setUpLocalServices(const QTemporaryDir &dir, std::unique_ptr<QSettings> &settings,
                               std::unique_ptr<app::Services> &services)
{
    QStandardPaths::setTestModeEnabled(true);
    app::installTranslations(*qApp, QStringLiteral("en"));
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    services = std::make_unique<app::Services>(*settings);
    services->session()->setLocalServerOverrides({}, dir.filePath(QStringLiteral("server-data")));
    services->setJournalPath(dir.filePath(QStringLiteral("intents.jsonl")));
}

} // namespace godwit::test
