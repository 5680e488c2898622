#pragma once

#include "needlechart/domain/backup/BackupRetention.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace needlechart {

// The clinic's backup settings, one for the clinic (every workstation and the command line read
// the same): where backups go, how often the app takes one, how many the schedule keeps, and the
// public half of the clinic's backup key (BackupKey), set from the passphrase. Without a key,
// backups are taken but not encrypted, and the app says so.
struct BackupSettings {
    static constexpr int DefaultIntervalHours = 4;
    static constexpr int MaxIntervalHours = 24;

    QString folder; // empty: not chosen yet
    int intervalHours = DefaultIntervalHours;
    BackupRetention retention;

    // The clinic's key, as BackupKey::Public keeps it; all empty until a passphrase is set.
    QByteArray keySalt;
    quint64 keyOperations = 0;
    quint64 keyMemoryBytes = 0;
    QByteArray publicKey;

    int rowVersion = 0;
    QDateTime updatedAt;

    [[nodiscard]] bool hasKey() const { return !publicKey.isEmpty(); }
    friend bool operator==(const BackupSettings&, const BackupSettings&) = default;
};

} // namespace needlechart
