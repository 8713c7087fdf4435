// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/uploadtoken.h"

#include "server/apirequest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace godwit::server {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

UploadTokenSigner::UploadTokenSigner(QByteArray key)
    : m_key(std::move(key))
{}

QByteArray UploadTokenSigner::mac(const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
}

QString UploadTokenSigner::sign(const QString &uploadId, qint64 expiresAt) const
{
    const QByteArray message = uploadId.toLatin1() + '.' + QByteArray::number(expiresAt);
    return QString::fromLatin1(message + '.' + mac(message).toBase64(kBase64Url));
}

std::optional<UploadTokenSigner::Claims> UploadTokenSigner::verify(const QString &token) const
{
    if (token.size() > 200)
        return std::nullopt;
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3 || !isUuid(QString::fromLatin1(parts.at(0))))
        return std::nullopt;
    bool ok = false;
    const qint64 expiresAt = parts.at(1).toLongLong(&ok);
    if (!ok || expiresAt <= 0)
        return std::nullopt;
    const QByteArray::FromBase64Result signature = QByteArray::fromBase64Encoding(
        parts.at(2), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !constantTimeEqual(signature.decoded, mac(parts.at(0) + '.' + parts.at(1))))
        return std::nullopt;
    return Claims{QString::fromLatin1(parts.at(0)), expiresAt};
}

} // namespace godwit::server
