#include "needlechart/services/admin/ClinicAdministration.h"

#include "needlechart/storage/backends/ServerAddress.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/DatabaseCopy.h"
#include "needlechart/storage/database/Migrator.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

Result<ServerAddress> addressWith(const QString& text, const QString& password)
{
    auto address = ServerAddress::parse(text);
    if (address && !password.isEmpty())
        address->setPassword(password);
    return address;
}

// The schema version of a server database without changing it (0: not set up).
Result<int> serverVersion(const ServerAddress& address)
{
    DatabaseOptions look;
    look.migrate = false;
    auto opened = Database::openServer(address, look);
    if (opened)
        return (*opened)->schemaVersion();
    if (opened.error().code == ErrorCode::SchemaNotReady
        && opened.error().message.contains(QStringLiteral("init-server")))
        return 0;
    if (opened.error().code == ErrorCode::SchemaNotReady)
        return -1; // older: the version is read again once the upgrade is done
    return opened.error();
}

// Opens the server database with migrations on (building or upgrading the schema) and reads the
// version it ends at.
Result<int> migrateAndReadVersion(const ServerAddress& address)
{
    auto opened = Database::openServer(address);
    if (!opened)
        return opened.error();
    return (*opened)->schemaVersion();
}

} // namespace

Result<ClinicAdministration::SchemaChange> ClinicAdministration::initServer(const QString& text,
                                                                            const QString& password)
{
    auto address = addressWith(text, password);
    if (!address)
        return address.error();
    auto before = serverVersion(*address);
    if (!before)
        return before.error();
    if (*before != 0)
        return Error{ErrorCode::SchemaNotReady,
                     tr("%1 is already set up for NeedleChart. To upgrade it, use: needlechart "
                        "admin migrate ADDRESS")
                         .arg(address->displayName()),
                     {},
                     {}};
    auto after = migrateAndReadVersion(*address);
    if (!after)
        return after.error();
    spdlog::info("admin: server database set up at schema {}", *after);
    return SchemaChange{0, *after};
}

Result<ClinicAdministration::SchemaChange>
ClinicAdministration::migrateServer(const QString& text, const QString& password)
{
    auto address = addressWith(text, password);
    if (!address)
        return address.error();
    auto before = serverVersion(*address);
    if (!before)
        return before.error();
    if (*before == 0)
        return Error{ErrorCode::SchemaNotReady,
                     tr("%1 has not been set up for NeedleChart yet: use needlechart admin "
                        "init-server ADDRESS")
                         .arg(address->displayName()),
                     {},
                     {}};
    auto after = migrateAndReadVersion(*address);
    if (!after)
        return after.error();
    spdlog::info("admin: server database at schema {}", *after);
    return SchemaChange{*before < 0 ? 0 : *before, *after};
}

Result<ClinicAdministration::SchemaChange> ClinicAdministration::migrateFile(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{ErrorCode::Io, tr("%1 does not exist.").arg(path), {}, {}};
    DatabaseOptions look;
    look.migrate = false;
    look.createIfMissing = false;
    int before = 0;
    {
        auto opened = Database::open(path, look);
        if (!opened)
            return opened.error();
        auto version = (*opened)->schemaVersion();
        if (!version)
            return version.error();
        before = *version;
    }
    DatabaseOptions upgrade;
    upgrade.createIfMissing = false;
    auto opened = Database::open(path, upgrade);
    if (!opened)
        return opened.error();
    auto after = (*opened)->schemaVersion();
    if (!after)
        return after.error();
    return SchemaChange{before, *after};
}

Result<std::vector<ClinicAdministration::CopiedTable>>
ClinicAdministration::copyFileToServer(const QString& path, const QString& text,
                                       const QString& password, const Progress& progress)
{
    if (!QFileInfo::exists(path))
        return Error{ErrorCode::Io, tr("%1 does not exist.").arg(path), {}, {}};
    auto address = addressWith(text, password);
    if (!address)
        return address.error();
    DatabaseOptions existing;
    existing.createIfMissing = false;
    auto from = Database::open(path, existing);
    if (!from)
        return from.error();
    DatabaseOptions workstation;
    workstation.migrate = false;
    auto to = Database::openServer(*address, workstation);
    if (!to)
        return to.error();
    auto copied = DatabaseCopy::copy(**from, **to, progress);
    if (!copied)
        return copied.error();
    std::vector<CopiedTable> tables;
    for (const DatabaseCopy::TableResult& table : *copied)
        tables.push_back({table.table, table.rows});
    return tables;
}

} // namespace needlechart
