#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/consent/LeafletVersion.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace needlechart {

class Database;

// The clinic's profile (one row) and the versions of its information leaflet in SQL. Leaflet
// versions are only ever added.
class ClinicRepository {
    Q_DECLARE_TR_FUNCTIONS(ClinicRepository)

public:
    explicit ClinicRepository(Database& database);

    // The stored profile, or the defaults if none was saved yet.
    [[nodiscard]] Result<ClinicProfile> profile();
    [[nodiscard]] Status saveProfile(const ClinicProfile& profile, const QDateTime& nowUtc);

    // Stores `text` as the next version (latest + 1) and returns it.
    [[nodiscard]] Result<LeafletVersion>
    addLeafletVersion(const QString& markdown, const QString& createdBy, const QDateTime& nowUtc);
    // The newest version, or nullopt when there is none yet.
    [[nodiscard]] Result<std::optional<LeafletVersion>> latestLeaflet();
    [[nodiscard]] Result<LeafletVersion> leaflet(int version);
    // Every version, newest first, without their texts.
    [[nodiscard]] Result<std::vector<LeafletVersion>> leafletVersions();

    // Whether this database is the made-up demo clinic (app_meta's `demo_clinic`), and marking
    // it so when the demo fills it: the sign-in window names the demo accounts only then.
    [[nodiscard]] Result<bool> isDemoClinic();
    [[nodiscard]] Status markDemoClinic();

    // The clinic's lasting id for exchanges with other systems (clinic_identity, made when the
    // database was created): 32 hex digits, the same in every copy of the clinic.
    [[nodiscard]] Result<QString> exportId();

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
