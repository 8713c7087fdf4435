// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/createservice.h"

#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/api/migrations.h"

#include <QJsonArray>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace godwit::app {

namespace {

const QLatin1String kConnectionsWithheld("connections_withheld");

QString kindName(CreateOperation::Kind kind)
{
    switch (kind) {
    case CreateOperation::Kind::Company:
        return QStringLiteral("company");
    case CreateOperation::Kind::Migration:
        return QStringLiteral("migration");
    case CreateOperation::Kind::Import:
        return QStringLiteral("import");
    }
    return {};
}

std::optional<CreateOperation::Kind> kindOf(const QString &name)
{
    if (name == QLatin1String("company"))
        return CreateOperation::Kind::Company;
    if (name == QLatin1String("migration"))
        return CreateOperation::Kind::Migration;
    if (name == QLatin1String("import"))
        return CreateOperation::Kind::Import;
    return std::nullopt;
}

// "/companies/<id>/imports" -> <id>
QString companyIdOfPath(const QString &path)
{
    return QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), 2, 2).toUtf8());
}

bool lostOrBroken(ApiStatus status)
{
    return status == ApiStatus::NetworkError || status == ApiStatus::Timeout ||
           status == ApiStatus::ServerError || status == ApiStatus::RateLimited ||
           status == ApiStatus::InvalidResponse;
}

} // namespace

bool CreateOperation::succeeded() const
{
    return m_outcome == Outcome::Created || m_outcome == Outcome::Recovered || m_outcome == Outcome::Reopened;
}

template <typename F> auto CreateService::onJournalThread(F &&work)
{
    return QtConcurrent::run(&m_journalThread, std::forward<F>(work));
}

CreateService::CreateService(ApiConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_journalThread.setMaxThreadCount(1);
    m_journalThread.setExpiryTimeout(-1);
}

CreateService::~CreateService()
{
    m_journalThread.waitForDone();
}

void CreateService::waitForJournal()
{
    m_journalThread.waitForDone();
}

QString CreateService::fieldOfMessage(const QString &message)
{
    static const QStringList fields = {QStringLiteral("connections.base_url"),
                                       QStringLiteral("connections.auth"),
                                       QStringLiteral("connections"),
                                       QStringLiteral("template_ids"),
                                       QStringLiteral("templates"),
                                       QStringLiteral("external_id"),
                                       QStringLiteral("idempotency_key"),
                                       QStringLiteral("name"),
                                       QStringLiteral("source"),
                                       QStringLiteral("files"),
                                       QStringLiteral("rows")};
    const QString text = message.trimmed();
    for (const QString &field : fields) {
        if (!text.startsWith(field))
            continue;
        if (text.size() == field.size() || QStringLiteral(" :.\"'").contains(text.at(field.size())))
            return field;
    }
    if (text.startsWith(QLatin1String("Unknown template slug")))
        return QStringLiteral("templates");
    return {};
}

void CreateService::openJournal(const QString &path)
{
    m_journalOpen = false;
    m_journalThread.waitForDone();
    m_journal = std::make_unique<IntentJournal>(path);
    IntentJournal *journal = m_journal.get();
    onJournalThread([journal] {
        QString error;
        const bool ok = journal->open(&error);
        return std::make_tuple(ok, error, int(journal->pending().size()), journal->skippedLines());
    }).then(this, [this](const std::tuple<bool, QString, int, int> &opened) {
        const auto &[ok, error, pending, skipped] = opened;
        m_journalOpen = ok;
        m_pendingCount = pending;
        if (skipped > 0)
            qWarning("godwit: %d unreadable line(s) in the intent journal were skipped", skipped);
        emit journalReady(ok, error);
        if (ok && m_resumeWanted)
            resumePending();
    });
}

