// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generation B runs (API §3.3.4–§3.3.12): start, poll, list, cancel, answer, the preview, the
// thread snapshot and the per-sheet CSV export.

#include "app/api/apirequest.h"
#include "app/api/types.h"
#include "app/intentjournal.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <optional>

namespace godwit::app {

class ApiConnection;

struct MigrationRunOption {
    QString id;
    QString label;
    friend bool operator==(const MigrationRunOption &, const MigrationRunOption &) = default;
};

// One question of a blocked run: {id, question, options[{id,label}], allowCustom}.
struct MigrationRunQuestion {
    QString id;
    QString question;
    QList<MigrationRunOption> options;
    bool allowCustom = false;
};

struct MigrationSheetCount {
    QString templateName;
    QString sheetId;
    qint64 rowCount = 0;
};

// report of a completed execute run.
struct MigrationRunReport {
    qint64 inserted = 0;         // rows stored, flagged ones included
    qint64 invalidCellCount = 0; // rows with at least one invalid cell
    QList<MigrationSheetCount> perSheet;
    QJsonValue coverage;
    qint64 validRows() const { return qMax<qint64>(0, inserted - invalidCellCount); }
};

// One poll answer of GET /migrations/{id}/runs/{run_id} (and of the cancel PATCH).
struct MigrationRun {
    QString id;
    QString kind;    // generate, update, clarify, execute (our server's extra field; may be empty)
    QString status;  // verbatim
    QString message; // progress (queued/running)
    QString error;   // failed
    QString blockedReason;
    QList<MigrationRunQuestion> questions;
    std::optional<MigrationRunReport> report;
    QDateTime createdAt;

    // queued, running, blocked: the run holds the migration's slot.
    bool isActive() const;
    // A pause that needs the client.
    bool isBlocked() const { return status == QLatin1String("blocked"); }
    static bool isActiveStatus(const QString &status);
};

MigrationRun migrationRunFromJson(const QJsonObject &object);

// POST /migrations/{id}/runs. Not idempotent (the API has no key for runs): use
// MigrationRunStarter, which journals the intent and settles a lost answer.
class StartMigrationRunRequest : public ApiRequest {
    Q_OBJECT
public:
    StartMigrationRunRequest(const QString &migrationId, const QString &kind, const QString &message = {},
                             QObject *parent = nullptr);
    QString runId() const { return m_runId; }
    QString status() const { return m_status; }
    QUrl pollUrl() const { return m_pollUrl; }
    static QJsonObject body(const QString &kind, const QString &message);

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QString m_runId;
    QString m_status;
    QUrl m_pollUrl;
};

// GET /migrations/{id}/runs/{run_id}
class GetMigrationRunRequest : public ApiRequest {
    Q_OBJECT
public:
    GetMigrationRunRequest(const QString &migrationId, const QString &runId, QObject *parent = nullptr);
    const MigrationRun &run() const { return m_run; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    MigrationRun m_run;
};

// GET /migrations/{id}/runs: newest first.
class ListMigrationRunsRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListMigrationRunsRequest(const QString &migrationId, QObject *parent = nullptr);
    const QList<MigrationRun> &runs() const { return m_runs; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<MigrationRun> m_runs;
};

// PATCH /migrations/{id}/runs/{run_id} {"status":"cancel_requested"}: the run as it is now.
class CancelMigrationRunRequest : public ApiRequest {
    Q_OBJECT
public:
    CancelMigrationRunRequest(const QString &migrationId, const QString &runId, QObject *parent = nullptr);
    const MigrationRun &run() const { return m_run; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    MigrationRun m_run;
};

// POST /migrations/{id}/runs/{run_id}/messages: structured answers or a free-form instruction.
class MigrationRunMessageRequest : public ApiRequest {
    Q_OBJECT
public:
    struct Answer {
        QString id;
        QString value; // an option id or a custom value
    };
    MigrationRunMessageRequest(const QString &migrationId, const QString &runId, const QList<Answer> &answers,
                               QObject *parent = nullptr);
    MigrationRunMessageRequest(const QString &migrationId, const QString &runId, const QString &freeForm,
                               QObject *parent = nullptr);
    QString status() const { return m_status; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QString m_status;
};

struct PreviewMappedColumn {
    QString column;
    QString source; // the file column feeding it; empty when nothing does
    double confidence = 0;
    QString method;
    QString reason;
};

struct PreviewInvalidCell {
    int row = 0; // 0-based among the sheet's data rows
    QString column;
    QString message; // "fails the <rule> rule"
};

struct PreviewSheet {
    TemplateRef templateRef;
    QStringList header;      // the template's column names
    QList<QStringList> rows; // the first data rows, normalised, in header order
    QList<PreviewInvalidCell> invalidCells;
    QString file; // the feeding file; empty when none
    QList<PreviewMappedColumn> mappedColumns;
    qint64 rowCount = -1;        // over the whole file; -1 when the server does not say
    qint64 invalidRowCount = -1; // likewise

