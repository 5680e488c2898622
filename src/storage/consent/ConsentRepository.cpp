#include "needlechart/storage/consent/ConsentRepository.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"

#include <QSqlQuery>

namespace needlechart {
namespace {

const QString ConsentColumns = QStringLiteral(
    "id, patient_id, recorded_at, leaflet_version, decision, form, scope, signed_name, clinician, "
    "witness, withdrawn_at, withdrawn_by, withdrawal_note");

const QString InsertConsent = QStringLiteral(
    "INSERT INTO consent (patient_id, recorded_at, leaflet_version, decision, form, scope, "
    "signed_name, clinician, witness) VALUES (:patient_id, :recorded_at, :leaflet_version, "
    ":decision, :form, :scope, :signed_name, :clinician, :witness) RETURNING id");
const QString WithdrawConsent = QStringLiteral(
    "UPDATE consent SET withdrawn_at = :at, withdrawn_by = :by, withdrawal_note = :note "
    "WHERE id = :id AND withdrawn_at IS NULL AND decision = 'given'");
const QString SelectConsent =
    QStringLiteral("SELECT ") + ConsentColumns + QStringLiteral(" FROM consent WHERE id = :id");
const QString SelectLatestConsent = QStringLiteral("SELECT ") + ConsentColumns
                                    + QStringLiteral(" FROM consent WHERE patient_id = :patient_id "
                                                     "AND recorded_at <= :at "
                                                     "ORDER BY recorded_at DESC, id DESC LIMIT 1");
const QString SelectConsents = QStringLiteral("SELECT ") + ConsentColumns
                               + QStringLiteral(" FROM consent WHERE patient_id = :patient_id "
                                                "ORDER BY recorded_at DESC, id DESC");

const QString InsertScreening =
    QStringLiteral("INSERT INTO screening (patient_id, screened_at, clinician) "
                   "VALUES (:patient_id, :screened_at, :clinician) RETURNING id");
const QString InsertAnswer =
    QStringLiteral("INSERT INTO screening_answer (screening_id, item_key, present, note) "
                   "VALUES (:screening_id, :item_key, :present, :note)");
const QString SelectLatestScreening = QStringLiteral(
    "SELECT id, patient_id, screened_at, clinician FROM screening WHERE patient_id = :patient_id "
    "AND screened_at <= :at ORDER BY screened_at DESC, id DESC LIMIT 1");
const QString SelectScreening =
    QStringLiteral("SELECT id, patient_id, screened_at, clinician FROM screening WHERE id = :id");
const QString SelectScreeningIds = QStringLiteral(
    "SELECT id FROM screening WHERE patient_id = :patient_id ORDER BY screened_at, id");
const QString SelectAnswers = QStringLiteral("SELECT item_key, present, note FROM screening_answer "
                                             "WHERE screening_id = :id ORDER BY item_key");

Consent readConsent(const QSqlQuery& q)
{
    Consent c;
    c.id = q.value(0).toLongLong();
    c.patientId = q.value(1).toLongLong();
    c.recordedAt = SqlValues::timestamp(q.value(2));
    c.leafletVersion = q.value(3).toInt();
    c.decision =
        enumFromKey<ConsentDecision>(q.value(4).toString()).value_or(ConsentDecision::Declined);
    c.form = enumFromKey<ConsentForm>(q.value(5).toString()).value_or(ConsentForm::Verbal);
    c.scope = q.value(6).toString();
    c.signedName = q.value(7).toString();
    c.clinician = q.value(8).toString();
    c.witness = q.value(9).toString();
    c.withdrawnAt = SqlValues::timestamp(q.value(10));
    c.withdrawnBy = q.value(11).toString();
    c.withdrawalNote = q.value(12).toString();
    return c;
}

} // namespace

ConsentRepository::ConsentRepository(Database& database)
    : m_database(database), m_statements(database)
{}

Result<QSqlQuery*> ConsentRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<Consent> ConsentRepository::addConsent(const Consent& consent)
{
    auto statement = prepared(InsertConsent);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":patient_id"), consent.patientId);
    q.bindValue(QStringLiteral(":recorded_at"), SqlValues::timestampText(consent.recordedAt));
    q.bindValue(QStringLiteral(":leaflet_version"), consent.leafletVersion);
    q.bindValue(QStringLiteral(":decision"), enumKey(consent.decision));
    q.bindValue(QStringLiteral(":form"), enumKey(consent.form));
    q.bindValue(QStringLiteral(":scope"), SqlValues::text(consent.scope));
    q.bindValue(QStringLiteral(":signed_name"), SqlValues::text(consent.signedName));
    q.bindValue(QStringLiteral(":clinician"), SqlValues::text(consent.clinician));
    q.bindValue(QStringLiteral(":witness"), SqlValues::text(consent.witness));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not record the consent"));
    Consent stored = consent;
    stored.id = q.value(0).toLongLong();
    stored.withdrawnAt = QDateTime();
    stored.withdrawnBy.clear();
    stored.withdrawalNote.clear();
    q.finish();
    return stored;
}

