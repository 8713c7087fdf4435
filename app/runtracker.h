// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apiresult.h"
#include "app/api/runs.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class QTimer;

namespace godwit::app {

class ApiConnection;

// Follows runs to their end: polls each one (about every 2 s, backing off to 15 s while nothing
// changes, back to 2 s on a change), several at once, and stops at a terminal status. The set of
// runs is written to `runs.json` in the store directory (beside the intent journal) at every
// change of status, so a restarted console follows the unfinished ones again.
//
// Retries of a failed poll are the connection's retry policy; the tracker only decides when the
// next poll is due. A run is identified by its key (its run id).
class RunTracker : public QObject {
    Q_OBJECT
public:
    enum class Kind { Import, MigrationRun };
    Q_ENUM(Kind)

    struct Step {
        QDateTime at;
        QString status;
    };
    // Progress over time: rows read (or stored), valid and flagged rows.
    struct Sample {
        QDateTime at;
        qint64 done = 0;
        qint64 valid = 0;
        qint64 flagged = 0;
    };
    struct Run {
        QString key;
        Kind kind = Kind::Import;
        QString parentId; // the company (import) or the migration (migration run)
        QString runId;
        QString pollUrl;
        QString profileId;
        QString label; // company or migration name when known
        RunStatus status;
        QList<Step> timeline; // every status seen, with when it was first seen
        QList<Sample> history;
        QDateTime trackedAt;
        QDateTime finishedAt; // when a terminal status was first seen
        bool polling = false; // false once terminal or lost
        bool lost = false;    // the server no longer knows the run (404)
        int intervalMs = 0;   // the wait before the next poll
        QDateTime nextPollAt;
        QString lastError; // the last failed poll's message; empty after a good one
        ApiStatus lastErrorStatus = ApiStatus::Success;

        bool isFinished() const { return !polling; }
        // From the server's created_at (else when tracking began) to the end (else now).
        qint64 elapsedMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    };

    static constexpr int kMinIntervalMs = 2000;
    static constexpr int kMaxIntervalMs = 15000;
    static constexpr double kBackoffFactor = 1.5;
    static constexpr int kMaxHistory = 600;
    static constexpr int kMaxFinishedKept = 50;

    explicit RunTracker(ApiConnection *connection, QObject *parent = nullptr);
    ~RunTracker() override;

    // Where runs.json lives; reads it (off the UI thread) and follows the unfinished runs again.
    // loaded() when done.
    void setStoreDirectory(const QString &directory);
    QString storePath() const { return m_storePath; }
    bool isLoaded() const { return m_loaded; }
    // Waits for store reads and writes in flight (tests, shutdown).
    void waitForStore();

    // Runs of other profiles are kept but not polled (Services sets it at every connect).
    void setProfileId(const QString &id);
    QString profileId() const { return m_profileId; }

    // Shorter intervals for tests and benches; the defaults are kMinIntervalMs / kMaxIntervalMs.
    void setIntervals(int minMs, int maxMs, double factor = kBackoffFactor);
    int minInterval() const { return m_minMs; }
    int maxInterval() const { return m_maxMs; }
    // The wait after `current` when a poll saw nothing new (or saw a change).
    int nextInterval(int current, bool changed) const;

    // Starts following a run (again, if it was tracked and ended: a decision resumes a run). An
    // empty pollUrl is built from the kind. Returns the key.
    QString track(Kind kind, const QString &parentId, const QString &runId, const QString &pollUrl = {},
                  const QString &label = {}, const QString &status = {});
    // Polls now (an SSE event arrived, a decision was sent): at once, or right after the poll
    // in flight. A finished run is polled once more and followed again if it is no longer finished.
    void nudge(const QString &key);
    // Polls every followed run now (after a reconnect).
    void nudgeAll();
    // Applies an answer that carries the run (a cancel's PATCH, a decision's answer).
    void applyStatus(const QString &key, const RunStatus &status);
    // Forgets the run (and stops polling it).
    void untrack(const QString &key);
    void setLabel(const QString &key, const QString &label);

    bool isTracked(const QString &key) const { return m_runs.contains(key); }
    const Run *run(const QString &key) const;
    // Most recently tracked first.
    QStringList keys() const { return m_order; }
    int activeCount() const;
    // Polls sent since construction (benches, tests).
    int pollCount() const { return m_polls; }

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
    static QString defaultPollUrl(Kind kind, const QString &parentId, const QString &runId);

signals:
    void loaded();
    void runAdded(const QString &key);
    void runChanged(const QString &key);
    void runFinished(const QString &key);
    // The run paused for the user (needs_attention, blocked): emitted on entering that status.
    void needsAttention(const QString &key);
    void runRemoved(const QString &key);

private:
    struct Poller;
    void schedule(const QString &key, int delayMs);
    void poll(const QString &key);
    void onPolled(const QString &key, const ApiResult &result, const RunStatus &status);
    // True when something the user sees changed.
    bool absorb(Run &run, const RunStatus &status, const QDateTime &now);
    void finish(Run &run, const QDateTime &now);
    bool shouldPoll(const Run &run) const;
    void save();
    void applyLoaded(const QByteArray &data);
    QJsonObject toJson(const Run &run) const;
    static Run fromJson(const QJsonObject &object);

    ApiConnection *m_connection;
    QHash<QString, Run> m_runs;
    QHash<QString, std::shared_ptr<Poller>> m_pollers;
    QStringList m_order;
    QString m_storePath;
    QString m_profileId;
    QThreadPool m_storeThread; // one thread: writes land in order
    bool m_loaded = false;
    int m_minMs = kMinIntervalMs;
    int m_maxMs = kMaxIntervalMs;
    double m_factor = kBackoffFactor;
    int m_polls = 0;
};

} // namespace godwit::app
