#include "needlechart/ui/BodyMapView.h"

#include "needlechart/domain/TriggerPointSet.h"
#include "needlechart/ui/BodyMapArtwork.h"
#include "needlechart/ui/BodyMapWidget.h"
#include "needlechart/ui/TriggerPointEditor.h"

#include <QTest>
#include <QToolButton>
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
    QToolButton* history = button("Show earlier sessions' points");
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

} // namespace
} // namespace needlechart
