#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/documents/DocumentTemplate.h"
#include "needlechart/domain/documents/PatientDocument.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace needlechart {

class AccountService;
class AuditTrail;
class ChangeNotifier;
class ClinicRepository;
class Clock;
class Database;
class DocumentRepository;
class MuscleCatalogue;
class OutcomeRepository;
class PatientRepository;
class SessionRepository;

// Letters and the after-care advice sheet, written from the clinic's templates and kept on the
// patient's record once given or sent.
//
// Templates are versioned like the leaflet: a kind with no saved text starts from the project's
// own (resources/documents/<kind>.md) as version 1; saving a changed text is a new version
// (Permission::ClinicSettings, audited). A template may only name the fields its kind has
// (documentFields), so a misspelt field is refused when saved rather than printed.
//
// compose() fills a template for one patient from their record: the clinic, the patient, the
// clinician writing, and for letters the latest signed visit's complaint, findings and plan, the
// course of care and how pain and the outcome measures moved. keep() stores the document as it
// went out, with an audit row (Print or Export) in the same transaction. Both are clinical
// (Permission::ClinicalRecord); the front desk cannot read or write letters.
class DocumentService {
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    DocumentService(Database& database, DocumentRepository& documents, ClinicRepository& clinic,
                    PatientRepository& patients, SessionRepository& sessions,
                    OutcomeRepository& outcomes, AccountService& accounts, ChangeNotifier& notifier,
                    const Clock& clock, const MuscleCatalogue& catalogue, AuditTrail& audit);

    // The newest template of `kind`; stores the project's text as version 1 first if none.
    [[nodiscard]] Result<DocumentTemplate> currentTemplate(DocumentKind kind);
    [[nodiscard]] Result<DocumentTemplate> templateVersion(DocumentKind kind, int version);
    // Stores `markdown` as a new version of `kind`, unless it is the current text (then returns
    // that). Refuses an empty or over-long text and any field the kind does not have.
    [[nodiscard]] Result<DocumentTemplate> saveTemplate(DocumentKind kind, const QString& markdown,
                                                        const User& user);

    // The values of the fields of `kind` for the patient, as `user` would write it now; for a
    // letter to `recipient` (the patient's referrer when empty). `sessionId` (0: none) names the
    // visit it is written for.
    [[nodiscard]] Result<QHash<QString, QString>> fields(DocumentKind kind, PatientId patientId,
                                                         SessionId sessionId,
                                                         const QString& recipient,
                                                         const User& user);
    // A document of `kind` for the patient, filled from the current template: not yet kept.
    [[nodiscard]] Result<PatientDocument> compose(DocumentKind kind, PatientId patientId,
                                                  SessionId sessionId, const QString& recipient,
                                                  const User& user);
    // Keeps a composed document (its text possibly edited by the clinician) on the record as
    // given or sent by `user` now; returns it as stored.
    [[nodiscard]] Result<PatientDocument> keep(const PatientDocument& document, const User& user);

    // The patient's documents, newest first, without their texts.
    [[nodiscard]] Result<std::vector<PatientDocument>> documents(PatientId patientId,
                                                                 const User& user);
    // The documents given for one visit, oldest first, without their texts.
    [[nodiscard]] Result<std::vector<PatientDocument>> documentsOfSession(SessionId sessionId,
                                                                          const User& user);
    // One document with its text.
    [[nodiscard]] Result<PatientDocument> document(PatientDocumentId id, const User& user);

    // The project's own template text of `kind`.
    [[nodiscard]] static QString defaultTemplate(DocumentKind kind);

private:
    [[nodiscard]] Status mayWrite(const User& user, const char* what, PatientId patientId);

    Database& m_database;
    DocumentRepository& m_documents;
    ClinicRepository& m_clinic;
    PatientRepository& m_patients;
    SessionRepository& m_sessions;
    OutcomeRepository& m_outcomes;
    AccountService& m_accounts;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    const MuscleCatalogue& m_catalogue;
    AuditTrail& m_audit;
};

} // namespace needlechart