CreateOperation *CreateService::begin(CreateOperation::Kind kind, const QString &path,
                                      const QJsonObject &body, const QJsonObject &sendBody,
                                      const QString &key, const QJsonObject &note)
{
    auto *op = new CreateOperation(kind, this);
    op->m_intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op->m_intent.kind = kindName(kind);
    op->m_intent.profileId = m_profileId;
    op->m_intent.idempotencyKey = key;
    op->m_intent.method = "POST";
    op->m_intent.path = path;
    op->m_intent.body = body;
    op->m_intent.createdAt = QDateTime::currentDateTimeUtc();
    op->m_intent.note = note;
    op->m_sendBody = sendBody;
    m_inFlight.insert(op->m_intent.id);
    // Started on the next turn of the event loop, so callers can connect to finished() first.
    QMetaObject::invokeMethod(
        this, [this, op] { journalThenSend(op); }, Qt::QueuedConnection);
    return op;
}

CreateOperation *CreateService::createCompany(const CompanyDraft &draft)
{
    const QString key = draft.externalId.isEmpty() ? IntentJournal::newKey() : draft.externalId;
    QJsonObject body{{QStringLiteral("name"), draft.name},
                     {QStringLiteral("source"), draft.sourceId},
                     {QStringLiteral("external_id"), key}};
    if (!draft.templateIds.isEmpty())
        body.insert(QStringLiteral("template_ids"), QJsonArray::fromStringList(draft.templateIds));
    QJsonObject sendBody = body;
    QJsonObject note;
    if (draft.destination) {
        // The auth object is a secret: it goes to the server, never to the journal.
        sendBody.insert(QStringLiteral("connections"),
                        QJsonObject{{QStringLiteral("base_url"), draft.destination->baseUrl.toString()},
                                    {QStringLiteral("auth"), draft.destination->auth}});
        note.insert(kConnectionsWithheld, true);
    }
    return begin(CreateOperation::Kind::Company, QStringLiteral("/companies"), body, sendBody, key, note);
}

CreateOperation *CreateService::createMigration(const MigrationDraft &draft)
{
    const QString key = draft.externalId.isEmpty() ? IntentJournal::newKey() : draft.externalId;
    QJsonObject body{{QStringLiteral("name"), draft.name}, {QStringLiteral("external_id"), key}};
    if (!draft.sourceName.isEmpty())
        body.insert(QStringLiteral("source"), draft.sourceName);
    if (!draft.templateSlugs.isEmpty())
        body.insert(QStringLiteral("templates"), QJsonArray::fromStringList(draft.templateSlugs));
    return begin(CreateOperation::Kind::Migration, QStringLiteral("/migrations"), body, body, key);
}

CreateOperation *CreateService::startImport(const QString &companyId, const QList<ImportFile> &files)
{
    const QString key = IntentJournal::newKey();
    const QJsonObject body = StartImportRequest::bodyFor(files, key);
    CreateOperation *op =
        begin(CreateOperation::Kind::Import, StartImportRequest::pathFor(companyId), body, body, key);
    op->m_companyId = companyId;
    return op;
}

CreateOperation *CreateService::startImport(const QString &companyId, const QJsonArray &rows)
{
    const QString key = IntentJournal::newKey();
    const QJsonObject body = StartImportRequest::bodyFor(rows, key);
    CreateOperation *op =
        begin(CreateOperation::Kind::Import, StartImportRequest::pathFor(companyId), body, body, key);
    op->m_companyId = companyId;
    return op;
}

