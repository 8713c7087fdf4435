// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/validationpanel.h"

#include "app/accountservice.h"
#include "app/catalog.h"
#include "app/preview/backgroundtask.h"
#include "app/preview/previewdocument.h"
#include "app/preview/templatecache.h"
#include "app/services.h"
#include "app/session.h"
#include "engine/bundledtemplates.h"
#include "ui/preview/messagearea.h"
#include "ui/preview/previewpage.h"
#include "ui/preview/previewtablemodel.h"
#include "ui/preview/taskstrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace godwit::ui {

using Level = MessageArea::Level;

namespace {

const QString kValidationMessage = QStringLiteral("validation");
const QString kValidationExportMessage = QStringLiteral("validationExport");
const QString kImportMessage = QStringLiteral("import");

enum MappingColumn { ColTemplate, ColSource, ColErrors, ColConfidence, ColMethod, ColReason, ColCount };

QString methodText(engine::MappingMethod method)
{
    switch (method) {
    case engine::MappingMethod::None:
        return ValidationPanel::tr("not mapped");
    case engine::MappingMethod::Pinned:
        return ValidationPanel::tr("your choice");
    case engine::MappingMethod::Plan:
        return ValidationPanel::tr("plan");
    case engine::MappingMethod::Name:
        return ValidationPanel::tr("name");
    case engine::MappingMethod::Similar:
        return ValidationPanel::tr("similar name");
    case engine::MappingMethod::Content:
        return ValidationPanel::tr("content");
    case engine::MappingMethod::Position:
        return ValidationPanel::tr("position");
    }
    return {};
}

QString templateKey(const engine::Template &tmpl)
{
    return tmpl.id.isEmpty() ? tmpl.slug : tmpl.id;
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ValidationPanel::ValidationPanel(PreviewPage *page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
{
    setObjectName(QStringLiteral("validationPanel"));
    auto *layout = new QVBoxLayout(this);

    // Template and Validate.
    auto *templateRow = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    m_templateBox = new QComboBox(this);
    m_templateBox->setAccessibleName(tr("Template"));
    m_templateBox->setAccessibleDescription(
        tr("The template to validate the file against: a bundled one or one of the account's"));
    m_templateBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templateBox->setMinimumContentsLength(14);
    templateLabel->setBuddy(m_templateBox);
    m_validateButton = new QPushButton(tr("&Validate"), this);
    m_validateButton->setAccessibleName(tr("Validate against the template"));
    m_validateButton->setAccessibleDescription(
        tr("Validates every row on this computer, as the server would; nothing is uploaded"));
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(m_templateBox, 1);
    templateRow->addWidget(m_validateButton);
    layout->addLayout(templateRow);
    m_templateSource = wrappingLabel(this);
    m_templateSource->setAccessibleName(tr("Where the templates come from"));
    m_templateSource->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addWidget(m_templateSource);

    m_summary = wrappingLabel(this);
    m_summary->setAccessibleName(tr("Validation summary"));
    layout->addWidget(m_summary);

    m_flaggedOnly = new QCheckBox(tr("&Flagged rows only"), this);
    m_flaggedOnly->setAccessibleName(tr("Flagged rows only"));
    m_flaggedOnly->setAccessibleDescription(
        tr("Shows only the rows with an invalid cell; their line numbers stay those of the file"));
    layout->addWidget(m_flaggedOnly);

    // The mapping.
    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    m_mapping = new QTableWidget(0, ColCount, mappingBox);
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setAccessibleDescription(
        tr("Per template column: the file column feeding it, how sure the match is, how it was "
           "found, its invalid cells and why it was chosen. Choose another file column to correct it."));
    m_mapping->setHorizontalHeaderLabels({tr("Template column"), tr("File column"), tr("Errors"),
                                          tr("Confidence"), tr("Method"), tr("Reason")});
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setWordWrap(false);
    m_mapping->setMinimumHeight(160);
    mappingLayout->addWidget(m_mapping);
    layout->addWidget(mappingBox, 2);

    // The questions the server would ask.
    auto *questionsBox = new QGroupBox(tr("Questions the server would ask"), this);
    auto *questionsLayout = new QVBoxLayout(questionsBox);
    m_questions = new QTreeWidget(questionsBox);
    m_questions->setAccessibleName(tr("Questions and proposed fixes"));
    m_questions->setAccessibleDescription(
        tr("What the server would ask about the invalid cells, with the affected rows, sample values "
           "and the answers it offers; read-only here"));
    m_questions->setHeaderLabels({tr("Question"), tr("Details")});
    m_questions->setColumnCount(2);
    m_questions->setWordWrap(true);
    m_questions->setMinimumHeight(120);
    questionsLayout->addWidget(m_questions);
    layout->addWidget(questionsBox, 1);

    // Exports and import.
    auto *exportBox = new QGroupBox(tr("Export and import"), this);
    auto *exportLayout = new QGridLayout(exportBox);
    m_exportValid = new QPushButton(tr("Valid rows…"), exportBox);
    m_exportValid->setAccessibleName(tr("Export the valid rows"));
    m_exportValid->setToolTip(
        tr("Write the rows without an invalid cell, normalised, in template column order"));
    m_exportFlagged = new QPushButton(tr("Flagged rows…"), exportBox);
    m_exportFlagged->setAccessibleName(tr("Export the flagged rows"));
    m_exportFlagged->setToolTip(tr("Write the rows with an invalid cell, to send back to the customer"));
    m_exportNormalised = new QPushButton(tr("Normalised CSV…"), exportBox);
    m_exportNormalised->setAccessibleName(tr("Export all rows normalised"));
    m_exportNormalised->setToolTip(tr("Write every row with normalised values, in template column order"));
    m_importButton = new QPushButton(tr("&Import this file…"), exportBox);
    m_importButton->setAccessibleName(tr("Import this file"));
    m_importButton->setAccessibleDescription(
        tr("Uploads the file to a company or migration of the connected account"));
    m_importHint = wrappingLabel(exportBox);
    m_importHint->setAccessibleName(tr("Why import is not available"));
    exportLayout->addWidget(m_exportValid, 0, 0);
    exportLayout->addWidget(m_exportFlagged, 0, 1);
    exportLayout->addWidget(m_exportNormalised, 0, 2);
    exportLayout->addWidget(m_importButton, 1, 0);
    exportLayout->addWidget(m_importHint, 1, 1, 1, 2);
    layout->addWidget(exportBox);

    connect(m_validateButton, &QPushButton::clicked, this, &ValidationPanel::validate);
    connect(m_templateBox, &QComboBox::currentIndexChanged, this, &ValidationPanel::onTemplateChosen);
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &ValidationPanel::setFlaggedOnly);
    connect(m_exportValid, &QPushButton::clicked, this,
            [this] { chooseExport(app::ValidatedExport::Valid); });
    connect(m_exportFlagged, &QPushButton::clicked, this,
            [this] { chooseExport(app::ValidatedExport::Flagged); });
    connect(m_exportNormalised, &QPushButton::clicked, this,
            [this] { chooseExport(app::ValidatedExport::Normalised); });
    connect(m_importButton, &QPushButton::clicked, this, &ValidationPanel::showImportDialog);
    app::PreviewDocument *document = m_page->document();
    connect(document, &app::PreviewDocument::layoutChanged, this, &ValidationPanel::onDocumentChanged);
    connect(document, &app::PreviewDocument::stateChanged, this, &ValidationPanel::onDocumentChanged);

    reloadTemplates();
    clearResult(tr("Choose a template and Validate: every row is checked on this computer."));
}

ValidationPanel::~ValidationPanel()
{
    // Tasks hold only copies; cancelling them here keeps their threads from outliving the page.
    if (m_task)
        m_task->cancel();
    for (const QPointer<app::BackgroundTask> &task : std::as_const(m_exports)) {
        if (task)
            task->cancel();
    }
}

void ValidationPanel::setServices(app::Services *services)
{
    m_services = services;
    if (services) {
        connect(services->account(), &app::AccountService::loaded, this, &ValidationPanel::reloadTemplates);
        connect(services->session(), &app::Session::stateChanged, this, [this] {
            reloadTemplates();
            updateActions();
        });
        connect(services->catalog(), &app::Catalog::companiesChanged, this, &ValidationPanel::updateActions);
        connect(services->catalog(), &app::Catalog::migrationsChanged, this, &ValidationPanel::updateActions);
    }
    reloadTemplates();
    updateActions();
}

void ValidationPanel::reloadTemplates()
{
    const QString previous = m_templateBox->currentIndex() >= 0
                                 ? templateKey(m_templates.value(m_templateBox->currentIndex()))
                                 : QString();
    m_templates = engine::bundledTemplates();
    m_bundledCount = int(m_templates.size());
    QString source;
    if (m_services) {
        const app::ConnectionProfile &profile = m_services->session()->profile();
        const app::TemplateCache cache;
        const bool connected = m_services->session()->isConnected();
        if (connected && m_services->account()->isLoaded()) {
            const QList<engine::Template> &account = m_services->account()->templates();
            m_templates.append(account);
            QString error;
            const bool stored =
                cache.store({profile.id, profile.name, QDateTime::currentDateTimeUtc(), account}, &error);
            source = stored ? tr("%n template(s) of %1, fetched now and kept for offline use.", nullptr,
                                 int(account.size()))
                                  .arg(profile.name)
                            : tr("%n template(s) of %1, fetched now (not kept for offline use: %2).", nullptr,
                                 int(account.size()))
                                  .arg(profile.name, error);
        } else if (const auto cached = cache.load(profile.id)) {
            m_templates.append(cached->templates);
            const QString when =
                QLocale().toString(cached->savedAt.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
            source =
                connected
                    ? tr("Fetching the templates of %1; meanwhile those kept on %2.").arg(profile.name, when)
                    : tr("Offline: the templates of %1 as kept on %2.").arg(profile.name, when);
        } else {
            source = connected ? tr("Fetching the templates of %1…").arg(profile.name)
                               : tr("Offline, and no templates of %1 kept yet: connect once to keep them "
                                    "for offline use. Bundled templates only.")
                                     .arg(profile.name);
        }
    } else {
        source = tr("Bundled templates (no account connected).");
    }
    m_templateSource->setText(source);

    const QSignalBlocker block(m_templateBox);
    m_templateBox->clear();
    int select = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const engine::Template &tmpl = m_templates[i];
        m_templateBox->addItem(i < m_bundledCount ? tr("%1 (bundled)").arg(tmpl.name)
                                                  : tr("%1 (account)").arg(tmpl.name));
        m_templateBox->setItemData(i, tmpl.description, Qt::ToolTipRole);
        if (templateKey(tmpl) == previous)
            select = i;
    }
    m_templateBox->setCurrentIndex(m_templates.isEmpty() ? -1 : select);
    updateActions();
}

bool ValidationPanel::selectTemplate(const QString &slugNameOrId)
{
    for (int i = 0; i < m_templates.size(); ++i) {
        const engine::Template &t = m_templates[i];
        if (t.slug == slugNameOrId || t.id == slugNameOrId ||
            t.name.compare(slugNameOrId, Qt::CaseInsensitive) == 0) {
            m_templateBox->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

std::optional<engine::Template> ValidationPanel::currentTemplate() const
{
    const int i = m_templateBox->currentIndex();
    if (i < 0 || i >= m_templates.size())
        return std::nullopt;
    return m_templates[i];
}

void ValidationPanel::onTemplateChosen()
{
    const auto tmpl = currentTemplate();
    if (tmpl && templateKey(*tmpl) == m_templateKey)
        return;
    m_plan.reset();
    m_templateKey.clear();
    clearResult(tr("Validate to see how the file fits %1.").arg(tmpl ? tmpl->name : QString()));
}

void ValidationPanel::onDocumentChanged()
{
    // Read anew (another file, dialect or header row): the result no longer matches the table.
    if (m_task)
        m_task->cancel();
    if (m_result || m_plan) {
        m_plan.reset();
        m_templateKey.clear();
        clearResult(tr("The file was read anew: validate again."));
    } else {
        updateActions();
    }
}

void ValidationPanel::clearResult(const QString &hint)
{
    m_result.reset();
    m_page->model()->setCellAnnotator({});
    if (m_flaggedOnly->isChecked()) {
        const QSignalBlocker block(m_flaggedOnly);
        m_flaggedOnly->setChecked(false);
        m_page->model()->setRowSubset(nullptr);
    }
    m_summary->setText(hint);
    m_mapping->setRowCount(0);
    m_questions->clear();
    m_page->messageArea()->remove(kValidationMessage);
    updateActions();
}

app::PreviewValidationRequest ValidationPanel::request() const
{
    app::PreviewValidationRequest request;
    app::PreviewDocument *document = m_page->document();
    request.path = document->path();
    // Read as the table reads it: the dialect bar's choices, detection for the rest.
    request.open = document->choice();
    if (const auto tmpl = currentTemplate())
        request.tmpl = *tmpl;
    request.plan = m_plan;
    return request;
}

void ValidationPanel::validate()
{
    const auto tmpl = currentTemplate();
    app::PreviewDocument *document = m_page->document();
    if (!tmpl || document->state() != app::PreviewDocument::State::Open)
        return;
    if (m_task) {
        disconnect(m_task, nullptr, this, nullptr);
        m_task->cancel();
        m_task->deleteLater();
    }
    m_templateKey = templateKey(*tmpl);
    const app::PreviewValidationRequest req = request();
    auto result = std::make_shared<app::PreviewValidationResult>();
    auto *task = new app::BackgroundTask(
        tr("Validating against %1").arg(tmpl->name),
        [req, result](app::TaskControl &control) { *result = app::validateForPreview(req, control); }, this);
    m_task = task;
    connect(task, &app::BackgroundTask::finished, this, [this, task, result] {
        task->deleteLater();
        if (m_task != task)
            return;
        m_task = nullptr;
        if (result->validation.cancelled) {
            m_summary->setText(tr("Validation cancelled."));
            updateActions();
            emit validationFinished();
            return;
        }
        applyResult(result);
        emit validationFinished();
    });
    m_page->taskStrip()->addTask(task, [task]() -> QString { return task->detail(); });
    m_summary->setText(tr("Validating every row against %1…").arg(tmpl->name));
    updateActions();
    task->start(app::BackgroundTask::Priority::Normal);
}

void ValidationPanel::setMapping(int templateColumn, int fileColumn)
{
    const auto tmpl = currentTemplate();
    if (!tmpl || templateColumn < 0 || templateColumn >= tmpl->columns.size() || !m_result)
        return;
    m_plan = app::pinnedMapping(m_plan, *tmpl, tmpl->columns[templateColumn].name, fileColumn,
                                m_result->validation.headers);
    validate();
}

void ValidationPanel::applyResult(const std::shared_ptr<const app::PreviewValidationResult> &result)
{
    m_result = result;
    const QLocale locale;
    const engine::FileValidation &v = result->validation;
    if (!v.ok()) {
        m_page->model()->setCellAnnotator({});
        m_summary->setText(app::validationFailureText(v));
        m_page->messageArea()->showMessage(kValidationMessage, Level::Error, app::validationFailureText(v));
    } else {
        const engine::ValidationReport &report = v.report;
        QString text =
            tr("%1 rows: %2 valid, %3 flagged (%4 invalid cells).")
                .arg(locale.toString(report.rowCount()), locale.toString(report.validRowCount()),
                     locale.toString(report.invalidCellCount()), locale.toString(report.invalidCells()));
        if (v.flaggedTruncated)
            text += u' ' + tr("Only the first %1 invalid cells are marked in the table.")
                               .arg(locale.toString(qint64(v.flagged.size())));
        if (v.raggedRows > 0)
            text += u' ' + tr("%1 rows have a different number of fields than the header.")
                               .arg(locale.toString(v.raggedRows));
        m_summary->setText(text);
        m_page->messageArea()->remove(kValidationMessage);
        const QColor invalid(255, 205, 205);
        const QStringList names = [&] {
            QStringList n;
            for (const engine::TemplateColumn &c : result->tmpl.columns)
                n.append(c.name);
            return n;
        }();
        m_page->model()->setCellAnnotator(
            [result, invalid, names](qint64 record,
                                     int column) -> std::optional<PreviewTableModel::CellNote> {
                const QList<app::PreviewCellFlag> flags = result->flagsAt(record, column);
                if (flags.isEmpty())
                    return std::nullopt;
                QStringList lines;
                for (const app::PreviewCellFlag &f : flags)
                    lines.append(tr("Invalid for %1: fails the “%2” rule")
                                     .arg(names.value(f.templateColumn), engine::cellRuleName(f.rule)));
                return PreviewTableModel::CellNote{invalid, lines.join(u'\n')};
            });
        if (m_flaggedOnly->isChecked())
            m_page->model()->setRowSubset(result->flaggedRecords);
    }
    fillMapping();
    fillQuestions();
    updateActions();
}

void ValidationPanel::fillMapping()
{
    m_mapping->setRowCount(0);
    if (!m_result)
        return;
    const engine::FileValidation &v = m_result->validation;
    const QList<engine::ColumnMapping> &columns = v.mapping.columns;
    const QLocale locale;
    m_mapping->setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        const engine::ColumnMapping &m = columns[row];
        const engine::TemplateColumn *column = m_result->tmpl.column(m.column);
        const bool required = column && column->required;
        auto *name = new QTableWidgetItem(required ? tr("%1 (required)").arg(m.column) : m.column);
        if (column)
            name->setToolTip(
                tr("Rule: %1")
                    .arg(column->ruleName.isEmpty() ? engine::ruleKindName(column->rule) : column->ruleName));
        if (required && m.source < 0)
            name->setBackground(QColor(255, 205, 205));
        m_mapping->setItem(row, ColTemplate, name);

        auto *combo = new QComboBox(m_mapping);
        combo->setAccessibleName(tr("File column for %1").arg(m.column));
        combo->addItem(tr("(not mapped)"));
        for (int s = 0; s < v.headers.size(); ++s)
            combo->addItem(tr("%1: %2").arg(s + 1).arg(v.headers[s]));
        combo->setCurrentIndex(m.source + 1);
        connect(combo, &QComboBox::activated, this, [this, row](int index) { setMapping(row, index - 1); });
        m_mapping->setCellWidget(row, ColSource, combo);

        m_mapping->setItem(row, ColConfidence,
                           new QTableWidgetItem(m.source >= 0 ? locale.toString(qRound(m.confidence * 100)) +
                                                                    QStringLiteral(" %")
                                                              : QString()));
        m_mapping->setItem(row, ColMethod, new QTableWidgetItem(methodText(m.method)));
        const qint64 errors = v.ok() ? m_result->invalidCells(row) : 0;
        auto *errorItem = new QTableWidgetItem(v.ok() ? locale.toString(errors) : QString());
        errorItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (errors > 0) {
            errorItem->setBackground(QColor(255, 205, 205));
            QStringList rules;
            const engine::ColumnTally &tally = v.report.tally(row);
            for (const engine::CellRule rule : tally.failedRules())
                rules.append(
                    tr("%1: %2").arg(engine::cellRuleName(rule), locale.toString(tally.rule(rule).count)));
            errorItem->setToolTip(rules.join(u'\n'));
        }
        m_mapping->setItem(row, ColErrors, errorItem);
        auto *reason = new QTableWidgetItem(m.reason);
        reason->setToolTip(m.reason);
        m_mapping->setItem(row, ColReason, reason);
    }
    m_mapping->resizeColumnsToContents();
}

void ValidationPanel::fillQuestions()
{
    m_questions->clear();
    if (!m_result || !m_result->ok())
        return;
    const QLocale locale;
    for (const engine::FixQuestion &q : m_result->fixes.questions) {
        auto *item = new QTreeWidgetItem(m_questions, {q.prompt});
        item->setFirstColumnSpanned(true);
        item->setToolTip(0, q.context.isEmpty() ? q.prompt : q.context);
        auto detail = [item](const QString &label, const QString &value) {
            auto *child = new QTreeWidgetItem(item, {label, value});
            child->setToolTip(1, value);
        };
        detail(tr("Column"), q.column);
        detail(tr("Rule"), q.error);
        detail(tr("Rows affected"), locale.toString(q.affectedCount));
        detail(tr("Sample values"), q.sampleValues.join(QStringLiteral(" · ")));
        QStringList options;
        for (const engine::FixOption &o : q.options)
            options.append(o.label);
        detail(tr("Answers offered"), options.join(QStringLiteral(" · ")));
        if (!q.proposed.isEmpty())
            detail(tr("Proposed fix"), engine::patchSummary(q.proposed));
    }
    if (m_result->fixes.isEmpty())
        new QTreeWidgetItem(m_questions, {tr("None: every cell is valid."), QString()});
    m_questions->expandAll();
    m_questions->resizeColumnToContents(0);
}

void ValidationPanel::setFlaggedOnly(bool on)
{
    if (m_flaggedOnly->isChecked() != on) {
        m_flaggedOnly->setChecked(on); // toggled() comes back here
        return;
    }
    m_page->model()->setRowSubset(on && m_result && m_result->ok() ? m_result->flaggedRecords : nullptr);
}

QString ValidationPanel::importBlocker() const
{
    if (m_page->document()->state() != app::PreviewDocument::State::Open)
        return tr("Open a file to import it.");
    if (!m_services)
        return tr("Import needs a connection to a Godwit server.");
    if (!m_services->session()->isConnected())
        return tr("Import is not available offline: connect to %1 first.")
            .arg(m_services->session()->profile().name);
    if (m_services->catalog()->companies().isEmpty() && m_services->catalog()->migrations().isEmpty())
        return tr("The account has no company or migration to import into yet: create one first.");
    return {};
}

void ValidationPanel::updateActions()
{
    const bool open = m_page->document()->state() == app::PreviewDocument::State::Open;
    const bool running = m_task != nullptr;
    m_validateButton->setEnabled(open && currentTemplate().has_value() && !running);
    m_templateBox->setEnabled(!running);
    const bool usable = open && m_result && m_result->ok() && !running;
    m_mapping->setEnabled(!running);
    m_flaggedOnly->setEnabled(usable);
    m_exportValid->setEnabled(usable);
    m_exportFlagged->setEnabled(usable);
    m_exportNormalised->setEnabled(usable);
    const QString blocker = importBlocker();
    m_importButton->setEnabled(blocker.isEmpty());
    m_importButton->setToolTip(blocker);
    m_importHint->setText(blocker);
    m_importHint->setVisible(!blocker.isEmpty());
}

void ValidationPanel::chooseExport(app::ValidatedExport kind)
{
    const QFileInfo source(m_page->document()->path());
    QString suggested;
    QString title;
    switch (kind) {
    case app::ValidatedExport::Valid:
        suggested = tr("%1-valid.csv").arg(source.completeBaseName());
        title = tr("Export the valid rows");
        break;
    case app::ValidatedExport::Flagged:
        suggested = tr("%1-flagged.csv").arg(source.completeBaseName());
        title = tr("Export the flagged rows");
        break;
    case app::ValidatedExport::Normalised:
        suggested = tr("%1-normalised.csv").arg(source.completeBaseName());
        title = tr("Export all rows normalised");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, title, source.absoluteDir().filePath(suggested),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(kind, path);
}

void ValidationPanel::exportTo(app::ValidatedExport kind, const QString &destination)
{
    const QFileInfo target(destination);
    const QFileInfo source(m_page->document()->path());
    MessageArea *messages = m_page->messageArea();
    if (target.exists() && target.canonicalFilePath() == source.canonicalFilePath()) {
        messages->showMessage(
            kValidationExportMessage, Level::Error,
            tr("Choose another file name: the export would overwrite the file being previewed."));
        return;
    }
    if (!currentTemplate())
        return;
    messages->remove(kValidationExportMessage);
    const app::PreviewValidationRequest req = request();
    auto result = std::make_shared<app::PreviewExportResult>();
    auto *task = new app::BackgroundTask(
        tr("Exporting to %1").arg(target.fileName()),
        [req, kind, destination, result](app::TaskControl &control) {
            *result = app::exportValidated(req, kind, destination, control);
        },
        this);
    m_exports.append(task);
    connect(task, &app::BackgroundTask::finished, this, [this, task, destination, result] {
        task->deleteLater();
        m_exports.removeAll(task);
        m_exports.removeAll(nullptr);
        const QString name = QFileInfo(destination).fileName();
        const QLocale locale;
        MessageArea *messages = m_page->messageArea();
        switch (result->status) {
        case app::PreviewExportResult::Status::Done:
            messages->showMessage(kValidationExportMessage, Level::Information,
                                  tr("Exported %1 rows to %2 (%3).")
                                      .arg(locale.toString(result->rowsWritten), name,
                                           locale.formattedDataSize(result->bytesWritten)));
            break;
        case app::PreviewExportResult::Status::Cancelled:
            messages->showMessage(kValidationExportMessage, Level::Information,
                                  tr("Export to %1 cancelled: no file was written.").arg(name));
            break;
        case app::PreviewExportResult::Status::Failed:
            messages->showMessage(kValidationExportMessage, Level::Error,
                                  tr("Export to %1 failed: %2").arg(name, result->error));
            break;
        }
        emit exportFinished(destination, *result);
    });
    m_page->taskStrip()->addTask(task, [task]() -> QString { return task->detail(); });
    task->start(app::BackgroundTask::Priority::Normal);
}

void ValidationPanel::importInto(const app::UploadTarget &target)
{
    if (!importBlocker().isEmpty() || !m_services)
        return;
    const QString path = m_page->document()->path();
    app::UploadJob *job = m_services->uploads()->enqueue(target, path);
    QString where;
    if (target.kind == app::UploadTarget::Kind::Company) {
        const auto company = m_services->catalog()->company(target.id);
        where = tr("company %1").arg(company ? company->name : target.id);
    } else {
        const auto migration = m_services->catalog()->migration(target.id);
        where = tr("migration %1").arg(migration ? migration->name : target.id);
    }
    const QString name = QFileInfo(path).fileName();
    m_page->messageArea()->showMessage(
        kImportMessage, Level::Information,
        tr("Uploading %1 to %2: follow it, and start the import, on the %2 page.").arg(name, where));
    connect(job, &app::UploadJob::finished, this, [this, job, name, where] {
        if (job->state() == app::UploadJob::State::Done)
            m_page->messageArea()->showMessage(
                kImportMessage, Level::Information,
                tr("%1 is uploaded to %2: start the import on its page.").arg(name, where));
        else if (job->state() == app::UploadJob::State::Failed)
            m_page->messageArea()->showMessage(
                kImportMessage, Level::Error,
                tr("Uploading %1 to %2 failed: %3").arg(name, where, job->errorString()));
    });
    emit importQueued(job);
}

void ValidationPanel::showImportDialog()
{
    if (!importBlocker().isEmpty() || !m_services)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import this file"));
    auto *layout = new QFormLayout(&dialog);
    auto *targets = new QComboBox(&dialog);
    targets->setAccessibleName(tr("Company or migration"));
    QList<app::UploadTarget> choices;
    for (const app::Company &c : m_services->catalog()->companies()) {
        targets->addItem(tr("Company: %1").arg(c.name));
        choices.append({app::UploadTarget::Kind::Company, c.id});
    }
    for (const app::Migration &m : m_services->catalog()->migrations()) {
        targets->addItem(tr("Migration: %1").arg(m.name));
        choices.append({app::UploadTarget::Kind::Migration, m.id});
    }
    layout->addRow(tr("Import %1 into:").arg(QFileInfo(m_page->document()->path()).fileName()), targets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Upload"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && targets->currentIndex() >= 0)
        importInto(choices[targets->currentIndex()]);
}

} // namespace godwit::ui
