#pragma once

namespace needlechart {

// Which database a clinic's data lives in: an SQLite file on this computer (one workstation,
// zero set-up, the default) or a PostgreSQL server that several workstations share.
enum class Backend { Sqlite, PostgreSql };

// "sqlite" or "postgresql", for logs and test names.
[[nodiscard]] const char* backendName(Backend backend);

} // namespace needlechart
