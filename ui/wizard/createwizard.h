// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/types.h"
#include "app/createservice.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

namespace godwit::app {
class Services;
}

namespace godwit::ui {

class TemplateColumnsModel;

// A line under a form field that says what is wrong with it (or a hint): the server's message
// lands here, on the field it concerns. The field's accessible description carries it too.
class FieldMessage : public QLabel {
    Q_OBJECT
public:
    FieldMessage(QWidget *field, QWidget *parent);
    void showError(const QString &text);
    void showHint(const QString &text);
    // Back to the default hint (none unless set).
    void clearMessage();
    void setDefaultHint(const QString &text);
    bool hasError() const { return m_error; }

private:
    QWidget *m_field;
    QString m_fieldDescription;
    QString m_defaultHint;
    bool m_error = false;
};

// New company (generation A) or migration (generation B), one wizard with two branches.
// The last page's Finish sends the create through app::CreateService (journaled, retry-safe)
// and stays open until the server answers: a refusal lands on the field it concerns and the
// wizard goes back to that page; a 409 on external_id offers to open the existing object.
class CreateWizard : public QWizard {
    Q_OBJECT
public:
    enum class Kind { Company, Migration };
    enum PageId {
        KindPageId,
        CompanyPageId,
        CompanyTemplatesPageId,
        DestinationPageId,
        MigrationPageId,
        MigrationTemplatesPageId
    };

    // `kind` set: starts on that branch; unset: asks first.
    CreateWizard(app::Services &services, std::optional<Kind> kind = std::nullopt, QWidget *parent = nullptr);
    ~CreateWizard() override;

    Kind kind() const;
    // The error shown under a field ("company.name", "migration.external_id", ...; "company" and
    // "migration" for the summary line of the last page). Empty when none.
    QString fieldError(const QString &key) const;
    bool isSending() const { return m_operation != nullptr; }

    // Live check of an external_id as typed: empty when fine (empty is fine: optional).
    static QString externalIdProblem(const QString &text);

signals:
    void companyCreated(const godwit::app::Company &company, godwit::app::CreateOperation::Outcome outcome);
    void migrationCreated(const godwit::app::Migration &migration,
                          godwit::app::CreateOperation::Outcome outcome);
    // The user chose to open the object that already has the external_id.
    void openCompanyRequested(const godwit::app::Company &company);
    void openMigrationRequested(const godwit::app::Migration &migration);

protected:
    bool validateCurrentPage() override;
    int nextId() const override;

private:
    QWizardPage *createKindPage();
    QWizardPage *createCompanyPage();
    QWizardPage *createCompanyTemplatesPage();
    QWizardPage *createDestinationPage();
    QWizardPage *createMigrationPage();
    QWizardPage *createMigrationTemplatesPage();
    void fillFromAccount();
    void showColumnsOf(QListWidget *list, TemplateColumnsModel *model);
    void updateAuthFields();
    void send();
    void onFinished(app::CreateOperation *operation);
    void showFieldError(const QString &key, const QString &message);
    void clearFieldErrors();
    void goToPage(int id);
    void setSending(bool sending);
    std::optional<app::Destination> destination() const;

    app::Services &m_services;
    std::optional<Kind> m_fixedKind;
    bool m_done = false;
    QPointer<app::CreateOperation> m_operation;
    // Made up once per wizard when the user leaves external_id empty, and reused when Finish is
    // pressed again: a second try can never create a second object.
    QString m_generatedKey[2];
    app::Company m_conflictCompany;
    app::Migration m_conflictMigration;

    QRadioButton *m_kindCompany = nullptr;
    QRadioButton *m_kindMigration = nullptr;

    QLineEdit *m_companyName = nullptr;
    QComboBox *m_companySource = nullptr;
    QLineEdit *m_companyExternalId = nullptr;
    QPushButton *m_openCompany = nullptr;
    QListWidget *m_companyTemplates = nullptr;
    QTableView *m_companyColumns = nullptr;
    TemplateColumnsModel *m_companyColumnsModel = nullptr;
    QLabel *m_companyColumnsTitle = nullptr;
    QGroupBox *m_destination = nullptr;
    QLineEdit *m_destinationUrl = nullptr;
    QComboBox *m_authType = nullptr;
    QLineEdit *m_authToken = nullptr;
    QLineEdit *m_authHeader = nullptr;
    QLineEdit *m_authUser = nullptr;
    QLineEdit *m_authPassword = nullptr;
    QLabel *m_authTokenLabel = nullptr;
    QLabel *m_authHeaderLabel = nullptr;
    QLabel *m_authUserLabel = nullptr;
    QLabel *m_authPasswordLabel = nullptr;

    QLineEdit *m_migrationName = nullptr;
    QComboBox *m_migrationSource = nullptr;
    QLineEdit *m_migrationExternalId = nullptr;
    QPushButton *m_openMigration = nullptr;
    QListWidget *m_migrationTemplates = nullptr;
    QTableView *m_migrationColumns = nullptr;
    TemplateColumnsModel *m_migrationColumnsModel = nullptr;
    QLabel *m_migrationColumnsTitle = nullptr;

    QHash<QString, FieldMessage *> m_messages; // "company.name" -> its message line
    QHash<QString, int> m_pageOfField;         // "company.name" -> CompanyPageId
};

} // namespace godwit::ui
