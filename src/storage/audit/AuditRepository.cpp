#include "needlechart/storage/audit/AuditRepository.h"

#include "needlechart/domain/audit/AuditChain.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"

#include <QSqlQuery>

namespace needlechart {
namespace {

const QString Columns =
    QStringLiteral("id, at, account_id, login, workstation, action, patient_id, object_type, "
                   "object_id, outcome, detail, content_hash, hash");
const QString SelectHead = QStringLiteral("SELECT last_id, hash FROM audit_head WHERE id = 1");
const QString InsertEvent = QStringLiteral(
    "INSERT INTO audit_event (id, at, account_id, login, workstation, action, patient_id, "
    "object_type, object_id, outcome, detail, content_hash, hash) VALUES (:id, :at, "
    ":account_id, :login, :workstation, :action, :patient_id, :object_type, :object_id, "
    ":outcome, :detail, :content_hash, :hash)");
const QString SelectAll =
    QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit_event ORDER BY id");
const QString CountEvents = QStringLiteral("SELECT COUNT(*) FROM audit_event");
// The viewer's filters: one statement per indexed filter, the others as optional conditions.
const QString OptionalFilters =
    QStringLiteral(" at >= :from AND at < :until AND (:any_action = 1 OR action = :action) "
                   "ORDER BY id DESC LIMIT :limit");
const QString FindByPatient = QStringLiteral("SELECT ") + Columns
                              + QStringLiteral(" FROM audit_event WHERE patient_id = :key AND")
                              + OptionalFilters;
const QString FindByAccount = QStringLiteral("SELECT ") + Columns
                              + QStringLiteral(" FROM audit_event WHERE account_id = :key AND")
                              + OptionalFilters;
const QString FindAny = QStringLiteral("SELECT ") + Columns
                        + QStringLiteral(" FROM audit_event WHERE :key = 0 AND") + OptionalFilters;

AuditEvent readEvent(const QSqlQuery& q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.atUtc = SqlValues::timestamp(q.value(1));
    e.accountId = q.value(2).toLongLong();
    e.login = q.value(3).toString();
    e.workstation = q.value(4).toString();
    e.action = enumFromKey<AuditAction>(q.value(5).toString()).value_or(AuditAction::OpenRecord);
    e.patientId = q.value(6).toLongLong();
    e.objectType = q.value(7).toString();
    e.objectId = q.value(8).toLongLong();
    e.outcome =
        enumFromKey<AuditEvent::Outcome>(q.value(9).toString()).value_or(AuditEvent::Outcome::Done);
    e.detail = q.value(10).toString();
    e.contentHash = q.value(11).toString().toLatin1();
    e.hash = q.value(12).toString().toLatin1();
    return e;
}

} // namespace

AuditRepository::AuditRepository(Database& database) : m_database(database), m_statements(database)
{}

Result<QSqlQuery*> AuditRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<AuditRepository::Head> AuditRepository::head()
{
    auto statement = prepared(SelectHead);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not read the audit trail"));
    Head h{q.value(0).toLongLong(), q.value(1).toString().toLatin1()};
    q.finish();
    return h;
}

Result<AuditEvent> AuditRepository::append(AuditEvent event)
{
    // The head's row stays locked until the caller's transaction ends: a second workstation's
    // append waits here and then links to this row.
    auto lockHead = prepared(SelectHead + m_database.dialect().lockRowsRead());
    if (!lockHead)
        return lockHead.error();
    QSqlQuery& h = **lockHead;
    if (!h.exec() || !h.next())
        return SqlError::from(h.lastError(), tr("Could not write to the audit trail"));
    const qint64 lastId = h.value(0).toLongLong();
    const QByteArray previous = h.value(1).toString().toLatin1();
    h.finish();

    event.id = lastId + 1;
    event.atUtc = event.atUtc.toUTC();
    // Stored to the millisecond, and hashed as stored.
    event.atUtc = SqlValues::timestamp(SqlValues::timestampText(event.atUtc));
    event.hash = AuditChain::link(previous, event);

    auto insert = prepared(InsertEvent);
    if (!insert)
        return insert.error();
    QSqlQuery& q = **insert;
    q.bindValue(QStringLiteral(":id"), event.id);
    q.bindValue(QStringLiteral(":at"), SqlValues::timestampText(event.atUtc));
    q.bindValue(QStringLiteral(":account_id"), event.accountId);
    q.bindValue(QStringLiteral(":login"), SqlValues::text(event.login));
    q.bindValue(QStringLiteral(":workstation"), SqlValues::text(event.workstation));
    q.bindValue(QStringLiteral(":action"), enumKey(event.action));
    q.bindValue(QStringLiteral(":patient_id"), event.patientId);
    q.bindValue(QStringLiteral(":object_type"), SqlValues::text(event.objectType));
    q.bindValue(QStringLiteral(":object_id"), event.objectId);
    q.bindValue(QStringLiteral(":outcome"), enumKey(event.outcome));
    q.bindValue(QStringLiteral(":detail"), SqlValues::text(event.detail));
    q.bindValue(QStringLiteral(":content_hash"),
                SqlValues::text(QString::fromLatin1(event.contentHash)));
    q.bindValue(QStringLiteral(":hash"), QString::fromLatin1(event.hash));
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not write to the audit trail"));

    // The schema's trigger has moved audit_head to this row.
    return event;
}

Status AuditRepository::forEach(const std::function<bool(const AuditEvent&)>& visit)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(SelectAll) || !q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the audit trail"));
    while (q.next()) {
        if (!visit(readEvent(q)))
            break;
    }
    if (q.lastError().isValid())
        return SqlError::from(q.lastError(), tr("Could not read the audit trail"));
    return {};
}

Result<std::vector<AuditEvent>> AuditRepository::find(const AuditQuery& query)
{
    const QString& sql = query.patientId > 0   ? FindByPatient
                         : query.accountId > 0 ? FindByAccount
                                               : FindAny;
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":key"), query.patientId > 0   ? query.patientId
                                        : query.accountId > 0 ? query.accountId
                                                              : qint64(0));
    q.bindValue(QStringLiteral(":from"), query.fromUtc.isValid()
                                             ? SqlValues::timestampText(query.fromUtc)
                                             : QStringLiteral("0"));
    q.bindValue(QStringLiteral(":until"), query.untilUtc.isValid()
                                              ? SqlValues::timestampText(query.untilUtc)
                                              : QStringLiteral("9"));
    q.bindValue(QStringLiteral(":any_action"), query.action ? 0 : 1);
    q.bindValue(QStringLiteral(":action"), query.action ? enumKey(*query.action) : QString());
    q.bindValue(QStringLiteral(":limit"), query.limit);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the audit trail"));
    std::vector<AuditEvent> rows;
    while (q.next()) {
        AuditEvent e = readEvent(q);
        // A patient's rows may also be narrowed to one account.
        if (query.patientId > 0 && query.accountId > 0 && e.accountId != query.accountId)
            continue;
        rows.push_back(std::move(e));
    }
    q.finish();
    return rows;
}

Result<qint64> AuditRepository::count()
{
    auto statement = prepared(CountEvents);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not read the audit trail"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace needlechart
