#pragma once

#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace needlechart {

class ClinicService;
class ConsentService;

// Records a patient's decision about dry needling after they were given the leaflet: which
// leaflet version, given or declined, written or verbal, what it covers, the name as signed and
// an optional witness. Saved through the ConsentService with the user as the clinician; problems
// show beside their fields and the dialog stays open until it is saved.
class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    ConsentDialog(ConsentService& consent, ClinicService& clinic, PatientId patientId,
                  const QString& patientName, User user, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* leafletCombo() const { return m_leaflet; }
    [[nodiscard]] QRadioButton* givenButton() const { return m_given; }
    [[nodiscard]] QRadioButton* declinedButton() const { return m_declined; }
    [[nodiscard]] QRadioButton* verbalButton() const { return m_verbal; }
    [[nodiscard]] QLineEdit* scopeEdit() const { return m_scope; }
    [[nodiscard]] QLineEdit* signedNameEdit() const { return m_signedName; }
    [[nodiscard]] QLineEdit* witnessEdit() const { return m_witness; }
    // Presses "Record consent".
    void save();

Q_SIGNALS:
    void saved();

private:
    ConsentService& m_consent;
    PatientId m_patientId;
    User m_user;
    QComboBox* m_leaflet;
    QRadioButton* m_given;
    QRadioButton* m_declined;
    QRadioButton* m_written;
    QRadioButton* m_verbal;
    QLineEdit* m_scope;
    QLineEdit* m_signedName;
    QLineEdit* m_witness;
    QLabel* m_scopeError;
    QLabel* m_signedNameError;
    QLabel* m_error;
};

} // namespace needlechart
