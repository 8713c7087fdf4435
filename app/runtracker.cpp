// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtracker.h"

#include "app/api/apiconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace godwit::app {

namespace {

const QString kFileName = QStringLiteral("runs.json");

QString dateText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// What the user sees of a poll answer; a poll that changes none of it backs off.
bool sameForUser(const RunStatus &a, const RunStatus &b)
{
    return a.status == b.status && a.progressMessage == b.progressMessage && a.planVersion == b.planVersion &&
           a.error == b.error && a.report.rows == b.report.rows &&
           a.report.invalidRows == b.report.invalidRows && a.questions == b.questions && a.id == b.id;
}

} // namespace

struct RunTracker::Poller {
    QTimer timer;
    QPointer<GetRunRequest> request;
    bool again = false; // nudged while a poll was in flight
};

qint64 RunTracker::Run::elapsedMs(const QDateTime &now) const
{
    const QDateTime start = status.createdAt.isValid() ? status.createdAt : trackedAt;
    const QDateTime end = finishedAt.isValid() ? finishedAt : now;
    if (!start.isValid())
        return 0;
    return qMax<qint64>(0, start.msecsTo(end));
}

RunTracker::RunTracker(ApiConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_storeThread.setMaxThreadCount(1);
    m_storeThread.setObjectName(QStringLiteral("godwit-runs-store"));
}

RunTracker::~RunTracker()
{
    for (const auto &poller : std::as_const(m_pollers)) {
        poller->timer.stop();
        if (poller->request) {
            poller->request->disconnect(this);
            delete poller->request.data(); // aborts its reply
        }
    }
    m_storeThread.waitForDone();
}

QString RunTracker::kindName(Kind kind)
{
    return kind == Kind::Import ? QStringLiteral("import") : QStringLiteral("migration_run");
}

RunTracker::Kind RunTracker::kindFromName(const QString &name)
{
    return name == QLatin1String("migration_run") ? Kind::MigrationRun : Kind::Import;
}

QString RunTracker::defaultPollUrl(Kind kind, const QString &parentId, const QString &runId)
{
    if (kind == Kind::Import)
        return GetImportRequest::pathFor(parentId, runId);
    return QStringLiteral("/migrations/") + QString::fromLatin1(QUrl::toPercentEncoding(parentId)) +
           QStringLiteral("/runs/") + QString::fromLatin1(QUrl::toPercentEncoding(runId));
}

void RunTracker::setIntervals(int minMs, int maxMs, double factor)
{
    m_minMs = qMax(1, minMs);
    m_maxMs = qMax(m_minMs, maxMs);
    m_factor = qMax(1.0, factor);
}

int RunTracker::nextInterval(int current, bool changed) const
{
    if (changed || current <= 0)
        return m_minMs;
    return qMin(m_maxMs, int(std::lround(current * m_factor)));
}

void RunTracker::setProfileId(const QString &id)
{
    m_profileId = id;
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if (it->profileId.isEmpty())
            it->profileId = id;
    }
    nudgeAll();
}

bool RunTracker::shouldPoll(const Run &run) const
{
    return run.polling && (m_profileId.isEmpty() || run.profileId.isEmpty() || run.profileId == m_profileId);
}

int RunTracker::activeCount() const
{
    int n = 0;
    for (const Run &run : m_runs)
        n += run.polling ? 1 : 0;
    return n;
}

const RunTracker::Run *RunTracker::run(const QString &key) const
{
    const auto it = m_runs.constFind(key);
    return it == m_runs.constEnd() ? nullptr : &*it;
}

QString RunTracker::track(Kind kind, const QString &parentId, const QString &runId, const QString &pollUrl,
                          const QString &label, const QString &status)
{
    const QString key = runId;
    if (key.isEmpty())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool known = m_runs.contains(key);
    Run &run = m_runs[key];
    if (!known) {
        run.key = key;
        run.kind = kind;
        run.parentId = parentId;
        run.runId = runId;
        run.trackedAt = now;
        run.profileId = m_profileId;
        m_order.prepend(key);
    }
    if (!pollUrl.isEmpty())
        run.pollUrl = pollUrl;
    if (run.pollUrl.isEmpty())
        run.pollUrl = defaultPollUrl(kind, parentId, runId);
    if (!label.isEmpty())
        run.label = label;
    if (!status.isEmpty() && run.status.status.isEmpty()) {
        RunStatus first;
        first.id = runId;
        first.status = status;
        absorb(run, first, now);
    }
    // Polled at once even when it had ended: a decision may have started it again.
    run.lost = false;
    run.polling = true;
    run.intervalMs = m_minMs;
    if (known)
        emit runChanged(key);
    else
        emit runAdded(key);
    save();
    schedule(key, 0);
    return key;
}

