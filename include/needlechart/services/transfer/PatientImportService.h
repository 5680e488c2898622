#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/PatientSummary.h"
#include "needlechart/domain/transfer/CsvTable.h"
#include "needlechart/domain/transfer/DecodedText.h"
#include "needlechart/domain/transfer/PatientImport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace needlechart {

class AuditTrail;
class ChangeNotifier;
class Clock;
class Database;
class PatientRepository;

// Registering a clinic's patient list brought from another system (a CSV file), in three
// steps the wizard and `needlechart admin import-patients` both take:
//
//   1. read(bytes): the file's encoding and delimiter detected, its rows read;
//   2. check(table, mapping): every row as a patient under the chosen mapping, with every
//      reason a row cannot be registered, and the rows that may be someone already registered
//      (same names and date of birth, PatientMatch) or a row earlier in the file. Nothing is
//      written;
//   3. run(check, choices): the rows registered in ONE transaction with their audit rows
//      (all or nothing), progress reported per row, cancel honoured (rolled back, nothing
//      kept), one Import row summing it up. Refused while a row fails and the choices do not
//      leave failing rows out, or while a possible duplicate has no decision.
//
// Needs Permission::PatientDetails, like registering one patient. Logs counts and ids only.
class PatientImportService {
    Q_DECLARE_TR_FUNCTIONS(PatientImportService)

public:
    // A file as read: its text's encoding and its rows.
    struct Source {
        DecodedText::Encoding encoding = DecodedText::Encoding::Utf8;
        CsvTable table;
    };

    // A row that may be a patient already known: registered ones, or an earlier row of the file.
    struct Duplicate {
        int line = 0;
        std::vector<PatientSummary> registered;
        int earlierLine = 0; // 0: none in the file
    };

    // Every data row of the file as a candidate, in file order, and the possible duplicates
    // among the rows that are ready to register.
    struct Check {
        QList<PatientImport::Candidate> rows;
        std::vector<Duplicate> duplicates;

        [[nodiscard]] int failingCount() const;
        [[nodiscard]] int readyCount() const { return int(rows.size()) - failingCount(); }
    };

    enum class DuplicateChoice { Skip, Register };

    struct Choices {
        // Leave out the rows that cannot be registered (they are in the report); when false,
        // any failing row refuses the whole import.
        bool skipFailing = false;
        // A decision for every possible duplicate, by line: missing ones refuse the import.
        std::map<int, DuplicateChoice> duplicates;
    };

    struct Outcome {
        int registered = 0;
        int skippedFailing = 0;
        int skippedDuplicates = 0;
        bool cancelled = false; // the progress callback said stop: nothing was written
        QList<PatientId> ids;   // the new patients, in file order
    };

    // Rows done so far of `total`; returning false cancels (the transaction is rolled back).
    using Progress = std::function<bool(int done, int total)>;

    PatientImportService(Database& database, PatientRepository& repository,
                         ChangeNotifier& notifier, const Clock& clock, AuditTrail& audit);

    // The file's bytes decoded (DecodedText), its delimiter detected and its rows read. A file
    // without rows, or with a quote never closed, is a Validation error saying so.
    [[nodiscard]] static Result<Source> read(const QByteArray& bytes);

    [[nodiscard]] Result<Check> check(const CsvTable& table, const PatientImport::Mapping& mapping,
                                      const User& user);
    [[nodiscard]] Result<Outcome> run(const Check& check, const Choices& choices, const User& user,
                                      const Progress& progress = {});

private:
    Database& m_database;
    PatientRepository& m_repository;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    AuditTrail& m_audit;
};

} // namespace needlechart
