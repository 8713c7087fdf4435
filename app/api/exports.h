// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apirequest.h"
#include "app/api/imports.h"

#include <QList>
#include <QSaveFile>
#include <QStringList>

#include <memory>
#include <optional>

namespace godwit::app {

// POST /companies/{id}/exports (API §3.2.8): write the company's rows to its destination.
// `canaryRows` 0 leaves the server's default (the first row of each sheet) for a canary.
class StartExportRequest : public ApiRequest {
    Q_OBJECT
public:
    enum class Mode { Full, Canary };
    StartExportRequest(const QString &companyId, Mode mode, const QString &idempotencyKey, int canaryRows = 0,
                       QObject *parent = nullptr);
    static QJsonObject bodyFor(Mode mode, const QString &idempotencyKey, int canaryRows);
    const RunRef &run() const { return m_run; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    RunRef m_run;
};

// One row's write, as GET …/exports/{run_id} reports it (API §3.2.9).
struct ExportRowResult {
    qint64 row = 0; // the row's number in the sheet's CSV download (header = row 1)
    QString sheetId;
    QString templateId;
    QString path;
    bool ok = false;
    int httpStatus = 0;
    QString error;
    std::optional<bool> fieldsConfirmed; // false: a hollow write; nullopt: no read-back ran
    QStringList unconfirmedFields;
    int attempts = 0;
    QString cursor; // `after` for the results recorded after this one

    bool isHollow() const { return fieldsConfirmed.has_value() && !*fieldsConfirmed; }
};

struct ExportRun {
    QString runId;
    QString status;
    QString mode;
    QString createdAt;
    QString progressMessage;
    QString error;
    qint64 total = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 hollow = 0;
    QList<ExportRowResult> results; // this page
    QString nextCursor;             // empty on the last page

    bool isTerminal() const;
    static std::optional<ExportRun> fromJson(const QJsonObject &body);
};

// GET /companies/{id}/exports/{run_id}[?after=&limit=&only=problems] (API §3.2.9).
class GetExportRequest : public ApiRequest {
    Q_OBJECT
public:
    GetExportRequest(const QString &companyId, const QString &runId, const QString &after = {}, int limit = 0,
                     bool problemsOnly = false, QObject *parent = nullptr);
    const ExportRun &exportRun() const { return m_run; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    ExportRun m_run;
};

// GET /companies/{id}/exports: the company's exports, newest first.
struct ExportRunSummary {
    QString runId;
    QString status;
    QString mode;
    QString createdAt;
};
class ListExportsRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListExportsRequest(const QString &companyId, QObject *parent = nullptr);
    const QList<ExportRunSummary> &runs() const { return m_runs; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<ExportRunSummary> m_runs;
};

// PUT /companies/{id}/connections: the destination (write-only: nothing of it comes back).
class SetConnectionsRequest : public ApiRequest {
    Q_OBJECT
public:
    SetConnectionsRequest(const QString &companyId, const QString &baseUrl, const QString &bearerToken,
                          QObject *parent = nullptr);
};

// GET /companies/{id}/export.csv (API §3.2.7) streamed to `targetFile`: written piece by piece to a
// temporary file beside it (QSaveFile) and renamed over the target only when the whole body arrived,
// so a failed or canceled download leaves no partial file. Never held in memory whole.
class DownloadRequest : public ApiRequest {
    Q_OBJECT
public:
    enum class Filter { Valid, All, Invalid };
    // An empty `sheetId`: every sheet as one ZIP.
    DownloadRequest(const QString &companyId, Filter filter, const QString &sheetId,
                    const QString &targetFile, QObject *parent = nullptr);
    static QString filterName(Filter filter);

    QString targetFile() const { return m_target; }
    qint64 bytesWritten() const { return m_written; }
    // X-Total-Records of the answer (rows in the download), -1 when absent.
    qint64 totalRecords() const { return m_totalRecords; }
    // The whole body is in targetFile(). A canceled or broken-off download ends InvalidResponse with
    // a message saying so (the server had answered 200), and leaves no file behind.
    bool isComplete() const { return m_committed; }
    // Stops the download and keeps nothing of it, also when the last bytes are already in (abort() may
    // come too late for that).
    void cancel();

signals:
    // `total` is -1 while the size is unknown (a streamed answer without Content-Length).
    void progress(qint64 received, qint64 total);

protected:
    QNetworkReply *sendRequest(ApiConnection *connection, const QUrl &url, ApiResult *failure) override;
    QString parseBody(const QJsonObject &body) override;

private:
    void drain(QNetworkReply *reply);
    void onReplyDone(QNetworkReply *reply);

    QString m_target;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
    qint64 m_totalRecords = -1;
    QString m_writeError;
    bool m_committed = false;
    bool m_cancelRequested = false;
};

} // namespace godwit::app
