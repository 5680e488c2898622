#include "needlechart/services/transfer/WholeRecordService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/session/SitePrecautions.h"
#include "needlechart/domain/transfer/FhirBundleWriter.h"
#include "needlechart/domain/transfer/ZipWriter.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/transfer/FhirExportService.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/consent/ConsentRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/documents/DocumentRepository.h"

#include <QJsonDocument>
#include <QLocale>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {

WholeRecordService::WholeRecordService(Database& database, FhirExportService& fhir,
                                       ConsentRepository& consents, DocumentRepository& documents,
                                       ClinicRepository& clinic, const Clock& clock,
                                       const MuscleCatalogue& catalogue, AuditTrail& audit)
    : m_database(database),
      m_fhir(fhir),
      m_consents(consents),
      m_documents(documents),
      m_clinic(clinic),
      m_clock(clock),
      m_catalogue(catalogue),
      m_audit(audit)
{}

Result<WholeRecord> WholeRecordService::gather(PatientId patientId, const User& user)
{
    const AuditTrail::Subject subject{patientId, QStringLiteral("patient"), patientId};
    if (Status allowed = m_audit.permit(user, Permission::ClinicalRecord,
                                        "gather a patient's whole record", subject);
        !allowed)
        return allowed.error();

    // One transaction: the notes, consents, letters and openings are one moment of the record.
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    WholeRecord record;
    auto fhir = m_fhir.gather({patientId});
    if (!fhir)
        return fhir.error();
    record.fhir = std::move(*fhir);
    auto profile = m_clinic.profile();
    if (!profile)
        return profile.error();
    record.clinic = std::move(*profile);
    auto screenings = m_consents.screenings(patientId);
    if (!screenings)
        return screenings.error();
    record.screenings = std::move(*screenings);

    auto listed = m_documents.documents(patientId); // newest first, without their texts
    if (!listed)
        return listed.error();
    for (auto it = listed->crbegin(); it != listed->crend(); ++it) {
        auto letter = m_documents.document(it->id);
        if (!letter)
            return letter.error();
        record.letters.push_back(std::move(*letter));
    }

    auto openings = m_audit.openingsOf(user, patientId);
    if (!openings)
        return openings.error();
    record.openings = std::move(*openings);

    // Each note with the consent and screening it relied on, as its own summary prints it.
    const FhirPatientRecord& patient = record.patientRecord();
    for (const Session& session : patient.sessions) {
        SessionRecord note;
        note.patient = patient.patient;
        note.session = session;
        for (const FhirConsent& given : patient.consents)
            if (session.consentId > 0 && given.consent.id == session.consentId)
                note.consent = given.consent;
        const auto screening =
            std::find_if(record.screenings.cbegin(), record.screenings.cend(),
                         [&](const Screening& s) { return s.id == session.screeningId; });
        if (session.screeningId > 0 && screening != record.screenings.cend()) {
            QStringList present;
            for (const ScreeningAnswer& answer : screening->answers)
                if (answer.present)
                    present.append(answer.itemKey);
            note.precautions =
                SitePrecautions::check(present, session.points.points(), m_catalogue);
            note.screening = *screening;
        }
        record.notes.append(std::move(note));
    }
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();

    record.madeAtUtc = m_clock.nowUtc();
    record.madeBy = user.displayName.isEmpty() ? user.login : user.displayName;
    spdlog::info("whole record of patient {} gathered: {} notes, {} letters, {} openings",
                 patientId, record.notes.size(), record.letters.size(), record.openings.size());
    return record;
}

Result<QByteArray> WholeRecordService::archive(const WholeRecord& record, const QByteArray& pdf,
                                               const User& user)
{
    if (record.fhir.patients.size() != 1)
        return Error{ErrorCode::Validation, tr("A whole record is one patient's."), {}, {}};
    const PatientId patientId = record.patient().id;
    const AuditTrail::Subject subject{patientId, QStringLiteral("patient"), patientId};
    if (Status allowed = m_audit.permit(user, Permission::ClinicalRecord,
                                        "export a patient's whole record", subject);
        !allowed)
        return allowed.error();
    if (!pdf.startsWith("%PDF-"))
        return Error{ErrorCode::Validation, tr("The record's PDF could not be made."), {}, {}};

    const QByteArray fhir = QJsonDocument(FhirBundleWriter::bundle(record.fhir, m_catalogue))
                                .toJson(QJsonDocument::Indented);
    ZipWriter zip;
    zip.add(QString::fromLatin1(ReadMeName), readMe(record).toUtf8(), record.madeAtUtc);
    zip.add(QString::fromLatin1(PdfName), pdf, record.madeAtUtc);
    zip.add(QString::fromLatin1(FhirName), fhir, record.madeAtUtc);
    auto bytes = zip.archive();
    if (!bytes)
        return bytes.error();
    m_audit.recordOutput(user, AuditAction::Export, subject, QStringLiteral("whole record"));
    spdlog::info("whole record of patient {} exported ({} bytes)", patientId, bytes->size());
    return bytes;
}

QString WholeRecordService::suggestedFileName(const WholeRecord& record)
{
    return QStringLiteral("whole-record-%1-%2.zip")
        .arg(record.patient().id)
        .arg(record.madeAtUtc.toLocalTime().date().toString(Qt::ISODate));
}

QString WholeRecordService::readMe(const WholeRecord& record) const
{
    const QLocale locale;
    const Patient& patient = record.patient();
    QStringList lines;
    lines << tr("Everything %1 holds about %2 %3, born %4.")
                 .arg(record.clinic.name, patient.givenName, patient.familyName,
                      locale.toString(patient.dateOfBirth, QLocale::LongFormat))
          << tr("Made on %1 by %2.")
                 .arg(locale.toString(record.madeAtUtc.toLocalTime(), QLocale::LongFormat),
                      record.madeBy)
          << QString()
          << tr("%1: the record to read or print: details, every treatment note with its "
                "amendments, consents with the information leaflets given, screenings, "
                "appointments, outcome scores, letters, and who opened the record when.")
                 .arg(QString::fromLatin1(PdfName))
          << tr("%1: the same record for another clinic's or a hospital's system, as a FHIR R4 "
                "Bundle (JSON).")
                 .arg(QString::fromLatin1(FhirName))
          << QString()
          << tr("This archive holds health information. Keep it safe, and send it only by a "
                "secure route.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace needlechart
