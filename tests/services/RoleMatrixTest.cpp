// Issue 14's role matrix: every public method of every service, called by every combination of
// roles, on both back ends. A role without the permission the method needs is refused with
// NotPermitted and exactly one audit row saying so; a role with it is never refused (the call
// may still fail for its own reasons, a validation or a missing row). The table below names the
// permission each method needs; AccessPolicy says which roles grant it.
#include "needlechart/domain/accounts/AccessPolicy.h"
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
#include <optional>

using namespace needlechart;

namespace {

const QDateTime Now(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);
const QString Password = QStringLiteral("lantern-orchard-41");

// What the calls work on, made by someone holding every role.
struct World {
    PatientId patientId = 0;
    SessionId draftId = 0;
    Session draft;
    SessionId signedId = 0;
    AppointmentId appointmentId = 0;
    Appointment appointment;
    Clinician clinician;
    Room room;
    ConsentId consentId = 0;
    ScreeningId screeningId = 0;
    StaffAccount account;
};

// The error a call ended with; nothing if it succeeded.
using Code = std::optional<ErrorCode>;

// Who may call a method.
using Allows = std::function<bool(const User&)>;
Allows needs(Permission permission)
{
    return [permission](const User& user) { return user.may(permission); };
}
const Allows anyone = [](const User&) { return true; };

// One public method: its name, who may call it, and the call.
struct Method {
    const char* name;
    Allows allows;
    std::function<Code(ClinicServices&, const User&, const World&)> call;
};

template <typename R>
Code codeOf(const R& result)
{
    if (result.ok())
        return std::nullopt;
    return result.error().code;
}

std::vector<Method> everyMethod()
{
    using P = Permission;
    const QDate day = Now.date().addDays(6); // a Tuesday
    const Allows bookOrSettings = [](const User& u) {
        return u.may(P::AppointmentBook) || u.may(P::ClinicSettings);
    };
    return {
        // PatientService
        {"patients.create", needs(P::PatientDetails),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             Patient p;
             p.familyName = QStringLiteral("Matrix");
             p.givenName = QStringLiteral("Mo");
             p.dateOfBirth = QDate(1990, 1, 1);
             return codeOf(s.patients().create(p, u));
         }},
        {"patients.update", needs(P::PatientDetails),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             auto p = s.patients().get(w.patientId, test::clinicianUser());
             return p ? codeOf(s.patients().update(*p, u)) : p.error().code;
         }},
        {"patients.likelyDuplicates", needs(P::PatientDetails),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             Patient p;
             p.familyName = QStringLiteral("Matrix");
             p.givenName = QStringLiteral("Mo");
             p.dateOfBirth = QDate(1990, 1, 1);
             return codeOf(s.patients().likelyDuplicates(p, u));
         }},
        {"patients.get", needs(P::PatientDetails),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.patients().get(w.patientId, u));
         }},
        {"patients.list", needs(P::PatientDetails),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.patients().list(PatientQuery{}, u));
         }},
        {"patients.count", needs(P::PatientDetails),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.patients().count(PatientQuery{}, u));
         }},
        // AppointmentService: the book
        {"appointments.book", needs(P::AppointmentBook),
         [day](ClinicServices& s, const User& u, const World& w) -> Code {
             Appointment a = w.appointment;
             a.id = 0;
             a.rowVersion = 0;
             a.start = QDateTime(day, QTime(14, 0), Qt::LocalTime).toUTC();
             return codeOf(s.appointments().book(a, u));
         }},
        {"appointments.reschedule", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             auto a = s.appointments().get(w.appointmentId, test::frontDeskUser());
             return a ? codeOf(s.appointments().reschedule(*a, a->start.addSecs(900),
                                                           a->durationMinutes, u))
                      : a.error().code;
         }},
        {"appointments.setStatus", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             auto a = s.appointments().get(w.appointmentId, test::frontDeskUser());
             return a ? codeOf(s.appointments().setStatus(*a, AppointmentStatus::Arrived, {}, u))
                      : a.error().code;
         }},
        {"appointments.setStatus(id)", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(
                 s.appointments().setStatus(w.appointmentId, AppointmentStatus::Arrived, {}, u));
         }},
        {"appointments.get", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.appointments().get(w.appointmentId, u));
         }},
        {"appointments.day", needs(P::AppointmentBook),
         [day](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.appointments().day(day, u));
         }},
        {"appointments.week", needs(P::AppointmentBook),
         [day](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.appointments().week(w.clinician.id, day, u));
         }},
        {"appointments.forPatient", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.appointments().forPatient(w.patientId, u));
         }},
        {"appointments.completedWithoutSignedNote", needs(P::AppointmentBook),
         [day](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.appointments().completedWithoutSignedNote(day.addDays(-30), day, u));
         }},
        {"appointments.entries", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.appointments().entries({w.appointment}, u));
         }},
        {"appointments.bookingsOf", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.appointments().bookingsOf(w.patientId, Now, u));
         }},
        {"appointments.nextFreeSlot", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.appointments().nextFreeSlot(w.clinician.id, Now, 30, u, 7));
         }},
        {"appointments.proposeBooking", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.appointments().proposeBooking(w.patientId, u));
         }},
        {"appointments.proposeFollowUp", needs(P::AppointmentBook),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.appointments().proposeFollowUp(w.draft, u));
         }},
        // AppointmentService: the clinic's clinicians and rooms (read by the book's users too)
        {"appointments.clinicians", bookOrSettings,
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.appointments().clinicians(u));
         }},
        {"appointments.rooms", bookOrSettings,
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.appointments().rooms(u));
         }},
        {"appointments.addClinician", needs(P::ClinicSettings),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             Clinician c;
             c.name = QStringLiteral("Matrix Clinician");
             return codeOf(s.appointments().addClinician(c, u));
         }},
        {"appointments.updateClinician", needs(P::ClinicSettings),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             auto all = s.appointments().clinicians(test::frontDeskUser());
             Clinician c = all && !all->empty() ? all->front() : w.clinician;
             return codeOf(s.appointments().updateClinician(c, u));
         }},
        {"appointments.addRoom", needs(P::ClinicSettings),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.appointments().addRoom(Room{0, QStringLiteral("Matrix room")}, u));
         }},
        {"appointments.updateRoom", needs(P::ClinicSettings),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             auto all = s.appointments().rooms(test::frontDeskUser());
             Room r = all && !all->empty() ? all->front() : w.room;
             return codeOf(s.appointments().updateRoom(r, u));
         }},
        // ClinicService: reading is public (paper, the sign-in window); changing is an admin's
        {"clinic.profile", anyone,
         [](ClinicServices& s, const User&, const World&) -> Code {
             return codeOf(s.clinic().profile());
         }},
        {"clinic.currentLeaflet", anyone,
         [](ClinicServices& s, const User&, const World&) -> Code {
             return codeOf(s.clinic().currentLeaflet());
         }},
        {"clinic.leaflet", anyone,
         [](ClinicServices& s, const User&, const World&) -> Code {
             return codeOf(s.clinic().leaflet(1));
         }},
        {"clinic.leafletVersions", anyone,
         [](ClinicServices& s, const User&, const World&) -> Code {
             return codeOf(s.clinic().leafletVersions());
         }},
        {"clinic.isDemoClinic", anyone,
         [](ClinicServices& s, const User&, const World&) -> Code {
             return codeOf(s.clinic().isDemoClinic());
         }},
        {"clinic.saveProfile", needs(P::ClinicSettings),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             auto profile = s.clinic().profile();
             return profile ? codeOf(s.clinic().saveProfile(*profile, u)) : profile.error().code;
         }},
        {"clinic.saveLeaflet", needs(P::ClinicSettings),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.clinic().saveLeaflet(QStringLiteral("# Dry needling\nMatrix."), u));
         }},
        // ConsentService
        {"consent.recordScreening", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             Screening screening;
             screening.patientId = w.patientId;
             return codeOf(s.consent().recordScreening(screening, u));
         }},
        {"consent.recordConsent", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             Consent consent;
             consent.patientId = w.patientId;
             consent.leafletVersion = 1;
             consent.scope = QStringLiteral("Neck");
             consent.signedName = QStringLiteral("Ada Okafor");
             return codeOf(s.consent().recordConsent(consent, u));
         }},
        {"consent.withdraw", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.consent().withdraw(w.consentId, QStringLiteral("Changed mind"), u));
         }},
        {"consent.consentInForce", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.consent().consentInForce(w.patientId, u));
         }},
        {"consent.withdrawConsentInForce", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(
                 s.consent().withdrawConsentInForce(w.patientId, QStringLiteral("Stopped"), u));
         }},
        {"consent.consents", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.consent().consents(w.patientId, u));
         }},
        {"consent.latestScreening", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.consent().latestScreening(w.patientId, u));
         }},
        {"consent.consent", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.consent().consent(w.consentId, u));
         }},
        {"consent.screening", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.consent().screening(w.screeningId, u));
         }},
        {"consent.clearance", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.consent().clearance(w.patientId, u));
         }},
        // SessionService
        {"sessions.startSession", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.sessions().startSession(w.patientId, u));
         }},
        {"sessions.saveDraft", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             Session fresh = test::richSession(w.patientId, Now);
             return codeOf(s.sessions().saveDraft(fresh, u));
         }},
        {"sessions.checkSignable", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             Session mine = w.draft;
             mine.clinicianLogin = u.login;
             return codeOf(s.sessions().checkSignable(mine, u));
         }},
        {"sessions.sign", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             // Their own note, so only the role decides (they have no account: NotFound).
             Session mine = w.draft;
             mine.clinicianLogin = u.login;
             return codeOf(s.sessions().sign(mine, u, test::SigningPassword));
         }},
        {"sessions.amend", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.sessions().amend(w.signedId, QStringLiteral("Side"),
                                              QStringLiteral("Left, not right."), u,
                                              test::SigningPassword));
         }},
        {"sessions.deleteDraft", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.sessions().deleteDraft(w.draftId, u));
         }},
        {"sessions.get", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.sessions().get(w.signedId, u));
         }},
        {"sessions.record", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.sessions().record(w.signedId, u));
         }},
        {"sessions.muscleHistory", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.sessions().muscleHistory(
                 w.patientId, QStringLiteral("upper_trapezius"), BodySide::Right, u));
         }},
        {"documents.compose", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.documents().compose(DocumentKind::ReferrerLetter, w.patientId,
                                                 w.signedId, {}, u));
         }},
        {"documents.fields", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(
                 s.documents().fields(DocumentKind::AftercareAdvice, w.patientId, 0, {}, u));
         }},
        {"documents.keep", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             PatientDocument d;
             d.patientId = w.patientId;
             d.kind = DocumentKind::AftercareAdvice;
             d.templateVersion = 1;
             d.title = QStringLiteral("After-care advice sheet");
             d.markdown = QStringLiteral("Call the clinic if worried.");
             return codeOf(s.documents().keep(d, u));
         }},
        {"documents.documents", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.documents().documents(w.patientId, u));
         }},
        {"documents.documentsOfSession", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.documents().documentsOfSession(w.signedId, u));
         }},
        {"documents.document", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.documents().document(1, u));
         }},
        {"documents.saveTemplate", needs(P::ClinicSettings),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.documents().saveTemplate(DocumentKind::AftercareAdvice,
                                                      QStringLiteral("Call {{clinic.phone}}."), u));
         }},
        {"outcomes.record", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.outcomes().record(w.patientId, 0, QStringLiteral("psfs"),
                                               {{QStringLiteral("Driving"), 4}}, u));
         }},
        {"outcomes.completions", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.outcomes().completions(w.patientId, u));
         }},
        {"outcomes.markEnteredInError", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.outcomes().markEnteredInError(1, QStringLiteral("Wrong patient"), u));
         }},
        {"sessions.history", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.sessions().history(w.patientId, u));
         }},
        {"sessions.chart", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.sessions().chart(w.patientId, w.draft, u));
         }},
        {"sessions.myDrafts", needs(P::ClinicalRecord),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.sessions().myDrafts(u));
         }},
        // AccountService: signing in and one's own password are everyone's; the rest an admin's
        {"accounts.needsFirstAdmin", anyone,
         [](ClinicServices& s, const User&, const World&) -> Code {
             return codeOf(s.accounts().needsFirstAdmin());
         }},
        {"accounts.createFirstAdmin", anyone,
         [](ClinicServices& s, const User&, const World&) -> Code {
             // Refused to everyone alike once the clinic has accounts: a rule of the clinic's
             // state, not of the caller's roles (there is no caller yet).
             StaffAccount a;
             a.login = QStringLiteral("another");
             a.displayName = QStringLiteral("Another Admin");
             EXPECT_EQ(codeOf(s.accounts().createFirstAdmin(a, Password)), ErrorCode::NotPermitted);
             return std::nullopt;
         }},
        {"accounts.signIn", anyone,
         [](ClinicServices& s, const User&, const World& w) -> Code {
             return codeOf(s.accounts().signIn(w.account.login, Password));
         }},
        {"accounts.confirmPassword", anyone,
         [](ClinicServices& s, const User&, const World& w) -> Code {
             return codeOf(
                 s.accounts().confirmPassword(AccountService::userOf(w.account), Password));
         }},
        {"accounts.changeOwnPassword", anyone,
         [](ClinicServices& s, const User&, const World& w) -> Code {
             // Changed and changed back, so the next call still knows the password.
             const User self = AccountService::userOf(w.account);
             const QString other = QStringLiteral("copper-meadow-77");
             if (Code code = codeOf(s.accounts().changeOwnPassword(self, Password, other)); code)
                 return code;
             return codeOf(s.accounts().changeOwnPassword(self, other, Password));
         }},
        {"accounts.accounts", needs(P::StaffAccounts),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.accounts().accounts(u));
         }},
        {"accounts.createAccount", needs(P::StaffAccounts),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             StaffAccount a;
             a.login = QStringLiteral("new-%1").arg(u.roles.toText().size());
             a.displayName = QStringLiteral("New Person");
             a.roles = StaffRole::FrontDesk;
             return codeOf(s.accounts().createAccount(u, a, QStringLiteral("temporary-pass-9")));
         }},
        {"accounts.updateAccount", needs(P::StaffAccounts),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             auto all = s.accounts().accounts(AccountService::userOf(w.account));
             if (!all)
                 return all.error().code;
             for (const StaffAccount& a : *all) {
                 if (a.id == w.account.id)
                     return codeOf(s.accounts().updateAccount(u, a));
             }
             return ErrorCode::NotFound;
         }},
        {"accounts.resetPassword", needs(P::StaffAccounts),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             // Someone else's account, so the account the matrix signs in with keeps its own.
             return codeOf(s.accounts().resetPassword(u, 999, QStringLiteral("temporary-pass-9")));
         }},
        {"accounts.unlock", needs(P::StaffAccounts),
         [](ClinicServices& s, const User& u, const World& w) -> Code {
             return codeOf(s.accounts().unlock(u, w.account.id));
         }},
        // AuditTrail
        {"audit.events", needs(P::AuditReading),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.audit().events(u, AuditQuery{}));
         }},
        // BackupService (each call stops at validation once permitted: nothing is written)
        {"backups.settings", needs(P::Backups),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.backups().settings(u));
         }},
        {"backups.saveSettings", needs(P::Backups),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.backups().saveSettings(BackupSettings{}, u));
         }},
        {"backups.setPassphrase", needs(P::Backups),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.backups().setPassphrase(QStringLiteral("one passphrase here"),
                                                     QStringLiteral("another one entirely"), u));
         }},
        {"backups.backupNow", needs(P::Backups),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.backups().backupNow(u));
         }},
        {"backups.backupInto", needs(P::Backups),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.backups().backupInto(QString(), std::nullopt, u));
         }},
        {"backups.prepareRestore", needs(P::Backups),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.backups().prepareRestore(QString(), QString(), u));
         }},
        {"backups.recentRuns", needs(P::Backups),
         [](ClinicServices& s, const User& u, const World&) -> Code {
             return codeOf(s.backups().recentRuns(u));
         }},
    };
}

