// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/review/reviewquestions.h"

#include <QFrame>
#include <QList>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace godwit::ui {

// One question of a paused run as a card: the prompt, why it is asked, the column and how many
// rows it concerns, the sample values before → after the suggested fix, the options (radio
// buttons, chosen with 1–9 through the review pane) and a free-text answer where allowed.
class QuestionCard : public QFrame {
    Q_OBJECT
public:
    QuestionCard(const ReviewQuestion &question, int number, int count, QWidget *parent = nullptr);

    const ReviewQuestion &question() const { return m_question; }
    QString questionId() const { return m_question.id; }
    int number() const { return m_number; }

    int optionCount() const { return int(m_options.size()); }
    // Chooses option `index` (0-based) and gives it the focus; false when there is none.
    bool chooseOption(int index);
    // The chosen option's index, or -1 (none, or the free-text answer).
    int chosenOption() const;
    bool isAnswered() const;
    // What goes to the server: the chosen option's label, or the free text.
    QString answer() const;

    // The current card is outlined and shows its keys.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // The server's message about this question (empty: none).
    void setError(const QString &message);
    QString error() const;
    // Focus on the chosen option, else the first one, else the free-text field.
    void focusFirstControl();

    QRadioButton *optionButton(int index) const { return m_options.value(index); }
    QLineEdit *customEdit() const { return m_custom; }
    QTableWidget *samplesTable() const { return m_samples; }

signals:
    void answerChanged();
    // The user moved into this card (a click, or Tab into one of its controls).
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStyle();

    ReviewQuestion m_question;
    int m_number;
    bool m_current = false;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_samples = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_options;
    QRadioButton *m_customChoice = nullptr;
    QLineEdit *m_custom = nullptr;
};

} // namespace godwit::ui
