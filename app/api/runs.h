// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apirequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace godwit::app {

// One sheet of a run's report (report.perSheet[]).
struct RunSheetReport {
    QString templateName;
    QString sheetId;
    qint64 rowCount = 0;
    // Rows of this sheet with at least one invalid cell. The API gives the count per run only: with
    // one sheet it is the run's; with several, the largest column count of the sheet (a lower
    // bound), unless the server sends the sheet's own count. -1 when nothing says.
    qint64 flaggedRows = -1;
    bool flaggedIsLowerBound = false;
};

// One column with invalid cells (our server's report.columns[], else the questions' targets).
struct RunColumnFlags {
    QString sheetId;
    QString column;
    qint64 invalid = 0;
};

// A run's report (import and execute): what was stored and what was flagged.
struct RunReport {
    bool present = false;
    qint64 rows = 0;        // "inserted": rows stored, flagged ones included
    qint64 invalidRows = 0; // "invalidCellCount": rows with at least one invalid cell
    QList<RunSheetReport> perSheet;
    QList<RunColumnFlags> columns;
    QJsonObject raw;

    qint64 validRows() const { return qMax<qint64>(0, rows - invalidRows); }
};

// One poll answer of any run (company import, company export, migration run), read leniently:
// unknown statuses are kept verbatim, missing fields stay empty.
struct RunStatus {
    QString id;
    QString kind;            // "import", "generate", "update", "clarify", "execute", "export"; may be empty
    QString status;          // verbatim
    QString progressMessage; // progress_message (generation A) or message (generation B)
    int planVersion = 0;     // plan_version (or recipe_version); 0 when the server has not said
    RunReport report;
    QJsonArray questions;      // needs_attention.questions or questions (blocked)
    QJsonObject proposedPatch; // needs_attention.proposed_patch, raw
    QString blockedReason;     // "credentials", ...
    QString error;             // failed
    QDateTime createdAt;
    QDateTime updatedAt; // updated_at / finished_at when the server sends one
    QJsonObject raw;

    bool isValid() const { return !status.isEmpty(); }
    bool isTerminal() const { return isTerminalStatus(status); }
    // needs_attention or blocked: the run waits for the user.
    bool needsAttention() const { return needsAttentionStatus(status); }
    // The run's rows read so far, from the report or the progress message ("1,250 rows read").
    qint64 rowsDone() const;
    // The percentage in the progress message ("… (42%)"), -1 if none.
    int progressPercent() const;

    // completed, failed, canceled/cancelled, awaiting_approval (a gen B phase's end, API §4.4).
    static bool isTerminalStatus(const QString &status);
    static bool needsAttentionStatus(const QString &status);
    static RunStatus fromJson(const QJsonObject &body);
};

// GET any run by its poll_url (absolute, host-relative or API-relative).
class GetRunRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit GetRunRequest(const QString &pollUrl, QObject *parent = nullptr);
    const RunStatus &run() const { return m_run; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    RunStatus m_run;
};

// GET /companies/{id}/imports/{run_id}
class GetImportRequest : public GetRunRequest {
    Q_OBJECT
public:
    GetImportRequest(const QString &companyId, const QString &runId, QObject *parent = nullptr);
    static QString pathFor(const QString &companyId, const QString &runId);
};

// GET /companies/{id}/imports[?status=active]: newest first.
class ListImportsRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListImportsRequest(const QString &companyId, bool activeOnly = false, QObject *parent = nullptr);
    const QList<RunStatus> &runs() const { return m_runs; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<RunStatus> m_runs;
};

// PATCH <poll_url> {"status": "cancel_requested"}: generation B's cancel, and ours for imports
// (API §5.1 suggestion). The answer is the run in its new shape.
class CancelRunRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit CancelRunRequest(const QString &pollUrl, QObject *parent = nullptr);
    const RunStatus &run() const { return m_run; }
    static QJsonObject body();

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    RunStatus m_run;
};

// PATCH /companies/{id}/imports/{run_id}
class CancelImportRequest : public CancelRunRequest {
    Q_OBJECT
public:
    CancelImportRequest(const QString &companyId, const QString &runId, QObject *parent = nullptr);
};

} // namespace godwit::app