void CreateService::journalThenSend(CreateOperation *op)
{
    if (!m_journal) {
        op->m_result = {ApiStatus::ClientError, 0, {}, {}, {}};
        settle(op, CreateOperation::Outcome::Failed,
               tr("The console's intent journal is not open, so nothing is created (a lost answer could "
                  "otherwise create it twice)."));
        return;
    }
    IntentJournal *journal = m_journal.get();
    const Intent intent = op->m_intent;
    QPointer<CreateOperation> guard(op);
    onJournalThread([journal, intent] {
        QString error;
        const bool ok = journal->record(intent, &error);
        return std::make_pair(ok, error);
    }).then(this, [this, guard](const std::pair<bool, QString> &recorded) {
        if (!guard)
            return;
        if (!recorded.first) {
            guard->m_result = {ApiStatus::ClientError, 0, recorded.second, {}, {}};
            settle(guard, CreateOperation::Outcome::Failed,
                   tr("Nothing was sent: the intent could not be written to the journal: %1")
                       .arg(recorded.second));
            return;
        }
        ++m_pendingCount;
        send(guard);
    });
}

void CreateService::send(CreateOperation *op)
{
    ++op->m_sends;
    const QJsonObject &body = op->m_sendBody;
    ApiRequest *request = nullptr;
    switch (op->m_kind) {
    case CreateOperation::Kind::Company: {
        std::optional<Destination> destination;
        if (body.contains(QLatin1String("connections"))) {
            const QJsonObject connections = body.value(QLatin1String("connections")).toObject();
            destination = Destination{QUrl(connections.value(QLatin1String("base_url")).toString()),
                                      connections.value(QLatin1String("auth")).toObject()};
        } else if (op->m_intent.note.value(kConnectionsWithheld).toBool()) {
            op->m_destinationDropped = true;
        }
        QStringList templateIds;
        for (const QJsonValue &id : body.value(QLatin1String("template_ids")).toArray())
            templateIds.append(id.toString());
        request = new CreateCompanyRequest(body.value(QLatin1String("name")).toString(),
                                           body.value(QLatin1String("source")).toString(), op->key(),
                                           templateIds, destination, op);
        connect(request, &ApiRequest::finished, this, [this, op] { onCompanyAnswer(op); });
        break;
    }
    case CreateOperation::Kind::Migration: {
        QStringList slugs;
        for (const QJsonValue &slug : body.value(QLatin1String("templates")).toArray())
            slugs.append(slug.toString());
        request =
            new CreateMigrationRequest(body.value(QLatin1String("name")).toString(),
                                       body.value(QLatin1String("source")).toString(), op->key(), slugs, op);
        connect(request, &ApiRequest::finished, this, [this, op] { onMigrationAnswer(op); });
        break;
    }
    case CreateOperation::Kind::Import:
        request = new StartImportRequest(op->m_companyId, body, op);
        connect(request, &ApiRequest::finished, this, [this, op] { onImportAnswer(op); });
        break;
    }
    op->m_request = request;
    request->start(m_connection);
}

bool CreateService::madeByIntent(const QDateTime &createdAt, const CreateOperation *op) const
{
    return createdAt.isValid() && createdAt >= op->m_intent.createdAt.addSecs(-m_skewSeconds);
}

void CreateService::onCompanyAnswer(CreateOperation *op)
{
    auto *request = qobject_cast<CreateCompanyRequest *>(op->m_request.data());
    op->m_request = nullptr;
    request->deleteLater();
    op->m_result = request->result();
    const ApiResult &result = op->m_result;
    if (result.ok()) {
        op->m_company = request->company();
        settle(op, CreateOperation::Outcome::Created); // a 201: made by this very request
        return;
    }
    const QString field = fieldOfMessage(result.message);
    switch (result.status) {
    case ApiStatus::ClientError:
        // "name: a company named … already exists" may be our own earlier attempt: look it up.
        if (field == QLatin1String("name") && result.message.contains(QLatin1String("already exists"))) {
            lookUpCompany(op, false);
            return;
        }
        op->m_field = field;
        settle(op, CreateOperation::Outcome::Failed);
        return;
    case ApiStatus::Conflict:
        lookUpCompany(op, false);
        return;
    case ApiStatus::NotFound:
    case ApiStatus::TooLarge:
        op->m_field = field;
        settle(op, CreateOperation::Outcome::Failed);
        return;
    case ApiStatus::Unauthorized:
    case ApiStatus::Canceled:
        settle(op, CreateOperation::Outcome::Unsettled);
        return;
    default:
        // Lost, broken, or a 2xx we cannot read: the server may well have made it.
        Q_ASSERT(lostOrBroken(result.status));
        lookUpCompany(op, op->m_sends < 2);
        return;
    }
}

