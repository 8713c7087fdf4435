// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h's inline templates use `foreach`, which QT_NO_FOREACH (on for our code) removes:
// it comes first, before any Qt header, without it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "ui/monitor/runmonitor.h"

#include "app/api/runs.h"
#include "app/runtracker.h"
#include "app/services.h"
#include "app/session.h"
#include "ui/monitor/runlistmodel.h"
#include "ui/review/reviewpane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace godwit::ui {

namespace {

enum Plot { SheetsPlot = 1, ColumnsPlot = 2, ProgressPlot = 4, AllPlots = 7 };

const QColor kValid(0x2e, 0x9d, 0x4f);
const QColor kFlagged(0xd9, 0x82, 0x2b);

QLabel *textLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}

QSharedPointer<QCPAxisTickerFixed> wholeTicks()
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    return ticker;
}

QString shortened(const QString &text, int max = 16)
{
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

} // namespace

RunMonitor::RunMonitor(app::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_tracker(services.runTracker())
    , m_replotTimer(new QTimer(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("runMonitor"));
    setAccessibleName(tr("Run monitor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Run"));
    layout->addWidget(m_title);

    auto *facts = new QHBoxLayout;
    m_status = textLabel(this, tr("Status"));
    m_status->setWordWrap(false);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    facts->addWidget(m_status);
    m_elapsed = textLabel(this, tr("Elapsed time"));
    m_elapsed->setWordWrap(false);
    facts->addWidget(m_elapsed);
    m_plan = textLabel(this, tr("Plan version"));
    m_plan->setWordWrap(false);
    facts->addWidget(m_plan);
    facts->addStretch(1);
    m_review = new QPushButton(tr("&Review…"), this);
    m_review->setAccessibleName(tr("Review the run's questions"));
    m_review->setAccessibleDescription(
        tr("Opens the questions and the proposed fix of a run that waits for a decision"));
    facts->addWidget(m_review);
    m_cancel = new QPushButton(tr("&Cancel run"), this);
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_cancel->setAccessibleDescription(tr("Stops the run on the server; nothing of it is stored"));
    facts->addWidget(m_cancel);
    layout->addLayout(facts);

    m_timeline = new QLabel(this);
    m_timeline->setTextFormat(Qt::RichText);
    m_timeline->setWordWrap(true);
    m_timeline->setAccessibleName(tr("Status timeline"));
    layout->addWidget(m_timeline);
    m_progress = textLabel(this, tr("Progress message"));
    layout->addWidget(m_progress);
    m_message = textLabel(this, tr("Run message"));
    m_message->setObjectName(QStringLiteral("runMonitorMessage"));
    m_message->hide();
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    auto *charts = new QWidget(m_splitter);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    const auto makePlot = [&](const QString &name, const QString &title, QCPItemText **empty) {
        auto *plot = new QCustomPlot(charts);
        plot->setAccessibleName(name);
        plot->setMinimumSize(200, 170);
        plot->setBackground(palette().base());
        plot->setInteractions({});
        plot->setNoAntialiasingOnDrag(true);
        for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
            axis->setBasePen(QPen(palette().color(QPalette::Mid)));
            axis->setTickPen(QPen(palette().color(QPalette::Mid)));
            axis->setSubTickPen(Qt::NoPen);
            axis->setTickLabelColor(palette().color(QPalette::Text));
            axis->setLabelColor(palette().color(QPalette::Text));
            axis->grid()->setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
            axis->ticker()->setTickCount(4); // small charts: a few ticks
        }
        plot->plotLayout()->insertRow(0);
        auto *heading =
            new QCPTextElement(plot, title, QFont(font().family(), font().pointSize(), QFont::Bold));
        heading->setTextColor(palette().color(QPalette::Text));
        plot->plotLayout()->addElement(0, 0, heading);
        *empty = new QCPItemText(plot);
        (*empty)->position->setType(QCPItemPosition::ptAxisRectRatio);
        (*empty)->position->setCoords(0.5, 0.5);
        (*empty)->setColor(palette().color(QPalette::PlaceholderText));
        chartsLayout->addWidget(plot, 1);
        return plot;
    };
    m_sheetsPlot = makePlot(tr("Valid and flagged rows per sheet"), tr("Rows per sheet"), &m_sheetsEmpty);
    m_columnsPlot = makePlot(tr("Flagged rows per column"), tr("Flagged rows per column"), &m_columnsEmpty);
    m_progressPlot = makePlot(tr("Progress over time"), tr("Progress"), &m_progressEmpty);
    // Legends in a row of their own under the title: small charts have no room inside.
    for (QCustomPlot *plot : {m_sheetsPlot, m_progressPlot}) {
        plot->legend->setVisible(true);
        plot->legend->setFont(QFont(font().family(), qMax(7, font().pointSize() - 1)));
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setBorderPen(Qt::NoPen);
        plot->legend->setBrush(Qt::NoBrush);
        plot->legend->setRowSpacing(0);
        plot->legend->setMargins(QMargins(2, 0, 2, 0));
        plot->axisRect()->insetLayout()->take(plot->legend);
        plot->plotLayout()->insertRow(1);
        plot->plotLayout()->addElement(1, 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(1, 0.001);
        plot->plotLayout()->setRowStretchFactor(0, 0.001);
    }
    m_columnsPlot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_splitter->addWidget(charts);

    m_reviewPane = new ReviewPane(services, m_splitter);
    m_reviewPane->hide();
    m_splitter->addWidget(m_reviewPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    // Bursts of changes (five runs polled at once) are drawn once; hidden charts wait.
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(30);
    connect(m_replotTimer, &QTimer::timeout, this, &RunMonitor::replotDirty);
    m_clock->setInterval(1000);
    m_clock->setTimerType(Qt::CoarseTimer);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (!isVisible()) {
            m_clock->stop();
            return;
        }
        if (const app::RunTracker::Run *run = m_tracker->run(m_key))
            m_elapsed->setText(tr("Elapsed %1").arg(RunListModel::elapsedText(run->elapsedMs())));
    });

    connect(m_tracker, &app::RunTracker::runChanged, this, [this](const QString &key) {
        if (key == m_key)
            refresh();
    });
    connect(m_tracker, &app::RunTracker::runFinished, this, [this](const QString &key) {
        if (key == m_key)
            refresh();
    });
    connect(m_tracker, &app::RunTracker::runRemoved, this, [this](const QString &key) {
        if (key == m_key)
            showRun({});
    });
    connect(m_cancel, &QPushButton::clicked, this, &RunMonitor::cancelRun);
    connect(m_review, &QPushButton::clicked, this, &RunMonitor::openReview);
    connect(m_reviewPane, &ReviewPane::decisionSent, this, &RunMonitor::onDecisionSent);
    connect(m_reviewPane, &ReviewPane::correctionSent, this,
            [this](const QString &, const QString &runId) { m_tracker->nudge(runId); });
    showRun({});
}

