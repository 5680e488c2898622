#include "needlechart/ui/BodyMapWidget.h"

#include "needlechart/domain/TriggerPointSet.h"
#include "needlechart/ui/BodyMapArtwork.h"
#include "needlechart/ui/TriggerPointEditor.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

// The posterior view shown at 500x800 on the offscreen platform, driven by real mouse and key
// events.
class BodyMapWidgetTest : public ::testing::Test {
protected:
    TriggerPointSet points;
    QUndoStack stack;
    TriggerPointEditor editor{points, stack};
    BodyMapWidget widget{BodyMapArtwork::builtIn(BodyView::Posterior), editor};

    void SetUp() override
    {
        widget.resize(500, 800);
        widget.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    }

    // Where the middle of `muscle` is drawn now, in whole widget pixels.
    QPoint on(const char* muscle, BodySide side = BodySide::Left) const
    {
        const auto point = widget.geometry().interiorPoint(QString::fromLatin1(muscle), side);
        EXPECT_TRUE(point.has_value()) << muscle;
        return widget.toWidget(point.value_or(QPointF())).toPoint();
    }

    QPoint markerOf(TriggerPointKey key) const
    {
        return widget.toWidget(points.find(key)->position).toPoint();
    }

    // Presses on `from`, moves to `to` in small steps and releases, as a hand would.
    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(&widget, Qt::LeftButton, {}, from);
        constexpr int Steps = 12;
        for (int i = 1; i <= Steps; ++i)
            QTest::mouseMove(&widget, from + (to - from) * i / Steps);
        QTest::mouseRelease(&widget, Qt::LeftButton, {}, to);
    }

    TriggerPointKey clickToAdd(const char* muscle)
    {
        QSignalSpy added(&widget, &BodyMapWidget::pointAdded);
        QTest::mouseClick(&widget, Qt::LeftButton, {}, on(muscle));
        EXPECT_EQ(added.count(), 1) << muscle;
        return added.isEmpty() ? 0 : added.first().first().toInt();
    }
};

TEST_F(BodyMapWidgetTest, clicking_a_muscle_marks_a_point_on_it_and_selects_it)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    ASSERT_EQ(points.size(), 1);
    const TriggerPoint& point = points.points().first();
    EXPECT_EQ(point.key, key);
    EXPECT_EQ(point.view, BodyView::Posterior);
    EXPECT_EQ(point.muscleId, QStringLiteral("infraspinatus"));
    EXPECT_EQ(point.side, BodySide::Left);
    EXPECT_EQ(widget.selectedPoint(), key);
    EXPECT_EQ(stack.count(), 1);
}

TEST_F(BodyMapWidgetTest, clicking_off_the_muscles_marks_nothing_and_says_why)
{
    QSignalSpy status(&widget, &BodyMapWidget::statusMessage);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(5, 5));
    EXPECT_TRUE(points.isEmpty());
    EXPECT_EQ(stack.count(), 0);
    ASSERT_EQ(status.count(), 1);
    EXPECT_FALSE(status.first().first().toString().isEmpty());
}

TEST_F(BodyMapWidgetTest, clicking_a_marker_selects_it_instead_of_adding_another)
{
    const TriggerPointKey first = clickToAdd("infraspinatus");
    clickToAdd("gluteus_medius");
    EXPECT_NE(widget.selectedPoint(), first);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, markerOf(first) + QPoint(3, 2));
    EXPECT_EQ(points.size(), 2);
    EXPECT_EQ(widget.selectedPoint(), first);
    EXPECT_EQ(stack.count(), 2); // a click on a marker does not move it
}

TEST_F(BodyMapWidgetTest, the_marker_is_painted_where_the_point_is)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    widget.setSelectedPoint(std::nullopt);
    const QImage image = widget.grab().toImage();
    const QPoint centre = markerOf(key);
    const QColor left = image.pixelColor(centre - QPoint(6, 0));
    const QColor marker = BodyMapRenderer::markerColor();
    EXPECT_NEAR(left.red(), marker.red(), 3);
    EXPECT_NEAR(left.green(), marker.green(), 3);
    EXPECT_NEAR(left.blue(), marker.blue(), 3);
}

TEST_F(BodyMapWidgetTest, a_markers_context_menu_deletes_it)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    widget.setSelectedPoint(std::nullopt);
    bool offered = false;
    // The menu runs its own event loop; answer it from inside that loop.
    QTimer::singleShot(0, &widget, [&offered] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions()) {
            if (action->text() == QStringLiteral("Delete point")) {
                offered = true;
                action->trigger();
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, markerOf(key),
                            widget.mapToGlobal(markerOf(key)));
    QApplication::sendEvent(&widget, &event);
    EXPECT_TRUE(offered);
    EXPECT_EQ(points.find(key), nullptr);
    stack.undo();
    EXPECT_NE(points.find(key), nullptr);
}

TEST_F(BodyMapWidgetTest, dragging_a_marker_moves_the_point_in_one_undo_step)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    const QPointF before = points.find(key)->position;
    const QPoint from = markerOf(key);
    drag(from, from + QPoint(8, 6));
    const TriggerPoint* after = points.find(key);
    EXPECT_GT(after->position.x(), before.x());
    EXPECT_GT(after->position.y(), before.y());
    EXPECT_EQ(after->muscleId, QStringLiteral("infraspinatus"));
    EXPECT_EQ(stack.count(), 2); // the add and one merged move
    stack.undo();
    EXPECT_EQ(points.find(key)->position, before);
}

