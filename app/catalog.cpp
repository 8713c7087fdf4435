// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/catalog.h"

#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/api/migrations.h"
#include "app/createservice.h"
#include "app/session.h"

namespace godwit::app {

Catalog::Catalog(Session *session, CreateService *creates, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::connected, this, [this] {
        // Another profile's objects are not this server's.
        if (m_session->profile().id != m_profileId)
            clear();
        m_profileId = m_session->profile().id;
        refresh();
    });
    if (creates)
        connect(creates, &CreateService::operationFinished, this, &Catalog::onCreated);
}

void Catalog::clear()
{
    m_companies.clear();
    m_migrations.clear();
    emit companiesChanged();
    emit migrationsChanged();
}

void Catalog::refresh()
{
    if (!m_session->connection()->isConfigured() || isLoading())
        return;
    m_error.clear();
    m_companiesRequest = new ListCompaniesRequest(this);
    m_migrationsRequest = new ListMigrationsRequest(this);
    connect(m_companiesRequest, &ApiRequest::finished, this, [this, request = m_companiesRequest.data()] {
        request->deleteLater();
        m_companiesRequest = nullptr;
        if (request->result().ok()) {
            m_companies = request->companies();
            emit companiesChanged();
        } else {
            m_error = request->result().message;
            emit loadFailed(m_error);
        }
        if (!isLoading())
            emit loadingChanged(false);
    });
    connect(m_migrationsRequest, &ApiRequest::finished, this, [this, request = m_migrationsRequest.data()] {
        request->deleteLater();
        m_migrationsRequest = nullptr;
        if (request->result().ok()) {
            m_migrations = request->migrations();
            emit migrationsChanged();
        } else {
            m_error = request->result().message;
            emit loadFailed(m_error);
        }
        if (!isLoading())
            emit loadingChanged(false);
    });
    emit loadingChanged(true);
    m_companiesRequest->start(m_session->connection());
    m_migrationsRequest->start(m_session->connection());
}

std::optional<Company> Catalog::company(const QString &id) const
{
    for (const Company &company : m_companies) {
        if (company.id == id)
            return company;
    }
    return std::nullopt;
}

std::optional<Migration> Catalog::migration(const QString &id) const
{
    for (const Migration &migration : m_migrations) {
        if (migration.id == id)
            return migration;
    }
    return std::nullopt;
}

void Catalog::upsert(const Company &company)
{
    if (company.id.isEmpty())
        return;
    for (Company &known : m_companies) {
        if (known.id == company.id) {
            // A list item lacks the workbook: keep what a fuller answer told us.
            const Company before = known;
            known = company;
            if (known.workbookId.isEmpty()) {
                known.workbookId = before.workbookId;
                known.sheets = before.sheets;
                known.magicLinkUrl = before.magicLinkUrl;
            }
            emit companiesChanged();
            return;
        }
    }
    m_companies.prepend(company);
    emit companiesChanged();
}

void Catalog::upsert(const Migration &migration)
{
    if (migration.id.isEmpty())
        return;
    for (Migration &known : m_migrations) {
        if (known.id == migration.id) {
            known = migration;
            emit migrationsChanged();
            return;
        }
    }
    m_migrations.prepend(migration);
    emit migrationsChanged();
}

void Catalog::onCreated(CreateOperation *operation)
{
    if (!operation->succeeded() && operation->outcome() != CreateOperation::Outcome::Conflict)
        return;
    if (operation->kind() == CreateOperation::Kind::Company)
        upsert(operation->company());
    else if (operation->kind() == CreateOperation::Kind::Migration)
        upsert(operation->migration());
}

} // namespace godwit::app
