#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/Clinician.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace needlechart {

class AppointmentService;

// Books a new appointment or changes a booked one, keyboard first: type part of the patient's
// name, phone or date of birth and pick from the matches (Down, Enter), then clinician, start,
// length, type and note; Enter books. A refused booking (a clash, outside opening hours) is
// shown in the dialog, which stays open and filled; a clash can be booked anyway with "Double
// book" after a confirmation.
class AppointmentDialog : public QDialog {
    Q_OBJECT
public:
    AppointmentDialog(UiContext& context, AppointmentService& service,
                      std::vector<Clinician> clinicians, Appointment appointment,
                      QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* patientSearch() const { return m_search; }
    [[nodiscard]] QListWidget* matches() const { return m_matches; }
    [[nodiscard]] QComboBox* clinicianCombo() const { return m_clinician; }
    [[nodiscard]] QComboBox* roomCombo() const { return m_room; }
    [[nodiscard]] QDateTimeEdit* startEdit() const { return m_start; }
    [[nodiscard]] QSpinBox* durationSpin() const { return m_duration; }
    [[nodiscard]] QComboBox* typeCombo() const { return m_type; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] const Appointment& appointment() const { return m_appointment; }
    // Presses "Book" (or "Save"). True when stored.
    bool save();

Q_SIGNALS:
    void saved(const needlechart::Appointment& appointment);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void choosePatient(int row);

    UiContext& m_context;
    AppointmentService& m_service;
    Appointment m_appointment;
    QLineEdit* m_search;
    QListWidget* m_matches;
    QLabel* m_patient;
    QComboBox* m_clinician;
    QComboBox* m_room;
    QDateTimeEdit* m_start;
    QSpinBox* m_duration;
    QComboBox* m_type;
    QPlainTextEdit* m_note;
    QLabel* m_error;
};

} // namespace needlechart
