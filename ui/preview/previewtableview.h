// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A QTableView on a windowed PreviewTableModel, with a scroll bar over all the file's rows. The
// table's own vertical scroll bar stays hidden and moves inside the window; when it nears either
// end, the window is moved so that the rows around stay in it. Ctrl+Home and Ctrl+End go to the
// file's first and last rows. Everything is in global rows (data rows of the file).

#include <QWidget>

class QScrollBar;
class QTableView;

namespace godwit::ui {

class PreviewTableModel;

class PreviewTableView : public QWidget {
    Q_OBJECT
public:
    explicit PreviewTableView(PreviewTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QScrollBar *scrollBar() const { return m_scrollBar; }
    PreviewTableModel *model() const { return m_model; }

    qint64 topRow() const;
    qint64 visibleRows() const;
    qint64 currentRow() const; // -1 without a current cell
    int currentColumn() const;
    // Scrolls `row` into the middle of the view and makes it the current row.
    void goToRow(qint64 row, int column = -1);
    void scrollToRow(qint64 row); // to the top, without changing the current row

signals:
    void currentChanged(qint64 row, int column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void syncFromTable();
    void syncFromScrollBar(int value);
    void updateScrollBar();
    void recentre(qint64 aroundRow);

    PreviewTableModel *m_model;
    QTableView *m_table;
    QScrollBar *m_scrollBar;
    bool m_syncing = false;
};

} // namespace godwit::ui
