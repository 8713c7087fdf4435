// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions on a paused company import (POST …/imports/{run_id}/decisions: DecisionRequest, through
// DecisionService and its journal) and answers to a blocked one (POST …/messages:
// ImportMessageRequest), against a real godwit-server: a file with bad e-mails pauses at
// needs_attention; accept makes plan version 2 and a re-run that completes; answer; reject; the
// error bands; a crash between "journaled" and "answer read" sends the same key again, and a
// decision that had landed is never sent a second time.
#include "app/api/apiconnection.h"
#include "app/api/decisions.h"
#include "app/decisionservice.h"
#include "app/intentjournal.h"
#include "server/importclient.h"
#include "support/serverprocess.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace godwit::app;
using godwit::test::ImportClient;

namespace {

const QString kProfile = QStringLiteral("local");

bool run(ApiRequest &request, ApiConnection &connection)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start(&connection);
    return finished.wait(15000) && finished.size() == 1;
}

struct Paused {
    QString companyId;
    QString runId;
    QJsonObject body;
    int planVersion = 0;
};

} // namespace

class TestDecisionsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bodiesAreWhatTheDocsSay();
    void fieldsOfServerMessages();
    void acceptMakesANewPlanVersionAndReRuns();
    void answerTakesTheChosenOption();
    void rejectCompletesWithTheFlaggedRowsKept();
    void errorBands();
    void aRefusedAnswerNamesItsField();
    void crashBeforeTheAnswerSendsTheSameKeyAgain();
    void aDecisionThatLandedIsNotSentTwice();
    void messagesToABlockedImport();

private:
    Paused pausedRun();
    DecisionOperation *finish(DecisionOperation *op);
    std::unique_ptr<DecisionService> service(const QString &journal);

    QTemporaryDir m_dir;
    godwit::test::ServerProcess m_server;
    std::unique_ptr<ImportClient> m_client;
    ApiConnection m_connection;
};

void TestDecisionsApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_connection.configure(m_server.baseUrl(), m_server.apiKey());
    m_client = std::make_unique<ImportClient>(m_server);
}

Paused TestDecisionsApi::pausedRun()
{
    Paused paused;
    paused.companyId = m_client->createCompany();
    if (paused.companyId.isEmpty())
        return {};
    paused.runId =
        m_client->importFile(paused.companyId, QStringLiteral("contacts.csv"), godwit::test::kBadEmails);
    if (paused.runId.isEmpty())
        return {};
    paused.body = m_client->waitForRun(paused.companyId, paused.runId);
    paused.planVersion = paused.body.value(QLatin1String("plan_version")).toInt();
    return paused;
}

std::unique_ptr<DecisionService> TestDecisionsApi::service(const QString &journal)
{
    auto decisions = std::make_unique<DecisionService>(&m_connection);
    decisions->setProfileId(kProfile);
    QSignalSpy ready(decisions.get(), &DecisionService::journalReady);
    decisions->openJournal(m_dir.filePath(journal));
    if (!ready.wait(5000) || !ready.first().at(0).toBool())
        return {};
    return decisions;
}

DecisionOperation *TestDecisionsApi::finish(DecisionOperation *op)
{
    if (!op->isFinished()) {
        QSignalSpy finished(op, &DecisionOperation::finished);
        if (!finished.wait(20000))
            return nullptr;
    }
    return op;
}

