#pragma once

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoAccounts.h"
#include "needlechart/services/demo/DemoSessions.h"
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
    explicit ServicesTest(const QDateTime& start) : clock(start)
    {
        services.backups().setKeyLimits(BackupKey::Limits::minimumForTests());
    }

    // The demo clinic's staff and `patients` made-up patients with their notes (every point on
    // the front view) and appointments, then alex signs in: rows in every table and an audit
    // trail.
    void fillDemoClinic(int patients, quint32 seed)
    {
        auto notes = DemoSessions::populateClinic(
            services, patients, seed,
            [](const MuscleId& muscle, BodySide side) -> std::optional<TriggerPoint> {
                return TriggerPoint(0, BodyView::Anterior, muscle, side, QPointF(0.5, 0.4));
            });
        ASSERT_TRUE(notes.ok()) << notes.error().message.toStdString();
        ASSERT_TRUE(services.accounts().signIn(QStringLiteral("alex"), DemoAccounts::password()));
    }

    TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock;
    ClinicServices services{*db, clock, MuscleCatalogue::builtIn(),
                            PasswordHasher::Limits::minimumForTests()};
};

} // namespace needlechart::test
