// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/uploadservice.h"

#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/api/migrations.h"
#include "app/api/storage.h"
#include "app/uploadworker_p.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <cmath>

namespace godwit::app {

namespace {
constexpr qint64 kSpeedWindowMs = 3000;
constexpr qint64 kSpeedMinSpanMs = 250;
} // namespace

UploadJob::UploadJob(UploadService *service, const UploadTarget &target, const QString &filePath)
    : QObject(service)
    , m_service(service)
    , m_target(target)
    , m_filePath(filePath)
{
    const QFileInfo info(filePath);
    m_fileName = info.fileName();
    m_contentType = contentTypeForFileName(m_fileName);
    m_size = info.isFile() ? info.size() : -1;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &UploadJob::mint);
}

qint64 UploadJob::secondsLeft() const
{
    if (m_state != State::Uploading || m_speed <= 0)
        return -1;
    return qint64(std::ceil(double(m_size - m_sent) / m_speed));
}

void UploadJob::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit changed();
    if (isFinished()) {
        emit finished();
        emit m_service->jobFinished(this);
        m_service->schedule();
    }
}

void UploadJob::fail(const QString &message)
{
    m_error = message;
    m_speed = 0;
    setState(State::Failed);
}

void UploadJob::resetSpeed()
{
    m_samples.clear();
    m_speed = 0;
    m_sent = 0;
}

void UploadJob::start()
{
    const QFileInfo info(m_filePath);
    if (!info.exists()) {
        fail(tr("The file does not exist"));
        return;
    }
    if (!info.isFile()) {
        fail(tr("Only files can be uploaded, not folders"));
        return;
    }
    if (!info.isReadable()) {
        fail(tr("The file cannot be read"));
        return;
    }
    m_size = info.size();
    if (m_size <= 0) {
        fail(tr("The file is empty"));
        return;
    }
    m_clock.start();
    mint();
}

void UploadJob::mint()
{
    if (m_urlsMinted >= m_service->m_maxUrls) {
        fail(m_error.isEmpty() ? tr("No usable upload URL after %n attempt(s)", nullptr, m_urlsMinted)
                               : tr("%1 (gave up after %n attempt(s))", nullptr, m_urlsMinted).arg(m_error));
        return;
    }
    setState(State::Minting);
    ApiRequest *request = nullptr;
    if (m_target.kind == UploadTarget::Kind::Company)
        request = new MintUploadRequest(m_target.id, m_fileName, m_contentType, m_size, this);
    else
        request = new MintMigrationFilesRequest(m_target.id, {{m_fileName, m_contentType}}, this);
    m_mint = request;
    connect(request, &ApiRequest::finished, this, &UploadJob::onMinted);
    request->start(m_service->connection());
}

void UploadJob::onMinted()
{
    ApiRequest *request = m_mint;
    m_mint = nullptr;
    if (!request)
        return;
    request->deleteLater();
    if (m_state == State::Canceled)
        return;
    if (!request->result().ok()) {
        fail(request->result().message);
        return;
    }
    ++m_urlsMinted;
    SignedUpload upload;
    if (auto *company = qobject_cast<MintUploadRequest *>(request)) {
        upload = company->upload();
    } else if (auto *migration = qobject_cast<MintMigrationFilesRequest *>(request)) {
        upload = migration->uploads().constFirst();
    }
    if (upload.contentType.isEmpty())
        upload.contentType = m_contentType;
    m_contentType = upload.contentType; // the PUT must send what the URL was minted for
    m_reference = upload.reference;
    resetSpeed();
    auto *put = new PutRunner(m_service->m_threadConnection, upload, m_filePath,
                              m_service->connection()->timeout(), m_service->m_progressIntervalMs / 2);
    put->moveToThread(m_service->m_thread);
    m_put = put;
    // Queued both ways: the runner is on the upload thread.
    connect(put, &PutRunner::progress, this, [this](qint64 sent, qint64) { onPutProgress(sent); });
    connect(put, &PutRunner::finished, this, &UploadJob::onPutFinished);
    setState(State::Uploading);
    m_lastEmitMs = m_clock.elapsed();
    m_samples.emplace_back(m_lastEmitMs, 0);
    QMetaObject::invokeMethod(put, &PutRunner::start, Qt::QueuedConnection);
}

