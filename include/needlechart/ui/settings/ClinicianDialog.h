#pragma once

#include "needlechart/domain/appointments/Clinician.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace needlechart {

// Changes one clinician of the appointment book: name, the login they chart under, the days
// they work, and whether they take bookings. Saved through AppointmentService::updateClinician
// against the version the dialog was opened with; a refusal (a name left empty, bookings still
// to come, a save from another workstation in between) is shown in the dialog, which stays open
// with what was typed.
class ClinicianDialog : public QDialog {
    Q_OBJECT
public:
    ClinicianDialog(UiContext& context, Clinician clinician, QWidget* parent = nullptr);

    [[nodiscard]] Clinician clinician() const;
    // Saves and closes; false (the dialog stays) if the service refuses.
    bool save();
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QCheckBox* activeBox() const { return m_active; }
    [[nodiscard]] const QList<QCheckBox*>& dayBoxes() const { return m_days; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

private:
    UiContext& m_context;
    Clinician m_original;
    QLineEdit* m_name;
    QLineEdit* m_login;
    QList<QCheckBox*> m_days;
    QCheckBox* m_active;
    QLabel* m_error;
};

} // namespace needlechart
