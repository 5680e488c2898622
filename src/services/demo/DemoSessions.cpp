#include "needlechart/services/demo/DemoSessions.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/paindrawing/ReferralPatterns.h"
#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoAccounts.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/storage/accounts/AccountRepository.h"
#include "needlechart/storage/appointments/AppointmentRepository.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/consent/ConsentRepository.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/outcomes/OutcomeRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace needlechart {
namespace {

struct Site {
    const char* muscle;
    BodySide side;
};

struct Pattern {
    const char* complaint;
    std::array<Site, 6> sites;
    // What the patient names on the functional scale (PSFS), and how hard each is at first.
    std::array<const char*, 3> activities;
};

// What a clinic sees most, as the muscles it needles for each.
const std::array<Pattern, 4> Patterns{{
    {"Neck and shoulder pain at the desk; tension headaches.",
     {{{"upper_trapezius", BodySide::Right},
       {"levator_scapulae", BodySide::Right},
       {"infraspinatus", BodySide::Right},
       {"upper_trapezius", BodySide::Left},
       {"splenius_capitis", BodySide::Right},
       {"rhomboids", BodySide::Right}}},
     {"Working at the computer for an hour", "Driving and checking over my shoulder",
      "Sleeping through the night"}},
    {"Low back pain after lifting, spreading into the left buttock.",
     {{{"multifidus", BodySide::Left},
       {"gluteus_medius", BodySide::Left},
       {"iliocostalis", BodySide::Left},
       {"gluteus_maximus", BodySide::Left},
       {"multifidus", BodySide::Right},
       {"longissimus", BodySide::Left}}},
     {"Lifting the shopping into the car", "Sitting through a meeting", "Gardening"}},
    {"Tight calf and hamstring while training for a half marathon.",
     {{{"gastrocnemius", BodySide::Right},
       {"soleus", BodySide::Right},
       {"biceps_femoris", BodySide::Right},
       {"semitendinosus", BodySide::Right},
       {"gastrocnemius", BodySide::Left},
       {"fibularis_longus", BodySide::Right}}},
     {"Running for 10 km", "Going down stairs", "Squatting to pick things up"}},
    {"Lateral elbow pain, worse gripping.",
     {{{"extensor_carpi_radialis_brevis", BodySide::Right},
       {"extensor_digitorum", BodySide::Right},
       {"brachioradialis", BodySide::Right},
       {"supinator", BodySide::Right},
       {"extensor_carpi_radialis_longus", BodySide::Right},
       {"triceps_brachii", BodySide::Right}}},
     {"Gripping a kettle", "Typing for an hour", "Carrying a bag"}},
}};

constexpr int PatientsWithSessions = 40;

// Where a patient with `pattern` feels it: the main referral zones of its first muscle, on that
// side, shaded a little inside their edge at `intensity`; smaller as treatment helps.
QList<PainArea> painDrawingFor(const Pattern& pattern, int intensity, double scale)
{
    const ReferralPatterns& referral = ReferralPatterns::builtIn();
    const Site& site = pattern.sites.front();
    QList<PainArea> drawing;
    for (const QString& id : referral.pattern(QString::fromLatin1(site.muscle)).primary) {
        for (const ReferralZone* zone : referral.zonesWithId(id)) {
            if (zone->side && zone->side != site.side)
                continue;
            PainArea area{zone->view, PainType::Ache, std::clamp(intensity, 1, 10), {}};
            constexpr int Corners = 28;
            for (int i = 0; i < Corners; ++i) {
                const double angle = 2 * 3.14159265358979323846 * i / Corners;
                // A little irregular, as a hand shades.
                const double wobble = 1.0 + 0.08 * std::sin(3 * angle + id.size());
                area.outline.append(
                    zone->centre
                    + QPointF(zone->radii.width() * scale * wobble * std::cos(angle),
                              zone->radii.height() * scale * wobble * std::sin(angle)));
            }
            drawing.append(area);
        }
    }
    return drawing;
}

} // namespace

