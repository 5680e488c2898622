#include "needlechart/ui/consent/ConsentDialog.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/consent/ConsentRules.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/ui/common/DateText.h"

#include "common/ErrorLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace needlechart {
ConsentDialog::ConsentDialog(ConsentService& consent, ClinicService& clinic, PatientId patientId,
                             const QString& patientName, User user, QWidget* parent)
    : QDialog(parent),
      m_consent(consent),
      m_patientId(patientId),
      m_user(std::move(user)),
      m_leaflet(new QComboBox(this)),
      m_given(new QRadioButton(tr("Given"), this)),
      m_declined(new QRadioButton(tr("Declined"), this)),
      m_written(new QRadioButton(tr("Written"), this)),
      m_verbal(new QRadioButton(tr("Verbal"), this)),
      m_scope(new QLineEdit(this)),
      m_signedName(new QLineEdit(patientName, this)),
      m_witness(new QLineEdit(this)),
      m_scopeError(ErrorLabel::create(this)),
      m_signedNameError(ErrorLabel::create(this)),
      m_error(ErrorLabel::create(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Consent to dry needling \u2014 %1").arg(DisplayText::isolate(patientName)));
    m_leaflet->setObjectName(QStringLiteral("consentLeaflet"));
    m_leaflet->setAccessibleName(tr("Leaflet version given"));
    if (auto versions = clinic.leafletVersions()) {
        for (const LeafletVersion& v : *versions)
            m_leaflet->addItem(tr("Version %1 of %2")
                                   .arg(v.version)
                                   .arg(DateText::format(v.createdAt.toLocalTime().date())),
                               v.version);
    } else {
        ErrorLabel::show(m_error, versions.error().message);
    }
    auto* decision = new QButtonGroup(this);
    decision->addButton(m_given);
    decision->addButton(m_declined);
    m_given->setChecked(true);
    auto* form = new QButtonGroup(this);
    form->addButton(m_written);
    form->addButton(m_verbal);
    m_written->setChecked(true);
    m_scope->setObjectName(QStringLiteral("consentScope"));
    m_scope->setPlaceholderText(tr("regions, or the course of treatment"));
    m_scope->setMaxLength(ConsentRules::MaxScopeLength);
    m_signedName->setObjectName(QStringLiteral("consentSignedName"));
    m_signedName->setMaxLength(ConsentRules::MaxNameLength);
    m_witness->setObjectName(QStringLiteral("consentWitness"));
    m_witness->setMaxLength(ConsentRules::MaxNameLength);
    m_witness->setPlaceholderText(tr("optional"));

    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_given);
    decisionRow->addWidget(m_declined);
    decisionRow->addStretch(1);
    auto* formRow = new QHBoxLayout;
    formRow->addWidget(m_written);
    formRow->addWidget(m_verbal);
    formRow->addStretch(1);

    auto* fields = new QFormLayout;
    fields->addRow(tr("&Leaflet given"), m_leaflet);
    fields->addRow(tr("Decision"), decisionRow);
    fields->addRow(tr("Consent"), formRow);
    fields->addRow(tr("&Covers"), m_scope);
    fields->addRow(QString(), m_scopeError);
    fields->addRow(tr("&Name as signed"), m_signedName);
    fields->addRow(QString(), m_signedNameError);
    fields->addRow(tr("&Witness"), m_witness);

    auto* intro =
        new QLabel(tr("Record this after the patient has read the leaflet and had their questions "
                      "answered. It is recorded now, by %1, and cannot be changed later; a "
                      "withdrawal is recorded on it.")
                       .arg(DisplayText::isolate(m_user.displayName)),
                   this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton =
        buttons->addButton(tr("Record consent"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveConsentButton"));
    saveButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addStretch(1); // extra height goes below the form, not between its rows
    layout->addWidget(buttons);
    resize(560, 360);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConsentDialog::save()
{
    Consent consent;
    consent.patientId = m_patientId;
    consent.leafletVersion = m_leaflet->currentData().toInt();
    consent.decision = m_given->isChecked() ? ConsentDecision::Given : ConsentDecision::Declined;
    consent.form = m_written->isChecked() ? ConsentForm::Written : ConsentForm::Verbal;
    consent.scope = m_scope->text().trimmed();
    consent.signedName = m_signedName->text().trimmed();
    consent.witness = m_witness->text().trimmed();
    auto stored = m_consent.recordConsent(consent, m_user);
    if (stored) {
        Q_EMIT saved();
        accept();
        return;
    }
    const Error& error = stored.error();
    ErrorLabel::show(m_scopeError, error.fieldMessage(ConsentFields::Scope));
    ErrorLabel::show(m_signedNameError, error.fieldMessage(ConsentFields::SignedName));
    QStringList others;
    for (const QString& field : {ConsentFields::LeafletVersion, ConsentFields::Witness}) {
        if (const QString message = error.fieldMessage(field); !message.isEmpty())
            others << message;
    }
    ErrorLabel::show(m_error,
                     error.fieldErrors.isEmpty() ? error.message : others.join(QLatin1Char('\n')));
}

} // namespace needlechart
