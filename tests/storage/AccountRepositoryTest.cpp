// Staff accounts in SQL, on both back ends: logins unique, details saved only against the
// version read, the password hash and the sign-in state kept apart from the details.
#include "needlechart/storage/accounts/AccountRepository.h"

#include "needlechart/storage/database/Database.h"

#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDateTime Now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
const QString SomeHash = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");

StaffAccount account(const char* login, const char* name, StaffRoles roles)
{
    StaffAccount a;
    a.login = QString::fromLatin1(login);
    a.displayName = QString::fromUtf8(name);
    a.roles = roles;
    return a;
}

class AccountRepositoryTest : public test::BackendTest {
protected:
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    AccountRepository repository{*db};
};

TEST_P(AccountRepositoryTest, an_account_is_stored_with_every_detail_and_read_back)
{
    StaffAccount alex = account("alex", "Alex Morgan", {StaffRole::Clinician, StaffRole::Admin});
    alex.registrationNumber = QStringLiteral("PH 104 233");
    alex.needling = {QStringLiteral("AACP register"), QStringLiteral("AACP-41827"),
                     QDate(2027, 3, 31)};

    auto created = repository.create(alex, SomeHash, Now);

    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->rowVersion, 1);
    auto read = repository.get(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, *created);
    EXPECT_EQ(read->needling, alex.needling);
    EXPECT_EQ(read->roles, alex.roles);
    EXPECT_EQ(*repository.passwordHash(created->id), SomeHash);
    auto found = repository.findByLogin(QStringLiteral("alex"));
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, created->id);
    EXPECT_FALSE(repository.findByLogin(QStringLiteral("nobody"))->has_value());
}

TEST_P(AccountRepositoryTest, a_login_that_is_taken_is_a_conflict)
{
    ASSERT_TRUE(repository.create(account("jo", "Jo Park", StaffRole::Clinician), SomeHash, Now));

    auto again = repository.create(account("jo", "Jo Other", StaffRole::FrontDesk), SomeHash, Now);

    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(*repository.count(), 1);
}

TEST_P(AccountRepositoryTest, details_saved_against_an_old_version_are_refused)
{
    auto created = repository.create(account("jo", "Jo Park", StaffRole::Clinician), SomeHash, Now);
    ASSERT_TRUE(created.ok());
    StaffAccount first = *created;
    first.displayName = QStringLiteral("Joanne Park");
    auto saved = repository.update(first, Now.addSecs(60));
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->rowVersion, 2);

    StaffAccount stale = *created; // still at version 1
    stale.roles = StaffRole::FrontDesk;
    auto refused = repository.update(stale, Now.addSecs(120));

    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repository.get(created->id)->displayName, QStringLiteral("Joanne Park"));
    EXPECT_EQ(repository.get(created->id)->roles, StaffRoles(StaffRole::Clinician));
}

TEST_P(AccountRepositoryTest, a_new_password_and_the_sign_in_state_leave_the_details_version_alone)
{
    auto created = repository.create(account("jo", "Jo Park", StaffRole::Clinician), SomeHash, Now);
    ASSERT_TRUE(created.ok());
    const QString other = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$b3RoZXJzYWx0$b3RoZXI");
    ASSERT_TRUE(repository.setPasswordHash(created->id, other, true, Now));
    StaffAccount locked = *created;
    locked.failedSignIns = 5;
    locked.lockedUntil = Now.addSecs(15 * 60);
    ASSERT_TRUE(repository.saveSignInState(locked));

    auto read = repository.get(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->rowVersion, created->rowVersion) << "an admin's open edit is not made stale";
    EXPECT_TRUE(read->mustChangePassword);
    EXPECT_EQ(read->failedSignIns, 5);
    EXPECT_EQ(read->lockedUntil, Now.addSecs(15 * 60));
    EXPECT_EQ(*repository.passwordHash(created->id), other);
}

TEST_P(AccountRepositoryTest, the_list_puts_active_accounts_first_then_orders_by_name)
{
    for (const auto& [login, name] :
         {std::pair{"zoe", "Zoe Adams"}, std::pair{"al", "Al Brown"}, std::pair{"bo", "Bo Clark"}})
        ASSERT_TRUE(repository.create(account(login, name, StaffRole::FrontDesk), SomeHash, Now));
    StaffAccount al = **repository.findByLogin(QStringLiteral("al"));
    al.active = false;
    ASSERT_TRUE(repository.update(al, Now));

    auto all = repository.list();

    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ((*all)[0].login, QStringLiteral("bo"));
    EXPECT_EQ((*all)[1].login, QStringLiteral("zoe"));
    EXPECT_EQ((*all)[2].login, QStringLiteral("al"));
}

NEEDLECHART_ON_EVERY_BACKEND(AccountRepositoryTest);

} // namespace
} // namespace needlechart