Result<int> DemoSessions::populate(ClinicServices& services, const PointPlacer& place)
{
    const QDateTime nowUtc = services.clock().nowUtc();
    PatientRepository& patients = services.patientRepository();
    OutcomeRepository& outcomes = services.outcomeRepository();
    const OutcomeMeasure* psfs = OutcomeMeasureCatalogue::builtIn().find(
        OutcomeMeasureCatalogue::PatientSpecificFunctionalScale);
    SessionRepository& sessions = services.sessionRepository();
    ConsentRepository& consents = services.consentRepository();
    Transaction tx(services.database());
    if (!tx.begun().ok())
        return tx.begun().error();

    ClinicProfile clinic;
    clinic.name = QStringLiteral("Riverside Physiotherapy (demo)");
    clinic.address = QStringLiteral("4 Mill Lane\nLeeds LS1 4AB");
    clinic.phone = QStringLiteral("0113 496 0999");
    clinic.email = QStringLiteral("hello@riverside-physio.example");
    if (Status saved = services.clinicRepository().saveProfile(clinic, nowUtc); !saved.ok())
        return saved.error();
    auto leaflet = services.clinic().currentLeaflet();
    if (!leaflet)
        return leaflet.error();
    // The demo's clinicians sign with their accounts (DemoAccounts, made first), as a clinic's
    // notes are: the account and its registration number go with the signature.
    QHash<QString, StaffAccount> signers;
    for (const QString& login :
         {DemoAccounts::firstClinicianLogin(), DemoAccounts::secondClinicianLogin()}) {
        auto found = services.accountRepository().findByLogin(login);
        if (!found)
            return found.error();
        if (*found)
            signers.insert(login, **found);
    }

    // The made-up patients, oldest first (DemoClinic fills an empty database). Patient n (from
    // 1) is ids[n - 1]; what each one gets follows from n, so the demo is the same every time.
    auto counted = patients.count(PatientQuery{});
    if (!counted)
        return counted.error();
    const int total = *counted;
    auto firstIds = patients.firstRegistered(PatientsWithSessions + 150);
    if (!firstIds)
        return firstIds.error();
    const std::vector<PatientId>& ids = *firstIds;
    if (total == 0) {
        if (Status committed = tx.commit(); !committed.ok())
            return committed.error();
        return 0;
    }
    int added = 0;
    for (qint64 n = 1; n <= std::min<qint64>(PatientsWithSessions, total); ++n) {
        const PatientId patient = ids.at(std::size_t(n - 1));
        const Pattern& pattern = Patterns.at(std::size_t(n % qint64(Patterns.size())));
        const int count = 1 + int(n % 4);
        // Screened and consented half an hour before the first session.
        const QDateTime firstVisit = nowUtc.addDays(-(3 + 7 * (count - 1) + int(n % 3)));
        QDateTime before = firstVisit;
        before.setTime(QTime(8, 30));
        Screening screening;
        screening.patientId = patient;
        screening.screenedAt = before;
        // Alex sees most patients; every third is Jo's.
        const bool jo = n % 3 == 0;
        const QString clinician =
            jo ? DemoAccounts::secondClinicianName() : DemoAccounts::firstClinicianName();
        const QString clinicianLogin =
            jo ? DemoAccounts::secondClinicianLogin() : DemoAccounts::firstClinicianLogin();
        screening.clinician = clinician;
        if (n % 6 == 0)
            screening.answers = {
                ScreeningAnswer{QStringLiteral("must-drive"), true,
                                QStringLiteral("Drives home: rest 15 minutes first")}};
        auto screened = consents.addScreening(screening);
        if (!screened)
            return screened.error();
        Consent consent;
        consent.patientId = patient;
        consent.recordedAt = before.addSecs(5 * 60);
        consent.leafletVersion = leaflet->version;
        consent.scope = QString::fromUtf8(pattern.complaint).section(QLatin1Char(' '), 0, 3)
                        + QStringLiteral("…: course of treatment");
        consent.signedName = QStringLiteral("(signed)");
        consent.clinician = clinician;
        auto consented = consents.addConsent(consent);
        if (!consented)
            return consented.error();
        for (int visit = 0; visit < count; ++visit) {
            Session s;
            s.patientId = patient;
            const int daysAgo = 3 + 7 * (count - 1 - visit) + int(n % 3);
            s.treatedAt = nowUtc.addDays(-daysAgo);
            s.treatedAt.setTime(QTime(9 + int((n + visit) % 8), (n % 2) ? 30 : 0));
            s.clinician = clinician;
            s.clinicianLogin = clinicianLogin;
            s.presentingComplaint = QString::fromUtf8(pattern.complaint);
            s.positions = {PatientPosition::Prone};
            s.painBefore = 7 - visit;
            s.painAfter = 4 - std::min(visit, 3);
            s.painAreas = painDrawingFor(pattern, *s.painBefore, 0.95 - 0.12 * visit);
            const int points = 3 + int((n + visit) % 4);
            for (int i = 0; i < points; ++i) {
                const Site& site = pattern.sites.at(std::size_t(i));
                std::optional<TriggerPoint> placed =
                    place(QString::fromLatin1(site.muscle), site.side);
                if (!placed)
                    continue;
                TriggerPoint point = *placed;
                point.position += QPointF(0.004 * (visit % 3), 0.004 * (i % 2));
                point.findings.twitch =
                    (i + visit) % 3 == 0 ? TwitchResponse::Single : TwitchResponse::None;
                point.findings.painReproduced = i % 2 == 0;
                point.findings.depthMm = 15 + 5 * (i % 3);
                point.findings.needleGaugeMm = 0.30;
                point.findings.needleLengthMm = 40;
                s.points.add(point);
            }
            s.needles = {
                NeedleUse{0.30, 40, QString(), int(s.points.size()), int(s.points.size())}};
            s.soreness = 3;
            s.otherCare = {
                OtherCare{OtherCareKind::Stretching, QStringLiteral("Home stretches reviewed")}};
            s.advice =
                QStringLiteral("Soreness for a day or two is normal; keep moving; heat helps.");
            s.followUp = QStringLiteral("Review in 7 days");
            auto saved = sessions.saveDraft(s, s.treatedAt);
            if (!saved)
                return saved.error();
            // The newest note of every fifth patient is left as a draft, still being written.
            const bool leaveDraft = visit == count - 1 && n % 5 == 0;
            if (!leaveDraft) {
                const StaffAccount signer = signers.value(s.clinicianLogin);
                auto signedNote = sessions.markSigned(saved->id, saved->rowVersion, s.clinician,
                                                      s.treatedAt.addSecs(20 * 60), consented->id,
                                                      consented->leafletVersion, screened->id,
                                                      signer.id, signer.registrationNumber);
                if (!signedNote)
                    return signedNote.error();
                if (Status recorded =
                        patients.recordVisit(patient, s.treatedAt.toLocalTime().date());
                    !recorded.ok())
                    return recorded.error();
                // The functional scale at the first visit and the latest, the patient's three
                // activities easier each time.
                if (psfs && count >= 2 && (visit == 0 || visit == count - 1)) {
                    OutcomeCompletion c;
                    c.patientId = patient;
                    c.sessionId = saved->id;
                    c.measureId = psfs->id;
                    c.measureVersion = psfs->version;
                    c.completedAt = s.treatedAt.addSecs(5 * 60);
                    for (std::size_t a = 0; a < pattern.activities.size(); ++a)
                        c.answers.append(
                            {QString::fromUtf8(pattern.activities.at(a)),
                             std::min(10, int(2 + a + (n % 2)) + (visit == 0 ? 0 : 2 * visit))});
                    auto score = psfs->score(c.answers);
                    if (!score)
                        return score.error();
                    c.score = *score;
                    c.recordedBy = s.clinician;
                    c.recordedByAccountId = signer.id;
                    if (auto stored = outcomes.add(c); !stored)
                        return stored.error();
                }
            }
            ++added;
        }
    }
    // The appointment book: three clinicians, two rooms, and this week's bookings.
    AppointmentRepository& book = services.appointmentRepository();
    std::vector<ClinicianId> staff;
    const std::pair<QString, QString> bookedStaff[] = {
        {DemoAccounts::firstClinicianName(), DemoAccounts::firstClinicianLogin()},
        {DemoAccounts::secondClinicianName(), DemoAccounts::secondClinicianLogin()},
        {QStringLiteral("Sam Okafor"), QString()}, // a locum without an account
    };
    for (const auto& [name, login] : bookedStaff) {
        auto clinician = book.addClinician(Clinician{0, name, login, 0b0011111, true}, nowUtc,
                                           DemoAccounts::firstClinicianName());
        if (!clinician)
            return clinician.error();
        staff.push_back(clinician->id);
    }
    for (const char* room : {"Room 1", "Room 2"}) {
        if (auto roomAdded = book.addRoom(Room{0, QString::fromLatin1(room), true}, nowUtc,
                                          DemoAccounts::firstClinicianName());
            !roomAdded)
            return roomAdded.error();
    }
    const QDate today = nowUtc.toLocalTime().date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    int booking = 0;
    for (int day = 0; day < 5; ++day) {
        for (std::size_t c = 0; c < staff.size(); ++c) {
            QTime t(8, 30);
            for (int i = 0; i < 8; ++i, ++booking) {
                const int minutes = (i + day + int(c)) % 3 == 0 ? 60 : 30;
                Appointment a;
                // Patients after the first 40 (who have notes), or any when there are few.
                const int n =
                    total > PatientsWithSessions
                        ? PatientsWithSessions + 1
                              + (booking * 7) % std::min(150, total - PatientsWithSessions)
                        : 1 + (booking * 7) % total;
                a.patientId = ids.at(std::size_t(n - 1));
                a.clinicianId = staff[c];
                a.start = QDateTime(monday.addDays(day), t, Qt::LocalTime).toUTC();
                a.durationMinutes = minutes;
                a.type = static_cast<AppointmentType>((booking + int(c)) % 4);
                t = t.addSecs((minutes + (i % 3 == 1 ? 30 : 0)) * 60);
                if (booking % 9 == 4) // a few free slots
                    continue;
                if (auto stored = book.add(a, nowUtc); !stored)
                    return stored.error();
            }
        }
    }
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return added;
}

