// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apirequest.h"

#include <QJsonArray>

#include <optional>

namespace godwit::app {

// A file for an import: the name and the upload_ref its upload was minted with.
struct ImportFile {
    QString name;
    QString uploadRef;
};

// What starting a run returns: its id, its first status and where to poll it (relative to the
// host in generation A, absolute in B: ApiConnection::resolve takes both).
struct RunRef {
    QString runId;
    QString status;
    QString pollUrl;
};

// POST /companies/{id}/imports (API §3.2.3): either uploaded files or inline rows, with an
// idempotency_key so that sending it again returns the same run instead of a second one.
class StartImportRequest : public ApiRequest {
    Q_OBJECT
public:
    StartImportRequest(const QString &companyId, const QList<ImportFile> &files,
                       const QString &idempotencyKey, QObject *parent = nullptr);
    StartImportRequest(const QString &companyId, const QJsonArray &rows, const QString &idempotencyKey,
                       QObject *parent = nullptr);
    // The body exactly as journaled (a resend after a crash must be byte-for-byte the same call).
    StartImportRequest(const QString &companyId, const QJsonObject &body, QObject *parent = nullptr);

    static QString pathFor(const QString &companyId);
    static QJsonObject bodyFor(const QList<ImportFile> &files, const QString &idempotencyKey);
    static QJsonObject bodyFor(const QJsonArray &rows, const QString &idempotencyKey);

    const RunRef &run() const { return m_run; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    RunRef m_run;
};

// Reads { run_id, status, poll_url } (both generations).
std::optional<RunRef> runRefFromJson(const QJsonObject &body);

} // namespace godwit::app
