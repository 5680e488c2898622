#include "needlechart/services/documents/DocumentService.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/TextLimit.h"
#include "needlechart/domain/documents/MarkdownTemplate.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/outcomes/ProgressText.h"
#include "needlechart/domain/session/PointPlace.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/documents/DocumentRepository.h"
#include "needlechart/storage/outcomes/OutcomeRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include <QFile>
#include <QLocale>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {
namespace {

QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString orUnknown(const QString& value, const QString& unknown)
{
    return value.trimmed().isEmpty() ? unknown : value.trimmed();
}

// What was found at each point of a note, one phrase per muscle and side.
QString findingsOf(const Session& session, const MuscleCatalogue& catalogue)
{
    if (session.notNeedled)
        return DocumentService::tr("No needling at the latest visit (%1).")
            .arg(orUnknown(session.notNeedledReason, DocumentService::tr("no reason given")));
    QStringList phrases;
    for (const TriggerPoint& point : session.points.points()) {
        QString phrase = PointPlace::nameWithSide(point, catalogue);
        QStringList found;
        if (point.findings.twitch != TwitchResponse::None)
            found << DocumentService::tr("local twitch response");
        if (point.findings.painReproduced)
            found << (point.findings.referredPatternReproduced
                          ? DocumentService::tr("familiar pain and its referral reproduced")
                          : DocumentService::tr("familiar pain reproduced"));
        if (!found.isEmpty())
            phrase += QStringLiteral(" (") + found.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (!phrases.contains(phrase))
            phrases << phrase;
    }
    if (phrases.isEmpty())
        return DocumentService::tr("No trigger points were charted at the latest visit.");
    return DocumentService::tr("Trigger points needled at the latest visit: %1.")
        .arg(phrases.join(QStringLiteral("; ")));
}

} // namespace

DocumentService::DocumentService(Database& database, DocumentRepository& documents,
                                 ClinicRepository& clinic, PatientRepository& patients,
                                 SessionRepository& sessions, OutcomeRepository& outcomes,
                                 AccountService& accounts, ChangeNotifier& notifier,
                                 const Clock& clock, const MuscleCatalogue& catalogue,
                                 AuditTrail& audit)
    : m_database(database),
      m_documents(documents),
      m_clinic(clinic),
      m_patients(patients),
      m_sessions(sessions),
      m_outcomes(outcomes),
      m_accounts(accounts),
      m_notifier(notifier),
      m_clock(clock),
      m_catalogue(catalogue),
      m_audit(audit)
{}

