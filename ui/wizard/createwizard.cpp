// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/createwizard.h"

#include "app/accountservice.h"
#include "app/intentjournal.h"
#include "app/services.h"
#include "ui/accountmodels.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace godwit::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
const QColor kErrorColour(0xc8, 0x3a, 0x2c);

// A page whose Finish/Next is enabled by a predicate; recheck() when what it reads changes.
class CheckedPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    void recheck() { emit completeChanged(); }
    bool isComplete() const override { return !complete || complete(); }
};

QTableView *makeColumnsTable(TemplateColumnsModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

// A form row: the label (its mnemonic focuses the field), the field, and under the field what
// is said about it. One box per row, so that a wrapped message takes the height it needs.
void addField(QFormLayout *form, const QString &labelText, QWidget *field, const QList<QWidget *> &below)
{
    QWidget *parent = form->parentWidget();
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    for (QWidget *widget : below)
        column->addWidget(widget);
    auto *label = new QLabel(labelText, parent);
    label->setBuddy(field);
    form->addRow(label, box);
}

// A button on a form row of its own, at its natural width; the row hides with the button's box.
QWidget *buttonRow(QPushButton *button, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    button->setParent(box);
    layout->addWidget(button);
    layout->addStretch(1);
    box->hide();
    return box;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_fieldDescription(field ? field->accessibleDescription() : QString())
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // As wide as the field above it (a form only widens fields that ask to be).
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    hide();
}

void FieldMessage::showError(const QString &text)
{
    m_error = true;
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, kErrorColour);
    setPalette(palette);
    setText(text);
    setVisible(!text.isEmpty());
    setAccessibleName(tr("Error"));
    if (m_field) {
        m_field->setAccessibleDescription(text);
        m_field->setStyleSheet(QStringLiteral("border: 1px solid %1;").arg(kErrorColour.name()));
    }
}

void FieldMessage::showHint(const QString &text)
{
    m_error = false;
    setPalette(QPalette());
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    setPalette(palette);
    setText(text);
    setVisible(!text.isEmpty());
    setAccessibleName(tr("Hint"));
    if (m_field) {
        m_field->setAccessibleDescription(m_fieldDescription);
        m_field->setStyleSheet({});
    }
}

void FieldMessage::clearMessage()
{
    showHint(m_defaultHint);
}

void FieldMessage::setDefaultHint(const QString &text)
{
    m_defaultHint = text;
    if (!m_error)
        showHint(text);
}

QString CreateWizard::externalIdProblem(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (text.size() > 255)
        return tr("At most 255 characters (this is %1)").arg(text.size());
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_-]"));
    QString found;
    for (auto it = bad.globalMatch(text); it.hasNext();) {
        const QString character = it.next().captured();
        const QString shown = character == QLatin1String(" ") ? tr("space") : character;
        if (!found.contains(shown))
            found += (found.isEmpty() ? QString() : QStringLiteral(" ")) + shown;
    }
    if (!found.isEmpty())
        return tr("Only letters A–Z and a–z, digits, - and _ are allowed (not: %1)").arg(found);
    return {};
}

CreateWizard::CreateWizard(app::Services &services, std::optional<Kind> kind, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_fixedKind(kind)
{
    setObjectName(QStringLiteral("createWizard"));
    setWindowTitle(kind == Kind::Company     ? tr("New company")
                   : kind == Kind::Migration ? tr("New migration")
                                             : tr("New company or migration"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(KindPageId, createKindPage());
    setPage(CompanyPageId, createCompanyPage());
    setPage(CompanyTemplatesPageId, createCompanyTemplatesPage());
    setPage(DestinationPageId, createDestinationPage());
    setPage(MigrationPageId, createMigrationPage());
    setPage(MigrationTemplatesPageId, createMigrationTemplatesPage());
    setStartId(kind == Kind::Company     ? CompanyPageId
               : kind == Kind::Migration ? MigrationPageId
                                         : KindPageId);

    for (QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *b = button(which))
            b->setAccessibleName(
                b->text().remove(QLatin1Char('&')).remove(QStringLiteral(" >")).remove(QStringLiteral("< ")));
    }
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        const bool migration = id == MigrationPageId || id == MigrationTemplatesPageId;
        setButtonText(QWizard::FinishButton, migration ? tr("&Create migration") : tr("&Create company"));
        button(QWizard::FinishButton)
            ->setAccessibleName(migration ? tr("Create the migration") : tr("Create the company"));
    });

    fillFromAccount();
    connect(m_services.account(), &app::AccountService::loaded, this, &CreateWizard::fillFromAccount);
    if (!m_services.account()->isLoaded() && !m_services.account()->isLoading())
        m_services.account()->refresh();
    resize(820, 600);
}

