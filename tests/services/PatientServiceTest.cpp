#include "needlechart/services/patients/PatientService.h"

#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/patients/PatientValidator.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "ErrorText.h"
#include "InjectedFault.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QLocale>
#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace needlechart;
using test::RawConnection;

namespace {

const QDateTime Start(QDate(2026, 11, 24), QTime(9, 30, 15, 250), Qt::UTC);

Patient newPatient()
{
    Patient p;
    p.familyName = QStringLiteral("Ferreira");
    p.givenName = QStringLiteral("João");
    p.dateOfBirth = QDate(1979, 8, 30);
    p.phone = QStringLiteral("0113 496 0123");
    p.email = QStringLiteral("joao@example.org");
    return p;
}

using test::describe;

class PatientServiceTest : public test::BackendTest {
protected:
    int rows(const QString& table) const
    {
        return RawConnection::scalar(db->connection(),
                                     QStringLiteral("SELECT COUNT(*) FROM ") + table)
            .toInt();
    }
    ChangeEvent eventAt(int index) const { return spy.at(index).at(0).value<ChangeEvent>(); }
    void installFailingTokenTrigger()
    {
        ASSERT_EQ(test::InjectedFault::failInserts(*db, QStringLiteral("fail_token"),
                                                   QStringLiteral("patient_search_token"),
                                                   QStringLiteral("NEW.token = 'boom'")),
                  QString());
    }

    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    PatientRepository repo{*db};
    ChangeNotifier notifier;
    FixedClock clock{Start};
    AuditRepository auditRepo{*db};
    AuditTrail audit{*db, auditRepo, clock, QStringLiteral("test-workstation")};
    PatientService service{*db, repo, notifier, clock, audit};
    QSignalSpy spy{&notifier, &ChangeNotifier::changed};
};

} // namespace

// --- registering someone twice ---------------------------------------------------------------

TEST_P(PatientServiceTest, the_same_name_and_birthday_in_another_case_is_found_before_registering)
{
    auto first = service.create(newPatient(), test::frontDeskUser());
    ASSERT_TRUE(first.ok()) << describe(first.error());
    Patient other = newPatient();
    other.familyName = QStringLiteral("Ferreira");
    other.givenName = QStringLiteral("Ana"); // a sister, born the same day
    ASSERT_TRUE(service.create(other, test::frontDeskUser()).ok());

    Patient again = newPatient();
    again.familyName = QStringLiteral("FERREIRA");
    again.givenName = QStringLiteral("joao");
    again.phone.clear();
    auto found = service.likelyDuplicates(again, test::frontDeskUser());
    ASSERT_TRUE(found.ok()) << describe(found.error());
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().id, first->id);

    again.dateOfBirth = again.dateOfBirth.addYears(1);
    found = service.likelyDuplicates(again, test::frontDeskUser());
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->empty()) << "another birthday is another person";
}

// --- clock ---------------------------------------------------------------------------------

TEST_P(PatientServiceTest, create_takes_its_timestamps_from_the_injected_clock)
{
    auto created = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(created.ok()) << describe(created.error());
    EXPECT_EQ(created->createdAt, Start);
    EXPECT_EQ(created->updatedAt, Start);
    auto read = service.get(created->id, test::clinicianUser());
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->createdAt, Start);
    EXPECT_EQ(read->updatedAt, Start);
    EXPECT_EQ(&service.clock(), &clock);
}

TEST_P(PatientServiceTest, update_stamps_updated_at_from_the_clock_and_keeps_created_at)
{
    auto created = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(created.ok());
    clock.advanceSeconds(3 * 24 * 3600);
    Patient changed = *created;
    changed.notes = QStringLiteral("Moved house");
    auto updated = service.update(changed, test::clinicianUser());
    ASSERT_TRUE(updated.ok()) << describe(updated.error());
    EXPECT_EQ(updated->createdAt, Start);
    EXPECT_EQ(updated->updatedAt, Start.addSecs(3 * 24 * 3600));
    EXPECT_EQ(service.get(created->id, test::clinicianUser())->updatedAt,
              Start.addSecs(3 * 24 * 3600));
}