void CreateService::lookUpCompany(CreateOperation *op, bool sendWhenAbsent)
{
    auto *list = new ListCompaniesRequest(op);
    op->m_request = list;
    connect(list, &ApiRequest::finished, this, [this, op, list, sendWhenAbsent] {
        op->m_request = nullptr;
        list->deleteLater();
        if (!list->result().ok()) {
            settle(op, CreateOperation::Outcome::Unsettled,
                   tr("The server's answer was lost and the console could not check whether the company "
                      "was made (%1). It checks again when it next connects.")
                       .arg(list->result().message));
            return;
        }
        const QString name = op->m_sendBody.value(QLatin1String("name")).toString();
        for (const Company &company : list->companies()) {
            if (company.externalId != op->key())
                continue;
            op->m_company = company;
            if (company.name == name && madeByIntent(company.createdAt, op)) {
                fetchCompany(op, company.id, CreateOperation::Outcome::Recovered);
            } else {
                op->m_field = QStringLiteral("external_id");
                const QString message =
                    op->m_result.status == ApiStatus::Conflict && !op->m_result.message.isEmpty()
                        ? op->m_result.message
                        : tr("external_id \"%1\" is already used by the company \"%2\"")
                              .arg(op->key(), company.name);
                settle(op, CreateOperation::Outcome::Conflict, message);
            }
            return;
        }
        // Not there.
        if (sendWhenAbsent) {
            send(op);
        } else if (lostOrBroken(op->m_result.status) || op->m_result.status == ApiStatus::Success) {
            settle(op, CreateOperation::Outcome::Unsettled);
        } else {
            op->m_field = fieldOfMessage(op->m_result.message);
            settle(op, CreateOperation::Outcome::Failed);
        }
    });
    list->start(m_connection);
}

void CreateService::fetchCompany(CreateOperation *op, const QString &id, CreateOperation::Outcome outcome)
{
    // The list item lacks the workbook and sheets: read the whole company.
    auto *get = new GetCompanyRequest(id, op);
    op->m_request = get;
    connect(get, &ApiRequest::finished, this, [this, op, get, outcome] {
        op->m_request = nullptr;
        get->deleteLater();
        if (get->result().ok())
            op->m_company = get->company();
        op->m_result = get->result().ok() ? get->result() : op->m_result;
        settle(op, outcome);
    });
    get->start(m_connection);
}

void CreateService::onMigrationAnswer(CreateOperation *op)
{
    auto *request = qobject_cast<CreateMigrationRequest *>(op->m_request.data());
    op->m_request = nullptr;
    request->deleteLater();
    op->m_result = request->result();
    const ApiResult &result = op->m_result;
    if (result.ok()) {
        op->m_migration = request->migration();
        using Outcome = CreateOperation::Outcome;
        // A replay (200) of our own lost attempt is ours; anything else was there before.
        const bool mayHaveLostAnAnswer = op->m_sends > 1 || op->m_resumed || request->attempts() > 1;
        Outcome outcome = Outcome::Created;
        if (request->reopened())
            outcome =
                mayHaveLostAnAnswer &&
                        op->m_migration.name == op->m_sendBody.value(QLatin1String("name")).toString() &&
                        madeByIntent(op->m_migration.createdAt, op)
                    ? Outcome::Recovered
                    : Outcome::Reopened;
        settle(op, outcome);
        return;
    }
    op->m_field = fieldOfMessage(result.message);
    switch (result.status) {
    case ApiStatus::Conflict:
        if (op->m_field == QLatin1String("external_id")) {
            lookUpMigration(op);
            return;
        }
        settle(op, CreateOperation::Outcome::Failed);
        return;
    case ApiStatus::ClientError:
    case ApiStatus::NotFound:
    case ApiStatus::TooLarge:
        settle(op, CreateOperation::Outcome::Failed);
        return;
    default:
        // Lost or broken (the connection has retried already), 401, canceled: a resend with the
        // same external_id is safe, at the next connect.
        settle(op, CreateOperation::Outcome::Unsettled);
        return;
    }
}

