// SPDX-License-Identifier: GPL-3.0-or-later
// The review pane, offscreen, against a real godwit-server: an import of a file with several kinds
// of bad rows pauses at needs_attention; every question is answered with the keyboard alone
// (QTest::keyClick: digits, J/K, Alt+Down, Ctrl+Enter), decisionSent fires, and the re-run
// completes with plan version 2 (read back with GET). Accept and reject from the keyboard too;
// a refused answer lands on its question; a long prompt renders whole. Grabs of every screen.
#include "app/api/apiconnection.h"
#include "app/createservice.h"
#include "app/i18n.h"
#include "app/services.h"
#include "app/session.h"
#include "server/importclient.h"
#include "support/serverprocess.h"
#include "ui/guihelpers.h"
#include "ui/review/questioncard.h"
#include "ui/review/reviewpane.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using godwit::test::ImportClient;

namespace {

// Contacts with five kinds of trouble: bad e-mails, a repeated e-mail, bad phone numbers, dates
// that are no dates, and yes/no answers that are neither.
const QByteArray kTroubledContacts = "first_name,last_name,email,phone,birth_date,opted_in\r\n"
                                     "Ana,Müller,ana@example.com,+49 30 1234567,1980-01-31,yes\r\n"
                                     "Ben,Smith,ben-at-example.org,+44 20 7946 0958,1975-12-01,no\r\n"
                                     "Chloé,Dubois,chloe@example.fr,12,2001-07-14,perhaps\r\n"
                                     "Dmitri,Rossi,dmitri@example.com,+1 212 555 0100,not a date,no\r\n"
                                     "Élodie,García,elodie@@example,+34 91 123 45 67,1990-02-30,yes\r\n"
                                     "Fiona,Walsh,fiona@example.ie,99,1985-05-05,sometimes\r\n"
                                     "Gus,Moreau,ana@example.com,+33 1 42 68 53 00,1970-03-03,no\r\n";

// `widget` is shown and inside `ancestor` (a hidden widget may hold the focus in name only).
bool isIn(const QWidget *widget, const QWidget *ancestor)
{
    if (!widget || !ancestor || !widget->isVisible())
        return false;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (w == ancestor)
            return true;
    return false;
}

} // namespace

class TestReviewPane : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void answersEveryQuestionWithTheKeyboardAlone();
    void acceptsTheSuggestedFixesFromTheKeyboard();
    void rejectAsksFirst();
    void aRefusedAnswerLandsOnItsQuestion();
    void aLongPromptRendersWhole();
    void aBlockedRunAsksForAnswers();
    void everyControlHasAnAccessibleName();

private:
    struct Paused {
        QString companyId;
        QString runId;
        QJsonObject body;
    };
    Paused pausedRun(const QByteArray &csv);
    QJsonObject waitForEnd(const QString &companyId, const QString &runId);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QTemporaryDir m_dir;
    godwit::test::ServerProcess m_server;
    std::unique_ptr<ImportClient> m_client;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Services> m_services;
    std::unique_ptr<ui::ReviewPane> m_pane;
};

void TestReviewPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    app::installTranslations(*qApp, QStringLiteral("en"));
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             m_server.standardError().constData());
    m_client = std::make_unique<ImportClient>(m_server);
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("godwit.ini")), QSettings::IniFormat);
    m_services = std::make_unique<app::Services>(*m_settings);
    // The pane talks through the services' connection: pointed at the test's own server.
    m_services->session()->connection()->configure(m_server.baseUrl(), m_server.apiKey());
    m_services->creates()->openJournal(m_dir.filePath(QStringLiteral("intents.jsonl")));
    QTRY_VERIFY(m_services->creates()->isJournalOpen());

    m_pane = std::make_unique<ui::ReviewPane>(*m_services);
    m_pane->resize(900, 760);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QApplication::setActiveWindow(m_pane.get());
    test::saveGrab(m_pane.get(), QStringLiteral("review-empty"));
}

TestReviewPane::Paused TestReviewPane::pausedRun(const QByteArray &csv)
{
    Paused paused;
    paused.companyId = m_client->createCompany();
    if (paused.companyId.isEmpty())
        return {};
    paused.runId = m_client->importFile(paused.companyId, QStringLiteral("contacts.csv"), csv);
    if (paused.runId.isEmpty())
        return {};
    paused.body = m_client->waitForRun(paused.companyId, paused.runId);
    return paused;
}