void UploadJob::onPutProgress(qint64 sent)
{
    m_sent = sent;
    const qint64 now = m_clock.elapsed();
    m_samples.emplace_back(now, sent);
    while (m_samples.size() > 2 && now - m_samples.front().first > kSpeedWindowMs)
        m_samples.pop_front();
    const qint64 span = now - m_samples.front().first;
    if (span >= kSpeedMinSpanMs)
        m_speed = double(sent - m_samples.front().second) * 1000.0 / double(span);
    if (now - m_lastEmitMs >= m_service->m_progressIntervalMs || sent == m_size) {
        m_lastEmitMs = now;
        emit changed();
    }
}

void UploadJob::onPutFinished(const ApiResult &result, bool urlRefused)
{
    PutRunner *put = m_put;
    m_put = nullptr;
    if (!put)
        return;
    put->deleteLater();
    if (m_state == State::Canceled)
        return;
    if (result.ok()) {
        m_sent = m_size;
        m_speed = 0;
        m_error.clear();
        setState(State::Done);
        return;
    }
    m_reference.clear();
    m_error = result.message;
    if (urlRefused) {
        // Expired, already used or unknown: the URL, not the file, is the problem.
        retryWithNewUrl(true, result.message);
        return;
    }
    switch (result.status) {
    case ApiStatus::NetworkError:
    case ApiStatus::Timeout:
    case ApiStatus::ServerError:
    case ApiStatus::RateLimited:
        // The PUT broke off: its URL is spent whatever the server saw. Wait a little, mint anew.
        retryWithNewUrl(false, result.message);
        return;
    default:
        fail(result.message);
        return;
    }
}

void UploadJob::retryWithNewUrl(bool immediately, const QString &why)
{
    m_error = why;
    resetSpeed();
    if (m_urlsMinted >= m_service->m_maxUrls) {
        mint(); // reports the failure
        return;
    }
    if (immediately) {
        mint();
        return;
    }
    ++m_brokenPuts;
    const auto delay = m_service->connection()->retryPolicy().backoff(
        m_brokenPuts, QRandomGenerator::global()->generateDouble());
    setState(State::Waiting);
    m_retryTimer.start(int(delay.count()));
}

void UploadJob::cancel()
{
    if (isFinished())
        return;
    m_retryTimer.stop();
    m_error = tr("Canceled");
    m_speed = 0;
    m_reference.clear();
    // Set first: the requests' finished() (synchronous on abort) then see it and stand down.
    const State before = m_state;
    m_state = State::Canceled;
    if (m_mint)
        m_mint->abort();
    if (m_put) {
        // Stopped on its thread; whatever it says afterwards is not listened to.
        PutRunner *put = m_put;
        m_put = nullptr;
        put->disconnect(this);
        QMetaObject::invokeMethod(put, &PutRunner::abort, Qt::QueuedConnection);
        put->deleteLater();
    }
    m_state = before;
    setState(State::Canceled);
}

