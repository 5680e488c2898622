#pragma once

#include "needlechart/domain/backup/BackupFileName.h"
#include "needlechart/domain/backup/BackupManifest.h"
#include "needlechart/domain/backup/BackupRun.h"
#include "needlechart/domain/backup/BackupSettings.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/services/backup/BackupKey.h"
#include "needlechart/services/backup/BackupWriter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace needlechart {

class AuditTrail;
class BackupRepository;
class ChangeNotifier;
class Clock;
class Database;

// The clinic's backups as use cases: its settings and passphrase (admins), a backup now
// (admins), the app's automatic backups (BackupSchedule decides; no one needs to be signed in),
// and the status every workstation shows. Every attempt, good or failed, is logged
// (backup_run); after a good one the folder is pruned by the clinic's schedule.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    struct Overview {
        BackupSettings settings;
        std::optional<BackupRun> lastGood;
        std::optional<BackupRun> lastAttempt;
        std::optional<QString> warning; // BackupSchedule::warning, or "not encrypted"
    };

    BackupService(Database& database, BackupRepository& repository, ChangeNotifier& notifier,
                  const Clock& clock, AuditTrail& audit, QString workstation);

    // How long deriving the clinic's key takes (BackupKey::Limits::moderate() unless a test
    // asks for less).
    void setKeyLimits(BackupKey::Limits limits) { m_keyLimits = limits; }

    // What the status bar, the start-up check and the settings page show. Holds no patient
    // data, so anyone signed in may read it.
    [[nodiscard]] Result<Overview> overview();

    [[nodiscard]] Result<BackupSettings> settings(const User& user);
    // Saves the folder, interval and schedule (the key is set by setPassphrase only). Validation
    // names the field; Conflict if another workstation saved since `settings` was read.
    [[nodiscard]] Status saveSettings(const BackupSettings& settings, const User& user);
    // Sets or changes the clinic's backup passphrase: a new key pair, whose public half is kept.
    // Backups made before keep their old passphrase. `repeated` must match.
    [[nodiscard]] Status setPassphrase(const QString& passphrase, const QString& repeated,
                                       const User& user);

    // One backup now, into the clinic's folder, then pruning. Audited. `progress` hears each
    // step as it starts (the Backups tab shows them while the admin waits).
    [[nodiscard]] Result<BackupRun> backupNow(const User& user,
                                              const BackupWriter::Progress& progress = {});
    // The automatic backup, if BackupSchedule says one is due (or, on close, dueOnClose):
    // nothing if not due, else the attempt as logged (ok or not).
    [[nodiscard]] Result<std::optional<BackupRun>> backupIfDue(bool closing = false);

    // `needlechart admin backup` (the machine's administrator, from a terminal or cron): one
    // backup into `folder`, encrypted for the clinic's key, or for `keyIfNoClinicKey` while the
    // clinic has none; logged and pruned by the clinic's schedule like the app's.
    // `progress` hears each step as it starts (the command shows it on a terminal).
    [[nodiscard]] Result<BackupRun>
    backupInto(const QString& folder, const std::optional<BackupKey::Public>& keyIfNoClinicKey,
               const BackupWriter::Progress& progress = {});
    // The same for `needlechart admin backup --login NAME`: admins only, audited as theirs.
    [[nodiscard]] Result<BackupRun>
    backupInto(const QString& folder, const std::optional<BackupKey::Public>& keyIfNoClinicKey,
               const User& user, const BackupWriter::Progress& progress = {});

    // File ▸ Restore from backup… on a clinic file (admins; audited here and in the restored
    // records): takes a before-restore backup of the records as they are (never pruned),
    // restores `backup` as a new file beside the clinic's and checks it. The app then closes,
    // puts it in place (BackupRestorer::putInPlace) and starts again on it. Nothing of the
    // current records changes here. On a clinic server: Validation (restore into an empty
    // database with `needlechart admin restore`).
    struct PreparedRestore {
        QString restoredPath;
        QString beforeRestorePath;
        BackupManifest manifest;
    };
    // `progress` hears each step as it starts.
    [[nodiscard]] Result<PreparedRestore>
    prepareRestore(const QString& backup, const QString& passphrase, const User& user,
                   const BackupWriter::Progress& progress = {});

    // The log, newest first.
    [[nodiscard]] Result<std::vector<BackupRun>> recentRuns(const User& user, int limit = 50);

private:
    // One change to the stored settings in one transaction, against their row version, audited
    // as a change of `objectType`.
    [[nodiscard]] Status store(const std::function<void(BackupSettings&)>& change, const User& user,
                               const QString& objectType);
    // `run`, then (if good) an Export of the backup audited for `user`.
    [[nodiscard]] Result<BackupRun> auditedRun(const BackupSettings& settings,
                                               const QString& folder,
                                               const std::optional<BackupKey::Public>& key,
                                               const User& user,
                                               const BackupWriter::Progress& progress = {});
    // Validation unless `folder` is a full path.
    [[nodiscard]] static Status checkFolder(const QString& folder);
    // Appends to a restored database's log the attempts logged here after its newest one.
    [[nodiscard]] Status carryOverRuns(BackupRepository& restored);
    [[nodiscard]] Result<BackupRun> run(const BackupSettings& settings, const QString& folder,
                                        const std::optional<BackupKey::Public>& key,
                                        BackupFileName::Kind kind = BackupFileName::Kind::Scheduled,
                                        const BackupWriter::Progress& progress = {});

    Database& m_database;
    BackupRepository& m_repository;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    AuditTrail& m_audit;
    QString m_workstation;
    BackupKey::Limits m_keyLimits = BackupKey::Limits::moderate();
};

} // namespace needlechart
