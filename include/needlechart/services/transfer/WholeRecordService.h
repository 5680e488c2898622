#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/transfer/WholeRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace needlechart {

class AuditTrail;
class ClinicRepository;
class Clock;
class ConsentRepository;
class Database;
class DocumentRepository;
class FhirExportService;
class MuscleCatalogue;

// A patient's whole record for their right of access: everything held about them (details,
// every note with its amendments, consents with the leaflet versions given, screenings,
// bookings, outcome scores, letters, and who opened the record when) read in one transaction,
// then packed with its typeset PDF and its FHIR Bundle into one ZIP archive.
//
// Both steps need Permission::ClinicalRecord. The archive is audited (Export, "whole record");
// logs carry ids and sizes only. The PDF is typeset by the caller (WholeRecordRenderer, in the
// paper room of the UI layer), between gather() and archive().
class WholeRecordService {
    Q_DECLARE_TR_FUNCTIONS(WholeRecordService)

public:
    // The names of the files inside the archive.
    static constexpr const char* PdfName = "record.pdf";
    static constexpr const char* FhirName = "record-fhir.json";
    static constexpr const char* ReadMeName = "README.txt";

    WholeRecordService(Database& database, FhirExportService& fhir, ConsentRepository& consents,
                       DocumentRepository& documents, ClinicRepository& clinic, const Clock& clock,
                       const MuscleCatalogue& catalogue, AuditTrail& audit);

    [[nodiscard]] Result<WholeRecord> gather(PatientId patientId, const User& user);
    // The archive: a short read-me, `pdf` and the record's FHIR Bundle (JSON).
    [[nodiscard]] Result<QByteArray> archive(const WholeRecord& record, const QByteArray& pdf,
                                             const User& user);
    // A file name to offer: "whole-record-<id>-<date>.zip", no name in it (it may be mailed).
    [[nodiscard]] static QString suggestedFileName(const WholeRecord& record);

private:
    [[nodiscard]] QString readMe(const WholeRecord& record) const;

    Database& m_database;
    FhirExportService& m_fhir;
    ConsentRepository& m_consents;
    DocumentRepository& m_documents;
    ClinicRepository& m_clinic;
    const Clock& m_clock;
    const MuscleCatalogue& m_catalogue;
    AuditTrail& m_audit;
};

} // namespace needlechart