Result<Consent> ConsentRepository::withdraw(ConsentId id, const QDateTime& atUtc, const QString& by,
                                            const QString& note)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto statement = prepared(WithdrawConsent);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":at"), SqlValues::timestampText(atUtc));
    q.bindValue(QStringLiteral(":by"), SqlValues::text(by));
    q.bindValue(QStringLiteral(":note"), SqlValues::text(note));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not record the withdrawal"));
    const int changed = q.numRowsAffected();
    q.finish();
    auto current = consent(id);
    if (!current)
        return current.error();
    if (changed != 1)
        return Error{
            ErrorCode::Validation, tr("Only consent that is in force can be withdrawn."), {}, {}};
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return current;
}

Result<std::optional<Consent>>
ConsentRepository::oneConsent(const QString& sql, const std::function<void(QSqlQuery&)>& bind)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bind(q);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the consent"));
    std::optional<Consent> found;
    if (q.next())
        found = readConsent(q);
    q.finish();
    return found;
}

Result<Consent> ConsentRepository::consent(ConsentId id)
{
    auto found =
        oneConsent(SelectConsent, [id](QSqlQuery& q) { q.bindValue(QStringLiteral(":id"), id); });
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, tr("This consent record does not exist."), {}, {}};
    return **found;
}

Result<std::optional<Consent>> ConsentRepository::latestConsent(PatientId patientId,
                                                                const QDateTime& atUtc)
{
    return oneConsent(SelectLatestConsent, [&](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":patient_id"), patientId);
        q.bindValue(QStringLiteral(":at"), SqlValues::timestampText(atUtc));
    });
}

Result<std::vector<Consent>> ConsentRepository::consents(PatientId patientId)
{
    auto statement = prepared(SelectConsents);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":patient_id"), patientId);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the consent records"));
    std::vector<Consent> all;
    while (q.next())
        all.push_back(readConsent(q));
    q.finish();
    return all;
}

Result<Screening> ConsentRepository::addScreening(const Screening& screening)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto statement = prepared(InsertScreening);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":patient_id"), screening.patientId);
    q.bindValue(QStringLiteral(":screened_at"), SqlValues::timestampText(screening.screenedAt));
    q.bindValue(QStringLiteral(":clinician"), SqlValues::text(screening.clinician));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not record the screening"));
    Screening stored = screening;
    stored.id = q.value(0).toLongLong();
    q.finish();
    auto answers = prepared(InsertAnswer);
    if (!answers)
        return answers.error();
    QSqlQuery& a = **answers;
    for (const ScreeningAnswer& answer : screening.answers) {
        a.bindValue(QStringLiteral(":screening_id"), stored.id);
        a.bindValue(QStringLiteral(":item_key"), answer.itemKey);
        a.bindValue(QStringLiteral(":present"), answer.present ? 1 : 0);
        a.bindValue(QStringLiteral(":note"), SqlValues::text(answer.note));
        if (!a.exec())
            return SqlError::from(a.lastError(), tr("Could not record the screening"));
    }
    a.finish();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Result<std::optional<Screening>> ConsentRepository::latestScreening(PatientId patientId,
                                                                    const QDateTime& atUtc)
{
    return oneScreening(SelectLatestScreening, [&](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":patient_id"), patientId);
        q.bindValue(QStringLiteral(":at"), SqlValues::timestampText(atUtc));
    });
}

Result<Screening> ConsentRepository::screening(ScreeningId id)
{
    auto found = oneScreening(SelectScreening,
                              [id](QSqlQuery& q) { q.bindValue(QStringLiteral(":id"), id); });
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, tr("The screening was not found."), {}, {}};
    return std::move(**found);
}

Result<std::vector<Screening>> ConsentRepository::screenings(PatientId patientId)
{
    auto statement = prepared(SelectScreeningIds);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":patient_id"), patientId);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the screenings"));
    QList<ScreeningId> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    std::vector<Screening> all;
    all.reserve(size_t(ids.size()));
    for (ScreeningId id : ids) {
        auto one = screening(id);
        if (!one)
            return one.error();
        all.push_back(std::move(*one));
    }
    return all;
}

Result<std::optional<Screening>>
ConsentRepository::oneScreening(const QString& sql, const std::function<void(QSqlQuery&)>& bind)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bind(q);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the screening"));
    if (!q.next()) {
        q.finish();
        return std::optional<Screening>();
    }
    Screening s;
    s.id = q.value(0).toLongLong();
    s.patientId = q.value(1).toLongLong();
    s.screenedAt = SqlValues::timestamp(q.value(2));
    s.clinician = q.value(3).toString();
    q.finish();
    auto answers = prepared(SelectAnswers);
    if (!answers)
        return answers.error();
    QSqlQuery& a = **answers;
    a.bindValue(QStringLiteral(":id"), s.id);
    if (!a.exec())
        return SqlError::from(a.lastError(), tr("Could not read the screening"));
    while (a.next())
        s.answers.append(
            ScreeningAnswer{a.value(0).toString(), a.value(1).toInt() != 0, a.value(2).toString()});
    a.finish();
    return std::optional<Screening>(std::move(s));
}

} // namespace needlechart
