// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/previewpage.h"

#include "app/preview/previewdocument.h"
#include "ui/preview/columnprofilepanel.h"
#include "ui/preview/dialectbar.h"
#include "ui/preview/messagearea.h"
#include "ui/preview/previewtablemodel.h"
#include "ui/preview/previewtableview.h"
#include "ui/preview/taskstrip.h"
#include "ui/preview/validationpanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace godwit::ui {

using Level = MessageArea::Level;

namespace {

const QString kLastDirectory = QStringLiteral("preview/lastDirectory");
const QString kSplitter = QStringLiteral("preview/splitter");

// Message keys: one message per subject, replaced when it changes.
const QString kFileMessage = QStringLiteral("file");
const QString kChangedMessage = QStringLiteral("changed");
const QString kRememberedMessage = QStringLiteral("remembered");
const QString kRaggedMessage = QStringLiteral("ragged");
const QString kUndecodableMessage = QStringLiteral("undecodable");
const QString kIndexMessage = QStringLiteral("index");
const QString kQuoteMessage = QStringLiteral("quote");
const QString kExportMessage = QStringLiteral("export");
const QString kProfileMessage = QStringLiteral("profile");
const QString kGoToMessage = QStringLiteral("goto");

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

PreviewPage::PreviewPage(QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_document(new app::PreviewDocument(&settings, this))
    , m_model(new PreviewTableModel(m_document, this))
    , m_view(new PreviewTableView(m_model, this))
    , m_profileDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("previewPage"));
    setAccessibleName(tr("Offline preview"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);

    // Title, file, actions.
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Offline preview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setAccessibleName(tr("Open file"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    header->addSpacing(12);
    header->addWidget(m_fileLabel, 1);
    m_openButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openButton->setAccessibleName(tr("Open a CSV file"));
    m_openButton->setToolTip(
        tr("Open a CSV file (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_reloadButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reload"), this);
    m_reloadButton->setAccessibleName(tr("Reload the file"));
    m_reloadButton->setToolTip(tr("Read the file again as it is on disk now"));
    m_exportButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("E&xport…"), this);
    m_exportButton->setAccessibleName(tr("Export as normalised CSV"));
    m_exportButton->setToolTip(
        tr("Write all rows as normalised CSV: UTF-8, comma, CRLF, without the lines above the header"));
    header->addWidget(m_openButton);
    header->addWidget(m_reloadButton);
    header->addWidget(m_exportButton);
    layout->addLayout(header);

    m_messages = new MessageArea(this);
    layout->addWidget(m_messages);
    m_dialectBar = new DialectBar(m_document, this);
    layout->addWidget(m_dialectBar);
    m_tasks = new TaskStrip(this);
    layout->addWidget(m_tasks);

    // The table and the side panels, or (without a file) what to do.
    m_stack = new QStackedWidget(this);
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    m_emptyText = new QLabel(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setText(tr("Drop a CSV file here, or open one with Open… (%1).\n"
                            "It is read on this computer only: nothing is uploaded.")
                             .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    QFont emptyFont = m_emptyText->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyText->setFont(emptyFont);
    m_emptyText->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    emptyLayout->addWidget(m_emptyText);
    auto *emptyOpen = new QPushButton(tr("Open a CSV file…"), empty);
    emptyLayout->addWidget(emptyOpen, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    empty->setObjectName(QStringLiteral("dropZone"));
    m_stack->addWidget(empty);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setChildrenCollapsible(false);
    m_view->table()->setAccessibleName(tr("Rows of the file"));
    m_view->table()->setAccessibleDescription(tr("The file's rows; the row headers are the line numbers in "
                                                 "the file. Select a cell to profile its column."));
    m_splitter->addWidget(m_view);
    m_sidePanels = new QTabWidget(m_splitter);
    m_sidePanels->setAccessibleName(tr("Side panels"));
    m_profilePanel = new ColumnProfilePanel;
    auto *profileScroll = new QScrollArea;
    profileScroll->setWidget(m_profilePanel);
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);
    profileScroll->setAccessibleName(tr("Column profile"));
    m_sidePanels->addTab(profileScroll, tr("Column profile"));
    m_validationPanel = new ValidationPanel(this);
    m_validationPanel->setAccessibleName(tr("Validate against a template"));
    m_sidePanels->addTab(m_validationPanel, tr("Validate"));
    m_splitter->addWidget(m_sidePanels);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({640, 300});
    m_splitter->restoreState(m_settings.value(kSplitter).toByteArray());
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);

    // Status and "go to line".
    auto *footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("File status"));
    footer->addWidget(m_status, 1);
    auto *goToLabel = new QLabel(tr("&Go to line:"), this);
    m_goTo = new QLineEdit(this);
    m_goTo->setAccessibleName(tr("Go to line"));
    m_goTo->setAccessibleDescription(tr("A line number of the file; Enter goes there"));
    m_goTo->setPlaceholderText(tr("line number"));
    m_goTo->setClearButtonEnabled(true);
    m_goTo->setMaximumWidth(m_goTo->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000")) + 40);
    m_goTo->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 ,.'\u00a0\u202f]{0,20}")), m_goTo));
    goToLabel->setBuddy(m_goTo);
    footer->addWidget(goToLabel);
    footer->addWidget(m_goTo);
    layout->addLayout(footer);

    // Actions and shortcuts.
    m_openAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open CSV File…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a CSV file in the offline preview"));
    connect(m_openAction, &QAction::triggered, this, &PreviewPage::showOpenDialog);
    auto *goToAction = new QAction(tr("Go to line"), this);
    goToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    goToAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(goToAction, &QAction::triggered, this, [this] {
        m_goTo->setFocus(Qt::ShortcutFocusReason);
        m_goTo->selectAll();
    });
    addAction(goToAction);

    connect(m_openButton, &QPushButton::clicked, this, &PreviewPage::showOpenDialog);
    connect(emptyOpen, &QPushButton::clicked, this, &PreviewPage::showOpenDialog);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        m_messages->clear();
        m_document->reload();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &PreviewPage::showExportDialog);
    connect(m_goTo, &QLineEdit::returnPressed, this, [this] {
        QString digits = m_goTo->text();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        bool ok = false;
        const qint64 line = digits.toLongLong(&ok);
        if (ok && line > 0)
            goToLine(line);
    });
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setValue(kSplitter, m_splitter->saveState()); });

