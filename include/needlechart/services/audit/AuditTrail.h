#pragma once

#include "needlechart/domain/accounts/Permission.h"
#include "needlechart/domain/audit/AuditEvent.h"
#include "needlechart/domain/audit/AuditQuery.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace needlechart {

class AuditRepository;
class Clock;
class Database;

// What the services tell the audit trail, and the trail's own check. A row records the user's
// account, this workstation, the time by the services' clock, the action, the patient and the
// object; never names or clinical text. `record` writes inside the caller's transaction, so a
// save and its row commit together; `recordAlone` is for what has no transaction of its own (a
// refusal, a sign-in, opening a record). One trail per open database, used from the GUI thread.
class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // What a row is about: a patient, and an object of that patient's record or of the clinic.
    struct Subject {
        qint64 patientId = 0;
        QString objectType;
        qint64 objectId = 0;
    };

    // The outcome of recomputing the chain.
    struct Verification {
        qint64 rowsChecked = 0;
        qint64 firstBadId = 0; // 0: none
        QString problem;       // what is wrong at firstBadId (or with the head); empty if intact
        [[nodiscard]] bool intact() const { return problem.isEmpty(); }
    };

    // Given a sign or amend row, the hash of that note or amendment as stored now (nothing if
    // it cannot be found): verify compares it with the hash the row recorded.
    using ContentHasher = std::function<std::optional<QByteArray>(const AuditEvent&)>;

    AuditTrail(Database& database, AuditRepository& repository, const Clock& clock,
               QString workstation);

    [[nodiscard]] Status record(const User& user, AuditAction action, const Subject& subject,
                                AuditEvent::Outcome outcome = AuditEvent::Outcome::Done,
                                const QString& detail = {}, const QByteArray& contentHash = {});
    [[nodiscard]] Status recordAlone(const User& user, AuditAction action, const Subject& subject,
                                     AuditEvent::Outcome outcome = AuditEvent::Outcome::Done,
                                     const QString& detail = {});
    // A refused use case: recorded in a transaction of its own (the refused one never began),
    // and returned as the NotPermitted error the service gives back.
    [[nodiscard]] Error refuse(const User& user, const char* what, const Subject& subject,
                               const QString& message);

    // The gate at the top of every public service method: nothing if `user`'s roles grant
    // `permission`, else the refusal of `what` (recorded, with `subject`) as NotPermitted.
    [[nodiscard]] Status permit(const User& user, Permission permission, const char* what,
                                const Subject& subject);
    [[nodiscard]] Status permit(const User& user, Permission permission, const char* what);

    // What is looked at rather than changed, audited coarsely: one row per account and subject
    // per ten minutes, not one per keystroke or arrow key. A list or search (`ListRecords`, with
    // the kind of list as objectType: "patients", "appointments"), or a patient's record shown
    // as its list of notes (`OpenRecord`). Failures are logged, never returned: nobody is kept
    // from a patient for want of a row.
    void recordViewing(const User& user, AuditAction action, const Subject& subject);
    void recordSearch(const User& user, const QString& objectType)
    {
        recordViewing(user, AuditAction::ListRecords, {0, objectType, 0});
    }
    static constexpr int ViewingWindowMinutes = 10;

    // Patient data leaving the app: printed (`Print`) or written to a file (`Export`), such as
    // an appointment card, a day sheet or a personalised leaflet, one row each time. Like
    // viewing, a failure to record is logged, not returned: the paper has already gone.
    void recordOutput(const User& user, AuditAction action, const Subject& subject,
                      const QString& detail = {});

    // Recomputes every link from the first row, compares the last with audit_head, and, given
    // `contentHasher`, each sign and amend row's content hash with the note as stored now.
    [[nodiscard]] Result<Verification> verify(const ContentHasher& contentHasher = {});

    // The rows an admin asks for (Permission::AuditReading; viewing is itself audited,
    // coarsely).
    [[nodiscard]] Result<std::vector<AuditEvent>> events(const User& admin,
                                                         const AuditQuery& query);
    // The same rows as CSV (AuditCsv), with an Export row saying how many left the app.
    [[nodiscard]] Result<QString> exportCsv(const User& admin, const AuditQuery& query);
    // Who opened the patient's clinical record, and when, newest first: for the clinicians
    // treating them (Permission::ClinicalRecord).
    [[nodiscard]] Result<std::vector<AuditEvent>> openingsOf(const User& user, qint64 patientId);

    [[nodiscard]] const QString& workstation() const { return m_workstation; }

private:
    [[nodiscard]] AuditEvent eventFor(const User& user, AuditAction action, const Subject& subject,
                                      AuditEvent::Outcome outcome, const QString& detail) const;

    Database& m_database;
    AuditRepository& m_repository;
    const Clock& m_clock;
    QString m_workstation;
    // When each (account, action, object type, patient) was last recorded, for recordViewing.
    std::map<std::tuple<qint64, int, QString, qint64>, QDateTime> m_lastViewing;
};

} // namespace needlechart
