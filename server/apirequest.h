// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace httplib {
struct Response;
}

namespace godwit::server {

class RequestContext;

// The JSON object body of a request, or nullopt after answering 400 ("Expected application/json",
// "Request body must be a JSON object").
std::optional<QJsonObject> jsonBody(const RequestContext &request, httplib::Response &response);

// A hyphenated UUID in any case (API §4.8).
bool isUuid(const QString &text);
// A fresh random (v4) UUID, lower case.
QString newUuid();
// external_id: 1..255 characters of [A-Za-z0-9_-] (API §3.2.1, §3.3.1).
bool isValidExternalId(const QString &text);
inline const QString kExternalIdMessage = QStringLiteral(
    "external_id must contain only alphanumeric characters, hyphens, and underscores (max 255 chars)");

// "http://<Host header>" of the request: the base of the URLs the server hands out (signed uploads, magic
// links), so that a client reaching the server through any address gets URLs that work for it.
QString requestOrigin(const RequestContext &request);

// A file name safe to show inside a storage path: the last path component of `name`, with every character
// outside [A-Za-z0-9._-] replaced by '_', no leading dots, at most 100 characters, "file" when nothing is
// left.
QString safeFileName(const QString &name);

} // namespace godwit::server
