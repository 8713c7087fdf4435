// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/review/reviewquestions.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace godwit::app {
class ApiRequest;
class DecisionOperation;
class Services;
} // namespace godwit::app

namespace godwit::ui {

class QuestionCard;

// The review of a paused company import run (generation A).
//  * needs_attention: every question as a card (prompt, context, column, rows affected, samples
//    before → after the suggested fix, options, free text where allowed); "Accept suggested
//    fixes", "Send answers", "Reject" (confirmed first). Decisions go through the intent journal
//    (app::DecisionService).
//  * blocked: the questions with answer fields (POST …/messages).
//  * any run not yet ended: a free-form correction message.
// Keyboard: J / Alt+Down / PageDown next question, K / Alt+Up / PageUp previous, 1–9 choose an
// option of the current question, Ctrl+Enter send answers, Ctrl+Shift+Enter accept the suggested
// fixes, Ctrl+Shift+R reject. The focus lands on the first question.
class ReviewPane : public QWidget {
    Q_OBJECT
public:
    ReviewPane(app::Services &services, QWidget *parent = nullptr);
    ~ReviewPane() override;

    // Shows `run` (its poll body: GET /companies/{id}/imports/{run_id}; run_id may be missing
    // from it when the caller knows it otherwise — then pass it as "run_id" in the object).
    void showRun(const QString &companyId, const QJsonObject &run);

    QString companyId() const { return m_companyId; }
    QString runId() const { return m_runId; }
    const ReviewRequest &request() const { return m_request; }
    QList<QuestionCard *> cards() const { return m_cards; }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    bool isSending() const;

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *answerButton() const { return m_answer; }
    QPushButton *rejectButton() const { return m_reject; }
    QPlainTextEdit *correctionEdit() const { return m_correction; }
    QPushButton *correctionButton() const { return m_sendCorrection; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *progressLabel() const { return m_progressText; }

signals:
    // A decision (or a blocked run's answers) reached the server. The same run goes on (re-runs,
    // or completes after a reject): newRunIdOrEmpty names another run only when the server
    // started a new one instead (the local server never does).
    void decisionSent(const QString &companyId, const QString &runId, const QString &newRunIdOrEmpty);
    // A correction message reached the server.
    void correctionSent(const QString &companyId, const QString &runId);

protected:
    // Focus given to the pane itself goes on to the current question.
    void focusInEvent(QFocusEvent *event) override;

private:
    void build();
    void clearCards();
    void next();
    void previous();
    void chooseOption(int index);
    void updateProgress();
    void updateActions();
    void acceptFixes();
    void sendAnswers();
    void rejectRows();
    void sendCorrection();
    void setSending(bool sending, const QString &what = {});
    void showError(const QString &message, const QString &field, const QList<QString> &answerIds);
    void onDecisionFinished(app::DecisionOperation *op, const QList<QString> &answerIds);
    void showSuccess(const QString &text);

    app::Services &m_services;
    QString m_companyId;
    QString m_runId;
    ReviewRequest m_request;
    QList<QuestionCard *> m_cards;
    int m_current = -1;
    QPointer<app::DecisionOperation> m_operation;
    QPointer<app::ApiRequest> m_message;
    bool m_decided = false;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_progressText = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_cardsHost = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_answer = nullptr;
    QPushButton *m_reject = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_correctionBox = nullptr;
    QPlainTextEdit *m_correction = nullptr;
    QPushButton *m_sendCorrection = nullptr;
    QLabel *m_correctionStatus = nullptr;
};

} // namespace godwit::ui
