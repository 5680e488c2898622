#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/AppointmentEntry.h"
#include "needlechart/domain/appointments/BookingConfirmation.h"
#include "needlechart/domain/appointments/BookingProposal.h"
#include "needlechart/domain/appointments/Clinician.h"
#include "needlechart/domain/appointments/Room.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/session/Session.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace needlechart {

class AppointmentRepository;
class AuditTrail;
class ChangeNotifier;
class ClinicRepository;
class Clock;
class Database;
class PatientRepository;

// The appointment book's rules, for the front desk and clinicians alike. A booking must fit the
// clinic's opening hours and days and the clinician's working days (local time), and must not
// overlap another booking of the same clinician or room (touching ends are fine, cancelled
// bookings free their time), nor start in the past (AppointmentRules::startsInThePast), unless
// the person confirmed it (BookingConfirmation; refused as NeedsConfirmation until then: the
// dialog and a drag in the book ask the same question). Status changes follow
// AppointmentRules::canMove; a cancellation needs its reason. The slot check and the write are
// one write transaction, so two workstations booking the same slot at once cannot both succeed.
// The book needs Permission::AppointmentBook (front desk, clinicians); its clinicians and rooms
// are the clinic's settings (admins), which admins may also read. Every write is audited in its
// own transaction; the day list coarsely.
class AppointmentService {
    Q_DECLARE_TR_FUNCTIONS(AppointmentService)

public:
    AppointmentService(Database& database, AppointmentRepository& appointments,
                       PatientRepository& patients, ClinicRepository& clinic,
                       ChangeNotifier& notifier, const Clock& clock, AuditTrail& audit);

    [[nodiscard]] Result<Appointment> book(const Appointment& appointment, const User& user,
                                           BookingConfirmations confirmed = {});
    // Moves or resizes (the appointment's rowVersion must be the one read). A booking whose
    // start stays where it was is not asked about the past.
    [[nodiscard]] Result<Appointment> reschedule(const Appointment& appointment,
                                                 const QDateTime& startUtc, int durationMinutes,
                                                 const User& user,
                                                 BookingConfirmations confirmed = {});
    [[nodiscard]] Result<Appointment> setStatus(const Appointment& appointment,
                                                AppointmentStatus status,
                                                const QString& cancelReason, const User& user);
    // The same for the booking as it is stored now (what a list or menu that may be a moment
    // old asks for).
    [[nodiscard]] Result<Appointment> setStatus(AppointmentId id, AppointmentStatus status,
                                                const QString& cancelReason, const User& user);

    [[nodiscard]] Result<Appointment> get(AppointmentId id, const User& user);
    // The local day's appointments (every clinician), by start.
    [[nodiscard]] Result<std::vector<Appointment>> day(QDate localDay, const User& user);
    // Seven local days from `firstDay` for one clinician.
    [[nodiscard]] Result<std::vector<Appointment>> week(ClinicianId clinicianId, QDate firstDay,
                                                        const User& user);
    [[nodiscard]] Result<std::vector<Appointment>> forPatient(PatientId patientId,
                                                              const User& user);
    [[nodiscard]] Result<std::vector<Appointment>>
    completedWithoutSignedNote(QDate fromLocal, QDate toLocal, const User& user);
    // The appointments with their patient's, clinician's and room's names, in the same order.
    [[nodiscard]] Result<std::vector<AppointmentEntry>>
    entries(const std::vector<Appointment>& appointments, const User& user);
    // The patient's bookings from `nowUtc` on (soonest first) and before it (newest first).
    struct PatientBookings {
        std::vector<Appointment> upcoming;
        std::vector<Appointment> past;
    };
    [[nodiscard]] Result<PatientBookings> bookingsOf(PatientId patientId, const QDateTime& nowUtc,
                                                     const User& user);
    // The first free start at or after `afterUtc` (on a quarter hour) where `durationMinutes`
    // fit the clinician's day without a clash; searches up to `days` days ahead.
    [[nodiscard]] Result<std::optional<QDateTime>> nextFreeSlot(ClinicianId clinicianId,
                                                                const QDateTime& afterUtc,
                                                                int durationMinutes,
                                                                const User& user, int days = 60);

    // A booking to offer for the patient: the first free slot from now with the first
    // clinician taking bookings, or tomorrow at 9:00 when nobody is free or takes bookings.
    [[nodiscard]] Result<BookingProposal> proposeBooking(PatientId patientId, const User& user);
    // A follow-up after `session`: the interval its note names ("Review in 7 days"; 7 days if it
    // names none) after the treatment, with the clinician who charted it (by login, then by
    // name; else the first taking bookings), at the first free slot from then (never in the
    // past). Refused (NotFound) when the book has no clinicians.
    [[nodiscard]] Result<BookingProposal> proposeFollowUp(const Session& session, const User& user);

    [[nodiscard]] Result<std::vector<Clinician>> clinicians(const User& user);
    [[nodiscard]] Result<Clinician> addClinician(const Clinician& clinician, const User& user);
    // Renames, changes the login or working days, or stops taking bookings (refused while the
    // clinician still holds bookings from now on: the day view shows active clinicians only).
    // The clinician's rowVersion must be the one read: after a save from another workstation in
    // between, the update is refused as Conflict, saying when and by whom it was changed.
    [[nodiscard]] Status updateClinician(const Clinician& clinician, const User& user);
    [[nodiscard]] Result<std::vector<Room>> rooms(const User& user);
    [[nodiscard]] Result<Room> addRoom(const Room& room, const User& user);
    // Renames or retires a room. A retired room is not offered for new bookings; bookings
    // already in it keep it. Against the rowVersion read, like updateClinician.
    [[nodiscard]] Status updateRoom(const Room& room, const User& user);

private:
    // The reasons the slot cannot be booked (none if it can), or what the person must confirm
    // before it is.
    struct SlotCheck {
        QList<FieldError> errors;
        std::optional<Error> toConfirm;
    };
    [[nodiscard]] Result<SlotCheck> checkSlot(const Appointment& appointment,
                                              BookingConfirmations confirmed, bool startChanged);
    [[nodiscard]] Result<Appointment> store(const Appointment& appointment,
                                            BookingConfirmations confirmed, bool startChanged,
                                            const User& user);
    // The book's gate: Permission::AppointmentBook or the refusal of `what`.
    [[nodiscard]] Status mayBook(const User& user, const char* what, PatientId patientId = 0);
    // Clinicians and rooms: read by the book's users and admins, changed by admins.
    [[nodiscard]] Status maySeeStaffAndRooms(const User& user, const char* what);
    // A clinician or room change, audited with it (inside the caller's transaction).
    [[nodiscard]] Status recordSettingsChange(const User& user, const QString& objectType,
                                              qint64 objectId);

    Database& m_database;
    AppointmentRepository& m_appointments;
    PatientRepository& m_patients;
    ClinicRepository& m_clinic;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    AuditTrail& m_audit;
};

} // namespace needlechart
