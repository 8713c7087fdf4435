// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/reviewpane.h"

#include "app/api/decisions.h"
#include "app/decisionservice.h"
#include "app/services.h"
#include "app/session.h"
#include "ui/review/questioncard.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

QShortcut *shortcut(QWidget *owner, const QKeySequence &sequence, const std::function<void()> &slot)
{
    auto *s = new QShortcut(sequence, owner);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(s, &QShortcut::activated, owner, slot);
    return s;
}

bool isDescendant(const QWidget *widget, const QWidget *ancestor)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (w == ancestor)
            return true;
    return false;
}

} // namespace

ReviewPane::ReviewPane(app::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("reviewPane"));
    setAccessibleName(tr("Review"));
    // Made now, so its journal is open (and pending decisions resumed) before the first decision.
    app::DecisionService::of(m_services);
    build();
    showRun({}, {});
}

ReviewPane::~ReviewPane() = default;

void ReviewPane::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *progressRow = new QHBoxLayout;
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("reviewProgress"));
    QFont bold = m_progressText->font();
    bold.setBold(true);
    m_progressText->setFont(bold);
    progressRow->addWidget(m_progressText);
    progressRow->addStretch(1);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("keyLegend"));
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    layout->addLayout(progressRow);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("questionList"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Questions"));
    m_cardsHost = new QWidget;
    m_cardsHost->setObjectName(QStringLiteral("questionCards"));
    m_cardsLayout = new QVBoxLayout(m_cardsHost);
    m_cardsLayout->setContentsMargins(2, 2, 8, 2);
    m_cardsLayout->setSpacing(10);
    m_empty = new QLabel(m_cardsHost);
    m_empty->setObjectName(QStringLiteral("reviewEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_cardsLayout->addWidget(m_empty);
    m_cardsLayout->addStretch(1);
    m_scroll->setWidget(m_cardsHost);
    layout->addWidget(m_scroll, 1);

    auto *actions = new QHBoxLayout;
    m_accept = new QPushButton(tr("&Accept suggested fixes"), this);
    m_accept->setObjectName(QStringLiteral("acceptFixes"));
    m_accept->setAccessibleName(tr("Accept suggested fixes"));
    m_accept->setAccessibleDescription(tr("Applies the suggested fix of every question as it is: a new plan "
                                          "version, then the import runs again"));
    m_accept->setToolTip(tr("Apply every suggested fix as it is (%1)")
                             .arg(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return))));
    m_answer = new QPushButton(tr("&Send answers"), this);
    m_answer->setObjectName(QStringLiteral("sendAnswers"));
    m_answer->setAccessibleName(tr("Send answers"));
    m_answer->setAccessibleDescription(
        tr("Sends the chosen answers; questions left unanswered keep their suggested fix"));
    m_answer->setToolTip(
        tr("Send the chosen answers (%1)").arg(keys(QKeySequence(Qt::CTRL | Qt::Key_Return))));
    m_answer->setDefault(true);
    m_reject = new QPushButton(tr("&Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectRows"));
    m_reject->setAccessibleName(tr("Reject"));
    m_reject->setAccessibleDescription(
        tr("Completes the import without fixing: the flagged rows stay out of the valid rows"));
    m_reject->setToolTip(tr("Keep the flagged rows out, fix nothing (%1)")
                             .arg(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("sendingProgress"));
    m_busy->setAccessibleName(tr("Sending"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    actions->addWidget(m_accept);
    actions->addWidget(m_answer);
    actions->addWidget(m_reject);
    actions->addWidget(m_busy);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    auto *box = new QGroupBox(tr("Correct the run in your own words"), this);
    box->setObjectName(QStringLiteral("correctionBox"));
    m_correctionBox = box;
    auto *boxLayout = new QVBoxLayout(box);
    m_correction = new QPlainTextEdit(box);
    m_correction->setObjectName(QStringLiteral("correctionText"));
    m_correction->setAccessibleName(tr("Correction"));
    m_correction->setAccessibleDescription(tr(
        "A free-form instruction for the import, e.g. map \"Mail\" to email; sent as a message to the run"));
    m_correction->setPlaceholderText(tr("e.g. map \"Mail\" to email"));
    m_correction->setTabChangesFocus(true);
    m_correction->setFixedHeight(m_correction->fontMetrics().lineSpacing() * 2 + 14);
    auto *correctionRow = new QHBoxLayout;
    correctionRow->addWidget(m_correction, 1);
    boxLayout->addLayout(correctionRow);
    auto *correctionStatusRow = new QHBoxLayout;
    m_correctionStatus = new QLabel(box);
    m_correctionStatus->setObjectName(QStringLiteral("correctionStatus"));
    m_correctionStatus->setWordWrap(true);
    m_correctionStatus->setTextFormat(Qt::PlainText);
    m_correctionStatus->hide(); // shown with something to say
    correctionStatusRow->addWidget(m_correctionStatus, 1);
    boxLayout->addLayout(correctionStatusRow);
    m_sendCorrection = new QPushButton(tr("Send &correction"), box);
    m_sendCorrection->setObjectName(QStringLiteral("sendCorrection"));
    m_sendCorrection->setAccessibleName(tr("Send correction"));
    m_sendCorrection->setToolTip(tr("Send the correction to the run (%1 in the text)")
                                     .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_Return))));
    correctionRow->addWidget(m_sendCorrection, 0, Qt::AlignBottom);
    layout->addWidget(box);

    connect(m_accept, &QPushButton::clicked, this, &ReviewPane::acceptFixes);
    connect(m_answer, &QPushButton::clicked, this, &ReviewPane::sendAnswers);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPane::rejectRows);
    connect(m_sendCorrection, &QPushButton::clicked, this, &ReviewPane::sendCorrection);
    connect(m_correction, &QPlainTextEdit::textChanged, this, &ReviewPane::updateActions);

    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_PageDown)})
        shortcut(this, key, [this] { next(); });
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_PageUp)})
        shortcut(this, key, [this] { previous(); });
    for (int digit = 1; digit <= 9; ++digit)
        shortcut(this, QKeySequence(Qt::Key_0 + digit), [this, digit] { chooseOption(digit - 1); });
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        shortcut(this, key, [this] {
            if (isDescendant(QApplication::focusWidget(), m_correctionBox))
                sendCorrection();
            else
                sendAnswers();
        });
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)})
        shortcut(this, key, [this] { acceptFixes(); });
    shortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { rejectRows(); });
}