    int columnIndex(const QString &column) const { return int(header.indexOf(column)); }
    // The invalid cell at (data row, column), or nullptr.
    const PreviewInvalidCell *invalidCell(int row, const QString &column) const;
};

struct MigrationPreview {
    QString status;
    QList<TemplateRef> templates;
    QList<PreviewSheet> sheets;
    int recipeVersion = 0; // 0 when the server does not say
};

// GET /migrations/{id}/preview. NotFound: no preview yet.
class GetPreviewRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit GetPreviewRequest(const QString &migrationId, QObject *parent = nullptr);
    const MigrationPreview &preview() const { return m_preview; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    MigrationPreview m_preview;
};

struct ThreadEvent {
    qint64 sequence = 0;
    QString runId;
    QString type; // message, status, preview, request_input, completed, error, ...
    QJsonObject data;
    QDateTime createdAt;
};

std::optional<ThreadEvent> threadEventFromJson(const QJsonObject &object);

// GET /migrations/{id}/thread?after=&limit=: one page.
class GetThreadRequest : public ApiRequest {
    Q_OBJECT
public:
    GetThreadRequest(const QString &migrationId, qint64 after = 0, int limit = 0, QObject *parent = nullptr);
    const QList<ThreadEvent> &events() const { return m_events; }
    qint64 lastSequence() const { return m_lastSequence; }
    bool hasMore() const { return m_hasMore; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QList<ThreadEvent> m_events;
    qint64 m_lastSequence = 0;
    bool m_hasMore = false;
};

// GET /migrations/{id}/exports/{slug}.csv?filter=…, streamed to `filePath` as it arrives (never
// held whole in memory): written to "<filePath>.part", renamed over `filePath` when complete,
// removed when it fails or is aborted. progress() as bytes arrive.
class MigrationExportDownload : public ApiRequest {
    Q_OBJECT
public:
    MigrationExportDownload(const QString &migrationId, const QString &templateSlug, const QString &filePath,
                            const QString &filter = QStringLiteral("valid"), QObject *parent = nullptr);
    ~MigrationExportDownload() override;
    QString filePath() const { return m_path; }
    qint64 bytesWritten() const { return m_written; }
    // X-Total-Records: the records matching the filter; -1 until the headers arrive.
    qint64 totalRecords() const { return m_totalRecords; }

signals:
    // `total` is the Content-Length, or -1 when the server streams without one.
    void progress(qint64 bytesWritten, qint64 total);

protected:
    QNetworkReply *sendRequest(ApiConnection *connection, const QUrl &url, ApiResult *failure) override;
    QString parseBody(const QJsonObject &body) override;

private:
    void drain(QNetworkReply *reply);
    void discardPart();

    QString m_path;
    QFile m_part;
    QPointer<QNetworkReply> m_current;
    qint64 m_written = 0;
    qint64 m_contentLength = -1;
    qint64 m_totalRecords = -1;
    QString m_writeError;
};

// Starts migration runs through an intent journal of its own: the intent is written down (off the
// UI thread) before the POST leaves and completed with the answer. The API has no idempotency key
// for runs, so a lost answer is settled by looking: the run the 409 names, or the newest run of
// that kind made since the intent. Pending intents found at open are settled the same way — the
// console never sends a run start twice.
class MigrationRunStart : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Pending,
        Started,   // the server made the run now
        Recovered, // an earlier attempt made it; its answer was lost
        Conflict,  // another run holds the slot (conflictingRunId())
        Failed,    // refused: nothing was made (message() names the field)
        Unsettled  // cannot be told yet; the intent stays in the journal
    };
    Q_ENUM(Outcome)

    Outcome outcome() const { return m_outcome; }
    bool succeeded() const { return m_outcome == Outcome::Started || m_outcome == Outcome::Recovered; }
    QString migrationId() const { return m_migrationId; }
    QString kind() const { return m_kind; }
    QString runId() const { return m_runId; }
    QString conflictingRunId() const { return m_conflictingRunId; }
    const ApiResult &result() const { return m_result; }
    QString message() const { return m_message; }
    bool isResumed() const { return m_resumed; }

signals:
    void finished();

private:
    friend class MigrationRunStarter;
    explicit MigrationRunStart(QObject *parent)
        : QObject(parent)
    {}
    Outcome m_outcome = Outcome::Pending;
    Intent m_intent;
    QString m_migrationId;
    QString m_kind;
    QString m_runId;
    QString m_conflictingRunId;
    ApiResult m_result;
    QString m_message;
    bool m_resumed = false;
};

class MigrationRunStarter : public QObject {
    Q_OBJECT
public:
    explicit MigrationRunStarter(ApiConnection *connection, QObject *parent = nullptr);
    ~MigrationRunStarter() override;

    // Opens the journal file off the UI thread; journalReady() when done. Pending intents are
    // settled then (resumed starts report through started()).
    void openJournal(const QString &path);
    bool isJournalOpen() const { return m_journalOpen; }
    void waitForJournal();

    // Deleted by the starter after finished(): read what you need in the slot.
    MigrationRunStart *start(const QString &migrationId, const QString &kind, const QString &message = {});

signals:
    void journalReady(bool ok, const QString &error);
    // Every start, by this session or resumed from the journal, once settled.
    void started(godwit::app::MigrationRunStart *start);

private:
    void send(MigrationRunStart *op);
    void lookUp(MigrationRunStart *op, const QString &runIdHint);
    void settle(MigrationRunStart *op, MigrationRunStart::Outcome outcome, const QString &message = {});
    template <typename F> auto onJournalThread(F &&work);

    QPointer<ApiConnection> m_connection;
    std::unique_ptr<IntentJournal> m_journal;
    QThreadPool m_journalThread;
    bool m_journalOpen = false;
};

} // namespace godwit::app
