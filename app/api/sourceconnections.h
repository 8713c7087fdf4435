// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generation B source connections (API §3.3.13–§3.3.15) and the answer to a run blocked for
// credentials (§3.3.8). Secrets go out in a request body and nowhere else: no class here keeps a
// copy, puts one in a message or writes one to a log; the server only ever says creds_configured.

#include "app/api/apirequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace godwit::app {

// The secret fields of a connector, by name (http_csv: "token").
using SourceCredentials = QMap<QString, QString>;

// Which profile a connection belongs to. Saving: Unspecified leaves profile_id out (the server's
// default profile), Workbook sends null (bound to the workbook itself), Named sends `id`.
// Reading or deleting: Unspecified does not filter, Workbook is profile_id=workbook, Named is `id`.
struct SourceProfile {
    enum class Kind { Unspecified, Workbook, Named };
    Kind kind = Kind::Unspecified;
    QString id;

    static SourceProfile unspecified() { return {}; }
    static SourceProfile workbook() { return {Kind::Workbook, {}}; }
    static SourceProfile named(const QString &id) { return {Kind::Named, id}; }
};

// A SourceConnection as the server returns it: the non-secret fields and creds_configured.
struct SourceConnection {
    QString id;                       // echoed in a run's credential_request.connection_id
    std::optional<QString> profileId; // nullopt: bound to the workbook (profile_id null)
    QString sourceKey;
    QString name;     // the connector's display name
    QString category; // empty when the server says null
    QJsonObject config;
    std::optional<QStringList> selectedStreams; // nullopt: the connector decides
    QJsonObject streamState;
    bool credsConfigured = false;   // the only thing the server says about secrets
    QString boundSourceExtractorId; // empty when null
    std::optional<QJsonObject> lastSnapshot;
    QDateTime lastSyncAt; // invalid when never synced
};

// Reads a SourceConnection object; returns an error text when it lacks id or source_key.
QString sourceConnectionFromJson(const QJsonObject &object, SourceConnection *connection);

// What POST …/source-connection sends: the connection is created, or updated in place when one
// exists with the same source_key and profile (config, selected_streams and stream_state are
// replaced; credentials only when sent).
struct SourceConnectionSettings {
    QString sourceKey;
    SourceProfile profile;
    QJsonObject config; // non-secret: a secret field here is refused (400 config.<field>)
    std::optional<QStringList> selectedStreams;
    QJsonObject streamState;
    SourceCredentials credentials; // empty: none sent (they may come later through the run)
};

// POST /migrations/{id}/source-connection. Not idempotent in the API's sense (no key), though
// sending it twice updates the same connection.
class SaveSourceConnectionRequest : public ApiRequest {
    Q_OBJECT
public:
    SaveSourceConnectionRequest(const QString &migrationId, const SourceConnectionSettings &settings,
                                QObject *parent = nullptr);
    const SourceConnection &connection() const { return m_connection; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    SourceConnection m_connection;
};

// GET /migrations/{id}/source-connection?source_key=&profile_id=: the most recently saved
// connection that matches. NotFound: none (or no such migration).
class GetSourceConnectionRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit GetSourceConnectionRequest(const QString &migrationId, const QString &sourceKey = {},
                                        const SourceProfile &profile = {}, QObject *parent = nullptr);
    const SourceConnection &connection() const { return m_connection; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    SourceConnection m_connection;
};

// DELETE /migrations/{id}/source-connection with the same selectors: 204. NotFound: none matches;
// Conflict: a queued, running or blocked run extracts from it (activeRunId names it when the
// server does).
class DeleteSourceConnectionRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit DeleteSourceConnectionRequest(const QString &migrationId, const QString &sourceKey = {},
                                           const SourceProfile &profile = {}, QObject *parent = nullptr);
};

// A blocked run's credential_request (no secrets): what the agent needs and why.
struct CredentialRequest {
    struct Field {
        QString name;
        QString type;
        bool secret = false;
    };
    QString connectionId;
    QString sourceKey;
    QString sourceName;
    QString reason;
    QString guidanceSummary;
    QStringList guidanceSteps;
    QList<Field> schema; // in name order
};

// The credential_request of a run poll's body (ApiResult::body of GetMigrationRunRequest); nullopt
// when the run asks for none.
std::optional<CredentialRequest> credentialRequestFromRunJson(const QJsonObject &run);

// POST /migrations/{id}/runs/{run_id}/credentials: the only answer to blocked_reason "credentials".
// `connectionId`, when given, guards that the run still asks for that connection (409 if not).
// Success: the run is queued again from the start (status "running" in the answer).
class SubmitRunCredentialsRequest : public ApiRequest {
    Q_OBJECT
public:
    SubmitRunCredentialsRequest(const QString &migrationId, const QString &runId,
                                const SourceCredentials &credentials, const QString &connectionId = {},
                                QObject *parent = nullptr);
    QString runId() const { return m_runId; }
    QString status() const { return m_status; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QString m_runId;
    QString m_status;
};

} // namespace godwit::app
