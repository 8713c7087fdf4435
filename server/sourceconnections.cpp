// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sourceconnections.h"

#include "server/apirequest.h"
#include "server/database.h"
#include "server/json.h"
#include "server/router.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

#include <httplib.h>

namespace godwit::server {

namespace {

constexpr int kMaxStreams = 100;
const QString kDefaultProfile = QStringLiteral("default");
const QString kWorkbookProfile = QStringLiteral("workbook");

struct Refusal {
    int status;
    QString message;
};

const QList<Connector> &connectors()
{
    static const QList<Connector> all = {
        Connector{QStringLiteral("http_csv"),
                  QStringLiteral("CSV over HTTP"),
                  QStringLiteral("Files"),
                  {QStringLiteral("base_url")},
                  {QStringLiteral("token")},
                  QStringLiteral("The server reads <base_url>/<stream>.csv with a bearer token."),
                  {QStringLiteral("Create a read-only access token at the source."),
                   QStringLiteral("Paste it as token; it is stored encrypted and never shown again.")}},
    };
    return all;
}

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue parsed(const QVariant &text)
{
    if (text.isNull())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QVariant nullString()
{
    return QVariant(QMetaType::fromType<QString>());
}

const QString kColumns = QStringLiteral(
    "id, migration_id, profile_id, source_key, config_json, selected_streams_json, stream_state_json,"
    " credentials_sealed IS NOT NULL, bound_source_extractor_id, last_snapshot_json, last_sync_at");

SourceConnection fromRow(const QSqlQuery &row)
{
    SourceConnection c;
    c.id = row.value(0).toString();
    c.migrationId = row.value(1).toString();
    c.profileId = row.value(2);
    c.sourceKey = row.value(3).toString();
    c.config = QJsonDocument::fromJson(row.value(4).toByteArray()).object();
    c.selectedStreams = parsed(row.value(5));
    c.streamState = QJsonDocument::fromJson(row.value(6).toByteArray()).object();
    c.credsConfigured = row.value(7).toBool();
    c.boundExtractorId = row.value(8);
    c.lastSnapshot = parsed(row.value(9));
    c.lastSyncAt = row.value(10);
    return c;
}

bool migrationExists(const QSqlDatabase &db, const QString &accountId, const QString &id)
{
    return isUuid(id) && exec(db, QStringLiteral("SELECT 1 FROM migrations WHERE id = ? AND account_id = ?"),
                              {id.toLower(), accountId})
                             .next();
}

bool isStreamName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

bool isProfileId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    return re.match(id).hasMatch() && id != kWorkbookProfile;
}

// ?source_key and ?profile_id of GET and DELETE: a WHERE clause and its values, or a refusal.
std::optional<QString> selectors(const httplib::Request &raw, QString *where, QVariantList *values)
{
    if (raw.has_param("source_key")) {
        const QString key = QString::fromStdString(raw.get_param_value("source_key"));
        if (key.isEmpty() || key.size() > 64)
            return QStringLiteral("source_key must be a connector key");
        *where += QStringLiteral(" AND source_key = ?");
        values->append(key);
    }
    if (raw.has_param("profile_id")) {
        const QString profile = QString::fromStdString(raw.get_param_value("profile_id"));
        if (profile == kWorkbookProfile) {
            *where += QStringLiteral(" AND profile_key = 'workbook'");
        } else if (isProfileId(profile)) {
            *where += QStringLiteral(" AND profile_key = ?");
            values->append(profile);
        } else {
            return QStringLiteral(
                "profile_id must be \"workbook\" or a profile id (letters, digits, '-', '_')");
        }
    }
    return std::nullopt;
}

std::optional<SourceConnection> selected(const QSqlDatabase &db, const QString &migrationId,
                                         const QString &where, const QVariantList &values)
{
    QVariantList all{migrationId};
    all.append(values);
    QSqlQuery row = exec(db,
                         QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM migration_source_connections WHERE migration_id = ?") +
                             where + QStringLiteral(" ORDER BY updated_at DESC, rowid DESC LIMIT 1"),
                         all);
    if (!row.next())
        return std::nullopt;
    return fromRow(row);
}

} // namespace

const Connector *findConnector(const QString &sourceKey)
{
    for (const Connector &c : connectors())
        if (c.key == sourceKey)
            return &c;
    return nullptr;
}

QStringList enabledConnectorKeys()
{
    QStringList keys;
    for (const Connector &c : connectors())
        keys.append(c.key);
    return keys;
}

QJsonObject SourceConnection::toJson() const
{
    const Connector *connector = findConnector(sourceKey);
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("profile_id"),
         profileId.isNull() ? QJsonValue::Null : QJsonValue(profileId.toString())},
        {QLatin1String("source_key"), sourceKey},
        {QLatin1String("name"), connector ? connector->name : sourceKey},
        {QLatin1String("category"), connector ? QJsonValue(connector->category) : QJsonValue::Null},
        {QLatin1String("config"), config},
        {QLatin1String("selected_streams"), selectedStreams},
        {QLatin1String("stream_state"), streamState},
        {QLatin1String("creds_configured"), credsConfigured},
        {QLatin1String("bound_source_extractor_id"),
         boundExtractorId.isNull() ? QJsonValue::Null : QJsonValue(boundExtractorId.toString())},
        {QLatin1String("last_snapshot"), lastSnapshot},
        {QLatin1String("last_sync_at"),
         lastSyncAt.isNull() ? QJsonValue::Null : QJsonValue(lastSyncAt.toString())},
    };
}

