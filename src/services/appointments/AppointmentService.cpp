#include "needlechart/services/appointments/AppointmentService.h"

#include "needlechart/domain/appointments/AppointmentRules.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/session/FollowUpInterval.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/appointments/AppointmentRepository.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include <QHash>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {
namespace {

QDateTime localStartOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

QString hhmm(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}

// A refusal for broken rules: the first one in its own words, every one for the form.
Error refusal(QList<FieldError> errors)
{
    const QString message = errors.front().message;
    return Error{ErrorCode::Validation, message, {}, std::move(errors)};
}

} // namespace

AppointmentService::AppointmentService(Database& database, AppointmentRepository& appointments,
                                       PatientRepository& patients, ClinicRepository& clinic,
                                       ChangeNotifier& notifier, const Clock& clock,
                                       AuditTrail& audit)
    : m_database(database),
      m_appointments(appointments),
      m_patients(patients),
      m_clinic(clinic),
      m_notifier(notifier),
      m_clock(clock),
      m_audit(audit)
{}

Status AppointmentService::mayBook(const User& user, const char* what, PatientId patientId)
{
    return m_audit.permit(user, Permission::AppointmentBook, what, {patientId, {}, 0});
}

Status AppointmentService::maySeeStaffAndRooms(const User& user, const char* what)
{
    if (user.may(Permission::ClinicSettings))
        return {};
    return mayBook(user, what);
}

Status AppointmentService::recordSettingsChange(const User& user, const QString& objectType,
                                                qint64 objectId)
{
    return m_audit.record(user, AuditAction::SettingsChange, {0, objectType, objectId});
}

Result<AppointmentService::SlotCheck> AppointmentService::checkSlot(const Appointment& a,
                                                                    BookingConfirmations confirmed,
                                                                    bool startChanged)
{
    SlotCheck check;
    QList<FieldError>& errors = check.errors;
    errors = AppointmentRules::check(a);
    if (!errors.isEmpty())
        return check;
    auto profile = m_clinic.profile();
    if (!profile)
        return profile.error();
    auto clinicians = m_appointments.clinicians();
    if (!clinicians)
        return clinicians.error();
    const Clinician* clinician = nullptr;
    for (const Clinician& c : *clinicians) {
        if (c.id == a.clinicianId)
            clinician = &c;
    }
    if (!clinician || !clinician->active) {
        errors.append({AppointmentFields::Clinician,
                       tr("Choose a clinician who is working with the clinic.")});
        return check;
    }
    const QDateTime localStart = a.start.toLocalTime();
    const QDateTime localEnd = a.end().toLocalTime();
    const int weekday = localStart.date().dayOfWeek();
    if (!profile->isOpenOn(weekday))
        errors.append({AppointmentFields::Start,
                       tr("The clinic is closed on %1s.").arg(QLocale().dayName(weekday))});
    else if (!clinician->worksOn(weekday))
        errors.append(
            {AppointmentFields::Clinician,
             tr("%1 does not work on %2s.").arg(clinician->name, QLocale().dayName(weekday))});
    else if (localStart.time() < profile->opensAt || localEnd.date() != localStart.date()
             || localEnd.time() > profile->closesAt)
        errors.append({AppointmentFields::Start,
                       tr("The clinic is open from %1 to %2.")
                           .arg(profile->opensAt.toString(QStringLiteral("HH:mm")),
                                profile->closesAt.toString(QStringLiteral("HH:mm")))});
    if (!errors.isEmpty())
        return check;
    if (startChanged && !confirmed.testFlag(BookingConfirmation::InThePast)
        && AppointmentRules::startsInThePast(a, m_clock.nowUtc())) {
        check.toConfirm = BookingConfirmationText::refusal(
            BookingConfirmation::InThePast,
            tr("%1 at %2 has already gone by.")
                //: A date pattern (QDate codes), as DateText's "dddd d MMMM yyyy".
                .arg(QLocale().toString(localStart.date(), tr("dddd d MMMM yyyy")), hhmm(a.start)));
        return check;
    }
    if (confirmed.testFlag(BookingConfirmation::DoubleBooking) || !a.holdsTime())
        return check;
    auto clash = m_appointments.firstClash(a.clinicianId, a.roomId, a.start, a.end(), a.id);
    if (!clash)
        return clash.error();
    if (*clash) {
        const Appointment& other = **clash;
        const bool sameClinician = other.clinicianId == a.clinicianId;
        check.toConfirm = BookingConfirmationText::refusal(
            BookingConfirmation::DoubleBooking,
            sameClinician ? tr("%1 already has an appointment from %2 to %3.")
                                .arg(clinician->name, hhmm(other.start), hhmm(other.end()))
                          : tr("The room is already booked from %1 to %2.")
                                .arg(hhmm(other.start), hhmm(other.end())));
    }
    return check;
}

