// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/companies.h"
#include "app/api/migrations.h"
#include "app/api/types.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace godwit::app {

class CreateOperation;
class CreateService;
class Session;

// What the server has: its companies and migrations (GET /companies, GET /migrations), loaded
// at every connect and kept up to date with what the console creates.
class Catalog : public QObject {
    Q_OBJECT
public:
    Catalog(Session *session, CreateService *creates, QObject *parent = nullptr);

    void refresh();
    bool isLoading() const { return m_companiesRequest || m_migrationsRequest; }
    QString errorString() const { return m_error; }

    const QList<Company> &companies() const { return m_companies; }
    const QList<Migration> &migrations() const { return m_migrations; }
    std::optional<Company> company(const QString &id) const;
    std::optional<Migration> migration(const QString &id) const;

    // Adds or replaces by id (newest first, as the server lists them).
    void upsert(const Company &company);
    void upsert(const Migration &migration);

signals:
    void companiesChanged();
    void migrationsChanged();
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void onCreated(CreateOperation *operation);
    void clear();

    Session *m_session;
    QPointer<ListCompaniesRequest> m_companiesRequest;
    QPointer<ListMigrationsRequest> m_migrationsRequest;
    QList<Company> m_companies;
    QList<Migration> m_migrations;
    QString m_error;
    QString m_profileId;
};

} // namespace godwit::app
