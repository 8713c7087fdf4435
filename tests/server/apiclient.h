// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers for the server's HTTP tests: JSON requests with the server's key, parallel requests,
// the server's pid and memory high-water mark.

#include "support/http.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <thread>
#include <vector>

namespace godwit::test {

inline const QString kSalesforce = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01");
inline const QString kHubSpot = QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d02");
inline const QString kCompaniesTemplate = QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a01");
inline const QString kContactsTemplate = QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a02");
inline const QString kDealsTemplate = QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a03");

class ApiClient {
public:
    explicit ApiClient(const ServerProcess &server)
        : m_server(server)
    {}
    QUrl url(const QString &path) const { return QUrl(m_server.baseUrl().toString() + path); }
    HttpResult get(const QString &path) const { return httpRequest("GET", url(path), key()); }
    HttpResult post(const QString &path, const QJsonObject &body) const
    {
        return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult postRaw(const QString &path, const QByteArray &body,
                       const QByteArray &contentType = "application/json") const
    {
        auto headers = key();
        headers.append({"Content-Type", contentType});
        return httpRequest("POST", url(path), headers, body);
    }
    QList<QPair<QByteArray, QByteArray>> key() const { return {{"x-api-key", m_server.apiKey().toUtf8()}}; }

private:
    const ServerProcess &m_server;
};

inline QString errorOf(const HttpResult &result)
{
    return result.json().value(QLatin1String("error")).toString();
}

// Runs `count` calls of `request` on as many threads at once; results in index order.
inline QList<HttpResult> inParallel(int count, const std::function<HttpResult(int)> &request)
{
    QList<HttpResult> results(count);
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i)
        threads.emplace_back([&results, &request, i] { results[i] = request(i); });
    for (std::thread &thread : threads)
        thread.join();
    return results;
}

// The pid of the godwit-server serving `dataDir` (found through /proc), or 0.
inline qint64 serverPid(const QString &dataDir)
{
    const QByteArray wanted = dataDir.toLocal8Bit();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (!args.isEmpty() && args.first().endsWith("godwit-server") && args.contains(wanted))
            return pid;
    }
    return 0;
}

// A field of /proc/<pid>/status in kB (VmHWM, VmRSS), or -1.
inline qint64 procStatusKb(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field).append(':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace godwit::test
