#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/consent/Consent.h"
#include "needlechart/domain/consent/NeedlingClearance.h"
#include "needlechart/domain/consent/Screening.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace needlechart {

class AuditTrail;
class ChangeNotifier;
class ClinicRepository;
class Clock;
class ConsentRepository;
class Database;
class PatientRepository;

// Precaution screening and informed consent, the rules that come before any needle. Clinicians
// only (Permission::ClinicalRecord); each record and its audit row commit together. A screening is
// dated now and signed by the user; a consent names the leaflet version the patient was given
// (which must exist) and the user who recorded it; a withdrawal is recorded on the consent it ends.
// clearance() tells whether needling may be charted now and why not (ConsentRules), and
// SessionService refuses to sign without it. Borrows the database, the repositories, the notifier
// and the clock; all must outlive it.
class ConsentService {
    Q_DECLARE_TR_FUNCTIONS(ConsentService)

public:
    ConsentService(Database& database, ConsentRepository& consents, ClinicRepository& clinic,
                   PatientRepository& patients, ChangeNotifier& notifier, const Clock& clock,
                   AuditTrail& audit);

    [[nodiscard]] Result<Screening> recordScreening(const Screening& screening, const User& user);
    [[nodiscard]] Result<Consent> recordConsent(const Consent& consent, const User& user);
    [[nodiscard]] Result<Consent> withdraw(ConsentId id, const QString& note, const User& user);
    // The consent a withdrawal would end: the patient's most recent consent that was given and
    // has not been withdrawn (a declined one is never in force), or nothing.
    [[nodiscard]] Result<std::optional<Consent>> consentInForce(PatientId patientId,
                                                                const User& user);
    // Finds the consent in force and records its withdrawal with what the patient said, in one
    // transaction; refused (Validation) when the patient has none in force. Returns the
    // withdrawn record.
    [[nodiscard]] Result<Consent> withdrawConsentInForce(PatientId patientId, const QString& note,
                                                         const User& user);

    [[nodiscard]] Result<std::vector<Consent>> consents(PatientId patientId, const User& user);
    [[nodiscard]] Result<std::optional<Screening>> latestScreening(PatientId patientId,
                                                                   const User& user);
    // One consent or screening record by its number (a signed note names those it relied on).
    [[nodiscard]] Result<Consent> consent(ConsentId id, const User& user);
    [[nodiscard]] Result<Screening> screening(ScreeningId id, const User& user);
    // May needling be charted for the patient now? With the reasons if not, and the
    // precautions to show if so.
    [[nodiscard]] Result<NeedlingClearance> clearance(PatientId patientId, const User& user);

private:
    // Permission::ClinicalRecord, or the refusal of `what` (recorded against the patient).
    [[nodiscard]] Status mayRecord(const User& user, const char* what, PatientId patientId);
    // Refuses a withdrawal note over its limit, in the limit's own words.
    [[nodiscard]] static Status checkWithdrawal(const QString& note);
    // consentInForce without the permission check, for use inside a transaction.
    [[nodiscard]] Result<std::optional<Consent>> findConsentInForce(PatientId patientId);

    Database& m_database;
    ConsentRepository& m_consents;
    ClinicRepository& m_clinic;
    PatientRepository& m_patients;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    AuditTrail& m_audit;
};

} // namespace needlechart
