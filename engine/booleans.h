// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/normalized.h"

#include <QStringView>

namespace godwit::engine {

enum class BooleanValue : quint8 { Empty, True, False, Invalid };

// yes/no, y/n, 1/0, true/false, t/f, on/off, x (ticked), ✓ ✔ ☑ / ✗ ✘ ☐, ja/nein, j, oui/non,
// vrai/faux, wahr/falsch, sí/si; case-insensitive, trimmed. Empty stays Empty (not false).
BooleanValue parseBoolean(QStringView text);

// To "true" / "false"; Unchanged (no allocation) when already so.
Normalized normalizeBoolean(QStringView raw);

} // namespace godwit::engine
