// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h's inline templates use `foreach`, which QT_NO_FOREACH (on for our code) removes:
// it comes first, before any Qt header, without it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "ui/preview/columnprofilepanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace godwit::ui {

using app::ColumnProfile;
using app::ValueType;

namespace {

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QString();
    const double p = 100.0 * double(part) / double(whole);
    if (p > 0 && p < 0.1)
        return QStringLiteral("< %1").arg(QLocale().toString(0.1, 'f', 1));
    return QLocale().toString(p, 'f', p < 10 && p > 0 ? 1 : 0);
}

// Ticks on whole numbers only (row counts, lengths), as many as fit.
QSharedPointer<QCPAxisTickerFixed> wholeTicks()
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(5);
    return ticker;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

QLabel *makeValue(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString shown(const QString &value)
{
    if (value.isEmpty())
        return ColumnProfilePanel::tr("(empty)");
    QString text = value.simplified();
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026);
    return text;
}

} // namespace

QString ColumnProfilePanel::typeName(ValueType type)
{
    switch (type) {
    case ValueType::Empty:
        return tr("empty");
    case ValueType::Integer:
        return tr("whole number");
    case ValueType::Decimal:
        return tr("decimal number");
    case ValueType::Date:
        return tr("date");
    case ValueType::Boolean:
        return tr("yes/no");
    case ValueType::Email:
        return tr("e-mail address");
    case ValueType::Text:
        return tr("text");
    }
    return {};
}

ColumnProfilePanel::ColumnProfilePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_facts(new QWidget(this))
{
    setAccessibleName(tr("Column profile"));
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Profile status"));
    layout->addWidget(m_title);
    layout->addWidget(m_status);

    auto *facts = new QVBoxLayout(m_facts);
    facts->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    m_type = makeValue(m_facts);
    m_values = makeValue(m_facts);
    m_blanks = makeValue(m_facts);
    m_distinct = makeValue(m_facts);
    m_min = makeValue(m_facts);
    m_max = makeValue(m_facts);
    m_lengths = makeValue(m_facts);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Values:"), m_values);
    form->addRow(tr("Blank:"), m_blanks);
    form->addRow(tr("Distinct:"), m_distinct);
    form->addRow(tr("Minimum:"), m_min);
    form->addRow(tr("Maximum:"), m_max);
    form->addRow(tr("Length:"), m_lengths);
    facts->addLayout(form);

    auto *chartRow = new QHBoxLayout;
    auto *chartLabel = new QLabel(tr("C&hart:"), m_facts);
    m_chartChoice = new QComboBox(m_facts);
    m_chartChoice->addItem(tr("Automatic"), int(Chart::Automatic));
    m_chartChoice->addItem(tr("Most frequent values"), int(Chart::TopValues));
    m_chartChoice->addItem(tr("Value lengths"), int(Chart::Lengths));
    m_chartChoice->setAccessibleName(tr("Chart"));
    m_chartChoice->setAccessibleDescription(
        tr("What the chart shows: the most frequent values or the lengths of the values"));
    chartLabel->setBuddy(m_chartChoice);
    chartRow->addWidget(chartLabel);
    chartRow->addWidget(m_chartChoice, 1);
    facts->addLayout(chartRow);
    connect(m_chartChoice, &QComboBox::activated, this, &ColumnProfilePanel::updateChart);

    m_plot = new QCustomPlot(m_facts);
    m_plot->setMinimumHeight(200);
    m_plot->setAccessibleName(tr("Chart of the column"));
    m_plot->setBackground(palette().base());
    m_plot->setInteractions({});
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(palette().color(QPalette::Mid)));
        axis->setTickPen(QPen(palette().color(QPalette::Mid)));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(palette().color(QPalette::Text));
        axis->setLabelColor(palette().color(QPalette::Text));
        axis->grid()->setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
    }
    facts->addWidget(m_plot);
    m_topTitle = new QLabel(tr("Most frequent values"), m_facts);
    m_topTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    facts->addWidget(m_topTitle);
    m_topValues = makeTable({tr("Value"), tr("Rows"), tr("Share")}, tr("Most frequent values"), m_facts);
    m_topValues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_topValues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_topValues->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    facts->addWidget(m_topValues);

    m_misfitsTitle = new QLabel(m_facts);
    m_misfitsTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_misfitsTitle->setWordWrap(true);
    facts->addWidget(m_misfitsTitle);
    m_misfits = makeTable({tr("Line"), tr("Value")}, tr("Values that do not fit the type"), m_facts);
    m_misfits->setAccessibleDescription(tr("Double-click a value to go to its line"));
    m_misfits->setToolTip(tr("Double-click to go to the line"));
    m_misfits->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_misfits->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    facts->addWidget(m_misfits);
    // Double-click, or Enter (activation); a double-click may also activate: once is enough.
    const auto goTo = [this](int row) {
        if (row < 0 || row >= m_profile.misfits.size())
            return;
        if (m_lastGoTo.isValid() && m_lastGoTo.elapsed() < 400)
            return;
        m_lastGoTo.start();
        emit goToLineRequested(m_profile.misfits.at(row).line);
    };
    connect(m_misfits, &QTableWidget::cellActivated, this, goTo);
    connect(m_misfits, &QTableWidget::cellDoubleClicked, this, goTo);

    layout->addWidget(m_facts, 100);
    layout->addStretch(1); // takes the room while there is only a hint
    showHint(tr("Select a cell to see its column's profile."));
}

