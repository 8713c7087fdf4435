// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/serveroptions.h"

#include <memory>

namespace godwit::server {

class CompanyRoutes;
class Database;
class ExportRuns;
class ImportRoutes;
class ImportRunner;
class MigrationRoutes;
class MigrationRuns;
class RateLimiter;
class Router;
class SecretBox;
class UploadStore;

// What the API's routes share and need alive while they serve.
struct ApiState {
    ApiState();
    ~ApiState();
    std::unique_ptr<RateLimiter> rateLimiter;
    std::unique_ptr<SecretBox> secrets;
    std::unique_ptr<UploadStore> uploads;
    std::unique_ptr<CompanyRoutes> companies;
    std::unique_ptr<MigrationRoutes> migrations;
    // Declared before `imports` so that it is destroyed after them: their workers run its tasks.
    std::unique_ptr<MigrationRuns> migrationRuns; // generation B runs, on the import workers
    std::unique_ptr<ExportRuns> exports;          // company exports to a destination, on the import workers
    std::unique_ptr<ImportRunner>
        imports; // its workers start with the state; stop() before closing the database
    std::unique_ptr<ImportRoutes> importRoutes;
};

// Creates the data directory (0700) and <dir>/godwit.sqlite (0600), applies the schema migrations and the
// bundled seed. Throws DatabaseError.
std::unique_ptr<Database> openStorage(const QString &dataDir);

// Every route of the API, in one place. Also recovers interrupted uploads (UploadStore::recover()) and
// imports (ImportRunner::recover()) and starts the import workers, so call it before serving. The returned
// state must outlive the router's use.
std::unique_ptr<ApiState> addApiRoutes(Router &router, Database &database, const ServerOptions &options);

// Runs the command the options name; returns the process exit code. Output contract (docs/api.md):
// serving prints the bound port alone as the first stdout line; `keys create` prints the key alone on stdout.
int runServer(const ServerOptions &options);
int runKeysCommand(const ServerOptions &options);

} // namespace godwit::server
