// The box that asks why (a cancellation, a withdrawal, a score entered in error).
#include "needlechart/ui/common/ReasonDialog.h"

#include <QFontMetrics>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

TEST(ReasonDialogTest, the_buttons_say_what_they_do_instead_of_ok_and_cancel)
{
    ReasonDialog dialog(
        QStringLiteral("Cancel the appointment"), QStringLiteral("&Why is it cancelled?"),
        QStringLiteral("&Cancel the appointment"), QStringLiteral("&Keep the appointment"));
    EXPECT_EQ(dialog.confirmButton()->text(), QStringLiteral("&Cancel the appointment"));
    EXPECT_EQ(dialog.backButton()->text(), QStringLiteral("&Keep the appointment"));
}

TEST(ReasonDialogTest, an_empty_reason_cannot_confirm_and_keeps_the_box_open)
{
    ReasonDialog dialog(
        QStringLiteral("Cancel the appointment"), QStringLiteral("&Why is it cancelled?"),
        QStringLiteral("&Cancel the appointment"), QStringLiteral("&Keep the appointment"));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    EXPECT_FALSE(dialog.confirmButton()->isEnabled());
    dialog.reasonEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(dialog.confirmButton()->isEnabled()) << "spaces are no reason";
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(dialog.isVisible());

    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Unwell"));
    EXPECT_TRUE(dialog.confirmButton()->isEnabled());
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(dialog.reason(), QStringLiteral("Unwell"));
}

TEST(ReasonDialogTest, the_box_is_wide_enough_for_its_whole_title)
{
    const QString title = QStringLiteral("Cancel the appointment");
    ReasonDialog dialog(title, QStringLiteral("&Why?"), QStringLiteral("&Cancel the appointment"),
                        QStringLiteral("&Keep the appointment"));
    dialog.show();
    EXPECT_GT(dialog.width(), QFontMetrics(dialog.font()).horizontalAdvance(title) + 100);
}

} // namespace
} // namespace needlechart
