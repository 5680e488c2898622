#include "needlechart/ui/patients/PatientListPanel.h"

#include "needlechart/ui/patients/PatientListModel.h"

#include "QtPrinters.h"
#include "TestClinic.h"
#include "TypeText.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class PatientListPanelTest : public ::testing::Test {
protected:
    PatientListPanelTest()
    {
        panel.resize(800, 600);
        panel.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&panel));
    }

    test::TestClinic clinic{30};
    PatientListPanel panel{clinic.service(), test::TestClinic::defaultClinician(),
                           clinic.notifier()};
};

TEST_F(PatientListPanelTest, typing_in_the_search_box_filters_the_list_at_every_key)
{
    const Patient added = clinic.addPatient(QStringLiteral("Fernández-Ruiz"),
                                            QStringLiteral("Inés"), QDate(1977, 2, 3));
    QSignalSpy counted(panel.model(), &PatientListModel::totalCountChanged);

    QTest::keyClicks(panel.searchField(), QStringLiteral("fernandez-r"));

    EXPECT_EQ(counted.count(), QStringLiteral("fernandez-r").size());
    EXPECT_EQ(counted.last().at(0).toInt(), 1);
    EXPECT_EQ(panel.model()->searchText(), QStringLiteral("fernandez-r"));
    ASSERT_EQ(panel.model()->rowCount(), 1);
    EXPECT_EQ(panel.model()->patientIdAt(0), added.id);
}

TEST_F(PatientListPanelTest, the_search_box_offers_to_clear_what_was_typed)
{
    QTest::keyClicks(panel.searchField(), QStringLiteral("ab"));
    EXPECT_TRUE(panel.searchField()->isClearButtonEnabled());

    panel.searchField()->clear();
    QTest::keyClicks(panel.searchField(), QStringLiteral("c"));
    EXPECT_TRUE(panel.searchField()->isClearButtonEnabled());
}

TEST_F(PatientListPanelTest, selection_is_kept_by_id_when_the_list_reloads)
{
    const Patient kept =
        clinic.addPatient(QStringLiteral("Keepwell"), QStringLiteral("Kim"), QDate(1960, 6, 6));
    ASSERT_TRUE(panel.selectPatient(kept.id));
    QSignalSpy changed(&panel, &PatientListPanel::currentPatientChanged);

    // A new patient sorting before this one shifts every row down by one.
    clinic.addPatient(QStringLiteral("Aardvark"), QStringLiteral("Al"), QDate(1950, 1, 1));
    panel.model()->sort(PatientListModel::DateOfBirth, Qt::AscendingOrder);

    EXPECT_EQ(panel.currentPatientId(), kept.id);
    EXPECT_EQ(changed.count(), 0);
    const QModelIndex current = panel.tableView()->currentIndex();
    EXPECT_EQ(panel.model()->patientIdAt(current.row()), kept.id);
}

TEST_F(PatientListPanelTest, selection_clears_when_the_search_hides_the_patient)
{
    const Patient hidden =
        clinic.addPatient(QStringLiteral("Hideaway"), QStringLiteral("Hal"), QDate(1960, 6, 6));
    ASSERT_TRUE(panel.selectPatient(hidden.id));
    QSignalSpy changed(&panel, &PatientListPanel::currentPatientChanged);

    panel.searchField()->setText(QStringLiteral("nobody-has-this-name"));

    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), 0);
    EXPECT_EQ(panel.currentPatientId(), 0);
}

TEST_F(PatientListPanelTest, enter_on_a_row_activates_that_patient)
{
    const PatientId second = panel.model()->patientIdAt(1);
    ASSERT_TRUE(panel.selectPatient(second));
    QSignalSpy activated(&panel, &PatientListPanel::patientActivated);

    panel.tableView()->setFocus();
    QTest::keyClick(panel.tableView(), Qt::Key_Return);

    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), second);
}

TEST_F(PatientListPanelTest, double_click_on_a_row_activates_that_patient)
{
    QTableView* view = panel.tableView();
    const QRect cell = view->visualRect(panel.model()->index(2, PatientListModel::Name));
    QSignalSpy activated(&panel, &PatientListPanel::patientActivated);

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());

    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), panel.model()->patientIdAt(2));
}

TEST_F(PatientListPanelTest, down_arrow_in_the_search_box_moves_to_the_first_result)
{
    QSignalSpy changed(&panel, &PatientListPanel::currentPatientChanged);
    panel.focusSearch();

    QTest::keyClick(panel.searchField(), Qt::Key_Down);

    EXPECT_TRUE(panel.tableView()->hasFocus());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), panel.model()->patientIdAt(0));
}

TEST_F(PatientListPanelTest, clicking_a_column_header_sorts_by_that_column)
{
    const QRect section(
        panel.tableView()->horizontalHeader()->sectionViewportPosition(PatientListModel::Phone), 0,
        20, 10);
    QTest::mouseClick(panel.tableView()->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      section.center());

    EXPECT_EQ(panel.sortColumn(), PatientListModel::Phone);
}

} // namespace
} // namespace needlechart
