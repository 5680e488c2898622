#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/database/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace needlechart::test {

// A folder that lives as long as the test, with a database file path inside it.
class TempDatabase {
public:
    TempDatabase();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // Opens (creating and migrating) the file; fails the current test if that fails.
    [[nodiscard]] std::unique_ptr<Database> open(const DatabaseOptions& options = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// Reads a whole file, for byte-for-byte comparisons.
[[nodiscard]] QByteArray readFileBytes(const QString& path);

} // namespace needlechart::test
