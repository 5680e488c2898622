#include "needlechart/services/demo/DemoAccounts.h"

#include "needlechart/domain/accounts/StaffAccount.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/accounts/AccountRepository.h"
#include "needlechart/storage/clinic/ClinicRepository.h"

namespace needlechart {
namespace {

StaffAccount demoAccount(const char* login, const char* name, StaffRoles roles)
{
    StaffAccount a;
    a.login = QString::fromLatin1(login);
    a.displayName = QString::fromUtf8(name);
    a.roles = roles;
    return a;
}

} // namespace

QString DemoAccounts::password()
{
    return QStringLiteral("needlechart-demo");
}

Status DemoAccounts::create(ClinicServices& services, const QDateTime& nowUtc)
{
    AccountRepository& repository = services.accountRepository();
    auto existing = repository.count();
    if (!existing)
        return existing.error();
    if (*existing == 0) {
        // One hash for the one shared password: four would cost four Argon2id runs at start-up.
        const QString hash = services.passwordHasher().hash(password());
        if (hash.isEmpty())
            return Error{ErrorCode::Io, QStringLiteral("Could not hash the demo password"), {}, {}};
        const QDate today = nowUtc.toLocalTime().date();
        StaffAccount admin = demoAccount("admin", "Pat Lewis", StaffRole::Admin);
        StaffAccount alex = demoAccount("alex", "Alex Morgan", StaffRole::Clinician);
        alex.registrationNumber = QStringLiteral("PH 104 233");
        alex.needling = {QStringLiteral("AACP register"), QStringLiteral("AACP-41827"),
                         QDate(today.year() + 1, 3, 31)};
        StaffAccount jo = demoAccount("jo", "Jo Park", StaffRole::Clinician);
        jo.registrationNumber = QStringLiteral("PH 118 907");
        jo.needling = {QStringLiteral("Dry needling course certificate"), QStringLiteral("DN-2291"),
                       today.addDays(20)};
        StaffAccount desk = demoAccount("desk", "Casey Lee", StaffRole::FrontDesk);
        for (const StaffAccount& account : {admin, alex, jo, desk}) {
            if (auto created = repository.create(account, hash, nowUtc); !created)
                return created.error();
        }
    }
    return services.clinicRepository().markDemoClinic();
}

} // namespace needlechart