RunMonitor::~RunMonitor() = default;

void RunMonitor::showRun(const QString &key)
{
    const bool other = key != m_key;
    m_key = key;
    if (other) {
        m_chartsFingerprint.clear();
        m_reviewFingerprint.clear();
        m_message->hide();
        m_reviewPane->hide();
    }
    refresh();
}

void RunMonitor::refresh()
{
    const app::RunTracker::Run *run = m_tracker->run(m_key);
    const bool has = run != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_elapsed, m_plan, m_timeline, m_progress})
        w->setVisible(has);
    m_splitter->setVisible(has);
    if (!has) {
        m_title->setText(tr("No run selected"));
        m_cancel->setEnabled(false);
        m_review->setEnabled(false);
        m_clock->stop();
        return;
    }
    const app::RunStatus &status = run->status;
    const bool import = run->kind == app::RunTracker::Kind::Import;
    //: Run monitor title: "<company or migration> — import 0b9e…" / "— generate run 0b9e…"
    m_title->setText(
        tr("%1 — %2 %3")
            .arg(RunListModel::nameOf(m_services, m_key),
                 import ? tr("import") : (status.kind.isEmpty() ? tr("run") : tr("%1 run").arg(status.kind)),
                 run->runId.left(8)));
    m_title->setToolTip(tr("Run %1").arg(run->runId));

    QString statusText = RunListModel::statusText(status.status);
    if (run->lost)
        statusText = tr("Unknown to the server");
    m_status->setText(statusText);
    m_elapsed->setText(tr("Elapsed %1").arg(RunListModel::elapsedText(run->elapsedMs())));
    m_plan->setText(status.planVersion > 0 ? tr("Plan version %1").arg(status.planVersion) : QString());
    m_plan->setVisible(status.planVersion > 0);

    // Timeline: every status seen, with the time it was first seen; "…" while it goes on.
    QStringList steps;
    QLocale locale;
    for (const app::RunTracker::Step &step : run->timeline) {
        steps.append(QStringLiteral("<b>%1</b>&nbsp;%2")
                         .arg(RunListModel::statusText(step.status).toHtmlEscaped(),
                              locale.toString(step.at.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    }
    if (run->polling)
        steps.append(QStringLiteral("…"));
    m_timeline->setText(steps.join(QStringLiteral(" → ")));
    m_timeline->setAccessibleDescription(
        m_timeline->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));

    QString progress = status.progressMessage;
    if (!status.error.isEmpty())
        progress = tr("Failed: %1").arg(status.error);
    else if (status.status == QLatin1String("canceled") || status.status == QLatin1String("cancelled"))
        progress = tr("Nothing of the run is stored; the charts show it as it was when it stopped.");
    else if (status.needsAttention() && progress.isEmpty())
        progress = status.report.present ? tr("%n row(s) flagged — waiting for a decision", nullptr,
                                              int(status.report.invalidRows))
                                         : tr("Waiting for answers");
    else if (status.report.present && progress.isEmpty())
        progress = tr("%1 rows stored, %2 valid, %3 flagged")
                       .arg(locale.toString(status.report.rows), locale.toString(status.report.validRows()),
                            locale.toString(status.report.invalidRows));
    if (!run->lastError.isEmpty())
        progress = tr("%1 (last poll failed: %2)").arg(progress, run->lastError);
    m_progress->setText(progress);

    const bool cancelable = run->polling && !status.isTerminal() && !m_canceling;
    m_cancel->setEnabled(cancelable);
    m_cancel->setVisible(!status.isTerminal() && !run->lost);
    m_review->setVisible(status.needsAttention());
    m_review->setEnabled(status.needsAttention());
    if (!import)
        m_review->setToolTip(tr("The questions of a migration run are answered in its migration's page"));
    else
        m_review->setToolTip({});

    if (run->polling && isVisible())
        m_clock->start();
    else if (!run->polling)
        m_clock->stop();

    // The review pane follows the run while it is open, and closes when the run has ended.
    if (status.isTerminal())
        m_reviewPane->hide();
    if (m_reviewPane->isVisible() && import) {
        QJsonObject raw = status.raw;
        if (!raw.contains(QLatin1String("run_id")))
            raw.insert(QStringLiteral("run_id"), run->runId);
        m_reviewPane->showRun(run->parentId, raw);
    }
    updateCharts();
}

void RunMonitor::openReview()
{
    const app::RunTracker::Run *run = m_tracker->run(m_key);
    if (!run)
        return;
    if (run->kind != app::RunTracker::Kind::Import) {
        emit openMigrationRequested(run->parentId);
        return;
    }
    QJsonObject raw = run->status.raw;
    if (!raw.contains(QLatin1String("run_id")))
        raw.insert(QStringLiteral("run_id"), run->runId);
    m_reviewPane->show();
    m_reviewPane->showRun(run->parentId, raw);
    m_splitter->setSizes({180, qMax(300, height() - 180)});
    m_reviewPane->setFocus(Qt::OtherFocusReason);
}

void RunMonitor::onDecisionSent(const QString &companyId, const QString &runId, const QString &newRunId)
{
    if (!newRunId.isEmpty() && newRunId != runId) {
        // The server started another run for the decision: follow that one.
        const app::RunTracker::Run *run = m_tracker->run(runId);
        const QString label = run ? run->label : QString();
        const QString key = m_tracker->track(app::RunTracker::Kind::Import, companyId, newRunId, {}, label,
                                             QStringLiteral("queued"));
        emit runReplaced(runId, key);
        showRun(key);
        return;
    }
    // The same run goes on (re-runs with a new plan version, or completes after a reject).
    m_tracker->nudge(runId);
}

void RunMonitor::cancelRun()
{
    const app::RunTracker::Run *run = m_tracker->run(m_key);
    if (!run || m_canceling)
        return;
    app::CancelRunRequest *request = run->kind == app::RunTracker::Kind::Import
                                         ? new app::CancelImportRequest(run->parentId, run->runId, this)
                                         : new app::CancelRunRequest(run->pollUrl, this);
    m_canceling = request;
    m_cancel->setEnabled(false);
    m_message->setText(tr("Canceling…"));
    m_message->show();
    const QString key = m_key;
    connect(request, &app::ApiRequest::finished, this, [this, request, key] {
        request->deleteLater();
        m_canceling = nullptr;
        if (request->result().ok()) {
            m_tracker->applyStatus(key, request->run());
            if (key == m_key)
                m_message->setText(tr("Canceled."));
        } else {
            if (key == m_key) {
                m_message->setText(request->result().status == app::ApiStatus::Conflict
                                       ? tr("Not canceled: %1").arg(request->result().message)
                                       : tr("Could not cancel: %1").arg(request->result().message));
            }
            m_tracker->nudge(key); // it may have ended meanwhile
        }
        refresh();
    });
    request->start(m_services.session()->connection());
}

// --- charts ------------------------------------------------------------------------------------

void RunMonitor::updateCharts()
{
    const app::RunTracker::Run *run = m_tracker->run(m_key);
    if (!run)
        return;
    // Rebuilt only when what they show changed.
    const app::RunReport &report = run->status.report;
    QString fingerprint =
        QString::number(report.rows) + QLatin1Char('/') + QString::number(report.invalidRows) +
        QLatin1Char('/') + QString::number(report.perSheet.size()) + QLatin1Char('/') +
        QString::number(report.columns.size()) + QLatin1Char('/') +
        QString::number(run->status.questions.size()) + QLatin1Char('/') + QString::number(report.present);
    int dirty = 0;
    if (fingerprint != m_chartsFingerprint) {
        m_chartsFingerprint = fingerprint;
        updateSheetsChart();
        updateColumnsChart();
        dirty |= SheetsPlot | ColumnsPlot;
    }
    updateProgressChart();
    dirty |= ProgressPlot;
    scheduleReplot(dirty);
}

void RunMonitor::updateSheetsChart()
{
    const app::RunReport &report = m_tracker->run(m_key)->status.report;
    QCustomPlot *plot = m_sheetsPlot;
    plot->clearPlottables();
    QLocale locale;
    const int n = int(report.perSheet.size());
    m_sheetsEmpty->setText(n == 0 ? (report.present ? tr("No sheet was fed") : tr("No report yet"))
                                  : QString());
    m_sheetsEmpty->setVisible(n == 0);
    if (n == 0) {
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        plot->xAxis->setRange(0, 1);
        plot->yAxis->setRange(0, 1);
        plot->setAccessibleDescription(m_sheetsEmpty->text());
        return;
    }
    auto *valid = new QCPBars(plot->xAxis, plot->yAxis);
    valid->setName(tr("Valid"));
    valid->setPen(Qt::NoPen);
    valid->setBrush(kValid);
    valid->setWidth(0.6);
    auto *flagged = new QCPBars(plot->xAxis, plot->yAxis);
    flagged->setName(tr("Flagged"));
    flagged->setPen(Qt::NoPen);
    flagged->setBrush(kFlagged);
    flagged->setWidth(0.6);
    flagged->moveAbove(valid);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    QVector<double> valids;
    QVector<double> flags;
    double most = 1;
    QStringList description;
    for (int i = 0; i < n; ++i) {
        const app::RunSheetReport &sheet = report.perSheet.at(i);
        const double f = double(qMax<qint64>(0, sheet.flaggedRows));
        const double v = qMax(0.0, double(sheet.rowCount) - f);
        keys.append(i + 1);
        valids.append(v);
        flags.append(f);
        most = std::max(most, v + f);
        ticker->addTick(i + 1, shortened(sheet.templateName));
        description.append(tr("%1: %2 valid, %3%4 flagged")
                               .arg(sheet.templateName, locale.toString(qint64(v)),
                                    sheet.flaggedIsLowerBound ? tr("at least ") : QString(),
                                    locale.toString(qint64(f))));
    }
    valid->setData(keys, valids, true);
    flagged->setData(keys, flags, true);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.4, n + 0.6);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setRange(0, most * 1.25);
    plot->yAxis->setLabel(tr("Rows"));
    plot->setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void RunMonitor::updateColumnsChart()
{
    const app::RunReport &report = m_tracker->run(m_key)->status.report;
    QCustomPlot *plot = m_columnsPlot;
    plot->clearPlottables();
    QList<app::RunColumnFlags> columns = report.columns;
    std::stable_sort(
        columns.begin(), columns.end(),
        [](const app::RunColumnFlags &a, const app::RunColumnFlags &b) { return a.invalid > b.invalid; });
    constexpr int kMaxColumns = 8;
    if (columns.size() > kMaxColumns)
        columns.resize(kMaxColumns);
    const int n = int(columns.size());
    m_columnsEmpty->setText(n == 0 ? (report.present ? tr("No flagged rows") : tr("No report yet"))
                                   : QString());
    m_columnsEmpty->setVisible(n == 0);
    if (n == 0) {
        plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        plot->xAxis->setRange(0, 1);
        plot->yAxis->setRange(0, 1);
        plot->setAccessibleDescription(m_columnsEmpty->text());
        return;
    }
    // Horizontal bars, the most flagged column on top.
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kFlagged);
    bars->setWidth(0.6);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    QVector<double> counts;
    double most = 1;
    QStringList description;
    QLocale locale;
    for (int i = 0; i < n; ++i) {
        const double key = n - i;
        keys.append(key);
        counts.append(double(columns.at(i).invalid));
        most = std::max(most, double(columns.at(i).invalid));
        ticker->addTick(key, shortened(columns.at(i).column, 14));
        description.append(tr("%1: %2").arg(columns.at(i).column, locale.toString(columns.at(i).invalid)));
    }
    bars->setData(keys, counts, true);
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.4, n + 0.6);
    plot->yAxis->grid()->setVisible(false);
    if (most > 10) {
        auto ticker = QSharedPointer<QCPAxisTicker>::create();
        ticker->setTickCount(4);
        plot->xAxis->setTicker(ticker);
    } else {
        plot->xAxis->setTicker(wholeTicks());
    }
    plot->xAxis->setRange(0, most * 1.1);
    plot->xAxis->setLabel(tr("Flagged rows"));
    plot->setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void RunMonitor::updateProgressChart()
{
    const app::RunTracker::Run *run = m_tracker->run(m_key);
    QCustomPlot *plot = m_progressPlot;
    if (plot->graphCount() == 0) {
        QCPGraph *done = plot->addGraph();
        done->setName(tr("Rows"));
        done->setPen(QPen(palette().color(QPalette::Highlight), 2));
        done->setLineStyle(QCPGraph::lsStepLeft);
        // A point is drawn too (a run that paused at its first poll has one).
        done->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        QCPGraph *flagged = plot->addGraph();
        flagged->setName(tr("Flagged"));
        flagged->setPen(QPen(kFlagged, 2));
        flagged->setLineStyle(QCPGraph::lsStepLeft);
        flagged->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        auto ticker = QSharedPointer<QCPAxisTickerTime>::create();
        ticker->setTimeFormat(QStringLiteral("%m:%s"));
        plot->xAxis->setTicker(ticker);
        plot->xAxis->setLabel(tr("Minutes since the start"));
        plot->yAxis->setLabel(tr("Rows"));
    }
    const QList<app::RunTracker::Sample> &history = run->history;
    const QDateTime start = run->status.createdAt.isValid() ? run->status.createdAt : run->trackedAt;
    QVector<double> t;
    QVector<double> done;
    QVector<double> ft;
    QVector<double> flagged;
    double most = 1;
    double last = 1;
    for (const app::RunTracker::Sample &s : history) {
        const double x = qMax<qint64>(0, start.msecsTo(s.at)) / 1000.0;
        t.append(x);
        done.append(double(s.done));
        most = std::max(most, double(s.done));
        last = std::max(last, x);
        if (s.flagged >= 0) {
            ft.append(x);
            flagged.append(double(s.flagged));
        }
    }
    plot->graph(0)->setData(t, done, true);
    plot->graph(1)->setData(ft, flagged, true);
    m_progressEmpty->setText(history.isEmpty() ? tr("No progress yet") : QString());
    m_progressEmpty->setVisible(history.isEmpty());
    plot->xAxis->setRange(0, last * 1.05 + 1);
    plot->yAxis->setRange(0, most * 1.15);
    plot->setAccessibleDescription(
        history.isEmpty()
            ? m_progressEmpty->text()
            : tr("%n point(s); last: %1 rows, %2 flagged", nullptr, int(history.size()))
                  .arg(QLocale().toString(history.constLast().done),
                       history.constLast().flagged >= 0 ? QLocale().toString(history.constLast().flagged)
                                                        : tr("not known yet")));
}

void RunMonitor::scheduleReplot(int plots)
{
    m_dirtyPlots |= plots;
    if (m_dirtyPlots && isVisible() && !m_replotTimer->isActive())
        m_replotTimer->start();
}

void RunMonitor::replotDirty()
{
    for (auto [bit, plot] :
         {std::pair{int(SheetsPlot), m_sheetsPlot}, std::pair{int(ColumnsPlot), m_columnsPlot},
          std::pair{int(ProgressPlot), m_progressPlot}}) {
        if (!(m_dirtyPlots & bit) || !plot->isVisible())
            continue; // drawn when shown
        m_dirtyPlots &= ~bit;
        ++m_replots;
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void RunMonitor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleReplot(0);
    const app::RunTracker::Run *run = m_tracker->run(m_key);
    if (run && run->polling)
        m_clock->start();
}

} // namespace godwit::ui
