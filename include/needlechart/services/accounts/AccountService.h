#pragma once

#include "needlechart/domain/accounts/StaffAccount.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"

#include <QCoreApplication>

#include <vector>

namespace needlechart {

class AccountRepository;
class AuditTrail;
class ChangeNotifier;
class Clock;
class Database;
class PasswordHasher;

// Staff accounts: the first admin of a new clinic database, signing in (with the lockout rules),
// changing one's own password, and an admin's management of accounts. Passwords arrive here as
// typed and leave only as Argon2id hashes; none is logged. Each use case is one transaction.
class AccountService {
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    // What a successful sign-in gives: the user to pass to every service, and what to tell them.
    struct SignedIn {
        User user;
        StaffAccount account;
        bool mustChangePassword = false;        // an admin reset it: change before going on
        bool needlingAuthorisationEnds = false; // current, but runs out within 30 days
    };

    // Every sign-in, failure, lockout and account change is written to `audit`.
    AccountService(Database& database, AccountRepository& accounts, ChangeNotifier& notifier,
                   const Clock& clock, const PasswordHasher& hasher, AuditTrail& audit);

    // True while the clinic database has no account at all (a new one): the app then asks for
    // its first admin instead of a sign-in.
    [[nodiscard]] Result<bool> needsFirstAdmin();
    // Creates the first account, an admin (whatever other roles it is given too). Refused once
    // any account exists.
    [[nodiscard]] Result<StaffAccount> createFirstAdmin(StaffAccount account,
                                                        const QString& password);

    // Checks `password` for `login`. Unknown logins and wrong passwords are refused alike
    // (SignInRefused, taking as long); the fifth wrong password in a row locks the account for
    // 15 minutes (AccountLocked, saying until when); a deactivated account is refused. A hash
    // made under weaker limits than today's is replaced.
    [[nodiscard]] Result<SignedIn> signIn(const QString& login, const QString& password);
    // Checks the signed-in user's password again (signing a note, unlocking the screen), with
    // the same lockout.
    [[nodiscard]] Status confirmPassword(const User& user, const QString& password);
    [[nodiscard]] Status changeOwnPassword(const User& user, const QString& currentPassword,
                                           const QString& newPassword);
    // The idle lock covered `user`'s window: an audited Lock row (failures are logged, never
    // returned: the window locks whatever the trail says).
    void recordScreenLocked(const User& user);
    // The signed-in user's own account as stored now (its registration number and needling
    // authorisation, for signing). Anyone may read their own; without an account, NotFound.
    [[nodiscard]] Result<StaffAccount> ownAccount(const User& user);

    // Admin only (NotPermitted otherwise).
    [[nodiscard]] Result<std::vector<StaffAccount>> accounts(const User& admin);
    // A new account with a temporary password the person must change at their first sign-in.
    [[nodiscard]] Result<StaffAccount> createAccount(const User& admin, StaffAccount account,
                                                     const QString& temporaryPassword);
    // Saves name, roles, registration, authorisation and active (against rowVersion). An admin
    // cannot take the admin role from, or deactivate, the last active admin.
    [[nodiscard]] Result<StaffAccount> updateAccount(const User& admin,
                                                     const StaffAccount& account);
    [[nodiscard]] Status resetPassword(const User& admin, AccountId id,
                                       const QString& temporaryPassword);
    [[nodiscard]] Status unlock(const User& admin, AccountId id);

    // The User an account acts as.
    [[nodiscard]] static User userOf(const StaffAccount& account);

private:
    [[nodiscard]] Status requireAdmin(const User& user, const char* action) const;
    [[nodiscard]] Result<StaffAccount> checkPassword(StaffAccount account, const QString& password);
    [[nodiscard]] Status validateDetails(const StaffAccount& account) const;
    void announce(AccountId id, bool created);
    // The Argon2id hash of a new password, or Io when hashing failed (out of memory).
    [[nodiscard]] Result<QString> hashOf(const QString& password) const;
    [[nodiscard]] Status recordChange(const User& admin, AccountId id, const QString& detail);

    Database& m_database;
    AccountRepository& m_accounts;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    const PasswordHasher& m_hasher;
    AuditTrail& m_audit;
};

} // namespace needlechart
