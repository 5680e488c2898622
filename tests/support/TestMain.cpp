// gtest main for every suite: starts a QApplication on the offscreen platform (unless the
// environment picks another) so widget tests never need a display, and puts QStandardPaths and
// QSettings into test mode so no test touches the user's real files.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("NeedleChartTests"));
    QApplication::setApplicationName(QStringLiteral("NeedleChartTests"));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
