#include "needlechart/ui/bodymap/MuscleListModel.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

TEST(MuscleListModelTest, passes_the_model_tester_while_filtering)
{
    MuscleListModel model(MuscleCatalogue::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilterText(QStringLiteral("hams"));
    model.setFilterText(QStringLiteral("zzzz"));
    model.setFilterText(QString());
    EXPECT_EQ(model.rowCount(), MuscleCatalogue::builtIn().size());
}

TEST(MuscleListModelTest, shows_every_muscle_until_filtered)
{
    const MuscleListModel model(MuscleCatalogue::builtIn());
    EXPECT_EQ(model.rowCount(), MuscleCatalogue::builtIn().size());
}

TEST(MuscleListModelTest, filter_finds_the_hamstrings_by_their_short_name)
{
    MuscleListModel model(MuscleCatalogue::builtIn());
    model.setFilterText(QStringLiteral("hams"));
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(MuscleListModel::MuscleIdRole).toString();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("biceps_femoris"), QStringLiteral("semitendinosus"),
                                QStringLiteral("semimembranosus")}));
    EXPECT_EQ(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Biceps femoris"));
}

TEST(MuscleListModelTest, tooltip_gives_group_referred_pain_as_guidance_and_caution)
{
    MuscleListModel model(MuscleCatalogue::builtIn());
    model.setFilterText(QStringLiteral("serratus"));
    ASSERT_GE(model.rowCount(), 1);
    const QModelIndex index = model.index(model.rowOf(QStringLiteral("serratus_anterior")));
    const Muscle* muscle = MuscleCatalogue::builtIn().find(QStringLiteral("serratus_anterior"));
    ASSERT_NE(muscle, nullptr);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(muscle->group));
    EXPECT_TRUE(tip.contains(muscle->referredPain));
    EXPECT_TRUE(tip.contains(QStringLiteral("guidance")));
    EXPECT_TRUE(tip.contains(muscle->caution));
    EXPECT_EQ(index.data(Qt::AccessibleDescriptionRole).toString(), tip);
}

TEST(MuscleListModelTest, deep_role_follows_the_catalogue)
{
    MuscleListModel model(MuscleCatalogue::builtIn());
    model.setFilterText(QStringLiteral("subscap"));
    const int deep = model.rowOf(QStringLiteral("subscapularis"));
    ASSERT_GE(deep, 0);
    EXPECT_TRUE(model.index(deep).data(MuscleListModel::IsDeepRole).toBool());
    model.setFilterText(QStringLiteral("biceps femoris"));
    const int surface = model.rowOf(QStringLiteral("biceps_femoris"));
    ASSERT_GE(surface, 0);
    EXPECT_FALSE(model.index(surface).data(MuscleListModel::IsDeepRole).toBool());
}

TEST(MuscleListModelTest, an_unchanged_result_does_not_reset_the_model)
{
    MuscleListModel model(MuscleCatalogue::builtIn());
    model.setFilterText(QStringLiteral("ham"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilterText(QStringLiteral("hams"));
    EXPECT_EQ(resets.count(), 0);
}

} // namespace
} // namespace needlechart
