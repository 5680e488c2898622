#pragma once

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/database/Database.h"

#include "TempDatabase.h"
#include "TestServer.h"

#include <memory>

namespace needlechart::test {

// A service test's ground: every service of the app on a new temporary database of the back end
// the test runs on, a clock fixed at `start` that the test moves, and the password limits kept
// low for tests (a hash in milliseconds, not a fifth of a second).
class ServicesTest : public BackendTest {
protected:
    explicit ServicesTest(const QDateTime& start) : clock(start) {}

    TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock;
    ClinicServices services{*db, clock, MuscleCatalogue::builtIn(),
                            PasswordHasher::Limits::minimumForTests()};
};

} // namespace needlechart::test
