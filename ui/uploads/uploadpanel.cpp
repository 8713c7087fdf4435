// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uploads/uploadpanel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace godwit::ui {

namespace {

QString timeLeft(qint64 seconds)
{
    if (seconds < 90)
        return FileRow::tr("%n s left", nullptr, int(seconds));
    if (seconds < 90 * 60)
        return FileRow::tr("%n min left", nullptr, int((seconds + 59) / 60));
    return FileRow::tr("%n h left", nullptr, int((seconds + 3599) / 3600));
}

bool csvLike(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}

} // namespace

FileRow::FileRow(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    texts->addWidget(m_name);
    texts->addWidget(m_detail);
    layout->addLayout(texts, 3);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(160);
    layout->addWidget(m_progress, 2);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The bars stay aligned whether or not a row still has its button.
    QSizePolicy keep = m_cancel->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_cancel->setSizePolicy(keep);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        emit cancelRequested();
    });
}

QString FileRow::describe(const app::UploadJob &job)
{
    using State = app::UploadJob::State;
    const QLocale locale;
    const QString size = locale.formattedDataSize(qMax<qint64>(job.size(), 0));
    switch (job.state()) {
    case State::Queued:
        return tr("%1 · waiting for a free slot").arg(size);
    case State::Minting:
        return job.urlsMinted() > 0 ? tr("%1 · the upload URL was refused (%2): asking for a new one")
                                          .arg(size, job.errorString())
                                    : tr("%1 · asking the server for an upload URL").arg(size);
    case State::Uploading: {
        //: "12 MB of 40 MB"
        QString text = tr("%1 of %2").arg(locale.formattedDataSize(job.bytesSent()), size);
        if (job.bytesPerSecond() > 0)
            //: upload speed, "5.2 MB/s"
            text += QStringLiteral(" · ") +
                    tr("%1/s").arg(locale.formattedDataSize(qint64(job.bytesPerSecond())));
        if (job.secondsLeft() >= 0)
            text += QStringLiteral(" · ") + timeLeft(job.secondsLeft());
        return text;
    }
    case State::Waiting:
        return tr("%1 · interrupted (%2): trying again with a new URL").arg(size, job.errorString());
    case State::Done:
        return tr("%1 · uploaded").arg(size);
    case State::Failed:
        return tr("Failed: %1").arg(job.errorString());
    case State::Canceled:
        return tr("Canceled");
    }
    return {};
}

void FileRow::bind(app::UploadJob *job)
{
    m_job = job;
    m_name->setText(job->fileName());
    m_progress->setAccessibleName(tr("Upload progress of %1").arg(job->fileName()));
    m_cancel->setAccessibleName(tr("Cancel the upload of %1").arg(job->fileName()));
    m_cancel->setToolTip(tr("Stop uploading %1").arg(job->fileName()));
    connect(job, &app::UploadJob::changed, this, &FileRow::update);
    update();
}

void FileRow::update()
{
    if (!m_job)
        return;
    using State = app::UploadJob::State;
    const app::UploadJob &job = *m_job;
    m_detail->setText(m_note.isEmpty() ? describe(job) : describe(job) + QStringLiteral(" · ") + m_note);
    const bool finished = job.isFinished();
    m_cancel->setVisible(!finished);
    if (job.state() == State::Done) {
        setProgressValue(m_progress->maximum());
        m_progress->setFormat(tr("Done"));
    } else if (finished) {
        m_progress->setFormat(job.state() == State::Failed ? tr("Failed") : tr("Canceled"));
    } else if (job.state() == State::Uploading && job.size() > 0) {
        setProgressValue(int(job.bytesSent() * 1000 / job.size()));
        m_progress->setFormat(QStringLiteral("%p%"));
    } else {
        setProgressValue(0);
        m_progress->setFormat(job.state() == State::Queued ? tr("Queued") : tr("Starting"));
    }
    m_progress->setAccessibleDescription(m_detail->text());
}

void FileRow::setProgressValue(int value)
{
    // QProgressBar::setValue repaints at once, inside this call: with updates off for the call,
    // the new value is painted with the next frame instead, and a burst costs one paint.
    m_progress->setUpdatesEnabled(false);
    m_progress->setValue(value);
    m_progress->setUpdatesEnabled(true);
}

void FileRow::setNote(const QString &note)
{
    m_note = note;
    update();
}

void FileRow::showInline(const QString &fileName, const QString &detail, bool busy)
{
    m_name->setText(fileName);
    m_detail->setText(detail);
    m_progress->setAccessibleName(tr("Reading %1 into inline rows").arg(fileName));
    if (busy) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        m_progress->setFormat(tr("Inline rows"));
    }
    m_cancel->setText(tr("Remove"));
    m_cancel->setAccessibleName(tr("Remove %1 from the next import").arg(fileName));
    m_cancel->setVisible(!busy);
}

