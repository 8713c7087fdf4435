// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

#include <deque>
#include <optional>

namespace godwit::app {

class ApiConnection;
class ApiRequest;
class PutRunner;
struct ApiResult;

// Where an upload goes: a company (generation A: POST /companies/{id}/uploads) or a migration
// (generation B: POST /migrations/{id}/files).
struct UploadTarget {
    enum class Kind { Company, Migration };
    Kind kind = Kind::Company;
    QString id;
    friend bool operator==(const UploadTarget &, const UploadTarget &) = default;
};

// One file on its way to the server: mint a signed URL, stream the file to it, and mint again
// when the storage host refuses the URL (expired, already used) or the PUT breaks off.
class UploadJob : public QObject {
    Q_OBJECT
public:
    enum class State {
        Queued,    // waits for one of the parallel slots
        Minting,   // asking the API for a signed URL
        Uploading, // PUT in progress
        Waiting,   // a PUT broke off: a new URL is minted after a short wait
        Done,
        Failed,
        Canceled
    };
    Q_ENUM(State)

    const UploadTarget &target() const { return m_target; }
    QString filePath() const { return m_filePath; }
    QString fileName() const { return m_fileName; }
    QString contentType() const { return m_contentType; }
    qint64 size() const { return m_size; }

    State state() const { return m_state; }
    bool isFinished() const
    {
        return m_state == State::Done || m_state == State::Failed || m_state == State::Canceled;
    }
    qint64 bytesSent() const { return m_sent; }
    // Over the last few seconds; 0 while unknown.
    double bytesPerSecond() const { return m_speed; }
    // Seconds to go at the current speed; -1 while unknown.
    qint64 secondsLeft() const;
    // Once done: upload_ref (gen A) or storage_path (gen B), what an import names the file by.
    QString reference() const { return m_reference; }
    QString errorString() const { return m_error; }
    // Signed URLs minted so far (more than one: the storage host refused one, or a PUT broke off).
    int urlsMinted() const { return m_urlsMinted; }

    // Stops the upload (or takes it out of the queue). The URL in use is spent.
    void cancel();

signals:
    // Progress (at most every progress interval) and every change of state.
    void changed();
    void finished();

private:
    friend class UploadService;
    UploadJob(class UploadService *service, const UploadTarget &target, const QString &filePath);

    void start();
    void mint();
    void onMinted();
    void put();
    void onPutProgress(qint64 sent);
    void onPutFinished(const ApiResult &result, bool urlRefused);
    void retryWithNewUrl(bool immediately, const QString &why);
    void setState(State state);
    void fail(const QString &message);
    void resetSpeed();

    UploadService *m_service;
    UploadTarget m_target;
    QString m_filePath;
    QString m_fileName;
    QString m_contentType;
    qint64 m_size = -1;
    State m_state = State::Queued;
    qint64 m_sent = 0;
    double m_speed = 0;
    QString m_reference;
    QString m_error;
    int m_urlsMinted = 0;
    int m_brokenPuts = 0;
    QPointer<ApiRequest> m_mint;
    QPointer<PutRunner> m_put; // on the upload thread
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = -1;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms, bytes sent)
};

// The console's upload queue (no widgets): any number of files, `maxParallel` (2) at a time,
// each with progress, speed and time left. Jobs stay listed after they end, until cleared.
// Signed URLs are minted through the console's connection; the PUTs run on an upload thread of
// their own (own network manager), so reading files and feeding the network never costs the UI
// thread a frame.
class UploadService : public QObject {
    Q_OBJECT
public:
    explicit UploadService(ApiConnection *connection, QObject *parent = nullptr);
    ~UploadService() override;

    // Queues one file. Files that cannot be uploaded (missing, empty, a folder) fail at once.
    UploadJob *enqueue(const UploadTarget &target, const QString &filePath);

    QList<UploadJob *> jobs() const { return m_jobs; }
    QList<UploadJob *> jobsFor(const UploadTarget &target) const;
    // Forgets the ended jobs of `target` (all targets when empty).
    void clearFinished(const std::optional<UploadTarget> &target = std::nullopt);
    void cancelAll();
    // Cancels everything and closes the upload thread's kept-alive connections (a server that is
    // about to stop would otherwise wait for them to time out).
    void stopAll();

    int activeCount() const;
    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }
    // Signed URLs one file may use up (the first and the re-mints) before it fails.
    void setMaxUrlsPerFile(int count) { m_maxUrls = qMax(1, count); }
    int maxUrlsPerFile() const { return m_maxUrls; }
    void setProgressInterval(int milliseconds) { m_progressIntervalMs = milliseconds; }
    int progressInterval() const { return m_progressIntervalMs; }

    ApiConnection *connection() const { return m_connection; }

signals:
    void jobAdded(godwit::app::UploadJob *job);
    void jobFinished(godwit::app::UploadJob *job);
    void jobRemoved(godwit::app::UploadJob *job);

private:
    friend class UploadJob;
    void schedule();

    ApiConnection *m_connection;
    QThread *m_thread;
    ApiConnection *m_threadConnection; // lives on m_thread
    QList<UploadJob *> m_jobs;
    int m_maxParallel = 2;
    int m_maxUrls = 4;
    int m_progressIntervalMs = 250; // four updates a second: enough for a person, little for the UI thread
    bool m_scheduling = false;
};

} // namespace godwit::app
