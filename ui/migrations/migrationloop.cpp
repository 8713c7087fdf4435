// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/migrations/migrationloop.h"

#include "app/api/apiconnection.h"
#include "app/api/migrations.h"
#include "app/catalog.h"
#include "app/createservice.h"
#include "app/runtracker.h"
#include "app/services.h"
#include "app/session.h"
#include "app/threadstream.h"
#include "ui/migrations/migrationpanes.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {
constexpr int kFirstPollMs = 2000;
constexpr int kLongestPollMs = 15000;

QString directiveHelp()
{
    return MigrationLoop::tr(
        "<b>Update</b> takes directives, one per line or separated by <tt>;</tt>:"
        "<ul style='margin-left:-20px'>"
        "<li><tt>map \"&lt;file column&gt;\" to &lt;field&gt;</tt> — feed a template column from that file "
        "column (<tt>&lt;field&gt;</tt> may be <tt>&lt;sheet&gt;.&lt;field&gt;</tt>; also <tt>onto</tt>, "
        "<tt>-&gt;</tt>)</li>"
        "<li><tt>ignore \"&lt;file column&gt;\"</tt> (or <tt>skip</tt>) — leave every column it fed "
        "unmapped</li>"
        "<li><tt>dates are day-first</tt> / <tt>dates are month-first</tt></li>"
        "<li><tt>default region &lt;CC&gt;</tt> — phone numbers' region (ISO 3166, e.g. DE)</li>"
        "</ul>Anything else blocks the run with a question. <b>Clarify</b> takes a plain question "
        "about the preview; the answer appears in the Thread.");
}
} // namespace

