#include "ContentCheck.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/DatabaseCheck.h"

#include <QProcess>

#include <spdlog/spdlog.h>

namespace needlechart {

Result<DatabaseSnapshot::Counts> ContentCheck::checkFile(const QString& path)
{
    if (Status pages = DatabaseCheck::quickCheck(path); !pages.ok())
        return pages.error();
    DatabaseOptions options;
    options.createIfMissing = false;
    options.migrate = false; // a check changes nothing, an older backup's schema included
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    auto orphans = DatabaseSnapshot::foreignKeyViolations(**db);
    if (!orphans)
        return orphans.error();
    if (*orphans != 0) {
        spdlog::error("backup check: {} rows point at missing rows", *orphans);
        return Error{
            ErrorCode::Corrupt,
            tr("%n record(s) point at records that are not there.", nullptr, int(*orphans)),
            {},
            {}};
    }
    if (Status audit = checkAudit(**db); !audit.ok())
        return audit.error();
    return DatabaseSnapshot::counts(**db);
}

Status ContentCheck::checkAudit(Database& db)
{
    // The trail's check needs the services' wiring; the password limits are irrelevant here
    // (nothing signs in), so the cheapest.
    SystemClock clock;
    ClinicServices services(db, clock, MuscleCatalogue::builtIn(),
                            PasswordHasher::Limits::minimumForTests());
    auto audit = services.verifyAudit();
    if (!audit)
        return audit.error();
    if (!audit->intact()) {
        spdlog::error("backup check: audit chain broken at row {}", audit->firstBadId);
        return Error{ErrorCode::Corrupt,
                     tr("The audit trail does not hold: %1 (row %2).")
                         .arg(audit->problem)
                         .arg(audit->firstBadId),
                     {},
                     {}};
    }
    return {};
}

Status ContentCheck::checkServerDump(const QString& path)
{
    QProcess list;
    list.setStandardOutputFile(QProcess::nullDevice());
    list.start(QStringLiteral("pg_restore"), {QStringLiteral("--list"), path});
    if (!list.waitForStarted())
        return Error{ErrorCode::Io,
                     tr("pg_restore could not be started to check the dump. Install PostgreSQL's "
                        "client programs (Debian: postgresql-client)."),
                     list.errorString(),
                     {}};
    list.waitForFinished(-1);
    if (list.exitStatus() != QProcess::NormalExit || list.exitCode() != 0)
        return Error{ErrorCode::BackupDamaged,
                     tr("The database dump in the backup cannot be read."),
                     QString::fromLocal8Bit(list.readAllStandardError()).trimmed(),
                     {}};
    return {};
}

Status ContentCheck::matchesManifest(const DatabaseSnapshot::Counts& counts,
                                     const BackupManifest& manifest, const QString& backupPath)
{
    if (counts.schemaVersion == manifest.schemaVersion && counts.patients == manifest.patients
        && counts.notes == manifest.notes && counts.signedNotes == manifest.signedNotes
        && counts.auditRows == manifest.auditRows && counts.auditHead == manifest.auditHead)
        return {};
    spdlog::error("backup check: content does not match its manifest");
    return Error{ErrorCode::BackupDamaged,
                 tr("The backup %1 is damaged: its content is not what it says it holds "
                    "(patients, notes or the audit trail differ). Use another backup.")
                     .arg(backupPath),
                 {},
                 {}};
}

void ContentCheck::describe(BackupManifest& manifest, const DatabaseSnapshot::Counts& counts)
{
    manifest.schemaVersion = counts.schemaVersion;
    manifest.patients = counts.patients;
    manifest.notes = counts.notes;
    manifest.signedNotes = counts.signedNotes;
    manifest.auditRows = counts.auditRows;
    manifest.auditHead = counts.auditHead;
}

} // namespace needlechart
