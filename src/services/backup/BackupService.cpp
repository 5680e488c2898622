#include "needlechart/services/backup/BackupService.h"

#include "needlechart/domain/backup/BackupSchedule.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/backup/BackupFolder.h"
#include "needlechart/services/backup/BackupRestorer.h"
#include "needlechart/services/backup/BackupWriter.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/backup/BackupRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <limits>

namespace needlechart {
namespace {

std::optional<BackupKey::Public> keyOf(const BackupSettings& settings)
{
    if (!settings.hasKey())
        return std::nullopt;
    BackupKey::Public key;
    key.salt = settings.keySalt;
    key.limits.operations = settings.keyOperations;
    key.limits.memoryBytes = std::size_t(settings.keyMemoryBytes);
    key.publicKey = settings.publicKey;
    return key;
}

} // namespace

BackupService::BackupService(Database& database, BackupRepository& repository,
                             ChangeNotifier& notifier, const Clock& clock, AuditTrail& audit,
                             QString workstation)
    : m_database(database),
      m_repository(repository),
      m_notifier(notifier),
      m_clock(clock),
      m_audit(audit),
      m_workstation(std::move(workstation))
{}

Result<BackupService::Overview> BackupService::overview()
{
    Overview result;
    auto settings = m_repository.settings();
    if (!settings)
        return settings.error();
    result.settings = *settings;
    auto good = m_repository.lastGoodRun();
    if (!good)
        return good.error();
    result.lastGood = *good;
    auto last = m_repository.lastRun();
    if (!last)
        return last.error();
    result.lastAttempt = *last;
    const std::optional<QDateTime> lastGoodAt =
        result.lastGood ? std::optional<QDateTime>(result.lastGood->atUtc) : std::nullopt;
    result.warning = BackupSchedule::warning(result.settings, lastGoodAt, m_clock.nowUtc());
    if (!result.warning && !result.settings.hasKey())
        result.warning = tr("Backups are not encrypted: an admin sets the clinic's backup "
                            "passphrase under File ▸ Clinic settings ▸ Backups.");
    return result;
}

Result<BackupSettings> BackupService::settings(const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::Backups, "read the backup settings");
        !allowed)
        return allowed.error();
    return m_repository.settings();
}

Status BackupService::saveSettings(const BackupSettings& settings, const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::Backups, "change the backup settings");
        !allowed)
        return allowed;
    if (settings.folder.trimmed().isEmpty() || !QDir::isAbsolutePath(settings.folder))
        return Error{ErrorCode::Validation,
                     tr("Choose the folder backups go to (a whole path, such as a USB disk or a "
                        "network share)."),
                     {},
                     {{QStringLiteral("folder"), tr("Choose a folder.")}}};
    if (settings.intervalHours < 1 || settings.intervalHours > BackupSettings::MaxIntervalHours)
        return Error{ErrorCode::Validation,
                     tr("Back up every 1 to %1 hours.").arg(BackupSettings::MaxIntervalHours),
                     {},
                     {{QStringLiteral("intervalHours"), tr("Choose 1 to 24 hours.")}}};
    if (!settings.retention.valid())
        return Error{
            ErrorCode::Validation,
            tr("Keep 1 to %1 daily, weekly and monthly backups.").arg(BackupRetention::MaxCount),
            {},
            {{QStringLiteral("retention"), tr("Choose 1 to 400 of each.")}}};
    const QString folder = QDir::cleanPath(settings.folder.trimmed());
    return store(
        [&](BackupSettings& stored) {
            stored.folder = folder; // the key is not this form's to change
            stored.intervalHours = settings.intervalHours;
            stored.retention = settings.retention;
            stored.rowVersion = settings.rowVersion;
        },
        user, QStringLiteral("backup-settings"));
}