    connect(m_dialectBar, &DialectBar::choiceChanged, this, [this](const engine::CsvOpenOptions &choice) {
        m_messages->remove(kRememberedMessage);
        m_messages->remove(kRaggedMessage);
        m_messages->remove(kUndecodableMessage);
        m_messages->remove(kQuoteMessage);
        m_undecodableShown = false;
        m_document->setChoice(choice);
    });
    connect(m_document, &app::PreviewDocument::stateChanged, this, &PreviewPage::updateFromDocument);
    connect(m_document, &app::PreviewDocument::layoutChanged, this, &PreviewPage::updateFromDocument);
    connect(m_document, &app::PreviewDocument::indexProgressed, this, [this] {
        updateStatus();
        showUndecodable();
        // A "go to line" beyond the index so far: try again once the index has got there.
        if (m_pendingLine > 0 && m_document->indexState().lineBreaks + 1 >= m_pendingLine)
            m_document->locateLine(m_pendingLine);
    });
    connect(m_document, &app::PreviewDocument::indexingChanged, this, &PreviewPage::onIndexingChanged);
    connect(m_document, &app::PreviewDocument::taskStarted, this, [this](app::BackgroundTask *task) {
        if (task == m_document->indexTask()) {
            m_tasks->addTask(task, [this] {
                const app::PreviewIndexState s = m_document->indexState();
                const QLocale locale;
                const qint64 percent = s.totalBytes > 0 ? s.bytes * 100 / s.totalBytes : 0;
                //: Indexing progress: "45 % · 4,310,000 rows so far"
                return tr("%1 % · %2 rows so far").arg(percent).arg(locale.toString(s.records));
            });
        } else {
            m_tasks->addTask(task);
        }
    });
    connect(m_document, &app::PreviewDocument::lineLocated, this, &PreviewPage::onLineLocated);
    connect(m_document, &app::PreviewDocument::offsetLocated, this, [this](qint64, qint64, qint64 line) {
        m_undecodableLocated = true;
        const app::PreviewIndexState s = m_document->indexState();
        m_messages->showMessage(
            kUndecodableMessage, Level::Warning,
            tr("%Ln byte sequence(s) are not valid %1 and show as �; the first is on line %2. If the text "
               "looks wrong, choose another encoding.",
               nullptr, int(std::min<qint64>(s.undecodable, INT_MAX)))
                .arg(engine::encodingName(m_document->layout().encoding), QLocale().toString(line)),
            {{tr("Go to line %1").arg(QLocale().toString(line)), QString(),
              [this, line] { goToLine(line); }}});
    });
    connect(m_view, &PreviewTableView::currentChanged, this, &PreviewPage::onCurrentCellChanged);
    connect(m_model, &PreviewTableModel::rowsLoaded, this, [this] { fitColumns(); });
    // "Flagged rows only" changes what the status line counts.
    connect(m_model, &PreviewTableModel::globalRowCountChanged, this, &PreviewPage::updateStatus);
    m_profileDelay->setSingleShot(true);
    m_profileDelay->setInterval(150); // walking through the columns with the keyboard: profile where it stops
    connect(m_profileDelay, &QTimer::timeout, this, &PreviewPage::profileCurrentColumn);
    connect(m_document, &app::PreviewDocument::profileReady, this, [this](int column) {
        m_messages->remove(kProfileMessage);
        if (column == m_profileColumn) {
            if (const auto profile = m_document->cachedProfile(column))
                m_profilePanel->showProfile(columnTitle(column), *profile);
        }
    });
    connect(m_document, &app::PreviewDocument::profileFailed, this, [this](int column, const QString &error) {
        if (column == m_profileColumn)
            m_profilePanel->showFailed(columnTitle(column), error);
    });
    connect(m_document, &app::PreviewDocument::scanStatsChanged, this, &PreviewPage::showRagged);
    connect(m_profilePanel, &ColumnProfilePanel::goToLineRequested, this, &PreviewPage::goToLine);
    connect(m_document, &app::PreviewDocument::exportFinished, this,
            [this](const QString &destination, const app::PreviewExportResult &result) {
                const QLocale locale;
                const QString name = QFileInfo(destination).fileName();
                switch (result.status) {
                case app::PreviewExportResult::Status::Done: {
                    QList<MessageArea::Action> actions;
                    actions.append(
                        {tr("Show folder"), tr("Show the folder of the exported file"), [destination] {
                             QDesktopServices::openUrl(
                                 QUrl::fromLocalFile(QFileInfo(destination).absolutePath()));
                         }});
                    m_messages->showMessage(kExportMessage, Level::Information,
                                            tr("Exported %Ln row(s) to %1 (%2).", nullptr,
                                               int(std::min<qint64>(result.rowsWritten, INT_MAX)))
                                                .arg(name, locale.formattedDataSize(result.bytesWritten)),
                                            actions);
                    break;
                }
                case app::PreviewExportResult::Status::Cancelled:
                    m_messages->showMessage(kExportMessage, Level::Information,
                                            tr("Export to %1 cancelled: no file was written.").arg(name));
                    break;
                case app::PreviewExportResult::Status::Failed:
                    m_messages->showMessage(kExportMessage, Level::Error,
                                            tr("Export to %1 failed: %2").arg(name, result.error));
                    break;
                }
            });
    connect(m_document, &app::PreviewDocument::fileChangedOnDisk, this, &PreviewPage::onFileChanged);
    updateFromDocument();
}