Result<Appointment> AppointmentService::store(const Appointment& appointment,
                                              BookingConfirmations confirmed, bool startChanged,
                                              const User& user)
{
    // The book is held before the check: another workstation's booking of the same slot
    // waits until this one is committed, and then sees it (SQLite: the write lock of BEGIN
    // IMMEDIATE; PostgreSQL: an advisory lock, as read committed alone would let both in).
    Transaction tx(m_database);
    if (Status begun = tx.begun(); !begun.ok())
        return begun.error();
    if (Status held = m_appointments.holdBookUntilCommit(); !held.ok())
        return held.error();
    auto problems = checkSlot(appointment, confirmed, startChanged);
    if (!problems)
        return problems.error();
    if (!problems->errors.isEmpty())
        return Error{ErrorCode::Validation, problems->errors.first().message, {}, problems->errors};
    if (problems->toConfirm)
        return *problems->toConfirm;
    auto stored = appointment.isStored() ? m_appointments.update(appointment, m_clock.nowUtc())
                                         : m_appointments.add(appointment, m_clock.nowUtc());
    if (!stored) {
        spdlog::warn("appointment {} not stored ({})", appointment.id,
                     errorCodeName(stored.error().code));
        return stored.error();
    }
    if (Status recorded =
            m_audit.record(user, appointment.isStored() ? AuditAction::Update : AuditAction::Create,
                           {stored->patientId, QStringLiteral("appointment"), stored->id},
                           AuditEvent::Outcome::Done, enumKey(stored->status));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    spdlog::info("appointment {} for patient {} stored ({})", stored->id, stored->patientId,
                 enumKey(stored->status).toStdString());
    m_notifier.notify(
        {ChangeEvent::Entity::Appointment,
         appointment.isStored() ? ChangeEvent::Kind::Updated : ChangeEvent::Kind::Created,
         {stored->id},
         stored->patientId});
    return stored;
}

Result<Appointment> AppointmentService::book(const Appointment& appointment, const User& user,
                                             BookingConfirmations confirmed)
{
    if (Status allowed = mayBook(user, "book an appointment", appointment.patientId); !allowed)
        return allowed.error();
    if (appointment.isStored())
        return Error{ErrorCode::Validation, tr("This appointment is already booked."), {}, {}};
    if (auto patient = m_patients.get(appointment.patientId); !patient)
        return patient.error();
    Appointment toBook = appointment;
    toBook.status = AppointmentStatus::Booked;
    return store(toBook, confirmed, true, user);
}

Result<Appointment> AppointmentService::reschedule(const Appointment& appointment,
                                                   const QDateTime& startUtc, int durationMinutes,
                                                   const User& user, BookingConfirmations confirmed)
{
    if (Status allowed = mayBook(user, "move an appointment", appointment.patientId); !allowed)
        return allowed.error();
    if (appointment.status == AppointmentStatus::Completed
        || appointment.status == AppointmentStatus::Cancelled
        || appointment.status == AppointmentStatus::NoShow)
        return Error{
            ErrorCode::Validation, tr("Only an appointment still to happen can be moved."), {}, {}};
    Appointment moved = appointment;
    moved.start = startUtc.toUTC();
    moved.durationMinutes = durationMinutes;
    // Only a new start is asked about the past (lengthening today's booking is not).
    auto stored = m_appointments.get(appointment.id);
    if (!stored)
        return stored.error();
    return store(moved, confirmed, stored->start != moved.start, user);
}

Result<Appointment> AppointmentService::setStatus(const Appointment& appointment,
                                                  AppointmentStatus status,
                                                  const QString& cancelReason, const User& user)
{
    if (Status allowed = mayBook(user, "change an appointment", appointment.patientId); !allowed)
        return allowed.error();
    if (!AppointmentRules::canMove(appointment.status, status))
        return Error{ErrorCode::Validation,
                     tr("An appointment that is %1 cannot become %2.")
                         .arg(DisplayText::inSentence(enumLabel(appointment.status)),
                              DisplayText::inSentence(enumLabel(status))),
                     {},
                     {}};
    Appointment changed = appointment;
    changed.status = status;
    changed.cancelReason =
        status == AppointmentStatus::Cancelled ? cancelReason.trimmed() : QString();
    // Reinstating a booking must still fit the book: check the slot again.
    const bool reinstating =
        status == AppointmentStatus::Booked && appointment.status == AppointmentStatus::Cancelled;
    return store(changed, reinstating ? BookingConfirmations() : BookingConfirmation::DoubleBooking,
                 false, user);
}

Result<Appointment> AppointmentService::setStatus(AppointmentId id, AppointmentStatus status,
                                                  const QString& cancelReason, const User& user)
{
    if (Status allowed = mayBook(user, "change an appointment"); !allowed)
        return allowed.error();
    auto current = m_appointments.get(id);
    if (!current)
        return current.error();
    return setStatus(*current, status, cancelReason, user);
}

Result<Appointment> AppointmentService::get(AppointmentId id, const User& user)
{
    if (Status allowed = mayBook(user, "read an appointment"); !allowed)
        return allowed.error();
    return m_appointments.get(id);
}

Result<std::vector<Appointment>> AppointmentService::day(QDate localDay, const User& user)
{
    if (Status allowed = mayBook(user, "read the day's appointments"); !allowed)
        return allowed.error();
    auto found = m_appointments.between(localStartOf(localDay), localStartOf(localDay.addDays(1)));
    if (found)
        m_audit.recordSearch(user, QStringLiteral("appointments"));
    return found;
}

Result<std::vector<Appointment>> AppointmentService::week(ClinicianId clinicianId, QDate firstDay,
                                                          const User& user)
{
    if (Status allowed = mayBook(user, "read a clinician's week"); !allowed)
        return allowed.error();
    return m_appointments.between(localStartOf(firstDay), localStartOf(firstDay.addDays(7)),
                                  clinicianId);
}

Result<std::vector<Appointment>> AppointmentService::forPatient(PatientId patientId,
                                                                const User& user)
{
    if (Status allowed = mayBook(user, "read a patient's appointments", patientId); !allowed)
        return allowed.error();
    return m_appointments.forPatient(patientId);
}

Result<std::vector<Appointment>>
AppointmentService::completedWithoutSignedNote(QDate fromLocal, QDate toLocal, const User& user)
{
    if (Status allowed = mayBook(user, "list visits without a signed note"); !allowed)
        return allowed.error();
    return m_appointments.completedWithoutSignedNote(localStartOf(fromLocal),
                                                     localStartOf(toLocal.addDays(1)));
}

Result<std::vector<AppointmentEntry>>
AppointmentService::entries(const std::vector<Appointment>& appointments, const User& user)
{
    if (Status allowed = mayBook(user, "read appointments"); !allowed)
        return allowed.error();
    auto clinicians = m_appointments.clinicians();
    if (!clinicians)
        return clinicians.error();
    auto rooms = m_appointments.rooms();
    if (!rooms)
        return rooms.error();
    QHash<ClinicianId, QString> clinicianNames;
    for (const Clinician& c : *clinicians)
        clinicianNames.insert(c.id, c.name);
    QHash<RoomId, QString> roomNames;
    for (const Room& r : *rooms)
        roomNames.insert(r.id, r.name);
    QHash<PatientId, Patient> patients;
    std::vector<AppointmentEntry> entries;
    entries.reserve(appointments.size());
    for (const Appointment& a : appointments) {
        auto known = patients.constFind(a.patientId);
        if (known == patients.cend()) {
            auto patient = m_patients.get(a.patientId);
            if (!patient)
                return patient.error();
            known = patients.insert(a.patientId, *patient);
        }
        entries.push_back({a, known->displayName(), known->fullName(), known->phone,
                           clinicianNames.value(a.clinicianId), roomNames.value(a.roomId)});
    }
    return entries;
}

Result<AppointmentService::PatientBookings>
AppointmentService::bookingsOf(PatientId patientId, const QDateTime& nowUtc, const User& user)
{
    if (Status allowed = mayBook(user, "read a patient's appointments", patientId); !allowed)
        return allowed.error();
    auto all = m_appointments.forPatient(patientId); // newest first
    if (!all)
        return all.error();
    PatientBookings bookings;
    for (const Appointment& a : *all) {
        // Still to come while it has not ended, so the visit in progress stays in view.
        if (a.end() > nowUtc)
            bookings.upcoming.push_back(a);
        else
            bookings.past.push_back(a);
    }
    std::reverse(bookings.upcoming.begin(), bookings.upcoming.end());
    return bookings;
}

Result<std::optional<QDateTime>> AppointmentService::nextFreeSlot(ClinicianId clinicianId,
                                                                  const QDateTime& afterUtc,
                                                                  int durationMinutes,
                                                                  const User& user, int days)
{
    if (Status allowed = mayBook(user, "find a free slot"); !allowed)
        return allowed.error();
    auto profile = m_clinic.profile();
    if (!profile)
        return profile.error();
    Appointment probe;
    probe.patientId = 1; // only the slot is checked
    probe.clinicianId = clinicianId;
    probe.durationMinutes = durationMinutes;
    QDateTime local = afterUtc.toLocalTime();
    // Round up to the next quarter hour.
    const int minutes = local.time().minute();
    local = local.addSecs(qint64((15 - minutes % 15) % 15) * 60 - local.time().second());
    for (int day = 0; day <= days; ++day) {
        const QDate date = local.date().addDays(day);
        QTime from = day == 0 ? std::max(local.time(), profile->opensAt) : profile->opensAt;
        for (QTime t = from;
             t.isValid() && t.addSecs(qint64(durationMinutes) * 60) <= profile->closesAt
             && t >= from;
             t = t.addSecs(15 * 60)) {
            probe.start = QDateTime(date, t, Qt::LocalTime).toUTC();
            // Free: nothing wrong and no clash (the time asked from is the caller's choice).
            auto problems = checkSlot(probe, BookingConfirmation::InThePast, true);
            if (!problems)
                return problems.error();
            if (problems->errors.isEmpty() && !problems->toConfirm)
                return std::optional<QDateTime>(probe.start);
            // A closed day or a clinician's day off: no point trying the rest of it.
            if (!profile->isOpenOn(date.dayOfWeek()))
                break;
        }
    }
    return std::optional<QDateTime>();
}

Result<BookingProposal> AppointmentService::proposeBooking(PatientId patientId, const User& user)
{
    if (Status allowed = mayBook(user, "propose a booking", patientId); !allowed)
        return allowed.error();
    BookingProposal proposal;
    auto all = m_appointments.clinicians();
    if (!all)
        return all.error();
    proposal.clinicians = std::move(*all);
    Appointment& draft = proposal.appointment;
    draft.patientId = patientId;
    draft.durationMinutes = AppointmentRules::DefaultDurationMinutes;
    draft.clinicianId = AppointmentRules::preferredClinician(proposal.clinicians, {}, {});
    if (draft.clinicianId > 0) {
        auto slot = nextFreeSlot(draft.clinicianId, m_clock.nowUtc(), draft.durationMinutes, user);
        if (!slot)
            return slot.error();
        if (*slot) {
            draft.start = **slot;
            proposal.freeSlotFound = true;
        }
    }
    if (!draft.start.isValid())
        draft.start = QDateTime(m_clock.today().addDays(1), QTime(9, 0), Qt::LocalTime).toUTC();
    return proposal;
}

Result<BookingProposal> AppointmentService::proposeFollowUp(const Session& session,
                                                            const User& user)
{
    if (Status allowed = mayBook(user, "propose a follow-up", session.patientId); !allowed)
        return allowed.error();
    BookingProposal proposal;
    auto all = m_appointments.clinicians();
    if (!all)
        return all.error();
    if (all->empty())
        return Error{
            ErrorCode::NotFound, tr("The appointment book has no clinicians yet."), {}, {}};
    proposal.clinicians = std::move(*all);
    proposal.intervalDays = FollowUpInterval::days(session.followUp);
    Appointment& draft = proposal.appointment;
    draft.patientId = session.patientId;
    // The clinician who charted, or nobody (the dialog then asks): never quietly someone else.
    draft.clinicianId = AppointmentRules::matchingClinician(
        proposal.clinicians, session.clinicianLogin, session.clinician);
    draft.durationMinutes = AppointmentRules::DefaultDurationMinutes;
    draft.type = AppointmentType::FollowUp;
    draft.note = session.followUp;
    const QDate due = session.treatedAt.toLocalTime().date().addDays(
        proposal.intervalDays.value_or(AppointmentRules::DefaultFollowUpDays));
    const QDateTime from =
        std::max(QDateTime(due, QTime(0, 0), Qt::LocalTime).toUTC(), m_clock.nowUtc());
    draft.start = from;
    // The charting clinician's first free time; with nobody matched, the first time anyone
    // taking bookings is free (whoever is then chosen, the booking is checked again).
    for (const Clinician& candidate : proposal.clinicians) {
        if (draft.clinicianId > 0 ? candidate.id != draft.clinicianId : !candidate.active)
            continue;
        auto slot = nextFreeSlot(candidate.id, from, draft.durationMinutes, user);
        if (!slot)
            return slot.error();
        if (*slot && (!proposal.freeSlotFound || **slot < draft.start)) {
            draft.start = **slot;
            proposal.freeSlotFound = true;
        }
    }
    return proposal;
}

Result<std::vector<Clinician>> AppointmentService::clinicians(const User& user)
{
    if (Status allowed = maySeeStaffAndRooms(user, "read the clinicians"); !allowed)
        return allowed.error();
    return m_appointments.clinicians();
}

Result<Clinician> AppointmentService::addClinician(const Clinician& clinician, const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::ClinicSettings, "add a clinician");
        !allowed)
        return allowed.error();
    if (auto errors = AppointmentRules::checkClinician(clinician); !errors.isEmpty())
        return refusal(std::move(errors));
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto added = m_appointments.addClinician(clinician, m_clock.nowUtc(), user.displayName);
    if (!added)
        return added.error();
    if (Status recorded = recordSettingsChange(user, QStringLiteral("clinician"), added->id);
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("clinician {} added", added->id);
    m_notifier.notify(
        {ChangeEvent::Entity::Appointment, ChangeEvent::Kind::Updated, {}, PatientId(0)});
    return added;
}