Status BackupService::store(const std::function<void(BackupSettings&)>& change, const User& user,
                            const QString& objectType)
{
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun();
    auto stored = m_repository.settings();
    if (!stored)
        return stored.error();
    BackupSettings toSave = *stored;
    change(toSave);
    if (Status saved = m_repository.saveSettings(toSave, m_clock.nowUtc()); !saved)
        return saved;
    if (Status recorded = m_audit.record(user, AuditAction::SettingsChange, {0, objectType, 0});
        !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed)
        return committed;
    spdlog::info("backup settings saved ({})", objectType.toStdString());
    m_notifier.notify({ChangeEvent::Entity::Clinic, ChangeEvent::Kind::Updated, {}, 0});
    return {};
}

Status BackupService::setPassphrase(const QString& passphrase, const QString& repeated,
                                    const User& user)
{
    if (Status allowed =
            m_audit.permit(user, Permission::Backups, "set the clinic's backup passphrase");
        !allowed)
        return allowed;
    if (passphrase != repeated)
        return Error{ErrorCode::Validation,
                     tr("The two passphrases differ."),
                     {},
                     {{QStringLiteral("repeated"), tr("Type the same passphrase again.")}}};
    auto key = BackupKey::create(passphrase, m_keyLimits); // Validation if too short
    if (!key)
        return key.error();
    return store(
        [&](BackupSettings& stored) {
            stored.keySalt = key->salt;
            stored.keyOperations = key->limits.operations;
            stored.keyMemoryBytes = key->limits.memoryBytes;
            stored.publicKey = key->publicKey;
        },
        user, QStringLiteral("backup-passphrase"));
}

Result<BackupRun> BackupService::run(const BackupSettings& settings, const QString& folder,
                                     const std::optional<BackupKey::Public>& key,
                                     BackupFileName::Kind kind,
                                     const BackupWriter::Progress& progress)
{
    BackupWriter::Request request;
    request.kind = kind;
    request.progress = progress;
    request.folder = folder;
    request.nowUtc = m_clock.nowUtc();
    request.key = key;
    request.workstation = m_workstation;
    request.appVersion = QCoreApplication::applicationVersion();
    auto written = BackupWriter::backup(m_database, request);

    BackupRun entry;
    entry.atUtc = request.nowUtc;
    entry.workstation = m_workstation;
    entry.folder = folder;
    entry.ok = written.ok();
    if (written) {
        entry.fileName = QFileInfo(written->path).fileName();
        entry.bytes = written->bytes;
        entry.patients = written->manifest.patients;
        entry.notes = written->manifest.notes;
    } else {
        entry.problem = written.error().message;
    }
    {
        Transaction tx(m_database);
        if (!tx.begun())
            return tx.begun().error();
        auto id = m_repository.addRun(entry);
        if (!id)
            return id.error();
        entry.id = *id;
        if (Status committed = tx.commit(); !committed)
            return committed.error();
    }
    if (!written) {
        spdlog::error("backup: failed ({})", errorCodeName(written.error().code));
        return entry; // logged; the caller shows entry.problem
    }
    auto pruned = BackupFolder::prune(folder, settings.retention, request.nowUtc);
    if (!pruned)
        spdlog::warn("backup: pruning failed ({})", errorCodeName(pruned.error().code));
    return entry;
}

Result<BackupRun> BackupService::backupNow(const User& user, const BackupWriter::Progress& progress)
{
    if (Status allowed = m_audit.permit(user, Permission::Backups, "back up the clinic"); !allowed)
        return allowed.error();
    auto settings = m_repository.settings();
    if (!settings)
        return settings.error();
    if (settings->folder.isEmpty())
        return Error{ErrorCode::Validation,
                     tr("Choose the backup folder first (File ▸ Clinic settings ▸ Backups)."),
                     {},
                     {{QStringLiteral("folder"), tr("Choose a folder.")}}};
    return auditedRun(*settings, settings->folder, keyOf(*settings), user, progress);
}

