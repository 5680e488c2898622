#pragma once

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/accounts/PasswordHasher.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/accounts/AccountRepository.h"

namespace needlechart::test {

// The password of every account signingClinician makes.
inline const QString SigningPassword = QStringLiteral("signing-lantern-42");

// A clinician who may sign: a staff account with login "amorgan" (as clinicianUser() and the
// sample sessions), registration PH123456, needling authorised for ten years from the clinic's
// today (tests move their clocks on), and SigningPassword. Made once per database; later calls
// return the same account. A User without an account (accountId 0) if it could not be made.
inline User signingClinician(ClinicServices& services,
                             StaffRoles roles = {StaffRole::Clinician, StaffRole::Admin},
                             const QString& login = QStringLiteral("amorgan"),
                             const QString& name = QStringLiteral("Alex Morgan"))
{
    AccountRepository& repository = services.accountRepository();
    if (auto existing = repository.findByLogin(login); existing && *existing)
        return AccountService::userOf(**existing);
    StaffAccount account;
    account.login = login;
    account.displayName = name;
    account.roles = roles;
    account.registrationNumber = QStringLiteral("PH123456");
    account.needling.body = QStringLiteral("AACP roster");
    account.needling.number = QStringLiteral("DN-0042");
    account.needling.expiresOn = services.clock().today().addYears(10);
    // Hashed under the cheapest limits: checking it stays quick under any hasher.
    static const QString hash =
        PasswordHasher(PasswordHasher::Limits::minimumForTests()).hash(SigningPassword);
    auto created = repository.create(account, hash, services.clock().nowUtc());
    return created ? AccountService::userOf(*created) : User{};
}

} // namespace needlechart::test
