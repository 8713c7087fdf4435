// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/sourceconnections.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace godwit::app {

namespace {
QString migrationPath(const QString &id, const QString &tail)
{
    return QStringLiteral("/migrations/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + tail;
}

QString connectionPath(const QString &migrationId)
{
    return migrationPath(migrationId, QStringLiteral("/source-connection"));
}

QUrlQuery selectors(const QString &sourceKey, const SourceProfile &profile)
{
    QUrlQuery query;
    if (!sourceKey.isEmpty())
        query.addQueryItem(QStringLiteral("source_key"),
                           QString::fromLatin1(QUrl::toPercentEncoding(sourceKey)));
    if (profile.kind == SourceProfile::Kind::Workbook)
        query.addQueryItem(QStringLiteral("profile_id"), QStringLiteral("workbook"));
    else if (profile.kind == SourceProfile::Kind::Named)
        query.addQueryItem(QStringLiteral("profile_id"),
                           QString::fromLatin1(QUrl::toPercentEncoding(profile.id)));
    return query;
}

QJsonObject credentialsJson(const SourceCredentials &credentials)
{
    QJsonObject object;
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString nullableString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QString parseConnectionAnswer(const QJsonObject &body, SourceConnection *connection)
{
    const QJsonValue value = body.value(QLatin1String("source_connection"));
    if (!value.isObject())
        return QCoreApplication::translate("godwit::app::GetSourceConnectionRequest",
                                           "The server's answer has no source_connection");
    return sourceConnectionFromJson(value.toObject(), connection);
}
} // namespace

QString sourceConnectionFromJson(const QJsonObject &object, SourceConnection *connection)
{
    SourceConnection c;
    c.id = object.value(QLatin1String("id")).toString();
    const QJsonValue profile = object.value(QLatin1String("profile_id"));
    if (profile.isString())
        c.profileId = profile.toString();
    c.sourceKey = object.value(QLatin1String("source_key")).toString();
    c.name = object.value(QLatin1String("name")).toString();
    if (c.name.isEmpty())
        c.name = c.sourceKey;
    c.category = nullableString(object.value(QLatin1String("category")));
    c.config = object.value(QLatin1String("config")).toObject();
    const QJsonValue streams = object.value(QLatin1String("selected_streams"));
    if (streams.isArray()) {
        QStringList names;
        for (const QJsonValue &stream : streams.toArray())
            names.append(stream.toString());
        c.selectedStreams = names;
    }
    c.streamState = object.value(QLatin1String("stream_state")).toObject();
    c.credsConfigured = object.value(QLatin1String("creds_configured")).toBool();
    c.boundSourceExtractorId = nullableString(object.value(QLatin1String("bound_source_extractor_id")));
    const QJsonValue snapshot = object.value(QLatin1String("last_snapshot"));
    if (snapshot.isObject())
        c.lastSnapshot = snapshot.toObject();
    c.lastSyncAt =
        QDateTime::fromString(nullableString(object.value(QLatin1String("last_sync_at"))), Qt::ISODateWithMs);
    *connection = c;
    if (c.id.isEmpty() || c.sourceKey.isEmpty())
        return QCoreApplication::translate("godwit::app::GetSourceConnectionRequest",
                                           "The server's source connection has no id or source_key");
    return {};
}

std::optional<CredentialRequest> credentialRequestFromRunJson(const QJsonObject &run)
{
    const QJsonValue value = run.value(QLatin1String("credential_request"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    CredentialRequest request;
    request.connectionId = object.value(QLatin1String("connection_id")).toString();
    request.sourceKey = object.value(QLatin1String("source_key")).toString();
    request.sourceName = object.value(QLatin1String("source_name")).toString();
    request.reason = object.value(QLatin1String("reason")).toString();
    const QJsonObject guidance = object.value(QLatin1String("guidance")).toObject();
    request.guidanceSummary = guidance.value(QLatin1String("summary")).toString();
    for (const QJsonValue &step : guidance.value(QLatin1String("steps")).toArray())
        request.guidanceSteps.append(step.toString());
    const QJsonObject schema = object.value(QLatin1String("schema")).toObject();
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        const QJsonObject field = it.value().toObject();
        request.schema.append({it.key(), field.value(QLatin1String("type")).toString(),
                               field.value(QLatin1String("secret")).toBool()});
    }
    return request;
}

SaveSourceConnectionRequest::SaveSourceConnectionRequest(const QString &migrationId,
                                                         const SourceConnectionSettings &settings,
                                                         QObject *parent)
    : ApiRequest("POST", connectionPath(migrationId), parent)
{
    QJsonObject body{{QStringLiteral("source_key"), settings.sourceKey},
                     {QStringLiteral("config"), settings.config},
                     {QStringLiteral("stream_state"), settings.streamState}};
    if (settings.profile.kind == SourceProfile::Kind::Workbook)
        body.insert(QStringLiteral("profile_id"), QJsonValue::Null);
    else if (settings.profile.kind == SourceProfile::Kind::Named)
        body.insert(QStringLiteral("profile_id"), settings.profile.id);
    if (settings.selectedStreams)
        body.insert(QStringLiteral("selected_streams"),
                    QJsonArray::fromStringList(*settings.selectedStreams));
    if (!settings.credentials.isEmpty())
        body.insert(QStringLiteral("credentials"), credentialsJson(settings.credentials));
    setJsonBody(body);
}

QString SaveSourceConnectionRequest::parseBody(const QJsonObject &body)
{
    return parseConnectionAnswer(body, &m_connection);
}

GetSourceConnectionRequest::GetSourceConnectionRequest(const QString &migrationId, const QString &sourceKey,
                                                       const SourceProfile &profile, QObject *parent)
    : ApiRequest("GET", connectionPath(migrationId), parent)
{
    setQuery(selectors(sourceKey, profile));
}

QString GetSourceConnectionRequest::parseBody(const QJsonObject &body)
{
    return parseConnectionAnswer(body, &m_connection);
}

DeleteSourceConnectionRequest::DeleteSourceConnectionRequest(const QString &migrationId,
                                                             const QString &sourceKey,
                                                             const SourceProfile &profile, QObject *parent)
    : ApiRequest("DELETE", connectionPath(migrationId), parent)
{
    setQuery(selectors(sourceKey, profile));
}

SubmitRunCredentialsRequest::SubmitRunCredentialsRequest(const QString &migrationId, const QString &runId,
                                                         const SourceCredentials &credentials,
                                                         const QString &connectionId, QObject *parent)
    : ApiRequest("POST",
                 migrationPath(migrationId, QStringLiteral("/runs/") +
                                                QString::fromLatin1(QUrl::toPercentEncoding(runId)) +
                                                QStringLiteral("/credentials")),
                 parent)
{
    QJsonObject body{{QStringLiteral("credentials"), credentialsJson(credentials)}};
    if (!connectionId.isEmpty())
        body.insert(QStringLiteral("connection_id"), connectionId);
    setJsonBody(body);
}

QString SubmitRunCredentialsRequest::parseBody(const QJsonObject &body)
{
    m_runId = body.value(QLatin1String("run_id")).toString();
    m_status = body.value(QLatin1String("status")).toString();
    if (m_runId.isEmpty() || m_status.isEmpty())
        return tr("The server's answer has no run_id or status");
    return {};
}

} // namespace godwit::app