// GET …/imports/{run_id} until the run ends (or pauses again).
QJsonObject TestReviewPane::waitForEnd(const QString &companyId, const QString &runId)
{
    return m_client->waitForRun(companyId, runId);
}

void TestReviewPane::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestReviewPane::answersEveryQuestionWithTheKeyboardAlone()
{
    const Paused paused = pausedRun(kTroubledContacts);
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    QCOMPARE(paused.body.value(QLatin1String("plan_version")).toInt(), 1);
    m_pane->showRun(paused.companyId, paused.body);

    const QList<ui::QuestionCard *> cards = m_pane->cards();
    QVERIFY2(cards.size() >= 3, qPrintable(QStringLiteral("%1 question(s)").arg(cards.size())));
    const int count = int(cards.size());
    QCOMPARE(m_pane->currentIndex(), 0);
    QTRY_VERIFY(isIn(QApplication::focusWidget(), cards.first())); // the focus lands on question 1
    m_pane->setFocus(Qt::OtherFocusReason); // as the monitor does when it shows the pane
    QTRY_VERIFY(isIn(QApplication::focusWidget(), cards.first()));
    QVERIFY(m_pane->progressLabel()->text().startsWith(QStringLiteral("Question 1 of %1").arg(count)));
    QVERIFY(!m_pane->answerButton()->isEnabled()); // nothing chosen yet
    // The first card's samples show before → after the suggested fix.
    QVERIFY(cards.first()->samplesTable());
    QVERIFY(cards.first()->samplesTable()->rowCount() > 0);
    test::saveGrab(m_pane.get(), QStringLiteral("review-needs-attention"));

    // Down the list: J, Alt+Down and PageDown move on; K goes back.
    press(Qt::Key_J);
    QCOMPARE(m_pane->currentIndex(), 1);
    QTRY_VERIFY(isIn(QApplication::focusWidget(), cards.at(1)));
    press(Qt::Key_K);
    QCOMPARE(m_pane->currentIndex(), 0);
    QTRY_VERIFY(isIn(QApplication::focusWidget(), cards.at(0)));

    for (int i = 0; i < count; ++i) {
        ui::QuestionCard *card = cards.at(i);
        QCOMPARE(m_pane->currentIndex(), i);
        QVERIFY(m_pane->progressLabel()->text().startsWith(
            QStringLiteral("Question %1 of %2").arg(i + 1).arg(count)));
        if (card->optionCount() > 0) {
            // The last option (usually "Delete these rows" or "Leave empty"): its digit.
            const int option = qMin(card->optionCount(), 9);
            press(Qt::Key_0 + option);
            QCOMPARE(card->chosenOption(), option - 1);
        } else {
            QVERIFY(card->customEdit());
            press(Qt::Key_1);
            QTRY_COMPARE(QApplication::focusWidget(), card->customEdit());
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("n/a"));
        }
        QVERIFY2(card->isAnswered(), qPrintable(card->question().prompt));
        if (i == 1)
            test::saveGrab(m_pane.get(), QStringLiteral("review-answering"));
        if (i + 1 < count) {
            // Alternate the ways on: Alt+Down from a radio button, PageDown, J.
            press(i % 3 == 0   ? Qt::Key_Down
                  : i % 3 == 1 ? Qt::Key_PageDown
                               : Qt::Key_J,
                  i % 3 == 0 ? Qt::AltModifier : Qt::NoModifier);
            QCOMPARE(m_pane->currentIndex(), i + 1);
        }
    }
    QVERIFY(m_pane->answerButton()->isEnabled());
    QVERIFY(m_pane->progressLabel()->text().contains(QStringLiteral("(%1 answered)").arg(count)));
    test::saveGrab(m_pane.get(), QStringLiteral("review-all-answered"));

    QSignalSpy sent(m_pane.get(), &ui::ReviewPane::decisionSent);
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_pane->isSending() || !sent.isEmpty());
    test::saveGrab(m_pane.get(), QStringLiteral("review-sending"));
    QVERIFY(!sent.isEmpty() || sent.wait(20000)); // it may have been sent already (line above)
    QCOMPARE(sent.first().at(0).toString(), paused.companyId);
    QCOMPARE(sent.first().at(1).toString(), paused.runId);
    QCOMPARE(sent.first().at(2).toString(), QString()); // the same run goes on
    QVERIFY2(m_pane->statusLabel()->text().contains(QLatin1String("Plan version 2")),
             qPrintable(m_pane->statusLabel()->text()));
    QVERIFY(!m_pane->answerButton()->isEnabled());
    QVERIFY(!m_pane->acceptButton()->isEnabled());
    test::saveGrab(m_pane.get(), QStringLiteral("review-sent"));

    const QJsonObject after = waitForEnd(paused.companyId, paused.runId);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QLatin1String("plan_version")).toInt(), 2);

    // The monitor shows the run again: nothing left to review.
    m_pane->showRun(paused.companyId, after);
    QVERIFY(m_pane->cards().isEmpty());
    QVERIFY(m_pane->statusLabel()->isVisible()); // the outcome stays in view
    test::saveGrab(m_pane.get(), QStringLiteral("review-completed"));
}

