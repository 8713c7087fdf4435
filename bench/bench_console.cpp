// SPDX-License-Identifier: GPL-3.0-or-later
// The console's upload and start-up (issue 5), measured in the console's own code.
//
//   godwit-bench-console upload [--size-mib N] [--file PATH] [--server PATH]
//     Starts a real godwit-server (loopback, port 0), creates a company, and uploads one file
//     through app::UploadService (mint, streamed PUT) while an UploadPanel shows its row, as in
//     the console. Prints one JSON object:
//       upload_s, upload_MBps      - mint to the storage host's 200
//       rss_before_MB, rss_peak_MB, rss_growth_MB - the console process (VmRSS sampled every 10 ms)
//       stall_ms                   - the longest the UI thread did not turn during the upload
//                                    (a 1 ms precise timer), stall_cpu_ms its own CPU in that gap
//       gaps_over_16ms             - how many turns took longer than a frame
//   godwit-bench-console start [--runs N]
//     Starts this program N times as a fresh process that does what main() does for a window
//     (QApplication, translations, Services, MainWindow, show, start the embedded server) and
//     reports process start to the main window's first paint: start_ms_median, start_ms_max.
#include "app/api/apiconnection.h"
#include "app/api/companies.h"
#include "app/i18n.h"
#include "app/services.h"
#include "app/session.h"
#include "app/uploadservice.h"
#include "stallprobe.h"
#include "ui/mainwindow.h"
#include "ui/uploads/uploadpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

using godwit::bench::StallProbe;
using godwit::bench::threadCpuNs;

double memoryMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray all = status.readAll();
    const qsizetype at = all.indexOf(field);
    if (at < 0)
        return -1;
    const QByteArray line = all.mid(at + qsizetype(qstrlen(field)), 32);
    return line.trimmed().split(' ').constFirst().toDouble() / 1024.0;
}

// Times every event the UI thread delivers: the longest one, and to whom (what a stall was).
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!timing || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const qint64 cpu = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 spent = threadCpuNs() - cpu;
        if (spent > 5000000 && qEnvironmentVariableIsSet("GODWIT_BENCH_TRACE"))
            std::fprintf(stderr, "slow event %d to %s: %.1f ms\n", int(event->type()),
                         receiver->metaObject()->className(), double(spent) / 1e6);
        if (spent > longestNs) {
            longestNs = spent;
            longestWhat =
                QStringLiteral("%1 to %2 \"%3\"")
                    .arg(int(event->type()))
                    .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName());
        }
        return result;
    }
    bool timing = false;
    qint64 longestNs = 0;
    QString longestWhat;
};

