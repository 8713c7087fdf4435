// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/serversecret.h"

#include "server/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

namespace godwit::server {

namespace {
constexpr qsizetype kSecretBytes = 32;
}

QByteArray loadOrCreateMasterSecret(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("server.key"));
    QFile file(path);
    // Created with 0600 from the first byte (never readable by others, not even empty).
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        std::array<quint32, kSecretBytes / 4> words{};
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        const QByteArray secret(reinterpret_cast<const char *>(words.data()), kSecretBytes);
        if (file.write(secret) != kSecretBytes || !file.flush())
            throw DatabaseError("cannot write " + path.toStdString());
        file.close();
        return secret;
    }
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly))
        throw DatabaseError("cannot read " + path.toStdString() + ": " +
                            existing.errorString().toStdString());
    const QByteArray secret = existing.readAll();
    if (secret.size() != kSecretBytes)
        throw DatabaseError(path.toStdString() + " is not a 32-byte key: remove it to make a new one");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return secret;
}

QByteArray deriveKey(const QByteArray &master, const QByteArray &purpose)
{
    return QMessageAuthenticationCode::hash(purpose, master, QCryptographicHash::Sha256);
}

} // namespace godwit::server
