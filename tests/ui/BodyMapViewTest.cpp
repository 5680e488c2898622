#include "needlechart/ui/bodymap/BodyMapView.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class BodyMapViewTest : public ::testing::Test {
protected:
    TriggerPointSet points;
    QUndoStack stack;
    TriggerPointEditor editor{points, stack};
    BodyMapView view{editor};

    void SetUp() override
    {
        view.resize(1400, 800);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }

    QToolButton* button(const char* accessibleName) const
    {
        const QString name = QString::fromUtf8(accessibleName);
        for (QToolButton* candidate : view.findChildren<QToolButton*>()) {
            if (candidate->accessibleName() == name)
                return candidate;
        }
        ADD_FAILURE() << "no button " << accessibleName;
        return nullptr;
    }

    bool shows(BodyView which) const { return view.map(which).isVisible(); }
};

TEST_F(BodyMapViewTest, wide_it_shows_front_and_back_side_by_side)
{
    EXPECT_TRUE(view.isSideBySide());
    EXPECT_TRUE(shows(BodyView::Anterior));
    EXPECT_TRUE(shows(BodyView::Posterior));
    EXPECT_FALSE(button("Show the back view")->isVisible());
}

TEST_F(BodyMapViewTest, narrow_it_shows_one_view_and_the_buttons_switch_between_them)
{
    view.resize(500, 800);
    EXPECT_FALSE(view.isSideBySide());
    EXPECT_TRUE(shows(BodyView::Anterior));
    EXPECT_FALSE(shows(BodyView::Posterior));

    QToolButton* back = button("Show the back view");
    ASSERT_TRUE(back && back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(view.currentView(), BodyView::Posterior);
    EXPECT_FALSE(shows(BodyView::Anterior));
    EXPECT_TRUE(shows(BodyView::Posterior));
    EXPECT_TRUE(back->isChecked());

    QTest::mouseClick(button("Show the front view"), Qt::LeftButton);
    EXPECT_TRUE(shows(BodyView::Anterior));
    EXPECT_FALSE(shows(BodyView::Posterior));

    view.resize(1400, 800);
    EXPECT_TRUE(shows(BodyView::Anterior));
    EXPECT_TRUE(shows(BodyView::Posterior));
}

TEST_F(BodyMapViewTest, zoom_buttons_zoom_the_shown_views_and_fit_resets_them)
{
    QTest::mouseClick(button("Zoom in"), Qt::LeftButton);
    EXPECT_DOUBLE_EQ(view.map(BodyView::Anterior).viewport().zoom(), 1.25);
    EXPECT_DOUBLE_EQ(view.map(BodyView::Posterior).viewport().zoom(), 1.25);
    QTest::mouseClick(button("Zoom in"), Qt::LeftButton);
    QTest::mouseClick(button("Zoom out"), Qt::LeftButton);
    EXPECT_DOUBLE_EQ(view.map(BodyView::Anterior).viewport().zoom(), 1.25);
    QTest::mouseClick(button("Fit the figure"), Qt::LeftButton);
    EXPECT_TRUE(view.map(BodyView::Anterior).viewport().isFitted());
    EXPECT_TRUE(view.map(BodyView::Posterior).viewport().isFitted());
}

TEST_F(BodyMapViewTest, history_and_heat_map_buttons_switch_both_views)
{
    QToolButton* history = button("Show earlier sessions' points and the last pain drawing");
    QToolButton* heat = button("Show heat map");
    ASSERT_TRUE(history && heat);
    EXPECT_TRUE(history->isChecked());
    EXPECT_FALSE(heat->isChecked());

    QTest::mouseClick(history, Qt::LeftButton);
    QTest::mouseClick(heat, Qt::LeftButton);
    for (const BodyView which : {BodyView::Anterior, BodyView::Posterior}) {
        EXPECT_FALSE(view.map(which).showHistory());
        EXPECT_TRUE(view.map(which).showHeatMap());
    }
}

TEST_F(BodyMapViewTest, both_views_edit_the_same_points)
{
    EXPECT_EQ(&view.map(BodyView::Anterior).geometry().artwork(),
              &BodyMapArtwork::builtIn(BodyView::Anterior));
    editor.addPoint(BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left,
                    QPointF(0.3, 0.25));
    EXPECT_TRUE(view.map(BodyView::Posterior)
                    .accessibleDescription()
                    .startsWith(QStringLiteral("1 trigger point")));
    EXPECT_TRUE(view.map(BodyView::Anterior)
                    .accessibleDescription()
                    .startsWith(QStringLiteral("No trigger points")));
}

TEST_F(BodyMapViewTest, clicking_a_muscle_over_the_lung_raises_its_caution_and_shows_its_tooltip)
{
    QSignalSpy caution(&view, &BodyMapView::cautionRaised);
    BodyMapWidget& back = view.map(BodyView::Posterior);
    const auto at = back.geometry().interiorPoint(QStringLiteral("infraspinatus"), BodySide::Left);
    ASSERT_TRUE(at);
    QTest::mouseClick(&back, Qt::LeftButton, {}, back.toWidget(*at).toPoint());
    ASSERT_EQ(points.size(), 1);
    ASSERT_EQ(caution.count(), 1);
    const Muscle* muscle = MuscleCatalogue::builtIn().find(QStringLiteral("infraspinatus"));
    ASSERT_TRUE(muscle);
    EXPECT_EQ(caution.first().at(0).toInt(), points.points().first().key);
    EXPECT_EQ(caution.first().at(1).toString(), QStringLiteral("infraspinatus"));
    EXPECT_EQ(caution.first().at(2).toString(), muscle->caution);
    EXPECT_TRUE(QToolTip::text().contains(muscle->caution)) << QToolTip::text().toStdString();
    QToolTip::hideText();
}

TEST_F(BodyMapViewTest, a_neurovascular_caution_is_raised_too_but_without_a_lasting_triangle)
{
    QSignalSpy caution(&view, &BodyMapView::cautionRaised);
    const Muscle* muscle = MuscleCatalogue::builtIn().find(QStringLiteral("biceps_femoris"));
    ASSERT_TRUE(muscle);
    ASSERT_TRUE(muscle->hasCaution(CautionKind::Neurovascular));
    EXPECT_FALSE(muscle->isHighRisk());
    BodyMapWidget& back = view.map(BodyView::Posterior);
    const auto at = back.geometry().interiorPoint(muscle->id, BodySide::Right);
    ASSERT_TRUE(at);
    QTest::mouseClick(&back, Qt::LeftButton, {}, back.toWidget(*at).toPoint());
    EXPECT_EQ(caution.count(), 1);
    QToolTip::hideText();
}

TEST_F(BodyMapViewTest, a_point_on_a_muscle_with_no_tagged_risk_raises_no_caution)
{
    QSignalSpy caution(&view, &BodyMapView::cautionRaised);
    BodyMapWidget& front = view.map(BodyView::Anterior);
    const auto at =
        front.geometry().interiorPoint(QStringLiteral("vastus_lateralis"), BodySide::Left);
    ASSERT_TRUE(at);
    QTest::mouseClick(&front, Qt::LeftButton, {}, front.toWidget(*at).toPoint());
    ASSERT_EQ(points.size(), 1);
    EXPECT_EQ(caution.count(), 0);
}

TEST_F(BodyMapViewTest, dragging_a_point_onto_a_caution_muscle_raises_the_caution)
{
    BodyMapWidget& front = view.map(BodyView::Anterior);
    const auto from =
        front.geometry().interiorPoint(QStringLiteral("vastus_lateralis"), BodySide::Left);
    const auto to =
        front.geometry().interiorPoint(QStringLiteral("rectus_femoris"), BodySide::Left);
    ASSERT_TRUE(from && to);
    const TriggerPointKey key = editor.addPoint(
        BodyView::Anterior, QStringLiteral("vastus_lateralis"), BodySide::Left, *from);
    QSignalSpy caution(&view, &BodyMapView::cautionRaised);
    editor.movePoint(key, *to, QStringLiteral("rectus_femoris"), BodySide::Left);
    ASSERT_EQ(caution.count(), 1);
    EXPECT_EQ(caution.first().at(1).toString(), QStringLiteral("rectus_femoris"));
    QToolTip::hideText();
}

TEST_F(BodyMapViewTest, a_point_placed_from_the_list_on_the_hidden_side_brings_that_side_into_view)
{
    view.resize(500, 800);
    ASSERT_FALSE(view.isSideBySide());
    ASSERT_EQ(view.currentView(), BodyView::Anterior);
    editor.addPoint(BodyView::Posterior, QStringLiteral("gluteus_maximus"), BodySide::Left,
                    QPointF(0.4, 0.5));
    EXPECT_EQ(view.currentView(), BodyView::Posterior);
    EXPECT_TRUE(shows(BodyView::Posterior));
    QToolTip::hideText();
}

} // namespace
} // namespace needlechart
