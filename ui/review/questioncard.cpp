// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/questioncard.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {
constexpr int kMaxSampleRows = 5;
}

QuestionCard::QuestionCard(const ReviewQuestion &question, int number, int count, QWidget *parent)
    : QFrame(parent)
    , m_question(question)
    , m_number(number)
{
    setObjectName(QStringLiteral("questionCard"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Question %1 of %2: %3").arg(number).arg(count).arg(question.prompt));
    setAccessibleDescription(question.context);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);

    m_title = new QLabel(tr("Question %1 of %2").arg(number).arg(count), this);
    m_title->setObjectName(QStringLiteral("questionNumber"));
    QFont small = m_title->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_title->setFont(small);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);

    auto *prompt = new QLabel(question.prompt, this);
    prompt->setObjectName(QStringLiteral("questionPrompt"));
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    QFont bold = prompt->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.08);
    prompt->setFont(bold);
    layout->addWidget(prompt);

    if (!question.context.isEmpty()) {
        auto *context = new QLabel(question.context, this);
        context->setObjectName(QStringLiteral("questionContext"));
        context->setWordWrap(true);
        context->setTextFormat(Qt::PlainText);
        layout->addWidget(context);
    }

    QStringList facts;
    if (!question.column.isEmpty())
        facts.append(tr("Column: %1").arg(question.column));
    if (question.affected >= 0)
        facts.append(tr("%n row(s) affected", nullptr, int(qMin<qint64>(question.affected, INT_MAX))));
    if (!question.error.isEmpty())
        facts.append(tr("Rule: %1").arg(question.error));
    if (!facts.isEmpty()) {
        auto *meta = new QLabel(facts.join(QStringLiteral("  ·  ")), this);
        meta->setObjectName(QStringLiteral("questionFacts"));
        meta->setWordWrap(true);
        meta->setTextFormat(Qt::PlainText);
        meta->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(meta);
    }

    if (!question.changes.isEmpty()) {
        const int rows = int(qMin<qsizetype>(question.changes.size(), kMaxSampleRows));
        m_samples = new QTableWidget(rows, 2, this);
        m_samples->setObjectName(QStringLiteral("sampleValues"));
        m_samples->setHorizontalHeaderLabels({tr("Before"), tr("After the suggested fix")});
        m_samples->setAccessibleName(tr("Sample values of %1").arg(question.column));
        m_samples->setAccessibleDescription(
            tr("Flagged values as the file has them, and what the suggested fix makes of them"));
        m_samples->verticalHeader()->hide();
        m_samples->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_samples->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_samples->setSelectionMode(QAbstractItemView::NoSelection);
        m_samples->setFocusPolicy(Qt::NoFocus); // the keys belong to the options
        m_samples->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_samples->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        for (int row = 0; row < rows; ++row) {
            const SampleChange &change = question.changes.at(row);
            auto *before = new QTableWidgetItem(change.before.isEmpty() ? tr("(empty)") : change.before);
            auto *after = new QTableWidgetItem(change.after);
            before->setToolTip(change.before);
            after->setToolTip(change.after);
            if (!change.changed)
                after->setForeground(palette().brush(QPalette::PlaceholderText));
            m_samples->setItem(row, 0, before);
            m_samples->setItem(row, 1, after);
        }
        const int rowHeight = m_samples->fontMetrics().height() + 8;
        m_samples->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_samples->verticalHeader()->setDefaultSectionSize(rowHeight);
        m_samples->setFixedHeight(m_samples->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                                  2 * m_samples->frameWidth());
        layout->addWidget(m_samples);
    }

    if (!question.actions.isEmpty()) {
        QStringList lines;
        for (const QJsonValue &action : question.actions)
            lines.append(ReviewText::describe(action.toObject()));
        lines.removeDuplicates();
        auto *suggested = new QLabel(tr("Suggested fix: %1").arg(lines.join(QStringLiteral("; "))), this);
        suggested->setObjectName(QStringLiteral("suggestedFix"));
        suggested->setWordWrap(true);
        suggested->setTextFormat(Qt::PlainText);
        layout->addWidget(suggested);
    }

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (qsizetype i = 0; i < question.options.size(); ++i) {
        const QuestionOption &option = question.options.at(i);
        const int key = int(i) + 1;
        auto *radio =
            new QRadioButton(key <= 9 ? tr("%1. %2").arg(key).arg(option.label) : option.label, this);
        radio->setObjectName(QStringLiteral("option_") + option.id);
        radio->setAccessibleName(tr("Option %1: %2").arg(key).arg(option.label));
        radio->setAccessibleDescription(tr("Answer to: %1").arg(question.prompt));
        if (key <= 9)
            radio->setToolTip(tr("Press %1 to choose this answer").arg(key));
        m_group->addButton(radio, int(i));
        m_options.append(radio);
        layout->addWidget(radio);
        radio->installEventFilter(this);
    }
    if (question.allowCustom) {
        const int key = int(m_options.size()) + 1;
        m_customChoice =
            new QRadioButton(key <= 9 ? tr("%1. Own answer:").arg(key) : tr("Own answer:"), this);
        m_customChoice->setObjectName(QStringLiteral("customChoice"));
        m_customChoice->setAccessibleName(tr("Option %1: own answer").arg(key));
        m_customChoice->setAccessibleDescription(tr("Answer question %1 in your own words").arg(number));
        if (key <= 9)
            m_customChoice->setToolTip(tr("Press %1 to type your own answer").arg(key));
        m_group->addButton(m_customChoice, int(m_options.size()));
        m_custom = new QLineEdit(this);
        m_custom->setObjectName(QStringLiteral("customAnswer"));
        m_custom->setPlaceholderText(tr("Type your answer"));
        m_custom->setAccessibleName(tr("Own answer to question %1").arg(number));
        m_custom->setAccessibleDescription(question.prompt);
        m_custom->setClearButtonEnabled(true);
        auto *row = new QHBoxLayout;
        row->addWidget(m_customChoice);
        row->addWidget(m_custom, 1);
        layout->addLayout(row);
        m_customChoice->installEventFilter(this);
        m_custom->installEventFilter(this);
        connect(m_custom, &QLineEdit::textEdited, this, [this](const QString &text) {
            if (!text.isEmpty())
                m_customChoice->setChecked(true);
            emit answerChanged();
        });
        connect(m_customChoice, &QRadioButton::toggled, this, [this](bool on) {
            if (on && !m_custom->hasFocus())
                m_custom->setFocus(Qt::OtherFocusReason);
        });
    }
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            setError({});
            emit answerChanged();
        }
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("questionError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_error->hide();
    layout->addWidget(m_error);
    updateStyle();
}

