#include "needlechart/services/transfer/PatientImportService.h"

#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "InjectedFault.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace needlechart;
using test::RawConnection;

namespace {

const QDateTime Start(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

using Field = PatientImport::Field;

// A file as another practice system writes it: Windows-1252, semicolons, German headings.
QByteArray germanFile()
{
    return QByteArray("Nachname;Vorname;Geburtsdatum;Geschlecht;Telefon\r\n"
                      "M\xfcller;J\xfcrgen;07.03.1981;m;0301234567\r\n"
                      "Schmidt;Anna;30.11.1990;w;\r\n"
                      "Wagner;Lena;14.02.2001;;0309876543\r\n");
}

class PatientImportServiceTest : public test::BackendTest {
protected:
    int rows(const QString& table) const
    {
        return RawConnection::scalar(db->connection(),
                                     QStringLiteral("SELECT COUNT(*) FROM ") + table)
            .toInt();
    }
    // The file read and checked with the mapping guessed from its headings.
    PatientImportService::Check checked(const QByteArray& bytes)
    {
        auto source = PatientImportService::read(bytes);
        EXPECT_TRUE(source.ok());
        if (!source)
            return {};
        auto check = service.check(source->table, PatientImport::guessMapping(source->table),
                                   test::frontDeskUser());
        EXPECT_TRUE(check.ok()) << (check ? "" : qPrintable(check.error().message));
        return check ? *check : PatientImportService::Check{};
    }
    Patient registered(const QString& family, const QString& given, QDate born)
    {
        Patient p;
        p.familyName = family;
        p.givenName = given;
        p.dateOfBirth = born;
        auto created = repo.create(p, Start);
        EXPECT_TRUE(created.ok());
        return created ? *created : p;
    }

    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    PatientRepository repo{*db};
    ChangeNotifier notifier;
    FixedClock clock{Start};
    AuditRepository auditRepo{*db};
    AuditTrail audit{*db, auditRepo, clock, QStringLiteral("test-workstation")};
    PatientImportService service{*db, repo, notifier, clock, audit};
    QSignalSpy spy{&notifier, &ChangeNotifier::changed};
};

} // namespace

// --- reading ---------------------------------------------------------------------------------

TEST(PatientImportRead, a_windows_file_with_semicolons_is_read_with_its_accents)
{
    auto source = PatientImportService::read(germanFile());
    ASSERT_TRUE(source.ok());
    EXPECT_EQ(source->encoding, DecodedText::Encoding::Windows1252);
    EXPECT_EQ(source->table.delimiter(), QLatin1Char(';'));
    ASSERT_EQ(source->table.rows().size(), 4);
    EXPECT_EQ(source->table.rows()[1].fields[0], QStringLiteral("Müller"));
}

TEST(PatientImportRead, an_empty_file_or_an_open_quote_is_refused_with_a_reason)
{
    auto empty = PatientImportService::read(QByteArray("\r\n\r\n"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Validation);
    auto open = PatientImportService::read(QByteArray("a,b\n\"unfinished,x\n"));
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(open.error().message.contains(QLatin1Char('2')))
        << qPrintable(open.error().message);
}

// --- checking --------------------------------------------------------------------------------

TEST_P(PatientImportServiceTest, checking_reports_every_failing_row_and_writes_nothing)
{
    const auto check = checked("Surname,First name,DOB\n"
                               "Okafor,Chidi,12/05/1984\n"
                               ",Nameless,01/01/1970\n"
                               "Brennan,Aoife,31/02/1990\n"
                               "Lindqvist,Sven,03/09/1975\n");
    ASSERT_EQ(check.rows.size(), 4);
    EXPECT_EQ(check.failingCount(), 2);
    EXPECT_EQ(check.readyCount(), 2);
    EXPECT_FALSE(check.rows[1].errors.isEmpty());
    EXPECT_EQ(check.rows[1].line, 3);
    EXPECT_FALSE(check.rows[2].errors.isEmpty());
    EXPECT_EQ(check.rows[2].line, 4);
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);
}

TEST_P(PatientImportServiceTest, a_row_matching_a_registered_patient_is_a_possible_duplicate)
{
    const Patient known =
        registered(QStringLiteral("MÜLLER"), QStringLiteral("Jurgen"), QDate(1981, 3, 7));
    const auto check = checked(germanFile());
    ASSERT_EQ(check.duplicates.size(), 1u);
    EXPECT_EQ(check.duplicates[0].line, 2);
    ASSERT_EQ(check.duplicates[0].registered.size(), 1u);
    EXPECT_EQ(check.duplicates[0].registered[0].id, known.id);
    EXPECT_EQ(check.duplicates[0].earlierLine, 0);
}

TEST_P(PatientImportServiceTest, the_same_person_twice_in_the_file_is_a_possible_duplicate)
{
    const auto check = checked("Surname,First name,DOB\n"
                               "Okafor,Chidi,12/05/1984\n"
                               "Brennan,Aoife,02/02/1990\n"
                               "OKAFOR,Chidi,12/05/1984\n");
    ASSERT_EQ(check.duplicates.size(), 1u);
    EXPECT_EQ(check.duplicates[0].line, 4);
    EXPECT_EQ(check.duplicates[0].earlierLine, 2);
    EXPECT_TRUE(check.duplicates[0].registered.empty());
}

// --- importing -------------------------------------------------------------------------------

TEST_P(PatientImportServiceTest, a_clean_file_registers_every_row_audited_and_announced_once)
{
    const auto check = checked(germanFile());
    auto outcome = service.run(check, {}, test::frontDeskUser());
    ASSERT_TRUE(outcome.ok()) << qPrintable(outcome.error().message);
    EXPECT_EQ(outcome->registered, 3);
    EXPECT_FALSE(outcome->cancelled);
    EXPECT_EQ(rows(QStringLiteral("patient")), 3);
    auto first = repo.get(outcome->ids.first());
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->familyName, QStringLiteral("Müller"));
    EXPECT_EQ(first->dateOfBirth, QDate(1981, 3, 7));
    EXPECT_EQ(first->sex, Sex::Male);
    EXPECT_EQ(first->phone, QStringLiteral("0301234567"));