CreateWizard::~CreateWizard()
{
    // Clear secrets typed for the destination from memory we own.
    if (m_authToken) {
        m_authToken->clear();
        m_authPassword->clear();
    }
}

CreateWizard::Kind CreateWizard::kind() const
{
    if (m_fixedKind)
        return *m_fixedKind;
    return m_kindMigration && m_kindMigration->isChecked() ? Kind::Migration : Kind::Company;
}

int CreateWizard::nextId() const
{
    switch (currentId()) {
    case KindPageId:
        return kind() == Kind::Company ? CompanyPageId : MigrationPageId;
    case CompanyPageId:
        return CompanyTemplatesPageId;
    case CompanyTemplatesPageId:
        return DestinationPageId;
    case MigrationPageId:
        return MigrationTemplatesPageId;
    default:
        return -1;
    }
}

QWizardPage *CreateWizard::createKindPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("What do you want to create?"));
    auto *layout = new QVBoxLayout(page);
    m_kindCompany = new QRadioButton(tr("A &company (replay flow)"), page);
    m_kindCompany->setObjectName(QStringLiteral("kindCompany"));
    m_kindCompany->setAccessibleDescription(
        tr("Bound to a source: each import replays the source's published import plan"));
    m_kindMigration = new QRadioButton(tr("A &migration (managed agent)"), page);
    m_kindMigration->setObjectName(QStringLiteral("kindMigration"));
    m_kindMigration->setAccessibleDescription(
        tr("An agent works out the mapping from the files you upload, run by run"));
    m_kindCompany->setChecked(true);
    layout->addWidget(m_kindCompany);
    layout->addWidget(explanation(tr("Bound to a source: each import replays the source's published import "
                                     "plan, with no one in the loop."),
                                  page));
    layout->addSpacing(12);
    layout->addWidget(m_kindMigration);
    layout->addWidget(
        explanation(tr("An agent works out the mapping from the files you upload, run by run, and asks when "
                       "something is ambiguous."),
                    page));
    layout->addStretch(1);
    return page;
}

QWizardPage *CreateWizard::createCompanyPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Company"));
    page->setSubTitle(tr("One customer's migration, bound to the source they come from."));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_companyName = new QLineEdit(page);
    m_companyName->setObjectName(QStringLiteral("companyName"));
    m_companyName->setAccessibleName(tr("Company name"));
    m_companyName->setPlaceholderText(tr("The customer's organisation, e.g. Acme GmbH"));
    m_companyName->setMaxLength(255);
    auto *nameMessage = new FieldMessage(m_companyName, page);
    nameMessage->setObjectName(QStringLiteral("companyNameMessage"));
    addField(form, tr("&Name:"), m_companyName, {nameMessage});

    m_companySource = new QComboBox(page);
    m_companySource->setObjectName(QStringLiteral("companySource"));
    m_companySource->setAccessibleName(tr("Source"));
    m_companySource->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_companySource->setAccessibleDescription(tr("The system the customer's data comes from"));
    auto *sourceMessage = new FieldMessage(m_companySource, page);
    sourceMessage->setObjectName(QStringLiteral("companySourceMessage"));
    addField(form, tr("&Source:"), m_companySource, {sourceMessage});

    m_companyExternalId = new QLineEdit(page);
    m_companyExternalId->setObjectName(QStringLiteral("companyExternalId"));
    m_companyExternalId->setAccessibleName(tr("External ID"));
    m_companyExternalId->setAccessibleDescription(tr("Your own ID for this company: at most 255 letters, "
                                                     "digits, - and _; optional"));
    m_companyExternalId->setPlaceholderText(tr("Optional, e.g. acme-001"));
    auto *externalMessage = new FieldMessage(m_companyExternalId, page);
    externalMessage->setObjectName(QStringLiteral("companyExternalIdMessage"));
    m_openCompany = new QPushButton(tr("&Open the existing company"), page);
    m_openCompany->setObjectName(QStringLiteral("openExistingCompany"));
    m_openCompany->setAccessibleName(tr("Open the company that has this external ID"));
    addField(form, tr("E&xternal ID:"), m_companyExternalId,
             {externalMessage, buttonRow(m_openCompany, page)});

    m_messages.insert(QStringLiteral("company.name"), nameMessage);
    m_messages.insert(QStringLiteral("company.source"), sourceMessage);
    m_messages.insert(QStringLiteral("company.external_id"), externalMessage);
    for (const char *key : {"company.name", "company.source", "company.external_id"})
        m_pageOfField.insert(QLatin1String(key), CompanyPageId);

    const QString hint = tr("Optional: your own ID for the company. Without one Godwit makes one up, so that "
                            "a create whose answer is lost never makes the company twice.");
    externalMessage->setDefaultHint(hint);
    page->complete = [this] {
        return !isSending() && !m_companyName->text().trimmed().isEmpty() &&
               !m_companySource->currentData(kIdRole).toString().isEmpty() &&
               externalIdProblem(m_companyExternalId->text()).isEmpty();
    };
    connect(m_companyName, &QLineEdit::textChanged, page, [page, nameMessage] {
        nameMessage->clearMessage();
        page->recheck();
    });
    connect(m_companySource, &QComboBox::currentIndexChanged, page, [page, sourceMessage] {
        sourceMessage->clearMessage();
        page->recheck();
    });
    connect(m_companyExternalId, &QLineEdit::textChanged, page,
            [this, page, externalMessage](const QString &text) {
                const QString problem = externalIdProblem(text);
                if (problem.isEmpty())
                    externalMessage->clearMessage();
                else
                    externalMessage->showError(problem);
                m_openCompany->parentWidget()->hide();
                page->recheck();
            });
    connect(m_openCompany, &QPushButton::clicked, this, [this] {
        emit openCompanyRequested(m_conflictCompany);
        reject();
    });
    return page;
}

