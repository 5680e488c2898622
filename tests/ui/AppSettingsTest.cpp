#include "needlechart/ui/settings/AppSettings.h"

#include "needlechart/ui/patients/PatientListModel.h"

#include "QtPrinters.h"
#include "TempDatabase.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class AppSettingsTest : public ::testing::Test {
protected:
    [[nodiscard]] QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private:
    QTemporaryDir m_dir;
};

TEST_F(AppSettingsTest, unset_keys_read_as_their_defaults)
{
    const AppSettings settings(file());

    EXPECT_TRUE(settings.mainWindowGeometry().isEmpty());
    EXPECT_TRUE(settings.mainWindowState().isEmpty());
    EXPECT_TRUE(settings.mainSplitterState().isEmpty());
    EXPECT_EQ(settings.patientListSortColumn(), PatientListModel::Name);
    EXPECT_EQ(settings.patientListSortOrder(), Qt::AscendingOrder);
}

TEST_F(AppSettingsTest, values_survive_into_a_new_instance)
{
    {
        AppSettings settings(file());
        settings.setMainWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.setMainWindowState(QByteArrayLiteral("state"));
        settings.setMainSplitterState(QByteArrayLiteral("splitter"));
        settings.setPatientListSortColumn(PatientListModel::Phone);
        settings.setPatientListSortOrder(Qt::DescendingOrder);
    }
    const AppSettings settings(file());

    EXPECT_EQ(settings.mainWindowGeometry(), QByteArray("\x01\x02geometry", 10));
    EXPECT_EQ(settings.mainWindowState(), QByteArrayLiteral("state"));
    EXPECT_EQ(settings.mainSplitterState(), QByteArrayLiteral("splitter"));
    EXPECT_EQ(settings.patientListSortColumn(), PatientListModel::Phone);
    EXPECT_EQ(settings.patientListSortOrder(), Qt::DescendingOrder);
}

TEST_F(AppSettingsTest, damaged_values_fall_back_to_defaults)
{
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("patientList/sortColumn"), QStringLiteral("surname"));
        raw.setValue(QStringLiteral("patientList/sortOrder"), 7);
    }
    AppSettings settings(file());
    EXPECT_EQ(settings.patientListSortColumn(), PatientListModel::Name);
    EXPECT_EQ(settings.patientListSortOrder(), Qt::AscendingOrder);

    settings.setPatientListSortColumn(PatientListModel::ColumnCount + 3);
    EXPECT_EQ(settings.patientListSortColumn(), PatientListModel::Name);
}

TEST_F(AppSettingsTest, saving_the_values_already_stored_leaves_the_file_untouched)
{
    {
        AppSettings settings(file());
        settings.setMainWindowGeometry(QByteArrayLiteral("geometry"));
        settings.setPatientListSortColumn(PatientListModel::Phone);
    }
    // QSettings drops comments when it writes the file, so this line shows whether it did.
    const QByteArray comment = QByteArrayLiteral("; written by the test\n");
    {
        QFile raw(file());
        ASSERT_TRUE(raw.open(QIODevice::Append));
        raw.write(comment);
    }

    {
        AppSettings settings(file());
        settings.setMainWindowGeometry(QByteArrayLiteral("geometry"));
        settings.setPatientListSortColumn(PatientListModel::Phone);
        settings.sync();
    }
    EXPECT_TRUE(test::readFileBytes(file()).contains(comment));

    {
        AppSettings settings(file());
        settings.setPatientListSortColumn(PatientListModel::Name);
    }
    EXPECT_FALSE(test::readFileBytes(file()).contains(comment)) << "a changed value is written";
    EXPECT_EQ(AppSettings(file()).patientListSortColumn(), PatientListModel::Name);
    EXPECT_EQ(AppSettings(file()).mainWindowGeometry(), QByteArrayLiteral("geometry"));
}

} // namespace
} // namespace needlechart
