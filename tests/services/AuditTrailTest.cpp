// The audit trail on both back ends: rows chained as they are appended, refused changes, and
// every kind of tampering (edit, delete, insert, reorder, cut tail) caught by verify, a
// thousand random times.
#include "needlechart/services/audit/AuditTrail.h"

#include "needlechart/domain/audit/AuditChain.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"

#include "TempDatabase.h"
#include "TestServer.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <random>

using namespace needlechart;

namespace {

const QDateTime Start(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
constexpr int Rows = 40;

User someone(qint64 id, const char* login, StaffRoles roles = StaffRole::Clinician)
{
    return User{QString::fromLatin1(login), QStringLiteral("Someone"), roles, id};
}

class AuditTrailTest : public test::BackendTest {
protected:
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock{Start};
    AuditRepository repository{*db};
    AuditTrail trail{*db, repository, clock, QStringLiteral("room-2")};

    void appendRows(int n)
    {
        const AuditAction actions[] = {AuditAction::OpenRecord, AuditAction::Create,
                                       AuditAction::Update, AuditAction::Sign,
                                       AuditAction::PermissionRefused};
        for (int i = 0; i < n; ++i) {
            clock.advanceSeconds(37);
            const AuditAction action = actions[i % 5];
            const Status recorded = trail.recordAlone(
                someone(1 + i % 3, i % 3 == 2 ? "desk" : "alex"), action,
                {1 + i % 7, QStringLiteral("session"), 100 + i},
                action == AuditAction::PermissionRefused ? AuditEvent::Outcome::Refused
                                                         : AuditEvent::Outcome::Done,
                QStringLiteral("row %1").arg(i));
            ASSERT_TRUE(recorded) << recorded.error().message.toStdString() << " "
                                  << recorded.error().detail.toStdString();
        }
    }

    bool exec(const QString& sql)
    {
        QSqlQuery q(db->connection());
        const bool ok = q.exec(sql);
        if (!ok)
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }

    void dropTriggers()
    {
        if (GetParam() == Backend::Sqlite) {
            exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
            exec(QStringLiteral("DROP TRIGGER audit_event_no_delete"));
        } else {
            exec(QStringLiteral("DROP TRIGGER audit_event_no_update ON audit_event"));
            exec(QStringLiteral("DROP TRIGGER audit_event_no_truncate ON audit_event"));
        }
    }
};

} // namespace

TEST_P(AuditTrailTest, rows_are_chained_in_order_and_an_untouched_trail_verifies)
{
    appendRows(Rows);

    auto verified = trail.verify();

    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << verified->problem.toStdString();
    EXPECT_EQ(verified->rowsChecked, Rows);
    auto head = repository.head();
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(head->lastId, Rows);
    std::vector<AuditEvent> all;
    ASSERT_TRUE(repository.forEach([&all](const AuditEvent& e) {
        all.push_back(e);
        return true;
    }));
    ASSERT_EQ(all.size(), std::size_t(Rows));
    EXPECT_EQ(all.front().hash, AuditChain::link(AuditChain::genesis(), all.front()));
    EXPECT_EQ(all.back().hash, head->hash);
    EXPECT_EQ(all.front().workstation, QStringLiteral("room-2"));
    EXPECT_EQ(all.front().atUtc, Start.addSecs(37));
}

TEST_P(AuditTrailTest, the_database_refuses_to_change_or_delete_an_audit_row)
{
    appendRows(3);
    QSqlQuery q(db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_event SET login = 'mallory' WHERE id = 2")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_event WHERE id = 3")));
    if (GetParam() == Backend::PostgreSql) {
        EXPECT_FALSE(q.exec(QStringLiteral("TRUNCATE audit_event")));
    }
    EXPECT_TRUE(trail.verify()->intact());
    EXPECT_EQ(*repository.count(), 3);
}

TEST_P(AuditTrailTest, a_row_that_rolls_back_with_its_use_case_leaves_no_link)
{
    appendRows(2);
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begun());
        ASSERT_TRUE(trail.record(someone(1, "alex"), AuditAction::Create,
                                 {5, QStringLiteral("session"), 9}));
        // no commit: the save failed, and its audit row goes with it
    }
    appendRows(1);
    EXPECT_TRUE(trail.verify()->intact());
    EXPECT_EQ(*repository.count(), 3);
}

