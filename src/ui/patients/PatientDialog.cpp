#include "needlechart/ui/patients/PatientDialog.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/patients/PatientValidator.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include "common/CharacterCounter.h"
#include "common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {

namespace {

// Red that reads on both light and dark window backgrounds.
QColor errorColor(const QPalette& palette)
{
    return Theme::color(palette.color(QPalette::Window).lightness() < 128
                            ? Theme::Role::ErrorTextOnDark
                            : Theme::Role::ErrorText);
}

QPlainTextEdit* newMultiLineEdit(int visibleLines)
{
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    const QFontMetrics metrics = edit->fontMetrics();
    // Half a line of slack: the document adds a little spacing of its own around blocks.
    edit->setMinimumHeight(metrics.lineSpacing() * visibleLines + metrics.lineSpacing() / 2
                           + 2 * edit->frameWidth()
                           + static_cast<int>(2 * edit->document()->documentMargin()));
    return edit;
}

} // namespace

PatientDialog::PatientDialog(PatientService& service, User user, MessagePresenter& messages,
                             QWidget* parent)
    : QDialog(parent), m_service(service), m_user(std::move(user)), m_messages(messages)
{
    setWindowTitle(tr("New patient"));
    buildForm();
}

void PatientDialog::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Every field stops at PatientValidator's limit, or counts towards it, so the limit is never
    // first met when saving.
    m_familyName = new QLineEdit;
    m_familyName->setMaxLength(PatientValidator::MaxNameLength);
    addField(form, PatientFields::FamilyName, tr("&Family name"), m_familyName);
    m_givenName = new QLineEdit;
    m_givenName->setMaxLength(PatientValidator::MaxNameLength);
    addField(form, PatientFields::GivenName, tr("&Given name"), m_givenName);
    m_preferredName = new QLineEdit;
    m_preferredName->setMaxLength(PatientValidator::MaxNameLength);
    m_preferredName->setPlaceholderText(tr("If different from the given name"));
    addField(form, PatientFields::PreferredName, tr("&Preferred name"), m_preferredName);

    m_dateOfBirth = new QLineEdit;
    m_dateOfBirth->setPlaceholderText(DateText::inputHint());
    m_dateOfBirth->setMaxLength(10);
    m_dateOfBirth->setMaximumWidth(
        m_dateOfBirth->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00"))
        + 4 * m_dateOfBirth->fontMetrics().averageCharWidth());
    // Says how the typed date was read ("12 March 1984, age 42"), so 03/12 and 12/03 are not
    // confused silently.
    m_dateOfBirthHint = new QLabel;
    m_dateOfBirthHint->setObjectName(QStringLiteral("dateOfBirthHint"));
    m_dateOfBirthHint->setTextFormat(Qt::PlainText);
    addField(form, PatientFields::DateOfBirth, tr("&Date of birth"), m_dateOfBirth,
             m_dateOfBirthHint);

    m_sex = new QComboBox;
    for (Sex sex : {Sex::NotStated, Sex::Female, Sex::Male, Sex::Other})
        m_sex->addItem(sexLabel(sex), static_cast<int>(sex));
    m_sex->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addField(form, PatientFields::Sex, tr("&Sex"), m_sex);

    m_phone = new QLineEdit;
    m_phone->setMaxLength(PatientValidator::MaxPhoneLength);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addField(form, PatientFields::Phone, tr("P&hone"), m_phone);
    m_email = new QLineEdit;
    m_email->setMaxLength(PatientValidator::MaxEmailLength);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    addField(form, PatientFields::Email, tr("&Email"), m_email);
    m_address = newMultiLineEdit(4);
    // Addresses are a few lines; the notes below take any height the dialog has to spare.
    m_address->setMaximumHeight(m_address->minimumHeight());
    addField(form, PatientFields::Address, tr("&Address"), m_address);
    CharacterCounter::attach(m_address, PatientValidator::MaxAddressLength);
    m_referrer = new QLineEdit;
    m_referrer->setMaxLength(PatientValidator::MaxReferrerLength);
    addField(form, PatientFields::Referrer, tr("GP / &referrer"), m_referrer);
    m_notes = newMultiLineEdit(4);
    m_notes->setPlaceholderText(tr("Administrative notes, such as how the patient prefers to be "
                                   "contacted. Clinical notes belong in the session record."));
    addField(form, PatientFields::Notes, tr("Admin &notes"), m_notes);
    CharacterCounter::attach(m_notes, PatientValidator::MaxNotesLength);

    connect(m_dateOfBirth, &QLineEdit::textChanged, this, &PatientDialog::updateDateOfBirthHint);
    connect(m_sex, &QComboBox::currentIndexChanged, this,
            [this] { noteEdited(PatientFields::Sex); });
    for (const QString& field : std::as_const(m_fieldOrder)) {
        QWidget* input = m_inputs.value(field);
        if (auto* line = qobject_cast<QLineEdit*>(input))
            connect(line, &QLineEdit::textEdited, this, [this, field] { noteEdited(field); });
        else if (auto* text = qobject_cast<QPlainTextEdit*>(input))
            connect(text, &QPlainTextEdit::textChanged, this, [this, field] { noteEdited(field); });
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatientDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateDateOfBirthHint();
}

