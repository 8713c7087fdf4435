// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apirequest.h"
#include "app/api/types.h"

#include <QElapsedTimer>

class QFile;

namespace godwit::app {

// PUT <signed url> (API §3.4): one file's bytes, streamed from disk — never read whole into
// memory — to the storage host. Carries no API key (the URL is the credential and the host may
// be a third party's) and is never retried by the connection: a signed URL is single-use, and a
// PUT that broke off has spent it. UploadService mints a new URL instead.
class PutFileRequest : public ApiRequest {
    Q_OBJECT
public:
    PutFileRequest(const SignedUpload &target, const QString &filePath, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    qint64 bytesSent() const { return m_sent; }
    qint64 bytesTotal() const { return m_total; }
    // The storage host refused the URL itself (expired, already used, unknown: 403, or 410 and
    // 401 from other hosts): a freshly minted URL will do.
    bool urlRefused() const;

    // The signed URL as it may be shown or logged: scheme, host and port only.
    static QString redacted(const QUrl &url);

signals:
    void progress(qint64 sent, qint64 total);

protected:
    QNetworkReply *sendRequest(ApiConnection *connection, const QUrl &url, ApiResult *failure) override;

private:
    QUrl m_url;
    QByteArray m_contentType;
    QString m_filePath;
    qint64 m_sent = 0;
    qint64 m_total = 0;
};

// The media type the local server and the docs associate with a file name's extension
// (text/csv, text/tab-separated-values, ...); application/octet-stream otherwise.
QString contentTypeForFileName(const QString &fileName);

} // namespace godwit::app