TEST_P(AuditTrailTest, a_thousand_random_tamperings_are_each_detected)
{
    appendRows(Rows);
    std::mt19937 random(20261202);
    const auto pick = [&random](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    const QString columns[] = {QStringLiteral("at = 'x' || at"),
                               QStringLiteral("account_id = account_id + 1"),
                               QStringLiteral("login = login || 'x'"),
                               QStringLiteral("workstation = 'elsewhere'"),
                               QStringLiteral("action = 'export'"),
                               QStringLiteral("patient_id = patient_id + 100"),
                               QStringLiteral("object_id = object_id + 1"),
                               QStringLiteral("outcome = 'failed'"),
                               QStringLiteral("detail = detail || ' '"),
                               QStringLiteral("content_hash = 'ab'")};
    const int tamperings = 1000;
    int kinds[6] = {};
    for (int n = 0; n < tamperings; ++n) {
        ASSERT_TRUE(db->connection().transaction());
        dropTriggers();
        const int kind = pick(0, 5);
        ++kinds[kind];
        const int row = pick(1, Rows);
        switch (kind) {
        case 0: { // edit one field of one row
            const QString& change = columns[pick(0, 9)];
            // An edit that changes nothing is no tampering (action already 'update', ...).
            exec(QStringLiteral("UPDATE audit_event SET %1 WHERE id = %2").arg(change).arg(row));
            break;
        }
        case 1: // delete one row
            exec(QStringLiteral("DELETE FROM audit_event WHERE id = %1").arg(row));
            break;
        case 2: { // insert a forged row after `row`, correctly linked to it, ids shifted up
            const int at = std::min(row, Rows - 1);
            exec(QStringLiteral("UPDATE audit_event SET id = id + 1000 WHERE id > %1").arg(at));
            exec(QStringLiteral("UPDATE audit_event SET id = id - 999 WHERE id > 1000"));
            AuditEvent forged;
            forged.id = at + 1;
            forged.atUtc = Start;
            forged.login = QStringLiteral("mallory");
            forged.action = AuditAction::OpenRecord;
            QSqlQuery previous(db->connection());
            previous.exec(QStringLiteral("SELECT hash FROM audit_event WHERE id = %1").arg(at));
            previous.next();
            forged.hash = AuditChain::link(previous.value(0).toString().toLatin1(), forged);
            exec(QStringLiteral("INSERT INTO audit_event VALUES (%1, '%2', 0, 'mallory', 'x', "
                                "'open-record', 0, '', 0, 'done', '', '', '%3')")
                     .arg(forged.id)
                     .arg(forged.atUtc.toString(Qt::ISODateWithMs),
                          QString::fromLatin1(forged.hash)));
            break;
        }
        case 3: { // swap two rows' places
            const int other = row == Rows ? row - 1 : row + 1;
            exec(QStringLiteral("UPDATE audit_event SET id = -1 WHERE id = %1").arg(row));
            exec(
                QStringLiteral("UPDATE audit_event SET id = %1 WHERE id = %2").arg(row).arg(other));
            exec(QStringLiteral("UPDATE audit_event SET id = %1 WHERE id = -1").arg(other));
            break;
        }
        case 4: // cut the tail
            exec(QStringLiteral("DELETE FROM audit_event WHERE id >= %1").arg(std::max(2, row)));
            break;
        case 5: // change a row and recompute its own hash (but not the rows after it)
        {
            QSqlQuery read(db->connection());
            read.exec(QStringLiteral("SELECT hash FROM audit_event WHERE id = %1").arg(row - 1));
            const QByteArray before =
                read.next() ? read.value(0).toString().toLatin1() : AuditChain::genesis();
            std::vector<AuditEvent> rows;
            (void)repository.forEach([&rows, row](const AuditEvent& e) {
                if (e.id == row)
                    rows.push_back(e);
                return true;
            });
            if (rows.empty())
                break;
            AuditEvent changed = rows.front();
            changed.patientId += 1;
            const QByteArray hash = AuditChain::link(before, changed);
            exec(QStringLiteral("UPDATE audit_event SET patient_id = %1, hash = '%2' WHERE id = %3")
                     .arg(changed.patientId)
                     .arg(QString::fromLatin1(hash))
                     .arg(row));
            if (row == Rows) // the last row: the attacker also rewrites the head's hash...
                exec(QStringLiteral("UPDATE audit_head SET hash = 'forged' WHERE id = 1"));
            break;
        }
        }
        auto verified = trail.verify();
        ASSERT_TRUE(verified.ok());
        EXPECT_FALSE(verified->intact())
            << "tampering " << n << " of kind " << kind << " at row " << row << " went unseen";
        ASSERT_TRUE(db->connection().rollback());
    }
    for (int kind = 0; kind < 6; ++kind)
        EXPECT_GT(kinds[kind], 0) << "kind " << kind << " never tried";
    EXPECT_TRUE(trail.verify()->intact()) << "every tampering was rolled back";
}

TEST_P(AuditTrailTest, only_an_admin_reads_the_trail_and_a_refusal_is_itself_recorded)
{
    appendRows(5);
    const User clinician = someone(2, "alex");
    auto refused = trail.events(clinician, AuditQuery{});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    const User admin = someone(1, "admin", StaffRole::Admin);
    AuditQuery query;
    query.action = AuditAction::PermissionRefused;
    auto rows = trail.events(admin, query);
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->empty());
    EXPECT_EQ(rows->front().accountId, 2) << "newest first: the clinician's refusal";
    EXPECT_EQ(rows->front().outcome, AuditEvent::Outcome::Refused);
    AuditQuery byPatient;
    byPatient.patientId = 3;
    auto patientRows = trail.events(admin, byPatient);
    ASSERT_TRUE(patientRows.ok());
    EXPECT_FALSE(patientRows->empty());
    for (const AuditEvent& e : *patientRows)
        EXPECT_EQ(e.patientId, 3);
}

NEEDLECHART_ON_EVERY_BACKEND(AuditTrailTest);
