// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/migrationroutes.h"

#include "server/apirequest.h"
#include "server/database.h"
#include "server/json.h"
#include "server/router.h"
#include "server/templates.h"
#include "server/uploadstore.h"

#include <QJsonArray>

#include <httplib.h>

namespace godwit::server {

namespace {

constexpr int kMaxFilesPerRequest = 100;

struct Refusal {
    int status;
    QString message;
};

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

bool isUniqueViolation(const DatabaseError &error)
{
    return QString::fromLocal8Bit(error.what()).contains(QLatin1String("UNIQUE constraint failed"));
}

std::optional<QString> migrationWorkbook(const QSqlDatabase &db, const QString &accountId, const QString &id)
{
    if (!isUuid(id))
        return std::nullopt;
    QSqlQuery row =
        exec(db, QStringLiteral("SELECT workbook_id FROM migrations WHERE id = ? AND account_id = ?"),
             {id.toLower(), accountId});
    if (!row.next())
        return std::nullopt;
    return row.value(0).toString();
}

} // namespace

MigrationRoutes::MigrationRoutes(Database &database, UploadStore &uploads)
    : m_database(database)
    , m_uploads(uploads)
{}

std::optional<QJsonObject> MigrationRoutes::migrationObject(const QSqlDatabase &db, const QString &accountId,
                                                            const QString &migrationId)
{
    if (!isUuid(migrationId))
        return std::nullopt;
    QSqlQuery row = exec(db,
                         QStringLiteral("SELECT id, name, source_name, status, external_id, created_at"
                                        " FROM migrations WHERE id = ? AND account_id = ?"),
                         {migrationId.toLower(), accountId});
    if (!row.next())
        return std::nullopt;
    QJsonArray templates;
    QSqlQuery tmpl = exec(db,
                          QStringLiteral("SELECT t.slug, t.name FROM migration_templates mt"
                                         " JOIN templates t ON t.id = mt.template_id"
                                         " WHERE mt.migration_id = ? ORDER BY mt.position"),
                          {row.value(0).toString()});
    while (tmpl.next())
        templates.append(QJsonObject{{QLatin1String("slug"), tmpl.value(0).toString()},
                                     {QLatin1String("name"), tmpl.value(1).toString()}});
    return QJsonObject{{QLatin1String("id"), row.value(0).toString()},
                       {QLatin1String("name"), row.value(1).toString()},
                       {QLatin1String("source"), nullable(row.value(2))},
                       {QLatin1String("status"), row.value(3).toString()},
                       {QLatin1String("templates"), templates},
                       {QLatin1String("external_id"), nullable(row.value(4))},
                       {QLatin1String("created_at"), row.value(5).toString()}};
}

void MigrationRoutes::addRoutes(Router &router)
{
    router.post(QStringLiteral("/api/v1/migrations"), [this](RequestContext &request,
                                                             httplib::Response &response) {
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        const QJsonValue name = body->value(QLatin1String("name"));
        if (name.isUndefined() || name.isNull()) {
            sendError(response, 400, QStringLiteral("name is required"));
            return;
        }
        if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 255) {
            sendError(response, 400,
                      QStringLiteral("name must be a non-empty string of at most 255 characters"));
            return;
        }
        const QJsonValue source = body->value(QLatin1String("source"));
        if (!source.isUndefined() && !source.isNull() && !source.isString()) {
            sendError(response, 400, QStringLiteral("source must be a string (a source name)"));
            return;
        }
        const QString sourceName = source.toString();
        const QJsonValue externalValue = body->value(QLatin1String("external_id"));
        QVariant externalId(QMetaType::fromType<QString>());
        if (!externalValue.isUndefined() && !externalValue.isNull()) {
            if (!externalValue.isString() || !isValidExternalId(externalValue.toString())) {
                sendError(response, 400, kExternalIdMessage);
                return;
            }
            externalId = externalValue.toString();
        }
        const QJsonValue templatesValue = body->value(QLatin1String("templates"));
        std::optional<QStringList> slugs;
        if (!templatesValue.isUndefined() && !templatesValue.isNull()) {
            QStringList list;
            bool ok = templatesValue.isArray() && !templatesValue.toArray().isEmpty();
            for (const QJsonValue &slug : templatesValue.toArray()) {
                ok = ok && slug.isString() && !slug.toString().isEmpty();
                if (ok && !list.contains(slug.toString()))
                    list.append(slug.toString());
            }
            if (!ok) {
                sendError(response, 400,
                          QStringLiteral("templates must be a non-empty array of template slugs"));
                return;
            }
            slugs = list;
        }

        const QString account = request.accountId();
        const QSqlDatabase db = m_database.connection();
        const QString newId = newUuid();
        int status = 201;
        QString migrationId;
        try {
            migrationId = inTransaction(db, [&]() -> QString {
                const ResolvedTemplates templates =
                    resolveTemplates(db, account, TemplateKey::Slug, slugs, /*activeOnly=*/true);
                if (!templates.unknown.isEmpty())
                    throw Refusal{400, QStringLiteral("Unknown template slug(s): %1")
                                           .arg(templates.unknown.join(QLatin1String(", ")))};

                QVariant sourceId(QMetaType::fromType<QString>());
                if (!sourceName.isEmpty()) {
                    QSqlQuery found =
                        exec(db, QStringLiteral("SELECT id FROM sources WHERE account_id = ? AND name = ?"),
                             {account, sourceName});
                    QStringList ids;
                    while (found.next())
                        ids.append(found.value(0).toString());
                    if (ids.isEmpty())
                        throw Refusal{
                            404,
                            QStringLiteral("source \"%1\" is not a source of this account").arg(sourceName)};
                    if (ids.size() > 1)
                        throw Refusal{409,
                                      QStringLiteral("source \"%1\" is ambiguous: %2 sources have that name")
                                          .arg(sourceName)
                                          .arg(ids.size())};
                    sourceId = ids.first();
                }

                if (!externalId.isNull()) {
                    QSqlQuery existing = exec(
                        db,
                        QStringLiteral(
                            "SELECT id, source_id FROM migrations WHERE account_id = ? AND external_id = ?"),
                        {account, externalId});
                    if (existing.next()) {
                        if (existing.value(1).toString() == sourceId.toString() &&
                            existing.isNull(1) == sourceId.isNull()) {
                            status = 200;
                            return existing.value(0).toString();
                        }
                        throw Refusal{409,
                                      QStringLiteral("external_id \"%1\" is already used by another migration"
                                                     " (with another source)")
                                          .arg(externalId.toString())};
                    }
                }

                exec(db,
                     QStringLiteral("INSERT INTO migrations (id, account_id, name, source_id, source_name,"
                                    " external_id, workbook_id, status, created_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, 'awaiting_files', ?)"),
                     {newId, account, name.toString(), sourceId,
                      sourceName.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sourceName),
                      externalId, newUuid(), utcTimestamp()});
                int position = 0;
                for (const TemplateRef &tmpl : templates.found)
                    exec(
                        db,
                        QStringLiteral("INSERT INTO migration_templates (migration_id, template_id, sheet_id,"
                                       " position) VALUES (?, ?, ?, ?)"),
                        {newId, tmpl.id, newUuid(), position++});
                return newId;
            });
        } catch (const Refusal &refusal) {
            sendError(response, refusal.status, refusal.message);
            return;
        } catch (const DatabaseError &error) {
            if (!isUniqueViolation(error))
                throw;
            sendError(response, 409, QStringLiteral("external_id is already used by another migration"));
            return;
        }
        sendJson(response, status,
                 QJsonObject{{QLatin1String("migration"), *migrationObject(db, account, migrationId)}});
    });

    router.get(
        QStringLiteral("/api/v1/migrations"), [this](RequestContext &request, httplib::Response &response) {
            const QSqlDatabase db = m_database.connection();
            QSqlQuery rows = exec(db,
                                  QStringLiteral("SELECT id FROM migrations WHERE account_id = ?"
                                                 " ORDER BY created_at DESC, rowid DESC"),
                                  {request.accountId()});
            QStringList ids;
            while (rows.next())
                ids.append(rows.value(0).toString());
            QJsonArray migrations;
            for (const QString &id : std::as_const(ids)) {
                if (std::optional<QJsonObject> migration = migrationObject(db, request.accountId(), id))
                    migrations.append(*migration);
            }
            sendJson(response, 200, QJsonObject{{QLatin1String("migrations"), migrations}});
        });

    router.get(QStringLiteral("/api/v1/migrations/{id}"),
               [this](RequestContext &request, httplib::Response &response) {
                   const std::optional<QJsonObject> migration = migrationObject(
                       m_database.connection(), request.accountId(), request.param(QStringLiteral("id")));
                   if (!migration) {
                       sendError(response, 404, QStringLiteral("Migration not found"));
                       return;
                   }
                   sendJson(response, 200, QJsonObject{{QLatin1String("migration"), *migration}});
               });

    router.post(QStringLiteral("/api/v1/migrations/{id}/files"), [this](RequestContext &request,
                                                                        httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString id = request.param(QStringLiteral("id")).toLower();
        const std::optional<QString> workbook = migrationWorkbook(db, request.accountId(), id);
        if (!workbook) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        const QJsonValue files = body->value(QLatin1String("files"));
        if (!files.isArray() || files.toArray().isEmpty()) {
            sendError(response, 400,
                      QStringLiteral("files is required: a non-empty array of {name, content_type?}"));
            return;
        }
        const QJsonArray list = files.toArray();
        if (list.size() > kMaxFilesPerRequest) {
            sendError(response, 400,
                      QStringLiteral("files: at most %1 files per request").arg(kMaxFilesPerRequest));
            return;
        }
        QList<QPair<QString, QString>> wanted; // name, content type
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject entry = list.at(i).toObject();
            const QJsonValue name = entry.value(QLatin1String("name"));
            if (!list.at(i).isObject() || !name.isString() || name.toString().trimmed().isEmpty() ||
                name.toString().size() > 1024) {
                sendError(response, 400,
                          QStringLiteral("files[%1].name is required: a non-empty string").arg(i));
                return;
            }
            const QJsonValue type = entry.value(QLatin1String("content_type"));
            if (!type.isUndefined() && !type.isNull() &&
                (!type.isString() || mediaType(type.toString()).isEmpty())) {
                sendError(response, 400,
                          QStringLiteral("files[%1].content_type must be a media type").arg(i));
                return;
            }
            wanted.append({name.toString(), type.isString() ? type.toString().trimmed()
                                                            : contentTypeForName(name.toString())});
        }
        const QList<UploadStore::Minted> minted = inTransaction(db, [&] {
            QList<UploadStore::Minted> result;
            for (const auto &[name, type] : std::as_const(wanted))
                result.append(m_uploads.mint(db, request.accountId(), UploadStore::Owner{{}, id}, name, type,
                                             std::nullopt, QStringLiteral("workbooks/") + *workbook));
            return result;
        });
        const QString origin = requestOrigin(request);
        QJsonArray answer;
        for (qsizetype i = 0; i < minted.size(); ++i)
            answer.append(
                QJsonObject{{QLatin1String("name"), wanted.at(i).first},
                            {QLatin1String("storage_path"), minted.at(i).storagePath},
                            {QLatin1String("signed_url"), m_uploads.signedUrl(origin, minted.at(i).token)},
                            {QLatin1String("token"), minted.at(i).token},
                            {QLatin1String("content_type"), minted.at(i).contentType}});
        sendJson(response, 201, QJsonObject{{QLatin1String("files"), answer}});
    });

    router.get(QStringLiteral("/api/v1/migrations/{id}/files"), [this](RequestContext &request,
                                                                       httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString id = request.param(QStringLiteral("id")).toLower();
        if (!migrationWorkbook(db, request.accountId(), id)) {
            sendError(response, 404, QStringLiteral("Migration not found"));
            return;
        }
        QSqlQuery rows =
            exec(db,
                 QStringLiteral("SELECT name, storage_path, content_type, size, completed_at FROM uploads"
                                " WHERE migration_id = ? AND status = 'complete'"
                                " ORDER BY completed_at, rowid"),
                 {id});
        QJsonArray files;
        while (rows.next())
            files.append(QJsonObject{{QLatin1String("name"), rows.value(0).toString()},
                                     {QLatin1String("storage_path"), rows.value(1).toString()},
                                     {QLatin1String("content_type"), rows.value(2).toString()},
                                     {QLatin1String("size"), rows.value(3).toLongLong()},
                                     {QLatin1String("uploaded_at"), rows.value(4).toString()}});
        sendJson(response, 200, QJsonObject{{QLatin1String("files"), files}});
    });
}

} // namespace godwit::server
