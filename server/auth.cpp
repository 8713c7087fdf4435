// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/auth.h"

#include "server/apikeys.h"
#include "server/database.h"
#include "server/json.h"

#include <httplib.h>

namespace godwit::server {

Router::Guard apiKeyGuard(Database &database)
{
    return [&database](RequestContext &request, httplib::Response &response) {
        const char *header = request.hasHeader("x-api-key") ? "x-api-key" : "anx-api-key";
        const QString key = QString::fromUtf8(request.header(header)).trimmed();
        if (key.isEmpty()) {
            sendError(response, 401, QStringLiteral("Missing API key: send it in the x-api-key header"));
            return false;
        }
        const std::optional<QString> account = ApiKeyStore(database.connection()).authenticate(key);
        if (!account) {
            sendError(response, 401, QStringLiteral("Invalid API key"));
            return false;
        }
        request.setAccountId(*account);
        return true;
    };
}

} // namespace godwit::server