bool writeFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Real bytes, not a hole: CSV-ish lines from a fixed seed.
    QRandomGenerator random(5);
    QByteArray block;
    while (block.size() < 4 * 1024 * 1024)
        block += "id" + QByteArray::number(random.generate()) + ",Name " +
                 QByteArray::number(random.generate()) + ",someone" +
                 QByteArray::number(random.generate() % 100000) + "@example.com\r\n";
    for (qint64 left = size; left > 0;) {
        const qint64 n = std::min<qint64>(left, block.size());
        if (file.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return file.flush();
}

int upload(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("size-mib"), QStringLiteral("file size"), QStringLiteral("N"),
                      QStringLiteral("1024")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("upload this file"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("server"), QStringLiteral("godwit-server"), QStringLiteral("PATH")});
    parser.process(arguments);
    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("file"));
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("upload.csv"));
        if (!writeFile(path, parser.value(QStringLiteral("size-mib")).toLongLong() * 1024 * 1024)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    const qint64 size = QFileInfo(path).size();

    // The server: a child on a port of its own, a fresh key through the environment.
    const QString server = parser.isSet(QStringLiteral("server"))
                               ? parser.value(QStringLiteral("server"))
                               : QCoreApplication::applicationDirPath() + QStringLiteral("/godwit-server");
    const QString key =
        QStringLiteral("bench-") + QString::number(QRandomGenerator::global()->generate64(), 16);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GODWIT_API_KEY"), key);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setStandardErrorFile(QProcess::nullDevice());
    child.start(server, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("server")),
                         QStringLiteral("--rate-limit"), QStringLiteral("0")});
    if (!child.waitForStarted(5000) || !child.waitForReadyRead(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(server));
        return 1;
    }
    const int port = child.readLine().trimmed().toInt();
    godwit::app::ApiConnection connection;
    connection.configure(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)), key);

    godwit::app::CreateCompanyRequest create(QStringLiteral("Bench GmbH"),
                                             QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01"));
    {
        QEventLoop loop;
        QObject::connect(&create, &godwit::app::ApiRequest::finished, &loop, &QEventLoop::quit);
        create.start(&connection);
        loop.exec();
    }
    if (!create.result().ok()) {
        std::fprintf(stderr, "create: %s\n", qPrintable(create.result().message));
        return 1;
    }

    // The console's pieces: the queue, and the panel that shows the row.
    godwit::app::UploadService uploads(&connection);
    godwit::ui::UploadPanel panel(&uploads, true);
    const godwit::app::UploadTarget target{godwit::app::UploadTarget::Kind::Company, create.company().id};
    panel.setTarget(target);
    panel.resize(900, 300);
    panel.show();
    QCoreApplication::processEvents();

    const double rssBefore = memoryMegabytes("VmRSS:");
    double rssPeak = rssBefore;
    QTimer sampler;
    sampler.setInterval(10);
    QObject::connect(&sampler, &QTimer::timeout,
                     [&] { rssPeak = std::max(rssPeak, memoryMegabytes("VmRSS:")); });
    StallProbe probe;
    QElapsedTimer clock;
    QEventLoop loop;
    auto *app = static_cast<TimedApplication *>(qApp);
    app->timing = true;
    clock.start();
    probe.start();
    sampler.start();
    godwit::app::UploadJob *job = uploads.enqueue(target, path);
    QObject::connect(job, &godwit::app::UploadJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    sampler.stop();
    app->timing = false;
    rssPeak = std::max(rssPeak, memoryMegabytes("VmRSS:"));
    child.terminate();
    child.waitForFinished(10000);
    if (job->state() != godwit::app::UploadJob::State::Done) {
        std::fprintf(stderr, "upload: %s\n", qPrintable(job->errorString()));
        return 1;
    }
    QJsonObject report{{QStringLiteral("bytes"), size},
                       {QStringLiteral("upload_s"), seconds},
                       {QStringLiteral("upload_MBps"), double(size) / 1e6 / seconds},
                       {QStringLiteral("rss_before_MB"), rssBefore},
                       {QStringLiteral("rss_peak_MB"), rssPeak},
                       {QStringLiteral("rss_growth_MB"), rssPeak - rssBefore},
                       {QStringLiteral("stall_ms"), probe.longestMs()},
                       {QStringLiteral("stall_cpu_ms"), probe.longestCpuMs()},
                       {QStringLiteral("stall_at_s"), probe.longestAtS()},
                       {QStringLiteral("most_work_ms"), probe.mostCpuMs()},
                       {QStringLiteral("most_work_at_s"), probe.mostCpuAtS()},
                       {QStringLiteral("gaps_over_16ms"), probe.overFrame()},
                       {QStringLiteral("longest_event_cpu_ms"), double(app->longestNs) / 1e6},
                       {QStringLiteral("longest_event"), app->longestWhat},
                       {QStringLiteral("urls_minted"), job->urlsMinted()}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// One fresh process: what main() does up to the first painted main window.
int startChild(QApplication &app)
{
    QStandardPaths::setTestModeEnabled(true); // no real settings or data touched
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    godwit::app::installTranslations(app, QStringLiteral("en"));
    godwit::app::Services services(settings);
    services.session()->setLocalServerOverrides({}, dir.filePath(QStringLiteral("server")));
    services.setJournalPath(dir.filePath(QStringLiteral("intents.jsonl")));
    godwit::ui::MainWindow window(services);
    struct FirstPaint : QObject {
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !seen) {
                seen = true;
                QTimer::singleShot(0, qApp, [] {
                    std::printf("painted\n");
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            }
            return false;
        }
        bool seen = false;
    } firstPaint;
    window.installEventFilter(&firstPaint);
    services.start();
    window.show();
    const int rc = QApplication::exec();
    services.session()->shutdown();
    return rc;
}

int start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("how many starts"), QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.process(arguments);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("start-child")});
        if (!child.waitForStarted(5000))
            return 1;
        QByteArray out;
        while (!out.contains("painted") && child.waitForReadyRead(10000))
            out += child.readAllStandardOutput();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        child.waitForFinished(15000);
        if (!out.contains("painted")) {
            std::fprintf(stderr, "run %d: no window painted\n", i);
            return 1;
        }
        times.append(ms);
    }
    std::sort(times.begin(), times.end());
    QJsonObject report{{QStringLiteral("runs"), runs},
                       {QStringLiteral("start_ms_min"), times.constFirst()},
                       {QStringLiteral("start_ms_median"), times.at(times.size() / 2)},
                       {QStringLiteral("start_ms_max"), times.constLast()}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Godwit"));
    QCoreApplication::setApplicationName(QStringLiteral("godwit"));
    QStringList arguments = QCoreApplication::arguments();
    const QString mode = arguments.value(1);
    arguments.removeAt(1);
    if (mode == QLatin1String("upload"))
        return upload(arguments);
    if (mode == QLatin1String("start"))
        return start(arguments);
    if (mode == QLatin1String("start-child"))
        return startChild(app);
    std::fprintf(stderr,
                 "usage: godwit-bench-console upload [--size-mib N] [--file PATH] | start [--runs N]\n");
    return 2;
}
