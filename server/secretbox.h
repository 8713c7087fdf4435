// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace godwit::server {

// Authenticated encryption of small secrets at rest (company `connections`): AES-256-GCM through OpenSSL,
// a fresh random 96-bit nonce per seal. Sealed text: "v1." + base64(nonce | ciphertext | 16-byte tag).
class SecretBox {
public:
    explicit SecretBox(QByteArray key); // 32 bytes
    QByteArray seal(const QByteArray &plain) const;
    // nullopt when the text was not sealed with this key or was altered.
    std::optional<QByteArray> open(const QByteArray &sealed) const;

private:
    QByteArray m_key;
};

} // namespace godwit::server
