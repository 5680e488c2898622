#include "needlechart/services/common/FileHealthCheck.h"

#include "needlechart/storage/database/DatabaseCheck.h"

namespace needlechart {

Status FileHealthCheck::run(const QString& databasePath)
{
    return DatabaseCheck::quickCheck(databasePath);
}

bool FileHealthCheck::isDue(const std::optional<QDate>& lastRun, const QDate& today)
{
    return !lastRun || !lastRun->isValid() || *lastRun < today;
}

} // namespace needlechart
