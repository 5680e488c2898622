#include "needlechart/services/accounts/AccountService.h"

#include "needlechart/domain/accounts/SignInLockout.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/accounts/PasswordHasher.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/accounts/AccountRepository.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/database/Database.h"

#include "ErrorText.h"
#include "RawConnection.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

const QDateTime Start(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
const QString AdminPassword = QStringLiteral("correct horse battery");
const QString TempPassword = QStringLiteral("temporary staple 42");

using test::describe;

StaffAccount person(const char* login, const char* name, StaffRoles roles)
{
    StaffAccount a;
    a.login = QString::fromLatin1(login);
    a.displayName = QString::fromLatin1(name);
    a.roles = roles;
    return a;
}

class AccountServiceTest : public test::BackendTest {
protected:
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock{Start};
    ChangeNotifier notifier;
    PasswordHasher hasher{PasswordHasher::Limits::minimumForTests()};
    AccountRepository repository{*db};
    AuditRepository auditRepository{*db};
    AuditTrail audit{*db, auditRepository, clock, QStringLiteral("desk-1")};
    AccountService accounts{*db, repository, notifier, clock, hasher, audit};
    User admin;

    void SetUp() override
    {
        ASSERT_TRUE(*accounts.needsFirstAdmin());
        auto created =
            accounts.createFirstAdmin(person("sam", "Sam Admin", StaffRole::Admin), AdminPassword);
        ASSERT_TRUE(created.ok()) << describe(created.error());
        admin = AccountService::userOf(*created);
    }

    // A clinician created by the admin and signed in once with a password of their own.
    StaffAccount clinician(const char* login = "alex")
    {
        auto created = accounts.createAccount(
            admin, person(login, "Alex Morgan", StaffRole::Clinician), TempPassword);
        EXPECT_TRUE(created.ok()) << describe(created.error());
        return created.ok() ? *created : StaffAccount{};
    }
};

} // namespace

TEST_P(AccountServiceTest, the_first_admin_is_created_once_and_a_second_first_admin_is_refused)
{
    EXPECT_FALSE(*accounts.needsFirstAdmin());
    EXPECT_TRUE(admin.isAdmin());
    auto again =
        accounts.createFirstAdmin(person("kim", "Kim Other", StaffRole::Admin), AdminPassword);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::NotPermitted);
}