SourceConnections::SourceConnections(Database &database, const QString &dataDir, const QByteArray &key)
    : m_database(database)
    , m_dataDir(dataDir)
    , m_box(key)
{}

QString SourceConnections::extractDirectory(const QString &migrationId, const QString &connectionId)
{
    return QStringLiteral("migrations/%1/source-%2").arg(migrationId, connectionId);
}

std::optional<SourceConnection> SourceConnections::current(const QSqlDatabase &db, const QString &migrationId)
{
    return selected(db, migrationId, {}, {});
}

std::optional<SourceConnection> SourceConnections::byId(const QSqlDatabase &db, const QString &connectionId)
{
    QSqlQuery row = exec(db,
                         QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM migration_source_connections WHERE id = ?"),
                         {connectionId});
    if (!row.next())
        return std::nullopt;
    return fromRow(row);
}

QJsonObject SourceConnections::credentialRequest(const SourceConnection &connection, const QString &reason)
{
    const Connector *connector = findConnector(connection.sourceKey);
    QJsonObject schema;
    QJsonArray steps;
    if (connector) {
        for (const QString &field : connector->credentialFields)
            schema.insert(field, QJsonObject{{QLatin1String("type"), QStringLiteral("string")},
                                             {QLatin1String("secret"), true}});
        for (const QString &step : connector->steps)
            steps.append(step);
    }
    return QJsonObject{
        {QLatin1String("connection_id"), connection.id},
        {QLatin1String("source_key"), connection.sourceKey},
        {QLatin1String("source_name"), connector ? connector->name : connection.sourceKey},
        {QLatin1String("reason"), reason},
        {QLatin1String("guidance"),
         QJsonObject{{QLatin1String("summary"), connector ? connector->summary : QString()},
                     {QLatin1String("steps"), steps},
                     {QLatin1String("links"), QJsonArray{}}}},
        {QLatin1String("schema"), schema},
    };
}

QString SourceConnections::checkCredentials(const QString &sourceKey, const QJsonObject &credentials)
{
    const Connector *connector = findConnector(sourceKey);
    if (!connector)
        return QStringLiteral("source_key \"%1\" is not enabled on this server").arg(sourceKey);
    if (credentials.isEmpty())
        return QStringLiteral("credentials must be a non-empty object");
    for (auto it = credentials.constBegin(); it != credentials.constEnd(); ++it) {
        if (!connector->credentialFields.contains(it.key()))
            return QStringLiteral("credentials.%1 is not a field of %2 (fields: %3)")
                .arg(it.key().left(64), connector->key,
                     connector->credentialFields.join(QLatin1String(", ")));
        if (!it.value().isString() || it.value().toString().isEmpty() || it.value().toString().size() > 8192)
            return QStringLiteral("credentials.%1 must be a non-empty string of at most 8192 characters")
                .arg(it.key());
    }
    for (const QString &field : connector->credentialFields)
        if (!credentials.contains(field))
            return QStringLiteral("credentials.%1 is required").arg(field);
    return {};
}