UploadPanel::UploadPanel(app::UploadService *uploads, bool offerInlineRows, QWidget *parent)
    : QFrame(parent)
    , m_uploads(uploads)
    , m_offerInline(offerInlineRows)
{
    setObjectName(QStringLiteral("uploadPanel"));
    setAccessibleName(tr("Files"));
    setFrameShape(QFrame::StyledPanel);
    setProperty("dropTarget", false);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_hint = new QLabel(tr("Drop files anywhere on this page, or add them here."), this);
    m_hint->setWordWrap(true);
    top->addWidget(m_hint, 1);
    m_add = new QPushButton(tr("&Add files…"), this);
    m_add->setAccessibleName(tr("Add files to upload"));
    m_add->setToolTip(tr("Choose files to upload"));
    top->addWidget(m_add);
    m_clear = new QPushButton(tr("C&lear finished"), this);
    m_clear->setAccessibleName(tr("Clear finished uploads from the list"));
    top->addWidget(m_clear);
    layout->addLayout(top);

    m_inline = new QCheckBox(tr("Send small CSV files inline as rows (no upload)"), this);
    m_inline->setAccessibleName(tr("Send small files inline as rows"));
    m_inline->setAccessibleDescription(
        tr("CSV files up to 512 KiB and 5,000 rows are read on this computer and sent with the import "
           "as rows instead of being uploaded"));
    m_inline->setVisible(offerInlineRows);
    layout->addWidget(m_inline);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    layout->addWidget(m_note);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Files being uploaded"));
    m_rowsBox = new QWidget(scroll);
    m_rowsLayout = new QVBoxLayout(m_rowsBox);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_placeholder = new QLabel(tr("Drop files here\nCSV, TSV, Excel, JSON or PDF"), m_rowsBox);
    m_placeholder->setObjectName(QStringLiteral("dropPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMinimumHeight(96);
    m_placeholder->setStyleSheet(QStringLiteral("#dropPlaceholder { border: 2px dashed palette(mid); "
                                                "border-radius: 6px; color: palette(dark); }"));
    m_rowsLayout->addWidget(m_placeholder);
    m_rowsLayout->addStretch(1);
    scroll->setWidget(m_rowsBox);
    scroll->setMinimumHeight(120);
    layout->addWidget(scroll, 1);

    connect(m_add, &QPushButton::clicked, this, &UploadPanel::chooseFiles);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_uploads->clearFinished(m_target);
        QList<InlineItem> &items = m_inlineItems[m_target.id];
        items.removeIf([](const InlineItem &item) { return item.imported; });
        rebuildRows();
    });
    connect(m_uploads, &app::UploadService::jobAdded, this, [this](app::UploadJob *job) {
        if (job->target() == m_target)
            addJobRow(job);
    });
    connect(m_uploads, &app::UploadService::jobRemoved, this, [this](app::UploadJob *job) {
        m_imported.remove(job);
        for (FileRow *row : rows()) {
            if (row->job() == job)
                delete row;
        }
        updateButtons();
    });
    connect(m_uploads, &app::UploadService::jobFinished, this, [this](app::UploadJob *job) {
        if (job->target() == m_target) {
            updateButtons();
            emit readyChanged();
        }
    });
    updateButtons();
}

void UploadPanel::setDropHighlight(bool on)
{
    setProperty("dropTarget", on);
    setStyleSheet(on ? QStringLiteral("#uploadPanel { border: 2px dashed palette(highlight); }") : QString());
}

QStringList UploadPanel::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

void UploadPanel::setTarget(const app::UploadTarget &target)
{
    m_target = target;
    m_note->hide();
    rebuildRows();
}

void UploadPanel::updatePlaceholder()
{
    m_placeholder->setVisible(rows().isEmpty());
}

QList<FileRow *> UploadPanel::rows() const
{
    return m_rowsBox->findChildren<FileRow *>(Qt::FindDirectChildrenOnly);
}

void UploadPanel::rebuildRows()
{
    qDeleteAll(rows());
    m_inlineRows.clear();
    if (!m_target.id.isEmpty()) {
        for (app::UploadJob *job : m_uploads->jobsFor(m_target))
            addJobRow(job);
        for (const InlineItem &item : m_inlineItems.value(m_target.id))
            addInlineRow(item);
    }
    updateButtons();
}

void UploadPanel::addJobRow(app::UploadJob *job)
{
    auto *row = new FileRow(m_rowsBox);
    row->bind(job);
    if (m_imported.contains(job))
        row->setNote(tr("sent with import run %1").arg(m_imported.value(job)));
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
    connect(job, &app::UploadJob::changed, this, &UploadPanel::updateButtons, Qt::UniqueConnection);
    updateButtons();
}

void UploadPanel::addInlineRow(const InlineItem &item)
{
    auto *row = new FileRow(m_rowsBox);
    QString detail;
    if (item.reading)
        detail = tr("Reading the file…");
    else if (item.imported)
        detail =
            tr("%n row(s) sent inline with import run %1", nullptr, int(item.rows.size())).arg(item.runId);
    else
        detail = tr("%n row(s), ready to send inline with the next import", nullptr, int(item.rows.size()));
    row->showInline(item.fileName, detail, item.reading);
    if (item.imported)
        row->cancelButton()->hide();
    const int id = item.id;
    const QString targetId = m_target.id;
    connect(row, &FileRow::cancelRequested, this, [this, id, targetId] {
        m_inlineItems[targetId].removeIf([id](const InlineItem &i) { return i.id == id; });
        rebuildRows();
        emit readyChanged();
    });
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
    m_inlineRows.insert(item.id, row);
}

