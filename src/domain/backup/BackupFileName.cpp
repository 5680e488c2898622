#include "needlechart/domain/backup/BackupFileName.h"

#include <QRegularExpression>

namespace needlechart {
namespace {

const QString Prefix = QStringLiteral("needlechart-");
const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString BeforeRestore = QStringLiteral("-before-restore");

} // namespace

QString BackupFileName::fileName() const
{
    return Prefix + createdUtc.toUTC().toString(TimeFormat) + QLatin1Char('Z')
           + (kind == Kind::BeforeRestore ? BeforeRestore : QString()) + QLatin1String(Suffix);
}

std::optional<BackupFileName> BackupFileName::parse(const QString& fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^needlechart-(\\d{8})-(\\d{6})Z(-before-restore)?\\.ncbackup$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    // Read as UTC from the start: as local time, an hour skipped by a clock change would not
    // exist.
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return BackupFileName{QDateTime(date, time, Qt::UTC),
                          match.capturedLength(3) > 0 ? Kind::BeforeRestore : Kind::Scheduled};
}

} // namespace needlechart
