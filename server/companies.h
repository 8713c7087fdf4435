// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace godwit::server {

class Database;
class Router;
class SecretBox;
class UploadStore;

// Generation A companies (API §3.2.1, §3.2.2, §6 item 6): POST/GET /companies, GET /companies/{id},
// POST /companies/{id}/uploads.
class CompanyRoutes {
public:
    CompanyRoutes(Database &database, const SecretBox &secrets, UploadStore &uploads);
    void addRoutes(Router &router);

    // {company, workbook_id, sheets, magic_link_url} of a company of the account, or nullopt.
    static std::optional<QJsonObject> companyBody(const QSqlDatabase &db, const QString &accountId,
                                                  const QString &companyId, const QString &origin);

private:
    Database &m_database;
    const SecretBox &m_secrets;
    UploadStore &m_uploads;
};

} // namespace godwit::server