void UploadPanel::chooseFiles()
{
    static QString lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add files"), lastFolder,
        tr("Data files (*.csv *.tsv *.txt *.json *.xlsx *.xls *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    lastFolder = QFileInfo(files.constFirst()).absolutePath();
    addFiles(files);
}

void UploadPanel::addFiles(const QStringList &paths)
{
    if (m_target.id.isEmpty())
        return;
    QStringList skipped;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            skipped.append(info.fileName());
            continue;
        }
        if (m_offerInline && m_inline->isChecked() && csvLike(path) && app::mayGoInline(info.size())) {
            readInline(path);
            continue;
        }
        m_uploads->enqueue(m_target, path);
    }
    if (!skipped.isEmpty()) {
        m_note->setText(tr("Folders are not uploaded: %1").arg(skipped.join(QStringLiteral(", "))));
        m_note->show();
    }
    emit readyChanged();
}

void UploadPanel::readInline(const QString &path)
{
    InlineItem item;
    item.id = m_nextInlineId++;
    item.path = path;
    item.fileName = QFileInfo(path).fileName();
    m_inlineItems[m_target.id].append(item);
    addInlineRow(item);
    // The engine reads the file on a worker thread; the answer comes back here.
    const QString targetId = m_target.id;
    const int id = item.id;
    auto *watcher = new QFutureWatcher<app::InlineRows>(this);
    connect(watcher, &QFutureWatcher<app::InlineRows>::finished, this, [this, watcher, targetId, id] {
        watcher->deleteLater();
        onInlineRead(targetId, id, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] { return app::readInlineRows(path); }));
    updateButtons();
}

void UploadPanel::onInlineRead(const QString &targetId, int id, const app::InlineRows &result)
{
    QList<InlineItem> &items = m_inlineItems[targetId];
    auto it = std::find_if(items.begin(), items.end(), [id](const InlineItem &i) { return i.id == id; });
    if (it == items.end())
        return; // removed meanwhile
    if (!result.ok()) {
        // Not for inline rows after all (too many rows, not CSV, ...): upload it instead.
        const QString path = it->path;
        const QString name = it->fileName;
        items.erase(it);
        m_note->setText(tr("%1: %2").arg(name, result.error));
        m_note->show();
        m_uploads->enqueue({m_target.kind, targetId}, path);
    } else {
        it->reading = false;
        it->rows = result.rows;
    }
    if (targetId == m_target.id)
        rebuildRows();
    emit readyChanged();
}

QList<app::ImportFile> UploadPanel::readyFiles() const
{
    QList<app::ImportFile> files;
    for (app::UploadJob *job : m_uploads->jobsFor(m_target)) {
        if (job->state() == app::UploadJob::State::Done && !m_imported.contains(job))
            files.append({job->fileName(), job->reference()});
    }
    return files;
}

QJsonArray UploadPanel::readyRows() const
{
    QJsonArray rows;
    for (const InlineItem &item : m_inlineItems.value(m_target.id)) {
        if (!item.reading && !item.imported) {
            for (const QJsonValue &row : item.rows)
                rows.append(row);
        }
    }
    return rows;
}

bool UploadPanel::hasReadyRows() const
{
    const QList<InlineItem> items = m_inlineItems.value(m_target.id);
    return std::any_of(items.cbegin(), items.cend(),
                       [](const InlineItem &item) { return !item.reading && !item.imported; });
}

bool UploadPanel::isBusy() const
{
    for (app::UploadJob *job : m_uploads->jobsFor(m_target)) {
        if (!job->isFinished())
            return true;
    }
    const QList<InlineItem> items = m_inlineItems.value(m_target.id);
    return std::any_of(items.cbegin(), items.cend(), [](const InlineItem &item) { return item.reading; });
}

void UploadPanel::markImported(bool inlineRows, const QString &runId)
{
    if (inlineRows) {
        for (InlineItem &item : m_inlineItems[m_target.id]) {
            if (!item.reading && !item.imported) {
                item.imported = true;
                item.runId = runId;
            }
        }
    } else {
        for (app::UploadJob *job : m_uploads->jobsFor(m_target)) {
            if (job->state() == app::UploadJob::State::Done && !m_imported.contains(job))
                m_imported.insert(job, runId);
        }
    }
    rebuildRows();
    emit readyChanged();
}

void UploadPanel::updateButtons()
{

    updatePlaceholder();
    const QList<app::UploadJob *> jobs = m_uploads->jobsFor(m_target);
    const bool anyFinished =
        std::any_of(jobs.cbegin(), jobs.cend(), [](app::UploadJob *j) { return j->isFinished(); });
    m_clear->setEnabled(anyFinished);
    m_add->setEnabled(!m_target.id.isEmpty());
}

} // namespace godwit::ui
