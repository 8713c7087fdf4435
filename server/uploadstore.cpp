// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/uploadstore.h"

#include "server/apirequest.h"
#include "server/database.h"
#include "server/json.h"
#include "server/router.h"

#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <httplib.h>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace godwit::server {

namespace {

constexpr qsizetype kWriteBuffer = 1024 * 1024;

bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

qint64 WritebackFile::writeData(const char *data, qint64 length)
{
    const qint64 written = QFile::writeData(data, length);
    if (written <= 0)
        return written;
    m_written += written;
    if (m_written - m_writeback >= kWritebackBytes) {
        // Bytes still in Qt's buffer are not in the file yet: start with what the file has.
        const qint64 inFile = m_written - bytesToWrite();
        if (inFile > m_writeback) {
            // Only a hint: if the kernel cannot start now, the final fsync does the work.
            ::sync_file_range(handle(), m_writeback, inFile - m_writeback, SYNC_FILE_RANGE_WRITE);
            m_writeback = inFile;
        }
    }
    return written;
}

bool WritebackFile::flushAndSync()
{
    return isOpen() && flush() && ::fsync(handle()) == 0;
}

QString mediaType(const QString &contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

QString contentTypeForName(const QString &name)
{
    const QString suffix = QFileInfo(safeFileName(name)).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return QStringLiteral("text/csv");
    if (suffix == QLatin1String("tsv"))
        return QStringLiteral("text/tab-separated-values");
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text/plain");
    if (suffix == QLatin1String("json"))
        return QStringLiteral("application/json");
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("application/pdf");
    if (suffix == QLatin1String("xlsx"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    if (suffix == QLatin1String("xls"))
        return QStringLiteral("application/vnd.ms-excel");
    return QStringLiteral("application/octet-stream");
}

UploadStore::UploadStore(Database &database, const QString &dataDir, const QByteArray &tokenKey,
                         int tokenTtlSeconds, quint64 maxUploadBytes)
    : m_database(database)
    , m_tmpDir(QDir(dataDir).filePath(QStringLiteral("uploads/tmp")))
    , m_filesDir(QDir(dataDir).filePath(QStringLiteral("uploads/files")))
    , m_signer(tokenKey)
    , m_tokenTtlSeconds(tokenTtlSeconds)
    , m_maxUploadBytes(maxUploadBytes)
{
    if (!QDir().mkpath(m_tmpDir) || !QDir().mkpath(m_filesDir))
        throw DatabaseError("cannot create the upload directories under " + dataDir.toStdString());
}

void UploadStore::recover()
{
    QDir tmp(m_tmpDir);
    int removed = 0;
    for (const QString &name : tmp.entryList(QDir::Files | QDir::Hidden | QDir::System))
        removed += tmp.remove(name) ? 1 : 0;

    const QSqlDatabase db = m_database.connection();
    const int failed = inTransaction(db, [&] {
        QSqlQuery stale = exec(db, QStringLiteral("SELECT COUNT(*) FROM uploads WHERE status = 'receiving'"));
        const int count = stale.next() ? stale.value(0).toInt() : 0;
        exec(db, QStringLiteral("UPDATE uploads SET status = 'failed' WHERE status = 'receiving'"));
        // URLs that expired unused can never be used: mark them so.
        exec(db,
             QStringLiteral(
                 "UPDATE uploads SET status = 'failed' WHERE status = 'pending' AND expires_at <= ?"),
             {QDateTime::currentSecsSinceEpoch()});
        return count;
    });

    // A file renamed into place whose commit never happened (killed in between) is not an upload.
    QDir files(m_filesDir);
    for (const QString &name : files.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QSqlQuery complete =
            exec(db, QStringLiteral("SELECT 1 FROM uploads WHERE id = ? AND status = 'complete'"), {name});
        if (!complete.next() && files.remove(name))
            ++removed;
    }
    if (removed || failed)
        qInfo().noquote() << QStringLiteral(
                                 "uploads: removed %1 partial file(s), %2 interrupted upload(s) failed")
                                 .arg(removed)
                                 .arg(failed);
}

UploadStore::Minted UploadStore::mint(const QSqlDatabase &db, const QString &accountId, const Owner &owner,
                                      const QString &name, const QString &contentType,
                                      std::optional<quint64> size, const QString &storagePrefix) const
{
    Minted minted;
    minted.id = newUuid();
    minted.contentType = contentType;
    minted.storagePath = storagePrefix + QLatin1Char('/') + minted.id + QLatin1Char('-') + safeFileName(name);
    const qint64 expiresAt = QDateTime::currentSecsSinceEpoch() + m_tokenTtlSeconds;
    minted.token = m_signer.sign(minted.id, expiresAt);
    exec(
        db,
        QStringLiteral("INSERT INTO uploads (id, account_id, company_id, migration_id, name, content_type,"
                       " declared_size, storage_path, status, expires_at, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"),
        {minted.id, accountId,
         owner.companyId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(owner.companyId),
         owner.migrationId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(owner.migrationId),
         name, contentType, size ? QVariant(qlonglong(*size)) : QVariant(QMetaType::fromType<qlonglong>()),
         minted.storagePath, expiresAt, utcTimestamp()});
    return minted;
}

QString UploadStore::signedUrl(const QString &origin, const QString &token) const
{
    return origin + QStringLiteral("/storage/v1/upload/") + token;
}

QString UploadStore::filePath(const QString &uploadId) const
{
    return QDir(m_filesDir).filePath(uploadId);
}

void UploadStore::addRoutes(Router &router)
{
    router.put(
        QStringLiteral("/storage/v1/upload/{token}"),
        [this](RequestContext &request, httplib::Response &response) { receive(request, response); },
        RouteOptions{BodyMode::Streamed, m_maxUploadBytes,
                     [this](RequestContext &request, httplib::Response &response) {
                         return admit(request, response).has_value();
                     }});
}

void UploadStore::markFailed(const QString &uploadId)
{
    const QSqlDatabase db = m_database.connection();
    inTransaction(db, [&] {
        exec(db, QStringLiteral("UPDATE uploads SET status = 'failed' WHERE id = ? AND status = 'receiving'"),
             {uploadId});
    });
}

std::optional<UploadStore::Pending> UploadStore::admit(const RequestContext &request,
                                                       httplib::Response &response)
{
    const std::optional<UploadTokenSigner::Claims> claims =
        m_signer.verify(request.param(QStringLiteral("token")));
    if (!claims) {
        sendError(response, 403, QStringLiteral("Invalid upload token"));
        return std::nullopt;
    }
    const QSqlDatabase db = m_database.connection();
    QSqlQuery row = exec(db,
                         QStringLiteral("SELECT status, content_type, declared_size, expires_at, migration_id"
                                        " FROM uploads WHERE id = ?"),
                         {claims->uploadId});
    if (!row.next() || row.value(3).toLongLong() != claims->expiresAt) {
        sendError(response, 403, QStringLiteral("Invalid upload token"));
        return std::nullopt;
    }
    if (row.value(0).toString() != QLatin1String("pending")) {
        sendError(response, 403, QStringLiteral("This upload URL has already been used"));
        return std::nullopt;
    }
    if (QDateTime::currentSecsSinceEpoch() >= claims->expiresAt) {
        sendError(response, 403, QStringLiteral("This upload URL has expired"));
        return std::nullopt;
    }
    const QString declaredType = row.value(1).toString();
    const QString sentType = QString::fromLatin1(request.header("Content-Type"));
    if (mediaType(sentType) != mediaType(declaredType)) {
        sendError(
            response, 400,
            QStringLiteral("Content-Type must be %1, as declared when the upload was minted (got \"%2\")")
                .arg(declaredType, sentType));
        return std::nullopt;
    }
    Pending pending{claims->uploadId,
                    row.isNull(2) ? std::nullopt : std::optional<quint64>(row.value(2).toULongLong()),
                    row.value(4).toString()};
    if (!request.hasBody()) {
        sendError(response, 400, QStringLiteral("The body is empty: PUT the file's bytes"));
        return std::nullopt;
    }
    const std::optional<quint64> length = request.declaredLength();
    if (pending.declaredSize && length && *length != *pending.declaredSize) {
        sendError(response, 400,
                  QStringLiteral("Content-Length must equal the declared size: %1 bytes, not %2")
                      .arg(*pending.declaredSize)
                      .arg(*length));
        return std::nullopt;
    }
    return pending;
}

void UploadStore::receive(RequestContext &request, httplib::Response &response)
{
    const std::optional<Pending> pending = admit(request, response);
    if (!pending)
        return;
    const QSqlDatabase db = m_database.connection();
    const std::optional<quint64> declaredSize = pending->declaredSize;
    const QString &migrationId = pending->migrationId;
    const QString &uploadId = pending->uploadId;
    // Claim the token: of two concurrent PUTs, one wins; the other sees "already used".
    const bool claimed = inTransaction(db, [&] {
        return exec(db,
                    QStringLiteral(
                        "UPDATE uploads SET status = 'receiving' WHERE id = ? AND status = 'pending'"),
                    {uploadId})
                   .numRowsAffected() == 1;
    });
    if (!claimed) {
        sendError(response, 403, QStringLiteral("This upload URL has already been used"));
        return;
    }

    const auto started = std::chrono::steady_clock::now();
    const QString part = QDir(m_tmpDir).filePath(uploadId + QStringLiteral(".part"));
    WritebackFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered,
                   QFile::ReadOwner | QFile::WriteOwner)) {
        markFailed(uploadId);
        throw DatabaseError("cannot create " + part.toStdString() + ": " + file.errorString().toStdString());
    }
    QByteArray buffer;
    buffer.reserve(kWriteBuffer);
    quint64 received = 0;
    bool writeFailed = false;
    const auto flushBuffer = [&] {
        if (!buffer.isEmpty() && file.write(buffer) != buffer.size())
            writeFailed = true;
        buffer.clear();
        return !writeFailed;
    };
    const RequestContext::ReadResult result = request.readBody([&](const char *data, size_t size) {
        received += size;
        if (declaredSize && received > *declaredSize)
            return false;
        buffer.append(data, qsizetype(size));
        return buffer.size() < kWriteBuffer || flushBuffer();
    });
    const bool whole = result == RequestContext::ReadResult::Complete && flushBuffer() &&
                       (!declaredSize || received == *declaredSize);
    const double receiving = secondsSince(started);
    const auto syncStarted = std::chrono::steady_clock::now();
    const bool complete = whole && file.flushAndSync();
    const double syncing = secondsSince(syncStarted);
    file.close();
    if (!complete) {
        QFile::remove(part);
        markFailed(uploadId);
        if (result == RequestContext::ReadResult::TooLarge) {
            sendError(response, 413,
                      QStringLiteral("Upload too large: at most %1 bytes").arg(m_maxUploadBytes));
        } else if (writeFailed) {
            sendError(response, 500, QStringLiteral("Could not store the upload"));
        } else {
            sendError(response, 400,
                      declaredSize ? QStringLiteral("The body must be exactly the declared size: %1 bytes")
                                         .arg(*declaredSize)
                                   : QStringLiteral("Could not read the request body"));
        }
        response.set_header("Connection", "close");
        return;
    }

    const QString target = filePath(uploadId);
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0 ||
        !syncDirectory(m_filesDir)) {
        QFile::remove(part);
        QFile::remove(target);
        markFailed(uploadId);
        throw DatabaseError("cannot move the upload into " + target.toStdString());
    }
    try {
        inTransaction(db, [&] {
            exec(db,
                 QStringLiteral("UPDATE uploads SET status = 'complete', size = ?, completed_at = ?"
                                " WHERE id = ? AND status = 'receiving'"),
                 {qlonglong(received), utcTimestamp(), uploadId});
            if (!migrationId.isEmpty())
                exec(db,
                     QStringLiteral("UPDATE migrations SET status = 'ready'"
                                    " WHERE id = ? AND status = 'awaiting_files'"),
                     {migrationId});
        });
    } catch (...) {
        QFile::remove(target);
        markFailed(uploadId);
        throw;
    }
    qInfo().noquote() << QStringLiteral("upload %1: %2 bytes stored in %3 s: received %4 s, fsync %5 s, "
                                        "moved and committed %6 s")
                             .arg(uploadId)
                             .arg(received)
                             .arg(secondsSince(started), 0, 'f', 3)
                             .arg(receiving, 0, 'f', 3)
                             .arg(syncing, 0, 'f', 3)
                             .arg(secondsSince(syncStarted) - syncing, 0, 'f', 3);
    sendJson(response, 200, QJsonObject{});
}

} // namespace godwit::server