QWizardPage *CreateWizard::createCompanyTemplatesPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Templates"));
    page->setSubTitle(tr("The company's workbook gets one sheet per template you tick."));
    auto *layout = new QVBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_companyTemplates = new QListWidget(splitter);
    m_companyTemplates->setObjectName(QStringLiteral("companyTemplates"));
    m_companyTemplates->setAccessibleName(tr("Templates"));
    m_companyTemplates->setAccessibleDescription(
        tr("Tick the templates to create sheets for; the selected one's columns are shown beside"));
    m_companyColumnsModel = new TemplateColumnsModel(this);
    m_companyColumns =
        makeColumnsTable(m_companyColumnsModel, tr("Columns of the selected template"), splitter);
    m_companyColumns->setObjectName(QStringLiteral("companyColumns"));
    splitter->addWidget(m_companyTemplates);
    auto *companyColumnsBox = new QWidget(splitter);
    auto *companyColumnsLayout = new QVBoxLayout(companyColumnsBox);
    companyColumnsLayout->setContentsMargins(0, 0, 0, 0);
    m_companyColumnsTitle = new QLabel(companyColumnsBox);
    m_companyColumnsTitle->setBuddy(m_companyColumns);
    companyColumnsLayout->addWidget(m_companyColumnsTitle);
    companyColumnsLayout->addWidget(m_companyColumns, 1);
    splitter->addWidget(companyColumnsBox);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    auto *message = new FieldMessage(m_companyTemplates, page);
    message->setObjectName(QStringLiteral("companyTemplatesMessage"));
    layout->addWidget(message);
    m_messages.insert(QStringLiteral("company.template_ids"), message);
    m_pageOfField.insert(QStringLiteral("company.template_ids"), CompanyTemplatesPageId);

    page->complete = [this] {
        for (int i = 0; i < m_companyTemplates->count(); ++i) {
            if (m_companyTemplates->item(i)->checkState() == Qt::Checked)
                return !isSending();
        }
        return false;
    };
    connect(m_companyTemplates, &QListWidget::itemChanged, page, [page, message] {
        message->clearMessage();
        page->recheck();
    });
    connect(m_companyTemplates, &QListWidget::currentRowChanged, this,
            [this] { showColumnsOf(m_companyTemplates, m_companyColumnsModel); });
    return page;
}

