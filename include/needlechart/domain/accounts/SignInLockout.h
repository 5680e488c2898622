#pragma once

#include <QDateTime>

namespace needlechart {

struct StaffAccount;

// After MaxFailures wrong passwords in a row, an account is locked for LockMinutes; an admin may
// unlock it sooner. A successful sign-in clears the count. Pure rules, applied by the account
// service inside the sign-in's transaction, with the service's clock.
class SignInLockout {
public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

    // `account` after one more wrong password at `nowUtc`: the count raised and, at the limit,
    // locked until LockMinutes from now (the count starts again after the lock).
    static void recordFailure(StaffAccount& account, const QDateTime& nowUtc);
    // `account` after a right password: no failures, no lock.
    static void recordSuccess(StaffAccount& account);
};

} // namespace needlechart
