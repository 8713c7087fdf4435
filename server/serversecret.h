// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace godwit::server {

// The data directory's master secret: 32 random bytes in <data>/server.key (0600), created on first use and
// never logged. Purpose keys are derived from it (HMAC-SHA256 of the purpose's label), so the upload tokens
// and the sealed connections never share a key. Throws DatabaseError when the file cannot be read or made.
QByteArray loadOrCreateMasterSecret(const QString &dataDir);
QByteArray deriveKey(const QByteArray &master, const QByteArray &purpose);

} // namespace godwit::server