QWizardPage *CreateWizard::createDestinationPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Destination (optional)"));
    page->setSubTitle(tr("Where export-to-destination writes the validated rows. Skip it to import and "
                         "download only."));
    auto *layout = new QVBoxLayout(page);
    m_destination = new QGroupBox(tr("&Export to a destination API"), page);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setCheckable(true);
    m_destination->setChecked(false);
    m_destination->setAccessibleName(tr("Export to a destination API"));
    auto *form = new QFormLayout(m_destination);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_destinationUrl = new QLineEdit(m_destination);
    m_destinationUrl->setObjectName(QStringLiteral("destinationUrl"));
    m_destinationUrl->setAccessibleName(tr("Destination base URL"));
    m_destinationUrl->setPlaceholderText(tr("https://crm.example.com/api"));
    auto *urlMessage = new FieldMessage(m_destinationUrl, m_destination);
    urlMessage->setObjectName(QStringLiteral("destinationUrlMessage"));
    addField(form, tr("Base &URL:"), m_destinationUrl, {urlMessage});

    m_authType = new QComboBox(m_destination);
    m_authType->setObjectName(QStringLiteral("authType"));
    m_authType->setAccessibleName(tr("Authentication"));
    m_authType->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_authType->addItem(tr("None"), QString());
    m_authType->addItem(tr("Bearer token"), QStringLiteral("bearer"));
    m_authType->addItem(tr("API key in a header"), QStringLiteral("api_key"));
    m_authType->addItem(tr("User name and password (basic)"), QStringLiteral("basic"));
    form->addRow(tr("&Authentication:"), m_authType);
    m_authHeader = new QLineEdit(m_destination);
    m_authHeader->setObjectName(QStringLiteral("authHeader"));
    m_authHeader->setAccessibleName(tr("Header name"));
    m_authHeader->setPlaceholderText(QStringLiteral("x-api-key"));
    m_authHeaderLabel = new QLabel(tr("&Header:"), m_destination);
    m_authHeaderLabel->setBuddy(m_authHeader);
    form->addRow(m_authHeaderLabel, m_authHeader);
    m_authToken = new QLineEdit(m_destination);
    m_authToken->setObjectName(QStringLiteral("authToken"));
    m_authToken->setAccessibleName(tr("Token"));
    m_authToken->setEchoMode(QLineEdit::Password);
    m_authTokenLabel = new QLabel(tr("&Token:"), m_destination);
    m_authTokenLabel->setBuddy(m_authToken);
    form->addRow(m_authTokenLabel, m_authToken);
    m_authUser = new QLineEdit(m_destination);
    m_authUser->setObjectName(QStringLiteral("authUser"));
    m_authUser->setAccessibleName(tr("User name"));
    m_authUserLabel = new QLabel(tr("User &name:"), m_destination);
    m_authUserLabel->setBuddy(m_authUser);
    form->addRow(m_authUserLabel, m_authUser);
    m_authPassword = new QLineEdit(m_destination);
    m_authPassword->setObjectName(QStringLiteral("authPassword"));
    m_authPassword->setAccessibleName(tr("Password"));
    m_authPassword->setEchoMode(QLineEdit::Password);
    m_authPasswordLabel = new QLabel(tr("&Password:"), m_destination);
    m_authPasswordLabel->setBuddy(m_authPassword);
    form->addRow(m_authPasswordLabel, m_authPassword);
    form->addRow(
        explanation(tr("Write-only: the server keeps these credentials sealed and never returns them, "
                       "and Godwit does not store them. They cannot be shown again."),
                    m_destination));
    layout->addWidget(m_destination);
    layout->addStretch(1);
    auto *summary = new FieldMessage(nullptr, page);
    summary->setObjectName(QStringLiteral("companySummaryMessage"));
    layout->addWidget(summary);

    m_messages.insert(QStringLiteral("company.connections"), urlMessage);
    m_messages.insert(QStringLiteral("company"), summary);
    m_pageOfField.insert(QStringLiteral("company.connections"), DestinationPageId);
    m_pageOfField.insert(QStringLiteral("company"), DestinationPageId);

    page->complete = [this] {
        if (isSending())
            return false;
        if (!m_destination->isChecked())
            return true;
        const QUrl url(m_destinationUrl->text().trimmed());
        return url.isValid() &&
               (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
               !url.host().isEmpty();
    };
    connect(m_destination, &QGroupBox::toggled, page, [page, urlMessage] {
        urlMessage->clearMessage();
        page->recheck();
    });
    connect(m_destinationUrl, &QLineEdit::textChanged, page, [page, urlMessage](const QString &text) {
        const QUrl url(text.trimmed());
        if (text.trimmed().isEmpty() ||
            (url.isValid() &&
             (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
             !url.host().isEmpty()))
            urlMessage->clearMessage();
        else
            urlMessage->showError(tr("An http:// or https:// address, e.g. https://crm.example.com/api"));
        page->recheck();
    });
    connect(m_authType, &QComboBox::currentIndexChanged, this, &CreateWizard::updateAuthFields);
    updateAuthFields();
    return page;
}

void CreateWizard::updateAuthFields()
{
    const QString type = m_authType->currentData().toString();
    const bool token = type == QLatin1String("bearer") || type == QLatin1String("api_key");
    const bool header = type == QLatin1String("api_key");
    const bool basic = type == QLatin1String("basic");
    m_authToken->setVisible(token);
    m_authTokenLabel->setVisible(token);
    m_authHeader->setVisible(header);
    m_authHeaderLabel->setVisible(header);
    m_authUser->setVisible(basic);
    m_authUserLabel->setVisible(basic);
    m_authPassword->setVisible(basic);
    m_authPasswordLabel->setVisible(basic);
}

QWizardPage *CreateWizard::createMigrationPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Migration"));
    page->setSubTitle(tr("One customer's workspace: the agent maps the files you upload to your templates."));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_migrationName = new QLineEdit(page);
    m_migrationName->setObjectName(QStringLiteral("migrationName"));
    m_migrationName->setAccessibleName(tr("Migration name"));
    m_migrationName->setPlaceholderText(tr("e.g. Acme GmbH — CRM move"));
    m_migrationName->setMaxLength(255);
    auto *nameMessage = new FieldMessage(m_migrationName, page);
    nameMessage->setObjectName(QStringLiteral("migrationNameMessage"));
    addField(form, tr("&Name:"), m_migrationName, {nameMessage});

    m_migrationSource = new QComboBox(page);
    m_migrationSource->setObjectName(QStringLiteral("migrationSource"));
    m_migrationSource->setEditable(true);
    m_migrationSource->setInsertPolicy(QComboBox::NoInsert);
    m_migrationSource->setAccessibleName(tr("Source name"));
    m_migrationSource->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_migrationSource->setAccessibleDescription(
        tr("Optional: the name of the system the data comes from; empty for a sourceless migration"));
    m_migrationSource->lineEdit()->setPlaceholderText(tr("None (sourceless)"));
    auto *sourceMessage = new FieldMessage(m_migrationSource, page);
    sourceMessage->setObjectName(QStringLiteral("migrationSourceMessage"));
    addField(form, tr("&Source:"), m_migrationSource, {sourceMessage});

    m_migrationExternalId = new QLineEdit(page);
    m_migrationExternalId->setObjectName(QStringLiteral("migrationExternalId"));
    m_migrationExternalId->setAccessibleName(tr("External ID"));
    m_migrationExternalId->setAccessibleDescription(tr("Your own ID for this migration: at most 255 letters, "
                                                       "digits, - and _; optional"));
    m_migrationExternalId->setPlaceholderText(tr("Optional, e.g. acme-crm-2026"));
    auto *externalMessage = new FieldMessage(m_migrationExternalId, page);
    externalMessage->setObjectName(QStringLiteral("migrationExternalIdMessage"));
    m_openMigration = new QPushButton(tr("&Open the existing migration"), page);
    m_openMigration->setObjectName(QStringLiteral("openExistingMigration"));
    m_openMigration->setAccessibleName(tr("Open the migration that has this external ID"));
    addField(form, tr("E&xternal ID:"), m_migrationExternalId,
             {externalMessage, buttonRow(m_openMigration, page)});

    m_messages.insert(QStringLiteral("migration.name"), nameMessage);
    m_messages.insert(QStringLiteral("migration.source"), sourceMessage);
    m_messages.insert(QStringLiteral("migration.external_id"), externalMessage);
    for (const char *key : {"migration.name", "migration.source", "migration.external_id"})
        m_pageOfField.insert(QLatin1String(key), MigrationPageId);

    const QString hint = tr("With the same external ID and source, creating again reopens the existing "
                            "migration. Leave it empty and Godwit makes one up.");
    externalMessage->setDefaultHint(hint);
    page->complete = [this] {
        return !isSending() && !m_migrationName->text().trimmed().isEmpty() &&
               externalIdProblem(m_migrationExternalId->text()).isEmpty();
    };
    connect(m_migrationName, &QLineEdit::textChanged, page, [page, nameMessage] {
        nameMessage->clearMessage();
        page->recheck();
    });
    connect(m_migrationSource, &QComboBox::currentTextChanged, page, [page, sourceMessage] {
        sourceMessage->clearMessage();
        page->recheck();
    });
    connect(m_migrationExternalId, &QLineEdit::textChanged, page,
            [this, page, externalMessage](const QString &text) {
                const QString problem = externalIdProblem(text);
                if (problem.isEmpty())
                    externalMessage->clearMessage();
                else
                    externalMessage->showError(problem);
                m_openMigration->parentWidget()->hide();
                page->recheck();
            });
    connect(m_openMigration, &QPushButton::clicked, this, [this] {
        emit openMigrationRequested(m_conflictMigration);
        reject();
    });
    return page;
}

