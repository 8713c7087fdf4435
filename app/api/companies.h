// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apirequest.h"
#include "app/api/types.h"

#include <optional>

namespace godwit::app {

// POST /companies (generation A). Retried only when it carries an external_id: a repeat then
// answers 409 instead of creating a second company.
class CreateCompanyRequest : public ApiRequest {
    Q_OBJECT
public:
    CreateCompanyRequest(const QString &name, const QString &sourceId, const QString &externalId = {},
                         const QStringList &templateIds = {},
                         const std::optional<Destination> &destination = {}, QObject *parent = nullptr);
    const Company &company() const { return m_company; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    Company m_company;
};

// GET /companies
class ListCompaniesRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListCompaniesRequest(QObject *parent = nullptr);
    const QList<Company> &companies() const { return m_companies; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<Company> m_companies;
};

// GET /companies/{id}
class GetCompanyRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit GetCompanyRequest(const QString &companyId, QObject *parent = nullptr);
    const Company &company() const { return m_company; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    Company m_company;
};

// POST /companies/{id}/uploads: one signed URL for one file. Minting twice only wastes a URL,
// so it is safe to retry.
class MintUploadRequest : public ApiRequest {
    Q_OBJECT
public:
    MintUploadRequest(const QString &companyId, const QString &fileName, const QString &contentType,
                      qint64 size, QObject *parent = nullptr);
    const SignedUpload &upload() const { return m_upload; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    SignedUpload m_upload;
};

// Reads the company object and, when present, the workbook around it (create and get answers).
std::optional<Company> companyFromJson(const QJsonObject &body);

} // namespace godwit::app
