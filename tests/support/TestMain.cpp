// gtest main for every suite: starts a QApplication on the offscreen platform (unless the
// environment picks another) so widget tests never need a display, and puts QStandardPaths and
// QSettings into test mode so no test touches the user's real files.
#include "TestServer.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstdio>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("NeedleChartTests"));
    QApplication::setApplicationName(QStringLiteral("NeedleChartTests"));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    // The test script runs every storage and service test on PostgreSQL too: a run that was
    // meant to, but has no server to run them on, fails rather than passing on SQLite alone.
    if (qEnvironmentVariableIntValue("NEEDLECHART_REQUIRE_POSTGRES") == 1
        && !needlechart::test::TestServer::isConfigured()) {
        std::fputs("NEEDLECHART_REQUIRE_POSTGRES=1 but NEEDLECHART_TEST_POSTGRES is not set: "
                   "start the tests with scripts/test.sh\n",
                   stderr);
        return 1;
    }
    return RUN_ALL_TESTS();
}