void PatientDialog::addField(QFormLayout* form, const QString& field, const QString& label,
                             QWidget* input, QWidget* companion)
{
    QString accessibleName = label;
    accessibleName.remove(QLatin1Char('&'));
    input->setObjectName(field);
    input->setAccessibleName(accessibleName);

    auto* error = new QLabel;
    error->setObjectName(field + QStringLiteral("Error"));
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setAccessibleName(tr("%1 problem").arg(accessibleName));
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    error->setPalette(palette);
    error->hide();

    // The field and its error message form one cell, so the message sits right under it.
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    if (companion) {
        auto* row = new QHBoxLayout;
        row->addWidget(input);
        row->addWidget(companion, 1);
        cellLayout->addLayout(row);
    } else if (qobject_cast<QComboBox*>(input)) {
        cellLayout->addWidget(input, 0, Qt::AlignLeft); // a choice list as wide as its choices
    } else {
        cellLayout->addWidget(input);
    }
    cellLayout->addWidget(error);

    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(input);
    form->addRow(labelWidget, cell);

    m_inputs.insert(field, input);
    m_errorLabels.insert(field, error);
    m_fieldOrder.append(field);
}

void PatientDialog::setPatient(const Patient& patient)
{
    m_original = patient;
    m_filling = true;
    m_familyName->setText(patient.familyName);
    m_givenName->setText(patient.givenName);
    m_preferredName->setText(patient.preferredName);
    m_dateOfBirth->setText(DateText::format(patient.dateOfBirth));
    m_sex->setCurrentIndex(m_sex->findData(static_cast<int>(patient.sex)));
    m_phone->setText(patient.phone);
    m_email->setText(patient.email);
    m_address->setPlainText(patient.address);
    m_referrer->setText(patient.referrer);
    m_notes->setPlainText(patient.notes);
    m_filling = false;
    m_modified = false;
    clearFieldErrors();
    setWindowTitle(patient.isStored() ? tr("Edit patient #%1").arg(patient.id) : tr("New patient"));
}

Patient PatientDialog::patientFromForm() const
{
    Patient patient = m_original;
    // Stray spaces around a name would make duplicates that look identical in the list.
    patient.familyName = m_familyName->text().trimmed();
    patient.givenName = m_givenName->text().trimmed();
    patient.preferredName = m_preferredName->text().trimmed();
    patient.dateOfBirth = DateText::parse(m_dateOfBirth->text());
    patient.sex = static_cast<Sex>(m_sex->currentData().toInt());
    patient.phone = m_phone->text().trimmed();
    patient.email = m_email->text().trimmed();
    patient.address = m_address->toPlainText();
    patient.referrer = m_referrer->text().trimmed();
    patient.notes = m_notes->toPlainText();
    return patient;
}

void PatientDialog::save()
{
    clearFieldErrors();
    const Patient patient = patientFromForm();

    // A date that cannot be read never reaches the service, which would only see "no date".
    // The other rules are still checked here so every problem shows in one pass.
    if (!patient.dateOfBirth.isValid() && !m_dateOfBirth->text().trimmed().isEmpty()) {
        QList<FieldError> errors = PatientValidator::validate(patient, m_service.clock().today());
        errors.removeIf([](const FieldError& e) { return e.field == PatientFields::DateOfBirth; });
        errors.append(
            {PatientFields::DateOfBirth,
             tr("Enter the date as %1, for example 12/03/1984.").arg(DateText::inputHint())});
        showFieldErrors(errors);
        return;
    }

    const bool creating = !patient.isStored();
    if (creating && !registerDespiteLikelyDuplicates(patient))
        return;
    Result<Patient> result =
        creating ? m_service.create(patient, m_user) : m_service.update(patient, m_user);
    if (!result.ok()) {
        showSaveError(result.error());
        return;
    }
    m_saved = std::move(result).value();
    m_original = m_saved;
    m_modified = false;
    Q_EMIT patientSaved(m_saved, creating);
    accept();
}

