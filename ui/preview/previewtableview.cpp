// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/previewtableview.h"

#include "ui/preview/previewtablemodel.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <climits>
#include <utility>

namespace godwit::ui {

namespace {
constexpr int kMargin = 2000; // rows kept above and below the view inside the window
}

PreviewTableView::PreviewTableView(PreviewTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    m_table->setModel(model);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setCornerButtonEnabled(false);
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Table corner")); // it does nothing here, but is a button
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rows->setHighlightSections(true);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setDefaultSectionSize(140);
    columns->setMinimumSectionSize(40);
    columns->setHighlightSections(true);
    columns->setSectionsClickable(true);
    columns->setStretchLastSection(true); // no empty band right of a narrow table
    m_scrollBar->setAccessibleName(tr("Rows of the file"));
    m_scrollBar->setAccessibleDescription(
        tr("Scrolls through all rows of the file, also while it is indexed"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_scrollBar);

    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &PreviewTableView::syncFromTable);
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &PreviewTableView::updateScrollBar);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, &PreviewTableView::syncFromScrollBar);
    connect(model, &PreviewTableModel::globalRowCountChanged, this, &PreviewTableView::updateScrollBar);
    connect(model, &QAbstractItemModel::modelReset, this, &PreviewTableView::updateScrollBar);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid())
                    emit currentChanged(m_model->globalRow(current.row()), current.column());
            });
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    updateScrollBar();
}

qint64 PreviewTableView::topRow() const
{
    return m_model->windowStart() + m_table->verticalScrollBar()->value();
}

qint64 PreviewTableView::visibleRows() const
{
    const int rowHeight = std::max(1, m_table->verticalHeader()->defaultSectionSize());
    return std::max(1, m_table->viewport()->height() / rowHeight);
}

qint64 PreviewTableView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->globalRow(current.row()) : -1;
}

int PreviewTableView::currentColumn() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.column() : -1;
}

void PreviewTableView::updateScrollBar()
{
    const bool wasSyncing = std::exchange(m_syncing, true);
    const qint64 total = m_model->globalRowCount();
    const qint64 visible = visibleRows();
    m_scrollBar->setRange(0, int(std::clamp<qint64>(total - visible, 0, INT_MAX)));
    m_scrollBar->setPageStep(int(std::min<qint64>(visible, INT_MAX)));
    m_scrollBar->setSingleStep(1);
    m_scrollBar->setValue(int(std::min<qint64>(topRow(), INT_MAX)));
    m_scrollBar->setEnabled(total > visible);
    m_syncing = wasSyncing;
}

void PreviewTableView::recentre(qint64 aroundRow)
{
    m_model->setWindowStart(aroundRow - PreviewTableModel::kWindowRows / 2);
}

// The table scrolled inside the window (wheel, keys, scrollTo): move the window when near its ends.
void PreviewTableView::syncFromTable()
{
    if (m_syncing)
        return;
    const int value = m_table->verticalScrollBar()->value();
    const qint64 top = topRow();
    const qint64 start = m_model->windowStart();
    const bool nearStart = value < kMargin && start > 0;
    const bool nearEnd = value + visibleRows() > m_model->rowCount() - kMargin &&
                         start + m_model->rowCount() < m_model->globalRowCount();
    if (nearStart || nearEnd) {
        m_syncing = true;
        recentre(top);
        m_table->verticalScrollBar()->setValue(int(top - m_model->windowStart()));
        m_syncing = false;
    }
    updateScrollBar();
}

void PreviewTableView::syncFromScrollBar(int value)
{
    if (m_syncing)
        return;
    scrollToRow(value);
}

void PreviewTableView::scrollToRow(qint64 row)
{
    const qint64 total = m_model->globalRowCount();
    const qint64 top = std::clamp<qint64>(row, 0, std::max<qint64>(0, total - 1));
    m_syncing = true;
    const qint64 inWindow = top - m_model->windowStart();
    if (inWindow < kMargin || inWindow + visibleRows() > m_model->rowCount() - kMargin)
        recentre(top);
    m_table->verticalScrollBar()->setValue(int(top - m_model->windowStart()));
    m_syncing = false;
    updateScrollBar();
}

void PreviewTableView::goToRow(qint64 row, int column)
{
    const qint64 total = m_model->globalRowCount();
    if (total <= 0)
        return;
    row = std::clamp<qint64>(row, 0, total - 1);
    if (column < 0)
        column = std::max(0, currentColumn());
    column = std::min(column, std::max(0, m_model->columnCount() - 1));
    scrollToRow(row - visibleRows() / 2);
    const int windowRow = m_model->windowRow(row);
    if (windowRow < 0)
        return;
    const QModelIndex index = m_model->index(windowRow, column);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::EnsureVisible);
    updateScrollBar();
}

bool PreviewTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & Qt::ControlModifier) {
            if (key->key() == Qt::Key_Home) {
                goToRow(0);
                return true;
            }
            if (key->key() == Qt::Key_End) {
                goToRow(m_model->globalRowCount() - 1);
                return true;
            }
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        updateScrollBar();
    return QWidget::eventFilter(watched, event);
}

} // namespace godwit::ui