TEST_P(PatientServiceTest, a_text_over_its_limit_is_refused_naming_the_field_and_the_limit)
{
    Patient p = newPatient();
    p.referrer = QString(PatientValidator::MaxReferrerLength + 1, QLatin1Char('r'));
    auto refused = service.create(p, test::clinicianUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(refused.error().fieldMessage(PatientFields::Referrer),
              QStringLiteral("The referrer can be at most %1 characters (this one has %2).")
                  .arg(QLocale().toString(PatientValidator::MaxReferrerLength),
                       QLocale().toString(PatientValidator::MaxReferrerLength + 1)));
    EXPECT_EQ(rows(QStringLiteral("patient")), 0) << "nothing was written";
}

TEST_P(PatientServiceTest, date_of_birth_today_by_the_clock_is_accepted_and_tomorrow_refused)
{
    Patient p = newPatient();
    p.dateOfBirth = clock.today();
    EXPECT_TRUE(service.create(p, test::clinicianUser()).ok());
    p.dateOfBirth = clock.today().addDays(1);
    auto refused = service.create(p, test::clinicianUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_TRUE(refused.error().hasFieldError(PatientFields::DateOfBirth));
}

TEST_P(PatientServiceTest, future_date_of_birth_is_judged_by_the_clock_not_the_computer)
{
    // A clock far in the future accepts a birth that is still to come in real time ...
    clock.set(QDateTime(QDate(2100, 6, 15), QTime(12, 0), Qt::UTC));
    Patient p = newPatient();
    p.dateOfBirth = QDate(2099, 1, 1);
    auto accepted = service.create(p, test::clinicianUser());
    EXPECT_TRUE(accepted.ok()) << describe(accepted.error());
    // ... and a clock in the past refuses a birth that real time has long seen.
    clock.set(QDateTime(QDate(1995, 6, 15), QTime(12, 0), Qt::UTC));
    p.dateOfBirth = QDate(2000, 1, 1);
    auto refused = service.create(p, test::clinicianUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(PatientFields::DateOfBirth));
}

// --- validation ----------------------------------------------------------------------------

TEST_P(PatientServiceTest, invalid_patient_is_refused_with_every_field_error_and_nothing_written)
{
    Patient p;
    p.familyName = QStringLiteral(" ");
    p.dateOfBirth = clock.today().addDays(30);
    p.phone = QStringLiteral("12");
    p.email = QStringLiteral("nobody@");
    p.notes = QString(PatientValidator::MaxNotesLength + 1, QLatin1Char('x'));
    auto result = service.create(p, test::clinicianUser());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Validation);
    EXPECT_FALSE(result.error().message.isEmpty());
    QSet<QString> fields;
    for (const FieldError& e : result.error().fieldErrors)
        fields.insert(e.field);
    EXPECT_EQ(fields, (QSet<QString>{PatientFields::FamilyName, PatientFields::GivenName,
                                     PatientFields::DateOfBirth, PatientFields::Phone,
                                     PatientFields::Email, PatientFields::Notes}));
    EXPECT_EQ(result.error().fieldErrors, PatientValidator::validate(p, clock.today()));
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);
    EXPECT_EQ(rows(QStringLiteral("patient_search_token")), 0);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_P(PatientServiceTest, invalid_update_leaves_the_stored_patient_alone)
{
    auto created = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(created.ok());
    spy.clear();
    Patient bad = *created;
    bad.givenName.clear();
    bad.email = QStringLiteral("a@b");
    auto result = service.update(bad, test::clinicianUser());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Validation);
    EXPECT_TRUE(result.error().hasFieldError(PatientFields::GivenName));
    EXPECT_TRUE(result.error().hasFieldError(PatientFields::Email));
    EXPECT_EQ(*service.get(created->id, test::clinicianUser()), *created);
    EXPECT_EQ(spy.count(), 0);
}

// --- change notifications ------------------------------------------------------------------

TEST_P(PatientServiceTest, create_announces_one_created_change_with_the_new_id)
{
    auto created = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(created.ok());
    ASSERT_EQ(spy.count(), 1);
    const ChangeEvent e = eventAt(0);
    EXPECT_EQ(e.entity, ChangeEvent::Entity::Patient);
    EXPECT_EQ(e.kind, ChangeEvent::Kind::Created);
    EXPECT_EQ(e.ids, QList<qint64>{created->id});
}

TEST_P(PatientServiceTest, update_announces_one_updated_change_with_the_id)
{
    auto created = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(created.ok());
    auto other = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(other.ok());
    spy.clear();
    Patient changed = *created;
    changed.phone = QStringLiteral("0161 496 0000");
    ASSERT_TRUE(service.update(changed, test::clinicianUser()).ok());
    ASSERT_EQ(spy.count(), 1);
    const ChangeEvent e = eventAt(0);
    EXPECT_EQ(e.entity, ChangeEvent::Entity::Patient);
    EXPECT_EQ(e.kind, ChangeEvent::Kind::Updated);
    EXPECT_EQ(e.ids, QList<qint64>{created->id});
}

TEST_P(PatientServiceTest, the_change_is_announced_after_it_is_committed)
{
    // A listener that reads the database from another connection sees the new row.
    int seen = -1;
    QObject context;
    QObject::connect(&notifier, &ChangeNotifier::changed, &context, [&](const ChangeEvent&) {
        auto reader = temp.raw();
        seen = reader->scalar(QStringLiteral("SELECT COUNT(*) FROM patient")).toInt();
    });
    ASSERT_TRUE(service.create(newPatient(), test::clinicianUser()).ok());
    EXPECT_EQ(seen, 1);
}

TEST_P(PatientServiceTest, stale_update_is_reported_as_conflict_and_announces_nothing)
{
    auto created = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(created.ok());
    Patient first = *created;
    first.notes = QStringLiteral("first");
    ASSERT_TRUE(service.update(first, test::clinicianUser()).ok());
    spy.clear();
    Patient stale = *created;
    stale.notes = QStringLiteral("second");
    auto result = service.update(stale, test::clinicianUser());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_EQ(service.get(created->id, test::clinicianUser())->notes, QStringLiteral("first"));
    EXPECT_EQ(spy.count(), 0);
}

