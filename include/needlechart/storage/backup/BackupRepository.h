#pragma once

#include "needlechart/domain/backup/BackupRun.h"
#include "needlechart/domain/backup/BackupSettings.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace needlechart {

class Database;

// The clinic's backup settings (one row) and its log of backup attempts.
class BackupRepository {
    Q_DECLARE_TR_FUNCTIONS(BackupRepository)

public:
    explicit BackupRepository(Database& database);

    [[nodiscard]] Result<BackupSettings> settings();
    // Saves against the row version that was read: Conflict if another workstation saved since.
    [[nodiscard]] Status saveSettings(const BackupSettings& settings, const QDateTime& nowUtc);

    // Appends one attempt; returns its id.
    [[nodiscard]] Result<qint64> addRun(const BackupRun& run);
    // The newest attempts first, at most `limit`.
    [[nodiscard]] Result<std::vector<BackupRun>> recentRuns(int limit);
    // The newest good attempt, and the newest attempt of any kind.
    [[nodiscard]] Result<std::optional<BackupRun>> lastGoodRun();
    [[nodiscard]] Result<std::optional<BackupRun>> lastRun();

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    [[nodiscard]] Result<std::optional<BackupRun>> oneRun(const QString& sql);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