const std::vector<std::pair<const char*, StaffRoles>>& roleSets()
{
    static const std::vector<std::pair<const char*, StaffRoles>> sets{
        {"clinician", StaffRole::Clinician},
        {"front desk", StaffRole::FrontDesk},
        {"admin", StaffRole::Admin},
        {"admin and clinician", {StaffRole::Admin, StaffRole::Clinician}},
        {"front desk and clinician", {StaffRole::FrontDesk, StaffRole::Clinician}},
        {"no role", StaffRoles()},
    };
    return sets;
}

class RoleMatrixTest : public test::ServicesTest {
protected:
    RoleMatrixTest() : ServicesTest(Now) {}

    // Everything the calls need, made by someone with every role.
    World build()
    {
        World w;
        StaffAccount first;
        first.login = QStringLiteral("matrix");
        first.displayName = QStringLiteral("Matrix Admin");
        first.roles = {StaffRole::Admin, StaffRole::Clinician};
        auto account = services.accounts().createFirstAdmin(first, Password);
        EXPECT_TRUE(account) << account.error().message.toStdString();
        if (account)
            w.account = *account;
        const User owner = test::signingClinician(
            services, {StaffRole::Clinician, StaffRole::FrontDesk, StaffRole::Admin});
        EXPECT_GT(owner.accountId, 0);
        w.patientId =
            test::clearedPatient(services, owner, QStringLiteral("Okafor"), QStringLiteral("Ada"),
                                 QDate(1984, 5, 6), QStringLiteral("Neck"));
        auto consents = services.consent().consents(w.patientId, owner);
        EXPECT_TRUE(consents && !consents->empty());
        if (consents && !consents->empty())
            w.consentId = consents->front().id;
        auto screening = services.consent().latestScreening(w.patientId, owner);
        EXPECT_TRUE(screening && *screening);
        if (screening && *screening)
            w.screeningId = (*screening)->id;
        Clinician c;
        c.name = QStringLiteral("Alex Morgan");
        c.login = owner.login;
        c.workingDays = 0b1111111;
        auto clinician = services.appointments().addClinician(c, owner);
        EXPECT_TRUE(clinician);
        if (clinician)
            w.clinician = *clinician;
        auto room = services.appointments().addRoom(Room{0, QStringLiteral("Room 1")}, owner);
        EXPECT_TRUE(room);
        if (room)
            w.room = *room;
        Appointment a;
        a.patientId = w.patientId;
        a.clinicianId = w.clinician.id;
        a.start = QDateTime(Now.date().addDays(6), QTime(10, 0), Qt::LocalTime).toUTC();
        a.durationMinutes = 30;
        auto booked = services.appointments().book(a, owner);
        EXPECT_TRUE(booked) << booked.error().message.toStdString();
        if (booked) {
            w.appointment = *booked;
            w.appointmentId = booked->id;
        }
        auto draft = services.sessions().saveDraft(test::richSession(w.patientId, Now), owner);
        EXPECT_TRUE(draft);
        if (draft) {
            w.draft = *draft;
            w.draftId = draft->id;
        }
        auto signedNote = services.sessions().sign(test::richSession(w.patientId, Now.addDays(-7)),
                                                   owner, test::SigningPassword);
        EXPECT_TRUE(signedNote) << signedNote.error().message.toStdString();
        if (signedNote)
            w.signedId = signedNote->id;
        return w;
    }

