// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accountpage.h"

#include "app/accountservice.h"
#include "app/session.h"
#include "ui/accountmodels.h"

#include <QDataStream>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace godwit::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setTextElideMode(Qt::ElideMiddle);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent, QLabel **titleLabel = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (titleLabel)
        *titleLabel = label;
    return box;
}

} // namespace

AccountPage::AccountPage(app::Session *session, app::AccountService *account, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_account(account)
    , m_sourcesModel(new SourcesModel(this))
    , m_templatesModel(new TemplatesModel(this))
    , m_columnsModel(new TemplateColumnsModel(this))
{
    setAccessibleName(tr("Account"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Account"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    header->addStretch(1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setAccessibleName(tr("Refresh sources and templates"));
    m_refresh->setToolTip(tr("Load the account's sources and templates again"));
    header->addWidget(m_refresh);
    layout->addLayout(header);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Account status"));
    layout->addWidget(m_message);

    // When the local server dies: the last lines it wrote, as it wrote them.
    m_serverOutput = new QPlainTextEdit(this);
    m_serverOutput->setReadOnly(true);
    m_serverOutput->setAccessibleName(tr("Local server output"));
    m_serverOutput->setAccessibleDescription(tr("The last lines the local server wrote before it stopped"));
    m_serverOutput->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_serverOutput->setFont(mono);
    m_serverOutput->setMaximumHeight(QFontMetrics(mono).lineSpacing() * 8 + 12);
    m_serverOutput->hide();
    layout->addWidget(m_serverOutput);

    m_sourcesView = makeTable(m_sourcesModel, tr("Sources"), this);
    m_templatesView = makeTable(m_templatesModel, tr("Templates"), this);
    m_columnsView = makeTable(m_columnsModel, tr("Template columns"), this);
    m_columnsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_columnsView->setTextElideMode(Qt::ElideRight);
    // Descriptions are sentences: wrap them rather than cut them.
    m_columnsView->setWordWrap(true);
    m_columnsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_templatesView->horizontalHeader()->setStretchLastSection(false);
    m_templatesView->horizontalHeader()->setSectionResizeMode(TemplatesModel::NameColumn,
                                                              QHeaderView::Stretch);
    m_templatesView->horizontalHeader()->setSectionResizeMode(TemplatesModel::ColumnsColumn,
                                                              QHeaderView::ResizeToContents);

    m_left = new QSplitter(Qt::Vertical, this);
    m_left->setChildrenCollapsible(false);
    m_left->addWidget(titled(tr("&Sources"), m_sourcesView, m_left));
    m_left->addWidget(titled(tr("&Templates"), m_templatesView, m_left));
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setChildrenCollapsible(false);
    m_outer->addWidget(m_left);
    m_outer->addWidget(titled(tr("Columns"), m_columnsView, m_outer, &m_columnsTitle));
    m_outer->setStretchFactor(0, 2);
    m_outer->setStretchFactor(1, 3);
    m_outer->setSizes({360, 640}); // first run; the user's own split is restored over it
    layout->addWidget(m_outer, 1);

    connect(m_refresh, &QPushButton::clicked, m_account, &app::AccountService::refresh);
    connect(m_account, &app::AccountService::loaded, this, &AccountPage::updateFromAccount);
    connect(m_account, &app::AccountService::loadFailed, this, &AccountPage::updateMessage);
    connect(m_account, &app::AccountService::loadingChanged, this, &AccountPage::updateMessage);
    connect(m_session, &app::Session::stateChanged, this, &AccountPage::updateMessage);
    connect(m_templatesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountPage::showSelectedTemplate);
    updateFromAccount();
}

void AccountPage::updateFromAccount()
{
    const QString selectedId = [this] {
        const engine::Template *t = m_templatesModel->templateAt(m_templatesView->currentIndex().row());
        return t ? t->id : QString();
    }();
    m_sourcesModel->setSources(m_account->sources());
    m_templatesModel->setTemplates(m_account->templates());
    m_sourcesView->resizeColumnToContents(SourcesModel::NameColumn);
    m_templatesView->resizeColumnToContents(TemplatesModel::NameColumn);
    int row = 0;
    for (int i = 0; i < m_account->templates().size(); ++i) {
        if (m_account->templates().at(i).id == selectedId)
            row = i;
    }
    if (m_templatesModel->rowCount() > 0)
        m_templatesView->setCurrentIndex(m_templatesModel->index(row, 0));
    showSelectedTemplate();
    updateMessage();
}

void AccountPage::showSelectedTemplate()
{
    const engine::Template *tmpl = m_templatesModel->templateAt(m_templatesView->currentIndex().row());
    if (!tmpl) {
        m_columnsModel->clear();
        m_columnsTitle->setText(tr("Columns"));
        return;
    }
    m_columnsModel->setTemplate(*tmpl, m_account->templates());
    m_columnsTitle->setText(tr("Columns of %1").arg(tmpl->name));
    // Fit the short columns, cap the long ones (a regex, an enum list): the full text is in the tooltip,
    // and the description always stays in view.
    m_columnsView->resizeColumnsToContents();
    const int cap =
        qMax(m_columnsView->fontMetrics().averageCharWidth() * 32, m_columnsView->viewport()->width() / 4);
    for (int column : {TemplateColumnsModel::NameColumn, TemplateColumnsModel::RuleColumn})
        m_columnsView->setColumnWidth(column, qMin(m_columnsView->columnWidth(column) + 12, cap));
}

void AccountPage::updateMessage()
{
    using State = app::Session::State;
    const State state = m_session->state();
    QString text;
    if (m_account->isLoading()) {
        text = tr("Loading sources and templates…");
    } else if (state != State::Connected) {
        text = state == State::StartingServer || state == State::Connecting
                   ? tr("Connecting to %1…").arg(m_session->profile().name)
                   : tr("Not connected to %1 (%2). %3")
                         .arg(m_session->profile().name, app::Session::stateText(state), m_session->detail());
        // The data shown is what the server said last; say so rather than hide it.
        if (m_account->isLoaded())
            text += QLatin1Char(' ') + tr("The lists below are from the last successful connection.");
    } else if (!m_account->errorString().isEmpty()) {
        text = tr("Could not load the account: %1").arg(m_account->errorString());
    } else if (m_account->isLoaded()) {
        text = tr("%n source(s) and %1 available on %2.", nullptr, int(m_account->sources().size()))
                   .arg(tr("%n template(s)", nullptr, int(m_account->templates().size())),
                        m_session->profile().name);
    }
    m_message->setText(text.trimmed());
    const QString diagnostics = state == State::Failed ? m_session->diagnostics() : QString();
    if (m_serverOutput->toPlainText() != diagnostics)
        m_serverOutput->setPlainText(diagnostics);
    m_serverOutput->setVisible(!diagnostics.isEmpty());
    m_refresh->setEnabled(state == State::Connected && !m_account->isLoading());
}

QByteArray AccountPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_outer->saveState() << m_left->saveState();
    return state;
}

void AccountPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray outer;
    QByteArray left;
    stream >> outer >> left;
    if (stream.status() == QDataStream::Ok) {
        m_outer->restoreState(outer);
        m_left->restoreState(left);
    }
}

} // namespace godwit::ui