void RunTracker::setLabel(const QString &key, const QString &label)
{
    auto it = m_runs.find(key);
    if (it == m_runs.end() || it->label == label)
        return;
    it->label = label;
    emit runChanged(key);
    save();
}

void RunTracker::untrack(const QString &key)
{
    if (!m_runs.contains(key))
        return;
    if (auto poller = m_pollers.take(key)) {
        poller->timer.stop();
        if (poller->request) {
            poller->request->disconnect(this);
            poller->request->abort();
            poller->request->deleteLater();
        }
    }
    m_runs.remove(key);
    m_order.removeAll(key);
    emit runRemoved(key);
    save();
}

void RunTracker::nudge(const QString &key)
{
    auto it = m_runs.find(key);
    if (it == m_runs.end())
        return;
    if (!it->polling && !it->lost) {
        // Polled once more: a decision or an event may have started it again.
        it->polling = true;
        it->intervalMs = m_minMs;
    }
    auto poller = m_pollers.value(key);
    if (poller && poller->request) {
        poller->again = true;
        return;
    }
    schedule(key, 0);
}

void RunTracker::nudgeAll()
{
    for (const QString &key : std::as_const(m_order)) {
        const Run &run = m_runs[key];
        if (run.polling) {
            auto poller = m_pollers.value(key);
            if (poller && poller->request)
                continue;
            schedule(key, 0);
        }
    }
}

void RunTracker::schedule(const QString &key, int delayMs)
{
    auto it = m_runs.find(key);
    if (it == m_runs.end() || !it->polling)
        return;
    std::shared_ptr<Poller> &poller = m_pollers[key];
    if (!poller) {
        poller = std::make_shared<Poller>();
        poller->timer.setSingleShot(true);
        // Coarse: a poll a few ms late does not matter, and coarse timers wake the process less.
        poller->timer.setTimerType(Qt::CoarseTimer);
        connect(&poller->timer, &QTimer::timeout, this, [this, key] { poll(key); });
    }
    it->nextPollAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    poller->timer.start(delayMs);
}

void RunTracker::poll(const QString &key)
{
    auto it = m_runs.find(key);
    if (it == m_runs.end() || !it->polling)
        return;
    std::shared_ptr<Poller> poller = m_pollers.value(key);
    if (!poller || poller->request)
        return;
    if (!m_connection || !m_connection->isConfigured() || !shouldPoll(*it)) {
        // Not connected (or another profile's run): look again later; a connect nudges.
        it->intervalMs = nextInterval(it->intervalMs, false);
        schedule(key, it->intervalMs);
        return;
    }
    auto *request = new GetRunRequest(it->pollUrl, this);
    poller->request = request;
    poller->again = false;
    ++m_polls;
    connect(request, &ApiRequest::finished, this, [this, key, request] {
        request->deleteLater();
        if (auto p = m_pollers.value(key); p && p->request == request)
            p->request = nullptr;
        onPolled(key, request->result(), request->run());
    });
    request->start(m_connection);
}

void RunTracker::onPolled(const QString &key, const ApiResult &result, const RunStatus &status)
{
    auto it = m_runs.find(key);
    if (it == m_runs.end())
        return;
    Run &run = *it;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::shared_ptr<Poller> poller = m_pollers.value(key);
    const bool again = poller && poller->again;
    if (poller)
        poller->again = false;

    if (!result.ok()) {
        if (result.status == ApiStatus::Canceled)
            return;
        const bool changed = run.lastError != result.message;
        run.lastError = result.message;
        run.lastErrorStatus = result.status;
        if (result.status == ApiStatus::NotFound) {
            // The server does not know the run (another server's data, or it was removed).
            run.lost = true;
            finish(run, now);
            emit runChanged(key);
            emit runFinished(key);
            save();
            return;
        }
        // The connection's retry policy already tried again; keep following it, slower.
        run.intervalMs = nextInterval(run.intervalMs, false);
        if (changed)
            emit runChanged(key);
        schedule(key, again ? 0 : run.intervalMs);
        return;
    }

    const bool hadError = !run.lastError.isEmpty();
    run.lastError.clear();
    run.lastErrorStatus = ApiStatus::Success;
    const QString before = run.status.status;
    const bool changed = absorb(run, status, now) || hadError;
    run.intervalMs = nextInterval(run.intervalMs, changed);
    if (changed)
        emit runChanged(key);
    if (run.status.status != before) {
        if (run.status.needsAttention())
            emit needsAttention(key);
        save();
    }
    if (run.status.isTerminal()) {
        finish(run, now);
        emit runFinished(key);
        save();
        if (!again)
            return;
        run.polling = true; // nudged meanwhile: look once more
    }
    schedule(key, again ? 0 : run.intervalMs);
}