TEST_P(PatientServiceTest, update_of_a_missing_patient_is_not_found_and_announces_nothing)
{
    Patient ghost = newPatient();
    ghost.id = 999;
    ghost.rowVersion = 1;
    auto result = service.update(ghost, test::clinicianUser());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);
}

TEST_P(PatientServiceTest, failed_create_rolls_back_everything_and_announces_nothing)
{
    installFailingTokenTrigger();
    Patient boom = newPatient();
    boom.familyName = QStringLiteral("Boom");
    auto result = service.create(boom, test::clinicianUser());
    ASSERT_FALSE(result.ok()) << "the injected failure did not surface";
    EXPECT_NE(result.error().code, ErrorCode::Validation);
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);
    EXPECT_EQ(rows(QStringLiteral("patient_search_token")), 0);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(db->transactionDepth(), 0);

    auto next = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(next.ok()) << describe(next.error());
    EXPECT_EQ(rows(QStringLiteral("patient")), 1);
    EXPECT_EQ(spy.count(), 1);
}

TEST_P(PatientServiceTest, failed_update_rolls_back_everything_and_announces_nothing)
{
    auto created = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(created.ok());
    const int tokens = rows(QStringLiteral("patient_search_token"));
    installFailingTokenTrigger();
    spy.clear();
    Patient boom = *created;
    boom.givenName = QStringLiteral("Boom");
    clock.advanceSeconds(60);
    auto result = service.update(boom, test::clinicianUser());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(*service.get(created->id, test::clinicianUser()), *created);
    EXPECT_EQ(rows(QStringLiteral("patient_search_token")), tokens);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(db->transactionDepth(), 0);
}

// Another workstation holds what the save needs (SQLite: the file's write lock; PostgreSQL: the
// patient's row, which it is updating): past the wait, the save is refused as Locked, nothing
// is announced, and once the other is done the save goes through.
TEST_P(PatientServiceTest, write_on_a_locked_file_reports_locked_and_announces_nothing)
{
    auto created = service.create(newPatient(), test::clinicianUser());
    ASSERT_TRUE(created.ok());
    spy.clear();
    auto other = temp.raw();
    if (onServer()) {
        ASSERT_EQ(RawConnection::run(db->connection(), QStringLiteral("SET lock_timeout = 100")),
                  QString());
        ASSERT_EQ(other->run(QStringLiteral("BEGIN")), QString());
        ASSERT_EQ(
            other->run(
                QStringLiteral("UPDATE patient SET notes = 'held' WHERE id = %1").arg(created->id)),
            QString());
    } else {
        ASSERT_EQ(RawConnection::run(db->connection(), QStringLiteral("PRAGMA busy_timeout = 50")),
                  QString());
        ASSERT_EQ(other->run(QStringLiteral("BEGIN IMMEDIATE")), QString());
    }
    Patient changed = *created;
    changed.phone = QStringLiteral("0113 496 0999");
    auto result = service.update(changed, test::clinicianUser());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Locked) << describe(result.error());
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(db->transactionDepth(), 0);
    ASSERT_EQ(other->run(QStringLiteral("ROLLBACK")), QString());
    EXPECT_TRUE(service.update(changed, test::clinicianUser()).ok());
}

// --- reading -------------------------------------------------------------------------------

TEST_P(PatientServiceTest, get_list_and_count_see_what_was_created)
{
    Patient a = newPatient();
    Patient b = newPatient();
    b.familyName = QStringLiteral("Łukasik");
    b.givenName = QStringLiteral("Paweł");
    auto ca = service.create(a, test::clinicianUser());
    auto cb = service.create(b, test::clinicianUser());
    ASSERT_TRUE(ca.ok() && cb.ok());
    EXPECT_EQ(*service.get(cb->id, test::clinicianUser()), *cb);
    PatientQuery q;
    EXPECT_EQ(*service.count(q, test::clinicianUser()), 2);
    EXPECT_EQ(service.list(q, test::clinicianUser())->size(), 2u);
    q.searchText = QStringLiteral("lukasik pawel");
    auto found = service.list(q, test::clinicianUser());
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().id, cb->id);
    EXPECT_EQ(*service.count(q, test::clinicianUser()), 1);
    auto missing = service.get(12345, test::clinicianUser());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_P(PatientServiceTest, service_write_inside_a_callers_transaction_is_undone_with_it)
{
    {
        Transaction outer(*db);
        ASSERT_TRUE(outer.begun().ok());
        ASSERT_TRUE(service.create(newPatient(), test::clinicianUser()).ok());
        EXPECT_EQ(db->transactionDepth(), 1);
    }
    EXPECT_EQ(rows(QStringLiteral("patient")), 0);
}

NEEDLECHART_ON_EVERY_BACKEND(PatientServiceTest);
