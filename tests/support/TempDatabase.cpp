#include "TempDatabase.h"

#include "RawConnection.h"
#include "TestServer.h"

#include <QFile>

#include <gtest/gtest.h>

namespace needlechart::test {

TempDatabase::TempDatabase(Backend backend) : m_backend(backend)
{
    EXPECT_TRUE(m_dir.isValid());
    if (m_backend == Backend::Sqlite)
        m_path = m_dir.filePath(QStringLiteral("needlechart-test.db"));
    else
        m_server = TestServer::createSchema(&m_schema);
}

TempDatabase::~TempDatabase()
{
    if (!m_schema.isEmpty())
        TestServer::dropSchema(m_schema);
}

QString TempDatabase::location() const
{
    return m_backend == Backend::Sqlite ? m_path : m_server.connectionString();
}

Result<std::unique_ptr<Database>> TempDatabase::tryOpen(const DatabaseOptions& options) const
{
    if (m_backend == Backend::Sqlite)
        return Database::open(m_path, options);
    return Database::openServer(m_server, options);
}

std::unique_ptr<Database> TempDatabase::open(const DatabaseOptions& options) const
{
    auto db = tryOpen(options);
    if (!db.ok()) {
        ADD_FAILURE() << "could not open test database: " << db.error().message.toStdString()
                      << " / " << db.error().detail.toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

std::unique_ptr<RawConnection> TempDatabase::raw(const QString& sqliteOptions) const
{
    if (m_backend == Backend::Sqlite)
        return std::make_unique<RawConnection>(m_path, sqliteOptions);
    return std::make_unique<RawConnection>(m_server);
}

Result<std::unique_ptr<Database>> openLocation(const QString& location,
                                               const DatabaseOptions& options)
{
    if (location.startsWith(QLatin1Char('/')))
        return Database::open(location, options);
    auto address = ServerAddress::parse(location);
    if (!address.ok())
        return address.error();
    return Database::openServer(*address, options);
}

QByteArray readFileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace needlechart::test
