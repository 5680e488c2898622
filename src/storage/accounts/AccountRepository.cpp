#include "needlechart/storage/accounts/AccountRepository.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"

#include <QSqlQuery>

namespace needlechart {
namespace {

// Every SQL text is a constant; every value is bound.
const QString Columns =
    QStringLiteral("id, login, display_name, roles, registration_number, authorisation_body, "
                   "authorisation_number, authorisation_expires_on, active, must_change_password, "
                   "failed_sign_ins, locked_until, row_version");
const QString Insert = QStringLiteral(
    "INSERT INTO staff_account (login, display_name, roles, registration_number, "
    "authorisation_body, authorisation_number, authorisation_expires_on, active, password_hash, "
    "must_change_password, failed_sign_ins, locked_until, created_at, updated_at, row_version) "
    "VALUES (:login, :display_name, :roles, :registration_number, :authorisation_body, "
    ":authorisation_number, :authorisation_expires_on, :active, :password_hash, "
    ":must_change_password, 0, NULL, :now, :now2, 1) RETURNING id");
const QString Update = QStringLiteral(
    "UPDATE staff_account SET login = :login, display_name = :display_name, roles = :roles, "
    "registration_number = :registration_number, authorisation_body = :authorisation_body, "
    "authorisation_number = :authorisation_number, "
    "authorisation_expires_on = :authorisation_expires_on, active = :active, "
    "updated_at = :now, row_version = row_version + 1 "
    "WHERE id = :id AND row_version = :row_version");
const QString SelectById =
    QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM staff_account WHERE id = :id");
const QString SelectByLogin = QStringLiteral("SELECT ") + Columns
                              + QStringLiteral(" FROM staff_account WHERE login = :login");
const QString SelectAll = QStringLiteral("SELECT ") + Columns
                          + QStringLiteral(" FROM staff_account ORDER BY active DESC, "
                                           "display_name, id");
const QString Count = QStringLiteral("SELECT COUNT(*) FROM staff_account");
const QString SelectHash = QStringLiteral("SELECT password_hash FROM staff_account WHERE id = :id");
const QString UpdateHash = QStringLiteral(
    "UPDATE staff_account SET password_hash = :hash, must_change_password = :must_change, "
    "updated_at = :now WHERE id = :id");
const QString UpdateSignInState = QStringLiteral(
    "UPDATE staff_account SET failed_sign_ins = :failed, locked_until = :locked_until "
    "WHERE id = :id");

StaffAccount readAccount(const QSqlQuery& q)
{
    StaffAccount a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.roles = StaffRoles::fromText(q.value(3).toString()).value_or(StaffRoles{});
    a.registrationNumber = q.value(4).toString();
    a.needling.body = q.value(5).toString();
    a.needling.number = q.value(6).toString();
    a.needling.expiresOn = SqlValues::date(q.value(7));
    a.active = q.value(8).toInt() != 0;
    a.mustChangePassword = q.value(9).toInt() != 0;
    a.failedSignIns = q.value(10).toInt();
    a.lockedUntil = SqlValues::timestamp(q.value(11));
    a.rowVersion = q.value(12).toLongLong();
    return a;
}

void bindDetails(QSqlQuery& q, const StaffAccount& a)
{
    q.bindValue(QStringLiteral(":login"), SqlValues::text(a.login));
    q.bindValue(QStringLiteral(":display_name"), SqlValues::text(a.displayName));
    q.bindValue(QStringLiteral(":roles"), SqlValues::text(a.roles.toText()));
    q.bindValue(QStringLiteral(":registration_number"), SqlValues::text(a.registrationNumber));
    q.bindValue(QStringLiteral(":authorisation_body"), SqlValues::text(a.needling.body));
    q.bindValue(QStringLiteral(":authorisation_number"), SqlValues::text(a.needling.number));
    q.bindValue(QStringLiteral(":authorisation_expires_on"),
                SqlValues::dateOrNull(a.needling.expiresOn));
    q.bindValue(QStringLiteral(":active"), a.active ? 1 : 0);
}

} // namespace

AccountRepository::AccountRepository(Database& database)
    : m_database(database), m_statements(database)
{}

Result<QSqlQuery*> AccountRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<StaffAccount> AccountRepository::create(const StaffAccount& account,
                                               const QString& passwordHash, const QDateTime& nowUtc)
{
    auto statement = prepared(Insert);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bindDetails(q, account);
    q.bindValue(QStringLiteral(":password_hash"), passwordHash);
    q.bindValue(QStringLiteral(":must_change_password"), account.mustChangePassword ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":now2"), SqlValues::timestampText(nowUtc));
    if (!q.exec() || !q.next()) {
        Error error = SqlError::from(q.lastError(), tr("Could not create the account"));
        if (error.code == ErrorCode::Conflict)
            error.message = tr("The login \"%1\" is taken. Choose another.").arg(account.login);
        return error;
    }
    const AccountId id = q.value(0).toLongLong();
    q.finish();
    return get(id);
}

