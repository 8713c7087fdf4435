// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The connected account's templates (GET /templates), kept on disk so the offline preview can
// validate against them without a connection: one JSON file per connection profile, written
// whenever the templates are fetched, read when the console is offline.

#include "engine/template.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace godwit::app {

struct CachedTemplates {
    QString profileId;
    QString profileName;
    QDateTime savedAt; // UTC
    QList<engine::Template> templates;
};

class TemplateCache {
public:
    // `directory`: where the files go (default: the app data folder's "template-cache").
    explicit TemplateCache(const QString &directory = {});

    QString directory() const { return m_directory; }
    QString pathFor(const QString &profileId) const;
    // Writes atomically; false with `error` set when it could not.
    bool store(const CachedTemplates &templates, QString *error = nullptr) const;
    // What was stored for the profile, if anything readable.
    std::optional<CachedTemplates> load(const QString &profileId) const;

private:
    QString m_directory;
};

} // namespace godwit::app
