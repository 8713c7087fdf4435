// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/migrations.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace godwit::app {

namespace {
QString migrationPath(const QString &id, const QString &tail = {})
{
    return QStringLiteral("/migrations/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + tail;
}

QString parseMigration(const QJsonObject &body, Migration *out)
{
    const auto migration = migrationFromJson(body.value(QLatin1String("migration")).toObject());
    if (!migration)
        return QCoreApplication::translate("godwit::app::CreateMigrationRequest",
                                           "The server's answer has no migration");
    *out = *migration;
    return {};
}
} // namespace

std::optional<Migration> migrationFromJson(const QJsonObject &object)
{
    Migration migration;
    migration.id = object.value(QLatin1String("id")).toString();
    if (migration.id.isEmpty())
        return std::nullopt;
    migration.name = object.value(QLatin1String("name")).toString();
    migration.source = object.value(QLatin1String("source")).toString(); // null -> empty: sourceless
    migration.status = object.value(QLatin1String("status")).toString();
    migration.externalId = object.value(QLatin1String("external_id")).toString();
    migration.createdAt =
        QDateTime::fromString(object.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &value : object.value(QLatin1String("templates")).toArray()) {
        const QJsonObject ref = value.toObject();
        migration.templates.append(
            {ref.value(QLatin1String("slug")).toString(), ref.value(QLatin1String("name")).toString()});
    }
    return migration;
}

CreateMigrationRequest::CreateMigrationRequest(const QString &name, const QString &sourceName,
                                               const QString &externalId, const QStringList &templateSlugs,
                                               QObject *parent)
    : ApiRequest("POST", QStringLiteral("/migrations"), parent)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!sourceName.isEmpty())
        body.insert(QStringLiteral("source"), sourceName);
    if (!externalId.isEmpty())
        body.insert(QStringLiteral("external_id"), externalId);
    if (!templateSlugs.isEmpty())
        body.insert(QStringLiteral("templates"), QJsonArray::fromStringList(templateSlugs));
    setJsonBody(body);
    setIdempotent(!externalId.isEmpty());
}

QString CreateMigrationRequest::parseBody(const QJsonObject &body)
{
    return parseMigration(body, &m_migration);
}

ListMigrationsRequest::ListMigrationsRequest(QObject *parent)
    : ApiRequest("GET", QStringLiteral("/migrations"), parent)
{}

QString ListMigrationsRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("migrations")).isArray())
        return tr("The server's answer has no \"migrations\" list");
    m_migrations.clear();
    for (const QJsonValue &value : body.value(QLatin1String("migrations")).toArray()) {
        if (auto migration = migrationFromJson(value.toObject()))
            m_migrations.append(*migration);
    }
    return {};
}

GetMigrationRequest::GetMigrationRequest(const QString &migrationId, QObject *parent)
    : ApiRequest("GET", migrationPath(migrationId), parent)
{}

QString GetMigrationRequest::parseBody(const QJsonObject &body)
{
    return parseMigration(body, &m_migration);
}

MintMigrationFilesRequest::MintMigrationFilesRequest(const QString &migrationId, const QList<File> &files,
                                                     QObject *parent)
    : ApiRequest("POST", migrationPath(migrationId, QStringLiteral("/files")), parent)
{
    QJsonArray array;
    for (const File &file : files) {
        QJsonObject entry{{QStringLiteral("name"), file.name}};
        if (!file.contentType.isEmpty())
            entry.insert(QStringLiteral("content_type"), file.contentType);
        array.append(entry);
    }
    setJsonBody({{QStringLiteral("files"), array}});
    setIdempotent(true); // minting twice only wastes URLs
}

QString MintMigrationFilesRequest::parseBody(const QJsonObject &body)
{
    m_uploads.clear();
    for (const QJsonValue &value : body.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = value.toObject();
        SignedUpload upload;
        upload.name = file.value(QLatin1String("name")).toString();
        upload.url = QUrl(file.value(QLatin1String("signed_url")).toString());
        upload.reference = file.value(QLatin1String("storage_path")).toString();
        upload.token = file.value(QLatin1String("token")).toString();
        upload.contentType = file.value(QLatin1String("content_type")).toString();
        if (!upload.url.isValid() || upload.url.isRelative())
            return tr("The server's answer has no usable signed_url for %1").arg(upload.name);
        m_uploads.append(upload);
    }
    if (m_uploads.isEmpty())
        return tr("The server's answer has no \"files\"");
    return {};
}

ListMigrationFilesRequest::ListMigrationFilesRequest(const QString &migrationId, QObject *parent)
    : ApiRequest("GET", migrationPath(migrationId, QStringLiteral("/files")), parent)
{}

QString ListMigrationFilesRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("files")).isArray())
        return tr("The server's answer has no \"files\" list");
    m_files.clear();
    for (const QJsonValue &value : body.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = value.toObject();
        UploadedFile uploaded;
        uploaded.name = file.value(QLatin1String("name")).toString();
        uploaded.storagePath = file.value(QLatin1String("storage_path")).toString();
        uploaded.contentType = file.value(QLatin1String("content_type")).toString();
        uploaded.size = file.value(QLatin1String("size")).toInteger(-1);
        uploaded.uploadedAt =
            QDateTime::fromString(file.value(QLatin1String("uploaded_at")).toString(), Qt::ISODateWithMs);
        m_files.append(uploaded);
    }
    return {};
}

} // namespace godwit::app
