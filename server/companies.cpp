// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/companies.h"

#include "server/apirequest.h"
#include "server/database.h"
#include "server/json.h"
#include "server/router.h"
#include "server/secretbox.h"
#include "server/templates.h"
#include "server/uploadstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>

#include <httplib.h>

#include <array>

namespace godwit::server {

namespace {

constexpr qint64 kMagicLinkDays = 7;
const QString kCompanyColumns =
    QStringLiteral("id, name, external_id, created_at, workbook_id, magic_link_token");

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonObject companyObject(const QSqlQuery &row)
{
    return QJsonObject{{QLatin1String("id"), row.value(0).toString()},
                       {QLatin1String("name"), row.value(1).toString()},
                       {QLatin1String("external_id"), nullable(row.value(2))},
                       {QLatin1String("created_at"), row.value(3).toString()}};
}

QString randomToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Thrown inside the creating transaction to answer with a status (the transaction rolls back).
struct Refusal {
    int status;
    QString message;
};

struct CompanyRequest {
    QString name;
    QString sourceId;
    QVariant externalId; // null when absent
    std::optional<QStringList> templateIds;
    std::optional<QJsonObject> connections;
};

std::optional<Refusal> parseCompanyRequest(const QJsonObject &body, CompanyRequest *out)
{
    const QJsonValue name = body.value(QLatin1String("name"));
    if (name.isUndefined() || name.isNull())
        return Refusal{400, QStringLiteral("name is required")};
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return Refusal{400, QStringLiteral("name must be a non-empty string")};
    if (name.toString().size() > 255)
        return Refusal{400, QStringLiteral("name must be at most 255 characters")};
    out->name = name.toString();

    const QJsonValue source = body.value(QLatin1String("source"));
    if (source.isUndefined() || source.isNull())
        return Refusal{400, QStringLiteral("source is required")};
    if (!source.isString() || !isUuid(source.toString()))
        return Refusal{400, QStringLiteral("source must be a UUID")};
    out->sourceId = source.toString().toLower();

    const QJsonValue externalId = body.value(QLatin1String("external_id"));
    if (!externalId.isUndefined() && !externalId.isNull()) {
        if (!externalId.isString() || !isValidExternalId(externalId.toString()))
            return Refusal{400, kExternalIdMessage};
        out->externalId = externalId.toString();
    } else {
        out->externalId = QVariant(QMetaType::fromType<QString>());
    }

    const QJsonValue templateIds = body.value(QLatin1String("template_ids"));
    if (!templateIds.isUndefined() && !templateIds.isNull()) {
        if (!templateIds.isArray())
            return Refusal{400, QStringLiteral("template_ids must be an array of UUIDs")};
        QStringList ids;
        for (const QJsonValue &id : templateIds.toArray()) {
            if (!id.isString() || !isUuid(id.toString()))
                return Refusal{400, QStringLiteral("template_ids must be an array of UUIDs")};
            if (!ids.contains(id.toString().toLower()))
                ids.append(id.toString().toLower());
        }
        if (ids.isEmpty())
            return Refusal{400,
                           QStringLiteral("template_ids must not be empty (omit it for every template)")};
        out->templateIds = ids;
    }

    const QJsonValue connections = body.value(QLatin1String("connections"));
    if (!connections.isUndefined() && !connections.isNull()) {
        if (!connections.isObject())
            return Refusal{
                400,
                QStringLiteral("connections must be an object: {\"base_url\": string, \"auth\": object}")};
        const QJsonObject object = connections.toObject();
        const QJsonValue baseUrl = object.value(QLatin1String("base_url"));
        const QJsonValue auth = object.value(QLatin1String("auth"));
        if (!baseUrl.isString() || !(baseUrl.toString().startsWith(QLatin1String("http://")) ||
                                     baseUrl.toString().startsWith(QLatin1String("https://"))))
            return Refusal{400, QStringLiteral("connections.base_url must be an http(s) URL")};
        if (!auth.isUndefined() && !auth.isNull() && !auth.isObject())
            return Refusal{400, QStringLiteral("connections.auth must be an object")};
        out->connections = object;
    }
    return std::nullopt;
}

bool isUniqueViolation(const DatabaseError &error)
{
    return QString::fromLocal8Bit(error.what()).contains(QLatin1String("UNIQUE constraint failed"));
}

} // namespace

CompanyRoutes::CompanyRoutes(Database &database, const SecretBox &secrets, UploadStore &uploads)
    : m_database(database)
    , m_secrets(secrets)
    , m_uploads(uploads)
{}

std::optional<QJsonObject> CompanyRoutes::companyBody(const QSqlDatabase &db, const QString &accountId,
                                                      const QString &companyId, const QString &origin)
{
    if (!isUuid(companyId))
        return std::nullopt;
    QSqlQuery row = exec(
        db, QStringLiteral("SELECT %1 FROM companies WHERE id = ? AND account_id = ?").arg(kCompanyColumns),
        {companyId.toLower(), accountId});
    if (!row.next())
        return std::nullopt;
    QJsonObject body{{QLatin1String("company"), companyObject(row)},
                     {QLatin1String("workbook_id"), row.value(4).toString()},
                     {QLatin1String("magic_link_url"),
                      QString(origin + QStringLiteral("/link/") + row.value(5).toString())}};
    QJsonArray sheets;
    QSqlQuery sheet = exec(db,
                           QStringLiteral("SELECT id, name, template_id FROM company_sheets"
                                          " WHERE company_id = ? ORDER BY position"),
                           {companyId.toLower()});
    while (sheet.next())
        sheets.append(QJsonObject{{QLatin1String("id"), sheet.value(0).toString()},
                                  {QLatin1String("name"), sheet.value(1).toString()},
                                  {QLatin1String("template_id"), sheet.value(2).toString()}});
    body.insert(QLatin1String("sheets"), sheets);
    return body;
}

void CompanyRoutes::addRoutes(Router &router)
{
    router.post(QStringLiteral("/api/v1/companies"), [this](RequestContext &request,
                                                            httplib::Response &response) {
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        CompanyRequest parsed;
        if (const std::optional<Refusal> refusal = parseCompanyRequest(*body, &parsed)) {
            sendError(response, refusal->status, refusal->message);
            return;
        }
        const QString account = request.accountId();
        const QVariant sealed = parsed.connections
                                    ? QVariant(QString::fromLatin1(m_secrets.seal(
                                          QJsonDocument(*parsed.connections).toJson(QJsonDocument::Compact))))
                                    : QVariant(QMetaType::fromType<QString>());
        const QSqlDatabase db = m_database.connection();
        const QString companyId = newUuid();
        try {
            inTransaction(db, [&] {
                QSqlQuery source =
                    exec(db, QStringLiteral("SELECT 1 FROM sources WHERE id = ? AND account_id = ?"),
                         {parsed.sourceId, account});
                if (!source.next())
                    throw Refusal{
                        404,
                        QStringLiteral("source %1 is not a source of this account").arg(parsed.sourceId)};

                const ResolvedTemplates templates =
                    resolveTemplates(db, account, TemplateKey::Id, parsed.templateIds);
                if (!templates.unknown.isEmpty())
                    throw Refusal{400, QStringLiteral("template_ids not in the account: %1")
                                           .arg(templates.unknown.join(QLatin1String(", ")))};

                QSqlQuery sameName =
                    exec(db,
                         QStringLiteral(
                             "SELECT 1 FROM companies WHERE account_id = ? AND source_id = ? AND name = ?"),
                         {account, parsed.sourceId, parsed.name});
                if (sameName.next())
                    throw Refusal{
                        400, QStringLiteral("name: a company named \"%1\" already exists for this source")
                                 .arg(parsed.name)};

                if (!parsed.externalId.isNull()) {
                    QSqlQuery used = exec(
                        db,
                        QStringLiteral("SELECT 1 FROM companies WHERE account_id = ? AND external_id = ?"),
                        {account, parsed.externalId});
                    if (used.next())
                        throw Refusal{409,
                                      QStringLiteral("external_id \"%1\" is already used by another company")
                                          .arg(parsed.externalId.toString())};
                }
                const QString expires =
                    QDateTime::currentDateTimeUtc().addDays(kMagicLinkDays).toString(Qt::ISODateWithMs);
                exec(db,
                     QStringLiteral(
                         "INSERT INTO companies (id, account_id, source_id, name, external_id,"
                         " workbook_id, magic_link_token, magic_link_expires_at, connections_sealed,"
                         " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {companyId, account, parsed.sourceId, parsed.name, parsed.externalId, newUuid(),
                      randomToken(), expires, sealed, utcTimestamp()});
                int position = 0;
                for (const TemplateRef &tmpl : templates.found)
                    exec(db,
                         QStringLiteral(
                             "INSERT INTO company_sheets (id, company_id, template_id, name, position)"
                             " VALUES (?, ?, ?, ?, ?)"),
                         {newUuid(), companyId, tmpl.id, tmpl.name, position++});
            });
        } catch (const Refusal &refusal) {
            sendError(response, refusal.status, refusal.message);
            return;
        } catch (const DatabaseError &error) {
            // The checks above run under the write lock; the UNIQUE constraints are the last line.
            if (!isUniqueViolation(error))
                throw;
            sendError(response, 409,
                      QStringLiteral("external_id or name is already used by another company"));
            return;
        }
        sendJson(response, 201, *companyBody(db, account, companyId, requestOrigin(request)));
    });

    router.get(QStringLiteral("/api/v1/companies"),
               [this](RequestContext &request, httplib::Response &response) {
                   const QSqlDatabase db = m_database.connection();
                   QSqlQuery rows = exec(db,
                                         QStringLiteral("SELECT %1 FROM companies WHERE account_id = ?"
                                                        " ORDER BY created_at DESC, rowid DESC")
                                             .arg(kCompanyColumns),
                                         {request.accountId()});
                   QJsonArray companies;
                   while (rows.next())
                       companies.append(companyObject(rows));
                   sendJson(response, 200, QJsonObject{{QLatin1String("companies"), companies}});
               });

    router.get(QStringLiteral("/api/v1/companies/{id}"),
               [this](RequestContext &request, httplib::Response &response) {
                   const std::optional<QJsonObject> body =
                       companyBody(m_database.connection(), request.accountId(),
                                   request.param(QStringLiteral("id")), requestOrigin(request));
                   if (!body) {
                       sendError(response, 404, QStringLiteral("Company not found"));
                       return;
                   }
                   sendJson(response, 200, *body);
               });

    router.post(QStringLiteral("/api/v1/companies/{id}/uploads"), [this](RequestContext &request,
                                                                         httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString id = request.param(QStringLiteral("id")).toLower();
        QString workbookId;
        if (isUuid(id)) {
            QSqlQuery row =
                exec(db, QStringLiteral("SELECT workbook_id FROM companies WHERE id = ? AND account_id = ?"),
                     {id, request.accountId()});
            if (row.next())
                workbookId = row.value(0).toString();
        }
        if (workbookId.isEmpty()) {
            sendError(response, 404, QStringLiteral("Company not found"));
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        const QJsonValue name = body->value(QLatin1String("name"));
        const QJsonValue contentType = body->value(QLatin1String("content_type"));
        const QJsonValue size = body->value(QLatin1String("size"));
        if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 1024) {
            sendError(response, 400,
                      QStringLiteral("name is required: a non-empty string of at most 1024 characters"));
            return;
        }
        if (!contentType.isString() || mediaType(contentType.toString()).isEmpty()) {
            sendError(response, 400,
                      QStringLiteral("content_type is required: a media type such as text/csv"));
            return;
        }
        const double sizeValue = size.toDouble(-1);
        if (!size.isDouble() || sizeValue < 1 || sizeValue != std::floor(sizeValue) || sizeValue > 9.0e15) {
            sendError(response, 400, QStringLiteral("size must be a positive integer (bytes)"));
            return;
        }
        const quint64 bytes = static_cast<quint64>(sizeValue);
        if (bytes > m_uploads.maxUploadBytes()) {
            sendError(response, 413,
                      QStringLiteral("size: the file is too large, at most %1 bytes")
                          .arg(m_uploads.maxUploadBytes()));
            return;
        }
        const UploadStore::Minted minted = inTransaction(db, [&] {
            return m_uploads.mint(db, request.accountId(), UploadStore::Owner{id, {}}, name.toString(),
                                  contentType.toString().trimmed(), bytes,
                                  QStringLiteral("workbook-files/") + workbookId);
        });
        sendJson(response, 201,
                 QJsonObject{
                     {QLatin1String("upload_url"), m_uploads.signedUrl(requestOrigin(request), minted.token)},
                     {QLatin1String("upload_ref"), minted.storagePath}});
    });
}

} // namespace godwit::server
