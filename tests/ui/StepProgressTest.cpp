#include "needlechart/ui/common/StepProgress.h"

#include <QPushButton>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

TEST(StepProgressTest, quick_work_shows_no_dialog)
{
    QWidget window;
    StepProgress progress(&window, QStringLiteral("Backing up"), 0, 60'000);
    progress.step(QStringLiteral("Copying the records"));
    EXPECT_FALSE(progress.dialog().isVisible()) << "only work past the threshold shows progress";
}

TEST(StepProgressTest, slow_work_shows_each_step_and_fills_the_bar_without_a_cancel_button)
{
    QWidget window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    StepProgress progress(&window, QStringLiteral("Backing up"), 3, 0);
    progress.step(QStringLiteral("Copying the records"));
    ASSERT_TRUE(progress.dialog().isVisible());
    EXPECT_EQ(progress.dialog().labelText(), QStringLiteral("Copying the records"));
    auto report = progress.callback();
    report(QStringLiteral("Checking the copy"));
    report(QStringLiteral("Reading the backup back"));
    EXPECT_EQ(progress.dialog().labelText(), QStringLiteral("Reading the backup back"));
    EXPECT_EQ(progress.dialog().value(), 2);
    EXPECT_FALSE(progress.dialog().findChild<QPushButton*>()) << "stopping half-way is not offered";
}

} // namespace
} // namespace needlechart
