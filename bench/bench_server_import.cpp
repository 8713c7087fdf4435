// SPDX-License-Identifier: GPL-3.0-or-later
// A company import through the HTTP API of a real godwit-server (issue 4 "Speed"): mint + PUT + import +
// poll, timed step by step, and the server's peak RSS. The file comes from godwit-bench-gen. Generated
// contacts have bad e-mails and phones without a region, so the first pass stops at needs_attention;
// the run is then finished with the decision given by --decision (reject: keep the flagged rows, no
// re-run; accept: apply the proposed fix, plan version 2, a second pass). Beside wall and server CPU per
// step it prints the server's own split from its log: the PUT (received, fsync, committed) and each pass
// (queued, the engine's inspect/index/validate/write steps, fsync, report, commit; wall and CPU), and what
// the import step spent outside the pass (the POST and the wait for the next poll).
//
//   godwit-bench-gen --rows 1000000 bench/data/contacts-1m.csv
//   godwit-bench-server-import bench/data/contacts-1m.csv [--server PATH] [--workers N] [--decision
//   reject|accept]

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

#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

const char kKey[] = "bench-server-import-key-0123456789";

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

// user + system CPU seconds of a process (all its threads), from /proc/<pid>/stat: on a shared, loaded
// machine the steadier figure than wall time.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString file;
    QString server =
        QFileInfo(app.applicationDirPath() + QStringLiteral("/godwit-server")).absoluteFilePath();
    QString workers = QStringLiteral("2");
    QString decision = QStringLiteral("reject");
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--server" && !args.isEmpty())
            server = args.takeFirst();
        else if (arg == u"--workers" && !args.isEmpty())
            workers = args.takeFirst();
        else if (arg == u"--decision" && !args.isEmpty())
            decision = args.takeFirst();
        else if (file.isEmpty() && !arg.startsWith(u"--"))
            file = arg;
        else
            file.clear(), args.clear();
    }
    if (file.isEmpty() || !QFileInfo::exists(file) || (decision != u"reject" && decision != u"accept")) {
        std::fprintf(stderr, "usage: godwit-bench-server-import FILE [--server PATH] [--workers N] "
                             "[--decision reject|accept]\n");
        return 2;
    }

    QTemporaryDir data;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GODWIT_API_KEY"), QString::fromLatin1(kKey));
    process.setProcessEnvironment(env);
    // The server's log (one line per request, one per import pass with where its time went) is read at
    // the end: the split of the import pass.
    const QString serverLog = data.filePath(QStringLiteral("server.log"));
    process.setStandardErrorFile(serverLog);
    process.start(server, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--data-dir"), data.path(), QStringLiteral("--rate-limit"),
                           QStringLiteral("0"), QStringLiteral("--import-workers"), workers});
    if (!process.waitForStarted() || !process.waitForReadyRead(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(server));
        QFile log(serverLog);
        if (log.open(QIODevice::ReadOnly))
            std::fprintf(stderr, "%s", log.readAll().constData());
        return 1;
    }
    const int port = process.readLine().trimmed().toInt();
    const qint64 pid = process.processId();
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(600, 0);
    client.set_write_timeout(600, 0);

    const QJsonObject company =
        call(client, "POST", "/api/v1/companies",
             QJsonObject{{QLatin1String("name"), QStringLiteral("Bench")},
                         {QLatin1String("source"), QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01")},
                         {QLatin1String("template_ids"),
                          QJsonArray{QStringLiteral("7a3d5e2b-8c1f-4d6a-b2e9-3c4d5e6f7a02")}}});
    const std::string companyPath = "/api/v1/companies/" + company.value(QLatin1String("company"))
                                                               .toObject()
                                                               .value(QLatin1String("id"))
                                                               .toString()
                                                               .toStdString();
    const qint64 size = QFileInfo(file).size();
    const qint64 rssBefore = statusKb(pid, "VmRSS");

    const QByteArray loadBefore = loadAverage();
    double cpuMark = cpuSeconds(pid);
    auto cpuStep = [&] {
        const double now = cpuSeconds(pid);
        const double used = now - cpuMark;
        cpuMark = now;
        return used;
    };
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    const QJsonObject minted = call(client, "POST", companyPath + "/uploads",
                                    QJsonObject{{QLatin1String("name"), QStringLiteral("contacts.csv")},
                                                {QLatin1String("content_type"), QStringLiteral("text/csv")},
                                                {QLatin1String("size"), double(size)}});
    const double mint = seconds(step);
    const double mintCpu = cpuStep();

    step.restart();
    const QString uploadUrl = minted.value(QLatin1String("upload_url")).toString();
    const std::string putPath = uploadUrl.mid(uploadUrl.indexOf(QLatin1String("/storage/"))).toStdString();
    QFile input(file);
    input.open(QIODevice::ReadOnly);
    httplib::Result put = client.Put(
        putPath, size_t(size),
        [&input](size_t offset, size_t length, httplib::DataSink &sink) {
            QByteArray chunk(qint64(std::min<size_t>(length, 1 << 20)), Qt::Uninitialized);
            input.seek(qint64(offset));
            const qint64 n = input.read(chunk.data(), chunk.size());
            return n > 0 && sink.write(chunk.constData(), size_t(n));
        },
        "text/csv");
    if (!put || put->status != 200) {
        std::fprintf(stderr, "PUT failed\n");
        return 1;
    }
    const double upload = seconds(step);
    const double uploadCpu = cpuStep();

    step.restart();
    const QJsonObject started =
        call(client, "POST", companyPath + "/imports",
             QJsonObject{{QLatin1String("files"),
                          QJsonArray{QJsonObject{
                              {QLatin1String("name"), QStringLiteral("contacts.csv")},
                              {QLatin1String("upload_ref"), minted.value(QLatin1String("upload_ref"))}}}}});
    const std::string runPath =
        companyPath + "/imports/" + started.value(QLatin1String("run_id")).toString().toStdString();
    int polls = 0;
    auto pollToStop = [&] {
        for (;;) {
            const QJsonObject body = call(client, "GET", runPath);
            ++polls;
            const QString status = body.value(QLatin1String("status")).toString();
            if (status != u"queued" && status != u"running")
                return body;
            QThread::msleep(20); // the poll interval of a client, not work
        }
    };
    QJsonObject body = pollToStop();
    const double firstPass = seconds(step);
    const double firstPassCpu = cpuStep();
    const QString firstStatus = body.value(QLatin1String("status")).toString();

    double decided = 0;
    if (firstStatus == u"needs_attention") {
        step.restart();
        call(client, "POST", runPath + "/decisions", QJsonObject{{QLatin1String("decision"), decision}});
        body = pollToStop();
        decided = seconds(step);
    }
    const double decidedCpu = cpuStep();
    const double all = seconds(total);
    const QJsonObject report = body.value(QLatin1String("report")).toObject();
    const qint64 hwm = statusKb(pid, "VmHWM");

    std::printf("file               %s (%.1f MB)\n", qPrintable(file), double(size) / 1e6);
    std::printf("                   wall      server CPU (user+sys)\n");
    std::printf("mint               %.3f s   %.3f s\n", mint, mintCpu);
    std::printf("PUT                %.3f s   %.3f s (%.0f MB/s)\n", upload, uploadCpu,
                double(size) / 1e6 / upload);
    std::printf("import -> %-8s %.3f s   %.3f s\n", qPrintable(firstStatus), firstPass, firstPassCpu);
    if (decided > 0)
        std::printf("%-8s -> %-8s %.3f s   %.3f s\n", qPrintable(decision),
                    qPrintable(body.value(QLatin1String("status")).toString()), decided, decidedCpu);
    std::printf("total              %.3f s   %.3f s (%d polls)\n", all,
                mintCpu + uploadCpu + firstPassCpu + decidedCpu, polls);
    std::printf("load average       before %s, after %s\n", loadBefore.constData(),
                loadAverage().constData());
    std::printf("report             inserted %lld, invalidCellCount %lld, plan_version %d\n",
                qint64(report.value(QLatin1String("inserted")).toDouble()),
                qint64(report.value(QLatin1String("invalidCellCount")).toDouble()),
                body.value(QLatin1String("plan_version")).toInt());
    std::printf("server RSS         %.1f MB at start, %.1f MB peak (VmHWM)\n", double(rssBefore) / 1024,
                double(hwm) / 1024);
    process.terminate();
    process.waitForFinished(10000);

    // The server's own split of each pass: "import <run> pass <n>: <status> after queued Q s, claim C s,
    // pass T s: step s, step s, ...". What the first step's wall time has beyond queued + claim + pass
    // is the POST, the HTTP round trips and the wait for the next poll.
    QFile log(serverLog);
    if (log.open(QIODevice::ReadOnly)) {
        const QByteArray runId = started.value(QLatin1String("run_id")).toString().toUtf8();
        bool firstLine = true;
        for (const QByteArray &line : log.readAll().split('\n')) {
            // The storage host's split of the PUT: "upload <id>: N bytes stored in T s: received R s, ..."
            const qsizetype upload = line.indexOf("godwit-server: upload ");
            if (upload >= 0 && line.contains(" bytes stored in "))
                std::printf("PUT split          %s\n",
                            line.mid(line.indexOf(": ", upload + 22) + 2).constData());
            const QByteArray marker = QByteArray("import ") + runId + QByteArray(" pass ");
            const qsizetype at = line.indexOf(marker);
            if (at < 0)
                continue;
            const QByteArray text = line.mid(at + marker.size() - 5);
            std::printf("server split       %s\n", text.constData());
            if (firstLine) {
                firstLine = false;
                double serverSeconds = 0;
                for (const char *key : {"queued ", "claim ", ", pass "}) {
                    const qsizetype k = text.indexOf(key);
                    if (k >= 0)
                        serverSeconds += text.mid(k + qsizetype(strlen(key))).split(' ').first().toDouble();
                }
                std::printf("                   POST, polls and the wait for the next poll: %.3f s of the "
                            "import step's %.3f s\n",
                            firstPass - serverSeconds, firstPass);
            }
        }
        if (body.value(QLatin1String("status")).toString() != u"completed") {
            log.seek(0);
            std::fprintf(stderr, "%s", log.readAll().right(4000).constData());
        }
    }
    return body.value(QLatin1String("status")).toString() == u"completed" ? 0 : 1;
}
