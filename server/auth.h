// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/router.h"

namespace godwit::server {

class Database;

// The guard in front of /api/v1: the key comes in `x-api-key` (or the tolerated alias `anx-api-key`, never
// emitted). Missing -> 401 "Missing API key: ...", unknown or revoked -> 401 "Invalid API key".
// `Authorization: Bearer` and cookies are not API keys. On success the request carries the key's account.
Router::Guard apiKeyGuard(Database &database);

} // namespace godwit::server
