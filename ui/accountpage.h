// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace godwit::app {
class AccountService;
class Session;
} // namespace godwit::app

namespace godwit::ui {

class SourcesModel;
class TemplateColumnsModel;
class TemplatesModel;

// The connected account at a glance: its sources, its templates, and the selected template's
// columns with required, unique and rule.
class AccountPage : public QWidget {
    Q_OBJECT
public:
    AccountPage(app::Session *session, app::AccountService *account, QWidget *parent = nullptr);

    QTableView *sourcesView() const { return m_sourcesView; }
    QTableView *templatesView() const { return m_templatesView; }
    QTableView *columnsView() const { return m_columnsView; }
    QLabel *messageLabel() const { return m_message; }
    QPlainTextEdit *serverOutput() const { return m_serverOutput; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    void updateFromAccount();
    void updateMessage();
    void showSelectedTemplate();

    app::Session *m_session;
    app::AccountService *m_account;
    SourcesModel *m_sourcesModel;
    TemplatesModel *m_templatesModel;
    TemplateColumnsModel *m_columnsModel;
    QLabel *m_message;
    QPlainTextEdit *m_serverOutput;
    QPushButton *m_refresh;
    QTableView *m_sourcesView;
    QTableView *m_templatesView;
    QTableView *m_columnsView;
    QLabel *m_columnsTitle;
    QSplitter *m_outer;
    QSplitter *m_left;
};

} // namespace godwit::ui