void TestReviewPane::acceptsTheSuggestedFixesFromTheKeyboard()
{
    const Paused paused = pausedRun(test::kBadEmails);
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    m_pane->showRun(paused.companyId, paused.body);
    QTRY_VERIFY(isIn(QApplication::focusWidget(), m_pane->cards().value(0)));
    // The same poll again (the monitor refreshes) keeps what was chosen.
    press(Qt::Key_1);
    QVERIFY(m_pane->cards().first()->isAnswered());
    m_pane->showRun(paused.companyId, paused.body);
    QVERIFY(m_pane->cards().first()->isAnswered());

    QSignalSpy sent(m_pane.get(), &ui::ReviewPane::decisionSent);
    press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(sent.wait(20000));
    QVERIFY2(m_pane->statusLabel()->text().contains(QLatin1String("Plan version 2")),
             qPrintable(m_pane->statusLabel()->text()));
    const QJsonObject after = waitForEnd(paused.companyId, paused.runId);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QLatin1String("plan_version")).toInt(), 2);
    QCOMPARE(after.value(QLatin1String("report")).toObject().value(QLatin1String("invalidCellCount")).toInt(),
             0);
}

void TestReviewPane::rejectAsksFirst()
{
    const Paused paused = pausedRun(test::kBadEmails);
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    m_pane->showRun(paused.companyId, paused.body);
    QTRY_VERIFY(isIn(QApplication::focusWidget(), m_pane->cards().value(0)));
    QSignalSpy sent(m_pane.get(), &ui::ReviewPane::decisionSent);

    // Ctrl+Shift+R asks; Escape keeps everything as it was.
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_pane->findChild<QMessageBox *>(QStringLiteral("confirmReject"))) &&
                box->isVisible());
    test::saveGrab(box, QStringLiteral("review-reject-confirm"));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_pane->findChild<QMessageBox *>(QStringLiteral("confirmReject")));
    QApplication::setActiveWindow(m_pane.get()); // the offscreen platform does not hand it back
    QTRY_VERIFY(isIn(QApplication::focusWidget(), m_pane->cards().value(0)));
    QTest::qWait(100);
    QVERIFY(sent.isEmpty());
    QCOMPARE(m_client->poll(paused.companyId, paused.runId).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));

    // Again, and the box's Reject button (Tab to it, Space) rejects.
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((box = m_pane->findChild<QMessageBox *>(QStringLiteral("confirmReject"))) &&
                box->isVisible());
    auto *reject = box->findChild<QPushButton *>(QStringLiteral("confirmRejectButton"));
    QVERIFY(reject);
    reject->setFocus(Qt::TabFocusReason);
    QTest::keyClick(reject, Qt::Key_Space);
    QVERIFY(sent.wait(20000));
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY(m_pane->statusLabel()->text().startsWith(QLatin1String("Rejected")));
    const QJsonObject after = m_client->poll(paused.companyId, paused.runId);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QLatin1String("plan_version")).toInt(), 1);
    test::saveGrab(m_pane.get(), QStringLiteral("review-rejected"));
}

