#include "needlechart/storage/clinic/ClinicRepository.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"

#include <QLocale>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

const QString SelectProfile = QStringLiteral(
    "SELECT name, address, phone, email, logo_png, screening_review_months, opens_at, closes_at, "
    "working_days, row_version, updated_at, idle_lock_minutes FROM clinic_profile "
    "WHERE id = 1");
// The row is created by the first save (a profile read before it existed has row version 0) and
// updated after, only against the version that was read.
const QString UpdateProfile = QStringLiteral(
    "UPDATE clinic_profile SET name = :name, address = :address, phone = :phone, email = :email, "
    "logo_png = :logo_png, screening_review_months = :months, opens_at = :opens_at, "
    "closes_at = :closes_at, working_days = :working_days, updated_at = :now, "
    "idle_lock_minutes = :idle_lock_minutes, "
    "row_version = row_version + 1 WHERE id = 1 AND row_version = :row_version");
const QString SelectProfileVersion =
    QStringLiteral("SELECT updated_at FROM clinic_profile WHERE id = 1");
const QString InsertProfile = QStringLiteral(
    "INSERT INTO clinic_profile (id, name, address, phone, email, logo_png, "
    "screening_review_months, opens_at, closes_at, working_days, updated_at, idle_lock_minutes) "
    "VALUES (1, :name, :address, :phone, :email, :logo_png, :months, :opens_at, :closes_at, "
    ":working_days, :now, :idle_lock_minutes)");
const QString InsertLeaflet = QStringLiteral(
    "INSERT INTO leaflet_version (version, created_at, created_by, body) "
    "SELECT COALESCE(MAX(version), 0) + 1, :created_at, :created_by, :body FROM leaflet_version "
    "RETURNING version");
const QString SelectLatestLeaflet =
    QStringLiteral("SELECT version, created_at, created_by, body FROM leaflet_version ORDER BY "
                   "version DESC LIMIT 1");
const QString SelectLeaflet = QStringLiteral(
    "SELECT version, created_at, created_by, body FROM leaflet_version WHERE version = :version");
const QString SelectLeafletVersions = QStringLiteral(
    "SELECT version, created_at, created_by FROM leaflet_version ORDER BY version DESC");

const QString SelectExportId = QStringLiteral("SELECT export_id FROM clinic_identity WHERE id = 1");
const QString SelectDemoFlag =
    QStringLiteral("SELECT meta_value FROM app_meta WHERE meta_key = 'demo_clinic'");
const QString InsertDemoFlag =
    QStringLiteral("INSERT INTO app_meta (meta_key, meta_value) VALUES ('demo_clinic', '1') "
                   "ON CONFLICT (meta_key) DO NOTHING");

void bindProfile(QSqlQuery& q, const ClinicProfile& p, const QDateTime& nowUtc)
{
    q.bindValue(QStringLiteral(":name"), SqlValues::text(p.name));
    q.bindValue(QStringLiteral(":address"), SqlValues::text(p.address));
    q.bindValue(QStringLiteral(":phone"), SqlValues::text(p.phone));
    q.bindValue(QStringLiteral(":email"), SqlValues::text(p.email));
    q.bindValue(QStringLiteral(":logo_png"), p.logoPng.isEmpty()
                                                 ? QVariant(QMetaType(QMetaType::QByteArray))
                                                 : QVariant(p.logoPng));
    q.bindValue(QStringLiteral(":months"), p.screeningReviewMonths);
    q.bindValue(QStringLiteral(":opens_at"), p.opensAt.toString(QStringLiteral("HH:mm")));
    q.bindValue(QStringLiteral(":closes_at"), p.closesAt.toString(QStringLiteral("HH:mm")));
    q.bindValue(QStringLiteral(":working_days"), p.workingDays);
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":idle_lock_minutes"), p.idleLockMinutes);
}

LeafletVersion readLeaflet(const QSqlQuery& q, bool withBody)
{
    LeafletVersion v;
    v.version = q.value(0).toInt();
    v.createdAt = SqlValues::timestamp(q.value(1));
    v.createdBy = q.value(2).toString();
    if (withBody)
        v.markdown = q.value(3).toString();
    return v;
}

} // namespace

ClinicRepository::ClinicRepository(Database& database)
    : m_database(database), m_statements(database)
{}

