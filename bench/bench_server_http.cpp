// SPDX-License-Identifier: GPL-3.0-or-later
// The storage host and the poll route of a real godwit-server under load (issue 4 "Speed"):
//
//   godwit-bench-server-http upload [--size BYTES] [--server PATH]
//       mints a signed upload for a company and PUTs BYTES (default 1 GiB) of generated CSV, streamed
//       from memory (no file on disk); reports throughput, the server's RSS before and its VmHWM after
//       (the peak growth), and the server's CPU time (user+sys) spent on the PUT.
//
//   godwit-bench-server-http poll [--clients N] [--seconds S] [--http-threads T] [--server PATH]
//       N clients (default 200), each on a thread of its own with a keep-alive connection, GET one run's
//       poll URL back to back for S seconds (default 30); reports requests, errors (anything but 200,
//       and failed connections), latency p50/p90/p99/max and the server's CPU time.
//
// The server runs with --rate-limit 0 (off) on 127.0.0.1:0 and a fresh data directory.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

const char kKey[] = "bench-server-http-key-0123456789ab";

qint64 statusKb(qint64 pid, const QByteArray &field)
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

// user + system CPU seconds of a process, from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime is field 14, stime field 15.
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

QJsonObject call(httplib::Client &client, const char *method, const std::string &path,
                 const QJsonObject &body = {})
{
    const httplib::Headers headers{{"x-api-key", kKey}};
    const std::string json = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    httplib::Result result = std::string(method) == "GET"
                                 ? client.Get(path, headers)
                                 : client.Post(path, headers, json, "application/json");
    if (!result) {
        std::fprintf(stderr, "%s %s: no answer\n", method, path.c_str());
        std::exit(1);
    }
    return QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
}

struct Server {
    QTemporaryDir data;
    QProcess process;
    int port = 0;
    qint64 pid = 0;

    bool start(const QString &program, const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GODWIT_API_KEY"), QString::fromLatin1(kKey));
        process.setProcessEnvironment(env);
        // The request log is part of the server's work; it goes to /dev/null, not to this terminal.
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(program, QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                           QStringLiteral("--data-dir"), data.path(),
                                           QStringLiteral("--rate-limit"), QStringLiteral("0")} +
                                   extra);
        if (!process.waitForStarted() || !process.waitForReadyRead(10000))
            return false;
        port = process.readLine().trimmed().toInt();
        pid = process.processId();
        return port > 0;
    }
};

