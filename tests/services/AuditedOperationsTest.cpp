// Issue 14: each clinical or administrative write writes exactly one audit row, in its own
// transaction, naming the action, the patient and the object; on both back ends.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/database/Database.h"

#include "ClearedPatient.h"
#include "ServicesTest.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <functional>

using namespace needlechart;

namespace {

const QDateTime Now(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);

class AuditedOperationsTest : public test::ServicesTest {
protected:
    AuditedOperationsTest() : ServicesTest(Now) {}

    const User alex = test::signingClinician(services);
    const User desk = test::frontDeskUser();

    // Runs `operation` and checks it added exactly one row: `action` on `objectType`, for
    // `patientId` (0: none), done.
    void expectOneRow(const char* what, AuditAction action, const QString& objectType,
                      qint64 patientId, const std::function<bool()>& operation)
    {
        SCOPED_TRACE(what);
        auto before = services.auditRepository().count();
        ASSERT_TRUE(before);
        ASSERT_TRUE(operation()) << "the operation itself failed";
        auto after = services.auditRepository().count();
        ASSERT_TRUE(after);
        ASSERT_EQ(*after, *before + 1) << "one row per operation";
        AuditQuery newest;
        newest.limit = 1;
        auto rows = services.auditRepository().find(newest);
        ASSERT_TRUE(rows && rows->size() == 1);
        const AuditEvent& row = rows->front();
        EXPECT_EQ(row.action, action);
        EXPECT_EQ(row.objectType, objectType);
        EXPECT_EQ(row.patientId, patientId);
        EXPECT_EQ(row.outcome, AuditEvent::Outcome::Done);
        EXPECT_EQ(row.atUtc, clock.nowUtc());
    }
};

} // namespace

TEST_P(AuditedOperationsTest, every_write_adds_exactly_one_row_naming_what_it_did)
{
    Patient p;
    p.familyName = QStringLiteral("Okafor");
    p.givenName = QStringLiteral("Ada");
    p.dateOfBirth = QDate(1984, 5, 6);
    Patient patient;
    expectOneRow("register a patient", AuditAction::Create, QStringLiteral("patient"), 1, [&] {
        auto created = services.patients().create(p, desk);
        if (created)
            patient = *created;
        return created.ok();
    });
    expectOneRow("correct a patient", AuditAction::Update, QStringLiteral("patient"), patient.id,
                 [&] {
                     patient.phone = QStringLiteral("07700 900123");
                     auto updated = services.patients().update(patient, desk);
                     return updated.ok();
                 });
    expectOneRow("screen", AuditAction::Create, QStringLiteral("screening"), patient.id, [&] {
        Screening screening;
        screening.patientId = patient.id;
        return services.consent().recordScreening(screening, alex).ok();
    });
    ConsentId consentId = 0;
    expectOneRow("consent", AuditAction::Create, QStringLiteral("consent"), patient.id, [&] {
        Consent consent;
        consent.patientId = patient.id;
        consent.leafletVersion = services.clinic().currentLeaflet()->version;
        consent.scope = QStringLiteral("Neck");
        consent.signedName = QStringLiteral("Ada Okafor");
        auto recorded = services.consent().recordConsent(consent, alex);
        if (recorded)
            consentId = recorded->id;
        return recorded.ok();
    });
    Session draft;
    expectOneRow("start a draft", AuditAction::Create, QStringLiteral("session"), patient.id, [&] {
        auto saved = services.sessions().saveDraft(test::richSession(patient.id, Now), alex);
        if (saved)
            draft = *saved;
        return saved.ok();
    });
    expectOneRow("save the draft again", AuditAction::Update, QStringLiteral("session"), patient.id,
                 [&] {
                     draft.advice = QStringLiteral("Heat, gentle movement.");
                     auto saved = services.sessions().saveDraft(draft, alex);
                     if (saved)
                         draft = *saved;
                     return saved.ok();
                 });
    expectOneRow("sign", AuditAction::Sign, QStringLiteral("session"), patient.id,
                 [&] { return services.sessions().sign(draft, alex, test::SigningPassword).ok(); });
    expectOneRow("amend", AuditAction::Amend, QStringLiteral("session"), patient.id, [&] {
        return services.sessions()
            .amend(draft.id, QStringLiteral("Side"), QStringLiteral("Left, not right."), alex,
                   test::SigningPassword)
            .ok();
    });
    Session second;
    ASSERT_TRUE(services.sessions().saveDraft(test::richSession(patient.id, Now), alex));
    auto history = services.sessions().history(patient.id, alex);
    ASSERT_TRUE(history);
    for (const SessionSummary& s : *history) {
        if (s.id != draft.id)
            second.id = s.id;
    }
    expectOneRow("delete a draft", AuditAction::DeleteDraft, QStringLiteral("session"), patient.id,
                 [&] { return services.sessions().deleteDraft(second.id, alex).ok(); });
    expectOneRow(
        "withdraw consent", AuditAction::Update, QStringLiteral("consent"), patient.id, [&] {
            return services.consent().withdraw(consentId, QStringLiteral("Stopped"), alex).ok();
        });
    Clinician clinician;
    expectOneRow("add a clinician", AuditAction::SettingsChange, QStringLiteral("clinician"), 0,
                 [&] {
                     Clinician c;
                     c.name = QStringLiteral("Alex Morgan");
                     c.workingDays = 0b1111111;
                     auto added = services.appointments().addClinician(c, alex);
                     if (added)
                         clinician = *added;
                     return added.ok();
                 });
    expectOneRow("change a clinician", AuditAction::SettingsChange, QStringLiteral("clinician"), 0,
                 [&] {
                     clinician.name = QStringLiteral("Alex J. Morgan");
                     return services.appointments().updateClinician(clinician, alex).ok();
                 });
    Room room;
    expectOneRow("add a room", AuditAction::SettingsChange, QStringLiteral("room"), 0, [&] {
        auto added = services.appointments().addRoom(Room{0, QStringLiteral("Room 1")}, alex);
        if (added)
            room = *added;
        return added.ok();
    });
    expectOneRow("rename a room", AuditAction::SettingsChange, QStringLiteral("room"), 0, [&] {
        room.name = QStringLiteral("Treatment room 1");
        return services.appointments().updateRoom(room, alex).ok();
    });
    Appointment booked;
    expectOneRow("book", AuditAction::Create, QStringLiteral("appointment"), patient.id, [&] {
        Appointment a;
        a.patientId = patient.id;
        a.clinicianId = clinician.id;
        a.start = QDateTime(Now.date().addDays(6), QTime(10, 0), Qt::LocalTime).toUTC();
        a.durationMinutes = 30;
        auto made = services.appointments().book(a, desk);
        if (made)
            booked = *made;
        return made.ok();
    });
    expectOneRow("move", AuditAction::Update, QStringLiteral("appointment"), patient.id, [&] {
        auto moved =
            services.appointments().reschedule(booked, booked.start.addSecs(3600), 30, desk);
        if (moved)
            booked = *moved;
        return moved.ok();
    });
    expectOneRow("cancel", AuditAction::Update, QStringLiteral("appointment"), patient.id, [&] {
        return services.appointments()
            .setStatus(booked, AppointmentStatus::Cancelled, QStringLiteral("Unwell"), desk)
            .ok();
    });
    expectOneRow("clinic details", AuditAction::SettingsChange, QStringLiteral("clinic-profile"), 0,
                 [&] {
                     auto profile = services.clinic().profile();
                     if (!profile)
                         return false;
                     profile->name = QStringLiteral("Riverside Physiotherapy");
                     return services.clinic().saveProfile(*profile, alex).ok();
                 });
    expectOneRow("leaflet", AuditAction::SettingsChange, QStringLiteral("leaflet"), 0, [&] {
        return services.clinic().saveLeaflet(QStringLiteral("# Dry needling\nEdited."), alex).ok();
    });
}