    qint64 refusals(qint64 accountId)
    {
        AuditQuery query;
        query.accountId = accountId;
        query.action = AuditAction::PermissionRefused;
        auto rows = services.auditRepository().find(query);
        EXPECT_TRUE(rows);
        return rows ? qint64(rows->size()) : -1;
    }
};

} // namespace

TEST_P(RoleMatrixTest, every_role_is_refused_exactly_what_its_permissions_do_not_grant)
{
    const World world = build();
    ASSERT_FALSE(HasFailure());
    int refused = 0;
    int allowed = 0;
    qint64 accountId = 100;
    for (const auto& [roleName, roles] : roleSets()) {
        for (const Method& method : everyMethod()) {
            // A fresh account id per call, so its refusal rows are counted alone.
            const User user{QStringLiteral("someone"), QStringLiteral("Some One"), roles,
                            ++accountId};
            const bool may = method.allows(user);
            const Code code = method.call(services, user, world);
            SCOPED_TRACE(std::string(method.name) + " as " + roleName);
            if (may) {
                EXPECT_NE(code, ErrorCode::NotPermitted);
                EXPECT_EQ(refusals(user.accountId), 0);
                ++allowed;
            } else {
                EXPECT_EQ(code, ErrorCode::NotPermitted);
                EXPECT_EQ(refusals(user.accountId), 1) << "one audit row per refusal";
                ++refused;
            }
        }
    }
    std::printf("%zu methods x %zu role sets: %d allowed, %d refused\n", everyMethod().size(),
                roleSets().size(), allowed, refused);
    EXPECT_GT(refused, 50);
}

TEST(AccessPolicyTest, gives_each_role_what_the_issue_says)
{
    const auto grants = [](StaffRoles roles) {
        std::vector<Permission> granted;
        for (Permission p : AccessPolicy::AllPermissions) {
            if (AccessPolicy::allows(roles, p))
                granted.push_back(p);
        }
        return granted;
    };
    using P = Permission;
    EXPECT_EQ(grants(StaffRole::FrontDesk),
              (std::vector<P>{P::PatientDetails, P::AppointmentBook}));
    EXPECT_EQ(grants(StaffRole::Clinician),
              (std::vector<P>{P::PatientDetails, P::AppointmentBook, P::ClinicalRecord}));
    EXPECT_EQ(grants(StaffRole::Admin),
              (std::vector<P>{P::PatientDetails, P::ClinicSettings, P::StaffAccounts,
                              P::AuditReading, P::Backups}));
    EXPECT_TRUE(grants(StaffRoles()).empty());
    for (Permission p : AccessPolicy::AllPermissions) {
        EXPECT_FALSE(AccessPolicy::refusal(p).isEmpty());
        EXPECT_STRNE(AccessPolicy::key(p), "unknown");
    }
}

NEEDLECHART_ON_EVERY_BACKEND(RoleMatrixTest);