TEST_F(BodyMapWidgetTest, dragging_onto_a_neighbouring_muscle_changes_the_muscle)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    drag(markerOf(key), on("teres_major"));
    EXPECT_EQ(points.find(key)->muscleId, QStringLiteral("teres_major"));
    EXPECT_EQ(points.find(key)->side, BodySide::Left);
    stack.undo();
    EXPECT_EQ(points.find(key)->muscleId, QStringLiteral("infraspinatus"));
}

TEST_F(BodyMapWidgetTest, dragging_off_the_muscles_leaves_the_point_on_a_muscle)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    drag(markerOf(key), QPoint(5, 5));
    const TriggerPoint* point = points.find(key);
    const BodyRegion* under = widget.geometry().regionAt(point->position);
    ASSERT_NE(under, nullptr);
    EXPECT_EQ(under->muscleId, point->muscleId);
    EXPECT_EQ(under->side, point->side);
}

TEST_F(BodyMapWidgetTest, delete_removes_the_selected_point_and_undo_brings_it_back)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    widget.setFocus();
    QTest::keyClick(&widget, Qt::Key_Delete);
    EXPECT_TRUE(points.isEmpty());
    EXPECT_EQ(widget.selectedPoint(), std::nullopt);
    stack.undo();
    ASSERT_NE(points.find(key), nullptr);
    EXPECT_EQ(points.find(key)->muscleId, QStringLiteral("infraspinatus"));

    widget.setSelectedPoint(key);
    QTest::keyClick(&widget, Qt::Key_Backspace);
    EXPECT_TRUE(points.isEmpty());
}

TEST_F(BodyMapWidgetTest, hovering_reports_the_muscle_and_side_and_nothing_off_the_muscles)
{
    QSignalSpy hover(&widget, &BodyMapWidget::hoverChanged);
    QTest::mouseMove(&widget, on("infraspinatus"));
    ASSERT_EQ(hover.count(), 1);
    EXPECT_EQ(hover.last().first().toString(), QStringLiteral("Infraspinatus, left"));
    QTest::mouseMove(&widget, on("gastrocnemius", BodySide::Right));
    ASSERT_EQ(hover.count(), 2);
    EXPECT_TRUE(hover.last().first().toString().endsWith(QStringLiteral(", right")));
    QTest::mouseMove(&widget, QPoint(5, 5));
    ASSERT_EQ(hover.count(), 3);
    EXPECT_TRUE(hover.last().first().toString().isEmpty());
}

TEST_F(BodyMapWidgetTest, after_a_resize_a_marked_point_still_lies_on_its_muscle)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    widget.resize(900, 600);
    QTest::qWait(0);
    const QPointF stored = points.find(key)->position;
    const BodyRegion* under =
        widget.geometry().regionAt(widget.toNormalised(widget.toWidget(stored)));
    ASSERT_NE(under, nullptr);
    EXPECT_EQ(under->id, QStringLiteral("infraspinatus_L"));
    // And its marker is where it is drawn now: a click there selects rather than adds.
    widget.setSelectedPoint(std::nullopt);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, markerOf(key));
    EXPECT_EQ(points.size(), 1);
    EXPECT_EQ(widget.selectedPoint(), key);
}

TEST_F(BodyMapWidgetTest, arrow_keys_nudge_the_selected_point_one_undo_step_per_press)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    const QPointF before = points.find(key)->position;
    widget.setFocus();
    QTest::keyClick(&widget, Qt::Key_Right);
    EXPECT_GT(points.find(key)->position.x(), before.x());
    EXPECT_EQ(points.find(key)->position.y(), before.y());
    QTest::keyClick(&widget, Qt::Key_Down);
    EXPECT_GT(points.find(key)->position.y(), before.y());
    EXPECT_EQ(points.find(key)->muscleId, QStringLiteral("infraspinatus"));
    EXPECT_EQ(stack.count(), 3);
    stack.undo();
    stack.undo();
    EXPECT_EQ(points.find(key)->position, before);
}

TEST_F(BodyMapWidgetTest, arrow_keys_never_push_a_point_off_the_muscles)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    widget.setFocus();
    for (int i = 0; i < 400; ++i)
        QTest::keyClick(&widget, Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_NE(widget.geometry().regionAt(points.find(key)->position), nullptr);
}

TEST_F(BodyMapWidgetTest, undoing_the_add_clears_the_selection)
{
    clickToAdd("infraspinatus");
    stack.undo();
    EXPECT_EQ(widget.selectedPoint(), std::nullopt);
}

TEST_F(BodyMapWidgetTest, names_its_view_and_counts_its_points_for_assistive_technology)
{
    EXPECT_EQ(widget.accessibleName(), QStringLiteral("Body map, posterior view"));
    EXPECT_TRUE(widget.accessibleDescription().startsWith(QStringLiteral("No trigger points")));
    clickToAdd("infraspinatus");
    clickToAdd("gluteus_medius");
    EXPECT_TRUE(widget.accessibleDescription().startsWith(QStringLiteral("2 trigger points")))
        << widget.accessibleDescription().toStdString();
    EXPECT_EQ(widget.focusPolicy(), Qt::StrongFocus);
}

} // namespace
} // namespace needlechart