QWizardPage *CreateWizard::createMigrationTemplatesPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Templates"));
    page->setSubTitle(tr("The templates the agent maps the files to, by slug."));
    auto *layout = new QVBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_migrationTemplates = new QListWidget(splitter);
    m_migrationTemplates->setObjectName(QStringLiteral("migrationTemplates"));
    m_migrationTemplates->setAccessibleName(tr("Templates"));
    m_migrationTemplates->setAccessibleDescription(
        tr("Tick the templates to map to; the selected one's columns are shown beside"));
    m_migrationColumnsModel = new TemplateColumnsModel(this);
    m_migrationColumns =
        makeColumnsTable(m_migrationColumnsModel, tr("Columns of the selected template"), splitter);
    m_migrationColumns->setObjectName(QStringLiteral("migrationColumns"));
    splitter->addWidget(m_migrationTemplates);
    auto *migrationColumnsBox = new QWidget(splitter);
    auto *migrationColumnsLayout = new QVBoxLayout(migrationColumnsBox);
    migrationColumnsLayout->setContentsMargins(0, 0, 0, 0);
    m_migrationColumnsTitle = new QLabel(migrationColumnsBox);
    m_migrationColumnsTitle->setBuddy(m_migrationColumns);
    migrationColumnsLayout->addWidget(m_migrationColumnsTitle);
    migrationColumnsLayout->addWidget(m_migrationColumns, 1);
    splitter->addWidget(migrationColumnsBox);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    auto *message = new FieldMessage(m_migrationTemplates, page);
    message->setObjectName(QStringLiteral("migrationTemplatesMessage"));
    layout->addWidget(message);
    auto *summary = new FieldMessage(nullptr, page);
    summary->setObjectName(QStringLiteral("migrationSummaryMessage"));
    layout->addWidget(summary);
    m_messages.insert(QStringLiteral("migration.templates"), message);
    m_messages.insert(QStringLiteral("migration"), summary);
    m_pageOfField.insert(QStringLiteral("migration.templates"), MigrationTemplatesPageId);
    m_pageOfField.insert(QStringLiteral("migration"), MigrationTemplatesPageId);

    page->complete = [this] {
        for (int i = 0; i < m_migrationTemplates->count(); ++i) {
            if (m_migrationTemplates->item(i)->checkState() == Qt::Checked)
                return !isSending();
        }
        return false;
    };
    connect(m_migrationTemplates, &QListWidget::itemChanged, page, [page, message] {
        message->clearMessage();
        page->recheck();
    });
    connect(m_migrationTemplates, &QListWidget::currentRowChanged, this,
            [this] { showColumnsOf(m_migrationTemplates, m_migrationColumnsModel); });
    return page;
}

