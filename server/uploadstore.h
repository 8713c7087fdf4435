// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/uploadtoken.h"

#include <QFile>
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

// A file whose written bytes start going to the disk while more are written: every kWritebackBytes it asks
// the kernel to begin writing back what is written so far (sync_file_range SYNC_FILE_RANGE_WRITE, which
// does not wait). The fsync that makes the file durable then waits only for the tail instead of the
// whole file. Durability still comes from that fsync alone; this only moves the disk writes earlier,
// onto the time the bytes take to arrive.
class WritebackFile : public QFile {
public:
    using QFile::QFile;
    static constexpr qint64 kWritebackBytes = 8 * 1024 * 1024;
    // Flushes Qt's buffer and fsyncs the file: true when every byte written is on the disk.
    bool flushAndSync();

protected:
    qint64 writeData(const char *data, qint64 length) override;

private:
    qint64 m_written = 0;   // bytes handed to writeData (open the file once)
    qint64 m_writeback = 0; // where the next writeback starts
};

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
