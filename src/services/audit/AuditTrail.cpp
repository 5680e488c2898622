#include "needlechart/services/audit/AuditTrail.h"

#include "needlechart/domain/audit/AuditChain.h"
#include "needlechart/domain/audit/AuditCsv.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/database/Transaction.h"

#include <spdlog/spdlog.h>

namespace needlechart {

AuditTrail::AuditTrail(Database& database, AuditRepository& repository, const Clock& clock,
                       QString workstation)
    : m_database(database),
      m_repository(repository),
      m_clock(clock),
      m_workstation(std::move(workstation))
{}

AuditEvent AuditTrail::eventFor(const User& user, AuditAction action, const Subject& subject,
                                AuditEvent::Outcome outcome, const QString& detail) const
{
    AuditEvent e;
    e.atUtc = m_clock.nowUtc();
    e.accountId = user.accountId;
    e.login = user.login;
    e.workstation = m_workstation;
    e.action = action;
    e.patientId = subject.patientId;
    e.objectType = subject.objectType;
    e.objectId = subject.objectId;
    e.outcome = outcome;
    e.detail = detail;
    return e;
}

Status AuditTrail::record(const User& user, AuditAction action, const Subject& subject,
                          AuditEvent::Outcome outcome, const QString& detail,
                          const QByteArray& contentHash)
{
    AuditEvent e = eventFor(user, action, subject, outcome, detail);
    e.contentHash = contentHash;
    auto appended = m_repository.append(std::move(e));
    if (!appended)
        return appended.error();
    return {};
}

Status AuditTrail::recordAlone(const User& user, AuditAction action, const Subject& subject,
                               AuditEvent::Outcome outcome, const QString& detail)
{
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun();
    if (Status recorded = record(user, action, subject, outcome, detail); !recorded)
        return recorded;
    return tx.commit();
}

Error AuditTrail::refuse(const User& user, const char* what, const Subject& subject,
                         const QString& message)
{
    spdlog::warn("account {} refused: {}", user.accountId, what);
    if (Status recorded = recordAlone(user, AuditAction::PermissionRefused, subject,
                                      AuditEvent::Outcome::Refused, QString::fromLatin1(what));
        !recorded)
        spdlog::error("audit: a refusal could not be recorded: {}",
                      errorCodeName(recorded.error().code));
    return Error{ErrorCode::NotPermitted, message, {}, {}};
}

Status AuditTrail::permit(const User& user, Permission permission, const char* what,
                          const Subject& subject)
{
    if (user.may(permission))
        return {};
    return refuse(user, what, subject, AccessPolicy::refusal(permission));
}

Status AuditTrail::permit(const User& user, Permission permission, const char* what)
{
    return permit(user, permission, what, Subject{});
}

void AuditTrail::recordViewing(const User& user, AuditAction action, const Subject& subject)
{
    const QDateTime now = m_clock.nowUtc();
    QDateTime& last =
        m_lastViewing[{user.accountId, int(action), subject.objectType, subject.patientId}];
    if (last.isValid() && last <= now && last.secsTo(now) < ViewingWindowMinutes * 60)
        return;
    if (Status recorded = recordAlone(user, action, subject); !recorded) {
        spdlog::error("audit: viewing {} {} by account {} not recorded: {}",
                      subject.objectType.toStdString(), subject.patientId, user.accountId,
                      errorCodeName(recorded.error().code));
        return;
    }
    last = now;
}

void AuditTrail::recordOutput(const User& user, AuditAction action, const Subject& subject,
                              const QString& detail)
{
    Q_ASSERT(action == AuditAction::Print || action == AuditAction::Export);
    if (Status recorded = recordAlone(user, action, subject, AuditEvent::Outcome::Done, detail);
        !recorded)
        spdlog::error("audit: {} of {} {} by account {} not recorded: {}",
                      enumKey(action).toStdString(), subject.objectType.toStdString(),
                      subject.patientId, user.accountId, errorCodeName(recorded.error().code));
}

Result<AuditTrail::Verification> AuditTrail::verify(const ContentHasher& contentHasher)
{
    Verification v;
    QByteArray previous = AuditChain::genesis();
    // Checked after the pass: the hasher reads notes, and on a clinic server the connection is
    // busy streaming the trail until the pass ends.
    std::vector<AuditEvent> signedRows;
    qint64 expectedId = 1;
    const auto fail = [&v](qint64 id, const QString& problem) {
        v.firstBadId = id;
        v.problem = problem;
        return false;
    };
    Status read = m_repository.forEach([&](const AuditEvent& e) {
        ++v.rowsChecked;
        if (e.id != expectedId)
            return fail(e.id, tr("row %1 follows row %2: a row is missing or was inserted")
                                  .arg(e.id)
                                  .arg(expectedId - 1));
        if (AuditChain::link(previous, e) != e.hash)
            return fail(e.id, tr("row %1 does not match its hash: it, or a row before it, was "
                                 "changed")
                                  .arg(e.id));
        if (contentHasher && !e.contentHash.isEmpty())
            signedRows.push_back(e);
        previous = e.hash;
        ++expectedId;
        return true;
    });
    if (!read)
        return read.error();
    if (!v.intact())
        return v;
    auto head = m_repository.head();
    if (!head)
        return head.error();
    if (head->lastId != expectedId - 1 || head->hash != previous)
        return Verification{v.rowsChecked, expectedId,
                            tr("the trail ends at row %1 but its head says row %2: rows were "
                               "removed from the end, or the head was changed")
                                .arg(expectedId - 1)
                                .arg(head->lastId)};
    for (const AuditEvent& e : signedRows) {
        const std::optional<QByteArray> now = contentHasher(e);
        if (!now || *now != e.contentHash) {
            fail(e.id, tr("the %1 %2 recorded by row %3 is not as it was signed")
                           .arg(e.objectType)
                           .arg(e.objectId)
                           .arg(e.id));
            return v;
        }
    }
    return v;
}

Result<std::vector<AuditEvent>> AuditTrail::events(const User& admin, const AuditQuery& query)
{
    if (Status allowed = permit(admin, Permission::AuditReading, "read the audit trail"); !allowed)
        return allowed.error();
    auto found = m_repository.find(query);
    if (found)
        recordSearch(admin, QStringLiteral("audit-trail"));
    return found;
}

Result<QString> AuditTrail::exportCsv(const User& admin, const AuditQuery& query)
{
    if (Status allowed = permit(admin, Permission::AuditReading, "export the audit trail");
        !allowed)
        return allowed.error();
    auto found = m_repository.find(query);
    if (!found)
        return found.error();
    if (Status recorded = recordAlone(
            admin, AuditAction::Export, {query.patientId, QStringLiteral("audit-trail"), 0},
            AuditEvent::Outcome::Done, QStringLiteral("%1 rows").arg(found->size()));
        !recorded)
        return recorded.error();
    spdlog::info("audit: account {} exported {} rows", admin.accountId, found->size());
    return AuditCsv::document(*found);
}

Result<std::vector<AuditEvent>> AuditTrail::openingsOf(const User& user, qint64 patientId)
{
    if (Status allowed = permit(user, Permission::ClinicalRecord,
                                "see who opened a patient's record", {patientId, {}, 0});
        !allowed)
        return allowed.error();
    AuditQuery query;
    query.patientId = patientId;
    query.action = AuditAction::OpenRecord;
    return m_repository.find(query);
}

} // namespace needlechart
