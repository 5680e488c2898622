#pragma once

#include "needlechart/storage/backends/Backend.h"
#include "needlechart/storage/backends/ServerAddress.h"

#include <QString>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace needlechart::test {

// The throwaway PostgreSQL cluster of a test run. scripts/test.sh starts it and exports
// NEEDLECHART_TEST_POSTGRES, a libpq keyword string for its maintenance database
// ("host=/tmp/needlechart-pg.XXXX port=5432 user=postgres dbname=postgres"). Every storage and
// service test runs once per back end; without that variable the PostgreSQL instances are not
// generated (a developer's quick run), and NEEDLECHART_REQUIRE_POSTGRES=1 (set by the test
// script) makes every suite fail at start instead.
class TestServer {
public:
    // True if NEEDLECHART_TEST_POSTGRES is set.
    [[nodiscard]] static bool isConfigured();
    // The maintenance database's address (fails the test if not configured).
    [[nodiscard]] static ServerAddress maintenanceAddress();
    // Makes an empty schema of its own for one test and returns an address whose search_path
    // is that schema: tests run side by side without seeing each other's rows.
    [[nodiscard]] static ServerAddress createSchema(QString* schemaName);
    // Drops what createSchema made.
    static void dropSchema(const QString& schemaName);
    // Runs one statement on the maintenance database; the driver's error text, empty on success.
    [[nodiscard]] static QString runAsAdmin(const QString& sql);
};

// The back ends a storage or service suite is instantiated for.
[[nodiscard]] std::vector<Backend> testedBackends();

// For INSTANTIATE_TEST_SUITE_P: "Sqlite" / "PostgreSql".
struct BackendName {
    std::string operator()(const ::testing::TestParamInfo<Backend>& info) const;
};

// The base of every fixture that runs on both back ends.
class BackendTest : public ::testing::TestWithParam<Backend> {
protected:
    [[nodiscard]] bool onServer() const { return GetParam() == Backend::PostgreSql; }
};

} // namespace needlechart::test

// Instantiates a BackendTest fixture on every tested back end.
#define NEEDLECHART_ON_EVERY_BACKEND(Fixture)                                                      \
    INSTANTIATE_TEST_SUITE_P(Backends, Fixture,                                                    \
                             ::testing::ValuesIn(::needlechart::test::testedBackends()),           \
                             ::needlechart::test::BackendName())