Result<QSqlQuery*> ClinicRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<ClinicProfile> ClinicRepository::profile()
{
    auto statement = prepared(SelectProfile);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the clinic's details"));
    ClinicProfile p;
    if (q.next()) {
        p.name = q.value(0).toString();
        p.address = q.value(1).toString();
        p.phone = q.value(2).toString();
        p.email = q.value(3).toString();
        p.logoPng = q.value(4).toByteArray();
        p.screeningReviewMonths = q.value(5).toInt();
        p.opensAt = QTime::fromString(q.value(6).toString(), QStringLiteral("HH:mm"));
        p.closesAt = QTime::fromString(q.value(7).toString(), QStringLiteral("HH:mm"));
        p.workingDays = q.value(8).toInt();
        p.rowVersion = q.value(9).toInt();
        p.updatedAt = SqlValues::timestamp(q.value(10));
        p.idleLockMinutes = q.value(11).toInt();
    }
    q.finish();
    return p;
}

Status ClinicRepository::saveProfile(const ClinicProfile& profile, const QDateTime& nowUtc)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun();
    if (profile.rowVersion > 0) {
        auto update = prepared(UpdateProfile);
        if (!update)
            return update.error();
        QSqlQuery& u = **update;
        bindProfile(u, profile, nowUtc);
        u.bindValue(QStringLiteral(":row_version"), profile.rowVersion);
        if (!u.exec())
            return SqlError::from(u.lastError(), tr("Could not save the clinic's details"));
        const int changed = u.numRowsAffected();
        u.finish();
        if (changed == 1)
            return tx.commit();
    }
    // Either the details were never saved when they were read, or someone saved them since.
    auto existing = prepared(SelectProfileVersion);
    if (!existing)
        return existing.error();
    QSqlQuery& e = **existing;
    if (!e.exec())
        return SqlError::from(e.lastError(), tr("Could not save the clinic's details"));
    if (e.next()) {
        const QDateTime savedAt = SqlValues::timestamp(e.value(0));
        e.finish();
        spdlog::warn("clinic profile not saved: changed since version {} was read",
                     profile.rowVersion);
        return Error{ErrorCode::Conflict,
                     tr("The clinic's details were changed on another workstation (%1) after "
                        "you opened them. Your changes are still in the form: close the "
                        "settings, open them again to see the other changes, and make yours "
                        "again.")
                         .arg(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)),
                     {},
                     {}};
    }
    e.finish();
    auto insert = prepared(InsertProfile);
    if (!insert)
        return insert.error();
    QSqlQuery& i = **insert;
    bindProfile(i, profile, nowUtc);
    if (!i.exec())
        return SqlError::from(i.lastError(), tr("Could not save the clinic's details"));
    i.finish();
    return tx.commit();
}

Result<LeafletVersion> ClinicRepository::addLeafletVersion(const QString& markdown,
                                                           const QString& createdBy,
                                                           const QDateTime& nowUtc)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto statement = prepared(InsertLeaflet);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":created_at"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":created_by"), SqlValues::text(createdBy));
    q.bindValue(QStringLiteral(":body"), SqlValues::text(markdown));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not save the leaflet"));
    LeafletVersion stored{q.value(0).toInt(), nowUtc.toUTC(), createdBy, markdown};
    q.finish();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Result<std::optional<LeafletVersion>> ClinicRepository::latestLeaflet()
{
    auto statement = prepared(SelectLatestLeaflet);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the leaflet"));
    std::optional<LeafletVersion> latest;
    if (q.next())
        latest = readLeaflet(q, true);
    q.finish();
    return latest;
}

Result<LeafletVersion> ClinicRepository::leaflet(int version)
{
    auto statement = prepared(SelectLeaflet);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":version"), version);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the leaflet"));
    if (!q.next()) {
        q.finish();
        return Error{
            ErrorCode::NotFound, tr("There is no leaflet version %1.").arg(version), {}, {}};
    }
    LeafletVersion v = readLeaflet(q, true);
    q.finish();
    return v;
}

Result<std::vector<LeafletVersion>> ClinicRepository::leafletVersions()
{
    auto statement = prepared(SelectLeafletVersions);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the leaflet versions"));
    std::vector<LeafletVersion> versions;
    while (q.next())
        versions.push_back(readLeaflet(q, false));
    q.finish();
    return versions;
}

Result<bool> ClinicRepository::isDemoClinic()
{
    auto statement = prepared(SelectDemoFlag);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the clinic's details"));
    const bool demo = q.next() && q.value(0).toString() == QStringLiteral("1");
    q.finish();
    return demo;
}

Status ClinicRepository::markDemoClinic()
{
    auto statement = prepared(InsertDemoFlag);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not save the clinic's details"));
    return {};
}

Result<QString> ClinicRepository::exportId()
{
    auto statement = prepared(SelectExportId);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the clinic's details"));
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("The clinic's export id is missing."), {}, {}};
    const QString id = q.value(0).toString();
    q.finish();
    return id;
}

} // namespace needlechart
