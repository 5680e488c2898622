#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/consent/Consent.h"
#include "needlechart/domain/consent/Screening.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace needlechart {

class Database;

// Consent records and precaution screenings in SQL. Both are only ever added; the one change a
// consent takes is its withdrawal, written once.
class ConsentRepository {
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    explicit ConsentRepository(Database& database);

    [[nodiscard]] Result<Consent> addConsent(const Consent& consent);
    // Records the withdrawal of a consent in force; NotFound or Validation (already withdrawn,
    // or declined) otherwise.
    [[nodiscard]] Result<Consent> withdraw(ConsentId id, const QDateTime& atUtc, const QString& by,
                                           const QString& note);
    [[nodiscard]] Result<Consent> consent(ConsentId id);
    // The patient's most recent consent record at or before `atUtc`, or nullopt.
    [[nodiscard]] Result<std::optional<Consent>> latestConsent(PatientId patientId,
                                                               const QDateTime& atUtc);
    // Newest first.
    [[nodiscard]] Result<std::vector<Consent>> consents(PatientId patientId);

    [[nodiscard]] Result<Screening> addScreening(const Screening& screening);
    // The patient's most recent screening at or before `atUtc`, with its answers, or nullopt.
    [[nodiscard]] Result<std::optional<Screening>> latestScreening(PatientId patientId,
                                                                   const QDateTime& atUtc);
    // One screening with its answers (a signed note names the one it relied on).
    [[nodiscard]] Result<Screening> screening(ScreeningId id);
    // Every screening of the patient with its answers, oldest first (the whole record).
    [[nodiscard]] Result<std::vector<Screening>> screenings(PatientId patientId);

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    [[nodiscard]] Result<std::optional<Consent>>
    oneConsent(const QString& sql, const std::function<void(QSqlQuery&)>& bind);
    [[nodiscard]] Result<std::optional<Screening>>
    oneScreening(const QString& sql, const std::function<void(QSqlQuery&)>& bind);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
