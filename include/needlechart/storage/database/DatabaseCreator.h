#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace needlechart {

// Creates a new database file all at once: the schema is built in a private file beside the
// target ("<name>.new-<pid>-<n>"), synced, and then linked into place under the target's name,
// which never names a file that is half made. A kill at any moment leaves either no database
// (the next start creates it) or a whole one, never a file with a hot journal that every later
// start refuses. Files a killed creation left beside are removed on the next creation or open.
class DatabaseCreator {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCreator)

public:
    // Builds the schema into a file: given the private file's path, creates and closes the
    // database there (Database::open supplies it; this class only handles files).
    using Builder = std::function<Status(const QString& path)>;

    // Creates `path` with `build`. If another process created it meanwhile, leaves that one
    // alone and succeeds: the caller opens whatever is there.
    [[nodiscard]] static Status create(const QString& path, const Builder& build);

    // Removes what killed creations of `path` left beside it (their processes are gone).
    static void removeLeftovers(const QString& path);
};

} // namespace needlechart