void SourceConnections::storeCredentials(const QSqlDatabase &db, const QString &connectionId,
                                         const QJsonObject &credentials) const
{
    exec(db,
         QStringLiteral("UPDATE migration_source_connections SET credentials_sealed = ?, updated_at = ?"
                        " WHERE id = ?"),
         {QString::fromLatin1(m_box.seal(QJsonDocument(credentials).toJson(QJsonDocument::Compact))),
          utcTimestamp(), connectionId});
}

std::optional<QJsonObject> SourceConnections::credentials(const QSqlDatabase &db,
                                                          const QString &connectionId) const
{
    QSqlQuery row = exec(db,
                         QStringLiteral("SELECT credentials_sealed FROM migration_source_connections"
                                        " WHERE id = ? AND credentials_sealed IS NOT NULL"),
                         {connectionId});
    if (!row.next())
        return std::nullopt;
    const std::optional<QByteArray> plain = m_box.open(row.value(0).toString().toLatin1());
    if (!plain)
        return std::nullopt; // sealed with another key (a replaced data directory secret): ask again
    return QJsonDocument::fromJson(*plain).object();
}

SourceConnections::Extraction SourceConnections::extract(const SourceConnection &connection,
                                                         const QJsonObject &credentials,
                                                         const QStringList &streams, const QString &directory,
                                                         quint64 maxBytes, const std::function<bool()> &stop)
{
    Extraction out;
    const QUrl base(connection.config.value(QLatin1String("base_url")).toString());
    if (!base.isValid() || base.host().isEmpty()) {
        out.error = QStringLiteral("config.base_url is not a usable URL");
        return out;
    }
    if (!QDir().mkpath(directory)) {
        out.error = QStringLiteral("Cannot create the extraction directory");
        return out;
    }
    const QString origin = base.scheme() + QStringLiteral("://") + base.host() +
                           (base.port() > 0 ? QLatin1Char(':') + QString::number(base.port()) : QString());
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    httplib::Client client(origin.toStdString());
    client.set_connection_timeout(10, 0);
    client.set_read_timeout(60, 0);
    const std::string authorization =
        "Bearer " + credentials.value(QLatin1String("token")).toString().toStdString();
    QStringList missing;
    for (const QString &stream : streams) {
        if (stop()) {
            out.result = Extraction::Result::Stopped;
            return out;
        }
        const QString target = QDir(directory).filePath(stream + QStringLiteral(".csv"));
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly)) {
            out.error = QStringLiteral("Cannot write the extracted %1").arg(stream);
            return out;
        }
        int status = 0;
        quint64 received = 0;
        bool tooLarge = false;
        bool writeFailed = false;
        const httplib::Result result = client.Get(
            QString(prefix + QLatin1Char('/') + stream + QStringLiteral(".csv")).toStdString(),
            httplib::Headers{{"Authorization", authorization}, {"Accept", "text/csv"}},
            [&](const httplib::Response &response) {
                status = response.status;
                return true;
            },
            [&](const char *data, size_t length) {
                if (status != 200)
                    return true; // an error body: not kept
                received += length;
                if (received > maxBytes) {
                    tooLarge = true;
                    return false;
                }
                if (file.write(data, qint64(length)) != qint64(length)) {
                    writeFailed = true;
                    return false;
                }
                return !stop();
            });
        if (stop()) {
            out.result = Extraction::Result::Stopped;
            return out;
        }
        if (tooLarge || writeFailed) {
            out.error = tooLarge
                            ? QStringLiteral("Stream %1 is larger than %2 bytes").arg(stream).arg(maxBytes)
                            : QStringLiteral("Cannot write the extracted %1").arg(stream);
            return out;
        }
        if (!result) {
            out.error = QStringLiteral("Cannot reach the source at %1: %2")
                            .arg(origin, QString::fromStdString(httplib::to_string(result.error())));
            return out;
        }
        if (status == 401 || status == 403) {
            out.result = Extraction::Result::Refused;
            out.error = QStringLiteral("The source refused the credentials (HTTP %1)").arg(status);
            return out;
        }
        if (status == 404) {
            missing.append(stream);
            continue;
        }
        if (status != 200) {
            out.error = QStringLiteral("The source answered HTTP %1 for stream %2").arg(status).arg(stream);
            return out;
        }
        if (!file.commit()) {
            out.error = QStringLiteral("Cannot write the extracted %1").arg(stream);
            return out;
        }
        out.files.append(Extracted{stream, target, qint64(received)});
    }
    if (out.files.isEmpty()) {
        out.error =
            QStringLiteral("The source has none of the streams %1").arg(streams.join(QLatin1String(", ")));
        return out;
    }
    out.result = Extraction::Result::Done;
    return out;
}

