#pragma once

#include "needlechart/domain/appointments/Appointment.h"
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

    // Applies the move now, before the command goes on the stack; false (see error()) if the
    // service refuses it. The stack's first redo() then has nothing left to do.
    bool applyNow();
    void redo() override;
    void undo() override;
    // Why the last move was refused.
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    bool apply(const Place& place);
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
    Error m_error;
};

} // namespace needlechart
