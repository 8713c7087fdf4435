// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/runspage.h"

#include "app/runtracker.h"
#include "app/services.h"
#include "ui/monitor/runlistmodel.h"
#include "ui/monitor/runmonitor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace godwit::ui {

RunsPage::RunsPage(app::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new RunListModel(services, this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("runsPage"));
    setAccessibleName(tr("Runs"));
    auto *layout = new QVBoxLayout(this);

    m_noticeBar = new QFrame(this);
    m_noticeBar->setObjectName(QStringLiteral("runNoticeBar"));
    static_cast<QFrame *>(m_noticeBar)->setFrameShape(QFrame::StyledPanel);
    m_noticeBar->setAutoFillBackground(true);
    QPalette noticePalette = m_noticeBar->palette();
    noticePalette.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xdc));
    noticePalette.setColor(QPalette::WindowText, QColor(0x3a, 0x2a, 0x00));
    m_noticeBar->setPalette(noticePalette);
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->setContentsMargins(8, 4, 4, 4);
    m_notice = new QLabel(m_noticeBar);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Run notice"));
    noticeLayout->addWidget(m_notice, 1);
    m_noticeShow = new QPushButton(tr("&Show run"), m_noticeBar);
    m_noticeShow->setAccessibleName(tr("Show the run of the notice"));
    noticeLayout->addWidget(m_noticeShow);
    m_noticeClose = new QPushButton(tr("Dismiss"), m_noticeBar);
    m_noticeClose->setAccessibleName(tr("Dismiss the notice"));
    noticeLayout->addWidget(m_noticeClose);
    m_noticeBar->hide();
    layout->addWidget(m_noticeBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("runsSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(top);
    m_view->setObjectName(QStringLiteral("runsView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Followed runs"));
    m_view->setAccessibleDescription(tr(
        "Every import and migration run the console follows, most recent first; select one to monitor it"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(RunListModel::NameColumn, QHeaderView::Stretch);
    for (int c : {int(RunListModel::KindColumn), int(RunListModel::StatusColumn),
                  int(RunListModel::ElapsedColumn), int(RunListModel::PlanColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    topLayout->addWidget(m_view);
    m_empty = new QLabel(tr("No runs yet. Runs appear here when an import or a migration run starts."), top);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No runs"));
    topLayout->addWidget(m_empty);
    splitter->addWidget(top);

    m_monitor = new RunMonitor(services, splitter);
    splitter->addWidget(m_monitor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({140, 560});
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunsPage::onCurrentChanged);
    // A new run (or one loaded at start) is selected when nothing is.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString key = m_monitor->key();
        const int row = m_model->rowOf(key);
        if (row >= 0)
            m_view->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else if (m_model->rowCount() > 0)
            showRun(m_model->keyAt(0));
        else
            m_monitor->showRun({});
        m_empty->setVisible(m_model->rowCount() == 0);
    });
    m_empty->setVisible(m_model->rowCount() == 0);
    connect(m_noticeShow, &QPushButton::clicked, this, [this] {
        showRun(m_noticeKey);
        m_noticeBar->hide();
    });
    connect(m_noticeClose, &QPushButton::clicked, m_noticeBar, &QWidget::hide);
    connect(m_monitor, &RunMonitor::runReplaced, this,
            [this](const QString &, const QString &key) { showRun(key); });
    connect(m_monitor, &RunMonitor::openMigrationRequested, this, &RunsPage::openMigrationRequested);

    // Elapsed times move on once a second while the page is shown and a run goes on.
    m_clock->setInterval(1000);
    m_clock->setTimerType(Qt::CoarseTimer);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (m_services.runTracker()->activeCount() == 0)
            return;
        m_model->refreshElapsed();
    });
    if (m_model->rowCount() > 0)
        showRun(m_model->keyAt(0));
}

void RunsPage::showRun(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    m_monitor->showRun(key);
}

QString RunsPage::currentKey() const
{
    return m_monitor->key();
}

void RunsPage::onCurrentChanged()
{
    const QString key = m_model->keyAt(m_view->selectionModel()->currentIndex().row());
    if (!key.isEmpty() && key != m_monitor->key())
        m_monitor->showRun(key);
}

void RunsPage::showNotice(const QString &key, const QString &text)
{
    m_noticeKey = key;
    m_notice->setText(text);
    m_noticeShow->setVisible(!key.isEmpty() && key != m_monitor->key());
    m_noticeBar->show();
}

void RunsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->refreshElapsed();
    m_clock->start();
}

void RunsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clock->stop();
}

} // namespace godwit::ui