void ReviewPane::clearCards()
{
    for (QuestionCard *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    m_current = -1;
}

void ReviewPane::showRun(const QString &companyId, const QJsonObject &run)
{
    const QString runId = run.value(QLatin1String("run_id")).toString();
    ReviewRequest request = ReviewText::fromRun(run);

    // A poll that says the same again keeps what the user has chosen so far.
    auto idsOf = [](const ReviewRequest &r) {
        QStringList ids;
        for (const ReviewQuestion &q : r.questions)
            ids.append(q.id);
        return ids;
    };
    const bool sameRun = companyId == m_companyId && runId == m_runId;
    if (sameRun && request.status == m_request.status && request.planVersion == m_request.planVersion &&
        idsOf(request) == idsOf(m_request) && !m_cards.isEmpty())
        return;

    const bool keepStatus = sameRun && m_decided;
    m_companyId = companyId;
    m_runId = runId;
    m_request = request;
    if (!sameRun) {
        m_decided = false;
        m_operation = nullptr;
        if (m_message)
            m_message->deleteLater();
        m_message = nullptr;
        m_correction->clear();
        m_correctionStatus->clear();
        m_correctionStatus->hide();
    }
    if (!keepStatus)
        m_status->hide();
    clearCards();

    const bool decision = m_request.isDecision();
    const bool blocked = m_request.isBlocked();
    if (decision)
        m_title->setText(tr("Review the flagged rows"));
    else if (blocked)
        m_title->setText(tr("Answer the import's questions"));
    else
        m_title->setText(tr("Review"));

    QStringList facts;
    if (m_request.flaggedRows >= 0)
        facts.append(tr("%n flagged row(s)", nullptr, int(qMin<qint64>(m_request.flaggedRows, INT_MAX))));
    if (!m_request.questions.isEmpty())
        facts.append(tr("%n question(s)", nullptr, int(m_request.questions.size())));
    if (m_request.planVersion > 0)
        facts.append(tr("plan version %1").arg(m_request.planVersion));
    QString summary = facts.join(QStringLiteral("  ·  "));
    if (decision && !m_request.patchSummary.isEmpty())
        summary += QLatin1Char('\n') + tr("Suggested: %1").arg(m_request.patchSummary);
    if (decision)
        summary += QLatin1Char('\n') + tr("Questions you leave unanswered keep their suggested fix.");
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());

    const int count = int(m_request.questions.size());
    if (decision || blocked) {
        for (int i = 0; i < count; ++i) {
            auto *card = new QuestionCard(m_request.questions.at(i), i + 1, count, m_cardsHost);
            m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, card);
            card->show(); // now, not on the layout's next turn: the focus goes to it at once
            m_cards.append(card);
            connect(card, &QuestionCard::answerChanged, this, &ReviewPane::updateActions);
            connect(card, &QuestionCard::activated, this, [this, card] {
                const int index = int(m_cards.indexOf(card));
                if (index != m_current)
                    setCurrentIndex(index);
            });
        }
    }
    if (m_cards.isEmpty()) {
        QString text;
        if (m_runId.isEmpty())
            text = tr("Choose a run that waits for a review.");
        else if (decision || blocked)
            text = tr("The run waits, but the server sent no questions.");
        else
            text = tr("Nothing to review: the run is %1.").arg(m_request.status);
        m_empty->setText(text);
    }
    m_empty->setVisible(m_cards.isEmpty());

    m_accept->setVisible(decision);
    m_reject->setVisible(decision);
    m_answer->setVisible(decision || blocked);
    const bool ended = m_request.status == QLatin1String("completed") ||
                       m_request.status == QLatin1String("failed") ||
                       m_request.status == QLatin1String("canceled");
    m_correctionBox->setVisible(!m_runId.isEmpty() && !ended);
    m_legend->setVisible(!m_cards.isEmpty());
    // The keys that work for this run: a blocked one has no suggested fixes to accept.
    const QString moves = tr("J / K: next / previous question  ·  1–9: choose an answer  ·  %1: send answers")
                              .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    m_legend->setText(decision ? moves + QStringLiteral("  ·  ") +
                                     tr("%1: accept suggested fixes")
                                         .arg(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)))
                               : moves);

    if (!m_cards.isEmpty()) {
        setCurrentIndex(0);
    } else {
        m_current = -1;
        updateProgress();
    }
    updateActions();
}

