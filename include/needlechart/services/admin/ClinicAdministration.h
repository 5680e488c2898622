#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace needlechart {

// What the clinic's administrator does from a terminal (`needlechart admin ...`): set up a
// server database, upgrade a database's schema, and move a single-seat clinic's file onto the
// server. Addresses are libpq URIs or keyword strings; a password, if given, is used instead of
// libpq's own sources. Each is one use case; none needs the application's window.
class ClinicAdministration {
    Q_DECLARE_TR_FUNCTIONS(ClinicAdministration)

public:
    struct SchemaChange {
        int fromVersion = 0;
        int toVersion = 0;
    };
    struct CopiedTable {
        QString table;
        qint64 rows = 0;
    };
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    // Creates NeedleChart's schema in an empty server database (refused if it already holds
    // tables, NeedleChart's or another application's).
    [[nodiscard]] static Result<SchemaChange> initServer(const QString& address,
                                                         const QString& password);
    // Upgrades a server database, or a file, to this version's schema; a newer one is refused.
    [[nodiscard]] static Result<SchemaChange> migrateServer(const QString& address,
                                                            const QString& password);
    [[nodiscard]] static Result<SchemaChange> migrateFile(const QString& path);
    // Copies the clinic in the file at `path` into the server database (set up and empty), all
    // or nothing, then checks row counts and contents on both sides.
    [[nodiscard]] static Result<std::vector<CopiedTable>>
    copyFileToServer(const QString& path, const QString& address, const QString& password,
                     const Progress& progress = {});
};

} // namespace needlechart
