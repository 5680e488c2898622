#include "needlechart/services/accounts/AccountService.h"

#include "needlechart/domain/accounts/PasswordPolicy.h"
#include "needlechart/domain/accounts/SignInLockout.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/accounts/PasswordHasher.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/accounts/AccountRepository.h"
#include "needlechart/storage/database/Transaction.h"

#include <QLocale>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {
namespace {

Error notPermitted(const QString& message)
{
    return Error{ErrorCode::NotPermitted, message, {}, {}};
}

Error invalid(const QString& field, const QString& message)
{
    return Error{ErrorCode::Validation, message, {}, {FieldError{field, message}}};
}

bool isActiveAdmin(const StaffAccount& a)
{
    return a.active && a.roles.has(StaffRole::Admin);
}

} // namespace

AccountService::AccountService(Database& database, AccountRepository& accounts,
                               ChangeNotifier& notifier, const Clock& clock,
                               const PasswordHasher& hasher, AuditTrail& audit)
    : m_database(database),
      m_accounts(accounts),
      m_notifier(notifier),
      m_clock(clock),
      m_hasher(hasher),
      m_audit(audit)
{}

Result<QString> AccountService::hashOf(const QString& password) const
{
    QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return Error{
            ErrorCode::Io, tr("The password could not be hashed (out of memory)."), {}, {}};
    return hash;
}

Status AccountService::recordChange(const User& admin, AccountId id, const QString& detail)
{
    return m_audit.record(admin, AuditAction::AccountChange, {0, QStringLiteral("account"), id},
                          AuditEvent::Outcome::Done, detail);
}

User AccountService::userOf(const StaffAccount& account)
{
    return User{account.login, account.displayName, account.roles, account.id};
}

Status AccountService::requireAdmin(const User& user, const char* action) const
{
    return m_audit.permit(user, Permission::StaffAccounts, action,
                          {0, QStringLiteral("account"), 0});
}

Status AccountService::validateDetails(const StaffAccount& account) const
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!loginPattern.match(account.login).hasMatch())
        return invalid(QStringLiteral("login"),
                       tr("A login is 2 to 32 lower-case letters, digits, '.', '-' or '_', "
                          "beginning with a letter or digit."));
    if (account.displayName.trimmed().isEmpty())
        return invalid(QStringLiteral("displayName"), tr("Enter the person's name."));
    if (account.roles.isEmpty())
        return invalid(QStringLiteral("roles"), tr("Give the account at least one role."));
    const NeedlingAuthorisation& n = account.needling;
    if (n.isRecorded() && (n.body.trimmed().isEmpty() || n.number.trimmed().isEmpty()))
        return invalid(QStringLiteral("needling"),
                       tr("Enter the body and the number of the needling authorisation, or "
                          "leave its expiry date empty."));
    return {};
}

void AccountService::announce(AccountId id, bool created)
{
    ChangeEvent event;
    event.entity = ChangeEvent::Entity::Account;
    event.kind = created ? ChangeEvent::Kind::Created : ChangeEvent::Kind::Updated;
    event.ids = {id};
    m_notifier.notify(event);
}

Result<bool> AccountService::needsFirstAdmin()
{
    auto n = m_accounts.count();
    if (!n)
        return n.error();
    return *n == 0;
}

