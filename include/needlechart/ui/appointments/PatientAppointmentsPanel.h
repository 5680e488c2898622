#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/ui/common/UiContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace needlechart {

class AppointmentDialog;
class AppointmentListModel;
class LeafletButton;

// One patient's appointments beside their details: the upcoming ones, soonest first, and the
// past ones, newest first, each with when, with whom, what for and how it went. From here the
// front desk books the next one (the dialog opens with the patient chosen and the first free
// slot proposed), prints the selected booking's card or saves it for the patient's calendar.
// Re-reads when an appointment of this patient changes.
class PatientAppointmentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PatientAppointmentsPanel(UiContext& context, QWidget* parent = nullptr);

    void showPatient(PatientId id);
    void reload();
    [[nodiscard]] AppointmentListModel* upcoming() const { return m_upcoming; }
    [[nodiscard]] AppointmentListModel* past() const { return m_past; }
    [[nodiscard]] QTableView* upcomingTable() const { return m_upcomingTable; }
    // Opens the booking dialog for this patient at the first free slot; null without a patient.
    AppointmentDialog* book();
    // The selected upcoming booking (else the selected past one), or 0.
    [[nodiscard]] AppointmentId selectedId() const;

Q_SIGNALS:
    void openRequested(const Appointment& appointment);

private:
    void updateButtons();

    UiContext& m_context;
    PatientId m_patientId = 0;
    QLabel* m_upcomingLabel;
    QLabel* m_pastLabel;
    AppointmentListModel* m_upcoming;
    AppointmentListModel* m_past;
    QTableView* m_upcomingTable;
    QTableView* m_pastTable;
    QPushButton* m_book;
    QPushButton* m_card;
    QPushButton* m_ics;
    LeafletButton* m_leaflet; // the front desk gives it out before a decision
};

} // namespace needlechart
