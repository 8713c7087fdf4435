// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace godwit::server {

// API keys of the account, stored only as SHA-256 hex. Two kinds:
//  - bootstrap: the key given at start (--api-key-file or GODWIT_API_KEY); each start replaces the previous
//    one, so yesterday's key stops working;
//  - persistent: made with `godwit-server keys create`, valid until revoked.
// A key is looked up by its hash, so comparing never touches plaintext and takes no key-dependent branch
// over secret bytes.
class ApiKeyStore {
public:
    static constexpr int kMinimumKeyLength = 16;

    struct KeyInfo {
        QString id;
        QString prefix;
        QString label;
        QString kind; // "bootstrap" | "persistent"
        QString createdAt;
        QString revokedAt; // empty while valid
        bool revoked() const { return !revokedAt.isEmpty(); }
    };

    struct CreatedKey {
        KeyInfo info;
        QString key; // the only time the plaintext exists outside the caller
    };

    enum class RevokeStatus { Revoked, AlreadyRevoked, NotFound, Ambiguous };
    struct RevokeResult {
        RevokeStatus status = RevokeStatus::NotFound;
        QList<KeyInfo> matches;
    };

    explicit ApiKeyStore(QSqlDatabase db);

    static QString hash(const QString &key);
    static QString generateKey(); // "gwk_" + 43 base64url characters (32 random bytes)
    static QString prefixOf(const QString &key);

    CreatedKey create(const QString &accountId, const QString &label);
    // Deletes every bootstrap key and, when `key` is given, stores it as the new one.
    // Throws std::invalid_argument for a key shorter than kMinimumKeyLength.
    void replaceBootstrap(const QString &accountId, const std::optional<QString> &key);
    QList<KeyInfo> list() const;
    // `idOrPrefix` is a key id or the start of a key (at least 4 characters of its stored prefix).
    RevokeResult revoke(const QString &idOrPrefix);
    // The account of a valid (known, not revoked) key.
    std::optional<QString> authenticate(const QString &key) const;

private:
    QSqlDatabase m_db;
};

} // namespace godwit::server