std::string createCompany(httplib::Client &client)
{
    const QJsonObject company =
        call(client, "POST", "/api/v1/companies",
             QJsonObject{{QLatin1String("name"), QStringLiteral("Bench")},
                         {QLatin1String("source"), QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01")},
                         {QLatin1String("template_ids"),
                          QJsonArray{QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a02")}}});
    return "/api/v1/companies/" + company.value(QLatin1String("company"))
                                      .toObject()
                                      .value(QLatin1String("id"))
                                      .toString()
                                      .toStdString();
}

int upload(Server &server, qint64 size)
{
    httplib::Client client("127.0.0.1", server.port);
    client.set_read_timeout(600, 0);
    client.set_write_timeout(600, 0);
    const std::string companyPath = createCompany(client);
    const QJsonObject minted = call(client, "POST", companyPath + "/uploads",
                                    QJsonObject{{QLatin1String("name"), QStringLiteral("big.csv")},
                                                {QLatin1String("content_type"), QStringLiteral("text/csv")},
                                                {QLatin1String("size"), double(size)}});
    const QString url = minted.value(QLatin1String("upload_url")).toString();
    if (url.isEmpty()) {
        std::fprintf(stderr, "mint failed\n");
        return 1;
    }
    const std::string putPath = url.mid(url.indexOf(QLatin1String("/storage/"))).toStdString();

    // 1 MiB of CSV rows, sent again and again.
    QByteArray block = "first_name,last_name,email\n";
    while (block.size() < (1 << 20))
        block += "Ana,Muller,ana@example.com\n";
    block.truncate(1 << 20);

    const qint64 rssBefore = statusKb(server.pid, "VmRSS");
    const qint64 hwmBefore = statusKb(server.pid, "VmHWM");
    const double cpuBefore = cpuSeconds(server.pid);
    const QByteArray loadBefore = loadAverage();
    QElapsedTimer timer;
    timer.start();
    httplib::Result put = client.Put(
        putPath, size_t(size),
        [&block](size_t offset, size_t length, httplib::DataSink &sink) {
            const size_t at = offset % size_t(block.size());
            const size_t n = std::min(length, size_t(block.size()) - at);
            return sink.write(block.constData() + at, n);
        },
        "text/csv");
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds(server.pid) - cpuBefore;
    if (!put || put->status != 200) {
        std::fprintf(stderr, "PUT failed: %d %s\n", put ? put->status : 0, put ? put->body.c_str() : "");
        return 1;
    }
    const qint64 hwm = statusKb(server.pid, "VmHWM");
    std::printf("PUT                %.2f GiB in %.2f s = %.0f MB/s\n", double(size) / double(1 << 30), wall,
                double(size) / 1e6 / wall);
    std::printf("server CPU         %.2f s (user+sys) = %.0f MB per CPU second\n", cpu,
                double(size) / 1e6 / cpu);
    std::printf("server RSS before  %.1f MB (VmHWM %.1f MB)\n", double(rssBefore) / 1024,
                double(hwmBefore) / 1024);
    std::printf("server VmHWM after %.1f MB: peak growth %.1f MB\n", double(hwm) / 1024,
                double(hwm - rssBefore) / 1024);
    std::printf("load average       before %s, after %s\n", loadBefore.constData(),
                loadAverage().constData());
    return 0;
}

int poll(Server &server, int clients, int seconds)
{
    httplib::Client setup("127.0.0.1", server.port);
    const std::string companyPath = createCompany(setup);
    // A run to poll: an import of inline rows, finished (a poll reads its row and its report).
    const QJsonObject started = call(
        setup, "POST", companyPath + "/imports",
        QJsonObject{{QLatin1String("rows"),
                     QJsonArray{QJsonObject{{QLatin1String("first_name"), QStringLiteral("Ana")},
                                            {QLatin1String("last_name"), QStringLiteral("Muller")},
                                            {QLatin1String("email"), QStringLiteral("ana@example.com")}}}}});
    const std::string runPath =
        companyPath + "/imports/" + started.value(QLatin1String("run_id")).toString().toStdString();
    for (int i = 0; i < 500; ++i) {
        const QString status = call(setup, "GET", runPath).value(QLatin1String("status")).toString();
        if (status != u"queued" && status != u"running")
            break;
        QThread::msleep(10);
    }

    std::atomic<bool> go{false};
    std::atomic<bool> done{false};
    std::vector<std::vector<quint32>> latencies(static_cast<size_t>(clients)); // microseconds
    std::vector<qint64> errors(size_t(clients), 0);
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            httplib::Client client("127.0.0.1", server.port);
            client.set_keep_alive(true);
            client.set_connection_timeout(30, 0);
            client.set_read_timeout(30, 0);
            const httplib::Headers headers{{"x-api-key", kKey}};
            auto &mine = latencies[size_t(c)];
            mine.reserve(1 << 16);
            while (!go)
                std::this_thread::yield();
            QElapsedTimer t;
            while (!done) {
                t.start();
                httplib::Result result = client.Get(runPath, headers);
                const qint64 us = t.nsecsElapsed() / 1000;
                if (!result || result->status != 200)
                    ++errors[size_t(c)];
                else
                    mine.push_back(quint32(us));
            }
        });
    }
    const double cpuBefore = cpuSeconds(server.pid);
    const QByteArray loadBefore = loadAverage();
    QElapsedTimer timer;
    timer.start();
    go = true;
    QThread::sleep(ulong(seconds));
    done = true;
    for (std::thread &thread : threads)
        thread.join();
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds(server.pid) - cpuBefore;

    std::vector<quint32> all;
    qint64 failed = 0;
    for (int c = 0; c < clients; ++c) {
        all.insert(all.end(), latencies[size_t(c)].begin(), latencies[size_t(c)].end());
        failed += errors[size_t(c)];
    }
    std::sort(all.begin(), all.end());
    auto pct = [&all](double p) -> double {
        return all.empty() ? 0 : double(all[std::min(all.size() - 1, size_t(p * double(all.size())))]) / 1000;
    };
    std::printf("clients            %d for %.1f s, GET %s\n", clients, wall, runPath.c_str());
    std::printf("requests           %zu ok (%.0f/s), %lld errors\n", all.size(), double(all.size()) / wall,
                static_cast<long long>(failed));
    std::printf("latency            p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", pct(0.50),
                pct(0.90), pct(0.99), all.empty() ? 0 : double(all.back()) / 1000);
    std::printf("server CPU         %.2f s (user+sys) = %.0f us per request\n", cpu,
                all.empty() ? 0 : cpu * 1e6 / double(all.size()));
    std::printf("server VmHWM       %.1f MB\n", double(statusKb(server.pid, "VmHWM")) / 1024);
    std::printf("load average       before %s, after %s\n", loadBefore.constData(),
                loadAverage().constData());
    return failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    QString program =
        QFileInfo(app.applicationDirPath() + QStringLiteral("/godwit-server")).absoluteFilePath();
    qint64 size = qint64(1) << 30;
    int clients = 200;
    int seconds = 30;
    QStringList extra;
    bool ok = mode == u"upload" || mode == u"poll";
    while (ok && !args.isEmpty()) {
        const QString arg = args.takeFirst();
        const QString value = args.isEmpty() ? QString() : args.takeFirst();
        if (arg == u"--server")
            program = value;
        else if (arg == u"--size")
            size = value.toLongLong(&ok);
        else if (arg == u"--clients")
            clients = value.toInt(&ok);
        else if (arg == u"--seconds")
            seconds = value.toInt(&ok);
        else if (arg == u"--http-threads")
            extra << arg << value;
        else
            ok = false;
        ok = ok && !value.isEmpty();
    }
    if (!ok || size <= 0 || clients <= 0 || seconds <= 0) {
        std::fprintf(stderr, "usage: godwit-bench-server-http upload [--size BYTES] [--server PATH]\n"
                             "       godwit-bench-server-http poll [--clients N] [--seconds S] "
                             "[--http-threads T] [--server PATH]\n");
        return 2;
    }
    Server server;
    if (!server.start(program, extra)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(program));
        return 1;
    }
    std::printf("server             %s, pid %lld, --rate-limit 0 %s\n", qPrintable(program),
                static_cast<long long>(server.pid), qPrintable(extra.join(QLatin1Char(' '))));
    const int rc = mode == u"upload" ? upload(server, size) : poll(server, clients, seconds);
    server.process.terminate();
    server.process.waitForFinished(10000);
    return rc;
}