Result<StaffAccount> AccountService::createFirstAdmin(StaffAccount account, const QString& password)
{
    account.id = 0;
    account.roles.insert(StaffRole::Admin);
    account.active = true;
    account.mustChangePassword = false;
    if (Status valid = validateDetails(account); !valid)
        return valid.error();
    if (Status strong = PasswordPolicy::check(password, account.login, account.displayName);
        !strong)
        return strong.error();
    const Result<QString> hash = hashOf(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto n = m_accounts.count();
    if (!n)
        return n.error();
    if (*n > 0)
        return notPermitted(tr("This clinic already has accounts: an admin signs in and adds "
                               "more."));
    auto created = m_accounts.create(account, *hash, m_clock.nowUtc());
    if (!created)
        return created.error();
    if (Status recorded =
            recordChange(userOf(*created), created->id,
                         QStringLiteral("first admin created, roles: ") + created->roles.toText());
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("accounts: first admin created as account {}", created->id);
    announce(created->id, true);
    return created;
}

Result<StaffAccount> AccountService::checkPassword(StaffAccount account, const QString& password)
{
    const QDateTime now = m_clock.nowUtc();
    if (account.isLockedAt(now)) {
        if (Status recorded =
                m_audit.record(userOf(account), AuditAction::SignInFailed,
                               {0, QStringLiteral("account"), account.id},
                               AuditEvent::Outcome::Refused, QStringLiteral("account locked"));
            !recorded)
            return recorded.error();
        return Error{ErrorCode::AccountLocked,
                     tr("This account is locked after too many wrong passwords, until %1. An "
                        "admin can unlock it sooner.")
                         .arg(account.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))),
                     {},
                     {}};
    }
    auto hash = m_accounts.passwordHash(account.id);
    if (!hash)
        return hash.error();
    if (!m_hasher.verify(*hash, password)) {
        SignInLockout::recordFailure(account, now);
        if (Status saved = m_accounts.saveSignInState(account); !saved)
            return saved.error();
        spdlog::warn("accounts: wrong password for account {} ({} in a row)", account.id,
                     account.failedSignIns);
        const AuditTrail::Subject subject{0, QStringLiteral("account"), account.id};
        if (Status recorded =
                m_audit.record(userOf(account), AuditAction::SignInFailed, subject,
                               AuditEvent::Outcome::Refused, QStringLiteral("wrong password"));
            !recorded)
            return recorded.error();
        if (account.isLockedAt(now)) {
            if (Status recorded = m_audit.record(userOf(account), AuditAction::Lockout, subject);
                !recorded)
                return recorded.error();
        }
        if (account.isLockedAt(now))
            return Error{ErrorCode::AccountLocked,
                         tr("That was the %1th wrong password in a row: the account is locked "
                            "for %2 minutes. An admin can unlock it sooner.")
                             .arg(SignInLockout::MaxFailures)
                             .arg(SignInLockout::LockMinutes),
                         {},
                         {}};
        return Error{
            ErrorCode::SignInRefused, tr("The login or the password is not right."), {}, {}};
    }
    if (account.failedSignIns != 0 || account.lockedUntil.isValid()) {
        SignInLockout::recordSuccess(account);
        if (Status saved = m_accounts.saveSignInState(account); !saved)
            return saved.error();
    }
    if (m_hasher.needsRehash(*hash)) {
        const QString stronger = m_hasher.hash(password);
        if (!stronger.isEmpty()) {
            if (Status saved = m_accounts.setPasswordHash(account.id, stronger,
                                                          account.mustChangePassword, now);
                !saved)
                return saved.error();
            spdlog::info("accounts: password hash of account {} renewed", account.id);
        }
    }
    return account;
}

Result<AccountService::SignedIn> AccountService::signIn(const QString& login,
                                                        const QString& password)
{
    const QString normalised = login.trimmed().toLower();
    // A failed attempt is recorded, so even a refusal commits.
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto found = m_accounts.findByLogin(normalised);
    if (!found)
        return found.error();
    if (!*found || !(*found)->active) {
        // As slow as a wrong password, so a login's existence does not show in the time taken.
        (void)m_hasher.verify(m_hasher.decoyHash(), password);
        spdlog::warn("accounts: sign-in refused for an unknown or deactivated login");
        // What was typed as the login is not kept: it may have been a password.
        const User nobody{QString(), QString(), StaffRoles{}, *found ? (*found)->id : AccountId(0)};
        if (Status recorded = m_audit.record(
                nobody, AuditAction::SignInFailed, {0, QStringLiteral("account"), nobody.accountId},
                AuditEvent::Outcome::Refused,
                *found ? QStringLiteral("deactivated account") : QStringLiteral("unknown login"));
            !recorded || !tx.commit())
            spdlog::error("audit: a failed sign-in could not be recorded");
        return Error{
            ErrorCode::SignInRefused, tr("The login or the password is not right."), {}, {}};
    }
    auto checked = checkPassword(**found, password);
    if (checked) {
        if (Status recorded = m_audit.record(userOf(*checked), AuditAction::SignIn,
                                             {0, QStringLiteral("account"), checked->id});
            !recorded)
            return recorded.error();
    }
    Status committed = tx.commit();
    if (!checked)
        return checked.error();
    if (!committed)
        return committed.error();
    SignedIn result;
    result.account = *checked;
    result.user = userOf(*checked);
    result.mustChangePassword = checked->mustChangePassword;
    result.needlingAuthorisationEnds =
        checked->roles.has(StaffRole::Clinician)
        && checked->needling.runsOutSoon(m_clock.nowUtc().toLocalTime().date());
    spdlog::info("accounts: account {} signed in", checked->id);
    return result;
}

