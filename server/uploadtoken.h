// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace godwit::server {

// Signed upload tokens: "<upload id>.<expiry, seconds since the epoch>.<HMAC-SHA256, base64url>", the HMAC
// taken over "<upload id>.<expiry>" with a key only the server knows. URL-safe as one path segment.
// Verifying checks the signature only; expiry and single use are the caller's (with the upload's row).
class UploadTokenSigner {
public:
    explicit UploadTokenSigner(QByteArray key);

    QString sign(const QString &uploadId, qint64 expiresAt) const;

    struct Claims {
        QString uploadId;
        qint64 expiresAt = 0;
    };
    std::optional<Claims> verify(const QString &token) const;

private:
    QByteArray mac(const QByteArray &message) const;
    QByteArray m_key;
};

} // namespace godwit::server
