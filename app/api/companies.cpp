// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/companies.h"

#include <QJsonArray>

namespace godwit::app {

namespace {
QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

std::optional<Company> companyFromJson(const QJsonObject &body)
{
    // A create/get answer wraps the company with its workbook; a list item is the company alone.
    const QJsonObject object =
        body.contains(QLatin1String("company")) ? body.value(QLatin1String("company")).toObject() : body;
    Company company;
    company.id = object.value(QLatin1String("id")).toString();
    if (company.id.isEmpty())
        return std::nullopt;
    company.name = object.value(QLatin1String("name")).toString();
    company.externalId = object.value(QLatin1String("external_id")).toString();
    company.createdAt =
        QDateTime::fromString(object.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    company.workbookId = body.value(QLatin1String("workbook_id")).toString();
    company.magicLinkUrl = body.value(QLatin1String("magic_link_url")).toString();
    for (const QJsonValue &value : body.value(QLatin1String("sheets")).toArray()) {
        const QJsonObject sheet = value.toObject();
        company.sheets.append({sheet.value(QLatin1String("id")).toString(),
                               sheet.value(QLatin1String("name")).toString(),
                               sheet.value(QLatin1String("template_id")).toString()});
    }
    return company;
}

CreateCompanyRequest::CreateCompanyRequest(const QString &name, const QString &sourceId,
                                           const QString &externalId, const QStringList &templateIds,
                                           const std::optional<Destination> &destination, QObject *parent)
    : ApiRequest("POST", QStringLiteral("/companies"), parent)
{
    QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("source"), sourceId}};
    if (!externalId.isEmpty())
        body.insert(QStringLiteral("external_id"), externalId);
    if (!templateIds.isEmpty())
        body.insert(QStringLiteral("template_ids"), QJsonArray::fromStringList(templateIds));
    if (destination)
        body.insert(QStringLiteral("connections"),
                    QJsonObject{{QStringLiteral("base_url"), destination->baseUrl.toString()},
                                {QStringLiteral("auth"), destination->auth}});
    setJsonBody(body);
    setIdempotent(!externalId.isEmpty());
}

QString CreateCompanyRequest::parseBody(const QJsonObject &body)
{
    const auto company = companyFromJson(body);
    if (!company)
        return tr("The server's answer has no company");
    m_company = *company;
    return {};
}

ListCompaniesRequest::ListCompaniesRequest(QObject *parent)
    : ApiRequest("GET", QStringLiteral("/companies"), parent)
{}

QString ListCompaniesRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("companies")).isArray())
        return tr("The server's answer has no \"companies\" list");
    m_companies.clear();
    for (const QJsonValue &value : body.value(QLatin1String("companies")).toArray()) {
        if (auto company = companyFromJson(value.toObject()))
            m_companies.append(*company);
    }
    return {};
}

GetCompanyRequest::GetCompanyRequest(const QString &companyId, QObject *parent)
    : ApiRequest("GET", QStringLiteral("/companies/") + pathSegment(companyId), parent)
{}

QString GetCompanyRequest::parseBody(const QJsonObject &body)
{
    const auto company = companyFromJson(body);
    if (!company)
        return tr("The server's answer has no company");
    m_company = *company;
    return {};
}

MintUploadRequest::MintUploadRequest(const QString &companyId, const QString &fileName,
                                     const QString &contentType, qint64 size, QObject *parent)
    : ApiRequest("POST", QStringLiteral("/companies/") + pathSegment(companyId) + QStringLiteral("/uploads"),
                 parent)
{
    setJsonBody({{QStringLiteral("name"), fileName},
                 {QStringLiteral("content_type"), contentType},
                 {QStringLiteral("size"), size}});
    setIdempotent(true);
    m_upload.name = fileName;
    m_upload.contentType = contentType;
}

QString MintUploadRequest::parseBody(const QJsonObject &body)
{
    m_upload.url = QUrl(body.value(QLatin1String("upload_url")).toString());
    m_upload.reference = body.value(QLatin1String("upload_ref")).toString();
    if (!m_upload.url.isValid() || m_upload.url.isRelative() || m_upload.reference.isEmpty())
        return tr("The server's answer has no usable upload_url and upload_ref");
    return {};
}

} // namespace godwit::app