Result<BackupRun> BackupService::auditedRun(const BackupSettings& settings, const QString& folder,
                                            const std::optional<BackupKey::Public>& key,
                                            const User& user,
                                            const BackupWriter::Progress& progress)
{
    auto done = run(settings, folder, key, BackupFileName::Kind::Scheduled, progress);
    if (!done)
        return done;
    if (done->ok) {
        Transaction tx(m_database);
        if (!tx.begun())
            return tx.begun().error();
        if (Status recorded =
                m_audit.record(user, AuditAction::Export, {0, QStringLiteral("backup"), done->id});
            !recorded)
            return recorded.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
    }
    return done;
}

Result<std::optional<BackupRun>> BackupService::backupIfDue(bool closing)
{
    auto settings = m_repository.settings();
    if (!settings)
        return settings.error();
    auto good = m_repository.lastGoodRun();
    if (!good)
        return good.error();
    auto last = m_repository.lastRun();
    if (!last)
        return last.error();
    const QDateTime now = m_clock.nowUtc();
    const std::optional<QDateTime> lastGoodAt =
        *good ? std::optional<QDateTime>((*good)->atUtc) : std::nullopt;
    const std::optional<QDateTime> lastAttemptAt =
        *last ? std::optional<QDateTime>((*last)->atUtc) : std::nullopt;
    const bool due = closing ? BackupSchedule::dueOnClose(*settings, lastGoodAt, now)
                             : BackupSchedule::due(*settings, lastGoodAt, lastAttemptAt, now);
    if (!due)
        return std::optional<BackupRun>();
    auto done = run(*settings, settings->folder, keyOf(*settings));
    if (!done)
        return done.error();
    return std::optional<BackupRun>(*done);
}

Result<BackupRun>
BackupService::backupInto(const QString& folder,
                          const std::optional<BackupKey::Public>& keyIfNoClinicKey,
                          const BackupWriter::Progress& progress)
{
    if (Status where = checkFolder(folder); !where)
        return where.error();
    auto settings = m_repository.settings();
    if (!settings)
        return settings.error();
    return run(*settings, QDir::cleanPath(folder),
               settings->hasKey() ? keyOf(*settings) : keyIfNoClinicKey,
               BackupFileName::Kind::Scheduled, progress);
}

Result<BackupRun>
BackupService::backupInto(const QString& folder,
                          const std::optional<BackupKey::Public>& keyIfNoClinicKey,
                          const User& user, const BackupWriter::Progress& progress)
{
    if (Status allowed = m_audit.permit(user, Permission::Backups, "back up the clinic"); !allowed)
        return allowed.error();
    if (Status where = checkFolder(folder); !where)
        return where.error();
    auto settings = m_repository.settings();
    if (!settings)
        return settings.error();
    return auditedRun(*settings, QDir::cleanPath(folder),
                      settings->hasKey() ? keyOf(*settings) : keyIfNoClinicKey, user, progress);
}