PreviewPage::~PreviewPage()
{
    // The document goes last: nothing may ask it for rows while the page is taken down.
    disconnect(m_document, nullptr, nullptr, nullptr);
    delete m_validationPanel; // it colours the model's cells
    delete m_view;
    delete m_model;
}

QString PreviewPage::columnTitle(int column) const
{
    return tr("Column %1: %2").arg(column + 1).arg(m_model->columnName(column));
}

void PreviewPage::openFile(const QString &path)
{
    m_messages->clear();
    m_pendingLine = -1;
    m_profileColumn = -1;
    m_profileAfterIndex = false;
    m_undecodableShown = false;
    m_undecodableLocated = false;
    m_profilePanel->showHint(tr("Select a cell to see its column's profile."));
    m_settings.setValue(kLastDirectory, QFileInfo(path).absolutePath());
    m_document->open(path);
    emit activationRequested();
}

void PreviewPage::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a CSV file"), m_settings.value(kLastDirectory, QDir::homePath()).toString(),
        tr("CSV and text files (*.csv *.tsv *.tab *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void PreviewPage::updateFromDocument()
{
    using State = app::PreviewDocument::State;
    const State state = m_document->state();
    const QLocale locale;
    const app::FileIdentity &file = m_document->identity();
    if (file.path.isEmpty()) {
        m_fileLabel->clear();
    } else {
        const QString size = file.size >= 0 ? locale.formattedDataSize(file.size) : QString();
        m_fileLabel->setText(size.isEmpty() ? QDir::toNativeSeparators(file.path)
                                            : tr("%1 (%2)").arg(QDir::toNativeSeparators(file.path), size));
        m_fileLabel->setToolTip(QDir::toNativeSeparators(file.path));
    }
    m_reloadButton->setEnabled(!file.path.isEmpty());
    m_exportButton->setEnabled(state == State::Open);
    m_goTo->setEnabled(state == State::Open);
    m_stack->setCurrentIndex(state == State::Open || state == State::Opening ? 1 : 0);
    m_dialectBar->setVisible(state == State::Open || state == State::Opening);

    switch (state) {
    case State::Empty:
    case State::Opening:
        m_messages->remove(kFileMessage);
        break;
    case State::Failed:
        m_messages->showMessage(kFileMessage, Level::Error, m_document->errorText(),
                                {{tr("Open another file…"), QString(), [this] { showOpenDialog(); }}});
        m_emptyText->setText(tr("%1 could not be previewed.\nDrop another CSV file here, or open one.")
                                 .arg(QFileInfo(file.path).fileName()));
        break;
    case State::Open: {
        if (m_document->inspection().error == engine::CsvError::HeaderOnly)
            m_messages->showMessage(kFileMessage, Level::Information,
                                    tr("This file has a header but no data rows."));
        else
            m_messages->remove(kFileMessage);
        // Rows in the first lines with another number of fields than the header.
        showRagged();
        showRemembered();
        if (m_model->columnCount() > 0 && m_profileColumn >= 0 && m_profileColumn < m_model->columnCount())
            profileCurrentColumn(); // read differently: profile again
        else
            m_profilePanel->showHint(tr("Select a cell to see its column's profile."));
        m_fitColumns = true; // once the first rows are in
        fitColumns();
        break;
    }
    }
    updateStatus();
}

// Like a spreadsheet: each column as wide as its name and its values in the first rows, within bounds.
void PreviewPage::fitColumns()
{
    if (!m_fitColumns || m_model->columnCount() == 0 || !m_model->isRowLoaded(0))
        return;
    m_fitColumns = false;
    QTableView *table = m_view->table();
    const QFontMetrics metrics(table->font());
    const QFontMetrics headerMetrics(table->horizontalHeader()->font());
    const int rows = std::min(m_model->rowCount(), 60); // a screen or two: measuring text costs
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const int maximum = std::max(120, metrics.averageCharWidth() * 40);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        for (int r = 0; r < rows && m_model->isRowLoaded(r); ++r)
            width = std::max(
                width, metrics.horizontalAdvance(m_model->data(m_model->index(r, c)).toString()) + padding);
        table->setColumnWidth(c, std::clamp(width, 48, maximum));
    }
}

