#include "needlechart/domain/appointments/AppointmentRules.h"

#include "needlechart/domain/common/TextLimit.h"

#include <algorithm>
#include <functional>

namespace needlechart {

QList<FieldError> AppointmentRules::check(const Appointment& a)
{
    QList<FieldError> errors;
    if (a.patientId <= 0)
        errors.append({AppointmentFields::Patient, tr("Choose the patient.")});
    if (a.clinicianId <= 0)
        errors.append({AppointmentFields::Clinician, tr("Choose the clinician.")});
    if (!a.start.isValid())
        errors.append({AppointmentFields::Start, tr("Choose the date and time.")});
    if (a.durationMinutes < MinDurationMinutes || a.durationMinutes > MaxDurationMinutes)
        errors.append(
            {AppointmentFields::Duration, tr("An appointment lasts from %1 minutes to %2 hours.")
                                              .arg(MinDurationMinutes)
                                              .arg(MaxDurationMinutes / 60)});
    if (a.status == AppointmentStatus::Cancelled && a.cancelReason.trimmed().isEmpty())
        errors.append(
            {AppointmentFields::CancelReason, tr("Say why the appointment was cancelled.")});
    TextLimit::check(errors, AppointmentFields::CancelReason, tr("The reason for cancelling"),
                     a.cancelReason, MaxCancelReasonLength);
    TextLimit::check(errors, AppointmentFields::Note, tr("The appointment's note"), a.note,
                     MaxNoteLength);
    return errors;
}

QList<FieldError> AppointmentRules::checkClinician(const Clinician& clinician)
{
    QList<FieldError> errors;
    if (clinician.name.trimmed().isEmpty())
        errors.append({StaffFields::Name, tr("Enter the clinician's name.")});
    TextLimit::check(errors, StaffFields::Name, tr("The clinician's name"), clinician.name,
                     MaxClinicianNameLength);
    TextLimit::check(errors, StaffFields::Login, tr("The clinician's login"), clinician.login,
                     MaxLoginLength);
    return errors;
}

QList<FieldError> AppointmentRules::checkRoom(const Room& room)
{
    QList<FieldError> errors;
    if (room.name.trimmed().isEmpty())
        errors.append({StaffFields::Name, tr("Enter the room's name.")});
    TextLimit::check(errors, StaffFields::Name, tr("The room's name"), room.name,
                     MaxRoomNameLength);
    return errors;
}

bool AppointmentRules::collide(const Appointment& a, const Appointment& b)
{
    return a.holdsTime() && b.holdsTime() && a.start < b.end() && b.start < a.end();
}

namespace {

ClinicianId firstTakingBookings(const std::vector<Clinician>& clinicians,
                                const std::function<bool(const Clinician&)>& matches)
{
    const auto found = std::find_if(clinicians.begin(), clinicians.end(),
                                    [&](const Clinician& c) { return c.active && matches(c); });
    return found == clinicians.end() ? 0 : found->id;
}

} // namespace

ClinicianId AppointmentRules::matchingClinician(const std::vector<Clinician>& clinicians,
                                                const QString& login, const QString& name)
{
    if (!login.isEmpty())
        if (const ClinicianId id = firstTakingBookings(
                clinicians, [&](const Clinician& c) { return c.login == login; }))
            return id;
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return 0;
    return firstTakingBookings(clinicians, [&](const Clinician& c) {
        return c.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

ClinicianId AppointmentRules::preferredClinician(const std::vector<Clinician>& clinicians,
                                                 const QString& login, const QString& name)
{
    if (const ClinicianId id = matchingClinician(clinicians, login, name))
        return id;
    return firstTakingBookings(clinicians, [](const Clinician&) { return true; });
}

bool AppointmentRules::canMove(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    if (from == to)
        return true;
    switch (from) {
    case S::Booked: return to == S::Arrived || to == S::Cancelled || to == S::NoShow;
    case S::Arrived:
        return to == S::InTreatment || to == S::Completed || to == S::Cancelled || to == S::Booked;
    case S::InTreatment: return to == S::Completed || to == S::Arrived;
    case S::Completed: return to == S::InTreatment;             // "completed" pressed too early
    case S::Cancelled: return to == S::Booked;                  // reinstated
    case S::NoShow: return to == S::Booked || to == S::Arrived; // late after all
    }
    return false;
}

bool AppointmentRules::startsInThePast(const Appointment& appointment, const QDateTime& nowUtc)
{
    return appointment.start < nowUtc.addSecs(-qint64(PastGraceMinutes) * 60);
}

FrontDeskState AppointmentRules::frontDeskState(const Appointment& a, const QDateTime& nowUtc)
{
    switch (a.status) {
    case AppointmentStatus::Booked:
        if (nowUtc >= a.end())
            return FrontDeskState::NotArrived;
        return nowUtc >= a.start.addSecs(qint64(LateAfterMinutes) * 60) ? FrontDeskState::Late
                                                                        : FrontDeskState::Expected;
    case AppointmentStatus::Arrived: return FrontDeskState::Waiting;
    case AppointmentStatus::InTreatment: return FrontDeskState::InTreatment;
    case AppointmentStatus::Completed: return FrontDeskState::Done;
    case AppointmentStatus::NoShow: return FrontDeskState::NoShow;
    case AppointmentStatus::Cancelled: return FrontDeskState::Cancelled;
    }
    return FrontDeskState::Expected;
}

} // namespace needlechart