TEST_P(AuditedOperationsTest, looking_is_audited_coarsely_once_per_ten_minutes)
{
    const PatientId patient =
        test::clearedPatient(services, alex, QStringLiteral("Okafor"), QStringLiteral("Ada"),
                             QDate(1984, 5, 6), QStringLiteral("Neck"));
    auto rowsOf = [&](AuditAction action) {
        AuditQuery query;
        query.action = action;
        auto rows = services.auditRepository().find(query);
        EXPECT_TRUE(rows);
        return rows ? int(rows->size()) : -1;
    };
    const int openedBefore = rowsOf(AuditAction::OpenRecord);
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(services.patients().list(PatientQuery{}, desk));
        ASSERT_TRUE(services.sessions().history(patient, alex));
        clock.advanceSeconds(60);
    }
    EXPECT_EQ(rowsOf(AuditAction::ListRecords), 1) << "five searches in five minutes: one row";
    EXPECT_EQ(rowsOf(AuditAction::OpenRecord), openedBefore + 1);
    clock.advanceSeconds(10 * 60);
    ASSERT_TRUE(services.patients().list(PatientQuery{}, desk));
    ASSERT_TRUE(services.sessions().history(patient, alex));
    EXPECT_EQ(rowsOf(AuditAction::ListRecords), 2);
    EXPECT_EQ(rowsOf(AuditAction::OpenRecord), openedBefore + 2);
    // Someone else looking is a row of their own.
    User jo = test::clinicianUser();
    jo.accountId = 7;
    ASSERT_TRUE(services.sessions().history(patient, jo));
    EXPECT_EQ(rowsOf(AuditAction::OpenRecord), openedBefore + 3);
}

NEEDLECHART_ON_EVERY_BACKEND(AuditedOperationsTest);