bool RunTracker::absorb(Run &run, const RunStatus &status, const QDateTime &now)
{
    RunStatus merged = status;
    if (merged.id.isEmpty())
        merged.id = run.runId;
    // Fields a body does not repeat in every status are kept from earlier answers.
    if (!merged.createdAt.isValid())
        merged.createdAt = run.status.createdAt;
    if (merged.planVersion == 0)
        merged.planVersion = run.status.planVersion;
    if (merged.kind.isEmpty())
        merged.kind = run.status.kind;
    // A canceled (or re-running) run's body has no report: the last one stays on show.
    if (!merged.report.present && run.status.report.present)
        merged.report = run.status.report;
    const bool changed = !sameForUser(run.status, merged);
    if (run.timeline.isEmpty() || run.timeline.constLast().status != merged.status)
        run.timeline.append({now, merged.status});

    Sample sample;
    sample.at = now;
    if (merged.report.present) {
        sample.done = merged.report.rows;
        sample.flagged = merged.report.invalidRows;
        sample.valid = merged.report.validRows();
    } else {
        sample.done = qMax<qint64>(0, merged.rowsDone());
        sample.valid = -1; // not known while running
        sample.flagged = -1;
    }
    const bool hasNumbers = merged.report.present || merged.rowsDone() >= 0;
    if (hasNumbers) {
        const bool same = !run.history.isEmpty() && run.history.constLast().done == sample.done &&
                          run.history.constLast().flagged == sample.flagged;
        // A point per change, and one every 15 s while nothing moves (the line goes on).
        if (!same || run.history.constLast().at.msecsTo(now) >= kMaxIntervalMs)
            run.history.append(sample);
        if (run.history.size() > kMaxHistory)
            run.history.remove(0, run.history.size() - kMaxHistory);
    }
    if (!merged.isTerminal())
        run.finishedAt = {};
    run.status = merged;
    return changed;
}

void RunTracker::finish(Run &run, const QDateTime &now)
{
    run.polling = false;
    if (!run.finishedAt.isValid())
        run.finishedAt = now;
    if (auto poller = m_pollers.value(run.key))
        poller->timer.stop();
}

void RunTracker::applyStatus(const QString &key, const RunStatus &status)
{
    auto it = m_runs.find(key);
    if (it == m_runs.end() || !status.isValid())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString before = it->status.status;
    if (absorb(*it, status, now))
        emit runChanged(key);
    if (it->status.isTerminal()) {
        finish(*it, now);
        emit runFinished(key);
    } else {
        it->polling = true;
        it->finishedAt = {};
        it->intervalMs = m_minMs;
        if (it->status.needsAttention() && before != it->status.status)
            emit needsAttention(key);
        auto poller = m_pollers.value(key);
        if (!poller || !poller->request)
            schedule(key, m_minMs);
    }
    save();
}

// --- store ---------------------------------------------------------------------------------

QJsonObject RunTracker::toJson(const Run &run) const
{
    QJsonArray timeline;
    for (const Step &step : run.timeline)
        timeline.append(
            QJsonObject{{QStringLiteral("at"), dateText(step.at)}, {QStringLiteral("status"), step.status}});
    QJsonArray history;
    for (const Sample &s : run.history)
        history.append(QJsonArray{dateText(s.at), double(s.done), double(s.valid), double(s.flagged)});
    return QJsonObject{{QStringLiteral("kind"), kindName(run.kind)},
                       {QStringLiteral("parent_id"), run.parentId},
                       {QStringLiteral("run_id"), run.runId},
                       {QStringLiteral("poll_url"), run.pollUrl},
                       {QStringLiteral("profile_id"), run.profileId},
                       {QStringLiteral("label"), run.label},
                       {QStringLiteral("tracked_at"), dateText(run.trackedAt)},
                       {QStringLiteral("finished_at"), dateText(run.finishedAt)},
                       {QStringLiteral("lost"), run.lost},
                       {QStringLiteral("last"), run.status.raw},
                       {QStringLiteral("timeline"), timeline},
                       {QStringLiteral("history"), history}};
}

