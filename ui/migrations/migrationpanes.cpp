// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/migrations/migrationpanes.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {
QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableWidget *readOnlyTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}
} // namespace

// --- preview -------------------------------------------------------------------------------------

MigrationPreviewPane::MigrationPreviewPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("migrationPreview"));
    setAccessibleName(tr("Preview"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *sheetLabel = new QLabel(tr("&Sheet:"), this);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("previewSheet"));
    m_sheet->setAccessibleName(tr("Template sheet"));
    m_sheet->setAccessibleDescription(tr("The template sheet whose mapping and first rows are shown"));
    sheetLabel->setBuddy(m_sheet);
    top->addWidget(sheetLabel);
    top->addWidget(m_sheet);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setAccessibleName(tr("Preview summary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *mappingBox = new QWidget(splitter);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    auto *mappingTitle = boldLabel(tr("Mapped columns"), mappingBox);
    mappingLayout->addWidget(mappingTitle);
    m_mapping = readOnlyTable(mappingBox);
    m_mapping->setObjectName(QStringLiteral("previewMapping"));
    m_mapping->setAccessibleName(tr("Mapped columns"));
    m_mapping->setAccessibleDescription(tr("Each template column and the file column that feeds it"));
    m_mapping->setColumnCount(5);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Template column"), tr("File column"), tr("Confidence"), tr("How"), tr("Why")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    mappingTitle->setBuddy(m_mapping);
    mappingLayout->addWidget(m_mapping);

    auto *rowsBox = new QWidget(splitter);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *rowsTitle = boldLabel(tr("First rows (invalid cells highlighted)"), rowsBox);
    rowsLayout->addWidget(rowsTitle);
    m_rows = readOnlyTable(rowsBox);
    m_rows->setObjectName(QStringLiteral("previewRows"));
    m_rows->setAccessibleName(tr("First rows"));
    m_rows->setAccessibleDescription(
        tr("The first rows as execute would import them; an invalid cell's tooltip names the rule it fails"));
    rowsTitle->setBuddy(m_rows);
    if (auto *corner = m_rows->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all cells"));
    rowsLayout->addWidget(m_rows);
    splitter->addWidget(mappingBox);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, &MigrationPreviewPane::showSheet);
    clear(tr("No preview yet: upload files and press Generate."));
}

QColor MigrationPreviewPane::invalidColor()
{
    return QColor(255, 205, 205);
}

void MigrationPreviewPane::clear(const QString &why)
{
    m_hasPreview = false;
    m_preview = {};
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    m_sheet->setEnabled(false);
    m_summary->setText(why);
    m_mapping->setRowCount(0);
    m_rows->clear();
    m_rows->setRowCount(0);
    m_rows->setColumnCount(0);
}

void MigrationPreviewPane::setPreview(const app::MigrationPreview &preview)
{
    const QString current = m_sheet->currentData().toString();
    m_preview = preview;
    m_hasPreview = true;
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    int select = 0;
    for (int i = 0; i < preview.sheets.size(); ++i) {
        const app::PreviewSheet &sheet = preview.sheets.at(i);
        m_sheet->addItem(sheet.templateRef.name.isEmpty() ? sheet.templateRef.slug : sheet.templateRef.name,
                         sheet.templateRef.slug);
        if (sheet.templateRef.slug == current)
            select = i;
    }
    m_sheet->setEnabled(preview.sheets.size() > 1);
    m_sheet->setCurrentIndex(select);
    showSheet(select);
}

void MigrationPreviewPane::showSheet(int index)
{
    if (index < 0 || index >= m_preview.sheets.size())
        return;
    const app::PreviewSheet &sheet = m_preview.sheets.at(index);
    const QLocale locale;
    QString summary =
        m_preview.recipeVersion > 0 ? tr("Recipe version %1.").arg(m_preview.recipeVersion) : QString();
    if (sheet.file.isEmpty()) {
        summary += u' ' + tr("No file feeds this sheet.");
    } else {
        summary += u' ' + tr("From %1").arg(sheet.file);
        if (sheet.rowCount >= 0)
            summary += u' ' + tr("— %1 rows, %2 with invalid cells.")
                                  .arg(locale.toString(sheet.rowCount),
                                       locale.toString(qMax<qint64>(0, sheet.invalidRowCount)));
    }
    m_summary->setText(summary.trimmed());

    m_mapping->setRowCount(int(sheet.mappedColumns.size()));
    for (int row = 0; row < sheet.mappedColumns.size(); ++row) {
        const app::PreviewMappedColumn &column = sheet.mappedColumns.at(row);
        m_mapping->setItem(row, 0, new QTableWidgetItem(column.column));
        auto *source = new QTableWidgetItem(column.source.isEmpty() ? tr("(nothing)") : column.source);
        if (column.source.isEmpty())
            source->setForeground(palette().color(QPalette::PlaceholderText));
        m_mapping->setItem(row, 1, source);
        m_mapping->setItem(
            row, 2,
            new QTableWidgetItem(column.source.isEmpty()
                                     ? QString()
                                     : locale.toString(column.confidence * 100, 'f', 0) + locale.percent()));
        m_mapping->setItem(row, 3, new QTableWidgetItem(column.method));
        auto *reason = new QTableWidgetItem(column.reason);
        reason->setToolTip(column.reason);
        m_mapping->setItem(row, 4, reason);
    }
    m_mapping->resizeColumnsToContents();
    m_mapping->horizontalHeader()->setStretchLastSection(true);

    m_rows->clear();
    m_rows->setColumnCount(int(sheet.header.size()));
    m_rows->setRowCount(int(sheet.rows.size()));
    for (int column = 0; column < sheet.header.size(); ++column) {
        auto *header = new QTableWidgetItem(sheet.header.at(column));
        for (const app::PreviewMappedColumn &mapped : sheet.mappedColumns)
            if (mapped.column == sheet.header.at(column))
                header->setToolTip(mapped.source.isEmpty()
                                       ? tr("No file column feeds %1").arg(mapped.column)
                                       : tr("Fed by file column \"%1\"").arg(mapped.source));
        m_rows->setHorizontalHeaderItem(column, header);
    }
    for (int row = 0; row < sheet.rows.size(); ++row) {
        const QStringList &cells = sheet.rows.at(row);
        for (int column = 0; column < sheet.header.size(); ++column) {
            auto *item = new QTableWidgetItem(column < cells.size() ? cells.at(column) : QString());
            if (const app::PreviewInvalidCell *invalid = sheet.invalidCell(row, sheet.header.at(column))) {
                item->setBackground(invalidColor());
                item->setForeground(QColor(110, 0, 0));
                item->setToolTip(tr("%1 %2").arg(sheet.header.at(column), invalid->message));
                item->setData(Qt::AccessibleDescriptionRole,
                              tr("Invalid: %1 %2").arg(sheet.header.at(column), invalid->message));
            }
            m_rows->setItem(row, column, item);
        }
    }
    m_rows->resizeColumnsToContents();
}

// --- thread --------------------------------------------------------------------------------------

MigrationThreadPane::MigrationThreadPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("migrationThread"));
    setAccessibleName(tr("Thread"));
    auto *layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("threadState"));
    m_state->setAccessibleName(tr("Thread connection"));
    layout->addWidget(m_state);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("threadList"));
    m_list->setAccessibleName(tr("Thread events"));
    m_list->setAccessibleDescription(tr("Every step of the agent, across runs, oldest first"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_list, 1);
}

