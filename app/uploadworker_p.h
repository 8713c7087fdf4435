// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to UploadService: one PUT run on the upload thread.

#include "app/api/apiresult.h"
#include "app/api/types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace godwit::app {

class ApiConnection;
class PutFileRequest;

// Lives on the upload thread, with that thread's ApiConnection (its own network manager): the
// file is read and handed to the network there, never on the UI thread. Progress reaches the
// UI at most every `progressIntervalMs` (and once at the end), so a fast upload cannot flood it.
class PutRunner : public QObject {
    Q_OBJECT
public:
    PutRunner(ApiConnection *connection, const SignedUpload &target, const QString &filePath, int timeoutMs,
              int progressIntervalMs);
    ~PutRunner() override;

    // Both called through queued invocations from the UI thread.
    void start();
    void abort();

signals:
    void progress(qint64 sent, qint64 total);
    void finished(const godwit::app::ApiResult &result, bool urlRefused);

private:
    ApiConnection *m_connection;
    SignedUpload m_target;
    QString m_filePath;
    int m_timeoutMs;
    int m_progressIntervalMs;
    QPointer<PutFileRequest> m_request;
    QElapsedTimer m_sinceProgress;
};

} // namespace godwit::app