void TestDecisionsApi::bodiesAreWhatTheDocsSay()
{
    QCOMPARE(
        QJsonDocument(DecisionRequest::acceptBody(QStringLiteral("gw-1"))).toJson(QJsonDocument::Compact),
        QByteArray(R"({"decision":"accept","idempotency_key":"gw-1"})"));
    const QJsonObject patch{{QStringLiteral("actions"), QJsonArray{}}};
    QCOMPARE(QJsonDocument(DecisionRequest::acceptBody({}, patch)).toJson(QJsonDocument::Compact),
             QByteArray(R"({"decision":"accept","patch":{"actions":[]}})"));
    QCOMPARE(QJsonDocument(
                 DecisionRequest::answerBody({{QStringLiteral("fq0"), QStringLiteral("Delete these rows")}},
                                             QStringLiteral("k")))
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"answers":[{"id":"fq0","value":"Delete these rows"}],"decision":"answer",)"
                        R"("idempotency_key":"k"})"));
    QCOMPARE(QJsonDocument(DecisionRequest::rejectBody(QStringLiteral("k"))).toJson(QJsonDocument::Compact),
             QByteArray(R"({"decision":"reject","idempotency_key":"k"})"));
    QCOMPARE(DecisionRequest::pathFor(QStringLiteral("c/1"), QStringLiteral("r 2")),
             QStringLiteral("/companies/c%2F1/imports/r%202/decisions"));
    QCOMPARE(ImportMessageRequest::pathFor(QStringLiteral("c"), QStringLiteral("r")),
             QStringLiteral("/companies/c/imports/r/messages"));
    QCOMPARE(
        QJsonDocument(ImportMessageRequest::answersBody({{QStringLiteral("q1"), QStringLiteral("Mail")}}))
            .toJson(QJsonDocument::Compact),
        QByteArray(R"({"answers":[{"id":"q1","value":"Mail"}]})"));
    QCOMPARE(QJsonDocument(ImportMessageRequest::correctionBody(QStringLiteral("map \"Mail\" to email")))
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"answers":"map \"Mail\" to email"})"));

    // Never repeated blindly by the retry policy: DecisionService reads the run instead.
    DecisionRequest decision(QStringLiteral("c"), QStringLiteral("r"), DecisionRequest::rejectBody({}));
    QVERIFY(!decision.isIdempotent());
    QCOMPARE(decision.method(), QByteArray("POST"));
    ImportMessageRequest message(QStringLiteral("c"), QStringLiteral("r"), QStringLiteral("x"));
    QVERIFY(!message.isIdempotent());

    QString company, runId;
    QVERIFY(DecisionService::idsOfPath(DecisionRequest::pathFor(QStringLiteral("c/1"), QStringLiteral("r")),
                                       &company, &runId));
    QCOMPARE(company, QStringLiteral("c/1"));
    QCOMPARE(runId, QStringLiteral("r"));
    QVERIFY(!DecisionService::idsOfPath(QStringLiteral("/companies/c/imports"), &company, &runId));
}

void TestDecisionsApi::fieldsOfServerMessages()
{
    QCOMPARE(DecisionRequest::fieldOfMessage(QStringLiteral("answers[1].id: unknown question id \"fq9\"")),
             QStringLiteral("answers[1].id"));
    QCOMPARE(DecisionRequest::fieldOfMessage(
                 QStringLiteral("answers[0].value is required: an option label, id or free text")),
             QStringLiteral("answers[0].value"));
    QCOMPARE(
        DecisionRequest::fieldOfMessage(QStringLiteral("decision must be one of accept, answer, reject")),
        QStringLiteral("decision"));
    QCOMPARE(DecisionRequest::fieldOfMessage(QStringLiteral("patch.actions[0]: unknown action: explode")),
             QStringLiteral("patch.actions[0]"));
    QCOMPARE(DecisionRequest::fieldOfMessage(QStringLiteral("answers: no usable answer")),
             QStringLiteral("answers"));
    QCOMPARE(DecisionRequest::fieldOfMessage(QStringLiteral("The run is running, not needs_attention")),
             QString());
    QCOMPARE(DecisionRequest::answerIndexOfField(QStringLiteral("answers[12].value")), 12);
    QCOMPARE(DecisionRequest::answerIndexOfField(QStringLiteral("answers")), -1);
    QCOMPARE(DecisionRequest::answerIndexOfField(QStringLiteral("patch.actions[0]")), -1);
}

void TestDecisionsApi::acceptMakesANewPlanVersionAndReRuns()
{
    const Paused paused = pausedRun();
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    QVERIFY(!paused.body.value(QLatin1String("needs_attention"))
                 .toObject()
                 .value(QLatin1String("questions"))
                 .toArray()
                 .isEmpty());
    QCOMPARE(paused.planVersion, 1);

    auto decisions = service(QStringLiteral("accept.jsonl"));
    QVERIFY(decisions);
    DecisionOperation *op = finish(decisions->accept(paused.companyId, paused.runId, paused.planVersion));
    QVERIFY(op);
    QCOMPARE(op->outcome(), DecisionOperation::Outcome::Done);
    QCOMPARE(op->sends(), 1);
    QCOMPARE(op->runStatus(), QStringLiteral("running"));
    QCOMPARE(op->answeredRunId(), paused.runId);
    QVERIFY(op->key().startsWith(QLatin1String("gw-")));

    const QJsonObject after = m_client->waitForRun(paused.companyId, paused.runId);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QLatin1String("plan_version")).toInt(), 2);
    // The suggested fix cleared or dropped the two bad e-mails: nothing is flagged any more.
    QCOMPARE(after.value(QLatin1String("report")).toObject().value(QLatin1String("invalidCellCount")).toInt(),
             0);

    decisions->waitForJournal();
    QTRY_COMPARE(decisions->pendingCount(), 0);
    IntentJournal journal(m_dir.filePath(QStringLiteral("accept.jsonl")));
    QVERIFY(journal.open());
    QVERIFY(journal.pending().isEmpty());
}