Status AccountService::confirmPassword(const User& user, const QString& password)
{
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto account = m_accounts.get(user.accountId);
    if (!account)
        return account.error();
    if (!account->active)
        return Error{ErrorCode::SignInRefused, tr("This account is deactivated."), {}, {}};
    auto checked = checkPassword(*account, password);
    Status committed = tx.commit();
    if (!checked)
        return checked.error().code == ErrorCode::SignInRefused
                   ? Error{ErrorCode::SignInRefused, tr("The password is not right."), {}, {}}
                   : checked.error();
    return committed;
}

void AccountService::recordScreenLocked(const User& user)
{
    if (Status recorded = m_audit.recordAlone(user, AuditAction::Lock,
                                              {0, QStringLiteral("account"), user.accountId});
        !recorded)
        spdlog::error("accounts: the lock of account {} was not audited ({})", user.accountId,
                      errorCodeName(recorded.error().code));
    else
        spdlog::info("accounts: account {} locked its screen", user.accountId);
}

Result<StaffAccount> AccountService::ownAccount(const User& user)
{
    if (user.accountId <= 0)
        return Error{
            ErrorCode::NotFound, tr("You are not signed in with a staff account."), {}, {}};
    return m_accounts.get(user.accountId);
}

Status AccountService::changeOwnPassword(const User& user, const QString& currentPassword,
                                         const QString& newPassword)
{
    if (Status confirmed = confirmPassword(user, currentPassword); !confirmed)
        return confirmed;
    if (newPassword == currentPassword)
        return invalid(QStringLiteral("newPassword"),
                       tr("Choose a password other than the one you have now."));
    if (Status strong = PasswordPolicy::check(newPassword, user.login, user.displayName); !strong)
        return strong;
    const Result<QString> hash = hashOf(newPassword);
    if (!hash)
        return hash.error();
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun();
    if (Status saved = m_accounts.setPasswordHash(user.accountId, *hash, false, m_clock.nowUtc());
        !saved)
        return saved;
    if (Status recorded =
            recordChange(user, user.accountId, QStringLiteral("own password changed"));
        !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed)
        return committed;
    spdlog::info("accounts: account {} changed its password", user.accountId);
    announce(user.accountId, false);
    return {};
}

Result<std::vector<StaffAccount>> AccountService::accounts(const User& admin)
{
    if (Status allowed = requireAdmin(admin, "list accounts"); !allowed)
        return allowed.error();
    return m_accounts.list();
}

