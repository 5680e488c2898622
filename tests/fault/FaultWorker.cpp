// Not a test on its own: the other process of the fault suite (tests/fault). It uses the clinic
// database the way the app does, through the services, and is killed, raced or watched by the
// tests.
//
//   needlechart_fault_worker lock-writer DATABASE [--process-locks]
//       Reads commands on stdin, one per line, and answers each on stdout:
//         save N   creates patient "Lockwood N"          → "saved N ID"
//         touch    opens, reads and closes the database file and its -wal and -shm files the
//                  way a file dialog or icon provider would                      → "touched"
//         deleted  how many of its open files are deleted ones                   → "deleted K"
//       --process-locks first puts back SQLite's process-wide POSIX locks (the hazard).
//   needlechart_fault_worker open-close DATABASE
//       Opens the database like a command-line document does, counts its patients, closes it.
//   needlechart_fault_worker kill-loop DATABASE ACKNOWLEDGEMENTS
//       Saves for ever: a patient, screening and consent, a draft, its signature and a booking.
//       After each save returns, a line naming it is appended to ACKNOWLEDGEMENTS and fsynced, so
//       what the line says was acknowledged to a user before the kill. Says "saving" once the
//       database is open.
//   needlechart_fault_worker disk-full DATABASE BALLAST
//       Saves patients with long notes until the disk is full, checks what the user is told,
//       deletes BALLAST (a file filling part of the disk), saves the refused patient again and
//       prints one line of findings. Run on a small tmpfs by the fault suite.
//   needlechart_fault_worker race KIND DATABASE ID
//       One of two workstations editing the same record, round after round: for each line
//       "VALUE BARRIER" on stdin it reads record ID of KIND (patient, draft, clinic, clinician,
//       room; or slot: books patient ID with VALUE "CLINICIAN:WEEK" on a Tuesday at 11:00), says
//       "ready", waits for BARRIER to appear, saves VALUE into it and says "saved", "conflict" or
//       "error MESSAGE". One process serves every round: starting a process is what costs, above
//       all under the sanitizers.
//   needlechart_fault_worker create DATABASE [--demo PATIENTS]
//       Creates (or opens) the database, optionally filling it with the demo clinic.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/demo/DemoSessions.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqliteFileLocks.h"

#include "SessionSamples.h"
#include "SigningClinician.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimeZone>

#include <dirent.h>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

using namespace needlechart;

namespace {

int fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "%s: %s (%s)\n", what, qUtf8Printable(error.message),
                 qUtf8Printable(error.detail));
    return 3;
}

void answer(const QString& line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

// What a file dialog does to guess a file's type: open, read the first bytes, close.
void touch(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            file.read(512);
    }
}

int deletedFiles()
{
    int deleted = 0;
    DIR* fds = ::opendir("/proc/self/fd");
    if (fds == nullptr)
        return -1;
    while (const dirent* entry = ::readdir(fds)) {
        const QByteArray link = QByteArrayLiteral("/proc/self/fd/") + entry->d_name;
        char target[4096];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target);
        if (length > 0 && QByteArray(target, length).endsWith(QByteArrayLiteral(" (deleted)")))
            ++deleted;
    }
    ::closedir(fds);
    return deleted;
}

Result<Patient> createPatient(ClinicServices& services, const QString& family, const QString& given)
{
    Patient p;
    p.familyName = family;
    p.givenName = given;
    p.dateOfBirth = QDate(1980, 1, 1);
    return services.patients().create(p, test::clinicianUser());
}

int lockWriter(ClinicServices& services)
{
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line).trimmed();
        if (command.startsWith(QLatin1String("save "))) {
            const QString n = command.mid(5);
            auto created = createPatient(services, QStringLiteral("Lockwood"), n);
            if (!created)
                return fail("save", created.error());
            answer(QStringLiteral("saved %1 %2").arg(n).arg(created->id));
        } else if (command == QLatin1String("touch")) {
            touch(services.database().path());
            answer(QStringLiteral("touched"));
        } else if (command == QLatin1String("deleted")) {
            answer(QStringLiteral("deleted %1").arg(deletedFiles()));
        } else if (!command.isEmpty()) {
            std::fprintf(stderr, "unknown command: %s\n", line.c_str());
            return 2;
        }
    }
    return 0;
}

// Appends one line and forces it to disk before the next save starts.
class Acknowledgements {
public:
    explicit Acknowledgements(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT, 0600))
    {}
    ~Acknowledgements()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Acknowledgements(const Acknowledgements&) = delete;
    Acknowledgements& operator=(const Acknowledgements&) = delete;
    [[nodiscard]] bool ok() const { return m_fd >= 0; }
    void add(const QString& line)
    {
        const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
        if (::write(m_fd, bytes.constData(), size_t(bytes.size())) != bytes.size()
            || ::fsync(m_fd) != 0) {
            std::perror("acknowledgement");
            std::exit(4);
        }
    }

private:
    int m_fd;
};

