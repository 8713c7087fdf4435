// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiresult.h"
#include "app/api/imports.h"
#include "app/api/types.h"
#include "app/intentjournal.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace godwit::app {

class ApiConnection;
class ApiRequest;

struct CompanyDraft {
    QString name;
    QString sourceId;
    QString externalId; // empty: the console makes one up, so that the create is retry-safe
    QStringList templateIds;
    std::optional<Destination> destination;
};

struct MigrationDraft {
    QString name;
    QString sourceName; // empty: sourceless
    QString externalId; // empty: the console makes one up
    QStringList templateSlugs;
};

// One create (company, migration, import) from the intent in the journal to its settled outcome.
// Deleted by the service soon after finished(): read what you need in the slot.
class CreateOperation : public QObject {
    Q_OBJECT
public:
    enum class Kind { Company, Migration, Import };
    Q_ENUM(Kind)
    enum class Outcome {
        Pending,
        Created,   // the server made it now
        Recovered, // an earlier attempt had made it (its answer was lost): the same object back
        Reopened,  // generation B: the external_id names an existing migration of this source (200)
        Conflict,  // the external_id belongs to another object (the object, when found, is attached)
        Failed,    // refused: nothing was made (field() names the field the server complained about)
        Unsettled  // it cannot be told yet whether it was made: the intent stays in the journal
    };
    Q_ENUM(Outcome)

    Kind kind() const { return m_kind; }
    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Pending; }
    // Created, Recovered or Reopened: the object is there.
    bool succeeded() const;
    // Resent from the journal at connect, not started by the user in this session.
    bool isResumed() const { return m_resumed; }
    // The external_id (company, migration) or idempotency_key (import) the create carries.
    QString key() const { return m_intent.idempotencyKey; }
    // The last answer (or local failure).
    const ApiResult &result() const { return m_result; }
    // "name", "source", "external_id", "template_ids", "templates", "connections.base_url", ...
    QString field() const { return m_field; }
    QString message() const { return m_message; }

    const Company &company() const { return m_company; }
    const Migration &migration() const { return m_migration; }
    const RunRef &run() const { return m_run; }
    QString companyId() const { return m_companyId; }
    // Resumed after a crash before the first answer: the destination connection's secrets were
    // not journaled, so the company was created without it.
    bool destinationDropped() const { return m_destinationDropped; }

signals:
    void finished();

private:
    friend class CreateService;
    explicit CreateOperation(Kind kind, QObject *parent)
        : QObject(parent)
        , m_kind(kind)
    {}

    Kind m_kind;
    Outcome m_outcome = Outcome::Pending;
    bool m_resumed = false;
    bool m_destinationDropped = false;
    Intent m_intent;
    QJsonObject m_sendBody; // the journaled body plus what the journal must not hold
    ApiResult m_result;
    QString m_field;
    QString m_message;
    Company m_company;
    Migration m_migration;
    RunRef m_run;
    QString m_companyId;
    int m_sends = 0;
    QPointer<ApiRequest> m_request;
};

// Every create goes through here: the intent and its key are written to the journal (and
// fsynced, off the UI thread) before the request leaves; the answer completes it. After a lost
// answer — or a crash — the same request goes out again with the same key, and the outcome is
// the object the first attempt made, never a second one.
//
// Companies need care: repeating a create that worked answers 400 (name taken) before 409
// (external_id taken), and Qt may repeat a POST on its own when a connection drops before the
// answer. So a create that did not plainly succeed is settled by looking the external_id up
// (GET /companies), never by trusting the error code.
class CreateService : public QObject {
    Q_OBJECT
public:
    explicit CreateService(ApiConnection *connection, QObject *parent = nullptr);
    ~CreateService() override;

    // Opens (and compacts) the journal, off the UI thread; journalReady() when done.
    void openJournal(const QString &path);
    bool isJournalOpen() const { return m_journalOpen; }
    QString journalPath() const { return m_journal ? m_journal->path() : QString(); }
    // Waits for journal writes in flight (tests, shutdown).
    void waitForJournal();

    CreateOperation *createCompany(const CompanyDraft &draft);
    CreateOperation *createMigration(const MigrationDraft &draft);
    CreateOperation *startImport(const QString &companyId, const QList<ImportFile> &files);
    CreateOperation *startImport(const QString &companyId, const QJsonArray &rows);

    // The connection profile creates are journaled under (Services sets it at every connect).
    void setProfileId(const QString &id) { m_profileId = id; }
    QString profileId() const { return m_profileId; }
    // Sends again every journaled intent of the profile that is not in flight. Services calls it at
    // every connect (once the journal is open, it runs then).
    void resumePending();
    // Intents written and not completed (as of the last journal operation).
    int pendingCount() const { return m_pendingCount; }

    // How far a server's clock may be behind ours when telling "made by this intent" from "made
    // before it" (default 10 minutes).
    void setClockSkewAllowance(qint64 seconds) { m_skewSeconds = seconds; }

    // Which field a server message is about ("name: a company named …" → "name").
    static QString fieldOfMessage(const QString &message);

signals:
    void journalReady(bool ok, const QString &error);
    // Every operation, started here or resumed, once settled.
    void operationFinished(godwit::app::CreateOperation *operation);

private:
    CreateOperation *begin(CreateOperation::Kind kind, const QString &path, const QJsonObject &body,
                           const QJsonObject &sendBody, const QString &key, const QJsonObject &note = {});
    void journalThenSend(CreateOperation *op);
    void send(CreateOperation *op);
    void onCompanyAnswer(CreateOperation *op);
    void onMigrationAnswer(CreateOperation *op);
    void onImportAnswer(CreateOperation *op);
    void lookUpCompany(CreateOperation *op, bool sendWhenAbsent);
    void fetchCompany(CreateOperation *op, const QString &id, CreateOperation::Outcome outcome);
    void lookUpMigration(CreateOperation *op);
    void settle(CreateOperation *op, CreateOperation::Outcome outcome, const QString &message = {});
    void resume(const Intent &intent);
    bool madeByIntent(const QDateTime &createdAt, const CreateOperation *op) const;

    template <typename F> auto onJournalThread(F &&work);

    ApiConnection *m_connection;
    QString m_profileId;
    bool m_resumeWanted = false; // asked before the journal was open
    std::unique_ptr<IntentJournal> m_journal;
    QThreadPool m_journalThread; // one thread: the journal is touched only there, in order
    bool m_journalOpen = false;
    int m_pendingCount = 0;
    qint64 m_skewSeconds = 600;
    QSet<QString> m_inFlight; // intent ids of this session's operations not yet settled
};

} // namespace godwit::app