TEST_P(AccountServiceTest, signing_in_gives_the_accounts_user_and_refuses_wrong_or_unknown_alike)
{
    auto signedIn = accounts.signIn(QStringLiteral("  SAM "), AdminPassword);
    ASSERT_TRUE(signedIn.ok()) << describe(signedIn.error());
    EXPECT_EQ(signedIn->user.login, QStringLiteral("sam"));
    EXPECT_EQ(signedIn->user.accountId, signedIn->account.id);
    EXPECT_TRUE(signedIn->user.isAdmin());
    EXPECT_FALSE(signedIn->user.canChart());

    auto wrong = accounts.signIn(QStringLiteral("sam"), QStringLiteral("not the password"));
    auto unknown = accounts.signIn(QStringLiteral("nobody"), AdminPassword);
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SignInRefused);
    EXPECT_EQ(unknown.error().code, ErrorCode::SignInRefused);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_P(AccountServiceTest, five_wrong_passwords_lock_the_account_for_fifteen_minutes)
{
    for (int i = 1; i < SignInLockout::MaxFailures; ++i) {
        auto wrong =
            accounts.signIn(QStringLiteral("sam"), QStringLiteral("wrong guess %1").arg(i));
        ASSERT_EQ(wrong.error().code, ErrorCode::SignInRefused) << i;
    }
    auto fifth = accounts.signIn(QStringLiteral("sam"), QStringLiteral("wrong guess 5"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(fifth.error().code, ErrorCode::AccountLocked);
    // Locked: even the right password is refused, until the lock runs out.
    clock.advanceSeconds(14 * 60);
    auto stillLocked = accounts.signIn(QStringLiteral("sam"), AdminPassword);
    ASSERT_FALSE(stillLocked.ok());
    EXPECT_EQ(stillLocked.error().code, ErrorCode::AccountLocked);
    clock.advanceSeconds(61);
    auto afterwards = accounts.signIn(QStringLiteral("sam"), AdminPassword);
    ASSERT_TRUE(afterwards.ok()) << describe(afterwards.error());
    EXPECT_EQ(afterwards->account.failedSignIns, 0);
    EXPECT_FALSE(afterwards->account.lockedUntil.isValid());
}

TEST_P(AccountServiceTest, a_right_password_clears_the_count_of_wrong_ones)
{
    for (int i = 0; i < SignInLockout::MaxFailures - 1; ++i)
        (void)accounts.signIn(QStringLiteral("sam"), QStringLiteral("wrong guess"));
    ASSERT_TRUE(accounts.signIn(QStringLiteral("sam"), AdminPassword).ok());
    auto wrongAgain = accounts.signIn(QStringLiteral("sam"), QStringLiteral("wrong guess"));
    EXPECT_EQ(wrongAgain.error().code, ErrorCode::SignInRefused) << "a fresh count, not a lock";
}

TEST_P(AccountServiceTest, an_admin_unlocks_an_account_and_a_reset_forces_a_change_at_sign_in)
{
    const StaffAccount alex = clinician();
    auto first = accounts.signIn(QStringLiteral("alex"), TempPassword);
    ASSERT_TRUE(first.ok()) << describe(first.error());
    EXPECT_TRUE(first->mustChangePassword) << "a new account's password is temporary";
    const QString own = QStringLiteral("plum orchard lantern");
    ASSERT_TRUE(accounts.changeOwnPassword(first->user, TempPassword, own).ok());
    for (int i = 0; i < SignInLockout::MaxFailures; ++i)
        (void)accounts.signIn(QStringLiteral("alex"), QStringLiteral("wrong guess"));
    EXPECT_EQ(accounts.signIn(QStringLiteral("alex"), own).error().code, ErrorCode::AccountLocked);
    ASSERT_TRUE(accounts.unlock(admin, alex.id).ok());
    auto unlocked = accounts.signIn(QStringLiteral("alex"), own);
    ASSERT_TRUE(unlocked.ok()) << describe(unlocked.error());
    EXPECT_FALSE(unlocked->mustChangePassword);

    ASSERT_TRUE(accounts.resetPassword(admin, alex.id, QStringLiteral("fresh start 2027")).ok());
    EXPECT_FALSE(accounts.signIn(QStringLiteral("alex"), own).ok());
    auto afterReset = accounts.signIn(QStringLiteral("alex"), QStringLiteral("fresh start 2027"));
    ASSERT_TRUE(afterReset.ok());
    EXPECT_TRUE(afterReset->mustChangePassword);
}

TEST_P(AccountServiceTest, only_an_admin_manages_accounts)
{
    const StaffAccount alex = clinician();
    const User asAlex = AccountService::userOf(alex);
    EXPECT_EQ(accounts.accounts(asAlex).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(
        accounts.createAccount(asAlex, person("jo", "Jo Lee", StaffRole::Clinician), TempPassword)
            .error()
            .code,
        ErrorCode::NotPermitted);
    EXPECT_EQ(accounts.updateAccount(asAlex, alex).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(accounts.resetPassword(asAlex, alex.id, TempPassword).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(accounts.unlock(asAlex, alex.id).error().code, ErrorCode::NotPermitted);
    auto listed = accounts.accounts(admin);
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->size(), 2u);
}

TEST_P(AccountServiceTest, the_last_active_admin_keeps_the_role_and_stays_active)
{
    auto all = accounts.accounts(admin);
    ASSERT_TRUE(all.ok());
    StaffAccount sam = all->front();
    sam.active = false;
    EXPECT_EQ(accounts.updateAccount(admin, sam).error().code, ErrorCode::NotPermitted);
    sam.active = true;
    sam.roles = StaffRole::Clinician;
    EXPECT_EQ(accounts.updateAccount(admin, sam).error().code, ErrorCode::NotPermitted);

    StaffAccount second = person("kim", "Kim Other", {StaffRole::Admin, StaffRole::Clinician});
    ASSERT_TRUE(accounts.createAccount(admin, second, TempPassword).ok());
    auto demoted = accounts.updateAccount(admin, sam);
    ASSERT_TRUE(demoted.ok()) << describe(demoted.error());
    EXPECT_FALSE(demoted->roles.has(StaffRole::Admin));
    EXPECT_EQ(demoted->rowVersion, sam.rowVersion + 1);
    EXPECT_EQ(accounts.updateAccount(admin, sam).error().code, ErrorCode::Conflict)
        << "a stale save is refused";
}

TEST_P(AccountServiceTest, a_taken_login_and_weak_passwords_are_refused_with_reasons)
{
    clinician();
    auto taken = accounts.createAccount(admin, person("alex", "Alex Two", StaffRole::FrontDesk),
                                        TempPassword);
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::Conflict) << describe(taken.error());
    for (const char* weak :
         {"short", "password123", "1234567890", "aaaaaaaaaaaa", "joanne-lee-2026"}) {
        auto refused = accounts.createAccount(
            admin, person("joanne", "Joanne Lee", StaffRole::FrontDesk), QString::fromLatin1(weak));
        ASSERT_FALSE(refused.ok()) << weak;
        EXPECT_EQ(refused.error().code, ErrorCode::Validation) << weak;
    }
}

TEST_P(AccountServiceTest, a_hash_made_under_weaker_limits_is_renewed_at_sign_in)
{
    const PasswordHasher stronger{{PasswordHasher::Limits::minimumForTests().operations + 1,
                                   PasswordHasher::Limits::minimumForTests().memoryBytes * 2}};
    AccountService upgraded{*db, repository, notifier, clock, stronger, audit};
    auto all = accounts.accounts(admin);
    ASSERT_TRUE(all.ok());
    const AccountId id = all->front().id;
    ASSERT_TRUE(stronger.needsRehash(*repository.passwordHash(id)));
    ASSERT_TRUE(upgraded.signIn(QStringLiteral("sam"), AdminPassword).ok());
    const QString renewed = *repository.passwordHash(id);
    EXPECT_FALSE(stronger.needsRehash(renewed));
    EXPECT_TRUE(stronger.verify(renewed, AdminPassword));
}

TEST_P(AccountServiceTest, no_password_is_stored_in_plain_text)
{
    clinician();
    ASSERT_TRUE(accounts.signIn(QStringLiteral("alex"), TempPassword).ok());
    auto raw = temp.raw();
    QSqlQuery q(raw->db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT password_hash FROM staff_account")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString stored = q.value(0).toString();
        EXPECT_TRUE(stored.startsWith(QStringLiteral("$argon2id$"))) << stored.toStdString();
        EXPECT_FALSE(stored.contains(AdminPassword));
        EXPECT_FALSE(stored.contains(TempPassword));
    }
    EXPECT_EQ(rows, 2);
    if (GetParam() == Backend::Sqlite) {
        // The file and its write-ahead log, byte for byte.
        for (const QString& path : QStringList{temp.path(), temp.path() + QStringLiteral("-wal")}) {
            const QByteArray bytes = test::readFileBytes(path);
            EXPECT_FALSE(bytes.contains(AdminPassword.toUtf8())) << path.toStdString();
            EXPECT_FALSE(bytes.contains(TempPassword.toUtf8())) << path.toStdString();
        }
    }
}

TEST_P(AccountServiceTest, sign_ins_failures_lockouts_and_account_changes_are_audited)
{
    const StaffAccount alex = clinician();
    ASSERT_TRUE(accounts.signIn(QStringLiteral("alex"), TempPassword).ok());
    for (int i = 0; i < 5; ++i)
        (void)accounts.signIn(QStringLiteral("alex"), QStringLiteral("wrong guess %1").arg(i));
    (void)accounts.signIn(QStringLiteral("nobody"), QStringLiteral("needlechart-demo"));
    const User frontDesk{QStringLiteral("desk"), QStringLiteral("Desk"), StaffRole::FrontDesk, 7};
    ASSERT_FALSE(accounts.accounts(frontDesk).ok());
    ASSERT_TRUE(accounts.unlock(admin, alex.id));

    std::vector<AuditEvent> rows;
    ASSERT_TRUE(auditRepository.forEach([&rows](const AuditEvent& e) {
        rows.push_back(e);
        return true;
    }));
    std::vector<AuditAction> actions;
    for (const AuditEvent& e : rows)
        actions.push_back(e.action);
    const std::vector<AuditAction> expected = {
        AuditAction::AccountChange, // the first admin
        AuditAction::AccountChange, // alex created
        AuditAction::SignIn,
        AuditAction::SignInFailed,
        AuditAction::SignInFailed,
        AuditAction::SignInFailed,
        AuditAction::SignInFailed,
        AuditAction::SignInFailed,
        AuditAction::Lockout,
        AuditAction::SignInFailed, // the unknown login
        AuditAction::PermissionRefused,
        AuditAction::AccountChange, // unlocked
    };
    EXPECT_EQ(actions, expected);
    EXPECT_EQ(rows[9].accountId, 0);
    EXPECT_TRUE(rows[9].login.isEmpty()) << "a typed unknown login is not kept";
    EXPECT_EQ(rows[10].accountId, 7);
    EXPECT_EQ(rows[10].outcome, AuditEvent::Outcome::Refused);
    EXPECT_EQ(rows[11].objectId, alex.id);
    EXPECT_EQ(rows[11].detail, QStringLiteral("unlocked"));
    for (const AuditEvent& e : rows)
        EXPECT_EQ(e.workstation, QStringLiteral("desk-1"));
    EXPECT_TRUE(audit.verify()->intact());
}

NEEDLECHART_ON_EVERY_BACKEND(AccountServiceTest);
