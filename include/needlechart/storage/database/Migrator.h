#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace needlechart {

// Applies the numbered SQL files under resources/migrations (compiled in as :/migrations,
// named NNNN_description.sql) in order, each in its own transaction that also sets
// PRAGMA user_version to NNNN. A file whose user_version is above latestVersion() is refused.
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

    [[nodiscard]] static const std::vector<Migration>& migrations();
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