void CreateWizard::fillFromAccount()
{
    const app::AccountService *account = m_services.account();
    // Sources: by id for a company, by name for a migration.
    const QString companySource = m_companySource->currentData(kIdRole).toString();
    m_companySource->clear();
    if (account->sources().isEmpty())
        m_companySource->addItem(account->isLoading() ? tr("Loading sources…") : tr("No sources"), QString());
    for (const app::Source &source : account->sources()) {
        m_companySource->addItem(source.name);
        m_companySource->setItemData(m_companySource->count() - 1, source.id, kIdRole);
        m_companySource->setItemData(m_companySource->count() - 1, source.id, Qt::ToolTipRole);
    }
    const int keep = m_companySource->findData(companySource, kIdRole);
    if (keep >= 0)
        m_companySource->setCurrentIndex(keep);

    const QString migrationSource = m_migrationSource->currentText();
    m_migrationSource->clear();
    m_migrationSource->addItem(QString());
    for (const app::Source &source : account->sources())
        m_migrationSource->addItem(source.name);
    m_migrationSource->setCurrentText(migrationSource);

    // Templates, all ticked: most customers bring every kind of record.
    const auto fill = [&account](QListWidget *list, bool bySlug) {
        QSet<QString> unticked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() != Qt::Checked)
                unticked.insert(list->item(i)->data(kIdRole).toString());
        }
        const QSignalBlocker blocker(list);
        list->clear();
        for (const engine::Template &tmpl : account->templates()) {
            if (bySlug && !tmpl.active)
                continue;
            auto *item = new QListWidgetItem(
                bySlug ? tr("%1 (%2)").arg(tmpl.name, tmpl.slug)
                       : tr("%1 — %n column(s)", nullptr, int(tmpl.columns.size())).arg(tmpl.name),
                list);
            const QString key = bySlug ? tmpl.slug : tmpl.id;
            item->setData(kIdRole, key);
            item->setData(Qt::UserRole + 2, tmpl.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(unticked.contains(key) ? Qt::Unchecked : Qt::Checked);
            if (!tmpl.description.isEmpty())
                item->setToolTip(tmpl.description);
        }
        if (list->count() > 0)
            list->setCurrentRow(0);
    };
    fill(m_companyTemplates, false);
    fill(m_migrationTemplates, true);
    showColumnsOf(m_companyTemplates, m_companyColumnsModel);
    showColumnsOf(m_migrationTemplates, m_migrationColumnsModel);
    for (int id : pageIds()) {
        if (auto *page = dynamic_cast<CheckedPage *>(this->page(id)))
            page->recheck();
    }
}

