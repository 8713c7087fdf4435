// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/secretbox.h"

#include <QRandomGenerator>

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace godwit::server {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QByteArray kPrefix = QByteArrayLiteral("v1.");

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context)
        throw std::runtime_error("EVP_CIPHER_CTX_new failed");
    return context;
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

} // namespace

SecretBox::SecretBox(QByteArray key)
    : m_key(std::move(key))
{
    if (m_key.size() != 32)
        throw std::invalid_argument("SecretBox needs a 32-byte key");
}

QByteArray SecretBox::seal(const QByteArray &plain) const
{
    std::array<quint32, kNonceBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray nonce(reinterpret_cast<const char *>(words.data()), kNonceBytes);

    CipherContext context = newContext();
    QByteArray cipher(plain.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), bytes(cipher), &length, bytes(plain), int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), bytes(cipher) + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, bytes(tag)) != 1)
        throw std::runtime_error("AES-256-GCM encryption failed");
    cipher.truncate(length + finalLength);
    QByteArray raw = nonce;
    raw.append(cipher).append(tag);
    return QByteArray(kPrefix).append(raw.toBase64());
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed) const
{
    if (!sealed.startsWith(kPrefix))
        return std::nullopt;
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(sealed.mid(kPrefix.size()), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray nonce = decoded.decoded.left(kNonceBytes);
    const QByteArray cipher =
        decoded.decoded.mid(kNonceBytes, decoded.decoded.size() - kNonceBytes - kTagBytes);
    QByteArray tag = decoded.decoded.right(kTagBytes);

    CipherContext context = newContext();
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), bytes(plain), &length, bytes(cipher), int(cipher.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, bytes(tag)) != 1 ||
        EVP_DecryptFinal_ex(context.get(), bytes(plain) + length, &finalLength) != 1)
        return std::nullopt;
    plain.truncate(length + finalLength);
    return plain;
}

} // namespace godwit::server
