#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/Clinician.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDate>
#include <QUndoStack>
#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QToolButton;

namespace needlechart {

class AppointmentCalendar;
class AppointmentService;

// The front desk's appointment book: a day view (a column per clinician) or a week view (one
// clinician), a Today button, a date to go to, and the AppointmentCalendar. Double-click or
// Enter on a free slot opens AppointmentDialog there; on a booking, opens it to change. A drag
// moves or resizes through the AppointmentService as an undoable step (Ctrl+Z puts it back); a
// refused move says why and changes nothing. An undo or redo the service refuses (the old slot
// has been booked meanwhile) also says why, leaves the booking where it is and drops that step
// from the undo history. Re-reads on every appointment change.
class AppointmentBookView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Day, Week };

    AppointmentBookView(UiContext& context, AppointmentService& service, QWidget* parent = nullptr);

    void showDay(QDate day);
    void showWeek(ClinicianId clinicianId, QDate anyDay);
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QDate day() const { return m_day; }
    [[nodiscard]] AppointmentCalendar* calendar() const { return m_calendar; }
    [[nodiscard]] QUndoStack& undoStack() { return m_undo; }
    // The window the book sits in has Undo and Redo of its own (the main window's Edit menu,
    // through a QUndoGroup): the book's own keys step aside so that no key is claimed twice.
    void leaveUndoKeysToWindow();
    // Moves (or resizes) through the service as one undo step, asking first when the booking
    // changes clinician, and asking what the book wants confirmed (BookingQuestions). False if
    // refused (with a message) or if the person answered no (without one).
    bool move(const Appointment& appointment, ClinicianId clinicianId, const QDateTime& startUtc,
              int durationMinutes);
    // Opens the booking dialog for a free slot.
    void book(ClinicianId clinicianId, const QDateTime& startUtc);
    void reload();
    // Opens the booking's dialog to change it.
    void open(const Appointment& appointment);
    // Moves the booking to `status` (a cancellation with its reason); false, with a message, if
    // the service refuses.
    bool setStatus(const Appointment& appointment, AppointmentStatus status,
                   const QString& cancelReason = {});
    // Asks (through the presenter) why, then cancels the booking with that reason. False if the
    // question was cancelled or the service refused (said).
    bool cancel(const Appointment& appointment);
    // Writes the shown day's (or week's) bookings as an iCalendar file.
    [[nodiscard]] bool exportIcs(const QString& path);
    // Asks (through the presenter) where to save, then writes the shown bookings there (the
    // Export .ics button). False if the question was cancelled or writing failed (said).
    bool exportShownBookings();

private:
    [[nodiscard]] QString clinicianName(ClinicianId id) const;
    [[nodiscard]] bool confirmClinicianChange(const Appointment& appointment,
                                              ClinicianId clinicianId);
    void showMenu(const Appointment& appointment, const QPoint& globalPosition);
    [[nodiscard]] ClinicianId clinicianForColumn(int column) const;

    UiContext& m_context;
    AppointmentService& m_service;
    Mode m_mode = Mode::Day;
    QDate m_day;
    ClinicianId m_weekClinician = 0;
    std::vector<Clinician> m_clinicians;
    QUndoStack m_undo;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QToolButton* m_dayButton;
    QToolButton* m_weekButton;
    QDateEdit* m_date;
    QComboBox* m_clinician;
    AppointmentCalendar* m_calendar;
};

} // namespace needlechart