QString DocumentService::defaultTemplate(DocumentKind kind)
{
    QFile file(QStringLiteral(":/documents/%1.md").arg(enumKey(kind)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Status DocumentService::mayWrite(const User& user, const char* what, PatientId patientId)
{
    return m_audit.permit(user, Permission::ClinicalRecord, what,
                          {patientId, QStringLiteral("document"), 0});
}

Result<DocumentTemplate> DocumentService::currentTemplate(DocumentKind kind)
{
    auto latest = m_documents.latestTemplate(kind);
    if (!latest)
        return latest.error();
    if (*latest)
        return **latest;
    auto first = m_documents.addTemplateVersion(kind, defaultTemplate(kind),
                                                QStringLiteral("NeedleChart"), m_clock.nowUtc());
    if (first)
        spdlog::info("default {} template stored as version {}", enumKey(kind).toStdString(),
                     first->version);
    return first;
}

Result<DocumentTemplate> DocumentService::templateVersion(DocumentKind kind, int version)
{
    return m_documents.templateVersion(kind, version);
}

Result<DocumentTemplate> DocumentService::saveTemplate(DocumentKind kind, const QString& markdown,
                                                       const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::ClinicSettings,
                                        "change the clinic's document templates");
        !allowed)
        return allowed.error();
    const QString field = QStringLiteral("template");
    if (markdown.trimmed().isEmpty())
        return Error{ErrorCode::Validation,
                     tr("The template cannot be empty."),
                     {},
                     {{field, tr("Write the template's text.")}}};
    if (markdown.size() > DocumentTemplate::MaxMarkdownLength) {
        const QString message = TextLimit::message(
            tr("The template"), DocumentTemplate::MaxMarkdownLength, markdown.size());
        return Error{ErrorCode::Validation, message, {}, {{field, message}}};
    }
    if (const QStringList unknown = MarkdownTemplate::unknownFields(markdown, documentFields(kind));
        !unknown.isEmpty()) {
        const QString message =
            tr("The template names fields this document does not have: %1. The fields it can "
               "use are: %2.")
                .arg(unknown.join(QStringLiteral(", ")),
                     documentFields(kind).join(QStringLiteral(", ")));
        return Error{ErrorCode::Validation, message, {}, {{field, message}}};
    }
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto current = currentTemplate(kind);
    if (!current)
        return current.error();
    if (current->markdown == markdown) {
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        return *current;
    }
    auto added = m_documents.addTemplateVersion(kind, markdown, user.displayName, m_clock.nowUtc());
    if (!added)
        return added.error();
    if (Status recorded =
            m_audit.record(user, AuditAction::SettingsChange,
                           {0, QStringLiteral("template-") + enumKey(kind), added->version});
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("{} template version {} saved", enumKey(kind).toStdString(), added->version);
    m_notifier.notify(
        {ChangeEvent::Entity::Clinic, ChangeEvent::Kind::Created, {added->version}, 0});
    return added;
}

Result<QHash<QString, QString>> DocumentService::fields(DocumentKind kind, PatientId patientId,
                                                        SessionId sessionId,
                                                        const QString& recipient, const User& user)
{
    if (Status allowed = mayWrite(user, "write a letter or advice sheet", patientId); !allowed)
        return allowed.error();
    auto patient = m_patients.get(patientId);
    if (!patient)
        return patient.error();
    auto clinic = m_clinic.profile();
    if (!clinic)
        return clinic.error();
    QString registration;
    if (auto account = m_accounts.ownAccount(user))
        registration = account->registrationNumber;

    QHash<QString, QString> values;
    values.insert(QStringLiteral("clinic.name"), orUnknown(clinic->name, tr("the clinic")));
    values.insert(QStringLiteral("clinic.phone"),
                  orUnknown(clinic->phone, tr("the clinic's number")));
    values.insert(QStringLiteral("clinic.address"), clinic->address.trimmed());
    values.insert(QStringLiteral("clinic.email"), clinic->email.trimmed());
    values.insert(QStringLiteral("patient.name"), patient->fullName());
    values.insert(QStringLiteral("patient.dateOfBirth"), longDate(patient->dateOfBirth));
    values.insert(QStringLiteral("today"), longDate(m_clock.today()));
    values.insert(QStringLiteral("clinician.name"), user.displayName);
    values.insert(QStringLiteral("clinician.registration"),
                  orUnknown(registration, tr("not recorded")));
    if (!isLetter(kind))
        return values;

    values.insert(QStringLiteral("recipient"),
                  orUnknown(recipient.trimmed().isEmpty() ? patient->referrer : recipient,
                            tr("The patient's doctor")));
    auto history = m_sessions.history(patientId);
    if (!history)
        return history.error();
    std::vector<SessionSummary> signedVisits;
    std::copy_if(history->cbegin(), history->cend(), std::back_inserter(signedVisits),
                 [](const SessionSummary& s) { return s.status == SessionStatus::Signed; });
    // The visit the letter is about: the one named if it is signed, else the latest signed.
    SessionId latestId = signedVisits.empty() ? 0 : signedVisits.front().id;
    if (sessionId > 0
        && std::any_of(signedVisits.cbegin(), signedVisits.cend(),
                       [sessionId](const SessionSummary& s) { return s.id == sessionId; }))
        latestId = sessionId;
    const QString none = tr("No signed visit yet.");
    values.insert(QStringLiteral("course.sessions"), QString::number(signedVisits.size()));
    values.insert(
        QStringLiteral("course.first"),
        signedVisits.empty() ? none : longDate(signedVisits.back().treatedAt.toLocalTime().date()));
    values.insert(QStringLiteral("course.last"),
                  signedVisits.empty()
                      ? none
                      : longDate(signedVisits.front().treatedAt.toLocalTime().date()));
    if (latestId > 0) {
        auto latest = m_sessions.get(latestId);
        if (!latest)
            return latest.error();
        values.insert(QStringLiteral("complaint"),
                      orUnknown(latest->presentingComplaint, tr("not recorded")));
        values.insert(QStringLiteral("findings"), findingsOf(*latest, m_catalogue));
        values.insert(QStringLiteral("plan"),
                      orUnknown(latest->followUp, tr("No further plan was recorded.")));
    } else {
        values.insert(QStringLiteral("complaint"), tr("not recorded"));
        values.insert(QStringLiteral("findings"), none);
        values.insert(QStringLiteral("plan"), tr("No further plan was recorded."));
    }
    const OutcomeMeasureCatalogue& measures = OutcomeMeasureCatalogue::builtIn();
    if (const OutcomeMeasure* nprs = measures.find(OutcomeMeasureCatalogue::PainRating))
        values.insert(QStringLiteral("painTrend"),
                      ProgressText::pain(PainTrend::of(*history), *nprs));
    auto completions = m_outcomes.completions(patientId);
    if (!completions)
        return completions.error();
    QStringList outcomes;
    for (const OutcomeMeasure& measure : measures.all()) {
        if (measure.id == OutcomeMeasureCatalogue::PainRating)
            continue;
        if (const QString sentence = ProgressText::measure(measure, *completions);
            !sentence.isEmpty())
            outcomes << sentence;
    }
    values.insert(QStringLiteral("outcomes"), outcomes.isEmpty()
                                                  ? tr("No other outcome measure was recorded.")
                                                  : outcomes.join(QLatin1Char(' ')));
    return values;
}

Result<PatientDocument> DocumentService::compose(DocumentKind kind, PatientId patientId,
                                                 SessionId sessionId, const QString& recipient,
                                                 const User& user)
{
    auto values = fields(kind, patientId, sessionId, recipient, user);
    if (!values)
        return values.error();
    auto current = currentTemplate(kind);
    if (!current)
        return current.error();
    PatientDocument document;
    document.patientId = patientId;
    document.sessionId = sessionId;
    document.kind = kind;
    document.templateVersion = current->version;
    document.recipient = isLetter(kind) ? values->value(QStringLiteral("recipient"))
                                        : values->value(QStringLiteral("patient.name"));
    document.title = enumLabel(kind);
    document.markdown = MarkdownTemplate::fill(current->markdown, *values);
    document.createdBy = user.displayName;
    document.createdByAccountId = user.accountId;
    return document;
}

Result<PatientDocument> DocumentService::keep(const PatientDocument& document, const User& user)
{
    if (Status allowed = mayWrite(user, "keep a letter or advice sheet", document.patientId);
        !allowed)
        return allowed.error();
    auto invalid = [](const QString& field, const QString& message) {
        return Error{ErrorCode::Validation, message, {}, {{field, message}}};
    };
    if (document.markdown.trimmed().isEmpty())
        return invalid(QStringLiteral("text"), tr("The document has no text."));
    if (document.markdown.size() > DocumentTemplate::MaxMarkdownLength)
        return invalid(QStringLiteral("text"),
                       TextLimit::message(tr("The document"), DocumentTemplate::MaxMarkdownLength,
                                          document.markdown.size()));
    if (document.recipient.size() > PatientDocument::MaxRecipientLength)
        return invalid(QStringLiteral("recipient"),
                       TextLimit::message(tr("The recipient"), PatientDocument::MaxRecipientLength,
                                          document.recipient.size()));
    if (isLetter(document.kind) && document.recipient.trimmed().isEmpty())
        return invalid(QStringLiteral("recipient"), tr("Say to whom the letter goes."));
    if (document.title.trimmed().isEmpty()
        || document.title.size() > PatientDocument::MaxTitleLength)
        return invalid(QStringLiteral("title"), tr("Give the document a short title."));
    if (document.templateVersion < 1)
        return invalid(QStringLiteral("template"), tr("The document names no template version."));

    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    if (auto patient = m_patients.get(document.patientId); !patient)
        return patient.error();
    if (document.sessionId > 0) {
        auto session = m_sessions.get(document.sessionId);
        if (!session)
            return session.error();
        if (session->patientId != document.patientId)
            return invalid(QStringLiteral("session"), tr("That visit is another patient's."));
    }
    PatientDocument toKeep = document;
    toKeep.createdBy = user.displayName;
    toKeep.createdByAccountId = user.accountId;
    auto stored = m_documents.addDocument(toKeep, m_clock.nowUtc());
    if (!stored)
        return stored.error();
    const AuditAction action =
        document.delivery == DocumentDelivery::Pdf ? AuditAction::Export : AuditAction::Print;
    if (Status recorded = m_audit.record(
            user, action, {document.patientId, QStringLiteral("document"), stored->id},
            AuditEvent::Outcome::Done, enumKey(document.kind));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("document {} ({}) kept for patient {}", stored->id,
                 enumKey(document.kind).toStdString(), document.patientId);
    m_notifier.notify({ChangeEvent::Entity::Document,
                       ChangeEvent::Kind::Created,
                       {stored->id},
                       document.patientId});
    return stored;
}

Result<std::vector<PatientDocument>> DocumentService::documents(PatientId patientId,
                                                                const User& user)
{
    if (Status allowed = mayWrite(user, "list letters and advice sheets", patientId); !allowed)
        return allowed.error();
    return m_documents.documents(patientId);
}

Result<std::vector<PatientDocument>> DocumentService::documentsOfSession(SessionId sessionId,
                                                                         const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::ClinicalRecord,
                                        "list a visit's letters and advice sheets",
                                        {0, QStringLiteral("session"), sessionId});
        !allowed)
        return allowed.error();
    return m_documents.documentsOfSession(sessionId);
}

Result<PatientDocument> DocumentService::document(PatientDocumentId id, const User& user)
{
    if (Status allowed =
            m_audit.permit(user, Permission::ClinicalRecord, "read a letter or advice sheet",
                           {0, QStringLiteral("document"), id});
        !allowed)
        return allowed.error();
    auto found = m_documents.document(id);
    if (found)
        m_audit.recordViewing(
            user, AuditAction::OpenRecord,
            {found->patientId, QStringLiteral("patient-record"), found->patientId});
    return found;
}

} // namespace needlechart