void ColumnProfilePanel::setFacts(bool visible)
{
    m_facts->setVisible(visible);
}

void ColumnProfilePanel::showHint(const QString &text)
{
    m_hasProfile = false;
    m_title->setText(tr("Column profile"));
    m_status->setText(text);
    m_status->show();
    setFacts(false);
}

void ColumnProfilePanel::showRunning(const QString &columnName)
{
    m_hasProfile = false;
    m_title->setText(columnName);
    m_status->setText(tr("Reading every row of this column…"));
    m_status->show();
    setFacts(false);
}

void ColumnProfilePanel::showWaiting(const QString &columnName)
{
    m_hasProfile = false;
    m_title->setText(columnName);
    m_status->setText(tr("The profile follows as soon as the file is indexed."));
    m_status->show();
    setFacts(false);
}

void ColumnProfilePanel::showFailed(const QString &columnName, const QString &error)
{
    m_hasProfile = false;
    m_title->setText(columnName);
    m_status->setText(tr("The profile could not be made: %1").arg(error));
    m_status->show();
    setFacts(false);
}

void ColumnProfilePanel::showProfile(const QString &columnName, const ColumnProfile &p)
{
    m_profile = p;
    m_hasProfile = true;
    const QLocale locale;
    m_title->setText(columnName);
    m_status->hide();
    setFacts(true);

    const qint64 nonBlank = p.nonBlank();
    if (p.type == ValueType::Empty)
        m_type->setText(tr("empty — every value is blank"));
    else if (p.type == ValueType::Text)
        m_type->setText(typeName(p.type));
    else
        m_type->setText(
            tr("%1 (%2 % of the non-blank values)").arg(typeName(p.type), percent(p.fitting, nonBlank)));
    QString values = locale.toString(p.values);
    if (p.missing > 0)
        values += QLatin1Char(' ') + tr("(and %Ln row(s) too short to have this column)", nullptr,
                                        int(std::min<qint64>(p.missing, INT_MAX)));
    m_values->setText(values);
    m_blanks->setText(tr("%1 (%2 %)").arg(locale.toString(p.blanks), percent(p.blanks, p.values)));
    m_distinct->setText(p.distinctExact ? locale.toString(p.distinct)
                                        : tr("about %1 (estimated)").arg(locale.toString(p.distinct)));
    m_distinct->setToolTip(
        p.distinctExact ? QString() : tr("Counted with HyperLogLog: within about 1 % of the true number."));
    m_min->setText(p.min.isEmpty() ? tr("—") : shown(p.min));
    m_max->setText(p.max.isEmpty() ? tr("—") : shown(p.max));
    m_min->setToolTip(p.min);
    m_max->setToolTip(p.max);
    if (nonBlank == 0)
        m_lengths->setText(tr("—"));
    else if (p.minLength == p.maxLength)
        m_lengths->setText(tr("always %1 characters").arg(p.maxLength));
    else
        m_lengths->setText(tr("%1 to %2 characters").arg(p.minLength).arg(p.maxLength));

    m_topTitle->setText(p.topValuesExact ? tr("Most frequent values")
                                         : tr("Most frequent values (among the first %1 distinct values)")
                                               .arg(locale.toString(app::ColumnProfiler::kMaxCountedValues)));
    m_topValues->setRowCount(int(p.topValues.size()));
    for (int i = 0; i < p.topValues.size(); ++i) {
        const app::ValueCount &v = p.topValues.at(i);
        auto *value = new QTableWidgetItem(shown(v.value));
        value->setToolTip(v.value);
        auto *count = new QTableWidgetItem(locale.toString(v.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *share = new QTableWidgetItem(tr("%1 %").arg(percent(v.count, nonBlank)));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_topValues->setItem(i, 0, value);
        m_topValues->setItem(i, 1, count);
        m_topValues->setItem(i, 2, share);
    }
    const bool hasMisfits = p.misfitCount > 0;
    m_misfitsTitle->setVisible(hasMisfits);
    m_misfits->setVisible(hasMisfits);
    m_misfitsTitle->setText(
        tr("%Ln value(s) that are not %1", nullptr, int(std::min<qint64>(p.misfitCount, INT_MAX)))
            .arg(typeName(p.type)));
    m_misfits->setRowCount(int(p.misfits.size()));
    for (int i = 0; i < p.misfits.size(); ++i) {
        const app::ValueSample &s = p.misfits.at(i);
        auto *line = new QTableWidgetItem(locale.toString(s.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *value = new QTableWidgetItem(shown(s.value));
        value->setToolTip(s.value);
        m_misfits->setItem(i, 0, line);
        m_misfits->setItem(i, 1, value);
    }
    updateChart();
}

void ColumnProfilePanel::updateChart()
{
    if (!m_hasProfile)
        return;
    const ColumnProfile &p = m_profile;
    Chart chart = Chart(m_chartChoice->currentData().toInt());
    if (chart == Chart::Automatic) {
        // Values that repeat: their frequencies tell most. Unique values (ids, e-mails): lengths.
        const bool repeats =
            !p.topValues.isEmpty() && p.topValues.front().count > 1 && p.distinct * 2 <= p.nonBlank();
        chart = repeats ? Chart::TopValues : Chart::Lengths;
    }
    m_chartShown = chart;
    m_plot->clearPlottables();
    const QColor colour = palette().color(QPalette::Highlight);
    QLocale locale;

    if (chart == Chart::TopValues) {
        auto *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis); // horizontal bars, the top one first
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
        bars->setWidth(0.7);
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        const int n = int(p.topValues.size());
        QVector<double> keys;
        QVector<double> counts;
        double most = 1;
        for (int i = 0; i < n; ++i) {
            const app::ValueCount &v = p.topValues.at(i);
            const double key = n - i;
            keys.append(key);
            counts.append(double(v.count));
            most = std::max(most, double(v.count));
            QString label = v.value.isEmpty() ? tr("(empty)") : v.value.simplified();
            if (label.size() > 18)
                label = label.left(17) + QChar(0x2026);
            ticker->addTick(key, label);
        }
        bars->setData(keys, counts, true);
        m_plot->yAxis->setTicker(ticker);
        m_plot->yAxis->setRange(0.3, n + 0.7);
        m_plot->yAxis->grid()->setVisible(false);
        m_plot->yAxis->setLabel(QString());
        m_plot->xAxis->setTicker(wholeTicks());
        m_plot->xAxis->setRange(0, most * 1.08);
        m_plot->xAxis->grid()->setVisible(true);
        m_plot->xAxis->setLabel(tr("Rows"));
        m_plot->setAccessibleDescription(
            n > 0
                ? tr("Bar chart of the %n most frequent value(s); the first is “%1” in %2 rows.", nullptr, n)
                      .arg(shown(p.topValues.front().value), locale.toString(p.topValues.front().count))
                : tr("No values"));
    } else {
        // Lengths 0..127 and 128+: merge into about 40 bins.
        int first = -1;
        int last = 0;
        for (int i = 0; i < ColumnProfile::kLengthBuckets; ++i) {
            if (p.lengths[std::size_t(i)] > 0) {
                last = i;
                if (first < 0)
                    first = i;
            }
        }
        first = std::max(0, first);
        const int width = std::max(1, (last + 40) / 40);
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
        bars->setWidth(width * 0.85);
        QVector<double> keys;
        QVector<double> counts;
        double most = 1;
        for (int start = 0; start <= last; start += width) {
            qint64 sum = 0;
            for (int i = start; i < std::min(start + width, last + 1); ++i)
                sum += p.lengths[std::size_t(i)];
            keys.append(start + (width - 1) / 2.0);
            counts.append(double(sum));
            most = std::max(most, double(sum));
        }
        bars->setData(keys, counts, true);
        m_plot->xAxis->setTicker(wholeTicks());
        m_plot->xAxis->setRange(std::max(-1.0, first - 1.5 * width), last + 1.5 * width);
        m_plot->xAxis->grid()->setVisible(false);
        m_plot->xAxis->setLabel(last >= ColumnProfile::kLengthBuckets - 1
                                    ? tr("Characters (the last bar: 128 or more)")
                                    : tr("Characters"));
        m_plot->yAxis->setTicker(wholeTicks());
        m_plot->yAxis->setRange(0, most * 1.08);
        m_plot->yAxis->grid()->setVisible(true);
        m_plot->yAxis->setLabel(tr("Rows"));
        m_plot->setAccessibleDescription(
            tr("Histogram of value lengths, from %1 to %2 characters").arg(p.minLength).arg(p.maxLength));
    }
    m_chartDirty = true;
    replotIfVisible();
}

void ColumnProfilePanel::replotIfVisible()
{
    if (!m_chartDirty || !m_plot->isVisible())
        return; // drawn when shown
    m_chartDirty = false;
    ++m_replots;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ColumnProfilePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    replotIfVisible();
}

} // namespace godwit::ui
