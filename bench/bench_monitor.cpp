// SPDX-License-Identifier: GPL-3.0-or-later
// The live run monitor (issue 6), measured in the console's own code.
//
//   godwit-bench-monitor [--runs N] [--idle-s S] [--switch-s S]
//     Builds the console as main() does (Services, MainWindow, the embedded godwit-server), creates
//     N companies (5) and starts an import of 5,000 inline rows in each, every tenth row with a bad
//     e-mail, so that each run goes queued → running → needs_attention and stays there. The Runs
//     page is shown with its charts. Prints one JSON object:
//       stall_ms_active      - the longest the UI thread did not turn (a 1 ms precise timer) while
//                              the runs, once started, are polled until they pause and, for
//                              switch-s seconds, the monitor
//                              shows another run every 250 ms (three charts rebuilt and replotted)
//       idle_cpu_pct         - the console process's CPU (user + sys, getrusage) over idle-s
//                              seconds (30) while the tracker polls the N paused runs at its real
//                              intervals (2 s backing off to 15 s), as % of one core; the server
//                              is another process and not counted
//       polls_idle           - polls sent in that time
//       replots              - chart replots done by the monitor
#include "app/createservice.h"
#include "app/i18n.h"
#include "app/runtracker.h"
#include "app/services.h"
#include "app/session.h"
#include "stallprobe.h"
#include "ui/mainwindow.h"
#include "ui/monitor/runmonitor.h"
#include "ui/monitor/runspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <sys/resource.h>

namespace {

using godwit::bench::StallProbe;

double processCpuS()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QJsonArray rows(int n, int seed)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        const QString k = QString::number(seed * 100000 + i);
        const QString user = QStringLiteral("user") + k;
        // Every tenth e-mail lacks its domain: the run pauses at needs_attention.
        const QString email = i % 10 == 3 ? user : QString(user + QStringLiteral("@example.com"));
        out.append(QJsonObject{{QStringLiteral("first_name"), QString(QStringLiteral("First") + k)},
                               {QStringLiteral("last_name"), QString(QStringLiteral("Last") + k)},
                               {QStringLiteral("email"), email}});
    }
    return out;
}

int fail(const char *what)
{
    std::fprintf(stderr, "godwit-bench-monitor: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs monitored (5)"),
                                  QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption idleOption(QStringLiteral("idle-s"), QStringLiteral("Idle phase (30 s)"),
                                  QStringLiteral("S"), QStringLiteral("30"));
    QCommandLineOption switchOption(QStringLiteral("switch-s"), QStringLiteral("Run switching phase (10 s)"),
                                    QStringLiteral("S"), QStringLiteral("10"));
    parser.addOptions({runsOption, idleOption, switchOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int idleS = qMax(1, parser.value(idleOption).toInt());
    const int switchS = qMax(0, parser.value(switchOption).toInt());

    QStandardPaths::setTestModeEnabled(true);
    godwit::app::installTranslations(app, QStringLiteral("en"));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    godwit::app::Services services(settings);
    services.session()->setLocalServerOverrides({}, dir.filePath(QStringLiteral("server-data")));
    services.setJournalPath(dir.filePath(QStringLiteral("intents.jsonl")));
    godwit::ui::MainWindow window(services);
    window.resize(1200, 800);
    window.show();
    services.start();
    if (!waitUntil([&] { return services.session()->isConnected() && services.creates()->isJournalOpen(); },
                   20000))
        return fail("the embedded server did not connect");
    window.sideBar()->setCurrentRow(window.pages()->indexOf(window.runsPage()));
    godwit::ui::RunMonitor *monitor = window.runsPage()->monitor();
    godwit::app::RunTracker *tracker = services.runTracker();

    StallProbe probe;
    // N companies, an import each (Services follows every import that starts).
    for (int i = 0; i < runs; ++i) {
        // An operation is deleted soon after finished(): what is needed is read in the slot.
        bool done = false;
        bool ok = false;
        QString companyId;
        QString message;
        godwit::app::CreateOperation *company =
            services.creates()->createCompany({QStringLiteral("Bench Company %1").arg(i + 1),
                                               QStringLiteral("0b9e7c1a-5d2f-4a8b-9e3c-1f2a3b4c5d01"),
                                               {},
                                               {},
                                               {}});
        QObject::connect(company, &godwit::app::CreateOperation::finished, [&, company] {
            done = true;
            ok = company->succeeded();
            companyId = company->company().id;
            message = company->message();
        });
        if (!waitUntil([&] { return done; }, 20000) || !ok)
            return fail(qPrintable(QStringLiteral("a company could not be created: ") + message));
        done = false;
        godwit::app::CreateOperation *import = services.creates()->startImport(companyId, rows(5000, i));
        QObject::connect(import, &godwit::app::CreateOperation::finished, [&, import] {
            done = true;
            ok = import->succeeded();
            message = import->message();
        });
        if (!waitUntil([&] { return done; }, 20000) || !ok)
            return fail(qPrintable(QStringLiteral("an import could not be started: ") + message));
    }
    // From here on: the runs are polled to needs_attention, the monitor and its charts follow them.
    probe.start();
    const auto paused = [&] {
        int n = 0;
        for (const QString &key : tracker->keys())
            n += tracker->run(key)->status.needsAttention() ? 1 : 0;
        return n;
    };
    if (!waitUntil([&] { return paused() == runs; }, 120000))
        return fail("the runs did not all reach needs_attention");
    // The user looks at one run after the other.
    const QStringList keys = tracker->keys();
    QElapsedTimer switching;
    switching.start();
    int next = 0;
    while (switching.elapsed() < switchS * 1000) {
        window.runsPage()->showRun(keys.at(next++ % keys.size()));
        spin(250);
    }
    probe.stop();
    const double stallActive = probe.longestMs();
    const double stallActiveCpu = probe.longestCpuMs();

    // Idle: the paused runs are polled at the console's own intervals; nothing else happens (not
    // even the probe, whose 1 ms timer would be most of the CPU measured).
    const int pollsBefore = tracker->pollCount();
    const double cpuBefore = processCpuS();
    QElapsedTimer idle;
    idle.start();
    spin(idleS * 1000);
    const double cpuS = processCpuS() - cpuBefore;
    const double wallS = double(idle.elapsed()) / 1000.0;

    const QJsonObject out{{QStringLiteral("runs"), runs},
                          {QStringLiteral("stall_ms_active"), stallActive},
                          {QStringLiteral("stall_cpu_ms_active"), stallActiveCpu},
                          {QStringLiteral("idle_s"), wallS},
                          {QStringLiteral("idle_cpu_s"), cpuS},
                          {QStringLiteral("idle_cpu_pct"), 100.0 * cpuS / wallS},
                          {QStringLiteral("polls_idle"), tracker->pollCount() - pollsBefore},
                          {QStringLiteral("replots"), monitor->replotCount()},
                          {QStringLiteral("monitor_visible"), monitor->isVisible()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
