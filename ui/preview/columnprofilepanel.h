// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The profile of the selected column: type, blanks, distinct values, minimum and maximum, the
// most frequent values, values that do not fit the type (double-click one to go to its line),
// and a chart of the top values or of the value lengths (QCustomPlot). The chart is only drawn
// while it can be seen: set while hidden, it is drawn when shown.

#include "app/preview/columnprofile.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace godwit::ui {

class ColumnProfilePanel : public QWidget {
    Q_OBJECT
public:
    enum class Chart { Automatic, TopValues, Lengths };

    explicit ColumnProfilePanel(QWidget *parent = nullptr);

    // Nothing selected: a hint in place of the profile.
    void showHint(const QString &text);
    void showRunning(const QString &columnName);
    // The file is still being indexed: the profile follows.
    void showWaiting(const QString &columnName);
    void showFailed(const QString &columnName, const QString &error);
    void showProfile(const QString &columnName, const app::ColumnProfile &profile);

    bool hasProfile() const { return m_hasProfile; }
    const app::ColumnProfile &profile() const { return m_profile; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QTableWidget *topValuesTable() const { return m_topValues; }
    QTableWidget *misfitsTable() const { return m_misfits; }
    QComboBox *chartCombo() const { return m_chartChoice; }
    QCustomPlot *chart() const { return m_plot; }
    // What the chart shows now (Automatic resolved).
    Chart chartShown() const { return m_chartShown; }
    int replotCount() const { return m_replots; }
    static QString typeName(app::ValueType type);

signals:
    void goToLineRequested(qint64 line);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setFacts(bool visible);
    void updateChart();
    void replotIfVisible();

    QLabel *m_title;
    QLabel *m_status;
    QWidget *m_facts;
    QLabel *m_type;
    QLabel *m_values;
    QLabel *m_blanks;
    QLabel *m_distinct;
    QLabel *m_min;
    QLabel *m_max;
    QLabel *m_lengths;
    QLabel *m_topTitle;
    QTableWidget *m_topValues;
    QLabel *m_misfitsTitle;
    QTableWidget *m_misfits;
    QComboBox *m_chartChoice;
    QCustomPlot *m_plot;
    app::ColumnProfile m_profile;
    bool m_hasProfile = false;
    bool m_chartDirty = false;
    Chart m_chartShown = Chart::Automatic;
    int m_replots = 0;
    QElapsedTimer m_lastGoTo;
};

} // namespace godwit::ui
