// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/idempotency.h"

#include "server/database.h"
#include "server/json.h"

#include <QJsonDocument>

namespace godwit::server {

QByteArray canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, at every depth, and Compact writes no whitespace.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isValidIdempotencyKey(const QString &key)
{
    return !key.isEmpty() && key.size() <= 255;
}

IdempotencyClaim claimIdempotencyKey(const QSqlDatabase &db, const QString &companyId, const QString &kind,
                                     const QString &key, const QJsonObject &payload, const QString &newRunId)
{
    const QString canonical = QString::fromUtf8(canonicalJson(payload));
    QSqlQuery existing = exec(db,
                              QStringLiteral("SELECT payload, run_id FROM idempotency_keys"
                                             " WHERE company_id = ? AND kind = ? AND idempotency_key = ?"),
                              {companyId, kind, key});
    if (existing.next()) {
        IdempotencyClaim claim;
        claim.runId = existing.value(1).toString();
        claim.kind = existing.value(0).toString() == canonical ? IdempotencyClaim::Kind::Replay
                                                               : IdempotencyClaim::Kind::Conflict;
        return claim;
    }
    exec(db,
         QStringLiteral("INSERT INTO idempotency_keys (company_id, kind, idempotency_key, payload, run_id,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
         {companyId, kind, key, canonical, newRunId, utcTimestamp()});
    return IdempotencyClaim{IdempotencyClaim::Kind::New, newRunId};
}

} // namespace godwit::server
