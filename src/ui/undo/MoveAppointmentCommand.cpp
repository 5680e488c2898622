#include "undo/MoveAppointmentCommand.h"

#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/ui/appointments/BookingQuestions.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace needlechart {

MoveAppointmentCommand::MoveAppointmentCommand(AppointmentService& service, const User& user,
                                               AppointmentId id, Place before, Place after,
                                               MessagePresenter& messages, QWidget* parent)
    : m_service(service),
      m_user(user),
      m_id(id),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_messages(messages),
      m_parent(parent)
{
    setText(QCoreApplication::translate("AppointmentBookView", "Move appointment"));
}

bool MoveAppointmentCommand::applyNow()
{
    m_appliedNow = apply(m_after, {}, true);
    return m_appliedNow;
}

void MoveAppointmentCommand::redo()
{
    if (m_appliedNow) {
        m_appliedNow = false;
        return;
    }
    if (apply(m_after, m_confirmed, false))
        return;
    spdlog::info("redo of the move of appointment {} refused ({})", m_id,
                 errorCodeName(m_error.code));
    refuse(QCoreApplication::translate("AppointmentBookView", "Cannot redo the move"),
           QCoreApplication::translate("AppointmentBookView",
                                       "The appointment could not be moved again, so it stays "
                                       "where it is now. %1\n\nThe move has been taken off the "
                                       "undo list.")
               .arg(m_error.message));
}

void MoveAppointmentCommand::undo()
{
    // Back where the booking was, however long ago that is; but not onto a booking made in its
    // old place meanwhile.
    if (apply(m_before, BookingConfirmation::InThePast, false))
        return;
    spdlog::info("undo of the move of appointment {} refused ({})", m_id,
                 errorCodeName(m_error.code));
    refuse(QCoreApplication::translate("AppointmentBookView", "Cannot undo the move"),
           QCoreApplication::translate("AppointmentBookView",
                                       "The appointment could not be moved back, so it stays "
                                       "where it is now. %1\n\nThe move has been taken off the "
                                       "undo list.")
               .arg(m_error.message));
}

bool MoveAppointmentCommand::apply(const Place& place, BookingConfirmations confirmed, bool ask)
{
    auto current = m_service.get(m_id, m_user);
    if (!current) {
        m_error = current.error();
        return false;
    }
    Appointment moved = *current;
    moved.clinicianId = place.clinicianId;
    auto attempt = [&](BookingConfirmations given) {
        return m_service.reschedule(moved, place.startUtc, place.durationMinutes, m_user, given);
    };
    BookingQuestions questions(m_messages, m_parent);
    auto stored = ask ? questions.run(attempt, confirmed) : attempt(confirmed);
    if (ask) {
        m_confirmed = questions.confirmed();
        m_declined = questions.declined();
    }
    if (!stored) {
        m_error = stored.error();
        return false;
    }
    return true;
}

void MoveAppointmentCommand::refuse(const QString& title, const QString& text)
{
    // QUndoStack (Qt 6) checks isObsolete() after undo() or redo() returns: it then deletes this
    // command and leaves the index where the step was, so the stack offers the steps around it
    // and never this one again. The warning is shown first, while the command still exists.
    setObsolete(true);
    m_messages.warning(m_parent, title, text);
}

} // namespace needlechart
