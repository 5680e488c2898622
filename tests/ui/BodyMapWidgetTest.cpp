#include "needlechart/ui/bodymap/BodyMapWidget.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>

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

TEST_F(BodyMapWidgetTest, a_click_on_a_markers_rim_over_the_next_muscle_marks_that_muscle)
{
    // Find a place on one muscle with another muscle 8 pixels to its right: inside the radius
    // of a marker put there, outside its core.
    const auto regionAt = [&](QPoint p) {
        return widget.geometry().regionAt(widget.toNormalised(p));
    };
    std::optional<QPoint> near;
    for (int y = 40; y < 760 && !near; y += 3)
        for (int x = 20; x < 470 && !near; x += 3) {
            const BodyRegion* here = regionAt(QPoint(x, y));
            const BodyRegion* there = regionAt(QPoint(x + 8, y));
            if (here && there && here->muscleId != there->muscleId
                && regionAt(QPoint(x - 4, y)) == here)
                near = QPoint(x, y);
        }
    ASSERT_TRUE(near);
    const BodyRegion* next = regionAt(*near + QPoint(8, 0));
    QTest::mouseClick(&widget, Qt::LeftButton, {}, *near);
    ASSERT_EQ(points.size(), 1);
    const TriggerPointKey first = points.points().first().key;
    const QPoint centre = markerOf(first);

    // The hover over the rim names the muscle a click would mark, and the click marks it.
    QSignalSpy hover(&widget, &BodyMapWidget::hoverChanged);
    QTest::mouseMove(&widget, centre + QPoint(8, 0));
    ASSERT_FALSE(hover.isEmpty());
    EXPECT_FALSE(hover.last().first().toString().startsWith(QStringLiteral("Point 1")))
        << hover.last().first().toString().toStdString();
    QTest::mouseClick(&widget, Qt::LeftButton, {}, centre + QPoint(8, 0));
    ASSERT_EQ(points.size(), 2);
    EXPECT_EQ(points.points().last().muscleId, next->muscleId);

    // Near its centre the first marker still takes the click, and the hover says so first.
    QTest::mouseMove(&widget, centre + QPoint(-2, 1));
    EXPECT_TRUE(hover.last().first().toString().startsWith(QStringLiteral("Point 1")))
        << hover.last().first().toString().toStdString();
    QTest::mouseClick(&widget, Qt::LeftButton, {}, centre + QPoint(-2, 1));
    EXPECT_EQ(points.size(), 2);
    EXPECT_EQ(widget.selectedPoint(), first);
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

TEST_F(BodyMapWidgetTest, a_markers_context_menu_offers_the_history_of_its_muscle)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    const TriggerPoint point = *points.find(key);
    QSignalSpy requested(&widget, &BodyMapWidget::muscleHistoryRequested);
    QTimer::singleShot(0, &widget, [] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions())
            if (action->text().startsWith(QStringLiteral("History of Infraspinatus")))
                action->trigger();
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, markerOf(key),
                            widget.mapToGlobal(markerOf(key)));
    QApplication::sendEvent(&widget, &event);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), QStringLiteral("infraspinatus"));
    EXPECT_EQ(requested.at(0).at(1).value<BodySide>(), point.side);
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

// Zoom and pan: real wheel, pinch, key and middle-button events.

