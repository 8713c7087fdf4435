// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apirequest.h"

#include <QJsonArray>
#include <QList>

namespace godwit::app {

// One answer to a question: its id and the chosen option's label (or id), or free text where the
// question allows it (API §3.2.5, §3.2.6).
struct QuestionAnswer {
    QString id;
    QString value;
    friend bool operator==(const QuestionAnswer &, const QuestionAnswer &) = default;
};

// POST /companies/{id}/imports/{run_id}/decisions (API §3.2.5, docs/api.md "Decisions"): settles a
// run paused at needs_attention. accept (the proposed patch as-is, or an edited one) and answer
// make a new plan version and re-run; reject completes the run with the flagged rows kept out of
// the valid download. 200 { run_id, status } ("running", or "completed" after a reject).
//
// The body carries an idempotency_key as every create does (a server that keeps keys replays its
// answer); a server that does not is guarded by the run's state instead — a second decision on
// a run that left needs_attention is 409, and DecisionService settles a lost answer by reading the
// run, never by sending blindly. So the request itself is not repeated by the retry policy.
class DecisionRequest : public ApiRequest {
    Q_OBJECT
public:
    enum class Kind { Accept, Answer, Reject };
    Q_ENUM(Kind)

    // The body exactly as journaled (a resend after a crash is the same call).
    DecisionRequest(const QString &companyId, const QString &runId, const QJsonObject &body,
                    QObject *parent = nullptr);

    static QString pathFor(const QString &companyId, const QString &runId);
    // { decision: "accept", patch?, idempotency_key? }: an empty patch accepts the proposed one.
    static QJsonObject acceptBody(const QString &idempotencyKey, const QJsonObject &patch = {});
    // { decision: "answer", answers: [{id, value}], idempotency_key? }
    static QJsonObject answerBody(const QList<QuestionAnswer> &answers, const QString &idempotencyKey);
    // { decision: "reject", idempotency_key? }
    static QJsonObject rejectBody(const QString &idempotencyKey);
    static QString kindName(Kind kind);

    QString runId() const { return m_runId; }
    // "running" after accept/answer, "completed" after reject.
    QString status() const { return m_status; }

    // The body field a 400 message is about: "decision", "answers", "answers[1].id",
    // "answers[0].value", "patch", "patch.actions[0]", …; empty when it names none.
    static QString fieldOfMessage(const QString &message);
    // The question index a field names ("answers[2].value" → 2); -1 when none.
    static int answerIndexOfField(const QString &field);

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QString m_runId;
    QString m_status;
};

// POST /companies/{id}/imports/{run_id}/messages (API §3.2.6): answers a run paused at blocked
// ({ answers: [{id, value}] }), or steers a run at any time with a free-form correction
// ({ answers: "<instruction>" }, the form generation B takes, §3.3.7). 200, then keep polling.
class ImportMessageRequest : public ApiRequest {
    Q_OBJECT
public:
    ImportMessageRequest(const QString &companyId, const QString &runId, const QList<QuestionAnswer> &answers,
                         QObject *parent = nullptr);
    ImportMessageRequest(const QString &companyId, const QString &runId, const QString &correction,
                         QObject *parent = nullptr);

    static QString pathFor(const QString &companyId, const QString &runId);
    static QJsonObject answersBody(const QList<QuestionAnswer> &answers);
    static QJsonObject correctionBody(const QString &correction);

    QString status() const { return m_status; }

protected:
    QString parseBody(const QJsonObject &body) override;

private:
    QString m_status;
};

} // namespace godwit::app