UploadService::UploadService(ApiConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_thread(new QThread(this))
    , m_threadConnection(new ApiConnection)
{
    m_thread->setObjectName(QStringLiteral("godwit-uploads"));
    m_threadConnection->moveToThread(m_thread);
    m_thread->start();
}

UploadService::~UploadService()
{
    // Jobs are children: stop their requests before the connections go.
    for (UploadJob *job : std::as_const(m_jobs))
        job->disconnect();
    for (UploadJob *job : std::as_const(m_jobs)) {
        job->m_retryTimer.stop();
        job->m_state = UploadJob::State::Canceled;
        if (job->m_mint)
            job->m_mint->abort();
        if (PutRunner *put = job->m_put) {
            put->disconnect(job);
            QMetaObject::invokeMethod(put, &PutRunner::abort, Qt::QueuedConnection);
            put->deleteLater();
        }
    }
    // The runners and the thread's connection are deleted on their thread, which then ends.
    m_threadConnection->deleteLater();
    m_thread->quit();
    m_thread->wait();
}

UploadJob *UploadService::enqueue(const UploadTarget &target, const QString &filePath)
{
    auto *job = new UploadJob(this, target, filePath);
    m_jobs.append(job);
    emit jobAdded(job);
    schedule();
    return job;
}

QList<UploadJob *> UploadService::jobsFor(const UploadTarget &target) const
{
    QList<UploadJob *> jobs;
    for (UploadJob *job : m_jobs) {
        if (job->target() == target)
            jobs.append(job);
    }
    return jobs;
}

void UploadService::clearFinished(const std::optional<UploadTarget> &target)
{
    const QList<UploadJob *> jobs = m_jobs;
    for (UploadJob *job : jobs) {
        if (!job->isFinished() || (target && !(job->target() == *target)))
            continue;
        m_jobs.removeOne(job);
        emit jobRemoved(job);
        job->deleteLater();
    }
}

void UploadService::cancelAll()
{
    const QList<UploadJob *> jobs = m_jobs;
    for (UploadJob *job : jobs)
        job->cancel();
}

void UploadService::stopAll()
{
    cancelAll();
    QMetaObject::invokeMethod(
        m_threadConnection,
        [connection = m_threadConnection] { connection->networkManager()->clearConnectionCache(); },
        Qt::BlockingQueuedConnection);
}

int UploadService::activeCount() const
{
    int active = 0;
    for (const UploadJob *job : m_jobs) {
        if (job->state() != UploadJob::State::Queued && !job->isFinished())
            ++active;
    }
    return active;
}

void UploadService::setMaxParallel(int count)
{
    m_maxParallel = qMax(1, count);
    schedule();
}

void UploadService::schedule()
{
    // Re-entered when a job fails at once (its slot frees): the running pass carries on.
    if (m_scheduling)
        return;
    m_scheduling = true;
    const auto nextQueued = [this]() -> UploadJob * {
        for (UploadJob *job : std::as_const(m_jobs)) {
            if (job->state() == UploadJob::State::Queued)
                return job;
        }
        return nullptr;
    };
    // Oldest first. Each round takes one job out of Queued, so this ends.
    while (activeCount() < m_maxParallel) {
        UploadJob *job = nextQueued();
        if (!job)
            break;
        job->start();
    }
    m_scheduling = false;
}

} // namespace godwit::app

namespace godwit::app {

PutRunner::PutRunner(ApiConnection *connection, const SignedUpload &target, const QString &filePath,
                     int timeoutMs, int progressIntervalMs)
    : m_connection(connection)
    , m_target(target)
    , m_filePath(filePath)
    , m_timeoutMs(timeoutMs)
    , m_progressIntervalMs(progressIntervalMs)
{}

PutRunner::~PutRunner()
{
    delete m_request; // aborts a transfer still running
}

void PutRunner::start()
{
    m_connection->setTimeout(m_timeoutMs);
    m_request = new PutFileRequest(m_target, m_filePath, this);
    m_sinceProgress.start();
    connect(m_request, &PutFileRequest::progress, this, [this](qint64 sent, qint64 total) {
        if (sent < total && m_sinceProgress.elapsed() < m_progressIntervalMs)
            return;
        m_sinceProgress.restart();
        emit progress(sent, total);
    });
    connect(m_request, &ApiRequest::finished, this,
            [this] { emit finished(m_request->result(), m_request->urlRefused()); });
    m_request->start(m_connection);
}

void PutRunner::abort()
{
    if (m_request)
        m_request->abort();
}

} // namespace godwit::app