void TestReviewPane::aRefusedAnswerLandsOnItsQuestion()
{
    const Paused paused = pausedRun(kTroubledContacts);
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    // The second question as the server does not know it (as if the run had been re-asked
    // meanwhile): the server's 400 names answers[1].id, and the pane shows it on that card.
    QJsonObject body = paused.body;
    QJsonObject attention = body.value(QLatin1String("needs_attention")).toObject();
    QJsonArray questions = attention.value(QLatin1String("questions")).toArray();
    QVERIFY(questions.size() >= 2);
    QJsonObject second = questions.at(1).toObject();
    second.insert(QStringLiteral("id"), QStringLiteral("fq-gone"));
    questions.replace(1, second);
    attention.insert(QStringLiteral("questions"), questions);
    body.insert(QStringLiteral("needs_attention"), attention);
    m_pane->showRun(paused.companyId, body);
    QTRY_VERIFY(isIn(QApplication::focusWidget(), m_pane->cards().value(0)));

    press(Qt::Key_1);
    press(Qt::Key_J);
    press(Qt::Key_1);
    press(Qt::Key_K);
    QCOMPARE(m_pane->currentIndex(), 0);
    QSignalSpy sent(m_pane.get(), &ui::ReviewPane::decisionSent);
    press(Qt::Key_Return, Qt::ControlModifier);
    ui::QuestionCard *card = m_pane->cards().at(1);
    QTRY_VERIFY_WITH_TIMEOUT(!card->error().isEmpty(), 20000);
    QVERIFY2(card->error().contains(QLatin1String("fq-gone")), qPrintable(card->error()));
    QCOMPARE(m_pane->currentIndex(), 1);
    QVERIFY(isIn(QApplication::focusWidget(), card));
    QVERIFY(m_pane->cards().at(0)->error().isEmpty());
    QVERIFY(sent.isEmpty());
    QVERIFY(m_pane->answerButton()->isEnabled()); // correct it and send again
    test::saveGrab(m_pane.get(), QStringLiteral("review-refused-answer"));

    // A correction (Ctrl+Enter in its box sends it, not the answers) the server cannot read: its 400,
    // which says what a correction of a company import looks like, shows under the box.
    QSignalSpy corrected(m_pane.get(), &ui::ReviewPane::correctionSent);
    m_pane->correctionEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(m_pane->correctionEdit(), QStringLiteral("dates are day-first"));
    QCOMPARE(m_pane->correctionEdit()->toPlainText(),
             QStringLiteral("dates are day-first")); // J/K/digits type
    press(Qt::Key_Return, Qt::ControlModifier);
    auto *status = m_pane->findChild<QLabel *>(QStringLiteral("correctionStatus"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("I don't understand")), 20000);
    QVERIFY(corrected.isEmpty());
    QVERIFY(sent.isEmpty());
    test::saveGrab(m_pane.get(), QStringLiteral("review-correction-refused"));
    QCOMPARE(m_client->poll(paused.companyId, paused.runId).value(QLatin1String("status")).toString(),
             QStringLiteral("needs_attention"));
}

void TestReviewPane::aLongPromptRendersWhole()
{
    // Rendering only: a question as the API documents it (§3.2.4), with a prompt longer than a line.
    const QString prompt = QStringLiteral(
        "The column “Customer e-mail address (primary, as entered by the sales team in the old CRM)” has "
        "values that are not e-mail addresses, several of them with two @ signs or none at all, and a few "
        "that look like phone numbers typed into the wrong field. What should happen to these values before "
        "the import goes on?");
    const QJsonObject question{
        {QStringLiteral("id"), QStringLiteral("fq0")},
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("context"), QStringLiteral("37 rows fail the email rule.")},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("sheet_id"), QStringLiteral("s1")},
                     {QStringLiteral("column"), QStringLiteral("email")},
                     {QStringLiteral("affected_count"), 37},
                     {QStringLiteral("sample_values"),
                      QJsonArray{QStringLiteral("ben-at-example.org"), QStringLiteral("elodie@@example"),
                                 QStringLiteral("+49 30 1234567")}},
                     {QStringLiteral("error"), QStringLiteral("email")}}},
        {QStringLiteral("relevant_columns"), QJsonArray{QStringLiteral("email")}},
        {QStringLiteral("options"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("clear")},
                                {QStringLiteral("label"), QStringLiteral("Clear the e-mail")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("delete_rows")},
                                {QStringLiteral("label"), QStringLiteral("Delete these rows")}}}},
        {QStringLiteral("allow_custom"), true}};
    const QJsonObject run{
        {QStringLiteral("run_id"), QStringLiteral("long-prompt")},
        {QStringLiteral("status"), QStringLiteral("needs_attention")},
        {QStringLiteral("plan_version"), 3},
        {QStringLiteral("report"), QJsonObject{{QStringLiteral("invalidCellCount"), 37}}},
        {QStringLiteral("needs_attention"),
         QJsonObject{
             {QStringLiteral("questions"), QJsonArray{question}},
             {QStringLiteral("proposed_patch"),
              QJsonObject{{QStringLiteral("summary"), QStringLiteral("Clear the 37 invalid e-mails.")},
                          {QStringLiteral("actions"),
                           QJsonArray{QJsonObject{{QStringLiteral("sheet_id"), QStringLiteral("s1")},
                                                  {QStringLiteral("action"), QStringLiteral("set_value")},
                                                  {QStringLiteral("column"), QStringLiteral("email")},
                                                  {QStringLiteral("value"), QString()}}}}}}}}};
    m_pane->resize(560, 700);
    m_pane->showRun(QStringLiteral("company"), run);
    ui::QuestionCard *card = m_pane->cards().value(0);
    QVERIFY(card);
    auto *label = card->findChild<QLabel *>(QStringLiteral("questionPrompt"));
    QVERIFY(label);
    QCOMPARE(label->text(), prompt);
    QTRY_VERIFY(label->height() > 3 * label->fontMetrics().height()); // wrapped, not cut
    QTableWidget *samples = card->samplesTable();
    QCOMPARE(samples->rowCount(), 3);
    QCOMPARE(samples->item(0, 0)->text(), QStringLiteral("ben-at-example.org"));
    QCOMPARE(samples->item(0, 1)->text(), QStringLiteral("(empty)"));
    QVERIFY(card->customEdit());
    // The own answer: 3 (after two options), then type.
    press(Qt::Key_3);
    QTRY_COMPARE(QApplication::focusWidget(), card->customEdit());
    QTest::keyClicks(card->customEdit(), QStringLiteral("unknown@example.com"));
    QVERIFY(card->isAnswered());
    QCOMPARE(card->answer(), QStringLiteral("unknown@example.com"));
    test::saveGrab(m_pane.get(), QStringLiteral("review-long-prompt"));
    m_pane->resize(900, 760);
}

