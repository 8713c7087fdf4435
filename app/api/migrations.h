// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apirequest.h"
#include "app/api/types.h"

#include <optional>

namespace godwit::app {

// POST /migrations (generation B). With an external_id the call is idempotent: the server answers
// 200 with the existing migration, which reopened() reports.
class CreateMigrationRequest : public ApiRequest {
    Q_OBJECT
public:
    CreateMigrationRequest(const QString &name, const QString &sourceName = {},
                           const QString &externalId = {}, const QStringList &templateSlugs = {},
                           QObject *parent = nullptr);
    const Migration &migration() const { return m_migration; }
    // The server returned an existing migration (200) instead of creating one (201).
    bool reopened() const { return result().httpStatus == 200; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    Migration m_migration;
};

// GET /migrations
class ListMigrationsRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListMigrationsRequest(QObject *parent = nullptr);
    const QList<Migration> &migrations() const { return m_migrations; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<Migration> m_migrations;
};

// GET /migrations/{id}
class GetMigrationRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit GetMigrationRequest(const QString &migrationId, QObject *parent = nullptr);
    const Migration &migration() const { return m_migration; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    Migration m_migration;
};

// POST /migrations/{id}/files: signed URLs for several files at once.
class MintMigrationFilesRequest : public ApiRequest {
    Q_OBJECT
public:
    struct File {
        QString name;
        QString contentType; // empty: the server decides from the name
    };
    MintMigrationFilesRequest(const QString &migrationId, const QList<File> &files,
                              QObject *parent = nullptr);
    const QList<SignedUpload> &uploads() const { return m_uploads; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<SignedUpload> m_uploads;
};

// GET /migrations/{id}/files: the files whose bytes arrived.
class ListMigrationFilesRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListMigrationFilesRequest(const QString &migrationId, QObject *parent = nullptr);
    const QList<UploadedFile> &files() const { return m_files; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<UploadedFile> m_files;
};

std::optional<Migration> migrationFromJson(const QJsonObject &object);

} // namespace godwit::app
