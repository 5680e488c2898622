#include "needlechart/storage/database/DatabaseCreator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>

namespace needlechart {
namespace {

Error fileError(const QString& message)
{
    return Error{ErrorCode::Io, message, {}, {}};
}

bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void removeWithSideFiles(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool processIsGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

void DatabaseCreator::removeLeftovers(const QString& path)
{
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    const QRegularExpression pattern(QStringLiteral("^%1\\.new-(\\d+)-\\d+(-journal|-wal|-shm)?$")
                                         .arg(QRegularExpression::escape(target.fileName())));
    const QStringList candidates = folder.entryList({target.fileName() + QStringLiteral(".new-*")},
                                                    QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : candidates) {
        const auto match = pattern.match(name);
        if (match.hasMatch() && processIsGone(match.captured(1).toLongLong())
            && QFile::remove(folder.filePath(name)))
            spdlog::info("database: removed what an interrupted creation left");
    }
}

Status DatabaseCreator::create(const QString& path, const Builder& build)
{
    removeLeftovers(path);
    static std::atomic<int> counter{0};
    const QString temp = QStringLiteral("%1.new-%2-%3").arg(path).arg(::getpid()).arg(++counter);
    {
        // Patient data is the owner's only: the file is 0600 before SQLite writes to it, and
        // SQLite gives its -wal, -shm and journal the same bits.
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fileError(
                tr("The database %1 could not be created: %2").arg(path, file.errorString()));
    }
    if (Status built = build(temp); !built.ok()) {
        removeWithSideFiles(temp);
        return built;
    }
    if (!syncPath(temp, O_RDONLY)) {
        removeWithSideFiles(temp);
        return fileError(tr("The database %1 could not be written to the disk.").arg(path));
    }
    // link() puts the finished file in place only if nothing has that name yet (unlike
    // rename(), which would replace a database another workstation just made).
    const QByteArray from = QFile::encodeName(temp);
    const QByteArray to = QFile::encodeName(path);
    if (::link(from.constData(), to.constData()) != 0) {
        const int error = errno;
        if (error == EEXIST) {
            removeWithSideFiles(temp);
            spdlog::info("database: created meanwhile by another process; opening that one");
            return {};
        }
        // File systems without hard links (FAT on a stick): rename, having checked first.
        if (QFileInfo::exists(path) || ::rename(from.constData(), to.constData()) != 0) {
            removeWithSideFiles(temp);
            return fileError(tr("The database %1 could not be created.").arg(path));
        }
    } else {
        ::unlink(from.constData());
    }
    syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
    spdlog::info("database: created");
    return {};
}

} // namespace needlechart
