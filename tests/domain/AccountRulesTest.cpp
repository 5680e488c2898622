// The rules of staff accounts that need no database: roles as a set and their stored text,
// the password policy, the sign-in lockout and the needling authorisation's dates.
#include "needlechart/domain/accounts/NeedlingAuthorisation.h"
#include "needlechart/domain/accounts/PasswordPolicy.h"
#include "needlechart/domain/accounts/SignInLockout.h"
#include "needlechart/domain/accounts/StaffAccount.h"
#include "needlechart/domain/accounts/StaffRoles.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDateTime Nine(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

TEST(StaffRolesTest, roles_are_stored_as_keys_in_a_fixed_order_and_read_back)
{
    const StaffRoles both{StaffRole::Admin, StaffRole::Clinician};
    EXPECT_EQ(both.toText(), QStringLiteral("clinician admin"));
    EXPECT_EQ(StaffRoles::fromText(QStringLiteral("admin clinician")), both);
    EXPECT_EQ(StaffRoles::fromText(QStringLiteral("front-desk"))->toText(),
              StaffRoles(StaffRole::FrontDesk).toText());
    EXPECT_TRUE(StaffRoles::fromText(QString())->isEmpty());
}

TEST(StaffRolesTest, an_unknown_role_key_is_refused_rather_than_dropped)
{
    EXPECT_FALSE(StaffRoles::fromText(QStringLiteral("clinician superuser")).has_value());
}

TEST(StaffRolesTest, inserting_and_removing_changes_only_that_role)
{
    StaffRoles roles = StaffRole::Clinician;
    roles.insert(StaffRole::Admin);
    EXPECT_TRUE(roles.has(StaffRole::Clinician));
    EXPECT_TRUE(roles.has(StaffRole::Admin));
    EXPECT_FALSE(roles.has(StaffRole::FrontDesk));
    roles.remove(StaffRole::Clinician);
    EXPECT_EQ(roles, StaffRoles(StaffRole::Admin));
}

TEST(PasswordPolicyTest, a_password_shorter_than_ten_characters_is_refused)
{
    EXPECT_FALSE(PasswordPolicy::check(QStringLiteral("nine char"), QStringLiteral("alex"),
                                       QStringLiteral("Alex Morgan")));
    EXPECT_TRUE(PasswordPolicy::check(QStringLiteral("ten chars!"), QStringLiteral("alex"),
                                      QStringLiteral("Alex Morgan")));
}

TEST(PasswordPolicyTest, common_passwords_are_refused_whatever_their_case)
{
    for (const char* common : {"password123", "PASSWORD123", "qwertyuiop", "1234567890"})
        EXPECT_TRUE(PasswordPolicy::isCommon(QString::fromLatin1(common))) << common;
    EXPECT_FALSE(PasswordPolicy::check(QStringLiteral("Password123"), QStringLiteral("kim"),
                                       QStringLiteral("Kim Lee")));
    EXPECT_FALSE(PasswordPolicy::isCommon(QStringLiteral("quiet river lantern")));
}

TEST(PasswordPolicyTest, a_password_holding_the_login_or_the_name_is_refused)
{
    EXPECT_FALSE(PasswordPolicy::check(QStringLiteral("alex-is-great-2026"), QStringLiteral("alex"),
                                       QStringLiteral("Alex Morgan")));
    EXPECT_FALSE(PasswordPolicy::check(QStringLiteral("xxAlexMorganxx"), QStringLiteral("am"),
                                       QStringLiteral("Alex Morgan")));
}

TEST(PasswordPolicyTest, one_character_repeated_is_refused)
{
    EXPECT_FALSE(PasswordPolicy::check(QStringLiteral("zzzzzzzzzzzz"), QStringLiteral("kim"),
                                       QStringLiteral("Kim Lee")));
}

TEST(SignInLockoutTest, the_fifth_failure_locks_for_fifteen_minutes_and_not_the_fourth)
{
    StaffAccount account;
    for (int i = 0; i < 4; ++i)
        SignInLockout::recordFailure(account, Nine);
    EXPECT_FALSE(account.isLockedAt(Nine));
    SignInLockout::recordFailure(account, Nine);
    EXPECT_TRUE(account.isLockedAt(Nine));
    EXPECT_TRUE(account.isLockedAt(Nine.addSecs(15 * 60 - 1)));
    EXPECT_FALSE(account.isLockedAt(Nine.addSecs(15 * 60)));
}

TEST(SignInLockoutTest, a_success_clears_the_count_so_failures_must_be_in_a_row)
{
    StaffAccount account;
    for (int i = 0; i < 4; ++i)
        SignInLockout::recordFailure(account, Nine);
    SignInLockout::recordSuccess(account);
    SignInLockout::recordFailure(account, Nine);
    EXPECT_EQ(account.failedSignIns, 1);
    EXPECT_FALSE(account.isLockedAt(Nine));
}

TEST(SignInLockoutTest, after_a_lock_runs_out_the_count_starts_again)
{
    StaffAccount account;
    for (int i = 0; i < 5; ++i)
        SignInLockout::recordFailure(account, Nine);
    const QDateTime later = Nine.addSecs(16 * 60);
    SignInLockout::recordFailure(account, later);
    EXPECT_EQ(account.failedSignIns, 1);
    EXPECT_FALSE(account.isLockedAt(later));
}

TEST(NeedlingAuthorisationTest, it_is_current_up_to_and_including_its_last_day)
{
    const NeedlingAuthorisation n{QStringLiteral("AACP register"), QStringLiteral("A-1"),
                                  QDate(2026, 12, 31)};
    EXPECT_TRUE(n.isCurrentOn(QDate(2026, 12, 31)));
    EXPECT_FALSE(n.isCurrentOn(QDate(2027, 1, 1)));
    EXPECT_FALSE(NeedlingAuthorisation{}.isCurrentOn(QDate(2026, 1, 1))) << "none recorded";
}

TEST(NeedlingAuthorisationTest, the_warning_starts_thirty_days_before_it_runs_out)
{
    const NeedlingAuthorisation n{QStringLiteral("AACP register"), QStringLiteral("A-1"),
                                  QDate(2026, 12, 31)};
    EXPECT_FALSE(n.runsOutSoon(QDate(2026, 12, 1)));
    EXPECT_TRUE(n.runsOutSoon(QDate(2026, 12, 2)));
    EXPECT_TRUE(n.runsOutSoon(QDate(2026, 12, 31)));
    EXPECT_FALSE(n.runsOutSoon(QDate(2027, 1, 1))) << "expired is not 'soon'";
}

} // namespace
} // namespace needlechart