void ReviewPane::setCurrentIndex(int index)
{
    if (m_cards.isEmpty())
        return;
    index = qBound(0, index, int(m_cards.size()) - 1);
    if (m_current >= 0 && m_current < m_cards.size())
        m_cards.at(m_current)->setCurrent(false);
    m_current = index;
    QuestionCard *card = m_cards.at(index);
    card->setCurrent(true);
    if (!isDescendant(QApplication::focusWidget(), card))
        card->focusFirstControl();
    // The card's top in view (a long card: its start, where the prompt is).
    m_cardsHost->layout()->activate();
    m_scroll->ensureWidgetVisible(card, 0, 12);
    const int top = card->geometry().top();
    QScrollBar *bar = m_scroll->verticalScrollBar();
    if (top < bar->value() || card->height() > m_scroll->viewport()->height())
        bar->setValue(top - 6);
    updateProgress();
}

void ReviewPane::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_current >= 0 && m_current < m_cards.size() && m_cards.at(m_current)->isEnabled())
        m_cards.at(m_current)->focusFirstControl();
}

void ReviewPane::next()
{
    if (!m_cards.isEmpty())
        setCurrentIndex(m_current + 1);
}

void ReviewPane::previous()
{
    if (!m_cards.isEmpty())
        setCurrentIndex(m_current - 1);
}

void ReviewPane::chooseOption(int index)
{
    if (m_current < 0 || m_current >= m_cards.size() || isSending())
        return;
    m_cards.at(m_current)->chooseOption(index);
}

void ReviewPane::updateProgress()
{
    if (m_cards.isEmpty()) {
        m_progressText->clear();
        m_progressText->hide();
        return;
    }
    int answered = 0;
    for (const QuestionCard *card : std::as_const(m_cards))
        answered += card->isAnswered() ? 1 : 0;
    m_progressText->setText(
        tr("Question %1 of %2  (%3 answered)").arg(m_current + 1).arg(m_cards.size()).arg(answered));
    m_progressText->setAccessibleName(m_progressText->text());
    m_progressText->show();
}

bool ReviewPane::isSending() const
{
    return m_operation || m_message;
}

