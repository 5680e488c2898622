#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/BookingConfirmation.h"
#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/common/User.h"

#include <QDateTime>
#include <QUndoCommand>

class QWidget;

namespace needlechart {

class AppointmentService;
class MessagePresenter;

// Undo step: an appointment moved or resized in the book. Redo and undo both go through the
// service, so a step that no longer fits (someone booked the old slot meanwhile) is refused. A
// refused undo or redo leaves the booking where it is, tells the person why through the
// MessagePresenter and marks the command obsolete, so QUndoStack drops it instead of claiming
// the step was made. Never merges.
//
// Borrows the service and the presenter, which must outlive it; `parent` is the window the
// warning belongs to (the book that owns the stack) and may be null.
class MoveAppointmentCommand : public QUndoCommand {
public:
    struct Place {
        ClinicianId clinicianId = 0;
        QDateTime startUtc;
        int durationMinutes = 0;
    };

    MoveAppointmentCommand(AppointmentService& service, const User& user, AppointmentId id,
                           Place before, Place after, MessagePresenter& messages, QWidget* parent);

    // Applies the move now, before the command goes on the stack, asking what the book wants
    // confirmed (BookingQuestions); false (see error(), declined()) if the service refuses it
    // or the person answered no. The stack's first redo() then has nothing left to do; a later
    // redo confirms what was confirmed now, and undo returns to a place the booking held.
    bool applyNow();
    // True when the move was refused because the person answered no to a question.
    [[nodiscard]] bool declined() const { return m_declined; }
    void redo() override;
    void undo() override;
    // Why the last move was refused.
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    bool apply(const Place& place, BookingConfirmations confirmed, bool ask);
    // Reports a refused undo or redo and drops the step (see the class comment).
    void refuse(const QString& title, const QString& text);

    AppointmentService& m_service;
    User m_user;
    AppointmentId m_id;
    Place m_before;
    Place m_after;
    MessagePresenter& m_messages;
    QWidget* m_parent;
    bool m_appliedNow = false;
    bool m_declined = false;
    BookingConfirmations m_confirmed;
    Error m_error;
};

} // namespace needlechart
