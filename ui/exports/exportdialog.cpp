// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exports/exportdialog.h"

#include "app/api/apiconnection.h"
#include "app/api/exports.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace godwit::ui {

using app::DownloadRequest;
using app::ExportRowResult;
using app::ExportRun;
using app::GetExportRequest;
using app::StartExportRequest;

namespace {
constexpr int kPageSize = 1000;
} // namespace

QColor ExportDialog::hollowColor()
{
    return QColor(255, 224, 138); // amber: written, but the read-back lacks fields
}

QColor ExportDialog::failedColor()
{
    return QColor(255, 205, 205);
}

ExportDialog::ExportDialog(app::ApiConnection &connection, const app::Company &company, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_company(company)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Export — %1").arg(company.name));
    setAccessibleName(tr("Export %1").arg(company.name));
    m_tabs->addTab(buildDownloadTab(), tr("Download CSV"));
    m_tabs->addTab(buildDestinationTab(), tr("To destination"));
    m_tabs->setAccessibleName(tr("Export kind"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the export dialog"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(820, 560);

    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ExportDialog::poll);

    // Has this company been exported in full before? Then a new full export asks first (it writes
    // every row again), and a run still going is followed.
    auto *list = new app::ListExportsRequest(company.id, this);
    connect(list, &app::ApiRequest::finished, this, [this, list] {
        list->deleteLater();
        if (!list->result().ok())
            return;
        for (const app::ExportRunSummary &run : list->runs()) {
            if (run.mode == QLatin1String("full") && run.status != QLatin1String("canceled"))
                m_fullExportDone = true;
        }
        if (!list->runs().isEmpty() && m_runId.isEmpty()) {
            const app::ExportRunSummary &latest = list->runs().constFirst();
            if (latest.status == QLatin1String("queued") || latest.status == QLatin1String("running")) {
                m_runId = latest.runId;
                m_exportStatus->setText(tr("An export is running; following it."));
                m_pollMs = m_firstPollMs;
                poll();
            }
        }
        updateButtons();
    });
    list->start(&m_connection);
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    if (m_downloading)
        m_downloading->cancel();
}

void ExportDialog::setPollIntervals(int firstMs, int maxMs)
{
    m_firstPollMs = firstMs;
    m_maxPollMs = maxMs;
    m_pollMs = firstMs;
}

QWidget *ExportDialog::buildDownloadTab()
{
    auto *page = new QWidget(this);
    m_filter = new QComboBox(page);
    m_filter->addItem(tr("Valid rows"), QStringLiteral("valid"));
    m_filter->addItem(tr("All rows"), QStringLiteral("all"));
    m_filter->addItem(tr("Invalid rows only (to send back to the customer)"), QStringLiteral("invalid"));
    m_filter->setAccessibleName(tr("Rows to download"));
    m_filter->setAccessibleDescription(
        tr("Valid rows have no invalid cell; invalid rows are the flagged ones, to send back for fixing"));

    m_scope = new QComboBox(page);
    m_scope->addItem(tr("Every sheet (one ZIP file)"), QString());
    for (const app::Sheet &sheet : m_company.sheets)
        m_scope->addItem(tr("Sheet %1 (CSV file)").arg(sheet.name), sheet.id);
    m_scope->setAccessibleName(tr("Sheets to download"));

    m_file = new QLineEdit(page);
    m_file->setAccessibleName(tr("File to save to"));
    m_file->setPlaceholderText(tr("Choose where to save the file"));
    m_choose = new QPushButton(tr("Choose…"), page);
    m_choose->setAccessibleName(tr("Choose the file to save to"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_download = new QPushButton(tr("Download"), page);
    m_download->setAccessibleName(tr("Download the rows"));
    m_cancelDownload = new QPushButton(tr("Cancel download"), page);
    m_cancelDownload->setAccessibleName(tr("Cancel the download"));
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_cancelDownload);
    actions->addWidget(m_download);

    m_downloadProgress = new QProgressBar(page);
    m_downloadProgress->setAccessibleName(tr("Download progress"));
    m_downloadProgress->setRange(0, 100);
    m_downloadProgress->setValue(0);
    m_downloadStatus = new QLabel(page);
    m_downloadStatus->setWordWrap(true);
    m_downloadStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Rows:"), m_filter);
    form->addRow(tr("&Sheets:"), m_scope);
    form->addRow(tr("File:"), fileRow);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_downloadProgress);
    layout->addWidget(m_downloadStatus);
    layout->addStretch(1);

    const auto suggestName = [this] {
        const QString dir = m_file->text().isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                : QFileInfo(m_file->text()).absolutePath();
        const QString filter = m_filter->currentData().toString();
        const QString sheet = m_scope->currentData().toString();
        QString base = m_company.name;
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
        const int index = m_scope->currentIndex() - 1;
        QString sheetName =
            index >= 0 && index < m_company.sheets.size() ? m_company.sheets.at(index).name : QString();
        sheetName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
        const QString name = sheet.isEmpty() ? QStringLiteral("%1-%2.zip").arg(base, filter)
                                             : QStringLiteral("%1-%2-%3.csv").arg(base, sheetName, filter);
        m_file->setText(QDir(dir).filePath(name));
    };
    connect(m_filter, &QComboBox::currentIndexChanged, this, suggestName);
    connect(m_scope, &QComboBox::currentIndexChanged, this, suggestName);
    suggestName();
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_download, &QPushButton::clicked, this, &ExportDialog::startDownload);
    connect(m_cancelDownload, &QPushButton::clicked, this, [this] {
        if (m_downloading)
            m_downloading->cancel();
    });
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    return page;
}