Result<StaffAccount> AccountService::createAccount(const User& admin, StaffAccount account,
                                                   const QString& temporaryPassword)
{
    if (Status allowed = requireAdmin(admin, "create an account"); !allowed)
        return allowed.error();
    account.id = 0;
    account.login = account.login.trimmed().toLower();
    account.mustChangePassword = true;
    account.failedSignIns = 0;
    account.lockedUntil = {};
    if (Status valid = validateDetails(account); !valid)
        return valid.error();
    if (Status strong =
            PasswordPolicy::check(temporaryPassword, account.login, account.displayName);
        !strong)
        return strong.error();
    const Result<QString> hash = hashOf(temporaryPassword);
    if (!hash)
        return hash.error();
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto created = m_accounts.create(account, *hash, m_clock.nowUtc());
    if (!created)
        return created.error();
    if (Status recorded = recordChange(
            admin, created->id, QStringLiteral("created, roles: ") + created->roles.toText());
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("accounts: account {} created by account {}", created->id, admin.accountId);
    announce(created->id, true);
    return created;
}

Result<StaffAccount> AccountService::updateAccount(const User& admin, const StaffAccount& account)
{
    if (Status allowed = requireAdmin(admin, "change an account"); !allowed)
        return allowed.error();
    StaffAccount changed = account;
    changed.login = changed.login.trimmed().toLower();
    if (Status valid = validateDetails(changed); !valid)
        return valid.error();
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    if (!isActiveAdmin(changed)) {
        // The clinic must keep someone who can manage accounts.
        auto all = m_accounts.list();
        if (!all)
            return all.error();
        const bool anotherAdmin = std::any_of(all->begin(), all->end(), [&](const auto& a) {
            return a.id != changed.id && isActiveAdmin(a);
        });
        if (!anotherAdmin)
            return notPermitted(tr("This is the clinic's last active admin. Make another "
                                   "account an admin first."));
    }
    auto before = m_accounts.get(changed.id);
    if (!before)
        return before.error();
    auto saved = m_accounts.update(changed, m_clock.nowUtc());
    if (!saved)
        return saved.error();
    QStringList what;
    if (before->roles != saved->roles)
        what.append(
            QStringLiteral("roles: %1 -> %2").arg(before->roles.toText(), saved->roles.toText()));
    if (before->active != saved->active)
        what.append(saved->active ? QStringLiteral("reactivated") : QStringLiteral("deactivated"));
    if (before->needling != saved->needling)
        what.append(QStringLiteral("needling authorisation"));
    if (before->displayName != saved->displayName
        || before->registrationNumber != saved->registrationNumber)
        what.append(QStringLiteral("details"));
    if (Status recorded = recordChange(
            admin, saved->id, QStringLiteral("updated: ") + what.join(QStringLiteral("; ")));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("accounts: account {} changed by account {}", saved->id, admin.accountId);
    announce(saved->id, false);
    return saved;
}

Status AccountService::resetPassword(const User& admin, AccountId id,
                                     const QString& temporaryPassword)
{
    if (Status allowed = requireAdmin(admin, "reset a password"); !allowed)
        return allowed;
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun();
    auto account = m_accounts.get(id);
    if (!account)
        return account.error();
    if (Status strong =
            PasswordPolicy::check(temporaryPassword, account->login, account->displayName);
        !strong)
        return strong;
    const Result<QString> hash = hashOf(temporaryPassword);
    if (!hash)
        return hash.error();
    if (Status saved = m_accounts.setPasswordHash(id, *hash, true, m_clock.nowUtc()); !saved)
        return saved;
    SignInLockout::recordSuccess(*account); // a reset also lifts a lock
    if (Status saved = m_accounts.saveSignInState(*account); !saved)
        return saved;
    if (Status recorded = recordChange(admin, id, QStringLiteral("password reset")); !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed)
        return committed;
    spdlog::info("accounts: password of account {} reset by account {}", id, admin.accountId);
    announce(id, false);
    return {};
}

Status AccountService::unlock(const User& admin, AccountId id)
{
    if (Status allowed = requireAdmin(admin, "unlock an account"); !allowed)
        return allowed;
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun();
    auto account = m_accounts.get(id);
    if (!account)
        return account.error();
    SignInLockout::recordSuccess(*account);
    if (Status saved = m_accounts.saveSignInState(*account); !saved)
        return saved;
    if (Status recorded = recordChange(admin, id, QStringLiteral("unlocked")); !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed)
        return committed;
    spdlog::info("accounts: account {} unlocked by account {}", id, admin.accountId);
    announce(id, false);
    return {};
}

} // namespace needlechart
