// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

namespace godwit::test {

struct HttpResult {
    int status = 0; // 0: no HTTP response (connection refused, timeout, ...)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray errorString; // the network error, if any, for failure messages

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// Blocking helper for tests: sends one request (with "Connection: close" unless `headers` says otherwise),
// runs a local event loop, returns status, headers, body.
HttpResult httpRequest(const QByteArray &method, const QUrl &url,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {},
                       int timeoutMs = 10000);

} // namespace godwit::test