void CreateWizard::showColumnsOf(QListWidget *list, TemplateColumnsModel *model)
{
    const QListWidgetItem *item = list->currentItem();
    const QString id = item ? item->data(Qt::UserRole + 2).toString() : QString();
    const QList<engine::Template> &all = m_services.account()->templates();
    for (const engine::Template &tmpl : all) {
        if (tmpl.id == id) {
            model->setTemplate(tmpl, all);
            QTableView *view = list == m_companyTemplates ? m_companyColumns : m_migrationColumns;
            QLabel *title = list == m_companyTemplates ? m_companyColumnsTitle : m_migrationColumnsTitle;
            title->setText(tr("Columns of %1").arg(tmpl.name));
            view->resizeColumnsToContents();
            const int cap = view->fontMetrics().averageCharWidth() * 28;
            for (int column : {TemplateColumnsModel::NameColumn, TemplateColumnsModel::RuleColumn})
                view->setColumnWidth(column, qMin(view->columnWidth(column) + 12, cap));
            return;
        }
    }
    model->clear();
}

std::optional<app::Destination> CreateWizard::destination() const
{
    if (!m_destination->isChecked())
        return std::nullopt;
    app::Destination destination;
    destination.baseUrl = QUrl(m_destinationUrl->text().trimmed());
    const QString type = m_authType->currentData().toString();
    if (type == QLatin1String("bearer")) {
        destination.auth = {{QStringLiteral("type"), type}, {QStringLiteral("token"), m_authToken->text()}};
    } else if (type == QLatin1String("api_key")) {
        destination.auth = {{QStringLiteral("type"), type},
                            {QStringLiteral("header"), m_authHeader->text().trimmed().isEmpty()
                                                           ? QStringLiteral("x-api-key")
                                                           : m_authHeader->text().trimmed()},
                            {QStringLiteral("token"), m_authToken->text()}};
    } else if (type == QLatin1String("basic")) {
        destination.auth = {{QStringLiteral("type"), type},
                            {QStringLiteral("username"), m_authUser->text()},
                            {QStringLiteral("password"), m_authPassword->text()}};
    }
    return destination;
}

bool CreateWizard::validateCurrentPage()
{
    if (m_done)
        return true;
    const int id = currentId();
    if (id != DestinationPageId && id != MigrationTemplatesPageId)
        return QWizard::validateCurrentPage();
    if (!isSending())
        send();
    return false; // the answer decides (onFinished)
}

void CreateWizard::send()
{
    clearFieldErrors();
    const int slot = kind() == Kind::Company ? 0 : 1;
    if (kind() == Kind::Company) {
        app::CompanyDraft draft;
        draft.name = m_companyName->text().trimmed();
        draft.sourceId = m_companySource->currentData(kIdRole).toString();
        draft.externalId = m_companyExternalId->text();
        QStringList ids;
        bool all = true;
        for (int i = 0; i < m_companyTemplates->count(); ++i) {
            if (m_companyTemplates->item(i)->checkState() == Qt::Checked)
                ids.append(m_companyTemplates->item(i)->data(kIdRole).toString());
            else
                all = false;
        }
        if (!all)
            draft.templateIds = ids; // omitted: every template, as the server orders them
        draft.destination = destination();
        if (draft.externalId.isEmpty()) {
            if (m_generatedKey[slot].isEmpty())
                m_generatedKey[slot] = app::IntentJournal::newKey();
            draft.externalId = m_generatedKey[slot];
        }
        m_operation = m_services.creates()->createCompany(draft);
    } else {
        app::MigrationDraft draft;
        draft.name = m_migrationName->text().trimmed();
        draft.sourceName = m_migrationSource->currentText().trimmed();
        draft.externalId = m_migrationExternalId->text();
        bool all = true;
        for (int i = 0; i < m_migrationTemplates->count(); ++i) {
            if (m_migrationTemplates->item(i)->checkState() == Qt::Checked)
                draft.templateSlugs.append(m_migrationTemplates->item(i)->data(kIdRole).toString());
            else
                all = false;
        }
        if (all)
            draft.templateSlugs.clear(); // omitted: every active template
        if (draft.externalId.isEmpty()) {
            if (m_generatedKey[slot].isEmpty())
                m_generatedKey[slot] = app::IntentJournal::newKey();
            draft.externalId = m_generatedKey[slot];
        }
        m_operation = m_services.creates()->createMigration(draft);
    }
    app::CreateOperation *operation = m_operation;
    connect(operation, &app::CreateOperation::finished, this, [this, operation] { onFinished(operation); });
    setSending(true);
}

