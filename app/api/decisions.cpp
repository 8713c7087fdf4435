// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/decisions.h"

#include <QRegularExpression>
#include <QUrl>

namespace godwit::app {

namespace {

QString runPath(const QString &companyId, const QString &runId)
{
    return QStringLiteral("/companies/") + QString::fromLatin1(QUrl::toPercentEncoding(companyId)) +
           QStringLiteral("/imports/") + QString::fromLatin1(QUrl::toPercentEncoding(runId));
}

QJsonArray answersArray(const QList<QuestionAnswer> &answers)
{
    QJsonArray array;
    for (const QuestionAnswer &answer : answers)
        array.append(QJsonObject{{QStringLiteral("id"), answer.id}, {QStringLiteral("value"), answer.value}});
    return array;
}

} // namespace

QString DecisionRequest::pathFor(const QString &companyId, const QString &runId)
{
    return runPath(companyId, runId) + QStringLiteral("/decisions");
}

QString DecisionRequest::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Accept:
        return QStringLiteral("accept");
    case Kind::Answer:
        return QStringLiteral("answer");
    case Kind::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

QJsonObject DecisionRequest::acceptBody(const QString &idempotencyKey, const QJsonObject &patch)
{
    QJsonObject body{{QStringLiteral("decision"), kindName(Kind::Accept)}};
    if (!patch.isEmpty())
        body.insert(QStringLiteral("patch"), patch);
    if (!idempotencyKey.isEmpty())
        body.insert(QStringLiteral("idempotency_key"), idempotencyKey);
    return body;
}

QJsonObject DecisionRequest::answerBody(const QList<QuestionAnswer> &answers, const QString &idempotencyKey)
{
    QJsonObject body{{QStringLiteral("decision"), kindName(Kind::Answer)},
                     {QStringLiteral("answers"), answersArray(answers)}};
    if (!idempotencyKey.isEmpty())
        body.insert(QStringLiteral("idempotency_key"), idempotencyKey);
    return body;
}

QJsonObject DecisionRequest::rejectBody(const QString &idempotencyKey)
{
    QJsonObject body{{QStringLiteral("decision"), kindName(Kind::Reject)}};
    if (!idempotencyKey.isEmpty())
        body.insert(QStringLiteral("idempotency_key"), idempotencyKey);
    return body;
}

DecisionRequest::DecisionRequest(const QString &companyId, const QString &runId, const QJsonObject &body,
                                 QObject *parent)
    : ApiRequest("POST", pathFor(companyId, runId), parent)
{
    setJsonBody(body);
    // Never repeated by the retry policy: whether a lost decision landed is read from the run.
    setIdempotent(false);
}

QString DecisionRequest::parseBody(const QJsonObject &body)
{
    m_runId = body.value(QLatin1String("run_id")).toString();
    m_status = body.value(QLatin1String("status")).toString();
    if (m_status.isEmpty())
        return tr("The server's answer to the decision has no status");
    return {};
}

QString DecisionRequest::fieldOfMessage(const QString &message)
{
    // "answers[1].id: unknown …", "answers[0].value is required …", "patch.actions[0]: …",
    // "decision must be …", "answers is required …", "patch: …"
    static const QRegularExpression field(QStringLiteral(
        R"(^((?:decision|answers|patch|idempotency_key)(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*))"));
    const QRegularExpressionMatch match = field.match(message.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

int DecisionRequest::answerIndexOfField(const QString &field)
{
    static const QRegularExpression index(QStringLiteral(R"(^answers\[(\d+)\])"));
    const QRegularExpressionMatch match = index.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString ImportMessageRequest::pathFor(const QString &companyId, const QString &runId)
{
    return runPath(companyId, runId) + QStringLiteral("/messages");
}

QJsonObject ImportMessageRequest::answersBody(const QList<QuestionAnswer> &answers)
{
    return QJsonObject{{QStringLiteral("answers"), answersArray(answers)}};
}

QJsonObject ImportMessageRequest::correctionBody(const QString &correction)
{
    return QJsonObject{{QStringLiteral("answers"), correction}};
}

ImportMessageRequest::ImportMessageRequest(const QString &companyId, const QString &runId,
                                           const QList<QuestionAnswer> &answers, QObject *parent)
    : ApiRequest("POST", pathFor(companyId, runId), parent)
{
    setJsonBody(answersBody(answers));
}

ImportMessageRequest::ImportMessageRequest(const QString &companyId, const QString &runId,
                                           const QString &correction, QObject *parent)
    : ApiRequest("POST", pathFor(companyId, runId), parent)
{
    setJsonBody(correctionBody(correction));
}

QString ImportMessageRequest::parseBody(const QJsonObject &body)
{
    m_status = body.value(QLatin1String("status")).toString();
    return {};
}

} // namespace godwit::app
