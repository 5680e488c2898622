#pragma once

#include <QString>

namespace needlechart {

// Folders for what is nobody else's business (the database, the logs): like QDir::mkpath, but
// every folder it has to create is 0700. Folders that exist keep the permissions their owner
// chose.
class PrivateFolders {
public:
    // True when `folder` exists afterwards; on false, the path returned by `failedAt` (if
    // given) is the first folder that could not be created.
    [[nodiscard]] static bool create(const QString& folder, QString* failedAt = nullptr);
};

} // namespace needlechart
