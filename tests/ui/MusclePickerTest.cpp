#include "needlechart/ui/bodymap/MusclePicker.h"

#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"
#include "needlechart/ui/bodymap/MuscleListModel.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class MusclePickerTest : public ::testing::Test {
protected:
    TriggerPointSet points;
    QUndoStack stack;
    TriggerPointEditor editor{points, stack};
    MusclePicker picker{editor};

    QLineEdit* search() const { return picker.findChild<QLineEdit*>(); }
    QListView* list() const { return picker.findChild<QListView*>(); }
    QRadioButton* sideButton(const QString& accessibleName) const
    {
        for (QRadioButton* button : picker.findChildren<QRadioButton*>()) {
            if (button->accessibleName() == accessibleName)
                return button;
        }
        return nullptr;
    }
    QLabel* cautionLabel() const
    {
        for (QLabel* label : picker.findChildren<QLabel*>()) {
            if (label->accessibleName() == QStringLiteral("Needling caution"))
                return label;
        }
        return nullptr;
    }
    // Moves down the list until `name` is current; false if it is not there.
    bool downTo(const QString& name)
    {
        for (int i = 0; i < list()->model()->rowCount(); ++i) {
            if (list()->currentIndex().data().toString() == name)
                return true;
            QTest::keyClick(list(), Qt::Key_Down);
        }
        return list()->currentIndex().data().toString() == name;
    }
};

TEST_F(MusclePickerTest, typing_hams_down_right_and_enter_marks_biceps_femoris_on_the_right)
{
    QSignalSpy placed(&picker, &MusclePicker::pointPlaced);
    QTest::keyClicks(search(), QStringLiteral("hams"));
    QTest::keyClick(search(), Qt::Key_Down);
    ASSERT_TRUE(downTo(QStringLiteral("Biceps femoris")));
    QRadioButton* right = sideButton(QStringLiteral("Right side"));
    ASSERT_NE(right, nullptr);
    QTest::keyClick(right, Qt::Key_Space);
    ASSERT_TRUE(right->isChecked());
    QTest::keyClick(list(), Qt::Key_Return);

    ASSERT_EQ(points.size(), 1);
    const TriggerPoint& point = points.points().constFirst();
    EXPECT_EQ(point.muscleId, QStringLiteral("biceps_femoris"));
    EXPECT_EQ(point.side, BodySide::Right);
    EXPECT_EQ(point.view, BodyView::Posterior);
    const BodyRegion* region =
        BodyMapGeometry(BodyMapArtwork::builtIn(point.view)).regionAt(point.position);
    ASSERT_NE(region, nullptr);
    EXPECT_EQ(region->muscleId, QStringLiteral("biceps_femoris"));
    EXPECT_EQ(region->side, BodySide::Right);
    ASSERT_EQ(placed.count(), 1);
    EXPECT_EQ(placed.at(0).at(0).value<TriggerPointKey>(), point.key);
    EXPECT_EQ(stack.count(), 1); // undoable
}

TEST_F(MusclePickerTest, enter_in_the_search_box_marks_the_best_match)
{
    picker.setSide(BodySide::Left);
    QTest::keyClicks(search(), QStringLiteral("subscap"));
    QTest::keyClick(search(), Qt::Key_Return);

    ASSERT_EQ(points.size(), 1);
    const TriggerPoint& point = points.points().constFirst();
    EXPECT_EQ(point.muscleId, QStringLiteral("subscapularis"));
    const BodyRegion* region =
        BodyMapGeometry(BodyMapArtwork::builtIn(point.view)).regionAt(point.position);
    ASSERT_NE(region, nullptr);
    EXPECT_TRUE(BodyMapArtwork::builtIn(point.view)
                    .drawnOver(QStringLiteral("subscapularis"))
                    .contains(region->muscleId));
}

TEST_F(MusclePickerTest, enter_on_a_side_button_marks_the_selected_muscle)
{
    QTest::keyClicks(search(), QStringLiteral("calf"));
    QRadioButton* left = sideButton(QStringLiteral("Left side"));
    ASSERT_NE(left, nullptr);
    QTest::keyClick(left, Qt::Key_Space);
    QTest::keyClick(left, Qt::Key_Enter, Qt::KeypadModifier);
    ASSERT_EQ(points.size(), 1);
    EXPECT_EQ(points.points().constFirst().side, BodySide::Left);
    EXPECT_EQ(points.points().constFirst().muscleId, picker.currentMuscle());
}

TEST_F(MusclePickerTest, nothing_is_marked_until_a_side_is_chosen)
{
    QTest::keyClicks(search(), QStringLiteral("hams"));
    QTest::keyClick(search(), Qt::Key_Return);
    EXPECT_TRUE(points.isEmpty());
    EXPECT_FALSE(picker.side().has_value());
}

