#pragma once

#include "needlechart/domain/accounts/StaffAccount.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace needlechart {

class Database;

// Staff accounts in SQL. Rows are never deleted. Details (name, roles, registration,
// authorisation, active) change only against the rowVersion that was read; the password hash
// and the sign-in state (failures, lock) have their own statements, so that a sign-in never
// makes an admin's open edit stale. Holds prepared statements: destroy before the Database.
class AccountRepository {
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    explicit AccountRepository(Database& database);

    // Inserts a new account (id 0) with its password hash; returns it as stored. A login that
    // is taken is a Conflict.
    [[nodiscard]] Result<StaffAccount> create(const StaffAccount& account,
                                              const QString& passwordHash, const QDateTime& nowUtc);
    // Rewrites the details of a stored account whose rowVersion still matches (else Conflict).
    // The sign-in state and the password are not touched.
    [[nodiscard]] Result<StaffAccount> update(const StaffAccount& account, const QDateTime& nowUtc);

    [[nodiscard]] Result<StaffAccount> get(AccountId id);
    // The account with `login` (exact, logins are stored in lower case), if any.
    [[nodiscard]] Result<std::optional<StaffAccount>> findByLogin(const QString& login);
    // Every account, active first, then by name.
    [[nodiscard]] Result<std::vector<StaffAccount>> list();
    [[nodiscard]] Result<int> count();

    [[nodiscard]] Result<QString> passwordHash(AccountId id);
    [[nodiscard]] Status setPasswordHash(AccountId id, const QString& hash, bool mustChange,
                                         const QDateTime& nowUtc);
    // Stores the failure count and lock of a sign-in attempt (SignInLockout).
    [[nodiscard]] Status saveSignInState(const StaffAccount& account);

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