void ReviewPane::updateActions()
{
    const bool sending = isSending();
    bool anyAnswered = false;
    for (const QuestionCard *card : std::as_const(m_cards))
        anyAnswered = anyAnswered || card->isAnswered();
    const bool open = !m_decided && !sending;
    m_accept->setEnabled(open && m_request.isDecision());
    m_reject->setEnabled(open && m_request.isDecision());
    m_answer->setEnabled(open && anyAnswered);
    m_sendCorrection->setEnabled(!sending && !m_correction->toPlainText().trimmed().isEmpty());
    for (QuestionCard *card : std::as_const(m_cards))
        card->setEnabled(!sending && !m_decided);
    updateProgress();
}

void ReviewPane::setSending(bool sending, const QString &what)
{
    m_busy->setVisible(sending);
    if (sending) {
        m_status->setStyleSheet({});
        m_status->setText(what);
        m_status->setAccessibleName(what);
        m_status->show();
    }
    updateActions();
}

void ReviewPane::acceptFixes()
{
    if (!m_request.isDecision() || isSending() || m_decided)
        return;
    for (QuestionCard *card : std::as_const(m_cards))
        card->setError({});
    auto *service = app::DecisionService::of(m_services);
    m_operation = service->accept(m_companyId, m_runId, m_request.planVersion);
    app::DecisionOperation *op = m_operation;
    connect(op, &app::DecisionOperation::finished, this, [this, op] { onDecisionFinished(op, {}); });
    setSending(true, tr("Accepting the suggested fixes…"));
}

void ReviewPane::sendAnswers()
{
    if (!(m_request.isDecision() || m_request.isBlocked()) || isSending() || m_decided)
        return;
    QList<app::QuestionAnswer> answers;
    QList<QString> ids;
    QuestionCard *firstUnanswered = nullptr;
    for (QuestionCard *card : std::as_const(m_cards)) {
        card->setError({});
        if (card->isAnswered()) {
            answers.append({card->questionId(), card->answer()});
            ids.append(card->questionId());
        } else if (!firstUnanswered) {
            firstUnanswered = card;
        }
    }
    if (m_request.isBlocked() && firstUnanswered) {
        // A blocked run needs every question answered (API §3.2.6: one entry per question).
        firstUnanswered->setError(tr("This question needs an answer before the import can go on."));
        setCurrentIndex(int(m_cards.indexOf(firstUnanswered)));
        firstUnanswered->focusFirstControl();
        return;
    }
    if (answers.isEmpty()) {
        showError(tr("Choose an answer first (keys 1–9), or accept the suggested fixes."), {}, {});
        if (m_current >= 0)
            m_cards.at(m_current)->focusFirstControl();
        return;
    }

    if (m_request.isBlocked()) {
        auto *request = new app::ImportMessageRequest(m_companyId, m_runId, answers, this);
        m_message = request;
        const QString companyId = m_companyId;
        const QString runId = m_runId;
        connect(request, &app::ApiRequest::finished, this, [this, request, ids, companyId, runId] {
            request->deleteLater();
            if (m_message != request)
                return;
            m_message = nullptr;
            setSending(false);
            const app::ApiResult &result = request->result();
            if (!result.ok()) {
                showError(result.message, app::DecisionRequest::fieldOfMessage(result.message), ids);
                return;
            }
            m_decided = true;
            showSuccess(tr("Answers sent — the import goes on."));
            emit decisionSent(companyId, runId, QString());
        });
        setSending(true, tr("Sending %n answer(s)…", nullptr, int(answers.size())));
        request->start(m_services.session()->connection());
        return;
    }

    auto *service = app::DecisionService::of(m_services);
    m_operation = service->answer(m_companyId, m_runId, m_request.planVersion, answers);
    app::DecisionOperation *op = m_operation;
    connect(op, &app::DecisionOperation::finished, this, [this, op, ids] { onDecisionFinished(op, ids); });
    setSending(true, tr("Sending %n answer(s)…", nullptr, int(answers.size())));
}

void ReviewPane::rejectRows()
{
    if (!m_request.isDecision() || isSending() || m_decided)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Reject the suggested fixes?"),
                        tr("The import completes without fixing anything: the flagged rows are stored "
                           "but stay out of the valid rows and their download. The plan does not change."),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmReject"));
    QPushButton *reject = box->addButton(tr("&Reject"), QMessageBox::DestructiveRole);
    reject->setObjectName(QStringLiteral("confirmRejectButton"));
    reject->setAccessibleName(tr("Reject the suggested fixes"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, reject](QAbstractButton *button) {
        if (button != reject || isSending() || m_decided)
            return;
        auto *service = app::DecisionService::of(m_services);
        m_operation = service->reject(m_companyId, m_runId, m_request.planVersion);
        app::DecisionOperation *op = m_operation;
        connect(op, &app::DecisionOperation::finished, this, [this, op] { onDecisionFinished(op, {}); });
        setSending(true, tr("Rejecting…"));
    });
    // Back on the question the user was at (Escape or Cancel changes nothing).
    connect(box, &QMessageBox::finished, this, [this] {
        if (m_current >= 0 && m_current < m_cards.size() && m_cards.at(m_current)->isEnabled())
            m_cards.at(m_current)->focusFirstControl();
    });
    box->open();
}