    // One Create row per patient, marked as imported, and one Import row summing up.
    EXPECT_EQ(RawConnection::scalar(db->connection(),
                                    QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action "
                                                   "= 'create' AND detail = 'import'"))
                  .toInt(),
              3);
    AuditQuery imports;
    imports.action = AuditAction::Import;
    auto events = auditRepo.find(imports);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(events->front().login, test::frontDeskUser().login);
    EXPECT_TRUE(events->front().detail.startsWith(QStringLiteral("3 registered")));

    ASSERT_EQ(spy.count(), 1);
    const auto event = spy.at(0).at(0).value<ChangeEvent>();
    EXPECT_EQ(event.kind, ChangeEvent::Kind::Created);
    EXPECT_EQ(event.ids, outcome->ids);
}

TEST_P(PatientImportServiceTest, failing_rows_refuse_the_import_unless_they_are_left_out)
{
    const auto check = checked("Surname,First name,DOB\n"
                               "Okafor,Chidi,12/05/1984\n"
                               ",Nameless,01/01/1970\n");
    auto refused = service.run(check, {}, test::frontDeskUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);

    PatientImportService::Choices leaveOut;
    leaveOut.skipFailing = true;
    auto outcome = service.run(check, leaveOut, test::frontDeskUser());
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome->registered, 1);
    EXPECT_EQ(outcome->skippedFailing, 1);
    EXPECT_EQ(rows(QStringLiteral("patient")), 1);
}

TEST_P(PatientImportServiceTest, each_possible_duplicate_needs_a_decision_which_is_followed)
{
    registered(QStringLiteral("Müller"), QStringLiteral("Jürgen"), QDate(1981, 3, 7));
    registered(QStringLiteral("Schmidt"), QStringLiteral("Anna"), QDate(1990, 11, 30));
    const auto check = checked(germanFile());
    ASSERT_EQ(check.duplicates.size(), 2u);

    PatientImportService::Choices undecided;
    undecided.duplicates[2] = PatientImportService::DuplicateChoice::Skip;
    auto refused = service.run(check, undecided, test::frontDeskUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1Char('3')));
    EXPECT_EQ(rows(QStringLiteral("patient")), 2);

    PatientImportService::Choices decided = undecided;
    decided.duplicates[3] = PatientImportService::DuplicateChoice::Register;
    auto outcome = service.run(check, decided, test::frontDeskUser());
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome->registered, 2); // Schmidt again (as decided) and Wagner
    EXPECT_EQ(outcome->skippedDuplicates, 1);
    EXPECT_EQ(rows(QStringLiteral("patient")), 4);
}

TEST_P(PatientImportServiceTest, cancelling_half_way_keeps_nothing)
{
    QByteArray file("Surname,First name,DOB\n");
    for (int i = 0; i < 120; ++i)
        file += "Family" + QByteArray::number(i) + ",Given,01/01/1980\n";
    const auto check = checked(file);
    ASSERT_EQ(check.readyCount(), 120);
    int calls = 0;
    auto outcome = service.run(check, {}, test::frontDeskUser(), [&](int done, int total) {
        EXPECT_EQ(total, 120);
        ++calls;
        return done < 100;
    });
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->cancelled);
    EXPECT_EQ(outcome->registered, 0);
    EXPECT_GE(calls, 3);
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_event")), 1); // the check's search row only
    EXPECT_EQ(spy.count(), 0);
}

TEST_P(PatientImportServiceTest, a_row_the_database_refuses_undoes_the_whole_import)
{
    ASSERT_EQ(test::InjectedFault::failInserts(*db, QStringLiteral("fail_lindqvist"),
                                               QStringLiteral("patient"),
                                               QStringLiteral("NEW.family_name = 'Lindqvist'")),
              QString());
    const auto check = checked("Surname,First name,DOB\n"
                               "Okafor,Chidi,12/05/1984\n"
                               "Lindqvist,Sven,03/09/1975\n");
    auto outcome = service.run(check, {}, test::frontDeskUser());
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);
    EXPECT_EQ(rows(QStringLiteral("patient_search_token")), 0);
    EXPECT_EQ(spy.count(), 0);
}

TEST_P(PatientImportServiceTest, an_account_without_patient_access_is_refused_and_audited)
{
    const auto check = checked(germanFile());
    User nobody = test::frontDeskUser();
    nobody.roles = StaffRoles{};
    auto refused = service.run(check, {}, nobody);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);
    AuditQuery refusals;
    refusals.action = AuditAction::PermissionRefused;
    auto events = auditRepo.find(refusals);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->size(), 1u);
}

NEEDLECHART_ON_EVERY_BACKEND(PatientImportServiceTest);