QWidget *ExportDialog::buildDestinationTab()
{
    auto *page = new QWidget(this);
    m_full = new QRadioButton(tr("Full: every valid row"), page);
    m_full->setAccessibleDescription(
        tr("Writes every valid row to the destination; running it again writes them again"));
    m_canary = new QRadioButton(tr("Canary: the first rows of each sheet"), page);
    m_canary->setAccessibleDescription(tr("A smoke test: writes only the first rows of each sheet"));
    m_canary->setChecked(true);
    m_canaryRows = new QSpinBox(page);
    m_canaryRows->setRange(1, 100);
    m_canaryRows->setValue(1);
    m_canaryRows->setSuffix(tr(" row(s) per sheet"));
    m_canaryRows->setAccessibleName(tr("Canary rows per sheet"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_full);
    modeRow->addSpacing(16);
    modeRow->addWidget(m_canary);
    modeRow->addWidget(m_canaryRows);
    modeRow->addStretch(1);

    m_start = new QPushButton(tr("Start export"), page);
    m_start->setAccessibleName(tr("Start the export to the destination"));
    m_cancelExport = new QPushButton(tr("Cancel export"), page);
    m_cancelExport->setAccessibleName(tr("Cancel the export to the destination"));
    modeRow->addWidget(m_cancelExport);
    modeRow->addWidget(m_start);

    m_exportProgress = new QProgressBar(page);
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setRange(0, 1);
    m_exportProgress->setValue(0);
    m_exportStatus =
        new QLabel(tr("Not started. The rows go to the company's destination connection."), page);
    m_exportStatus->setWordWrap(true);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);

    m_results = new QTableWidget(0, ColumnCount, page);
    m_results->setHorizontalHeaderLabels(
        {tr("Row"), tr("Sheet"), tr("OK"), tr("HTTP status"), tr("Error"), tr("Fields confirmed")});
    m_results->setAccessibleName(tr("Per-row results"));
    m_results->setAccessibleDescription(tr(
        "One line per row written: whether it was written, the destination's HTTP status, its error, and "
        "whether "
        "the read-back confirmed its fields. Hollow writes are highlighted in amber, failed rows in red."));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->setVisible(false);
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_results->horizontalHeader()->setSectionResizeMode(ErrorColumn, QHeaderView::Stretch);
    m_results->setColumnWidth(RowColumn, 60);
    m_results->setColumnWidth(SheetColumn, 110);
    m_results->setColumnWidth(OkColumn, 50);
    m_results->setColumnWidth(HttpColumn, 90);
    m_results->setColumnWidth(ConfirmedColumn, 190);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(modeRow);
    layout->addWidget(m_exportProgress);
    layout->addWidget(m_exportStatus);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelExport, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_canary, &QRadioButton::toggled, this, &ExportDialog::updateButtons);
    return page;
}

void ExportDialog::updateButtons()
{
    const bool downloading = m_downloading && m_downloading->isRunning();
    m_download->setEnabled(!downloading && !m_file->text().trimmed().isEmpty());
    m_cancelDownload->setEnabled(downloading);
    m_filter->setEnabled(!downloading);
    m_scope->setEnabled(!downloading);
    m_choose->setEnabled(!downloading);
    const bool following =
        !m_runId.isEmpty() && (m_lastStatus.isEmpty() || m_lastStatus == QLatin1String("queued") ||
                               m_lastStatus == QLatin1String("running"));
    const bool exporting = m_starting || following;
    m_start->setEnabled(!exporting);
    m_cancelExport->setEnabled(exporting && !m_runId.isEmpty());
    m_full->setEnabled(!exporting);
    m_canary->setEnabled(!exporting);
    m_canaryRows->setEnabled(!exporting && m_canary->isChecked());
}