void TestDecisionsApi::answerTakesTheChosenOption()
{
    const Paused paused = pausedRun();
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    const QJsonObject question = paused.body.value(QLatin1String("needs_attention"))
                                     .toObject()
                                     .value(QLatin1String("questions"))
                                     .toArray()
                                     .first()
                                     .toObject();
    const QJsonArray options = question.value(QLatin1String("options")).toArray();
    QVERIFY(!options.isEmpty());
    // The option that leaves the rows out: the valid download then has the four good rows.
    QString label;
    for (const QJsonValue &option : options)
        if (option.toObject().value(QLatin1String("id")).toString() == QLatin1String("delete_rows"))
            label = option.toObject().value(QLatin1String("label")).toString();
    QVERIFY2(!label.isEmpty(), QJsonDocument(question).toJson().constData());

    auto decisions = service(QStringLiteral("answer.jsonl"));
    QVERIFY(decisions);
    DecisionOperation *op =
        finish(decisions->answer(paused.companyId, paused.runId, paused.planVersion,
                                 {{question.value(QLatin1String("id")).toString(), label}}));
    QVERIFY(op);
    QCOMPARE(op->outcome(), DecisionOperation::Outcome::Done);
    QCOMPARE(op->kind(), DecisionRequest::Kind::Answer);

    const QJsonObject after = m_client->waitForRun(paused.companyId, paused.runId);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QLatin1String("plan_version")).toInt(), 2);
    QCOMPARE(after.value(QLatin1String("report")).toObject().value(QLatin1String("inserted")).toInt(), 4);
}

void TestDecisionsApi::rejectCompletesWithTheFlaggedRowsKept()
{
    const Paused paused = pausedRun();
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    auto decisions = service(QStringLiteral("reject.jsonl"));
    QVERIFY(decisions);
    DecisionOperation *op = finish(decisions->reject(paused.companyId, paused.runId, paused.planVersion));
    QVERIFY(op);
    QCOMPARE(op->outcome(), DecisionOperation::Outcome::Done);
    QCOMPARE(op->runStatus(), QStringLiteral("completed"));
    const QJsonObject after = m_client->poll(paused.companyId, paused.runId);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QLatin1String("plan_version")).toInt(), 1); // no new version
    QCOMPARE(after.value(QLatin1String("report")).toObject().value(QLatin1String("invalidCellCount")).toInt(),
             2);
}

void TestDecisionsApi::errorBands()
{
    const Paused paused = pausedRun();
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));

    // 400 naming the field.
    DecisionRequest noDecision(paused.companyId, paused.runId, QJsonObject{});
    QVERIFY(run(noDecision, m_connection));
    QCOMPARE(noDecision.result().status, ApiStatus::ClientError);
    QCOMPARE(DecisionRequest::fieldOfMessage(noDecision.result().message), QStringLiteral("decision"));
    DecisionRequest noAnswers(paused.companyId, paused.runId,
                              QJsonObject{{QStringLiteral("decision"), QStringLiteral("answer")}});
    QVERIFY(run(noAnswers, m_connection));
    QCOMPARE(noAnswers.result().status, ApiStatus::ClientError);
    QCOMPARE(DecisionRequest::fieldOfMessage(noAnswers.result().message), QStringLiteral("answers"));
    DecisionRequest unknownQuestion(
        paused.companyId, paused.runId,
        DecisionRequest::answerBody({{QStringLiteral("fq0"), QStringLiteral("Delete these rows")},
                                     {QStringLiteral("fq99"), QStringLiteral("x")}},
                                    {}));
    QVERIFY(run(unknownQuestion, m_connection));
    QCOMPARE(unknownQuestion.result().status, ApiStatus::ClientError);
    QCOMPARE(DecisionRequest::fieldOfMessage(unknownQuestion.result().message),
             QStringLiteral("answers[1].id"));
    QVERIFY(unknownQuestion.result().message.contains(QLatin1String("fq99")));

    // 404: a run that is not there, and a company that is not there.
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    DecisionRequest noRun(paused.companyId, unknown, DecisionRequest::acceptBody({}));
    QVERIFY(run(noRun, m_connection));
    QCOMPARE(noRun.result().status, ApiStatus::NotFound);
    QCOMPARE(noRun.result().message, QStringLiteral("Import run not found"));
    DecisionRequest noCompany(unknown, paused.runId, DecisionRequest::acceptBody({}));
    QVERIFY(run(noCompany, m_connection));
    QCOMPARE(noCompany.result().status, ApiStatus::NotFound);
    QCOMPARE(noCompany.result().message, QStringLiteral("Company not found"));

    // Nothing changed so far; then one decision, and the second is 409.
    QCOMPARE(m_client->poll(paused.companyId, paused.runId).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    DecisionRequest first(paused.companyId, paused.runId, DecisionRequest::rejectBody({}));
    QVERIFY(run(first, m_connection));
    QVERIFY2(first.result().ok(), qPrintable(first.result().message));
    QCOMPARE(first.status(), QStringLiteral("completed"));
    DecisionRequest second(paused.companyId, paused.runId, DecisionRequest::acceptBody({}));
    QVERIFY(run(second, m_connection));
    QCOMPARE(second.result().status, ApiStatus::Conflict);
    QCOMPARE(second.result().httpStatus, 409);
    QVERIFY(second.result().message.contains(QLatin1String("not needs_attention")));

    // Through the service a 409 is a Conflict (nobody else's decision is taken for ours).
    auto decisions = service(QStringLiteral("bands.jsonl"));
    QVERIFY(decisions);
    DecisionOperation *op = finish(decisions->accept(paused.companyId, paused.runId, paused.planVersion));
    QVERIFY(op);
    QCOMPARE(op->outcome(), DecisionOperation::Outcome::Conflict);
    QCOMPARE(op->sends(), 1);
}