bool PatientDialog::registerDespiteLikelyDuplicates(const Patient& patient)
{
    const auto likely = m_service.likelyDuplicates(patient, m_user);
    if (!likely) // the registration itself will say what is wrong with the database
        return true;
    if (likely->empty())
        return true;
    QStringList lines;
    for (const PatientSummary& registered : *likely) {
        QString line = tr("%1, %2, born %3")
                           .arg(DisplayText::isolate(registered.familyName),
                                DisplayText::isolate(registered.givenName),
                                DateText::format(registered.dateOfBirth));
        if (!registered.phone.isEmpty())
            line = tr("%1, phone %2").arg(line, DisplayText::isolate(registered.phone));
        lines << line;
    }
    const QString text =
        (likely->size() == 1
             ? tr("A patient with this name and date of birth is already registered:")
             : tr("%1 patients with this name and date of birth are already registered:")
                   .arg(likely->size()))
        + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Is this the same person?");
    const std::optional<int> choice = m_messages.choose(
        this, tr("Already registered?"), text,
        {tr("&Open the registered patient"), tr("&Register a new patient"), tr("&Go back")});
    if (choice == 0) {
        m_modified = false; // the person chose the registered record over what they typed
        Q_EMIT registeredPatientChosen(likely->front().id);
        QDialog::reject();
        return false;
    }
    return choice == 1;
}

void PatientDialog::reject()
{
    if (m_modified
        && !m_messages.question(this, tr("Discard changes?"),
                                tr("Close this window without saving your changes to the "
                                   "patient?"))) {
        return;
    }
    QDialog::reject();
}

QString PatientDialog::fieldError(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void PatientDialog::showFieldErrors(const QList<FieldError>& errors)
{
    QStringList unplaced;
    for (const FieldError& error : errors) {
        if (m_errorLabels.contains(error.field) && fieldError(error.field).isEmpty())
            setFieldError(error.field, error.message);
        else if (!m_errorLabels.contains(error.field))
            unplaced.append(error.message);
    }
    // Focus goes to the first field, top to bottom, that needs attention.
    for (const QString& field : std::as_const(m_fieldOrder)) {
        if (!fieldError(field).isEmpty()) {
            m_inputs.value(field)->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    if (!unplaced.isEmpty())
        m_messages.warning(this, tr("Patient not saved"), unplaced.join(QLatin1Char('\n')));
}

void PatientDialog::setFieldError(const QString& field, const QString& message)
{
    QLabel* label = m_errorLabels.value(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // Screen readers announce the problem with the field itself.
    m_inputs.value(field)->setAccessibleDescription(message);
}

void PatientDialog::clearFieldErrors()
{
    for (const QString& field : std::as_const(m_fieldOrder))
        setFieldError(field, {});
}

void PatientDialog::showSaveError(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Validation:
        if (error.fieldErrors.isEmpty())
            m_messages.warning(this, tr("Patient not saved"), error.message);
        else
            showFieldErrors(error.fieldErrors);
        return;
    case ErrorCode::Conflict:
        m_messages.warning(this, tr("Patient changed elsewhere"),
                           tr("Someone else saved changes to this patient after you opened this "
                              "window, so your changes were not saved.\n\nYour changes are still "
                              "here: note what you need, close this window and open the patient "
                              "again to see the latest details."));
        return;
    default:
        m_messages.critical(this, tr("Patient not saved"),
                            tr("%1\n\nYour changes are still in this window; you can try saving "
                               "again.")
                                .arg(error.message));
        return;
    }
}

void PatientDialog::updateDateOfBirthHint()
{
    const QDate date = DateText::parse(m_dateOfBirth->text());
    if (!date.isValid()) {
        m_dateOfBirthHint->clear();
        return;
    }
    Patient born;
    born.dateOfBirth = date;
    const QString longDate = DateText::dayMonthYear(date);
    if (const std::optional<int> age = born.ageOn(m_service.clock().today()))
        //: How a typed date of birth was read, e.g. "12 March 1984, age 42"
        m_dateOfBirthHint->setText(tr("%1, age %2").arg(longDate).arg(*age));
    else
        m_dateOfBirthHint->setText(longDate);
}

void PatientDialog::noteEdited(const QString& field)
{
    if (m_filling)
        return;
    m_modified = true;
    setFieldError(field, {});
}

} // namespace needlechart