Result<BackupService::PreparedRestore>
BackupService::prepareRestore(const QString& backup, const QString& passphrase, const User& user,
                              const BackupWriter::Progress& progress)
{
    const auto step = [&progress](const QString& text) {
        if (progress)
            progress(text);
    };
    if (Status allowed = m_audit.permit(user, Permission::Backups, "restore the clinic"); !allowed)
        return allowed.error();
    if (m_database.backend() != Backend::Sqlite)
        return Error{ErrorCode::Validation,
                     tr("A clinic server is restored into an empty database with \"needlechart "
                        "admin restore\" (see the administration guide), not from a "
                        "workstation."),
                     {},
                     {}};
    auto settings = m_repository.settings();
    if (!settings)
        return settings.error();
    // Checked before anything is written: the passphrase opens it and it is a file's backup.
    step(tr("Checking the backup"));
    if (auto verified = BackupRestorer::verify(backup, passphrase); !verified)
        return verified.error();

    // The records as they are now, kept whatever happens next.
    const QString folder =
        settings->folder.isEmpty() ? QFileInfo(backup).absolutePath() : settings->folder;
    step(tr("Backing up the records as they are"));
    auto before =
        run(*settings, folder, keyOf(*settings), BackupFileName::Kind::BeforeRestore, progress);
    if (!before)
        return before.error();
    if (!before->ok)
        return Error{ErrorCode::Io,
                     tr("Nothing was restored: the current records could not be backed up "
                        "first. %1")
                         .arg(before->problem),
                     {},
                     {}};

    const QFileInfo current(m_database.path());
    const QString restored =
        current.dir().filePath(current.completeBaseName() + QStringLiteral("-restoring-")
                               + m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                               + QStringLiteral("Z.") + current.suffix());
    step(tr("Restoring the backup"));
    auto manifest = BackupRestorer::restoreToNewFile(backup, passphrase, restored);
    if (!manifest)
        return manifest.error();

    const QString detail = QFileInfo(backup).fileName();
    if (Status recorded =
            m_audit.recordAlone(user, AuditAction::Restore, {0, QStringLiteral("backup"), 0},
                                AuditEvent::Outcome::Done, detail);
        !recorded)
        return recorded.error();
    {
        // The restored records say so too: their trail goes on from the backup's moment.
        DatabaseOptions options;
        options.createIfMissing = false;
        auto restoredDb = Database::open(restored, options);
        if (!restoredDb)
            return restoredDb.error();
        // Where and how the clinic backs up is today's choice, not the backup's: a passphrase
        // changed since must not fall back to the old one.
        BackupRepository restoredBackups(**restoredDb);
        auto restoredSettings = restoredBackups.settings();
        if (!restoredSettings)
            return restoredSettings.error();
        BackupSettings kept = *settings;
        kept.rowVersion = restoredSettings->rowVersion;
        if (Status saved = restoredBackups.saveSettings(kept, m_clock.nowUtc()); !saved)
            return saved.error();
        // The log goes on from the backup's: the attempts since (the before-restore one last)
        // describe files that are still in the folder.
        if (Status logged = carryOverRuns(restoredBackups); !logged)
            return logged.error();
        AuditRepository repository(**restoredDb);
        AuditTrail trail(**restoredDb, repository, m_clock, m_workstation);
        if (Status recorded =
                trail.recordAlone(user, AuditAction::Restore, {0, QStringLiteral("backup"), 0},
                                  AuditEvent::Outcome::Done, detail);
            !recorded)
            return recorded.error();
    }
    spdlog::info("backup: restore prepared ({} patients)", manifest->patients);
    return PreparedRestore{restored, QDir(folder).filePath(before->fileName), *manifest};
}

Status BackupService::checkFolder(const QString& folder)
{
    if (folder.isEmpty() || QDir::isRelativePath(folder))
        return Error{ErrorCode::Validation,
                     tr("The backup folder must be a full path, such as /media/backup."),
                     {},
                     {{QStringLiteral("folder"), tr("A full path.")}}};
    return {};
}

Status BackupService::carryOverRuns(BackupRepository& restored)
{
    auto newestThere = restored.lastRun();
    if (!newestThere)
        return newestThere.error();
    auto here = m_repository.recentRuns(std::numeric_limits<int>::max());
    if (!here)
        return here.error();
    for (auto run = here->rbegin(); run != here->rend(); ++run) { // oldest first
        if (*newestThere && run->atUtc <= (*newestThere)->atUtc)
            continue;
        if (auto added = restored.addRun(*run); !added)
            return added.error();
    }
    return {};
}

Result<std::vector<BackupRun>> BackupService::recentRuns(const User& user, int limit)
{
    if (Status allowed = m_audit.permit(user, Permission::Backups, "read the backup log"); !allowed)
        return allowed.error();
    return m_repository.recentRuns(limit);
}

} // namespace needlechart
