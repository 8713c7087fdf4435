// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/serveroptions.h"

#include <memory>

namespace godwit::server {

class Database;
class Router;

// Creates the data directory (0700) and <dir>/godwit.sqlite (0600), applies the schema migrations and the
// bundled seed. Throws DatabaseError.
std::unique_ptr<Database> openStorage(const QString &dataDir);

// Every route of the API, in one place.
void addApiRoutes(Router &router, Database &database, const HttpLimits &limits);

// Runs the command the options name; returns the process exit code. Output contract (docs/api.md):
// serving prints the bound port alone as the first stdout line; `keys create` prints the key alone on stdout.
int runServer(const ServerOptions &options);
int runKeysCommand(const ServerOptions &options);

} // namespace godwit::server