Result<bool> DemoSessions::clinicIsEmpty(ClinicServices& services)
{
    auto count = services.patientRepository().count(PatientQuery{});
    if (!count)
        return count.error();
    return *count == 0;
}

Result<int> DemoSessions::populateClinic(ClinicServices& services, int patientCount, quint32 seed,
                                         const PointPlacer& place, const StepReport& step)
{
    const auto report = [&step](const char* text) {
        if (step)
            step(QCoreApplication::translate("DemoSessions", text));
    };
    Transaction tx(services.database());
    if (!tx.begun().ok())
        return tx.begun().error();
    report(QT_TRANSLATE_NOOP("DemoSessions", "Adding the made-up patients"));
    if (auto patients = DemoClinic::populate(services, patientCount, seed); !patients)
        return patients.error();
    report(QT_TRANSLATE_NOOP("DemoSessions", "Adding the demo staff accounts"));
    if (Status staff = DemoAccounts::create(services, services.clock().nowUtc()); !staff.ok())
        return staff.error();
    report(QT_TRANSLATE_NOOP("DemoSessions", "Charting their visits and booking the week"));
    auto notes = populate(services, place);
    if (!notes)
        return notes.error();
    report(QT_TRANSLATE_NOOP("DemoSessions", "Saving the demo clinic"));
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return notes;
}

} // namespace needlechart
