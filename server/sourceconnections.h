// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generation B source connections (API §1.15, §3.3.13-§3.3.15) and their credentials (§3.3.8):
//   POST   /migrations/{id}/source-connection   create, or update in place (same source_key + profile)
//   GET    /migrations/{id}/source-connection   read (?source_key, ?profile_id; "workbook" = bound to it)
//   DELETE /migrations/{id}/source-connection   remove (409 while a run uses it)
// Secrets are sealed with the data directory's key (SecretBox) in credentials_sealed and never returned,
// logged or put in the thread; `creds_configured` is the only signal about them. The local server's one
// enabled connector is `http_csv` (docs/api.md, "Source connection"): a generate run with no uploaded
// files GETs <config.base_url>/<stream>.csv with "Authorization: Bearer <token>" for each stream.

#include "server/secretbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace godwit::server {

class Database;
class Router;

// A connector the server can extract from.
struct Connector {
    QString key;      // source_key
    QString name;     // display name
    QString category; // e.g. "Files", "CRM"
    QStringList requiredConfig;
    QStringList credentialFields; // all secret, all required
    QString summary;              // credential_request.guidance.summary
    QStringList steps;            // credential_request.guidance.steps
};

// The enabled connector of that key, or nullptr.
const Connector *findConnector(const QString &sourceKey);
QStringList enabledConnectorKeys();

struct SourceConnection {
    QString id;
    QString migrationId;
    QVariant profileId; // null: bound to the workbook
    QString sourceKey;
    QJsonObject config;
    QJsonValue selectedStreams; // array or null
    QJsonObject streamState;
    bool credsConfigured = false;
    QVariant boundExtractorId;
    QJsonValue lastSnapshot; // object or null
    QVariant lastSyncAt;

    QJsonObject toJson() const; // the API's SourceConnection (never a secret)
};

class SourceConnections {
public:
    // Extracted streams live in <dataDir>/<extractDirectory(...)>.
    SourceConnections(Database &database, const QString &dataDir, const QByteArray &key);
    static QString extractDirectory(const QString &migrationId, const QString &connectionId);
    void addRoutes(Router &router);

    // The connection a generate run extracts from: the migration's most recently saved one.
    static std::optional<SourceConnection> current(const QSqlDatabase &db, const QString &migrationId);
    static std::optional<SourceConnection> byId(const QSqlDatabase &db, const QString &connectionId);

    // credential_request of a run blocked on this connection (API §3.3.5).
    static QJsonObject credentialRequest(const SourceConnection &connection, const QString &reason);
    // Empty, or why `credentials` does not fit the connector (naming the field: "credentials.token ...").
    static QString checkCredentials(const QString &sourceKey, const QJsonObject &credentials);

    // Seals and stores (call inside a transaction); the decrypted credentials, or nullopt when none.
    void storeCredentials(const QSqlDatabase &db, const QString &connectionId,
                          const QJsonObject &credentials) const;
    std::optional<QJsonObject> credentials(const QSqlDatabase &db, const QString &connectionId) const;

    struct Extracted {
        QString stream;
        QString path; // absolute
        qint64 bytes = 0;
    };
    struct Extraction {
        enum class Result { Done, Refused, Failed, Stopped } result = Result::Failed;
        QString error; // Failed, Refused (the source's answer, without secrets)
        QList<Extracted> files;
    };
    // GETs every stream into `directory` (each written to a temporary file, renamed when complete).
    static Extraction extract(const SourceConnection &connection, const QJsonObject &credentials,
                              const QStringList &streams, const QString &directory, quint64 maxBytes,
                              const std::function<bool()> &stop);

private:
    Database &m_database;
    QString m_dataDir;
    SecretBox m_box;
};

} // namespace godwit::server
