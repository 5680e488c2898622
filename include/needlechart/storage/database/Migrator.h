#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/backends/Backend.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace needlechart {

// Applies the numbered SQL files of the database's back end (resources/migrations/sqlite and
// resources/migrations/postgresql, compiled in under :/migrations, named NNNN_description.sql)
// in order, each in its own transaction that also records the schema version NNNN (see
// SqlDialect). A database whose version is above latestVersion() is refused. PostgreSQL
// support begins at schema 8: its first file builds everything SQLite's 0001 to 0008 build.
class Database;

class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };

    explicit Migrator(Database& database);

    [[nodiscard]] static const std::vector<Migration>&
    migrations(Backend backend = Backend::Sqlite);
    // The schema this version of NeedleChart writes (the same on both back ends).
    [[nodiscard]] static int latestVersion();

    [[nodiscard]] Result<int> currentVersion() const;
    // Migrates up to `targetVersion` (default: latest). Returns the version reached.
    [[nodiscard]] Result<int> migrateTo(int targetVersion = -1);

    // Splits a migration file into statements (on ';' outside quotes and comments).
    [[nodiscard]] static QStringList splitStatements(const QString& sql);

private:
    Database& m_database;
};

} // namespace needlechart