Status AppointmentService::updateClinician(const Clinician& clinician, const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::ClinicSettings, "change a clinician");
        !allowed)
        return allowed;
    if (auto errors = AppointmentRules::checkClinician(clinician); !errors.isEmpty())
        return refusal(std::move(errors));
    if (clinician.active && clinician.workingDays == 0)
        return Error{ErrorCode::Validation, tr("Tick at least one working day."), {}, {}};
    const QDateTime now = m_clock.nowUtc();
    // The check for bookings to come and the write are one transaction, so no booking can slip
    // in between them.
    Transaction tx(m_database);
    if (Status begun = tx.begun(); !begun.ok())
        return begun;
    if (Status held = m_appointments.holdBookUntilCommit(); !held.ok())
        return held;
    if (!clinician.active) {
        auto ahead = m_appointments.between(now, now.addYears(5), clinician.id);
        if (!ahead)
            return ahead.error();
        const auto held = std::count_if(ahead->begin(), ahead->end(),
                                        [](const Appointment& a) { return a.holdsTime(); });
        if (held > 0)
            return Error{ErrorCode::Conflict,
                         held == 1 ? tr("%1 still has 1 booking to come. Move or cancel it first.")
                                         .arg(clinician.name)
                                   : tr("%1 still has %2 bookings to come. Move or cancel them "
                                        "first.")
                                         .arg(clinician.name)
                                         .arg(held),
                         {},
                         {}};
    }
    if (Status saved = m_appointments.updateClinician(clinician, now, user.displayName);
        !saved.ok())
        return saved;
    if (Status recorded = recordSettingsChange(user, QStringLiteral("clinician"), clinician.id);
        !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed.ok())
        return committed;
    spdlog::info("clinician {} updated (active: {})", clinician.id, clinician.active);
    m_notifier.notify(
        {ChangeEvent::Entity::Appointment, ChangeEvent::Kind::Updated, {}, PatientId(0)});
    return {};
}