void CreateService::lookUpMigration(CreateOperation *op)
{
    auto *list = new ListMigrationsRequest(op);
    op->m_request = list;
    connect(list, &ApiRequest::finished, this, [this, op, list] {
        op->m_request = nullptr;
        list->deleteLater();
        for (const Migration &migration : list->migrations()) {
            if (migration.externalId == op->key()) {
                op->m_migration = migration;
                break;
            }
        }
        settle(op, CreateOperation::Outcome::Conflict);
    });
    list->start(m_connection);
}

void CreateService::onImportAnswer(CreateOperation *op)
{
    auto *request = qobject_cast<StartImportRequest *>(op->m_request.data());
    op->m_request = nullptr;
    request->deleteLater();
    op->m_result = request->result();
    const ApiResult &result = op->m_result;
    using Outcome = CreateOperation::Outcome;
    if (result.ok()) {
        op->m_run = request->run();
        settle(op, op->m_sends > 1 || op->m_resumed ? Outcome::Recovered : Outcome::Created);
        return;
    }
    op->m_field = fieldOfMessage(result.message);
    const bool routeMissing = result.httpStatus == 405 ||
                              (result.httpStatus == 404 && result.message == QLatin1String("Not found"));
    switch (result.status) {
    case ApiStatus::Conflict:
        settle(op, Outcome::Conflict);
        return;
    case ApiStatus::ClientError:
    case ApiStatus::NotFound:
    case ApiStatus::TooLarge:
        settle(op, Outcome::Failed,
               routeMissing ? tr("This server cannot start imports yet (HTTP %1: %2).")
                                  .arg(result.httpStatus)
                                  .arg(result.message)
                            : result.message);
        return;
    default:
        settle(op, Outcome::Unsettled);
        return;
    }
}

void CreateService::settle(CreateOperation *op, CreateOperation::Outcome outcome, const QString &message)
{
    op->m_outcome = outcome;
    op->m_message = message.isEmpty() ? op->m_result.message : message;
    m_inFlight.remove(op->m_intent.id);
    if (outcome != CreateOperation::Outcome::Unsettled && m_journal && !op->m_intent.id.isEmpty()) {
        IntentJournal *journal = m_journal.get();
        const QString id = op->m_intent.id;
        onJournalThread([journal, id] {
            QString error;
            if (!journal->complete(id, &error))
                qWarning("godwit: the intent journal could not be updated: %s", qUtf8Printable(error));
            return int(journal->pending().size());
        }).then(this, [this](int pending) { m_pendingCount = pending; });
    }
    emit op->finished();
    emit operationFinished(op);
    op->deleteLater();
}

void CreateService::resumePending()
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

void CreateService::resume(const Intent &intent)
{
    const auto kind = kindOf(intent.kind);
    if (!kind)
        return; // a kind this version does not make; left for a newer one
    auto *op = new CreateOperation(*kind, this);
    op->m_intent = intent;
    op->m_sendBody = intent.body;
    op->m_resumed = true;
    m_inFlight.insert(intent.id);
    switch (*kind) {
    case CreateOperation::Kind::Company:
        // Made already? Then only its answer was lost. Otherwise send it (again).
        lookUpCompany(op, true);
        break;
    case CreateOperation::Kind::Import:
        op->m_companyId = companyIdOfPath(intent.path);
        send(op);
        break;
    case CreateOperation::Kind::Migration:
        send(op);
        break;
    }
}

} // namespace godwit::app
