#include "needlechart/services/backup/BackupFolder.h"

#include "needlechart/services/backup/BackupFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {

Result<std::vector<BackupFolder::Entry>> BackupFolder::list(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists() || !QFileInfo(folder).isReadable())
        return Error{ErrorCode::Io,
                     tr("The backup folder %1 cannot be read. Check that the disk or the network "
                        "share is connected.")
                         .arg(folder),
                     {},
                     {}};
    std::vector<Entry> entries;
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*") + QLatin1String(BackupFileName::Suffix)}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : files) {
        auto name = BackupFileName::parse(file.fileName());
        if (!name)
            continue;
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.name = *name;
        entry.bytes = file.size();
        auto header = BackupFile::readHeader(entry.path);
        if (header) {
            entry.manifest = header->manifest;
            entry.encrypted = header->encrypted();
        } else {
            entry.problem = header.error().message;
        }
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name.createdUtc > b.name.createdUtc; });
    return entries;
}

Result<std::vector<QString>> BackupFolder::prune(const QString& folder,
                                                 const BackupRetention& retention,
                                                 const QDateTime& nowUtc)
{
    if (!retention.valid())
        return Error{ErrorCode::Validation, tr("The backup schedule is not valid."), {}, {}};
    auto entries = list(folder);
    if (!entries)
        return entries.error();
    std::vector<QDateTime> times;
    for (const Entry& entry : *entries)
        if (entry.name.kind == BackupFileName::Kind::Scheduled && entry.problem.isEmpty())
            times.push_back(entry.name.createdUtc);
    const std::vector<QDateTime> prunable = retention.prunable(times);

    std::vector<QString> removed;
    for (const Entry& entry : *entries) {
        if (entry.name.kind != BackupFileName::Kind::Scheduled || !entry.problem.isEmpty())
            continue;
        if (std::find(prunable.begin(), prunable.end(), entry.name.createdUtc) == prunable.end())
            continue;
        if (!QFile::remove(entry.path))
            return Error{ErrorCode::Io,
                         tr("An old backup could not be removed: %1.").arg(entry.path),
                         {},
                         {}};
        removed.push_back(entry.path);
    }
    // What a cut-off backup left: never under a backup's name, and of no use after a day.
    const QString partialPattern = QStringLiteral("*") + QLatin1String(BackupFileName::Suffix)
                                   + QLatin1String(BackupFileName::PartialSuffix);
    for (const QFileInfo& file : QDir(folder).entryInfoList({partialPattern}, QDir::Files)) {
        if (file.lastModified().toUTC().secsTo(nowUtc) > 24 * 60 * 60
            && QFile::remove(file.absoluteFilePath()))
            removed.push_back(file.absoluteFilePath());
    }
    if (!removed.empty())
        spdlog::info("backup: pruned {} files", removed.size());
    return removed;
}

} // namespace needlechart