void wheel(QWidget& target, QPoint at, int eighthsOfADegree)
{
    QWheelEvent event(QPointF(at), QPointF(target.mapToGlobal(at)), QPoint(),
                      QPoint(0, eighthsOfADegree), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(&target, &event);
}

// A pinch step that multiplies the zoom by 1 + `value`.
void pinch(QWidget& target, QPoint at, double value)
{
    QNativeGestureEvent event(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              QPointF(at), QPointF(at), QPointF(target.mapToGlobal(at)), value,
                              QPointF());
    QApplication::sendEvent(&target, &event);
}

void expectNearPoint(QPointF actual, QPointF expected, double tolerance)
{
    EXPECT_NEAR(actual.x(), expected.x(), tolerance);
    EXPECT_NEAR(actual.y(), expected.y(), tolerance);
}

TEST_F(BodyMapWidgetTest, the_wheel_zooms_about_the_cursor)
{
    QSignalSpy changed(&widget, &BodyMapWidget::viewportChanged);
    const QPoint at = on("infraspinatus");
    const QPointF normalisedUnderCursor = widget.toNormalised(QPointF(at));

    wheel(widget, at, 120);
    EXPECT_DOUBLE_EQ(widget.viewport().zoom(), 1.25);
    expectNearPoint(widget.toWidget(normalisedUnderCursor), QPointF(at), 1e-6);
    wheel(widget, at, -120);
    EXPECT_TRUE(widget.viewport().isFitted());
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(BodyMapWidgetTest, zoom_stays_between_one_and_eight_times)
{
    for (int i = 0; i < 20; ++i)
        wheel(widget, QPoint(250, 400), 120);
    EXPECT_DOUBLE_EQ(widget.viewport().zoom(), BodyMapViewport::MaxZoom);
    for (int i = 0; i < 20; ++i)
        wheel(widget, QPoint(250, 400), -120);
    EXPECT_DOUBLE_EQ(widget.viewport().zoom(), BodyMapViewport::MinZoom);
}

TEST_F(BodyMapWidgetTest, a_pinch_zooms_about_the_fingers)
{
    const QPoint at = on("gluteus_medius", BodySide::Right);
    const QPointF normalisedUnderFingers = widget.toNormalised(QPointF(at));
    pinch(widget, at, 0.5);
    pinch(widget, at, 1.0);
    EXPECT_DOUBLE_EQ(widget.viewport().zoom(), 3.0);
    expectNearPoint(widget.toWidget(normalisedUnderFingers), QPointF(at), 1e-6);
}

TEST_F(BodyMapWidgetTest, plus_and_minus_zoom_about_the_middle_and_zero_fits_again)
{
    QTest::keyClick(&widget, Qt::Key_Plus);
    QTest::keyClick(&widget, Qt::Key_Plus);
    EXPECT_DOUBLE_EQ(widget.viewport().zoom(), 1.25 * 1.25);
    const QPointF middle = QRectF(widget.rect()).center();
    QTest::keyClick(&widget, Qt::Key_Minus);
    EXPECT_DOUBLE_EQ(widget.viewport().zoom(), 1.25);
    expectNearPoint(widget.viewport().map(middle), middle, 1e-6);
    QTest::keyClick(&widget, Qt::Key_0);
    EXPECT_TRUE(widget.viewport().isFitted());
}

TEST_F(BodyMapWidgetTest, clicking_a_muscle_when_zoomed_marks_the_point_on_that_muscle)
{
    const QPoint at = on("infraspinatus");
    const QPointF normalisedBefore = widget.toNormalised(QPointF(at));
    pinch(widget, at, 2.0);
    ASSERT_DOUBLE_EQ(widget.viewport().zoom(), 3.0);

    clickToAdd("infraspinatus"); // `on` maps through the zoomed view
    ASSERT_EQ(points.size(), 1);
    const TriggerPoint& point = points.points().first();
    EXPECT_EQ(point.muscleId, QStringLiteral("infraspinatus"));
    EXPECT_EQ(point.side, BodySide::Left);
    // The anchor stayed put, so the point is where the cursor was before zooming, to within
    // a pixel of the zoomed view.
    expectNearPoint(point.position, normalisedBefore, 1.0 / 1000);

    // Stored positions are normalised: fitting the view again puts the marker back under `at`.
    QTest::keyClick(&widget, Qt::Key_0);
    expectNearPoint(widget.toWidget(point.position), QPointF(at), 1.0);
}

TEST_F(BodyMapWidgetTest, clicking_a_marker_when_zoomed_selects_it_rather_than_adding_one)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    widget.setSelectedPoint(std::nullopt);
    pinch(widget, on("teres_major"), 3.0);
    const QPoint marker = markerOf(key);
    ASSERT_TRUE(widget.rect().contains(marker));
    QTest::mouseClick(&widget, Qt::LeftButton, {}, marker);
    EXPECT_EQ(points.size(), 1);
    EXPECT_EQ(widget.selectedPoint(), key);
}

TEST_F(BodyMapWidgetTest, dragging_with_the_middle_button_pans_the_zoomed_view_without_editing)
{
    QTest::keyClick(&widget, Qt::Key_Plus);
    QTest::keyClick(&widget, Qt::Key_Plus);
    const QPointF offsetBefore = widget.viewport().offset();
    const QPoint from(250, 400);
    const QPoint to(190, 440);
    QTest::mousePress(&widget, Qt::MiddleButton, {}, from);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(&widget, from + (to - from) * i / 6);
    QTest::mouseRelease(&widget, Qt::MiddleButton, {}, to);

    expectNearPoint(widget.viewport().offset(), offsetBefore + QPointF(to - from), 1e-6);
    EXPECT_TRUE(points.isEmpty());
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(BodyMapWidgetTest, a_zoomed_view_paints_the_artwork_magnified)
{
    // The artwork's bounding box grows with the zoom: at 3x about the middle the figure fills
    // more of the widget than fitted, so fewer background pixels remain.
    const auto backgroundShare = [this] {
        const QImage image = widget.grab().toImage();
        const QRgb base = widget.palette().base().color().rgb();
        qsizetype count = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                count += image.pixel(x, y) == base ? 1 : 0;
        return double(count) / (image.width() / 4 * (image.height() / 4));
    };
    const double fitted = backgroundShare();
    pinch(widget, QPoint(250, 400), 2.0);
    EXPECT_LT(backgroundShare(), fitted * 0.8);
}

TEST_F(BodyMapWidgetTest, earlier_points_show_as_rings_that_can_be_switched_off)
{
    const auto at =
        widget.geometry().interiorPoint(QStringLiteral("infraspinatus"), BodySide::Left);
    ASSERT_TRUE(at);
    const QImage before = widget.grab().toImage();
    widget.setHistory({TriggerPoint{3, BodyView::Posterior, QStringLiteral("infraspinatus"),
                                    BodySide::Left, *at}});
    EXPECT_TRUE(widget.showHistory());
    const QImage withHistory = widget.grab().toImage();
    EXPECT_NE(withHistory, before);

    widget.setShowHistory(false);
    EXPECT_EQ(widget.grab().toImage(), before);

    // A ring is not a point: clicking it marks a new point rather than selecting anything.
    widget.setShowHistory(true);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, widget.toWidget(*at).toPoint());
    EXPECT_EQ(points.size(), 1);
}

TEST_F(BodyMapWidgetTest, the_heat_map_tints_needled_muscles_only_while_switched_on)
{
    const QPoint heavy = on("infraspinatus", BodySide::Left);
    const QPoint untouched = on("infraspinatus", BodySide::Right);
    const QImage before = widget.grab().toImage();
    widget.setHeatMap({{QStringLiteral("infraspinatus_L"), 5}});
    EXPECT_FALSE(widget.showHeatMap());
    EXPECT_EQ(widget.grab().toImage(), before);

    widget.setShowHeatMap(true);
    const QImage tinted = widget.grab().toImage();
    EXPECT_NE(tinted.pixelColor(heavy), before.pixelColor(heavy));
    EXPECT_EQ(tinted.pixelColor(untouched), before.pixelColor(untouched));
}

TEST_F(BodyMapWidgetTest, a_point_on_a_muscle_without_a_tagged_risk_has_no_caution_in_its_tooltip)
{
    BodyMapWidget anterior(BodyMapArtwork::builtIn(BodyView::Anterior), editor);
    anterior.resize(500, 800);
    anterior.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&anterior));
    const auto at =
        anterior.geometry().interiorPoint(QStringLiteral("vastus_lateralis"), BodySide::Left);
    ASSERT_TRUE(at);
    QTest::mouseClick(&anterior, Qt::LeftButton, {}, anterior.toWidget(*at).toPoint());
    ASSERT_EQ(points.size(), 1);
    EXPECT_EQ(points.points().first().muscleId, QStringLiteral("vastus_lateralis"));
    const QString tip = anterior.toolTipAt(anterior.toWidget(*at));
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Point 1: Vastus lateralis, left")))
        << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("Caution")));
}

