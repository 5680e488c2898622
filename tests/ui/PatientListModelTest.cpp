#include "needlechart/ui/patients/PatientListModel.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "QtPrinters.h"
#include "TestClinic.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace needlechart {
namespace {

class PatientListModelTest : public ::testing::Test {
protected:
    // 450 patients: two full pages and a short third one.
    test::TestClinic clinic{450};
    PatientListModel model{clinic.service(), test::TestClinic::defaultClinician(),
                           clinic.notifier()};

    [[nodiscard]] QString text(int row, int column) const
    {
        return model.data(model.index(row, column)).toString();
    }
};

TEST_F(PatientListModelTest, passes_item_model_tester_through_search_sort_fetch_more_and_refresh)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Qt 6.4's tester runs its checks (and its own fetchMore) from modelReset before it marks
    // the reset finished, so a fetch it starts there is reported as a change inside the reset.
    // After its first pass the test fetches instead; the tester still checks every insertion
    // and every reset.
    tester.setUseFetchMore(false);

    model.setSearchText(QStringLiteral("smi"));
    EXPECT_LT(model.totalCount(), 450);
    model.setSearchText({});
    EXPECT_EQ(model.rowCount(), PatientListModel::PageSize);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * PatientListModel::PageSize);
    model.sort(PatientListModel::DateOfBirth, Qt::DescendingOrder);
    EXPECT_EQ(model.rowCount(), PatientListModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    clinic.addPatient(QStringLiteral("Tester"), QStringLiteral("Quinn"), QDate(1990, 1, 2));
    EXPECT_EQ(model.rowCount(), 451);
    model.sort(PatientListModel::LastVisit, Qt::AscendingOrder);
    model.sort(PatientListModel::Phone, Qt::DescendingOrder);

    EXPECT_EQ(model.totalCount(), 451);
    EXPECT_EQ(model.rowCount(), PatientListModel::PageSize);
}

TEST_F(PatientListModelTest, loads_first_page_and_fetch_more_appends_the_next_with_row_signals)
{
    ASSERT_EQ(model.totalCount(), 450);
    ASSERT_EQ(model.rowCount(), 200);
    ASSERT_TRUE(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.fetchMore({});
    model.fetchMore({});

    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 200);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 399);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 400);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 449);
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(PatientListModelTest, search_text_filters_rows_and_total_count_ignoring_case_and_accents)
{
    const Patient added =
        clinic.addPatient(QStringLiteral("Ødegård"), QStringLiteral("Zoë"), QDate(1984, 3, 12));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counted(&model, &PatientListModel::totalCountChanged);

    model.setSearchText(QStringLiteral("ODEGARD zo"));

    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(model.totalCount(), 1);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.patientIdAt(0), added.id);
    EXPECT_EQ(DisplayText::withoutIsolates(text(0, PatientListModel::Name)),
              QStringLiteral("Ødegård, Zoë"));
    ASSERT_EQ(counted.count(), 1);
    EXPECT_EQ(counted.at(0).at(0).toInt(), 1);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(PatientListModelTest, setting_the_same_search_text_again_does_not_reload)
{
    model.setSearchText(QStringLiteral("a"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setSearchText(QStringLiteral("a"));

    EXPECT_EQ(reset.count(), 0);
}

TEST_F(PatientListModelTest, sort_by_date_of_birth_descending_puts_youngest_first)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.sort(PatientListModel::DateOfBirth, Qt::DescendingOrder);

    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(model.rowCount(), 200);
    QDate previous = clinic.service()
                         .get(model.patientIdAt(0), test::TestClinic::defaultClinician())
                         .value()
                         .dateOfBirth;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDate born = clinic.service()
                               .get(model.patientIdAt(row), test::TestClinic::defaultClinician())
                               .value()
                               .dateOfBirth;
        ASSERT_LE(born, previous) << "row " << row;
        previous = born;
    }
}

TEST_F(PatientListModelTest, sorting_in_the_order_already_shown_does_not_reload)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.sort(PatientListModel::Name, Qt::AscendingOrder);

    EXPECT_EQ(reset.count(), 0);
}

