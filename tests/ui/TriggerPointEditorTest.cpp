#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class TriggerPointEditorTest : public ::testing::Test {
protected:
    TriggerPointSet points;
    QUndoStack stack;
    TriggerPointEditor editor{points, stack};

    TriggerPointKey addTrapezius()
    {
        return editor.addPoint(BodyView::Posterior, QStringLiteral("upper_trapezius"),
                               BodySide::Left, QPointF(0.4, 0.18));
    }
};

TEST_F(TriggerPointEditorTest, adding_is_one_undoable_step_and_redo_restores_the_same_key)
{
    QSignalSpy changed(&editor, &TriggerPointEditor::changed);
    const TriggerPointKey key = addTrapezius();
    EXPECT_EQ(points.size(), 1);
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_TRUE(points.isEmpty());
    stack.redo();
    ASSERT_NE(points.find(key), nullptr);
    EXPECT_EQ(points.find(key)->muscleId, QStringLiteral("upper_trapezius"));
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(TriggerPointEditorTest, consecutive_moves_of_a_point_merge_into_one_step)
{
    const TriggerPointKey key = addTrapezius();
    for (int i = 1; i <= 10; ++i)
        editor.movePoint(key, QPointF(0.4 + i * 0.001, 0.18), QStringLiteral("upper_trapezius"),
                         BodySide::Left);
    EXPECT_EQ(stack.count(), 2); // add + one merged move
    stack.undo();
    EXPECT_EQ(points.find(key)->position, QPointF(0.4, 0.18));
    stack.redo();
    EXPECT_EQ(points.find(key)->position, QPointF(0.41, 0.18));
}

TEST_F(TriggerPointEditorTest, a_finished_drag_is_not_merged_with_the_next_one)
{
    const TriggerPointKey key = addTrapezius();
    editor.movePoint(key, QPointF(0.41, 0.18), QStringLiteral("upper_trapezius"), BodySide::Left);
    editor.finishMove();
    editor.movePoint(key, QPointF(0.42, 0.19), QStringLiteral("levator_scapulae"), BodySide::Left);
    EXPECT_EQ(stack.count(), 3);
    stack.undo();
    EXPECT_EQ(points.find(key)->muscleId, QStringLiteral("upper_trapezius"));
    EXPECT_EQ(points.find(key)->position, QPointF(0.41, 0.18));
}

TEST_F(TriggerPointEditorTest, moves_of_different_points_stay_separate_steps)
{
    const TriggerPointKey a = addTrapezius();
    const TriggerPointKey b = editor.addPoint(BodyView::Posterior, QStringLiteral("infraspinatus"),
                                              BodySide::Left, QPointF(0.35, 0.27));
    editor.movePoint(a, QPointF(0.41, 0.18), QStringLiteral("upper_trapezius"), BodySide::Left);
    editor.movePoint(b, QPointF(0.36, 0.27), QStringLiteral("infraspinatus"), BodySide::Left);
    EXPECT_EQ(stack.count(), 4);
}

TEST_F(TriggerPointEditorTest, deleting_and_undoing_brings_the_point_back_at_its_number)
{
    const TriggerPointKey first = addTrapezius();
    const TriggerPointKey second = editor.addPoint(
        BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left, QPointF(0.35, 0.27));
    const TriggerPointKey third = editor.addPoint(BodyView::Posterior, QStringLiteral("multifidus"),
                                                  BodySide::Right, QPointF(0.52, 0.44));
    ASSERT_TRUE(editor.removePoint(second));
    EXPECT_EQ(points.numberOf(third), 2);
    stack.undo();
    EXPECT_EQ(points.numberOf(first), 1);
    EXPECT_EQ(points.numberOf(second), 2);
    EXPECT_EQ(points.numberOf(third), 3);
    EXPECT_FALSE(editor.removePoint(999));
    EXPECT_FALSE(editor.movePoint(999, QPointF(), QString(), BodySide::Left));
}

TEST_F(TriggerPointEditorTest, adding_or_moving_onto_another_muscle_announces_a_placed_point)
{
    QSignalSpy placed(&editor, &TriggerPointEditor::pointPlaced);
    const TriggerPointKey key = addTrapezius();
    ASSERT_EQ(placed.count(), 1);
    EXPECT_EQ(placed.takeFirst().at(0).toInt(), key);

    // Within the same muscle: nothing new to warn about.
    editor.movePoint(key, QPointF(0.41, 0.18), QStringLiteral("upper_trapezius"), BodySide::Left);
    EXPECT_EQ(placed.count(), 0);
    // Onto another muscle, or the other side of the body.
    editor.movePoint(key, QPointF(0.42, 0.3), QStringLiteral("infraspinatus"), BodySide::Left);
    EXPECT_EQ(placed.count(), 1);
    editor.movePoint(key, QPointF(0.62, 0.3), QStringLiteral("infraspinatus"), BodySide::Right);
    EXPECT_EQ(placed.count(), 2);
}

TEST_F(TriggerPointEditorTest, undo_and_redo_do_not_announce_a_placed_point)
{
    addTrapezius();
    QSignalSpy placed(&editor, &TriggerPointEditor::pointPlaced);
    stack.undo();
    stack.redo();
    EXPECT_EQ(placed.count(), 0);
}

} // namespace
} // namespace needlechart