int killLoop(ClinicServices& services, const QString& ackPath)
{
    Acknowledgements acks(ackPath);
    if (!acks.ok())
        return 2;
    const User alex = test::signingClinician(services);
    // A clinician of this run only, who works every day: its bookings never clash with those
    // of an earlier, killed run.
    Clinician ofThisRun;
    ofThisRun.name = QStringLiteral("Kill %1").arg(::getpid());
    ofThisRun.workingDays = 0b1111111;
    auto clinician = services.appointments().addClinician(ofThisRun, alex);
    if (!clinician)
        return fail("clinician", clinician.error());
    acks.add(QStringLiteral("clinician %1").arg(clinician->id));
    answer(QStringLiteral("saving"));
    auto leaflet = services.clinic().currentLeaflet();
    if (!leaflet)
        return fail("leaflet", leaflet.error());
    const QDate firstDay = QDate::currentDate().addDays(1);
    for (int i = 0;; ++i) {
        auto patient = createPatient(services, QStringLiteral("Killed"), QString::number(i));
        if (!patient)
            return fail("patient", patient.error());
        acks.add(QStringLiteral("patient %1").arg(patient->id));

        Screening screening;
        screening.patientId = patient->id;
        auto screened = services.consent().recordScreening(screening, alex);
        if (!screened)
            return fail("screening", screened.error());
        Consent consent;
        consent.patientId = patient->id;
        consent.leafletVersion = leaflet->version;
        consent.scope = QStringLiteral("Neck and shoulders");
        consent.signedName = QStringLiteral("Killed %1").arg(i);
        auto consented = services.consent().recordConsent(consent, alex);
        if (!consented)
            return fail("consent", consented.error());
        acks.add(QStringLiteral("consent %1").arg(consented->id));

        const QDateTime treated = QDateTime::currentDateTimeUtc().addSecs(-600);
        auto draft = services.sessions().saveDraft(test::richSession(patient->id, treated), alex);
        if (!draft)
            return fail("draft", draft.error());
        acks.add(QStringLiteral("draft %1").arg(draft->id));
        auto signedNote = services.sessions().sign(*draft, alex, test::SigningPassword);
        if (!signedNote)
            return fail("sign", signedNote.error());
        acks.add(QStringLiteral("signed %1").arg(signedNote->id));

        Appointment booking;
        booking.patientId = patient->id;
        booking.clinicianId = clinician->id;
        booking.start =
            QDateTime(firstDay.addDays(i / 16), QTime(9, 0).addSecs((i % 16) * 1800)).toUTC();
        booking.durationMinutes = 30;
        booking.type = AppointmentType::DryNeedling;
        auto booked = services.appointments().book(booking, alex);
        if (!booked)
            return fail("booking", booked.error());
        acks.add(QStringLiteral("booked %1").arg(booked->id));
    }
}

int diskFull(ClinicServices& services, const QString& ballast)
{
    int saved = 0;
    Patient refused;
    Error error;
    for (;; ++saved) {
        Patient p;
        p.familyName = QStringLiteral("Full");
        p.givenName = QString::number(saved);
        p.dateOfBirth = QDate(1975, 3, 1);
        p.notes = QString(3000, QLatin1Char('n'));
        auto created = services.patients().create(p, test::clinicianUser());
        if (!created) {
            refused = p;
            error = created.error();
            break;
        }
        if (saved > 100000)
            return fail("never full", Error{});
    }
    auto counted = services.patients().count(PatientQuery{}, test::clinicianUser());
    const int kept = counted ? *counted : -1;
    QFile::remove(ballast);
    auto again = services.patients().create(refused, test::clinicianUser());
    auto recounted = services.patients().count(PatientQuery{}, test::clinicianUser());
    answer(QStringLiteral("saved=%1 kept=%2 code=%3 again=%4 after=%5 message=%6")
               .arg(saved)
               .arg(kept)
               .arg(QLatin1String(errorCodeName(error.code)))
               .arg(again ? QStringLiteral("yes") : again.error().message)
               .arg(recounted ? *recounted : -1)
               .arg(error.message));
    return 0;
}

void waitFor(const QString& barrier)
{
    answer(QStringLiteral("ready"));
    while (!QFileInfo::exists(barrier))
        QThread::usleep(200);
}

template <typename T>
int outcome(const Result<T>& result)
{
    if (result.ok())
        answer(QStringLiteral("saved"));
    else if (result.error().code == ErrorCode::Conflict
             || result.error().code == ErrorCode::NeedsConfirmation) // a slot taken meanwhile
        answer(QStringLiteral("conflict"));
    else
        answer(QStringLiteral("error ") + result.error().message);
    return 0;
}