RunTracker::Run RunTracker::fromJson(const QJsonObject &o)
{
    Run run;
    run.kind = kindFromName(o.value(QLatin1String("kind")).toString());
    run.parentId = o.value(QLatin1String("parent_id")).toString();
    run.runId = o.value(QLatin1String("run_id")).toString();
    run.key = run.runId;
    run.pollUrl = o.value(QLatin1String("poll_url")).toString();
    run.profileId = o.value(QLatin1String("profile_id")).toString();
    run.label = o.value(QLatin1String("label")).toString();
    run.trackedAt = dateFrom(o.value(QLatin1String("tracked_at")));
    run.finishedAt = dateFrom(o.value(QLatin1String("finished_at")));
    run.lost = o.value(QLatin1String("lost")).toBool();
    run.status = RunStatus::fromJson(o.value(QLatin1String("last")).toObject());
    if (run.status.id.isEmpty())
        run.status.id = run.runId;
    const QJsonArray timeline = o.value(QLatin1String("timeline")).toArray();
    for (const QJsonValue &v : timeline) {
        const QJsonObject step = v.toObject();
        run.timeline.append(
            {dateFrom(step.value(QLatin1String("at"))), step.value(QLatin1String("status")).toString()});
    }
    const QJsonArray history = o.value(QLatin1String("history")).toArray();
    for (const QJsonValue &v : history) {
        const QJsonArray s = v.toArray();
        if (s.size() == 4)
            run.history.append({dateFrom(s.at(0)), qint64(s.at(1).toDouble()), qint64(s.at(2).toDouble()),
                                qint64(s.at(3).toDouble())});
    }
    if (run.pollUrl.isEmpty())
        run.pollUrl = defaultPollUrl(run.kind, run.parentId, run.runId);
    run.polling = !run.lost && !run.status.isTerminal();
    return run;
}

void RunTracker::save()
{
    if (m_storePath.isEmpty() || !m_loaded)
        return;
    // Newest first; finished runs beyond the most recent few are dropped.
    QJsonArray runs;
    int finished = 0;
    for (const QString &key : std::as_const(m_order)) {
        const Run &run = m_runs[key];
        if (!run.polling && ++finished > kMaxFinishedKept)
            continue;
        runs.append(toJson(run));
    }
    const QByteArray data =
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("runs"), runs}})
            .toJson(QJsonDocument::Compact);
    const QString path = m_storePath;
    (void)QtConcurrent::run(&m_storeThread, [path, data] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(data);
        file.commit();
    });
}

void RunTracker::setStoreDirectory(const QString &directory)
{
    m_storePath = QDir(directory).filePath(kFileName);
    m_loaded = false;
    const QString path = m_storePath;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher] {
        watcher->deleteLater();
        applyLoaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_storeThread, [path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray();
        return file.readAll();
    }));
}

void RunTracker::applyLoaded(const QByteArray &data)
{
    const QJsonArray runs = QJsonDocument::fromJson(data).object().value(QLatin1String("runs")).toArray();
    QStringList resumed;
    // The file is newest first; appended after what this session already tracks.
    for (const QJsonValue &v : runs) {
        Run run = fromJson(v.toObject());
        if (run.key.isEmpty() || m_runs.contains(run.key))
            continue;
        run.intervalMs = m_minMs;
        m_runs.insert(run.key, run);
        m_order.append(run.key);
        if (run.polling)
            resumed.append(run.key);
        emit runAdded(run.key);
    }
    m_loaded = true;
    for (const QString &key : std::as_const(resumed))
        schedule(key, 0);
    save();
    emit loaded();
}

void RunTracker::waitForStore()
{
    m_storeThread.waitForDone();
    QCoreApplication::sendPostedEvents(); // the load's watcher
}

} // namespace godwit::app