MigrationLoop::MigrationLoop(app::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_preview(new MigrationPreviewPane)
    , m_thread(new MigrationThreadPane)
    , m_report(new MigrationReportPane)
{
    setObjectName(QStringLiteral("migrationLoop"));
    setAccessibleName(tr("Migration runs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *runRow = new QHBoxLayout;
    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(QStringLiteral("runStatus"));
    m_runLabel->setAccessibleName(tr("Run status"));
    m_runLabel->setWordWrap(true);
    m_runLabel->setTextFormat(Qt::PlainText);
    runRow->addWidget(m_runLabel, 1);
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setAccessibleName(tr("Generate"));
    m_generate->setAccessibleDescription(tr("Author the recipe from the uploaded files and show a preview"));
    m_execute = new QPushButton(tr("E&xecute"), this);
    m_execute->setObjectName(QStringLiteral("executeButton"));
    m_execute->setAccessibleName(tr("Execute"));
    m_execute->setAccessibleDescription(tr("Import every row with the previewed recipe"));
    m_cancel = new QPushButton(tr("&Cancel run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setAccessibleName(tr("Cancel the run"));
    runRow->addWidget(m_generate);
    runRow->addWidget(m_execute);
    runRow->addWidget(m_cancel);
    layout->addLayout(runRow);

    auto *messageRow = new QHBoxLayout;
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("runMessage"));
    m_message->setAccessibleName(tr("Directives or question"));
    m_message->setAccessibleDescription(
        tr("Directives for Update (e.g. map \"Remarks\" to notes) or a question for Clarify"));
    m_message->setPlaceholderText(
        tr("Directives for Update, e.g. map \"Remarks\" to notes — or a question for "
           "Clarify"));
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 3 + 12);
    messageRow->addWidget(m_message, 1);
    auto *messageButtons = new QVBoxLayout;
    m_update = new QPushButton(tr("&Update"), this);
    m_update->setObjectName(QStringLiteral("updateButton"));
    m_update->setAccessibleName(tr("Update"));
    m_update->setAccessibleDescription(tr("Change the recipe with the directives and make a new preview"));
    m_clarify = new QPushButton(tr("C&larify"), this);
    m_clarify->setObjectName(QStringLiteral("clarifyButton"));
    m_clarify->setAccessibleName(tr("Clarify"));
    m_clarify->setAccessibleDescription(tr("Ask about the preview; the answer appears in the thread"));
    m_helpButton = new QToolButton(this);
    m_helpButton->setObjectName(QStringLiteral("directiveHelpButton"));
    m_helpButton->setText(tr("&Directives…"));
    m_helpButton->setCheckable(true);
    m_helpButton->setAccessibleName(tr("Show the directive language"));
    messageButtons->addWidget(m_update);
    messageButtons->addWidget(m_clarify);
    messageButtons->addWidget(m_helpButton);
    messageRow->addLayout(messageButtons);
    layout->addLayout(messageRow);

    m_help = new QLabel(directiveHelp(), this);
    m_help->setObjectName(QStringLiteral("directiveHelp"));
    m_help->setAccessibleName(tr("Directive language"));
    m_help->setTextFormat(Qt::RichText);
    m_help->setWordWrap(true);
    m_help->setFrameShape(QFrame::StyledPanel);
    m_help->setMargin(6);
    m_help->hide();
    m_message->setToolTip(directiveHelp());
    layout->addWidget(m_help);

    m_questions = new QGroupBox(tr("The agent needs an answer"), this);
    m_questions->setObjectName(QStringLiteral("runQuestions"));
    m_questions->setAccessibleName(tr("Questions of the blocked run"));
    auto *questionsLayout = new QVBoxLayout(m_questions);
    m_questionsForm = new QFormLayout;
    questionsLayout->addLayout(m_questionsForm);
    auto *answerRow = new QHBoxLayout;
    m_sendAnswers = new QPushButton(tr("&Send answers"), m_questions);
    m_sendAnswers->setObjectName(QStringLiteral("sendAnswers"));
    m_sendAnswers->setAccessibleName(tr("Send the answers"));
    answerRow->addStretch(1);
    answerRow->addWidget(m_sendAnswers);
    questionsLayout->addLayout(answerRow);
    auto *correctionRow = new QHBoxLayout;
    auto *correctionLabel = new QLabel(tr("Or directives in&stead:"), m_questions);
    m_correction = new QLineEdit(m_questions);
    m_correction->setObjectName(QStringLiteral("runCorrection"));
    m_correction->setAccessibleName(tr("Directives instead of answers"));
    m_correction->setAccessibleDescription(tr("Free-form directives sent to the blocked run"));
    m_correction->setPlaceholderText(tr("e.g. map \"Remarks\" to notes"));
    correctionLabel->setBuddy(m_correction);
    m_sendCorrection = new QPushButton(tr("Send &directives"), m_questions);
    m_sendCorrection->setObjectName(QStringLiteral("sendCorrection"));
    m_sendCorrection->setAccessibleName(tr("Send the directives to the blocked run"));
    correctionRow->addWidget(correctionLabel);
    correctionRow->addWidget(m_correction, 1);
    correctionRow->addWidget(m_sendCorrection);
    questionsLayout->addLayout(correctionRow);
    m_questions->hide();
    layout->addWidget(m_questions);

    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &MigrationLoop::poll);
    // The console's run tracker polls the runs started here (2 s backing off to 15 s), keeps
    // following them after a restart and feeds the monitor; this view reads what it sees.
    if (app::RunTracker *tracker = m_services.runTracker()) {
        connect(tracker, &app::RunTracker::runChanged, this, &MigrationLoop::onTracked);
        connect(tracker, &app::RunTracker::runFinished, this, &MigrationLoop::onTracked);
    }
    connect(m_generate, &QPushButton::clicked, this, [this] { startRun(QStringLiteral("generate")); });
    connect(m_execute, &QPushButton::clicked, this, [this] { startRun(QStringLiteral("execute")); });
    connect(m_update, &QPushButton::clicked, this,
            [this] { startRun(QStringLiteral("update"), m_message->toPlainText().trimmed()); });
    connect(m_clarify, &QPushButton::clicked, this,
            [this] { startRun(QStringLiteral("clarify"), m_message->toPlainText().trimmed()); });
    connect(m_cancel, &QPushButton::clicked, this, &MigrationLoop::cancelRun);
    connect(m_helpButton, &QToolButton::toggled, m_help, &QLabel::setVisible);
    connect(m_message, &QPlainTextEdit::textChanged, this, &MigrationLoop::updateButtons);
    connect(m_sendAnswers, &QPushButton::clicked, this, &MigrationLoop::sendAnswers);
    connect(m_sendCorrection, &QPushButton::clicked, this, &MigrationLoop::sendCorrection);
    connect(m_correction, &QLineEdit::returnPressed, this, &MigrationLoop::sendCorrection);
    connect(m_correction, &QLineEdit::textChanged, this, &MigrationLoop::updateButtons);
    connect(m_report, &MigrationReportPane::exportRequested, this, [this](const QString &slug) {
        const QString filter = m_report->rowFilter();
        const QString title = filter == QLatin1String("all") ? tr("Export all rows of %1").arg(slug)
                              : filter == QLatin1String("invalid")
                                  ? tr("Export the flagged rows of %1").arg(slug)
                                  : tr("Export the valid rows of %1").arg(slug);
        const QString path =
            m_chooseSavePath
                ? m_chooseSavePath(slug)
                : QFileDialog::getSaveFileName(
                      this, title,
                      QDir::home().filePath(slug + QLatin1Char('-') + filter + QStringLiteral(".csv")),
                      tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportSheet(slug, path);
    });
    connect(m_report, &MigrationReportPane::exportCancelRequested, this, [this] {
        if (m_download)
            m_download->abort();
    });
    setRunText(tr("No run yet."));
    updateButtons();
}

MigrationLoop::~MigrationLoop()
{
    // The panes are the view's once placed; the ones it never took are ours.
    for (QWidget *pane : {static_cast<QWidget *>(m_preview.data()), static_cast<QWidget *>(m_thread.data()),
                          static_cast<QWidget *>(m_report.data())})
        if (pane && !pane->parent())
            delete pane;
}

void MigrationLoop::ensureStarter()
{
    if (m_starter)
        return;
    m_starter = new app::MigrationRunStarter(m_services.session()->connection(), this);
    const QString createJournal = m_services.creates()->journalPath();
    const QString dir = !createJournal.isEmpty()
                            ? QFileInfo(createJournal).absolutePath()
                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    // Starts resumed from an earlier session: follow the run if it is this migration's.
    connect(m_starter, &app::MigrationRunStarter::started, this, [this](app::MigrationRunStart *op) {
        if (op->isResumed() && op->succeeded() && op->migrationId() == m_migration.id && !m_run.isActive())
            follow(op->runId(), op->kind());
    });
    m_starter->openJournal(QDir(dir).filePath(QStringLiteral("migration-runs.jsonl")));
}

void MigrationLoop::setMigration(const app::Migration &migration)
{
    const bool other = migration.id != m_migration.id;
    m_migration = migration;
    if (!other) {
        updateButtons();
        return;
    }
    m_pollTimer.stop();
    if (m_polling)
        m_polling->deleteLater();
    if (m_download)
        m_download->abort();
    m_run = {};
    m_hasFiles = migration.status != QLatin1String("awaiting_files") && !migration.status.isEmpty();
    m_questions->hide();
    m_preview->clear(tr("No preview yet: upload files and press Generate."));
    m_report->clear(tr("No report yet: Execute imports the approved preview."));
    m_thread->clear();
    delete m_stream;
    m_stream = nullptr;
    setRunText(migration.id.isEmpty() ? QString() : tr("No run yet."));
    if (!migration.id.isEmpty()) {
        ensureStarter();
        m_stream = new app::ThreadStream(m_services.session()->connection(), migration.id, this);
        connect(m_stream, &app::ThreadStream::eventReceived, this, [this](const app::ThreadEvent &event) {
            m_thread->addEvent(event);
            // The stream says something happened: ask the run now instead of at the next tick.
            if (!m_run.id.isEmpty() && event.runId == m_run.id && m_run.isActive()) {
                m_pollDelayMs = kFirstPollMs;
                poll();
            }
        });
        connect(m_stream, &app::ThreadStream::modeChanged, this, [this](app::ThreadStream::Mode mode) {
            switch (mode) {
            case app::ThreadStream::Mode::Streaming:
                m_thread->setStreamState(tr("Live"));
                break;
            case app::ThreadStream::Mode::Waiting:
                m_thread->setStreamState(tr("Up to date"));
                break;
            case app::ThreadStream::Mode::Polling:
                m_thread->setStreamState(tr("Live (polling: the server has no event stream)"));
                break;
            case app::ThreadStream::Mode::Stopped:
                m_thread->setStreamState(tr("Stopped"));
                break;
            }
        });
        m_stream->start();
        loadPreview();
        loadLatestRuns();
    }
    updateButtons();
}

void MigrationLoop::setHasFiles(bool hasFiles)
{
    m_hasFiles = hasFiles;
    updateButtons();
}

void MigrationLoop::setRunText(const QString &text)
{
    m_runLabel->setText(text);
}

QString MigrationLoop::statusText(const app::MigrationRun &run) const
{
    const QString kind = run.kind.isEmpty() ? tr("run") : run.kind;
    if (run.status == QLatin1String("queued"))
        return tr("%1: queued").arg(kind);
    if (run.status == QLatin1String("running"))
        return run.message.isEmpty() ? tr("%1: running").arg(kind) : tr("%1: %2").arg(kind, run.message);
    if (run.status == QLatin1String("blocked"))
        return run.blockedReason == QLatin1String("credentials")
                   ? tr("%1: waiting for credentials (answer them on the server's dashboard)").arg(kind)
                   : tr("%1: blocked — the agent needs an answer").arg(kind);
    if (run.status == QLatin1String("awaiting_approval"))
        return tr("%1: preview ready — review it, then Update, Clarify or Execute").arg(kind);
    if (run.status == QLatin1String("completed"))
        return run.report ? tr("%1: completed — %2 rows imported")
                                .arg(kind, QLocale().toString(run.report->inserted))
                          : tr("%1: completed").arg(kind);
    if (run.status == QLatin1String("failed"))
        return tr("%1: failed — %2").arg(kind, run.error);
    if (run.status == QLatin1String("canceled"))
        return tr("%1: canceled").arg(kind);
    return tr("%1: %2").arg(kind, run.status);
}

void MigrationLoop::updateButtons()
{
    const bool has = !m_migration.id.isEmpty();
    const bool busy = m_starting || m_run.isActive();
    const bool preview = m_preview->hasPreview();
    const bool message = !m_message->toPlainText().trimmed().isEmpty();
    m_generate->setEnabled(has && !busy && m_hasFiles);
    m_update->setEnabled(has && !busy && preview && message);
    m_clarify->setEnabled(has && !busy && preview && message);
    m_execute->setEnabled(has && !busy && preview);
    m_cancel->setEnabled(has && m_run.isActive() && !m_action);
    m_message->setEnabled(has);
    m_sendAnswers->setEnabled(m_run.isBlocked() && !m_answerBoxes.isEmpty() && !m_action);
    m_sendCorrection->setEnabled(m_run.isBlocked() && !m_correction->text().trimmed().isEmpty() && !m_action);
    const QString noFiles = tr("Upload a file first: Generate reads the files the server has.");
    m_generate->setToolTip(m_hasFiles ? QString() : noFiles);
    m_execute->setToolTip(preview ? QString() : tr("Generate a preview first."));
}

void MigrationLoop::startRun(const QString &kind, const QString &message)
{
    if (m_migration.id.isEmpty() || m_starting || m_run.isActive())
        return;
    ensureStarter();
    m_starting = true;
    setRunText(tr("%1: starting…").arg(kind));
    updateButtons();
    const QString migrationId = m_migration.id;
    auto go = [this, migrationId, kind, message] {
        app::MigrationRunStart *op = m_starter->start(migrationId, kind, message);
        connect(op, &app::MigrationRunStart::finished, this, [this, op, migrationId, kind] {
            m_starting = false;
            if (migrationId != m_migration.id)
                return;
            if (op->succeeded()) {
                if (kind == QLatin1String("update") || kind == QLatin1String("clarify"))
                    m_message->clear();
                follow(op->runId(), kind);
                if (m_stream)
                    m_stream->wake();
                return;
            }
            if (op->outcome() == app::MigrationRunStart::Outcome::Conflict &&
                !op->conflictingRunId().isEmpty()) {
                setRunText(tr("Another run holds this migration: %1").arg(op->message()));
                follow(op->conflictingRunId(), {});
                return;
            }
            setRunText(tr("%1 was not started: %2").arg(kind, op->message()));
            updateButtons();
        });
    };
    if (m_starter->isJournalOpen()) {
        go();
        return;
    }
    auto *once = new QObject(this);
    connect(m_starter, &app::MigrationRunStarter::journalReady, once,
            [this, once, go](bool ok, const QString &error) {
                once->deleteLater();
                if (ok) {
                    go();
                    return;
                }
                m_starting = false;
                setRunText(tr("No run can be started: the run journal cannot be opened: %1").arg(error));
                updateButtons();
            });
}

void MigrationLoop::follow(const QString &runId, const QString &kind)
{
    m_run = {};
    m_run.id = runId;
    m_run.kind = kind;
    m_run.status = QStringLiteral("queued");
    m_questions->hide();
    setRunText(statusText(m_run));
    m_pollDelayMs = kFirstPollMs;
    updateButtons();
    poll();
}

void MigrationLoop::poll()
{
    if (m_run.id.isEmpty() || m_migration.id.isEmpty())
        return;
    // The tracker follows the run on its schedule; this read answers now (after a start, an answer,
    // a cancel or a thread event), also when the tracker would see no change (blocked again).
    if (app::RunTracker *tracker = m_services.runTracker()) {
        if (!tracker->isTracked(m_run.id) || tracker->run(m_run.id)->isFinished())
            tracker->track(app::RunTracker::Kind::MigrationRun, m_migration.id, m_run.id, {},
                           m_migration.name);
        else
            tracker->nudge(m_run.id);
    }
    if (m_polling) {
        m_pollTimer.start(m_pollDelayMs); // one at a time; ask again afterwards
        return;
    }
    m_pollTimer.stop();
    const QString migrationId = m_migration.id;
    const QString runId = m_run.id;
    m_polling = new app::GetMigrationRunRequest(migrationId, runId, this);
    connect(m_polling, &app::ApiRequest::finished, this,
            [this, migrationId, runId, request = m_polling.data()] {
                request->deleteLater();
                if (migrationId != m_migration.id || runId != m_run.id)
                    return;
                if (!request->result().ok()) {
                    setRunText(tr("The run cannot be read: %1").arg(request->result().message));
                    if (request->result().status != app::ApiStatus::NotFound)
                        schedulePoll();
                    return;
                }
                applyRun(request->run());
            });
    m_polling->start(m_services.session()->connection());
}

void MigrationLoop::onTracked(const QString &key)
{
    if (key != m_run.id || m_run.id.isEmpty())
        return;
    const app::RunTracker::Run *tracked = m_services.runTracker()->run(key);
    if (!tracked)
        return;
    if (tracked->lost) {
        setRunText(tr("The server no longer knows run %1.").arg(key));
        return;
    }
    app::MigrationRun run = app::migrationRunFromJson(tracked->status.raw);
    if (run.id.isEmpty())
        run.id = key;
    if (run.status.isEmpty())
        run.status = tracked->status.status;
    if (run.status.isEmpty())
        return;
    if (run.status == m_run.status && run.message == m_run.message && !run.isBlocked())
        return;
    applyRun(run);
}

void MigrationLoop::schedulePoll()
{
    if (m_services.runTracker())
        return; // the tracker decides when the next poll is due
    m_pollTimer.start(m_pollDelayMs);
    m_pollDelayMs = qMin(kLongestPollMs, m_pollDelayMs * 3 / 2);
}

void MigrationLoop::applyRun(const app::MigrationRun &run)
{
    const QString before = m_run.status;
    const QString kind = run.kind.isEmpty() ? m_run.kind : run.kind;
    m_run = run;
    m_run.kind = kind;
    setRunText(statusText(m_run));
    if (m_run.isBlocked()) {
        if (before != m_run.status || m_answerBoxes.isEmpty())
            showQuestions();
        // Nothing moves until the client answers: no polling meanwhile.
    } else {
        m_questions->hide();
        if (m_run.isActive())
            schedulePoll();
        else if (before != m_run.status)
            onRunEnded();
    }
    updateButtons();
}

void MigrationLoop::onRunEnded()
{
    emit runFinished(m_run.id, m_run.status);
    if (m_run.status == QLatin1String("awaiting_approval")) {
        loadPreview();
    } else if (m_run.status == QLatin1String("completed") && m_run.report) {
        m_report->setReport(m_run.id, *m_run.report, m_migration.templates);
        emit reportShown();
    } else if (m_run.status == QLatin1String("completed") && m_run.kind == QLatin1String("clarify")) {
        emit clarifyAnswered();
    }
    refreshMigration();
}

void MigrationLoop::showQuestions()
{
    while (m_questionsForm->rowCount() > 0)
        m_questionsForm->removeRow(0);
    m_answerBoxes.clear();
    for (const app::MigrationRunQuestion &question : m_run.questions) {
        auto *label = new QLabel(question.question, m_questions);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        auto *box = new QComboBox(m_questions);
        box->setObjectName(QStringLiteral("answer-") + question.id);
        box->setProperty("questionId", question.id);
        box->setAccessibleName(tr("Answer to %1").arg(question.id));
        box->setAccessibleDescription(question.question);
        box->setEditable(question.allowCustom);
        for (const app::MigrationRunOption &option : question.options)
            box->addItem(option.label, option.id);
        if (question.options.isEmpty() || question.allowCustom)
            box->setCurrentIndex(question.options.isEmpty() ? -1 : 0);
        if (box->lineEdit())
            box->lineEdit()->setPlaceholderText(tr("An option or your own answer"));
        label->setBuddy(box);
        connect(box, &QComboBox::currentTextChanged, this, &MigrationLoop::updateButtons);
        m_questionsForm->addRow(label, box);
        m_answerBoxes.append(box);
    }
    m_questions->setVisible(true);
}

void MigrationLoop::sendAnswers()
{
    if (!m_run.isBlocked() || m_action)
        return;
    QList<app::MigrationRunMessageRequest::Answer> answers;
    for (QComboBox *box : std::as_const(m_answerBoxes)) {
        const QString id = box->property("questionId").toString();
        // An option chosen from the list answers with its id; typed text is a custom answer.
        const int index = box->findText(box->currentText());
        const QString value = index >= 0 ? box->itemData(index).toString() : box->currentText().trimmed();
        if (value.isEmpty()) {
            setRunText(tr("Question %1 has no answer yet.").arg(id));
            box->setFocus();
            return;
        }
        answers.append({id, value});
    }
    sendMessage(new app::MigrationRunMessageRequest(m_migration.id, m_run.id, answers, this),
                tr("The answers were not taken: %1"));
}

void MigrationLoop::sendCorrection()
{
    const QString text = m_correction->text().trimmed();
    if (!m_run.isBlocked() || m_action || text.isEmpty())
        return;
    sendMessage(new app::MigrationRunMessageRequest(m_migration.id, m_run.id, text, this),
                tr("The directives were not taken: %1"), [this] { m_correction->clear(); });
}

void MigrationLoop::sendMessage(app::MigrationRunMessageRequest *request, const QString &refused,
                                const std::function<void()> &taken)
{
    m_action = request;
    const QString runId = m_run.id;
    connect(request, &app::ApiRequest::finished, this, [this, request, runId, refused, taken] {
        request->deleteLater();
        m_action = nullptr;
        if (runId != m_run.id)
            return;
        if (!request->result().ok()) {
            setRunText(refused.arg(request->result().message));
            updateButtons();
            return;
        }
        if (taken)
            taken();
        // The blocked run resumes: its questions are settled, and the monitor follows it again.
        m_questions->hide();
        m_answerBoxes.clear();
        m_run.status = request->status().isEmpty() ? QStringLiteral("running") : request->status();
        setRunText(statusText(m_run));
        m_pollDelayMs = kFirstPollMs;
        if (m_stream)
            m_stream->wake();
        poll();
        updateButtons();
    });
    request->start(m_services.session()->connection());
    updateButtons();
}

void MigrationLoop::cancelRun()
{
    if (!m_run.isActive() || m_action)
        return;
    auto *request = new app::CancelMigrationRunRequest(m_migration.id, m_run.id, this);
    m_action = request;
    const QString runId = m_run.id;
    setRunText(tr("%1: canceling…").arg(m_run.kind));
    connect(request, &app::ApiRequest::finished, this, [this, request, runId] {
        request->deleteLater();
        m_action = nullptr;
        if (runId != m_run.id)
            return;
        if (request->result().ok()) {
            applyRun(request->run());
            return;
        }
        // 409: it ended meanwhile; the poll says how.
        setRunText(tr("The run could not be canceled: %1").arg(request->result().message));
        poll();
        updateButtons();
    });
    request->start(m_services.session()->connection());
    updateButtons();
}

void MigrationLoop::loadPreview()
{
    if (m_migration.id.isEmpty())
        return;
    if (m_previewRequest)
        m_previewRequest->deleteLater();
    const QString id = m_migration.id;
    m_previewRequest = new app::GetPreviewRequest(id, this);
    connect(m_previewRequest, &app::ApiRequest::finished, this,
            [this, id, request = m_previewRequest.data()] {
                request->deleteLater();
                if (id != m_migration.id)
                    return;
                if (request->result().ok()) {
                    m_preview->setPreview(request->preview());
                    emit previewShown();
                } else if (request->result().status == app::ApiStatus::NotFound) {
                    m_preview->clear(tr("No preview yet: upload files and press Generate."));
                } else {
                    m_preview->clear(tr("The preview cannot be read: %1").arg(request->result().message));
                }
                updateButtons();
            });
    m_previewRequest->start(m_services.session()->connection());
}

void MigrationLoop::loadLatestRuns()
{
    if (m_runsRequest)
        m_runsRequest->deleteLater();
    const QString id = m_migration.id;
    m_runsRequest = new app::ListMigrationRunsRequest(id, this);
    connect(m_runsRequest, &app::ApiRequest::finished, this, [this, id, request = m_runsRequest.data()] {
        request->deleteLater();
        if (id != m_migration.id || !request->result().ok() || !m_run.id.isEmpty() || m_starting)
            return;
        const QList<app::MigrationRun> &runs = request->runs();
        if (runs.isEmpty())
            return;
        // A run still going (started before the console was) is followed; otherwise the last
        // execute's report is shown.
        if (runs.first().isActive()) {
            follow(runs.first().id, runs.first().kind);
            return;
        }
        setRunText(statusText(runs.first()));
        for (const app::MigrationRun &run : runs) {
            if (run.kind == QLatin1String("execute") && run.status == QLatin1String("completed")) {
                auto *get = new app::GetMigrationRunRequest(id, run.id, this);
                connect(get, &app::ApiRequest::finished, this, [this, id, get] {
                    get->deleteLater();
                    if (id == m_migration.id && get->result().ok() && get->run().report)
                        m_report->setReport(get->run().id, *get->run().report, m_migration.templates);
                });
                get->start(m_services.session()->connection());
                break;
            }
        }
    });
    m_runsRequest->start(m_services.session()->connection());
}

void MigrationLoop::refreshMigration()
{
    const QString id = m_migration.id;
    auto *get = new app::GetMigrationRequest(id, this);
    connect(get, &app::ApiRequest::finished, this, [this, id, get] {
        get->deleteLater();
        if (id != m_migration.id || !get->result().ok())
            return;
        m_migration = get->migration();
        m_services.catalog()->upsert(m_migration);
        emit migrationChanged(m_migration);
        updateButtons();
    });
    get->start(m_services.session()->connection());
}

void MigrationLoop::exportSheet(const QString &slug, const QString &path)
{
    if (m_download || m_migration.id.isEmpty())
        return;
    const QString filter = m_report->rowFilter();
    m_download = new app::MigrationExportDownload(m_migration.id, slug, path, filter, this);
    m_report->setExportProgress(slug, 0, -1);
    connect(m_download, &app::MigrationExportDownload::progress, this,
            [this, slug](qint64 bytes, qint64 total) { m_report->setExportProgress(slug, bytes, total); });
    connect(m_download, &app::ApiRequest::finished, this, [this, slug, filter, download = m_download.data()] {
        download->deleteLater();
        const app::ApiResult &result = download->result();
        QString message;
        const int records = int(download->totalRecords());
        const QString where = QDir::toNativeSeparators(download->filePath());
        if (result.ok())
            message = filter == QLatin1String("all")
                          ? tr("Saved %n row(s) of %1 to %2", nullptr, records).arg(slug, where)
                      : filter == QLatin1String("invalid")
                          ? tr("Saved %n flagged row(s) of %1 to %2", nullptr, records).arg(slug, where)
                          : tr("Saved %n valid row(s) of %1 to %2", nullptr, records).arg(slug, where);
        else if (result.status == app::ApiStatus::Canceled)
            message = tr("The export of %1 was canceled; no file was written.").arg(slug);
        else
            message = tr("The export of %1 failed: %2").arg(slug, result.message);
        m_report->setExportDone(slug, message);
        emit exportFinished(slug, result.ok(), message);
    });
    m_download->start(m_services.session()->connection());
}

} // namespace godwit::ui