void PreviewPage::updateStatus()
{
    using State = app::PreviewDocument::State;
    const QLocale locale;
    switch (m_document->state()) {
    case State::Empty:
        m_status->setText(tr("No file open"));
        return;
    case State::Opening:
        m_status->setText(tr("Opening %1…").arg(QFileInfo(m_document->path()).fileName()));
        return;
    case State::Failed:
        m_status->setText(tr("Not a readable CSV file"));
        return;
    case State::Open:
        break;
    }
    const app::PreviewLayout &layout = m_document->layout();
    const qint64 rows = m_model->globalRowCount();
    QString rowText;
    if (m_model->hasRowSubset())
        rowText = tr("%Ln flagged row(s) shown", nullptr, int(std::min<qint64>(rows, INT_MAX)));
    else if (m_document->rowCountExact())
        rowText = tr("%Ln row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX)));
    else if (m_document->isIndexing())
        rowText = tr("about %1 rows (counting…)").arg(locale.toString(rows));
    else
        rowText = tr("about %1 rows (estimated)").arg(locale.toString(rows));
    //: Status line: "9,500,000 rows · 9 columns · UTF-8 · comma"
    m_status->setText(tr("%1 · %n column(s) · %2 · %3", nullptr, m_model->columnCount())
                          .arg(rowText, engine::encodingName(layout.encoding),
                               DialectBar::delimiterName(layout.dialect.delimiter)));
}

void PreviewPage::onIndexingChanged()
{
    updateStatus();
    if (m_profileAfterIndex && !m_document->isIndexing())
        profileCurrentColumn();
    const app::PreviewIndexState s = m_document->indexState();
    if (m_document->indexFailed()) {
        m_messages->showMessage(kIndexMessage, Level::Error,
                                tr("Reading the file stopped: %1 Rows after line %2 cannot be shown.")
                                    .arg(m_document->indexError(), QLocale().toString(s.lineBreaks + 1)),
                                {{tr("Reload"), tr("Read the file again"), [this] {
                                      m_messages->clear();
                                      m_document->reload();
                                  }}});
    } else if (!s.complete && !m_document->isIndexing() &&
               m_document->state() == app::PreviewDocument::State::Open) {
        const qint64 percent = s.totalBytes > 0 ? s.bytes * 100 / s.totalBytes : 0;
        m_messages->showMessage(
            kIndexMessage, Level::Information,
            tr("Indexing stopped at %1 %: row numbers after line %2 are estimates, and go to "
               "line only reaches so far exactly.")
                .arg(percent)
                .arg(QLocale().toString(s.lineBreaks + 1)),
            {{tr("Resume"), tr("Resume indexing"), [this] {
                  m_messages->remove(kIndexMessage);
                  m_document->resumeIndexing();
              }}});
    } else {
        m_messages->remove(kIndexMessage);
    }
    if (s.complete && s.endsInsideQuotes) {
        m_messages->showMessage(
            kQuoteMessage, Level::Warning,
            tr("A quoted field near the end never closes: the last row runs to the end of "
               "the file. Check the quote character, or the last rows."));
    }
    if (s.complete && m_pendingLine > 0)
        m_document->locateLine(m_pendingLine);
    showUndecodable();
}

void PreviewPage::showUndecodable()
{
    const app::PreviewIndexState s = m_document->indexState();
    if (s.undecodable == 0 || m_undecodableShown)
        return;
    m_undecodableShown = true;
    if (s.firstUndecodable >= 0)
        m_document->locateOffset(s.firstUndecodable); // the message follows with the line
}

void PreviewPage::showRagged()
{
    const app::PreviewLayout &layout = m_document->layout();
    const app::PreviewScanStats &scan = m_document->scanStats();
    const QLocale locale;
    qint64 line = 0;
    int fields = 0;
    QString text;
    if (scan.done) {
        if (scan.raggedRows == 0) {
            m_messages->remove(kRaggedMessage);
            return;
        }
        line = scan.firstRaggedLine;
        fields = scan.firstRaggedFields;
        text = tr("%Ln row(s) have a different number of fields than the header (%1).", nullptr,
                  int(std::min<qint64>(scan.raggedRows, INT_MAX)))
                   .arg(tr("the first, line %1, has %2 instead of %3")
                            .arg(locale.toString(line))
                            .arg(fields)
                            .arg(layout.fieldCount));
    } else {
        for (const app::PreviewRow &row : m_document->headRows()) {
            if (row.record >= layout.firstDataRecord() && row.fieldCount != layout.fieldCount) {
                line = row.line;
                fields = row.fieldCount;
                break;
            }
        }
        if (line == 0)
            return;
        text = tr("Line %1 has %2 fields, the header %3. Such rows are marked in red; profiling a column "
                  "counts them in the whole file.")
                   .arg(locale.toString(line))
                   .arg(fields)
                   .arg(layout.fieldCount);
    }
    m_messages->showMessage(
        kRaggedMessage, Level::Warning, text,
        {{tr("Go to line %1").arg(locale.toString(line)), QString(), [this, line] { goToLine(line); }}});
}

void PreviewPage::showRemembered()
{
    const auto &remembered = m_document->remembered();
    if (!remembered || !app::DialectMemory::isEmpty(m_document->choice()) ||
        m_messages->contains(kRememberedMessage))
        return;
    const QString when =
        QLocale().toString(remembered->savedAt.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
    const QString what = DialectBar::describe(remembered->choice);
    const QString text = remembered->sameVersion
                             ? tr("On %1 you read this file with %2.").arg(when, what)
                             : tr("On %1 you read an earlier version of this file with %2.").arg(when, what);
    const engine::CsvOpenOptions choice = remembered->choice;
    m_messages->showMessage(
        kRememberedMessage, Level::Information, text,
        {{tr("Use these settings"), tr("Read the file with the remembered settings"), [this, choice] {
              m_messages->remove(kRememberedMessage);
              m_document->setChoice(choice);
          }}});
}

void PreviewPage::onCurrentCellChanged(qint64, int column)
{
    if (column == m_profileColumn)
        return;
    m_profileColumn = column;
    if (const auto profile = m_document->cachedProfile(column)) {
        m_profileDelay->stop();
        m_profilePanel->showProfile(columnTitle(column), *profile);
        return;
    }
    m_profilePanel->showRunning(columnTitle(column));
    m_profileDelay->start();
}

void PreviewPage::profileCurrentColumn()
{
    const int column = m_profileColumn;
    if (column < 0 || column >= m_model->columnCount())
        return;
    if (const auto profile = m_document->cachedProfile(column)) {
        m_profilePanel->showProfile(columnTitle(column), *profile);
        return;
    }
    // One full pass at a time: the index first (it makes go to line exact and the count known),
    // then the profile, which then reads the file on every core.
    if (m_document->isIndexing()) {
        m_profilePanel->showWaiting(columnTitle(column));
        m_profileAfterIndex = true;
        return;
    }
    m_profileAfterIndex = false;
    m_profilePanel->showRunning(columnTitle(column));
    m_document->profileColumn(column);
}

void PreviewPage::goToLine(qint64 line)
{
    if (m_document->state() != app::PreviewDocument::State::Open || line <= 0)
        return;
    m_messages->remove(kGoToMessage);
    m_pendingLine = line;
    m_document->locateLine(line);
}

void PreviewPage::onLineLocated(qint64 line, qint64 record, bool exact)
{
    if (line != m_pendingLine)
        return;
    const qint64 firstData = m_document->layout().firstDataRecord();
    const qint64 total = m_model->globalRowCount();
    if (exact)
        m_pendingLine = -1;
    if (total == 0)
        return;
    qint64 row = m_model->globalRowForRecord(record);
    if (record < firstData) {
        row = 0;
        m_messages->showMessage(
            kGoToMessage, Level::Information,
            tr("Line %1 is above the table (the header or a line before it).").arg(QLocale().toString(line)));
    } else if (row < 0) {
        row = total - 1;
        if (exact && m_document->rowCountExact())
            m_messages->showMessage(kGoToMessage, Level::Information,
                                    tr("The file has fewer lines: this is its last row."));
    }
    m_view->goToRow(row);
    m_view->table()->setFocus(Qt::OtherFocusReason);
}

void PreviewPage::onFileChanged()
{
    const app::FileIdentity now = app::FileIdentity::of(m_document->path());
    const QString text =
        now.exists() ? tr("The file has changed on disk since it was opened. Rows shown may be out of date.")
                     : tr("The file was deleted or moved. What was read of it is still shown; rows not "
                          "read yet may be missing.");
    QList<MessageArea::Action> actions;
    if (now.exists())
        actions.append({tr("Reload"), tr("Read the file again"), [this] {
                            m_messages->clear();
                            m_document->reload();
                        }});
    m_messages->showMessage(kChangedMessage, Level::Warning, text, actions);
}

void PreviewPage::showExportDialog()
{
    if (m_document->state() != app::PreviewDocument::State::Open)
        return;
    const QFileInfo source(m_document->path());
    const QString suggested =
        source.absoluteDir().filePath(tr("%1-normalised.csv").arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as normalised CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportRows(path);
}

void PreviewPage::exportRows(const QString &destination, const app::PreviewExportOptions &options)
{
    const QFileInfo target(destination);
    const QFileInfo source(m_document->path());
    if (target.exists() && target.canonicalFilePath() == source.canonicalFilePath()) {
        m_messages->showMessage(
            kExportMessage, Level::Error,
            tr("Choose another file name: the export would overwrite the file being previewed."));
        return;
    }
    m_messages->remove(kExportMessage);
    m_document->exportCsv(destination, options);
}

void PreviewPage::setServices(app::Services *services)
{
    m_validationPanel->setServices(services);
}

int PreviewPage::addSidePanel(QWidget *panel, const QString &title)
{
    return m_sidePanels->addTab(panel, title);
}

void PreviewPage::setDropHighlight(bool on)
{
    setStyleSheet(
        on ? QStringLiteral("QWidget#previewPage { background: palette(alternate-base); }"
                            "QWidget#dropZone { border: 2px dashed palette(highlight); border-radius: 8px; }")
           : QString());
}

void PreviewPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setDropHighlight(true);
    }
}

void PreviewPage::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void PreviewPage::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

} // namespace godwit::ui