void ExportDialog::chooseFile()
{
    const bool zip = m_scope->currentData().toString().isEmpty();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the rows as"), m_file->text(),
                                     zip ? tr("ZIP archives (*.zip)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportDialog::startDownload()
{
    const QString target = m_file->text().trimmed();
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target) &&
        QMessageBox::question(this, tr("Replace the file?"), tr("%1 exists. Replace it?").arg(target)) !=
            QMessageBox::Yes)
        return;
    const QString filter = m_filter->currentData().toString();
    const DownloadRequest::Filter kind = filter == QLatin1String("all") ? DownloadRequest::Filter::All
                                         : filter == QLatin1String("invalid")
                                             ? DownloadRequest::Filter::Invalid
                                             : DownloadRequest::Filter::Valid;
    auto *download = new DownloadRequest(m_company.id, kind, m_scope->currentData().toString(), target, this);
    m_downloading = download;
    m_downloadProgress->setRange(0, 0); // busy until the size is known
    m_downloadStatus->setText(tr("Downloading…"));
    connect(download, &DownloadRequest::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_downloadProgress->setRange(0, 1000);
            m_downloadProgress->setValue(int(received * 1000 / total));
        }
        m_downloadStatus->setText(tr("Downloading… %1 received").arg(QLocale().formattedDataSize(received)));
    });
    connect(download, &app::ApiRequest::finished, this, &ExportDialog::onDownloadFinished);
    download->start(&m_connection);
    updateButtons();
}

void ExportDialog::onDownloadFinished()
{
    DownloadRequest *download = m_downloading;
    if (!download)
        return;
    download->deleteLater();
    const bool ok = download->result().ok();
    m_downloadProgress->setRange(0, 100);
    m_downloadProgress->setValue(ok ? 100 : 0);
    if (ok) {
        m_lastDownloadRecords = download->totalRecords();
        const QString size = QLocale().formattedDataSize(download->bytesWritten());
        m_downloadStatus->setText(
            download->totalRecords() >= 0
                ? tr("Saved %n row(s) (%1) to %2", nullptr, int(download->totalRecords()))
                      .arg(size, download->targetFile())
                : tr("Saved %1 to %2").arg(size, download->targetFile()));
    } else {
        m_lastDownloadRecords = -1;
        m_downloadStatus->setText(tr("The download failed: %1").arg(download->result().message));
    }
    m_downloading = nullptr;
    updateButtons();
    emit downloadFinished(ok);
}

