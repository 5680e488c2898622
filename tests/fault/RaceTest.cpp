// Issue 12, the fault suite's two-process matrix: two workstations (processes) read the same
// record, wait at a barrier, and save their own edit at the same moment. Every time exactly one
// save wins and the other is refused as a conflict (or, for a slot, as a clash), and the record
// holds the winner's edit: 0 lost updates, 0 double bookings.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/database/Database.h"

#include "ClearedPatient.h"
#include "FaultWorkerProcess.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"

#include <QFile>

#include <gtest/gtest.h>

#include <memory>

using namespace needlechart;
using test::FaultWorkerProcess;

namespace {

const QDateTime Now(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
constexpr int Rounds = 20;

struct Records {
    PatientId patient = 0;
    SessionId draft = 0;
    qint64 clinician = 0;
    qint64 room = 0;
};

class RaceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = temp.open();
        ASSERT_NE(db, nullptr);
        FixedClock clock(Now);
        ClinicServices services(*db, clock, MuscleCatalogue::builtIn());
        const User alex = test::clinicAdminUser();
        records.patient =
            test::clearedPatient(services, alex, QStringLiteral("Race"), QStringLiteral("Two"),
                                 QDate(1988, 8, 8), QStringLiteral("Shoulder"));
        ASSERT_GT(records.patient, 0);
        records.draft =
            services.sessions().saveDraft(test::richSession(records.patient, Now), alex)->id;
        ClinicProfile profile = *services.clinic().profile();
        profile.name = QStringLiteral("Race Clinic");
        ASSERT_TRUE(services.clinic().saveProfile(profile, alex).ok());
        Clinician clinician;
        clinician.name = QStringLiteral("Alex Morgan");
        clinician.workingDays = 0b1111111;
        records.clinician = services.appointments().addClinician(clinician, alex)->id;
        Room room;
        room.name = QStringLiteral("Room 1");
        room.active = true;
        records.room = services.appointments().addRoom(room, alex)->id;
    }

    // What the record holds now, as the workers wrote VALUE into it.
    QString stored(const QString& kind)
    {
        auto db = temp.open();
        FixedClock clock(Now);
        ClinicServices services(*db, clock, MuscleCatalogue::builtIn());
        if (kind == QLatin1String("patient"))
            return services.patients().get(records.patient, test::clinicianUser())->notes;
        if (kind == QLatin1String("draft"))
            return services.sessions()
                .get(records.draft, test::clinicianUser())
                ->presentingComplaint;
        if (kind == QLatin1String("clinic"))
            return services.clinic().profile()->phone;
        if (kind == QLatin1String("clinician")) {
            const auto clinicians = services.appointments().clinicians(test::clinicianUser());
            for (const Clinician& c : *clinicians)
                if (c.id == records.clinician)
                    return c.name;
        }
        if (kind == QLatin1String("room")) {
            const auto rooms = services.appointments().rooms(test::clinicianUser());
            for (const Room& r : *rooms)
                if (r.id == records.room)
                    return r.name;
        }
        if (kind == QLatin1String("slot"))
            return QString::number(
                services.appointments().forPatient(records.patient, test::clinicianUser())->size());
        return {};
    }

    // Runs the race `Rounds` times; returns how many rounds lost an update or double booked.
    // The two workstations are two processes that stay up for every round.
    int race(const QString& kind, qint64 id, const std::function<QString(int, int)>& valueOf)
    {
        int lost = 0;
        std::unique_ptr<FaultWorkerProcess> workers[2];
        for (auto& worker : workers) {
            worker = std::make_unique<FaultWorkerProcess>(
                QStringList{QStringLiteral("race"), kind, temp.path(), QString::number(id)});
            EXPECT_TRUE(worker->started());
        }
        for (int round = 0; round < Rounds; ++round) {
            const QString barrier =
                temp.dir() + QStringLiteral("/barrier-%1-%2").arg(kind).arg(round);
            for (int w = 0; w < 2; ++w)
                EXPECT_EQ(workers[w]->ask(valueOf(round, w) + QLatin1Char(' ') + barrier),
                          QStringLiteral("ready"));
            QFile(barrier).open(QIODevice::WriteOnly);
            QStringList results;
            for (auto& worker : workers)
                results << worker->readLine();
            const int saved = int(results.count(QStringLiteral("saved")));
            const int refused = int(results.count(QStringLiteral("conflict")));
            EXPECT_EQ(saved + refused, 2) << results.join(QStringLiteral(" | ")).toStdString();
            if (saved != 1) {
                ++lost;
                continue;
            }
            const int winner = results.at(0) == QLatin1String("saved") ? 0 : 1;
            if (kind == QLatin1String("slot")) {
                if (stored(kind) != QString::number(round + 1))
                    ++lost;
            } else if (stored(kind) != valueOf(round, winner)) {
                ++lost;
            }
        }
        std::printf("%s: %d rounds, %d lost updates or double bookings\n", qUtf8Printable(kind),
                    Rounds, lost);
        return lost;
    }

    static QString value(int round, int worker)
    {
        return QStringLiteral("%1-%2")
            .arg(worker == 0 ? QStringLiteral("A") : QStringLiteral("B"))
            .arg(round);
    }

    test::TempDatabase temp;
    Records records;
};

} // namespace

TEST_F(RaceTest, two_workstations_saving_one_patient_at_once_lose_no_update)
{
    EXPECT_EQ(race(QStringLiteral("patient"), records.patient, value), 0);
}

TEST_F(RaceTest, two_workstations_saving_one_draft_at_once_lose_no_update)
{
    EXPECT_EQ(race(QStringLiteral("draft"), records.draft, value), 0);
}

TEST_F(RaceTest, two_workstations_saving_the_clinic_details_at_once_lose_no_update)
{
    EXPECT_EQ(race(QStringLiteral("clinic"), 0, value), 0);
}

TEST_F(RaceTest, two_workstations_renaming_one_clinician_at_once_lose_no_update)
{
    EXPECT_EQ(race(QStringLiteral("clinician"), records.clinician, value), 0);
}

TEST_F(RaceTest, two_workstations_renaming_one_room_at_once_lose_no_update)
{
    EXPECT_EQ(race(QStringLiteral("room"), records.room, value), 0);
}

TEST_F(RaceTest, two_workstations_booking_one_slot_at_once_never_both_get_it)
{
    // Each round both book the same slot a week after the last round's: one booking per round.
    EXPECT_EQ(race(QStringLiteral("slot"), records.patient,
                   [this](int round, int) {
                       return QStringLiteral("%1:%2").arg(records.clinician).arg(round);
                   }),
              0);
}
