#include "needlechart/domain/accounts/SignInLockout.h"

#include "needlechart/domain/accounts/StaffAccount.h"

namespace needlechart {

void SignInLockout::recordFailure(StaffAccount& account, const QDateTime& nowUtc)
{
    if (account.lockedUntil.isValid() && nowUtc >= account.lockedUntil) {
        // A lock that has run out starts a fresh count.
        account.lockedUntil = {};
        account.failedSignIns = 0;
    }
    ++account.failedSignIns;
    if (account.failedSignIns >= MaxFailures)
        account.lockedUntil = nowUtc.addSecs(qint64(LockMinutes) * 60);
}

void SignInLockout::recordSuccess(StaffAccount& account)
{
    account.failedSignIns = 0;
    account.lockedUntil = {};
}

} // namespace needlechart