bool QuestionCard::chooseOption(int index)
{
    if (index >= 0 && index < m_options.size()) {
        m_options.at(index)->setChecked(true);
        m_options.at(index)->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (m_customChoice && index == m_options.size()) {
        m_customChoice->setChecked(true);
        m_custom->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    return false;
}

int QuestionCard::chosenOption() const
{
    const int id = m_group->checkedId();
    return id >= 0 && id < m_options.size() ? id : -1;
}

bool QuestionCard::isAnswered() const
{
    if (chosenOption() >= 0)
        return true;
    return m_customChoice && m_customChoice->isChecked() && !m_custom->text().trimmed().isEmpty();
}

QString QuestionCard::answer() const
{
    const int chosen = chosenOption();
    if (chosen >= 0)
        return m_question.options.at(chosen).label;
    if (m_customChoice && m_customChoice->isChecked())
        return m_custom->text().trimmed();
    return {};
}

void QuestionCard::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    updateStyle();
}

void QuestionCard::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_error->setAccessibleName(tr("Error on question %1: %2").arg(m_number).arg(message));
    updateStyle();
}

QString QuestionCard::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void QuestionCard::focusFirstControl()
{
    if (QAbstractButton *checked = m_group->checkedButton()) {
        if (checked == m_customChoice)
            m_custom->setFocus(Qt::OtherFocusReason);
        else
            checked->setFocus(Qt::OtherFocusReason);
    } else if (!m_options.isEmpty()) {
        m_options.first()->setFocus(Qt::OtherFocusReason);
    } else if (m_custom) {
        m_custom->setFocus(Qt::OtherFocusReason);
    }
}

bool QuestionCard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        emit activated();
    return QFrame::eventFilter(watched, event);
}

void QuestionCard::updateStyle()
{
    // The current card stands out; one with an error says so in its border too.
    const bool failed = m_error && m_error->isVisible();
    const QString border = failed      ? QStringLiteral("#b3261e")
                           : m_current ? QStringLiteral("palette(highlight)")
                                       : QStringLiteral("palette(mid)");
    setStyleSheet(QStringLiteral("QFrame#questionCard { border: %1px solid %2; border-radius: 6px;"
                                 " background: palette(base); }")
                      .arg(m_current || failed ? 2 : 1)
                      .arg(border));
}

} // namespace godwit::ui
