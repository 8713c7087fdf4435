// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace godwit::server {

// API §4.3 and §6 item 23: idempotency keys of company runs, kept for the life of the company, per company
// and kind of run ("import", "export"). "Same payload" = equal canonical JSON of the whole request body.
QByteArray canonicalJson(const QJsonObject &object); // keys sorted, no whitespace

// 1..255 characters.
bool isValidIdempotencyKey(const QString &key);

struct IdempotencyClaim {
    enum class Kind {
        New,     // the key is now recorded for newRunId: create that run (in the same transaction)
        Replay,  // same key, same payload: runId is the existing run
        Conflict // same key, another payload: 409
    };
    Kind kind = Kind::New;
    QString runId;
};

// Call inside the transaction that creates the run (inTransaction), so the key and the run are committed
// together. Throws DatabaseError.
IdempotencyClaim claimIdempotencyKey(const QSqlDatabase &db, const QString &companyId, const QString &kind,
                                     const QString &key, const QJsonObject &payload, const QString &newRunId);

} // namespace godwit::server