void TestDecisionsApi::aRefusedAnswerNamesItsField()
{
    const Paused paused = pausedRun();
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    auto decisions = service(QStringLiteral("refused.jsonl"));
    QVERIFY(decisions);
    DecisionOperation *op = finish(decisions->answer(paused.companyId, paused.runId, paused.planVersion,
                                                     {{QStringLiteral("fq0"), QStringLiteral("")}}));
    QVERIFY(op);
    QCOMPARE(op->outcome(), DecisionOperation::Outcome::Failed);
    QCOMPARE(op->result().httpStatus, 400);
    QVERIFY2(op->field().startsWith(QLatin1String("answers")), qPrintable(op->message()));
    QVERIFY(!op->message().isEmpty());
    // Refused: the run still waits, and the journal holds nothing pending.
    QCOMPARE(m_client->poll(paused.companyId, paused.runId).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
    decisions->waitForJournal();
    QTRY_COMPARE(decisions->pendingCount(), 0);
}

void TestDecisionsApi::crashBeforeTheAnswerSendsTheSameKeyAgain()
{
    const Paused paused = pausedRun();
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));

    // What DecisionService writes before the request leaves — and then the console died.
    Intent intent;
    intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.kind = QStringLiteral("decision");
    intent.profileId = kProfile;
    intent.idempotencyKey = QStringLiteral("gw-crashed-decision");
    intent.method = "POST";
    intent.path = DecisionRequest::pathFor(paused.companyId, paused.runId);
    intent.body = DecisionRequest::acceptBody(intent.idempotencyKey);
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.note = QJsonObject{{QStringLiteral("company_id"), paused.companyId},
                              {QStringLiteral("run_id"), paused.runId},
                              {QStringLiteral("plan_version"), paused.planVersion}};
    {
        IntentJournal journal(m_dir.filePath(QStringLiteral("crash.jsonl")));
        QVERIFY(journal.open());
        QVERIFY(journal.record(intent));
    }

    auto decisions = service(QStringLiteral("crash.jsonl"));
    QVERIFY(decisions);
    QCOMPARE(decisions->pendingCount(), 1);
    QSignalSpy finished(decisions.get(), &DecisionService::operationFinished);
    QString key;
    DecisionOperation::Outcome outcome = DecisionOperation::Outcome::Pending;
    int sends = -1;
    connect(decisions.get(), &DecisionService::operationFinished, this, [&](DecisionOperation *op) {
        key = op->key();
        outcome = op->outcome();
        sends = op->sends();
    });
    decisions->resumePending();
    QVERIFY(finished.wait(20000));
    QCOMPARE(key, intent.idempotencyKey);
    QCOMPARE(outcome, DecisionOperation::Outcome::Recovered);
    QCOMPARE(sends, 1); // the run still waited at version 1: the same body went out

    const QJsonObject after = m_client->waitForRun(paused.companyId, paused.runId);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QLatin1String("plan_version")).toInt(), 2);
    decisions->waitForJournal();
    QTRY_COMPARE(decisions->pendingCount(), 0);
}