int raceRound(ClinicServices& services, const QString& kind, qint64 id, const QString& value,
              const QString& barrier)
{
    const User alex = test::clinicAdminUser();
    if (kind == QLatin1String("patient")) {
        auto patient = services.patients().get(id, test::clinicianUser());
        if (!patient)
            return fail("read", patient.error());
        patient->notes = value;
        waitFor(barrier);
        return outcome(services.patients().update(*patient, test::clinicianUser()));
    }
    if (kind == QLatin1String("draft")) {
        auto draft = services.sessions().get(id, alex);
        if (!draft)
            return fail("read", draft.error());
        draft->presentingComplaint = value;
        waitFor(barrier);
        return outcome(services.sessions().saveDraft(*draft, alex));
    }
    if (kind == QLatin1String("clinic")) {
        auto profile = services.clinic().profile();
        if (!profile)
            return fail("read", profile.error());
        profile->phone = value;
        waitFor(barrier);
        return outcome(services.clinic().saveProfile(*profile, alex));
    }
    if (kind == QLatin1String("clinician") || kind == QLatin1String("room")) {
        const bool clinician = kind == QLatin1String("clinician");
        auto clinicians = services.appointments().clinicians(test::clinicianUser());
        auto rooms = services.appointments().rooms(test::clinicianUser());
        if (!clinicians || !rooms)
            return fail("read", clinicians ? rooms.error() : clinicians.error());
        for (Clinician& c : *clinicians) {
            if (clinician && c.id == id) {
                c.name = value;
                waitFor(barrier);
                return outcome(services.appointments().updateClinician(c, alex));
            }
        }
        for (Room& r : *rooms) {
            if (!clinician && r.id == id) {
                r.name = value;
                waitFor(barrier);
                return outcome(services.appointments().updateRoom(r, alex));
            }
        }
        return fail("read", Error{ErrorCode::NotFound, QStringLiteral("no such row"), {}, {}});
    }
    if (kind == QLatin1String("slot")) {
        Appointment a;
        a.patientId = id;
        // VALUE is "CLINICIAN:WEEK": the Tuesday WEEK weeks after 8 December 2026, at 11:00.
        a.clinicianId = value.section(QLatin1Char(':'), 0, 0).toLongLong();
        const int week = value.section(QLatin1Char(':'), 1, 1).toInt();
        a.start = QDateTime(QDate(2026, 12, 8).addDays(7 * week), QTime(11, 0)).toUTC();
        a.durationMinutes = 30;
        a.type = AppointmentType::FollowUp;
        waitFor(barrier);
        return outcome(services.appointments().book(a, test::frontDeskUser()));
    }
    std::fprintf(stderr, "unknown kind %s\n", qUtf8Printable(kind));
    return 2;
}

int race(ClinicServices& services, const QStringList& args)
{
    const QString kind = args.at(2);
    const qint64 id = args.at(4).toLongLong();
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString round = QString::fromStdString(line).trimmed();
        const QString value = round.section(QLatin1Char(' '), 0, 0);
        const QString barrier = round.section(QLatin1Char(' '), 1);
        if (const int failed = raceRound(services, kind, id, value, barrier); failed != 0)
            return failed;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::off);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s MODE DATABASE [...]\n", argv[0]);
        return 2;
    }
    const QString mode = args.at(1);
    const QString path = mode == QLatin1String("race") && args.size() > 3 ? args.at(3) : args.at(2);
    if (mode == QLatin1String("lock-writer") && args.contains(QStringLiteral("--process-locks")))
        SqliteFileLocks::restoreProcessLocksForTest();

    SystemClock clock;
    auto opened = Database::open(path);
    if (!opened)
        return fail("open", opened.error());
    // Passwords under the cheapest limits, as the signing account's hash was made: confirming
    // one before each signature then costs microseconds, not a strong hash (which, under the
    // sanitizers, would leave the kill loop hardly anything to kill).
    ClinicServices services(**opened, clock, MuscleCatalogue::builtIn(),
                            PasswordHasher::Limits::minimumForTests());

    if (mode == QLatin1String("lock-writer"))
        return lockWriter(services);
    if (mode == QLatin1String("open-close")) {
        auto count = services.patients().count(PatientQuery{}, test::clinicianUser());
        if (!count)
            return fail("count", count.error());
        answer(QStringLiteral("patients %1").arg(*count));
        return 0;
    }
    if (mode == QLatin1String("race") && args.size() == 5)
        return race(services, args);
    if (mode == QLatin1String("disk-full") && args.size() == 4)
        return diskFull(services, args.at(3));
    if (mode == QLatin1String("kill-loop") && args.size() == 4)
        return killLoop(services, args.at(3));
    if (mode == QLatin1String("create")) {
        const qsizetype demo = args.indexOf(QStringLiteral("--demo"));
        if (demo > 0 && demo + 1 < args.size()) {
            auto filled = DemoSessions::populateClinic(
                services, args.at(demo + 1).toInt(), 7,
                [](const MuscleId& muscle, BodySide side) -> std::optional<TriggerPoint> {
                    return TriggerPoint(0, BodyView::Posterior, muscle, side, QPointF(0.5, 0.5));
                });
            if (!filled)
                return fail("demo", filled.error());
        }
        answer(QStringLiteral("created"));
        return 0;
    }
    std::fprintf(stderr, "unknown mode %s\n", qUtf8Printable(mode));
    return 2;
}