void MigrationThreadPane::clear()
{
    m_list->clear();
}

void MigrationThreadPane::setStreamState(const QString &text)
{
    m_state->setText(text);
}

QString MigrationThreadPane::describe(const app::ThreadEvent &event)
{
    const QJsonObject &data = event.data;
    const QString time = event.createdAt.isValid()
                             ? QLocale().toString(event.createdAt.toLocalTime().time(), QLocale::ShortFormat)
                             : QString();
    QString text;
    if (event.type == QLatin1String("message")) {
        const bool user = data.value(QLatin1String("role")).toString() == QLatin1String("user");
        const QString body =
            data.value(QLatin1String("text")).toString(data.value(QLatin1String("message")).toString());
        text = user ? tr("You: %1").arg(body) : tr("Agent: %1").arg(body);
    } else if (event.type == QLatin1String("status")) {
        const QString message = data.value(QLatin1String("message")).toString();
        text = message.isEmpty()
                   ? tr("Status: %1").arg(data.value(QLatin1String("status")).toString())
                   : tr("Status: %1 — %2").arg(data.value(QLatin1String("status")).toString(), message);
    } else if (event.type == QLatin1String("preview")) {
        text =
            tr("Preview ready (recipe version %1)").arg(data.value(QLatin1String("recipe_version")).toInt());
    } else if (event.type == QLatin1String("request_input")) {
        QStringList questions;
        for (const QJsonValue &q : data.value(QLatin1String("questions")).toArray())
            questions.append(q.toObject().value(QLatin1String("question")).toString());
        text = tr("The agent asks: %1").arg(questions.join(QStringLiteral(" / ")));
    } else if (event.type == QLatin1String("completed")) {
        text = tr("Run completed (%1)").arg(data.value(QLatin1String("kind")).toString());
    } else if (event.type == QLatin1String("error")) {
        text = tr("Error: %1").arg(data.value(QLatin1String("message")).toString());
    } else {
        text = tr("%1: %2").arg(event.type,
                                QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    }
    return time.isEmpty() ? text : tr("%1  %2").arg(time, text);
}

void MigrationThreadPane::addEvent(const app::ThreadEvent &event)
{
    const bool atEnd =
        m_list->count() == 0 || m_list->currentRow() == m_list->count() - 1 || m_list->currentRow() < 0;
    auto *item = new QListWidgetItem(describe(event), m_list);
    item->setData(Qt::UserRole, event.sequence);
    item->setData(Qt::UserRole + 1, event.type);
    if (event.type == QLatin1String("error"))
        item->setForeground(QColor(170, 0, 0));
    else if (event.type == QLatin1String("message") &&
             event.data.value(QLatin1String("role")).toString() == QLatin1String("agent"))
        item->setForeground(QColor(0, 70, 140));
    if (atEnd)
        m_list->scrollToBottom();
}

// --- report --------------------------------------------------------------------------------------

MigrationReportPane::MigrationReportPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("migrationReport"));
    setAccessibleName(tr("Report"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setAccessibleName(tr("Report summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *rowsRow = new QHBoxLayout;
    auto *rowsLabel = new QLabel(tr("Export ro&ws:"), this);
    m_rows = new QComboBox(this);
    m_rows->setObjectName(QStringLiteral("exportRows"));
    m_rows->addItem(tr("Valid rows"), QStringLiteral("valid"));
    m_rows->addItem(tr("All rows"), QStringLiteral("all"));
    m_rows->addItem(tr("Flagged rows (to send back)"), QStringLiteral("invalid"));
    m_rows->setAccessibleName(tr("Rows to export"));
    m_rows->setAccessibleDescription(
        tr("Which rows the export buttons write: the valid rows, all rows or the "
           "rows with invalid cells"));
    rowsLabel->setBuddy(m_rows);
    rowsRow->addWidget(rowsLabel);
    rowsRow->addWidget(m_rows);
    rowsRow->addStretch(1);
    layout->addLayout(rowsRow);
    m_sheets = readOnlyTable(this);
    m_sheets->setObjectName(QStringLiteral("reportSheets"));
    m_sheets->setAccessibleName(tr("Rows per sheet"));
    m_sheets->setColumnCount(3);
    m_sheets->setHorizontalHeaderLabels({tr("Sheet"), tr("Rows"), tr("Export")});
    m_sheets->verticalHeader()->hide();
    m_sheets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sheets->verticalHeader()->setDefaultSectionSize(m_sheets->fontMetrics().height() + 16);
    layout->addWidget(m_sheets, 1);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setTextVisible(true);
    progressRow->addWidget(m_progress, 1);
    m_cancelExport = new QPushButton(tr("Cancel e&xport"), this);
    m_cancelExport->setObjectName(QStringLiteral("cancelExport"));
    m_cancelExport->setAccessibleName(tr("Cancel the export"));
    progressRow->addWidget(m_cancelExport);
    layout->addLayout(progressRow);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setAccessibleName(tr("Export status"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportStatus);
    connect(m_cancelExport, &QPushButton::clicked, this, &MigrationReportPane::exportCancelRequested);
    m_progress->hide();
    m_cancelExport->hide();
    clear(tr("No report yet: Execute imports the approved preview."));
}

void MigrationReportPane::clear(const QString &why)
{
    m_hasReport = false;
    m_summary->setText(why);
    m_sheets->setRowCount(0);
    m_exportStatus->clear();
}

void MigrationReportPane::setReport(const QString &runId, const app::MigrationRunReport &report,
                                    const QList<app::TemplateRef> &templates)
{
    m_hasReport = true;
    const QLocale locale;
    m_summary->setText(tr("Execute run %1: %2 rows imported, %3 valid, %4 with invalid cells "
                          "(left out of the valid rows export).")
                           .arg(runId.left(8), locale.toString(report.inserted),
                                locale.toString(report.validRows()),
                                locale.toString(report.invalidCellCount)));
    m_sheets->setRowCount(int(report.perSheet.size()));
    for (int row = 0; row < report.perSheet.size(); ++row) {
        const app::MigrationSheetCount &sheet = report.perSheet.at(row);
        QString slug;
        for (const app::TemplateRef &ref : templates)
            if (ref.name == sheet.templateName || ref.slug == sheet.templateName)
                slug = ref.slug;
        m_sheets->setItem(row, 0, new QTableWidgetItem(sheet.templateName));
        auto *rows = new QTableWidgetItem(locale.toString(sheet.rowCount));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_sheets->setItem(row, 1, rows);
        auto *button = new QPushButton(tr("Export…"), m_sheets);
        button->setObjectName(QStringLiteral("export-") + slug);
        button->setAccessibleName(tr("Export the rows of %1").arg(sheet.templateName));
        button->setAccessibleDescription(
            tr("Downloads the chosen rows of the sheet (valid, all or flagged) as a CSV file"));
        button->setEnabled(!slug.isEmpty() && m_exporting.isEmpty());
        connect(button, &QPushButton::clicked, this, [this, slug] { emit exportRequested(slug); });
        m_sheets->setCellWidget(row, 2, button);
    }
    m_sheets->resizeColumnToContents(1);
    m_sheets->resizeColumnToContents(2);
}

QString MigrationReportPane::rowFilter() const
{
    return m_rows->currentData().toString();
}

QPushButton *MigrationReportPane::exportButton(const QString &slug) const
{
    return m_sheets->findChild<QPushButton *>(QStringLiteral("export-") + slug);
}

void MigrationReportPane::setExportProgress(const QString &slug, qint64 bytes, qint64 total)
{
    m_exporting = slug;
    m_progress->show();
    m_cancelExport->show();
    m_cancelExport->setEnabled(true);
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, bytes * 1000 / total)));
    } else {
        m_progress->setRange(0, 0); // busy: the server streams without a length
    }
    m_progress->setFormat(tr("%1: %2").arg(slug, locale.formattedDataSize(bytes)));
    m_exportStatus->setText(tr("Exporting %1… %2").arg(slug, locale.formattedDataSize(bytes)));
    for (QPushButton *button : m_sheets->findChildren<QPushButton *>())
        button->setEnabled(false);
}

void MigrationReportPane::setExportDone(const QString &, const QString &message)
{
    m_exporting.clear();
    m_progress->hide();
    m_cancelExport->hide();
    m_exportStatus->setText(message);
    for (QPushButton *button : m_sheets->findChildren<QPushButton *>())
        button->setEnabled(button->objectName() != QLatin1String("export-"));
}

} // namespace godwit::ui
