// SPDX-License-Identifier: GPL-3.0-or-later
// The offline preview on a large file, in the real main window (issue 7, "Speed and memory"),
// one JSON object on stdout:
//   first_screen_ms     - openInPreview() until the first screen of rows is loaded and painted
//   index_s             - open until the row index is complete (rows/s and MB/s beside it)
//   stall_indexing_ms   - the longest the UI thread did not turn while scrolling during indexing
//   stall_scrolling_ms  - the same, scrolling after indexing (wheel, page down, thumb drags);
//                         *_cpu_ms: the UI thread's own CPU time in that longest gap (the rest of
//                         the gap it waited for a core); ui_work_*_ms: the most CPU time the UI
//                         thread spent between two turns of its event loop
//   goto_ms_{median,p95,max} - "go to line" of random lines after indexing until the row is
//                         current, loaded and painted
//   profile_s           - a column profile (the e-mail column) over every row, after indexing
//   rss_MB, peak_rss_MB - the console's resident memory with the file open, and its peak
// Rendering is offscreen (QT_QPA_PLATFORM=offscreen unless a display is asked for). The window
// is not connected to any server: only the preview works here.
//
//   godwit-bench-preview bench/data/contacts-9m5.csv [--scroll-seconds 5] [--gotos 50]
//   godwit-bench-preview bench/data/contacts-9m5.csv --index-only

#include "app/preview/previewdocument.h"
#include "app/services.h"
#include "engine/csvfile.h"
#include "stallprobe.h"
#include "ui/mainwindow.h"
#include "ui/preview/previewpage.h"
#include "ui/preview/previewtablemodel.h"
#include "ui/preview/previewtableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace godwit;

