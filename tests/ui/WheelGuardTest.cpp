// The mouse wheel over a combo box or spin box that nobody clicked into scrolls the form around
// it instead of changing the value: bare widgets in a scroll area, offscreen.
#include "needlechart/ui/common/WheelGuard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

// One notch of a wheel turned towards the person: scrolls down, steps a value down.
void wheelDownOn(QWidget& widget)
{
    const QPointF centre = QRectF(widget.rect()).center();
    QWheelEvent wheel(centre, widget.mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &wheel);
}

class WheelGuardTest : public ::testing::Test {
protected:
    WheelGuard guard;
    QScrollArea area;
    QComboBox* combo = nullptr;
    QSpinBox* spin = nullptr;
    QDateEdit* date = nullptr;

    void SetUp() override
    {
        auto* form = new QWidget;
        auto* layout = new QVBoxLayout(form);
        // The first field takes the window's focus, as in a form, so the others start without.
        auto* first = new QLineEdit(form);
        layout->addWidget(first);
        combo = new QComboBox(form);
        combo->addItems(
            {QStringLiteral("Prone"), QStringLiteral("Supine"), QStringLiteral("Half-lying")});
        spin = new QSpinBox(form);
        spin->setRange(0, 10);
        spin->setValue(5);
        date = new QDateEdit(QDate(2024, 6, 3), form);
        layout->addWidget(combo);
        layout->addWidget(spin);
        layout->addWidget(date);
        layout->addSpacing(2000); // far taller than the area: it scrolls
        area.setWidget(form);
        area.setWidgetResizable(true);
        area.resize(300, 200);
        area.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&area));
        ASSERT_GT(area.verticalScrollBar()->maximum(), 0);
        first->setFocus();
    }

    void focus(QWidget& widget)
    {
        area.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&area));
        widget.setFocus(Qt::MouseFocusReason);
        ASSERT_TRUE(widget.hasFocus());
    }
};

TEST_F(WheelGuardTest, a_combo_box_without_focus_keeps_its_value_and_the_area_scrolls)
{
    ASSERT_FALSE(combo->hasFocus());
    wheelDownOn(*combo);
    EXPECT_EQ(combo->currentIndex(), 0);
    EXPECT_GT(area.verticalScrollBar()->value(), 0);
}

TEST_F(WheelGuardTest, a_spin_box_without_focus_keeps_its_value_and_the_area_scrolls)
{
    ASSERT_FALSE(spin->hasFocus());
    wheelDownOn(*spin);
    EXPECT_EQ(spin->value(), 5);
    EXPECT_GT(area.verticalScrollBar()->value(), 0);
}

TEST_F(WheelGuardTest, a_date_field_without_focus_keeps_its_date_and_the_area_scrolls)
{
    wheelDownOn(*date);
    EXPECT_EQ(date->date(), QDate(2024, 6, 3));
    EXPECT_GT(area.verticalScrollBar()->value(), 0);
}

TEST_F(WheelGuardTest, a_combo_box_with_focus_changes_with_the_wheel_and_the_area_stays)
{
    focus(*combo);
    wheelDownOn(*combo);
    EXPECT_EQ(combo->currentIndex(), 1);
    EXPECT_EQ(area.verticalScrollBar()->value(), 0);
}

TEST_F(WheelGuardTest, a_spin_box_with_focus_changes_with_the_wheel_and_the_area_stays)
{
    focus(*spin);
    wheelDownOn(*spin);
    EXPECT_EQ(spin->value(), 4);
    EXPECT_EQ(area.verticalScrollBar()->value(), 0);
}

TEST_F(WheelGuardTest, combo_and_spin_boxes_take_focus_from_a_click_or_tab_but_not_the_wheel)
{
    EXPECT_EQ(combo->focusPolicy(), Qt::StrongFocus);
    EXPECT_EQ(spin->focusPolicy(), Qt::StrongFocus);
    EXPECT_EQ(date->focusPolicy(), Qt::StrongFocus);
}

TEST_F(WheelGuardTest, widgets_made_before_the_guard_lose_wheel_focus_too)
{
    QComboBox earlier;
    earlier.ensurePolished();
    earlier.setFocusPolicy(Qt::WheelFocus); // as Qt leaves a combo polished with no guard about
    const WheelGuard another;
    EXPECT_EQ(earlier.focusPolicy(), Qt::StrongFocus);
}

} // namespace
} // namespace needlechart