TEST_F(MusclePickerTest, the_side_is_asked_again_for_the_next_point)
{
    picker.setSide(BodySide::Right);
    QTest::keyClicks(search(), QStringLiteral("hams"));
    QTest::keyClick(search(), Qt::Key_Return);
    ASSERT_EQ(points.size(), 1);
    EXPECT_FALSE(picker.side().has_value()) << "not carried over to the next muscle";

    search()->clear();
    QTest::keyClicks(search(), QStringLiteral("calf"));
    QTest::keyClick(search(), Qt::Key_Return);
    EXPECT_EQ(points.size(), 1) << "nothing marked until a side is chosen again";
    picker.setSide(BodySide::Left);
    QTest::keyClick(search(), Qt::Key_Return);
    ASSERT_EQ(points.size(), 2);
    EXPECT_EQ(points.points().constLast().side, BodySide::Left);
}

TEST_F(MusclePickerTest, a_search_matching_nothing_says_so_and_how_to_chart_another_site)
{
    auto* status = picker.findChild<QLabel*>(QStringLiteral("musclePickerStatus"));
    ASSERT_TRUE(status);
    search()->setFocus();
    QTest::keyClicks(search(), QStringLiteral("xyzzy"));
    EXPECT_EQ(list()->model()->rowCount(), 0);
    EXPECT_TRUE(status->text().contains(QStringLiteral("No muscle matches \"xyzzy\"")))
        << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("Mark another site here")));
    search()->clear();
    EXPECT_GT(list()->model()->rowCount(), 0);
    EXPECT_TRUE(status->text().isEmpty()) << "said only while nothing matches";
}

TEST_F(MusclePickerTest, the_muscles_a_clinic_asked_for_are_found_by_what_people_type)
{
    const std::pair<const char*, const char*> typed[] = {
        {"intercost", "intercostals"},          {"oblique", "external_oblique"},
        {"ecu", "extensor_carpi_ulnaris"},      {"fdi", "first_dorsal_interosseous"},
        {"adductor poll", "adductor_pollicis"}, {"thenar", "thenar_muscles"},
        {"tib post", "tibialis_posterior"},     {"plantar", "foot_intrinsics"},
    };
    for (const auto& [text, id] : typed) {
        search()->setText(QString::fromLatin1(text));
        EXPECT_GT(list()->model()->rowCount(), 0) << text;
        bool found = false;
        for (int row = 0; row < list()->model()->rowCount(); ++row) {
            if (list()->model()->index(row, 0).data(MuscleListModel::MuscleIdRole).toString()
                == QString::fromLatin1(id))
                found = true;
        }
        EXPECT_TRUE(found) << text << " finds " << id;
    }
}

TEST_F(MusclePickerTest, the_mark_button_places_a_point_too)
{
    picker.setSide(BodySide::Left);
    QTest::keyClicks(search(), QStringLiteral("scm"));
    QPushButton* mark = picker.findChild<QPushButton*>();
    ASSERT_NE(mark, nullptr);
    QTest::mouseClick(mark, Qt::LeftButton);
    ASSERT_EQ(points.size(), 1);
    EXPECT_EQ(points.points().constFirst().muscleId, QStringLiteral("sternocleidomastoid"));
}

TEST_F(MusclePickerTest, a_caution_shows_beside_the_list_for_serratus_anterior_only)
{
    QTest::keyClicks(search(), QStringLiteral("serratus"));
    ASSERT_EQ(picker.currentMuscle(), QStringLiteral("serratus_anterior"));
    QLabel* caution = cautionLabel();
    ASSERT_NE(caution, nullptr);
    EXPECT_FALSE(caution->isHidden());
    EXPECT_TRUE(caution->text().contains(QStringLiteral("pleura"), Qt::CaseInsensitive)
                || caution->text().contains(QStringLiteral("lung"), Qt::CaseInsensitive));
    search()->clear();
    QTest::keyClicks(search(), QStringLiteral("vastus lateralis"));
    ASSERT_EQ(picker.currentMuscle(), QStringLiteral("vastus_lateralis"));
    EXPECT_TRUE(caution->isHidden());
}

TEST_F(MusclePickerTest, every_control_has_an_accessible_name_and_description)
{
    for (QWidget* widget : picker.findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->parentWidget() != &picker)
            continue;
        SCOPED_TRACE(widget->metaObject()->className());
        EXPECT_FALSE(widget->accessibleName().isEmpty());
        EXPECT_FALSE(widget->accessibleDescription().isEmpty());
    }
}

} // namespace
} // namespace needlechart