Result<StaffAccount> AccountRepository::update(const StaffAccount& account, const QDateTime& nowUtc)
{
    auto statement = prepared(Update);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bindDetails(q, account);
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":id"), account.id);
    q.bindValue(QStringLiteral(":row_version"), account.rowVersion);
    if (!q.exec()) {
        Error error = SqlError::from(q.lastError(), tr("Could not save the account"));
        if (error.code == ErrorCode::Conflict)
            error.message = tr("The login \"%1\" is taken. Choose another.").arg(account.login);
        return error;
    }
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this account since you opened it. Close it and "
                        "open it again to see their change."),
                     {},
                     {}};
    return get(account.id);
}

Result<StaffAccount> AccountRepository::get(AccountId id)
{
    auto statement = prepared(SelectById);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the account"));
    if (!q.next()) {
        q.finish();
        return Error{ErrorCode::NotFound, tr("Account #%1 does not exist.").arg(id), {}, {}};
    }
    StaffAccount account = readAccount(q);
    q.finish();
    return account;
}

Result<std::optional<StaffAccount>> AccountRepository::findByLogin(const QString& login)
{
    auto statement = prepared(SelectByLogin);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":login"), login);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the account"));
    std::optional<StaffAccount> found;
    if (q.next())
        found = readAccount(q);
    q.finish();
    return found;
}

Result<std::vector<StaffAccount>> AccountRepository::list()
{
    auto statement = prepared(SelectAll);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the accounts"));
    std::vector<StaffAccount> accounts;
    while (q.next())
        accounts.push_back(readAccount(q));
    q.finish();
    return accounts;
}

Result<int> AccountRepository::count()
{
    auto statement = prepared(Count);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not read the accounts"));
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<QString> AccountRepository::passwordHash(AccountId id)
{
    auto statement = prepared(SelectHash);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the account"));
    if (!q.next()) {
        q.finish();
        return Error{ErrorCode::NotFound, tr("Account #%1 does not exist.").arg(id), {}, {}};
    }
    const QString hash = q.value(0).toString();
    q.finish();
    return hash;
}

Status AccountRepository::setPasswordHash(AccountId id, const QString& hash, bool mustChange,
                                          const QDateTime& nowUtc)
{
    auto statement = prepared(UpdateHash);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":hash"), hash);
    q.bindValue(QStringLiteral(":must_change"), mustChange ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not save the password"));
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1)
        return Error{ErrorCode::NotFound, tr("Account #%1 does not exist.").arg(id), {}, {}};
    return {};
}

Status AccountRepository::saveSignInState(const StaffAccount& account)
{
    auto statement = prepared(UpdateSignInState);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":failed"), account.failedSignIns);
    q.bindValue(QStringLiteral(":locked_until"), SqlValues::timestampOrNull(account.lockedUntil));
    q.bindValue(QStringLiteral(":id"), account.id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not record the sign-in"));
    q.finish();
    return {};
}

} // namespace needlechart