TEST_F(PatientListModelTest, date_of_birth_column_shows_date_and_age_from_the_clock)
{
    const Patient added =
        clinic.addPatient(QStringLiteral("Agecheck"), QStringLiteral("Ada"), QDate(1984, 3, 12));
    model.setSearchText(QStringLiteral("agecheck"));
    ASSERT_EQ(model.rowCount(), 1);

    // 1 March 2026 is before the 12 March birthday: still 41.
    EXPECT_EQ(text(0, PatientListModel::DateOfBirth), QStringLiteral("12/03/1984 (41)"));

    clinic.clock().set(QDateTime(QDate(2026, 3, 12), QTime(12, 0), Qt::UTC));
    EXPECT_EQ(text(0, PatientListModel::DateOfBirth), QStringLiteral("12/03/1984 (42)"));
    EXPECT_EQ(model.data(model.index(0, 0), PatientListModel::PatientIdRole).toLongLong(),
              added.id);
}

// Issue 12, defect 12: each part of a name is isolated, and the whole, so a right-to-left family
// name keeps the given name after it and a name stored with a direction override before the
// validator refused it cannot reverse what is shown beside it.
TEST_F(PatientListModelTest,
       names_are_isolated_part_by_part_so_right_to_left_or_legacy_ones_keep_their_row_in_order)
{
    const QChar fsi = DisplayText::FirstStrongIsolate;
    const QChar pdi = DisplayText::PopDirectionalIsolate;
    const Patient sarah =
        clinic.addPatient(QStringLiteral("כהן"), QStringLiteral("שרה"), QDate(1984, 3, 12));
    Patient legacy;
    legacy.familyName = QStringLiteral("Evil\u202Eeman\u2069"); // an override, and a stray PDI
    legacy.givenName = QStringLiteral("Lena");
    legacy.preferredName = QStringLiteral("Len");
    legacy.dateOfBirth = QDate(1971, 5, 23);
    ASSERT_TRUE(clinic.repository().create(legacy, test::TestClinic::fixedNow()).ok());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setSearchText(QStringLiteral("כהן"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.patientIdAt(0), sarah.id);
    EXPECT_EQ(text(0, PatientListModel::Name), QString(fsi) + fsi + QStringLiteral("כהן") + pdi
                                                   + QStringLiteral(", ") + fsi
                                                   + QStringLiteral("שרה") + pdi + pdi);
    EXPECT_EQ(text(0, PatientListModel::DateOfBirth), QStringLiteral("12/03/1984 (41)"));

    model.setSearchText(QStringLiteral("Lena"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(text(0, PatientListModel::Name),
              QString(fsi) + fsi + QStringLiteral("Evil\u202Eeman") + pdi + QStringLiteral(", ")
                  + fsi + QStringLiteral("Lena") + pdi + QStringLiteral(" (") + fsi
                  + QStringLiteral("Len") + pdi + QStringLiteral(")") + pdi)
        << "the override is closed by its part's isolate; the stray PDI cannot end it early";
}

TEST_F(PatientListModelTest, never_seen_patient_shows_a_dash_for_last_visit)
{
    clinic.addPatient(QStringLiteral("Newcomer"), QStringLiteral("Nia"), QDate(2001, 7, 4));
    model.setSearchText(QStringLiteral("newcomer"));
    ASSERT_EQ(model.rowCount(), 1);

    EXPECT_EQ(text(0, PatientListModel::LastVisit), QStringLiteral("\u2014"));
}

TEST_F(PatientListModelTest, change_notifier_refresh_shows_a_new_patient_and_keeps_loaded_rows)
{
    model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 400);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const Patient added =
        clinic.addPatient(QStringLiteral("Aaronson"), QStringLiteral("Abe"), QDate(1970, 5, 5));

    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.totalCount(), 451);
    EXPECT_EQ(model.rowCount(), 400);
    EXPECT_GE(model.rowOfPatient(added.id), 0);
}

TEST_F(PatientListModelTest,
       fetch_until_loaded_finds_a_patient_beyond_the_first_page_within_its_cap)
{
    const Patient last =
        clinic.addPatient(QStringLiteral("Zzyzx"), QStringLiteral("Zed"), QDate(1980, 1, 1));
    ASSERT_EQ(model.rowOfPatient(last.id), -1);

    EXPECT_EQ(model.fetchUntilLoaded(last.id, 400), -1);
    EXPECT_EQ(model.rowCount(), 400);

    const int row = model.fetchUntilLoaded(last.id, 1000);

    EXPECT_EQ(row, 450);
    EXPECT_EQ(model.patientIdAt(row), last.id);
}

TEST_F(PatientListModelTest, headers_name_the_columns)
{
    EXPECT_EQ(model.columnCount(), PatientListModel::ColumnCount);
    EXPECT_EQ(model.headerData(PatientListModel::Name, Qt::Horizontal).toString(),
              QStringLiteral("Name"));
    EXPECT_EQ(model.headerData(PatientListModel::DateOfBirth, Qt::Horizontal).toString(),
              QStringLiteral("Date of birth (age)"));
    EXPECT_EQ(model.headerData(PatientListModel::Phone, Qt::Horizontal).toString(),
              QStringLiteral("Phone"));
    EXPECT_EQ(model.headerData(PatientListModel::LastVisit, Qt::Horizontal).toString(),
              QStringLiteral("Last visit"));
}

TEST_F(PatientListModelTest, deferred_count_leaves_a_broad_search_pending_until_typing_pauses)
{
    // More patients named "Abara" than one page holds, so "a" fills the first page whatever the
    // made-up names are. Written through the repository in one transaction: no change is
    // announced, so the model does not reload for each of them.
    constexpr int Abaras = PatientListModel::PageSize + 1;
    {
        Transaction tx(clinic.database());
        ASSERT_TRUE(tx.begun().ok());
        for (int i = 0; i < Abaras; ++i) {
            Patient p;
            p.familyName = QStringLiteral("Abara");
            p.givenName = QStringLiteral("Chidi %1").arg(i);
            p.dateOfBirth = QDate(1960, 1, 1).addDays(i);
            ASSERT_TRUE(clinic.repository().create(p, test::TestClinic::fixedNow()).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    model.setCountDelay(20);
    QSignalSpy counted(&model, &PatientListModel::totalCountChanged);
    model.setSearchText(QStringLiteral("a"));
    // A full first page: shown at once, counted later.
    ASSERT_EQ(model.rowCount(), PatientListModel::PageSize);
    EXPECT_EQ(model.totalCount(), PatientListModel::CountPending);
    EXPECT_TRUE(model.canFetchMore({}));
    ASSERT_TRUE(counted.wait(2000));
    EXPECT_GE(model.totalCount(), Abaras);
    // A short page is its own count, with no wait.
    model.setSearchText(QStringLiteral("Tester Quinn"));
    EXPECT_EQ(model.totalCount(), model.rowCount());
    model.setSearchText({});
    EXPECT_EQ(model.totalCount(), PatientListModel::CountPending);
    ASSERT_TRUE(counted.wait(2000));
    EXPECT_EQ(model.totalCount(), 450 + Abaras);
}

TEST_F(PatientListModelTest, a_count_delay_given_at_construction_defers_the_first_count_too)
{
    // The main window's start: the first page of 450 is shown without counting all of them.
    PatientListModel delayed(clinic.service(), test::TestClinic::defaultClinician(),
                             clinic.notifier(), 20);

    ASSERT_EQ(delayed.rowCount(), PatientListModel::PageSize);
    EXPECT_EQ(delayed.totalCount(), PatientListModel::CountPending);
    EXPECT_TRUE(delayed.canFetchMore({}));
    QSignalSpy counted(&delayed, &PatientListModel::totalCountChanged);
    ASSERT_TRUE(counted.wait(2000));
    EXPECT_EQ(delayed.totalCount(), 450);
    EXPECT_EQ(model.totalCount(), 450) << "without a delay the count comes with the first page";
}

TEST_F(PatientListModelTest, restarting_the_count_delay_waits_the_whole_delay_again)
{
    // Generous margins either side of each deadline: this machine may be busy.
    PatientListModel delayed(clinic.service(), test::TestClinic::defaultClinician(),
                             clinic.notifier(), 2000);
    QSignalSpy counted(&delayed, &PatientListModel::totalCountChanged);
    QTest::qWait(500);
    ASSERT_EQ(delayed.totalCount(), PatientListModel::CountPending);

    delayed.restartCountDelay();
    QTest::qWait(1700); // past the first deadline, before the restarted one

    EXPECT_EQ(delayed.totalCount(), PatientListModel::CountPending);
    ASSERT_TRUE(counted.wait(5000));
    EXPECT_EQ(delayed.totalCount(), 450);
}

} // namespace
} // namespace needlechart
