// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the previewed file is read, and how sure the detection is: encoding, delimiter, quote and
// header row, each a combo box with its confidence beside it. Changing one asks the page to
// read the file again that way at once. "Settings" switches between what was detected, what the
// user chose for this file last time (remembered), and the current choice.

#include "engine/csvfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace godwit::app {
class PreviewDocument;
}

namespace godwit::ui {

class DialectBar : public QWidget {
    Q_OBJECT
public:
    explicit DialectBar(app::PreviewDocument *document, QWidget *parent = nullptr);

    QComboBox *settingsCombo() const { return m_settings; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *quoteCombo() const { return m_quote; }
    QComboBox *headerCombo() const { return m_header; }
    QLabel *encodingConfidence() const { return m_encodingConfidence; }
    QLabel *delimiterConfidence() const { return m_delimiterConfidence; }
    QLabel *headerConfidence() const { return m_headerConfidence; }
    QPushButton *resetButton() const { return m_reset; }

    static bool sameChoice(const engine::CsvOpenOptions &a, const engine::CsvOpenOptions &b);
    // "delimiter ‘;’, header on line 3": a choice in words, for messages.
    static QString describe(const engine::CsvOpenOptions &choice);
    static QString delimiterName(char delimiter);

signals:
    void choiceChanged(const engine::CsvOpenOptions &choice);

private:
    void refresh();
    void choose(const engine::CsvOpenOptions &choice);
    void setConfidence(QLabel *label, double confidence, bool chosen, const QString &why);

    app::PreviewDocument *m_document;
    QComboBox *m_settings;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_quote;
    QComboBox *m_header;
    QLabel *m_encodingConfidence;
    QLabel *m_delimiterConfidence;
    QLabel *m_headerConfidence;
    QPushButton *m_reset;
    bool m_refreshing = false;
};

} // namespace godwit::ui