namespace {

using godwit::bench::StallProbe;

double memoryMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Runs the event loop as the application does (no busy polling, which would take a core from
// the workers) until `condition` holds, checked every millisecond.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return condition();
}

// Scrolls like a user at 60 Hz: wheel notches, page down, and drags of the scroll bar's thumb.
class Scroller : public QObject {
public:
    explicit Scroller(ui::PreviewTableView *view)
        : m_view(view)
    {
        m_timer.setInterval(16);
        connect(&m_timer, &QTimer::timeout, this, &Scroller::step);
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int steps() const { return m_steps; }

private:
    void step()
    {
        ++m_steps;
        QTableView *table = m_view->table();
        switch (m_steps % 10) {
        case 0: { // a drag of the thumb somewhere
            QScrollBar *bar = m_view->scrollBar();
            bar->setValue(int(m_rng.bounded(std::max(1, bar->maximum()))));
            break;
        }
        case 1:
        case 2:
        case 3: {
            QKeyEvent down(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
            QCoreApplication::sendEvent(table, &down);
            break;
        }
        default: {
            const QPoint at(table->viewport()->width() / 2, table->viewport()->height() / 2);
            QWheelEvent wheel(at, table->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(table->viewport(), &wheel);
            break;
        }
        }
    }

    ui::PreviewTableView *m_view;
    QTimer m_timer;
    QRandomGenerator m_rng{42};
    int m_steps = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString path;
    int scrollSeconds = 5;
    int gotos = 50;
    bool indexOnly = false;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--scroll-seconds" && !args.isEmpty())
            scrollSeconds = args.takeFirst().toInt();
        else if (arg == u"--gotos" && !args.isEmpty())
            gotos = args.takeFirst().toInt();
        else if (arg == u"--index-only")
            indexOnly = true;
        else
            path = arg;
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr,
                     "usage: godwit-bench-preview FILE [--scroll-seconds S] [--gotos N] [--index-only]\n");
        return 2;
    }

    // --index-only: the preview's indexer alone, on this thread, no window (its throughput
    // without the UI, to compare with godwit-bench-csv's RowIndex::build over a mapping).
    if (indexOnly) {
        const engine::CsvInspection inspection = engine::inspectCsvFile(path);
        auto data = std::make_shared<app::PreviewData>(path, inspection.encoding.bomLength,
                                                       inspection.fileSize, inspection.encoding.encoding);
        auto index = std::make_shared<app::PreviewIndex>();
        app::PreviewIndexer indexer(data, inspection.dialect.dialect, index);
        QElapsedTimer clock;
        clock.start();
        indexer.run({});
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        QJsonObject report;
        report[QStringLiteral("file")] = path;
        report[QStringLiteral("records")] = double(index->state().records);
        report[QStringLiteral("index_only_s")] = seconds;
        report[QStringLiteral("index_only_MBps")] = double(index->state().bytes) / double(1 << 20) / seconds;
        report[QStringLiteral("peak_rss_MB")] = memoryMegabytes("VmHWM:");
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
        return 0;
    }

    // The console as a user has it, minus the server: settings in a scratch folder.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    app::Services services(settings);
    ui::MainWindow window(services);
    window.resize(1280, 800);
    window.show();
    waitUntil([&] { return window.isVisible(); }, 5000);
    QCoreApplication::processEvents();
    const double rssIdle = memoryMegabytes("VmRSS:");

    ui::PreviewPage *page = window.previewPage();
    app::PreviewDocument *doc = page->document();
    ui::PreviewTableModel *model = page->model();
    ui::PreviewTableView *view = page->tableView();
    QJsonObject report;
    report[QStringLiteral("file")] = path;
    report[QStringLiteral("bytes")] = double(QFileInfo(path).size());
    report[QStringLiteral("rss_idle_MB")] = rssIdle;

    // First screen: open until the rows in view are loaded and painted.
    QElapsedTimer clock;
    clock.start();
    window.openInPreview(path);
    waitUntil([&] { return doc->state() == app::PreviewDocument::State::Open; }, 30000);
    report[QStringLiteral("first_screen_open_ms")] =
        double(clock.nsecsElapsed()) / 1e6; // head read and sniffed
    const bool shown = waitUntil(
        [&] {
            if (doc->state() != app::PreviewDocument::State::Open || model->rowCount() == 0)
                return false;
            const int last = int(std::min<qint64>(model->rowCount(), view->visibleRows())) - 1;
            return model->isRowLoaded(0) && model->isRowLoaded(last);
        },
        30000);
    report[QStringLiteral("first_screen_rows_ms")] = double(clock.nsecsElapsed()) / 1e6; // rows in the model
    window.repaint();
    report[QStringLiteral("first_screen_ms")] = shown ? double(clock.nsecsElapsed()) / 1e6 : -1;

    // Scrolling while the index is built.
    StallProbe probe;
    Scroller scroller(view);
    probe.start();
    scroller.start();
    qint64 indexNs = -1;
    waitUntil(
        [&] {
            if (doc->indexState().complete && indexNs < 0)
                indexNs = clock.nsecsElapsed();
            return indexNs >= 0;
        },
        600000);
    scroller.stop();
    probe.stop();
    report[QStringLiteral("stall_indexing_ms")] = probe.longestMs();
    report[QStringLiteral("stall_indexing_cpu_ms")] = probe.longestCpuMs();
    report[QStringLiteral("ui_work_indexing_ms")] = probe.mostCpuMs();
    report[QStringLiteral("scroll_steps_indexing")] = scroller.steps();
    const app::PreviewIndexState index = doc->indexState();
    report[QStringLiteral("index_s")] = double(indexNs) / 1e9;
    report[QStringLiteral("records")] = double(index.records);
    report[QStringLiteral("index_MBps")] = double(index.bytes) / double(1 << 20) / (double(indexNs) / 1e9);
    waitUntil([&] { return model->globalRowCount() == doc->estimatedDataRows(); }, 5000);
    report[QStringLiteral("rows")] = double(model->globalRowCount());

    // Scrolling after.
    Scroller after(view);
    probe.start();
    after.start();
    waitUntil([] { return false; }, scrollSeconds * 1000);
    after.stop();
    probe.stop();
    report[QStringLiteral("stall_scrolling_ms")] = probe.longestMs();
    report[QStringLiteral("stall_scrolling_cpu_ms")] = probe.longestCpuMs();
    report[QStringLiteral("ui_work_scrolling_ms")] = probe.mostCpuMs();
    report[QStringLiteral("scroll_steps")] = after.steps();

    // Go to line: until the row is current, loaded and painted.
    QRandomGenerator rng(7);
    const qint64 lines = index.lineBreaks;
    std::vector<double> times;
    bool located = false;
    QObject::connect(doc, &app::PreviewDocument::lineLocated, doc, [&located] { located = true; });
    for (int i = 0; i < gotos; ++i) {
        const qint64 line = 3 + qint64(rng.bounded(quint64(std::max<qint64>(1, lines - 3))));
        located = false;
        clock.start();
        page->goToLine(line);
        const bool done = waitUntil(
            [&] {
                return located && view->currentRow() >= 0 &&
                       model->isRowLoaded(view->table()->currentIndex().row());
            },
            5000);
        view->table()->viewport()->repaint();
        if (done)
            times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    if (!times.empty()) {
        report[QStringLiteral("goto_ms_median")] = times[times.size() / 2];
        report[QStringLiteral("goto_ms_p95")] = times[std::min(times.size() - 1, times.size() * 95 / 100)];
        report[QStringLiteral("goto_ms_max")] = times.back();
    }
    report[QStringLiteral("gotos")] = double(times.size());

    // A column profile over every row (the e-mail column), on all cores now that the file is indexed.
    {
        const int column = std::min(3, model->columnCount() - 1);
        bool ready = false;
        const auto connection = QObject::connect(doc, &app::PreviewDocument::profileReady, doc,
                                                 [&ready, column](int c) { ready = ready || c == column; });
        clock.start();
        doc->profileColumn(column);
        waitUntil([&] { return ready; }, 600000);
        report[QStringLiteral("profile_s")] = double(clock.nsecsElapsed()) / 1e9;
        QObject::disconnect(connection);
    }

    // The same work without threads and painting: what the fetcher does for one "go to line"
    // (locate the line, read the 256 rows around it).
    {
        app::PreviewReader reader(doc->data(), doc->layout().dialect, doc->index());
        std::vector<double> reads;
        for (int i = 0; i < gotos; ++i) {
            const qint64 line = 3 + qint64(rng.bounded(quint64(std::max<qint64>(1, lines - 3))));
            clock.start();
            qint64 record = 0;
            bool exact = false;
            reader.locateLine(line, &record, &exact);
            QList<app::PreviewRow> rows;
            reader.readRows(record / ui::PreviewTableModel::kChunkRows * ui::PreviewTableModel::kChunkRows,
                            ui::PreviewTableModel::kChunkRows, &rows);
            reads.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        std::sort(reads.begin(), reads.end());
        report[QStringLiteral("goto_read_ms_median")] = reads[reads.size() / 2];
        report[QStringLiteral("goto_read_ms_max")] = reads.back();
    }

    QCoreApplication::processEvents();
    report[QStringLiteral("rss_MB")] = memoryMegabytes("VmRSS:");
    report[QStringLiteral("peak_rss_MB")] = memoryMegabytes("VmHWM:");
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    std::fflush(stdout); // the figures are out even if tearing the window down goes wrong
    return 0;
}