void TestDecisionsApi::aDecisionThatLandedIsNotSentTwice()
{
    const Paused paused = pausedRun();
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));

    // Journaled, sent, taken by the server — and the console died before reading the answer.
    Intent intent;
    intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.kind = QStringLiteral("decision");
    intent.profileId = kProfile;
    intent.idempotencyKey = QStringLiteral("gw-landed-decision");
    intent.method = "POST";
    intent.path = DecisionRequest::pathFor(paused.companyId, paused.runId);
    intent.body = DecisionRequest::acceptBody(intent.idempotencyKey);
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.note = QJsonObject{{QStringLiteral("company_id"), paused.companyId},
                              {QStringLiteral("run_id"), paused.runId},
                              {QStringLiteral("plan_version"), paused.planVersion}};
    {
        IntentJournal journal(m_dir.filePath(QStringLiteral("landed.jsonl")));
        QVERIFY(journal.open());
        QVERIFY(journal.record(intent));
    }
    QCOMPARE(m_client->decide(paused.companyId, paused.runId, intent.body).status, 200);
    const QJsonObject reRun = m_client->waitForRun(paused.companyId, paused.runId);
    QCOMPARE(reRun.value(QLatin1String("plan_version")).toInt(), 2);

    auto decisions = service(QStringLiteral("landed.jsonl"));
    QVERIFY(decisions);
    QSignalSpy finished(decisions.get(), &DecisionService::operationFinished);
    DecisionOperation::Outcome outcome = DecisionOperation::Outcome::Pending;
    int sends = -1;
    connect(decisions.get(), &DecisionService::operationFinished, this, [&](DecisionOperation *op) {
        outcome = op->outcome();
        sends = op->sends();
    });
    decisions->resumePending();
    QVERIFY(finished.wait(20000));
    QCOMPARE(outcome, DecisionOperation::Outcome::Recovered);
    QCOMPARE(sends, 0); // read from the run, not sent again
    QCOMPARE(m_client->poll(paused.companyId, paused.runId).value(QLatin1String("plan_version")).toInt(), 2);
    decisions->waitForJournal();
    QTRY_COMPARE(decisions->pendingCount(), 0);
}

void TestDecisionsApi::messagesToABlockedImport()
{
    const Paused paused = pausedRun();
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    ImportMessageRequest answers(paused.companyId, paused.runId,
                                 {{QStringLiteral("q1"), QStringLiteral("E-mail")}});
    QVERIFY(run(answers, m_connection));
    const ApiResult &result = answers.result();
    if (result.httpStatus == 405 ||
        (result.httpStatus == 404 && result.message == QLatin1String("Not found")))
        QSKIP("godwit-server does not serve POST /companies/{id}/imports/{run_id}/messages yet (a server "
              "engineer is writing it; docs/api.md: 'Not done yet: blocked runs')");
    // The run waits for a decision, not for answers: structured answers are 409 …
    QCOMPARE(result.status, ApiStatus::Conflict);
    QVERIFY2(result.message.contains(QLatin1String("not blocked")), qPrintable(result.message));
    // … and a free-form correction it cannot read is a 400 that says what it can (docs/api.md: a
    // correction of a company import is `map "<file column>" to <field>`).
    ImportMessageRequest correction(paused.companyId, paused.runId, QStringLiteral("dates are day-first"));
    QVERIFY(run(correction, m_connection));
    QCOMPARE(correction.result().status, ApiStatus::ClientError);
    QVERIFY2(correction.result().message.contains(QLatin1String("map \"<file column>\" to")),
             qPrintable(correction.result().message));
    // 400 naming the field, before the state is looked at.
    ImportMessageRequest noValue(
        paused.companyId, paused.runId,
        {{QStringLiteral("q1"), QStringLiteral("a")}, {QString(), QStringLiteral("b")}});
    QVERIFY(run(noValue, m_connection));
    QCOMPARE(noValue.result().status, ApiStatus::ClientError);
    QCOMPARE(DecisionRequest::fieldOfMessage(noValue.result().message), QStringLiteral("answers[1].id"));

    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ImportMessageRequest noRun(paused.companyId, unknown, QStringLiteral("dates are day-first"));
    QVERIFY(run(noRun, m_connection));
    QCOMPARE(noRun.result().status, ApiStatus::NotFound);
    QCOMPARE(m_client->poll(paused.companyId, paused.runId).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
}

QTEST_GUILESS_MAIN(TestDecisionsApi)
#include "tst_decisionsapi.moc"
