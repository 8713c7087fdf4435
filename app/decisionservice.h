// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiresult.h"
#include "app/api/decisions.h"
#include "app/intentjournal.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace godwit::app {

class ApiConnection;
class ApiRequest;
class Services;

// One decision on a paused import run, from its intent in the journal to its settled outcome.
// Deleted by the service soon after finished(): read what you need in the slot.
class DecisionOperation : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Pending,
        Done,      // the server took it now
        Recovered, // an earlier attempt (whose answer was lost) had landed: the run moved on already
        Conflict,  // 409: the run is not waiting for a decision (someone else decided, or it ended)
        Failed,    // refused (400, 404): nothing changed; field() names the body field
        Unsettled  // it cannot be told yet whether it landed: the intent stays in the journal
    };
    Q_ENUM(Outcome)

    DecisionRequest::Kind kind() const { return m_kind; }
    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Pending; }
    bool succeeded() const { return m_outcome == Outcome::Done || m_outcome == Outcome::Recovered; }
    bool isResumed() const { return m_resumed; }
    QString companyId() const { return m_companyId; }
    QString runId() const { return m_runId; }
    QString key() const { return m_intent.idempotencyKey; }
    // How many times the decision went out (0 when a lost answer turned out to have landed).
    int sends() const { return m_sends; }
    const ApiResult &result() const { return m_result; }
    // "answers[1].id", "answers[0].value", "patch.actions[0]", "decision", … (from a 400)
    QString field() const { return m_field; }
    // The server's message, or the console's for local failures.
    QString message() const { return m_message; }
    // The run's status after the decision ("running" after accept/answer, "completed" after reject).
    QString runStatus() const { return m_runStatus; }
    // The plan version the run waited at when the decision was made (0: unknown).
    int planVersionBefore() const { return m_planVersionBefore; }
    // The run_id the server answered with (the same run, for our server; empty when not read).
    QString answeredRunId() const { return m_answeredRunId; }

signals:
    void finished();

private:
    friend class DecisionService;
    explicit DecisionOperation(DecisionRequest::Kind kind, QObject *parent)
        : QObject(parent)
        , m_kind(kind)
    {}

    DecisionRequest::Kind m_kind;
    Outcome m_outcome = Outcome::Pending;
    bool m_resumed = false;
    Intent m_intent;
    QString m_companyId;
    QString m_runId;
    int m_planVersionBefore = 0;
    int m_sends = 0;
    ApiResult m_result;
    QString m_field;
    QString m_message;
    QString m_runStatus;
    QString m_answeredRunId;
    QPointer<ApiRequest> m_request;
};

// Every decision (accept / answer / reject) goes through here, the way CreateService makes
// creates: the intent — body with its idempotency_key, and the run's status and plan version at
// the time — is written to a journal of its own (fsynced, off the UI thread) before the request
// leaves; the answer completes it. After a lost answer or a crash, the run is read first: still
// needs_attention at the same plan version → the same body (same key) goes out again; moved on →
// the decision had landed (Recovered). A decision is never applied twice to a later pause.
class DecisionService : public QObject {
    Q_OBJECT
public:
    explicit DecisionService(ApiConnection *connection, QObject *parent = nullptr);
    ~DecisionService() override;

    // The one service of `services` (made on first use, a child of it): its journal is
    // "decisions.jsonl" beside the create journal; pending decisions are resumed at every connect.
    static DecisionService *of(Services &services);

    void openJournal(const QString &path);
    bool isJournalOpen() const { return m_journalOpen; }
    QString journalPath() const { return m_journal ? m_journal->path() : QString(); }
    void waitForJournal();

    void setProfileId(const QString &id) { m_profileId = id; }
    QString profileId() const { return m_profileId; }

    // `planVersion`: the run's plan_version at needs_attention (0 when the server gave none).
    DecisionOperation *accept(const QString &companyId, const QString &runId, int planVersion,
                              const QJsonObject &patch = {});
    DecisionOperation *answer(const QString &companyId, const QString &runId, int planVersion,
                              const QList<QuestionAnswer> &answers);
    DecisionOperation *reject(const QString &companyId, const QString &runId, int planVersion);

    // Sends again (after reading the run) every journaled decision of the profile not in flight.
    void resumePending();
    int pendingCount() const { return m_pendingCount; }

    // "<companyId>/<runId>/decisions" → the two ids.
    static bool idsOfPath(const QString &path, QString *companyId, QString *runId);

signals:
    void journalReady(bool ok, const QString &error);
    void operationFinished(godwit::app::DecisionOperation *operation);

private:
    DecisionOperation *begin(DecisionRequest::Kind kind, const QString &companyId, const QString &runId,
                             int planVersion, const QJsonObject &body);
    void journalThenSend(DecisionOperation *op);
    void send(DecisionOperation *op);
    void onAnswer(DecisionOperation *op);
    // Reads the run: still waiting at the same plan version → send (when `mayResend`), else settled.
    void checkRun(DecisionOperation *op, bool mayResend);
    void settle(DecisionOperation *op, DecisionOperation::Outcome outcome, const QString &message = {});
    void resume(const Intent &intent);

    template <typename F> auto onJournalThread(F &&work);

    ApiConnection *m_connection;
    QString m_profileId;
    bool m_resumeWanted = false;
    std::unique_ptr<IntentJournal> m_journal;
    QThreadPool m_journalThread;
    bool m_journalOpen = false;
    int m_pendingCount = 0;
    QSet<QString> m_inFlight;
};

} // namespace godwit::app
