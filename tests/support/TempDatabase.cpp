#include "TempDatabase.h"

#include <QFile>

#include <gtest/gtest.h>

namespace needlechart::test {

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("needlechart-test.db")))
{
    EXPECT_TRUE(m_dir.isValid());
}

std::unique_ptr<Database> TempDatabase::open(const DatabaseOptions& options) const
{
    auto db = Database::open(m_path, options);
    if (!db.ok()) {
        ADD_FAILURE() << "could not open test database: " << db.error().message.toStdString()
                      << " / " << db.error().detail.toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

QByteArray readFileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace needlechart::test