Result<std::vector<Room>> AppointmentService::rooms(const User& user)
{
    if (Status allowed = maySeeStaffAndRooms(user, "read the rooms"); !allowed)
        return allowed.error();
    return m_appointments.rooms();
}

Result<Room> AppointmentService::addRoom(const Room& room, const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::ClinicSettings, "add a room"); !allowed)
        return allowed.error();
    if (auto errors = AppointmentRules::checkRoom(room); !errors.isEmpty())
        return refusal(std::move(errors));
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto added = m_appointments.addRoom(room, m_clock.nowUtc(), user.displayName);
    if (!added)
        return added.error();
    if (Status recorded = recordSettingsChange(user, QStringLiteral("room"), added->id); !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return added;
}

Status AppointmentService::updateRoom(const Room& room, const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::ClinicSettings, "change a room");
        !allowed)
        return allowed;
    if (auto errors = AppointmentRules::checkRoom(room); !errors.isEmpty())
        return refusal(std::move(errors));
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun();
    if (Status saved = m_appointments.updateRoom(room, m_clock.nowUtc(), user.displayName);
        !saved.ok())
        return saved;
    if (Status recorded = recordSettingsChange(user, QStringLiteral("room"), room.id); !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed)
        return committed;
    spdlog::info("room {} updated (active: {})", room.id, room.active);
    m_notifier.notify(
        {ChangeEvent::Entity::Appointment, ChangeEvent::Kind::Updated, {}, PatientId(0)});
    return {};
}

} // namespace needlechart