void CreateWizard::setSending(bool sending)
{
    const QString summaryKey =
        kind() == Kind::Company ? QStringLiteral("company") : QStringLiteral("migration");
    if (sending)
        m_messages.value(summaryKey)->showHint(tr("Creating… (waiting for the server's answer)"));
    for (int id : pageIds()) {
        if (auto *page = dynamic_cast<CheckedPage *>(this->page(id)))
            page->recheck();
    }
    if (QAbstractButton *back = button(QWizard::BackButton))
        back->setEnabled(!sending);
    if (currentPage())
        currentPage()->setEnabled(!sending);
}

void CreateWizard::onFinished(app::CreateOperation *operation)
{
    m_operation = nullptr;
    setSending(false);
    using Outcome = app::CreateOperation::Outcome;
    const bool company = operation->kind() == app::CreateOperation::Kind::Company;
    const QString prefix = company ? QStringLiteral("company") : QStringLiteral("migration");
    m_messages.value(prefix)->clearMessage();
    if (operation->succeeded()) {
        m_done = true;
        if (company)
            emit companyCreated(operation->company(), operation->outcome());
        else
            emit migrationCreated(operation->migration(), operation->outcome());
        // Typed secrets leave with the wizard; nothing shows them again.
        m_authToken->clear();
        m_authPassword->clear();
        accept();
        return;
    }
    if (operation->outcome() == Outcome::Conflict) {
        QString message = operation->message();
        if (company) {
            m_conflictCompany = operation->company();
            m_openCompany->parentWidget()->setVisible(!m_conflictCompany.id.isEmpty());
            if (!m_conflictCompany.id.isEmpty())
                message =
                    tr("This external ID is already used by the company “%1”.").arg(m_conflictCompany.name);
        } else {
            m_conflictMigration = operation->migration();
            m_openMigration->parentWidget()->setVisible(!m_conflictMigration.id.isEmpty());
            if (!m_conflictMigration.id.isEmpty())
                message = tr("This external ID is already used by the migration “%1” (of another source).")
                              .arg(m_conflictMigration.name);
        }
        showFieldError(prefix + QStringLiteral(".external_id"), message);
        return;
    }
    if (operation->outcome() == Outcome::Unsettled) {
        showFieldError(prefix,
                       tr("%1\nThe console keeps this create in its journal and finishes it when it next "
                          "connects; the %2 then appears in the list. Pressing Create again is safe.")
                           .arg(operation->message(), company ? tr("company") : tr("migration")));
        return;
    }
    QString field = operation->field();
    if (field.startsWith(QLatin1String("connections")))
        field = QStringLiteral("connections");
    QString key = prefix + QLatin1Char('.') + field;
    if (field.isEmpty() || !m_messages.contains(key))
        key = prefix;
    // Under its field, "name: a company named …" needs no "name: ".
    QString message = operation->message();
    if (!operation->field().isEmpty() && message.startsWith(operation->field() + QStringLiteral(": ")))
        message = message.mid(operation->field().size() + 2);
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();
    showFieldError(key, message);
}

void CreateWizard::showFieldError(const QString &key, const QString &message)
{
    FieldMessage *label = m_messages.value(key);
    if (!label)
        return;
    goToPage(m_pageOfField.value(key, currentId()));
    label->showError(message);
    QWidget *field = nullptr;
    if (key.endsWith(QLatin1String(".name")))
        field = key.startsWith(QLatin1String("company")) ? static_cast<QWidget *>(m_companyName)
                                                         : m_migrationName;
    else if (key.endsWith(QLatin1String(".external_id")))
        field = key.startsWith(QLatin1String("company")) ? static_cast<QWidget *>(m_companyExternalId)
                                                         : m_migrationExternalId;
    else if (key.endsWith(QLatin1String(".source")))
        field = key.startsWith(QLatin1String("company")) ? static_cast<QWidget *>(m_companySource)
                                                         : m_migrationSource;
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void CreateWizard::clearFieldErrors()
{
    // Live-check errors stop Finish before this, so every error here is the last answer's.
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearMessage();
    m_openCompany->parentWidget()->hide();
    m_openMigration->parentWidget()->hide();
}

void CreateWizard::goToPage(int id)
{
    if (!visitedIds().contains(id))
        return;
    while (currentId() != id && currentId() != startId())
        back();
}

QString CreateWizard::fieldError(const QString &key) const
{
    const FieldMessage *label = m_messages.value(key);
    return label && label->hasError() ? label->text() : QString();
}

} // namespace godwit::ui
