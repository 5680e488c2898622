#include "needlechart/services/transfer/PatientImportService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/patients/PatientMatch.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include <QHash>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {
namespace {

// Enough to hold everyone born on one day in a large clinic (as PatientService asks).
constexpr int CandidatesBornTheSameDay = 500;

// Progress is reported every this many rows, and at the end: often enough for a bar to move
// smoothly, rarely enough not to cost anything.
constexpr int ProgressEvery = 50;

Error refusal(const QString& message)
{
    return Error{ErrorCode::Validation, message, {}, {}};
}

// Names and date of birth as PatientMatch compares them, for finding a row's twin in the file.
QString matchKey(const Patient& patient)
{
    return PatientMatch::nameKey(patient.familyName) + QLatin1Char('|')
           + PatientMatch::nameKey(patient.givenName) + QLatin1Char('|')
           + patient.dateOfBirth.toString(Qt::ISODate);
}

} // namespace

int PatientImportService::Check::failingCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const PatientImport::Candidate& row) {
        return !row.errors.isEmpty();
    }));
}

PatientImportService::PatientImportService(Database& database, PatientRepository& repository,
                                           ChangeNotifier& notifier, const Clock& clock,
                                           AuditTrail& audit)
    : m_database(database),
      m_repository(repository),
      m_notifier(notifier),
      m_clock(clock),
      m_audit(audit)
{}

Result<PatientImportService::Source> PatientImportService::read(const QByteArray& bytes)
{
    const DecodedText decoded = DecodedText::decode(bytes);
    auto table = CsvTable::parse(decoded.text, CsvTable::detectDelimiter(decoded.text));
    if (!table)
        return table.error();
    if (table->rows().isEmpty())
        return refusal(tr("The file has no rows to import."));
    return Source{decoded.encoding, std::move(*table)};
}

Result<PatientImportService::Check>
PatientImportService::check(const CsvTable& table, const PatientImport::Mapping& mapping,
                            const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::PatientDetails, "check a patient import");
        !allowed)
        return allowed.error();
    Check result;
    const QDate today = m_clock.today();
    const QList<CsvTable::Row>& rows = table.rows();
    result.rows.reserve(rows.size());
    for (qsizetype i = mapping.firstRowIsHeader ? 1 : 0; i < rows.size(); ++i)
        result.rows.append(PatientImport::candidate(rows[i], mapping, today));

    // Possible duplicates among the ready rows: a registered patient (asked once per date of
    // birth: the search finds everyone born that day) or an earlier row of the file.
    QHash<QDate, std::vector<PatientSummary>> bornThatDay;
    QHash<QString, int> firstLineOf;
    for (const PatientImport::Candidate& row : std::as_const(result.rows)) {
        if (!row.errors.isEmpty() || !PatientMatch::canCompare(row.patient))
            continue;
        auto known = bornThatDay.find(row.patient.dateOfBirth);
        if (known == bornThatDay.end()) {
            PatientQuery query;
            query.searchText = PatientMatch::searchText(row.patient);
            query.limit = CandidatesBornTheSameDay;
            auto found = m_repository.list(query);
            if (!found)
                return found.error();
            known = bornThatDay.insert(row.patient.dateOfBirth, std::move(*found));
        }
        Duplicate duplicate;
        duplicate.line = row.line;
        for (const PatientSummary& registered : *known) {
            if (PatientMatch::isLikelySame(row.patient, registered))
                duplicate.registered.push_back(registered);
        }
        const QString key = matchKey(row.patient);
        if (const auto earlier = firstLineOf.constFind(key); earlier != firstLineOf.cend())
            duplicate.earlierLine = *earlier;
        else
            firstLineOf.insert(key, row.line);
        if (!duplicate.registered.empty() || duplicate.earlierLine != 0)
            result.duplicates.push_back(std::move(duplicate));
    }
    m_audit.recordSearch(user, QStringLiteral("patients"));
    spdlog::info("patient import checked: {} rows, {} failing, {} possible duplicates",
                 result.rows.size(), result.failingCount(), result.duplicates.size());
    return result;
}

Result<PatientImportService::Outcome> PatientImportService::run(const Check& check,
                                                                const Choices& choices,
                                                                const User& user,
                                                                const Progress& progress)
{
    if (Status allowed = m_audit.permit(user, Permission::PatientDetails, "import patients");
        !allowed)
        return allowed.error();
    const int failing = check.failingCount();
    if (failing > 0 && !choices.skipFailing)
        return refusal(tr("%1 of the file's rows cannot be registered as they are: correct "
                          "them, or leave them out.")
                           .arg(failing));
    QHash<int, DuplicateChoice> decided;
    for (const Duplicate& duplicate : check.duplicates) {
        const auto choice = choices.duplicates.find(duplicate.line);
        if (choice == choices.duplicates.end())
            return refusal(tr("Line %1 may be a patient already registered: decide whether to "
                              "register it or leave it out.")
                               .arg(duplicate.line));
        decided.insert(duplicate.line, choice->second);
    }

    Outcome outcome;
    outcome.skippedFailing = failing;
    const int total = int(check.rows.size());
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    const QDateTime now = m_clock.nowUtc();
    for (int done = 0; done < total; ++done) {
        if (progress && done % ProgressEvery == 0 && !progress(done, total)) {
            tx.rollback();
            spdlog::info("patient import cancelled after {} of {} rows; nothing kept", done, total);
            return Outcome{0, 0, 0, true, {}};
        }
        const PatientImport::Candidate& row = check.rows[done];
        if (!row.errors.isEmpty())
            continue;
        if (decided.value(row.line, DuplicateChoice::Register) == DuplicateChoice::Skip) {
            ++outcome.skippedDuplicates;
            continue;
        }
        auto created = m_repository.create(row.patient, now);
        if (!created) {
            spdlog::error("patient import: registering line {} failed ({}); nothing kept", row.line,
                          errorCodeName(created.error().code));
            return created.error();
        }
        if (Status recorded = m_audit.record(user, AuditAction::Create,
                                             {created->id, QStringLiteral("patient"), created->id},
                                             AuditEvent::Outcome::Done, QStringLiteral("import"));
            !recorded)
            return recorded.error();
        outcome.ids.append(created->id);
    }
    outcome.registered = int(outcome.ids.size());
    if (progress && !progress(total, total)) {
        tx.rollback();
        spdlog::info("patient import cancelled at the end; nothing kept");
        return Outcome{0, 0, 0, true, {}};
    }
    if (Status recorded =
            m_audit.record(user, AuditAction::Import, {0, QStringLiteral("patients"), 0},
                           AuditEvent::Outcome::Done,
                           QStringLiteral("%1 registered, %2 rows left out, %3 duplicates left out")
                               .arg(outcome.registered)
                               .arg(outcome.skippedFailing)
                               .arg(outcome.skippedDuplicates));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed.ok()) {
        spdlog::error("patient import: commit failed ({})", errorCodeName(committed.error().code));
        return committed.error();
    }
    spdlog::info("patient import: {} registered, {} failing and {} duplicate rows left out",
                 outcome.registered, outcome.skippedFailing, outcome.skippedDuplicates);
    if (!outcome.ids.isEmpty())
        m_notifier.notify({ChangeEvent::Entity::Patient, ChangeEvent::Kind::Created, outcome.ids});
    return outcome;
}

} // namespace needlechart