void ExportDialog::startExport()
{
    const bool full = m_full->isChecked();
    if (full && m_fullExportDone) {
        const auto answer = QMessageBox::warning(
            this, tr("Export every row again?"),
            tr("This company has been exported in full before. A new full export writes every row to the "
               "destination again, which can create duplicates there. Export again?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    sendStart(full);
}

void ExportDialog::sendStart(bool full)
{
    // A fresh key per click: sending this start again after a lost answer gives the same run back.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *start = new StartExportRequest(
        m_company.id, full ? StartExportRequest::Mode::Full : StartExportRequest::Mode::Canary, key,
        full ? 0 : m_canaryRows->value(), this);
    m_starting = start;
    m_exportStatus->setText(tr("Starting the export…"));
    connect(start, &app::ApiRequest::finished, this, [this, start, full] {
        start->deleteLater();
        m_starting = nullptr;
        if (!start->result().ok()) {
            const QString active = start->result().activeRunId;
            m_exportStatus->setText(tr("The export could not start: %1").arg(start->result().message));
            if (start->result().status == app::ApiStatus::Conflict && !active.isEmpty() &&
                start->result().message.startsWith(QLatin1String("Another export"))) {
                m_runId = active; // follow the one in the way
                m_lastStatus.clear();
                m_pollMs = m_firstPollMs;
                poll();
            }
            updateButtons();
            return;
        }
        if (full)
            m_fullExportDone = true;
        m_runId = start->run().runId;
        m_lastStatus = start->run().status;
        m_cursor.clear();
        m_results->setRowCount(0);
        m_summary->clear();
        m_exportProgress->setRange(0, 0);
        m_exportStatus->setText(tr("Queued"));
        m_pollMs = m_firstPollMs;
        m_pollTimer.start(m_pollMs);
        updateButtons();
    });
    start->start(&m_connection);
    updateButtons();
}

void ExportDialog::cancelExport()
{
    if (m_runId.isEmpty())
        return;
    // PATCH …/exports/{run_id} {"status": "cancel_requested"}: a plain request of its own.
    class CancelExportRequest : public app::ApiRequest {
    public:
        CancelExportRequest(const QString &companyId, const QString &runId, QObject *parent)
            : ApiRequest("PATCH", QStringLiteral("/companies/%1/exports/%2").arg(companyId, runId), parent)
        {
            setJsonBody(QJsonObject{{QStringLiteral("status"), QStringLiteral("cancel_requested")}});
        }
    };
    auto *cancel = new CancelExportRequest(m_company.id, m_runId, this);
    connect(cancel, &app::ApiRequest::finished, this, [this, cancel] {
        cancel->deleteLater();
        if (!cancel->result().ok())
            m_exportStatus->setText(tr("The export could not be canceled: %1").arg(cancel->result().message));
        m_pollTimer.stop();
        poll();
    });
    cancel->start(&m_connection);
}

void ExportDialog::poll()
{
    if (m_runId.isEmpty() || m_polling)
        return;
    auto *request = new GetExportRequest(m_company.id, m_runId, m_cursor, kPageSize, false, this);
    m_polling = request;
    connect(request, &app::ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        m_polling = nullptr;
        if (!request->result().ok()) {
            m_exportStatus->setText(
                tr("Could not read the export's state: %1").arg(request->result().message));
            m_pollMs = std::min(m_maxPollMs, m_pollMs * 3 / 2);
            m_pollTimer.start(m_pollMs);
            return;
        }
        onPolled(request->exportRun());
    });
    request->start(&m_connection);
}

void ExportDialog::onPolled(const ExportRun &run)
{
    appendResults(run);
    m_lastStatus = run.status;
    const qint64 done = run.succeeded + run.failed;
    if (run.total > 0) {
        m_exportProgress->setRange(0, 1000);
        m_exportProgress->setValue(int(done * 1000 / run.total));
    }
    m_summary->setText(
        tr("%1 of %2 rows: %3 written, %4 failed, %5 hollow write(s) (written but not confirmed "
           "on read-back)")
            .arg(QLocale().toString(done), QLocale().toString(run.total), QLocale().toString(run.succeeded),
                 QLocale().toString(run.failed), QLocale().toString(run.hollow)));
    if (run.status == QLatin1String("queued") || run.status == QLatin1String("running")) {
        m_exportStatus->setText(run.progressMessage.isEmpty() ? tr("Running") : run.progressMessage);
        // More results waiting: fetch them at once; otherwise back off (2 s ×1.5 up to 15 s).
        if (!run.nextCursor.isEmpty()) {
            m_pollTimer.start(0);
        } else {
            m_pollTimer.start(m_pollMs);
            m_pollMs = std::min(m_maxPollMs, m_pollMs * 3 / 2);
        }
        updateButtons();
        return;
    }
    if (!run.nextCursor.isEmpty()) {
        m_pollTimer.start(0); // the rest of a finished run's results
        return;
    }
    if (run.total <= 0)
        m_exportProgress->setRange(0, 1);
    m_exportProgress->setValue(m_exportProgress->maximum());
    if (run.status == QLatin1String("completed"))
        m_exportStatus->setText(run.mode == QLatin1String("canary") ? tr("Canary export completed.")
                                                                    : tr("Export completed."));
    else if (run.status == QLatin1String("failed"))
        m_exportStatus->setText(tr("The export failed: %1").arg(run.error));
    else if (run.status == QLatin1String("canceled"))
        m_exportStatus->setText(tr("The export was canceled; the rows listed were written."));
    else
        m_exportStatus->setText(run.status);
    updateButtons();
    emit exportFinished(run.status);
}

void ExportDialog::appendResults(const ExportRun &run)
{
    if (run.results.isEmpty())
        return;
    QHash<QString, QString> sheetNames;
    for (const app::Sheet &sheet : m_company.sheets)
        sheetNames.insert(sheet.id, sheet.name);
    m_results->setUpdatesEnabled(false);
    int line = m_results->rowCount();
    m_results->setRowCount(line + int(run.results.size()));
    for (const ExportRowResult &r : run.results) {
        QString confirmed;
        if (!r.fieldsConfirmed.has_value())
            confirmed = tr("not checked");
        else if (*r.fieldsConfirmed)
            confirmed = tr("yes");
        else
            confirmed = r.unconfirmedFields.isEmpty()
                            ? tr("no — hollow write")
                            : tr("no — lacks %1").arg(r.unconfirmedFields.join(QStringLiteral(", ")));
        const QStringList cells{QString::number(r.row),
                                sheetNames.value(r.sheetId, r.path),
                                r.ok ? tr("yes") : tr("no"),
                                r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(),
                                r.error,
                                confirmed};
        const QColor background = r.isHollow() ? hollowColor() : (!r.ok ? failedColor() : QColor());
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (background.isValid())
                item->setBackground(background);
            if (r.isHollow())
                item->setToolTip(tr("Hollow write: the destination answered %1 but the read-back lacks %2")
                                     .arg(r.httpStatus)
                                     .arg(r.unconfirmedFields.join(QStringLiteral(", "))));
            else if (!r.ok)
                item->setToolTip(r.error);
            if (c == RowColumn || c == HttpColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(line, c, item);
        }
        ++line;
        if (!r.cursor.isEmpty())
            m_cursor = r.cursor;
    }
    m_results->setUpdatesEnabled(true);
}

} // namespace godwit::ui