void ReviewPane::onDecisionFinished(app::DecisionOperation *op, const QList<QString> &answerIds)
{
    if (m_operation != op)
        return; // another run is shown now
    m_operation = nullptr;
    setSending(false);
    if (!op->succeeded()) {
        QString message = op->message();
        switch (op->outcome()) {
        case app::DecisionOperation::Outcome::Conflict:
            message = tr("The run is no longer waiting for a decision: %1").arg(message);
            break;
        case app::DecisionOperation::Outcome::Unsettled:
            message =
                tr("Not settled yet: %1 The console sends it again when it next connects.").arg(message);
            break;
        default:
            break;
        }
        showError(message, op->field(), answerIds);
        return;
    }
    m_decided = true;
    const bool rejected = op->kind() == app::DecisionRequest::Kind::Reject;
    QString text;
    if (rejected)
        text = tr("Rejected — the run completes without the flagged rows in the valid data.");
    else if (op->planVersionBefore() > 0)
        text = tr("Plan version %1 — re-run started.").arg(op->planVersionBefore() + 1);
    else
        text = tr("New plan version — re-run started.");
    if (op->outcome() == app::DecisionOperation::Outcome::Recovered)
        text += QLatin1Char(' ') + tr("(The decision had reached the server already.)");
    showSuccess(text);
    const QString answered = op->answeredRunId();
    emit decisionSent(op->companyId(), op->runId(),
                      !answered.isEmpty() && answered != op->runId() ? answered : QString());
}

void ReviewPane::showSuccess(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #1b6e20; font-weight: 600;"));
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->show();
    updateActions();
}

void ReviewPane::showError(const QString &message, const QString &field, const QList<QString> &answerIds)
{
    // On the question it concerns when the server names one (answers[i] → the i-th answer sent).
    const int index = app::DecisionRequest::answerIndexOfField(field);
    if (index >= 0 && index < answerIds.size()) {
        for (int i = 0; i < m_cards.size(); ++i) {
            if (m_cards.at(i)->questionId() != answerIds.at(index))
                continue;
            m_cards.at(i)->setError(message);
            setCurrentIndex(i);
            m_cards.at(i)->focusFirstControl();
            m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_status->setText(tr("Question %1: %2").arg(i + 1).arg(message));
            m_status->setAccessibleName(m_status->text());
            m_status->show();
            return;
        }
    }
    m_status->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_status->setText(field.isEmpty() ? message : tr("%1 (%2)").arg(message, field));
    m_status->setAccessibleName(m_status->text());
    m_status->show();
}

void ReviewPane::sendCorrection()
{
    const QString text = m_correction->toPlainText().trimmed();
    if (text.isEmpty() || m_runId.isEmpty() || isSending())
        return;
    auto *request = new app::ImportMessageRequest(m_companyId, m_runId, text, this);
    m_message = request;
    const QString companyId = m_companyId;
    const QString runId = m_runId;
    connect(request, &app::ApiRequest::finished, this, [this, request, companyId, runId] {
        request->deleteLater();
        if (m_message != request)
            return;
        m_message = nullptr;
        m_busy->hide();
        const app::ApiResult &result = request->result();
        if (!result.ok()) {
            m_correctionStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_correctionStatus->setText(result.message);
        } else {
            m_correctionStatus->setStyleSheet(QStringLiteral("color: #1b6e20;"));
            m_correctionStatus->setText(tr("Correction sent."));
            m_correction->clear();
            emit correctionSent(companyId, runId);
        }
        m_correctionStatus->setAccessibleName(m_correctionStatus->text());
        m_correctionStatus->show();
        updateActions();
    });
    m_correctionStatus->setStyleSheet({});
    m_correctionStatus->setText(tr("Sending the correction…"));
    m_correctionStatus->show();
    m_busy->show();
    updateActions();
    request->start(m_services.session()->connection());
}

} // namespace godwit::ui
