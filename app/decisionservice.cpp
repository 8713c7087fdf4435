// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/decisionservice.h"

#include "app/api/apiconnection.h"
#include "app/api/runs.h"
#include "app/createservice.h"
#include "app/services.h"
#include "app/session.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace godwit::app {

namespace {

const QLatin1String kPlanVersion("plan_version");
const QLatin1String kCompanyId("company_id");
const QLatin1String kRunId("run_id");

std::optional<DecisionRequest::Kind> kindOfBody(const QJsonObject &body)
{
    const QString name = body.value(QLatin1String("decision")).toString();
    for (auto kind :
         {DecisionRequest::Kind::Accept, DecisionRequest::Kind::Answer, DecisionRequest::Kind::Reject})
        if (DecisionRequest::kindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace

template <typename F> auto DecisionService::onJournalThread(F &&work)
{
    return QtConcurrent::run(&m_journalThread, std::forward<F>(work));
}

DecisionService::DecisionService(ApiConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_journalThread.setMaxThreadCount(1);
    m_journalThread.setExpiryTimeout(-1);
}

DecisionService::~DecisionService()
{
    m_journalThread.waitForDone();
}

DecisionService *DecisionService::of(Services &services)
{
    if (auto *existing = services.findChild<DecisionService *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *service = new DecisionService(services.session()->connection(), &services);
    const QString createJournal = services.creates()->journalPath();
    const QString folder = !createJournal.isEmpty()
                               ? QFileInfo(createJournal).absolutePath()
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    service->openJournal(QDir(folder).filePath(QStringLiteral("decisions.jsonl")));
    Session *session = services.session();
    service->setProfileId(session->profile().id);
    // Decisions whose answer was lost (or that a crash interrupted) are settled at every connect.
    connect(session, &Session::connected, service, [service, session] {
        service->setProfileId(session->profile().id);
        service->resumePending();
    });
    if (session->isConnected())
        service->resumePending();
    return service;
}

void DecisionService::waitForJournal()
{
    m_journalThread.waitForDone();
}

void DecisionService::openJournal(const QString &path)
{
    m_journalOpen = false;
    m_journalThread.waitForDone();
    m_journal = std::make_unique<IntentJournal>(path);
    IntentJournal *journal = m_journal.get();
    onJournalThread([journal] {
        QDir().mkpath(QFileInfo(journal->path()).absolutePath());
        QString error;
        const bool ok = journal->open(&error);
        return std::make_tuple(ok, error, int(journal->pending().size()));
    }).then(this, [this](const std::tuple<bool, QString, int> &opened) {
        const auto &[ok, error, pending] = opened;
        m_journalOpen = ok;
        m_pendingCount = pending;
        emit journalReady(ok, error);
        if (ok && m_resumeWanted)
            resumePending();
    });
}

bool DecisionService::idsOfPath(const QString &path, QString *companyId, QString *runId)
{
    // "/companies/<id>/imports/<run>/decisions"
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() != 6 || parts.at(1) != QLatin1String("companies") ||
        parts.at(3) != QLatin1String("imports"))
        return false;
    *companyId = QUrl::fromPercentEncoding(parts.at(2).toUtf8());
    *runId = QUrl::fromPercentEncoding(parts.at(4).toUtf8());
    return !companyId->isEmpty() && !runId->isEmpty();
}

DecisionOperation *DecisionService::begin(DecisionRequest::Kind kind, const QString &companyId,
                                          const QString &runId, int planVersion, const QJsonObject &body)
{
    auto *op = new DecisionOperation(kind, this);
    op->m_companyId = companyId;
    op->m_runId = runId;
    op->m_planVersionBefore = planVersion;
    op->m_intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op->m_intent.kind = QStringLiteral("decision");
    op->m_intent.profileId = m_profileId;
    op->m_intent.idempotencyKey = body.value(QLatin1String("idempotency_key")).toString();
    op->m_intent.method = "POST";
    op->m_intent.path = DecisionRequest::pathFor(companyId, runId);
    op->m_intent.body = body;
    op->m_intent.createdAt = QDateTime::currentDateTimeUtc();
    op->m_intent.note = QJsonObject{{kCompanyId, companyId}, {kRunId, runId}, {kPlanVersion, planVersion}};
    m_inFlight.insert(op->m_intent.id);
    // On the next turn of the event loop, so callers can connect to finished() first.
    QMetaObject::invokeMethod(
        this, [this, op] { journalThenSend(op); }, Qt::QueuedConnection);
    return op;
}

DecisionOperation *DecisionService::accept(const QString &companyId, const QString &runId, int planVersion,
                                           const QJsonObject &patch)
{
    return begin(DecisionRequest::Kind::Accept, companyId, runId, planVersion,
                 DecisionRequest::acceptBody(IntentJournal::newKey(), patch));
}

DecisionOperation *DecisionService::answer(const QString &companyId, const QString &runId, int planVersion,
                                           const QList<QuestionAnswer> &answers)
{
    return begin(DecisionRequest::Kind::Answer, companyId, runId, planVersion,
                 DecisionRequest::answerBody(answers, IntentJournal::newKey()));
}

DecisionOperation *DecisionService::reject(const QString &companyId, const QString &runId, int planVersion)
{
    return begin(DecisionRequest::Kind::Reject, companyId, runId, planVersion,
                 DecisionRequest::rejectBody(IntentJournal::newKey()));
}

void DecisionService::journalThenSend(DecisionOperation *op)
{
    // Opening (on the same journal thread, before this record) counts as open.
    if (!m_journal) {
        op->m_result = {ApiStatus::ClientError, 0, {}, {}, {}};
        settle(op, DecisionOperation::Outcome::Failed,
               tr("The console's decision journal is not open, so nothing was sent (a lost answer could "
                  "otherwise apply the decision to a later pause)."));
        return;
    }
    IntentJournal *journal = m_journal.get();
    const Intent intent = op->m_intent;
    QPointer<DecisionOperation> guard(op);
    onJournalThread([journal, intent] {
        QString error;
        const bool ok = journal->record(intent, &error);
        return std::make_pair(ok, error);
    }).then(this, [this, guard](const std::pair<bool, QString> &recorded) {
        if (!guard)
            return;
        if (!recorded.first) {
            guard->m_result = {ApiStatus::ClientError, 0, recorded.second, {}, {}};
            settle(guard, DecisionOperation::Outcome::Failed,
                   tr("Nothing was sent: the decision could not be written to the journal: %1")
                       .arg(recorded.second));
            return;
        }
        ++m_pendingCount;
        send(guard);
    });
}

void DecisionService::send(DecisionOperation *op)
{
    ++op->m_sends;
    auto *request = new DecisionRequest(op->m_companyId, op->m_runId, op->m_intent.body, op);
    op->m_request = request;
    connect(request, &ApiRequest::finished, this, [this, op] { onAnswer(op); });
    request->start(m_connection);
}

void DecisionService::onAnswer(DecisionOperation *op)
{
    auto *request = qobject_cast<DecisionRequest *>(op->m_request.data());
    op->m_request = nullptr;
    request->deleteLater();
    op->m_result = request->result();
    const ApiResult &result = op->m_result;
    using Outcome = DecisionOperation::Outcome;
    if (result.ok()) {
        op->m_runStatus = request->status();
        op->m_answeredRunId = request->runId();
        settle(op, op->m_sends > 1 || op->m_resumed ? Outcome::Recovered : Outcome::Done);
        return;
    }
    op->m_field = DecisionRequest::fieldOfMessage(result.message);
    switch (result.status) {
    case ApiStatus::ClientError:
    case ApiStatus::NotFound:
    case ApiStatus::TooLarge:
        settle(op, Outcome::Failed);
        return;
    case ApiStatus::Conflict:
        // After a lost answer the 409 may be our own first attempt having landed.
        if (op->m_sends > 1 || op->m_resumed) {
            checkRun(op, false);
            return;
        }
        settle(op, Outcome::Conflict);
        return;
    case ApiStatus::Unauthorized:
    case ApiStatus::Canceled:
        settle(op, Outcome::Unsettled);
        return;
    default:
        // Lost or broken: it may have landed. Read the run before anything goes out again.
        checkRun(op, op->m_sends < 2);
        return;
    }
}

void DecisionService::checkRun(DecisionOperation *op, bool mayResend)
{
    auto *get = new GetImportRequest(op->m_companyId, op->m_runId, op);
    op->m_request = get;
    connect(get, &ApiRequest::finished, this, [this, op, get, mayResend] {
        op->m_request = nullptr;
        get->deleteLater();
        using Outcome = DecisionOperation::Outcome;
        const ApiResult &read = get->result();
        if (read.status == ApiStatus::NotFound) {
            op->m_result = read;
            settle(op, Outcome::Failed);
            return;
        }
        if (!read.ok()) {
            settle(op, Outcome::Unsettled,
                   tr("The server's answer was lost and the console could not read the run to see whether "
                      "the decision landed (%1). It checks again when it next connects.")
                       .arg(read.message));
            return;
        }
        const bool stillWaiting =
            get->run().status == QLatin1String("needs_attention") &&
            (op->m_planVersionBefore == 0 || get->run().planVersion == op->m_planVersionBefore);
        if (!stillWaiting) {
            // Moved on from the pause the decision was made at: it landed (or another decided).
            op->m_runStatus = get->run().status;
            op->m_result = read;
            settle(op, Outcome::Recovered);
            return;
        }
        if (mayResend) {
            send(op);
            return;
        }
        settle(op, op->m_result.status == ApiStatus::Conflict ? Outcome::Conflict : Outcome::Unsettled);
    });
    get->start(m_connection);
}

void DecisionService::settle(DecisionOperation *op, DecisionOperation::Outcome outcome,
                             const QString &message)
{
    op->m_outcome = outcome;
    op->m_message = message.isEmpty() ? op->m_result.message : message;
    m_inFlight.remove(op->m_intent.id);
    if (outcome != DecisionOperation::Outcome::Unsettled && m_journal &&
        op->m_sends + int(op->m_resumed) > 0) {
        IntentJournal *journal = m_journal.get();
        const QString id = op->m_intent.id;
        onJournalThread([journal, id] {
            QString error;
            if (!journal->complete(id, &error))
                qWarning("godwit: the decision journal could not be updated: %s", qUtf8Printable(error));
            return int(journal->pending().size());
        }).then(this, [this](int pending) { m_pendingCount = pending; });
    }
    emit op->finished();
    emit operationFinished(op);
    op->deleteLater();
}

void DecisionService::resumePending()
{
    if (!m_journalOpen) {
        m_resumeWanted = true;
        return;
    }
    m_resumeWanted = false;
    IntentJournal *journal = m_journal.get();
    onJournalThread([journal] {
        return journal->pending();
    }).then(this, [this](const QList<Intent> &pending) {
        m_pendingCount = int(pending.size());
        for (const Intent &intent : pending) {
            if (intent.profileId == m_profileId && !m_inFlight.contains(intent.id))
                resume(intent);
        }
    });
}

void DecisionService::resume(const Intent &intent)
{
    const auto kind = kindOfBody(intent.body);
    QString companyId = intent.note.value(kCompanyId).toString();
    QString runId = intent.note.value(kRunId).toString();
    if (!kind || intent.kind != QLatin1String("decision") ||
        ((companyId.isEmpty() || runId.isEmpty()) && !idsOfPath(intent.path, &companyId, &runId)))
        return; // not ours to read; left for a newer console
    auto *op = new DecisionOperation(*kind, this);
    op->m_intent = intent;
    op->m_companyId = companyId;
    op->m_runId = runId;
    op->m_planVersionBefore = intent.note.value(kPlanVersion).toInt();
    op->m_resumed = true;
    m_inFlight.insert(intent.id);
    // The run first: sent again only while it still waits at the pause the decision was made at.
    checkRun(op, true);
}

} // namespace godwit::app