TEST_F(BodyMapWidgetTest, the_tooltip_over_a_marker_or_its_triangle_names_muscle_side_and_caution)
{
    const TriggerPointKey key = clickToAdd("infraspinatus");
    const Muscle* muscle = MuscleCatalogue::builtIn().find(QStringLiteral("infraspinatus"));
    ASSERT_TRUE(muscle);
    const QPoint marker = markerOf(key);
    const double r = BodyMapRenderState::DefaultMarkerRadius;
    const QPoint triangle = marker + QPointF(0.95 * r, -0.8 * r).toPoint();

    for (const QPoint at : {marker, triangle}) {
        QHelpEvent help(QEvent::ToolTip, at, widget.mapToGlobal(at));
        QApplication::sendEvent(&widget, &help);
        const QString text = QToolTip::text();
        EXPECT_TRUE(text.contains(QStringLiteral("Infraspinatus, left"))) << text.toStdString();
        EXPECT_TRUE(text.contains(muscle->caution)) << text.toStdString();
        EXPECT_TRUE(text.startsWith(QStringLiteral("Point 1: "))) << text.toStdString();
    }
    EXPECT_TRUE(widget.toolTipAt(QPointF(2, 2)).isEmpty());
    QToolTip::hideText();
}

} // namespace
} // namespace needlechart