void SourceConnections::addRoutes(Router &router)
{
    router.post(QStringLiteral("/api/v1/migrations/{id}/source-connection"), [this](RequestContext &request,
                                                                                    httplib::Response
                                                                                        &response) {
        const QSqlDatabase db = m_database.connection();
        const QString migrationId = request.param(QStringLiteral("id")).toLower();
        if (!migrationExists(db, request.accountId(), migrationId)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        const QJsonValue keyValue = body->value(QLatin1String("source_key"));
        if (!keyValue.isString() || keyValue.toString().isEmpty()) {
            sendError(response, 400,
                      QStringLiteral("source_key is required: a connector key (enabled: %1)")
                          .arg(enabledConnectorKeys().join(QLatin1String(", "))));
            return;
        }
        const Connector *connector = findConnector(keyValue.toString());
        if (!connector) {
            sendError(
                response, 400,
                QStringLiteral("source_key \"%1\" is unknown or not enabled on this server (enabled: %2)")
                    .arg(keyValue.toString().left(64), enabledConnectorKeys().join(QLatin1String(", "))));
            return;
        }
        const QJsonValue profileValue = body->value(QLatin1String("profile_id"));
        QVariant profileId = kDefaultProfile;
        if (profileValue.isNull()) {
            profileId = nullString();
        } else if (!profileValue.isUndefined()) {
            if (!profileValue.isString() || !isProfileId(profileValue.toString())) {
                sendError(
                    response, 400,
                    QStringLiteral("profile_id must be null (the workbook) or a profile id: 1-255 letters,"
                                   " digits, '-' or '_' (not \"workbook\")"));
                return;
            }
            profileId = profileValue.toString();
        }
        const QJsonValue configValue = body->value(QLatin1String("config"));
        if (!configValue.isUndefined() && !configValue.isNull() && !configValue.isObject()) {
            sendError(response, 400, QStringLiteral("config must be an object"));
            return;
        }
        const QJsonObject config = configValue.toObject();
        for (const QString &field : connector->credentialFields)
            if (config.contains(field)) {
                sendError(response, 400,
                          QStringLiteral("config.%1 is a secret: send it in credentials").arg(field));
                return;
            }
        for (const QString &field : connector->requiredConfig) {
            const QUrl url(config.value(field).toString(), QUrl::StrictMode);
            if (!config.value(field).isString() || !url.isValid() || url.host().isEmpty() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
                url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
                sendError(response, 400,
                          QStringLiteral("config.%1 is required: an http(s) URL without query or user info")
                              .arg(field));
                return;
            }
        }
        const QJsonValue streamsValue = body->value(QLatin1String("selected_streams"));
        QVariant streamsJson = nullString();
        if (!streamsValue.isUndefined() && !streamsValue.isNull()) {
            const QJsonArray streams = streamsValue.toArray();
            if (!streamsValue.isArray() || streams.isEmpty() || streams.size() > kMaxStreams) {
                sendError(response, 400,
                          QStringLiteral("selected_streams must be null or an array of 1-%1 stream names")
                              .arg(kMaxStreams));
                return;
            }
            for (qsizetype i = 0; i < streams.size(); ++i)
                if (!streams.at(i).isString() || !isStreamName(streams.at(i).toString())) {
                    sendError(
                        response, 400,
                        QStringLiteral("selected_streams[%1] must be a stream name: 1-64 letters, digits,"
                                       " '-' or '_'")
                            .arg(i));
                    return;
                }
            streamsJson = compact(streams);
        }
        const QJsonValue stateValue = body->value(QLatin1String("stream_state"));
        if (!stateValue.isUndefined() && !stateValue.isNull() && !stateValue.isObject()) {
            sendError(response, 400, QStringLiteral("stream_state must be an object"));
            return;
        }
        const QJsonValue credentialsValue = body->value(QLatin1String("credentials"));
        if (!credentialsValue.isUndefined() && !credentialsValue.isNull()) {
            const QString why = credentialsValue.isObject()
                                    ? checkCredentials(connector->key, credentialsValue.toObject())
                                    : QStringLiteral("credentials must be a non-empty object");
            if (!why.isEmpty()) {
                sendError(response, 400, why);
                return;
            }
        }

        // "workbook" is never a profile id (refused above): the key of the workbook-bound connection.
        const QString profileKey = profileId.isNull() ? kWorkbookProfile : profileId.toString();
        const QString connectionId = inTransaction(db, [&] {
            const QString now = utcTimestamp();
            QSqlQuery existing =
                exec(db,
                     QStringLiteral("SELECT id FROM migration_source_connections"
                                    " WHERE migration_id = ? AND source_key = ? AND profile_key = ?"),
                     {migrationId, connector->key, profileKey});
            QString id;
            if (existing.next()) {
                id = existing.value(0).toString();
                exec(db,
                     QStringLiteral(
                         "UPDATE migration_source_connections SET config_json = ?,"
                         " selected_streams_json = ?, stream_state_json = ?, updated_at = ? WHERE id = ?"),
                     {compact(config), streamsJson, compact(stateValue.toObject()), now, id});
            } else {
                id = newUuid();
                exec(db,
                     QStringLiteral("INSERT INTO migration_source_connections (id, migration_id, profile_id,"
                                    " profile_key, source_key, config_json, selected_streams_json,"
                                    " stream_state_json, created_at, updated_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {id, migrationId, profileId, profileKey, connector->key, compact(config), streamsJson,
                      compact(stateValue.toObject()), now, now});
            }
            if (credentialsValue.isObject())
                storeCredentials(db, id, credentialsValue.toObject());
            // API §5.4: a saved source connection makes a fresh migration ready.
            exec(db,
                 QStringLiteral(
                     "UPDATE migrations SET status = 'ready' WHERE id = ? AND status = 'awaiting_files'"),
                 {migrationId});
            return id;
        });
        sendJson(response, 201,
                 QJsonObject{{QLatin1String("source_connection"), byId(db, connectionId)->toJson()}});
    });

    router.get(
        QStringLiteral("/api/v1/migrations/{id}/source-connection"),
        [this](RequestContext &request, httplib::Response &response) {
            const QSqlDatabase db = m_database.connection();
            const QString migrationId = request.param(QStringLiteral("id")).toLower();
            if (!migrationExists(db, request.accountId(), migrationId)) {
                sendError(response, 404, QStringLiteral("Migration not found"));
                return;
            }
            QString where;
            QVariantList values;
            if (const std::optional<QString> why = selectors(request.raw(), &where, &values)) {
                sendError(response, 400, *why);
                return;
            }
            const std::optional<SourceConnection> connection = selected(db, migrationId, where, values);
            if (!connection) {
                sendError(response, 404, QStringLiteral("No source connection"));
                return;
            }
            sendJson(response, 200, QJsonObject{{QLatin1String("source_connection"), connection->toJson()}});
        });

    router.del(QStringLiteral("/api/v1/migrations/{id}/source-connection"), [this](
                                                                                RequestContext &request,
                                                                                httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString migrationId = request.param(QStringLiteral("id")).toLower();
        if (!migrationExists(db, request.accountId(), migrationId)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        QString where;
        QVariantList values;
        if (const std::optional<QString> why = selectors(request.raw(), &where, &values)) {
            sendError(response, 400, *why);
            return;
        }
        QString removed;
        try {
            inTransaction(db, [&] {
                const std::optional<SourceConnection> connection = selected(db, migrationId, where, values);
                if (!connection)
                    throw Refusal{404, QStringLiteral("No source connection")};
                QSqlQuery active = exec(db,
                                        QStringLiteral("SELECT id FROM migration_runs WHERE connection_id = ?"
                                                       " AND status IN ('queued', 'running', 'blocked')"),
                                        {connection->id});
                if (active.next())
                    throw Refusal{409,
                                  QStringLiteral("Run %1 is extracting from this connection: cancel it or"
                                                 " wait until it ends")
                                      .arg(active.value(0).toString())};
                exec(db, QStringLiteral("DELETE FROM migration_source_connections WHERE id = ?"),
                     {connection->id});
                removed = connection->id;
            });
        } catch (const Refusal &refusal) {
            sendError(response, refusal.status, refusal.message);
            return;
        }
        // The streams it extracted go with it (a recipe made from them fails: "a file that is gone").
        QDir(m_dataDir + QLatin1Char('/') + extractDirectory(migrationId, removed)).removeRecursively();
        response.status = 204;
    });
}

} // namespace godwit::server
