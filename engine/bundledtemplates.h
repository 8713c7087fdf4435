// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The templates that ship with Godwit (the local server's seed, resources/seed/seed.json,
// compiled into the engine as :/seed/seed.json): what `godwit validate --template SLUG` and the
// offline preview validate against without an account.

#include "engine/template.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace godwit::engine {

// The whole seed document (account, sources, templates); an empty object if it is missing.
QJsonObject bundledSeedJson();

QList<Template> bundledTemplates();

// By slug ("contacts"), name ("Contacts", case-insensitive) or id.
std::optional<Template> bundledTemplate(const QString &slugNameOrId);

} // namespace godwit::engine