void TestReviewPane::aBlockedRunAsksForAnswers()
{
    // The local server pauses a company's first import at blocked when two file columns fit one
    // template column equally (docs/api.md, "When an import blocks").
    const QByteArray ambiguous = "first_name,last_name,Email,E-mail\r\n"
                                 "Ana,Müller,ana@example.com,ana@example.org\r\n"
                                 "Ben,Smith,ben@example.com,ben@example.org\r\n";
    const Paused paused = pausedRun(ambiguous);
    const QString status = paused.body.value(QLatin1String("status")).toString();
    QCOMPARE(status, QStringLiteral("blocked"));
    m_pane->showRun(paused.companyId, paused.body);
    QVERIFY(!m_pane->cards().isEmpty());
    QVERIFY(!m_pane->acceptButton()->isVisible());
    QVERIFY(!m_pane->rejectButton()->isVisible());
    QVERIFY(m_pane->correctionEdit()->isVisible());
    QTRY_VERIFY(isIn(QApplication::focusWidget(), m_pane->cards().first()));
    for (int i = 0; i < m_pane->cards().size(); ++i) {
        press(Qt::Key_1);
        press(Qt::Key_J);
    }
    QVERIFY(
        !m_pane->findChild<QLabel *>(QStringLiteral("keyLegend"))->text().contains(QLatin1String("accept")));
    QTest::qWait(50); // the layout's pass after the hidden buttons, before the grab
    test::saveGrab(m_pane.get(), QStringLiteral("review-blocked"));
    QSignalSpy sent(m_pane.get(), &ui::ReviewPane::decisionSent);
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(sent.wait(20000));
    // The answer (option 1 of each question) pins the column in plan version 1 and the pass runs.
    const QJsonObject after = waitForEnd(paused.companyId, paused.runId);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QLatin1String("plan_version")).toInt(), 1);
}

void TestReviewPane::everyControlHasAnAccessibleName()
{
    const Paused paused = pausedRun(kTroubledContacts);
    QCOMPARE(paused.body.value(QLatin1String("status")).toString(), QStringLiteral("needs_attention"));
    m_pane->showRun(paused.companyId, paused.body);
    const QStringList unnamed = test::unnamedControls(m_pane.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    for (QPushButton *button : {m_pane->acceptButton(), m_pane->answerButton(), m_pane->rejectButton()}) {
        QVERIFY(!button->accessibleDescription().isEmpty());
        QVERIFY(!button->toolTip().isEmpty()); // the keys
    }
    for (ui::QuestionCard *card : m_pane->cards())
        for (int i = 0; i < card->optionCount(); ++i)
            QVERIFY(card->optionButton(i)->toolTip().contains(QString::number(i + 1)));
    QVERIFY(!m_pane->correctionEdit()->accessibleName().isEmpty());
}

QTEST_MAIN(TestReviewPane)
#include "tst_reviewpane.moc"
