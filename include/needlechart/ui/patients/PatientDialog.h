#pragma once

#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace needlechart {

class MessagePresenter;
class PatientService;

// Registers a new patient or edits one. Save goes through PatientService::create/update; every
// rule a value breaks is shown in red under its field (keyed by PatientFields), and the dialog
// stays open with everything as typed after any failure: a validation error, a conflict with
// someone else's save, or a database error (the last two through the MessagePresenter).
//
// The dialog holds the Patient it was opened with, so fields the form does not show (id,
// rowVersion, timestamps, last visit) are carried through a save unchanged. Does not own the
// service or the presenter; both must outlive it.
class PatientDialog : public QDialog {
    Q_OBJECT
public:
    // Opens empty, for registering a new patient.
    // Saves as `user`.
    PatientDialog(PatientService& service, User user, MessagePresenter& messages,
                  QWidget* parent = nullptr);

    // Switches to editing `patient` as read from the service: fills every field and keeps its
    // id and rowVersion, so a save made stale by someone else's is refused as a conflict.
    void setPatient(const Patient& patient);
    [[nodiscard]] bool isEditing() const { return m_original.isStored(); }

    // Validates and stores what the form holds; closes the dialog (accept) only on success.
    void save();
    // Cancel or Escape: asks before discarding edits.
    void reject() override;

    // What the last successful save stored; an unstored Patient before that.
    [[nodiscard]] const Patient& savedPatient() const { return m_saved; }
    // The message shown under `field` (a PatientFields key); empty when none is shown.
    [[nodiscard]] QString fieldError(const QString& field) const;

Q_SIGNALS:
    // The save committed; emitted just before the dialog closes. `created` is true for a
    // newly registered patient.
    void patientSaved(const needlechart::Patient& patient, bool created);
    // The person registering chose to open a patient already registered with the same name
    // and date of birth instead; emitted just before the dialog closes without saving.
    void registeredPatientChosen(qint64 patientId);

private:
    // Before registering: the patients with the same name and date of birth, and what the
    // person wants done. True to go on registering.
    [[nodiscard]] bool registerDespiteLikelyDuplicates(const Patient& patient);
    void buildForm();
    void addField(QFormLayout* form, const QString& field, const QString& label, QWidget* input,
                  QWidget* companion = nullptr);
    [[nodiscard]] Patient patientFromForm() const;
    void showFieldErrors(const QList<FieldError>& errors);
    void setFieldError(const QString& field, const QString& message);
    void clearFieldErrors();
    void showSaveError(const Error& error);
    void updateDateOfBirthHint();
    void noteEdited(const QString& field);

    PatientService& m_service;
    User m_user;
    MessagePresenter& m_messages;
    Patient m_original;
    Patient m_saved;
    bool m_modified = false;
    bool m_filling = false; // set while setPatient() writes the fields: not the user's edits

    // Child widgets, owned through the widget tree.
    QLineEdit* m_familyName = nullptr;
    QLineEdit* m_givenName = nullptr;
    QLineEdit* m_preferredName = nullptr;
    QLineEdit* m_dateOfBirth = nullptr;
    QLabel* m_dateOfBirthHint = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_referrer = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    // By PatientFields key; m_fieldOrder is the form's top-to-bottom order.
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QLabel*> m_errorLabels;
    QStringList m_fieldOrder;
};

} // namespace needlechart
