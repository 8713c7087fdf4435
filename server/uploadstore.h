// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/uploadtoken.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace httplib {
struct Response;
}

namespace godwit::server {

class Database;
class RequestContext;
class Router;

// The storage host of both generations (API §3.2.2, §3.3.2, §3.4): mints signed single-use upload URLs and
// receives their PUTs, streaming the bytes to <data>/uploads/tmp/<id>.part, fsyncing, renaming into
// <data>/uploads/files/<id> and only then committing the upload as complete. The caller's file name is
// metadata only: no path on disk ever comes from it.
class UploadStore {
public:
    UploadStore(Database &database, const QString &dataDir, const QByteArray &tokenKey, int tokenTtlSeconds,
                quint64 maxUploadBytes);

    // At start, before serving: removes every .part file, marks uploads left 'receiving' by a killed
    // process, and pending ones whose URL has expired, as 'failed', and removes any file that is not a
    // completed upload's.
    void recover();

    struct Owner {
        QString companyId; // exactly one of the two
        QString migrationId;
    };
    struct Minted {
        QString id;
        QString token;
        QString storagePath;
        QString contentType;
    };
    // Inserts the pending upload (call inside the caller's transaction). `storagePrefix` is the opaque
    // path shown to clients ("workbook-files/<workbook id>"); the path becomes <prefix>/<id>-<safe name>.
    Minted mint(const QSqlDatabase &db, const QString &accountId, const Owner &owner, const QString &name,
                const QString &contentType, std::optional<quint64> size, const QString &storagePrefix) const;

    QString signedUrl(const QString &origin, const QString &token) const;
    QString filePath(const QString &uploadId) const;
    quint64 maxUploadBytes() const { return m_maxUploadBytes; }

    // PUT /storage/v1/upload/{token}, streamed, no API key.
    void addRoutes(Router &router);

private:
    struct Pending {
        QString uploadId;
        std::optional<quint64> declaredSize;
        QString migrationId;
    };
    // The checks before any byte of the body is taken (token, state, expiry, Content-Type, Content-Length):
    // nullopt after answering 403/400.
    std::optional<Pending> admit(const RequestContext &request, httplib::Response &response);
    void receive(RequestContext &request, httplib::Response &response);
    void markFailed(const QString &uploadId);

    Database &m_database;
    QString m_tmpDir;
    QString m_filesDir;
    UploadTokenSigner m_signer;
    int m_tokenTtlSeconds;
    quint64 m_maxUploadBytes;
};

// "text/csv; charset=utf-8" -> "text/csv" (lower case).
QString mediaType(const QString &contentType);
// The declared type of a gen B file without one: from the extension (.csv, .tsv, .txt, .json, .pdf, .xlsx,
// .xls), else application/octet-stream.
QString contentTypeForName(const QString &name);

} // namespace godwit::server
