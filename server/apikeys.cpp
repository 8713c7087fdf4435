// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/apikeys.h"

#include "server/database.h"
#include "server/json.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>
#include <iterator>
#include <stdexcept>

namespace godwit::server {

namespace {

ApiKeyStore::KeyInfo keyInfo(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
}

const QString kSelectKeys =
    QStringLiteral("SELECT id, prefix, label, kind, created_at, COALESCE(revoked_at, '') FROM api_keys ");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ApiKeyStore::ApiKeyStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ApiKeyStore::hash(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ApiKeyStore::generateKey()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QStringLiteral("gwk_") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                       QByteArray::OmitTrailingEquals));
}

QString ApiKeyStore::prefixOf(const QString &key)
{
    // Enough to tell keys apart, never more than a quarter of the key.
    return key.left(std::min<qsizetype>(10, key.size() / 4));
}

ApiKeyStore::CreatedKey ApiKeyStore::create(const QString &accountId, const QString &label)
{
    CreatedKey created;
    created.key = generateKey();
    created.info = {newId(),
                    prefixOf(created.key),
                    label.isEmpty() ? QStringLiteral("unnamed") : label,
                    QStringLiteral("persistent"),
                    utcTimestamp(),
                    QString()};
    exec(m_db,
         QStringLiteral("INSERT INTO api_keys (id, account_id, key_hash, prefix, label, kind, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {created.info.id, accountId, hash(created.key), created.info.prefix, created.info.label,
          created.info.kind, created.info.createdAt});
    return created;
}

void ApiKeyStore::replaceBootstrap(const QString &accountId, const std::optional<QString> &key)
{
    if (key && key->size() < kMinimumKeyLength)
        throw std::invalid_argument("the API key must be at least " + std::to_string(kMinimumKeyLength) +
                                    " characters long");
    inTransaction(m_db, [&] {
        exec(m_db, QStringLiteral("DELETE FROM api_keys WHERE kind = 'bootstrap'"));
        if (!key)
            return;
        // The same string made persistent earlier stays what it was: the bootstrap row is simply not needed.
        QSqlQuery existing =
            exec(m_db, QStringLiteral("SELECT id FROM api_keys WHERE key_hash = ?"), {hash(*key)});
        if (existing.next())
            return;
        exec(m_db,
             QStringLiteral("INSERT INTO api_keys (id, account_id, key_hash, prefix, label, kind, created_at)"
                            " VALUES (?, ?, ?, ?, 'bootstrap', 'bootstrap', ?)"),
             {newId(), accountId, hash(*key), prefixOf(*key), utcTimestamp()});
    });
}

QList<ApiKeyStore::KeyInfo> ApiKeyStore::list() const
{
    QList<KeyInfo> keys;
    QSqlQuery query = exec(m_db, kSelectKeys + QStringLiteral("ORDER BY created_at, id"));
    while (query.next())
        keys.append(keyInfo(query));
    return keys;
}

ApiKeyStore::RevokeResult ApiKeyStore::revoke(const QString &idOrPrefix)
{
    const QString needle = idOrPrefix.trimmed();
    RevokeResult result;
    if (needle.size() < 4)
        return result;
    return inTransaction(m_db, [&] {
        // A prefix is matched against the stored prefix; a longer string (a whole key) by its hash.
        QSqlQuery query = exec(m_db,
                               kSelectKeys + QStringLiteral("WHERE id = ? OR key_hash = ? OR"
                                                            " (length(?) <= length(prefix) AND"
                                                            "  substr(prefix, 1, length(?)) = ?)"),
                               {needle, hash(needle), needle, needle, needle});
        while (query.next())
            result.matches.append(keyInfo(query));
        if (result.matches.size() > 1) {
            // A prefix shared with keys revoked long ago still names the one valid key.
            QList<KeyInfo> valid;
            std::copy_if(result.matches.cbegin(), result.matches.cend(), std::back_inserter(valid),
                         [](const KeyInfo &info) { return !info.revoked(); });
            if (valid.size() == 1)
                result.matches = valid;
        }
        if (result.matches.isEmpty()) {
            result.status = RevokeStatus::NotFound;
        } else if (result.matches.size() > 1) {
            result.status = RevokeStatus::Ambiguous;
        } else if (result.matches.first().revoked()) {
            result.status = RevokeStatus::AlreadyRevoked;
        } else {
            const QString now = utcTimestamp();
            exec(m_db, QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE id = ?"),
                 {now, result.matches.first().id});
            result.matches.first().revokedAt = now;
            result.status = RevokeStatus::Revoked;
        }
        return result;
    });
}

std::optional<QString> ApiKeyStore::authenticate(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery query = exec(
        m_db, QStringLiteral("SELECT account_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL"),
        {hash(key)});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace godwit::server
