// Issue 14's audit viewer (admins): filters by patient, account, date range and action, sorts
// by each column, exports CSV; and a clinician's view of who opened a patient's record.
#include "needlechart/ui/audit/AuditViewerDialog.h"

#include "needlechart/domain/audit/AuditCsv.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/audit/AuditEventModel.h"
#include "needlechart/ui/audit/RecordOpeningsDialog.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class AuditViewerDialogTest : public ::testing::Test {
protected:
    test::TestClinic clinic;
    test::RecordingMessagePresenter messages;
    AccountService& accounts = clinic.services().accounts();
    AuditTrail& audit = clinic.services().audit();
    User admin;
    User alex;
    User jo;
    Patient ada;
    Patient ben;

    void SetUp() override
    {
        StaffAccount a;
        a.login = QStringLiteral("pat");
        a.displayName = QStringLiteral("Pat Lewis");
        a.roles = StaffRole::Admin;
        auto created = accounts.createFirstAdmin(a, QStringLiteral("correct horse battery"));
        ASSERT_TRUE(created.ok());
        admin = AccountService::userOf(*created);
        alex = test::TestClinic::defaultClinician();
        alex.accountId = 2;
        alex.login = QStringLiteral("alex");
        jo = alex;
        jo.accountId = 3;
        jo.login = QStringLiteral("jo");
        ada = clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Ada"), QDate(1984, 5, 6));
        ben = clinic.addPatient(QStringLiteral("Reid"), QStringLiteral("Ben"), QDate(1990, 1, 2));
        // Alex opens Ada's notes, Jo opens Ben's an hour later; Jo's attempt at the trail is
        // refused.
        ASSERT_TRUE(clinic.sessions().history(ada.id, alex));
        clinic.clock().advanceSeconds(3600);
        ASSERT_TRUE(clinic.sessions().history(ben.id, jo));
        ASSERT_FALSE(audit.events(jo, AuditQuery{}));
    }

    int rows(const AuditViewerDialog& dialog) const { return dialog.model()->rowCount(); }
};

} // namespace

TEST_F(AuditViewerDialogTest, opens_on_the_last_thirty_days_newest_first_with_patients_named)
{
    AuditViewerDialog dialog(audit, accounts, clinic.service(), clinic.clock(), messages, admin);
    ASSERT_GT(rows(dialog), 3);
    const QAbstractItemModel* shown = dialog.sortedModel();
    // Newest first: Jo's refused reading of the trail (the admin's own reading is recorded
    // after the rows it read).
    EXPECT_EQ(shown->index(0, AuditEventModel::ActionColumn).data().toString(),
              QStringLiteral("Permission refused"));
    EXPECT_EQ(shown->index(0, AuditEventModel::AccountColumn).data().toString(),
              QStringLiteral("jo"));
    bool named = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, AuditEventModel::PatientColumn).data().toString()
            == QStringLiteral("Ada Okafor (no. %1)").arg(ada.id))
            named = true;
    }
    EXPECT_TRUE(named);
}

TEST_F(AuditViewerDialogTest, filters_by_patient_account_action_and_date)
{
    AuditViewerDialog dialog(audit, accounts, clinic.service(), clinic.clock(), messages, admin);
    dialog.setPatientFilter(ada.id);
    dialog.setActionFilter(AuditAction::OpenRecord);
    dialog.reload();
    ASSERT_EQ(rows(dialog), 1);
    EXPECT_EQ(dialog.model()->eventAt(0)->login, QStringLiteral("alex"));

    dialog.setPatientFilter(0);
    dialog.setActionFilter(AuditAction::PermissionRefused);
    dialog.reload();
    ASSERT_EQ(rows(dialog), 1);
    EXPECT_EQ(dialog.model()->eventAt(0)->login, QStringLiteral("jo"));

    dialog.setActionFilter(std::nullopt);
    dialog.setAccountFilter(admin.accountId);
    dialog.reload();
    for (int row = 0; row < rows(dialog); ++row)
        EXPECT_EQ(dialog.model()->eventAt(row)->accountId, admin.accountId);

    const QDate today = clinic.clock().today();
    dialog.setAccountFilter(0);
    dialog.setDateRange(today.addDays(-10), today.addDays(-1));
    dialog.reload();
    EXPECT_EQ(rows(dialog), 0) << "nothing happened before today";
}

TEST_F(AuditViewerDialogTest, every_column_sorts_both_ways)
{
    AuditViewerDialog dialog(audit, accounts, clinic.service(), clinic.clock(), messages, admin);
    QSortFilterProxyModel* sorted = dialog.sortedModel();
    ASSERT_GT(sorted->rowCount(), 2);
    for (int column = 0; column < AuditEventModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            sorted->sort(column, order);
            for (int row = 1; row < sorted->rowCount(); ++row) {
                const QVariant a = sorted->index(row - 1, column).data(AuditEventModel::SortRole);
                const QVariant b = sorted->index(row, column).data(AuditEventModel::SortRole);
                const auto ordering = QVariant::compare(a, b);
                if (order == Qt::AscendingOrder)
                    EXPECT_NE(ordering, QPartialOrdering::Greater) << column << " row " << row;
                else
                    EXPECT_NE(ordering, QPartialOrdering::Less) << column << " row " << row;
            }
        }
    }
}

TEST_F(AuditViewerDialogTest, exports_the_filtered_rows_as_csv_and_records_the_export)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trail.csv"));
    messages.fileAnswer = path;
    AuditViewerDialog dialog(audit, accounts, clinic.service(), clinic.clock(), messages, admin);
    dialog.setActionFilter(AuditAction::OpenRecord);
    dialog.reload();
    dialog.exportCsv();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << "a header and the two openings";
    EXPECT_EQ(lines.front(), AuditCsv::header());
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(",open-record,")));
    AuditQuery exports;
    exports.action = AuditAction::Export;
    auto recorded = audit.events(admin, exports);
    ASSERT_TRUE(recorded);
    ASSERT_EQ(recorded->size(), 1u);
    EXPECT_EQ(recorded->front().detail, QStringLiteral("2 rows"));
}

TEST_F(AuditViewerDialogTest, cancelling_the_export_question_writes_and_records_nothing)
{
    messages.fileAnswer.reset();
    AuditViewerDialog dialog(audit, accounts, clinic.service(), clinic.clock(), messages, admin);
    dialog.exportCsv();
    AuditQuery exports;
    exports.action = AuditAction::Export;
    auto recorded = audit.events(admin, exports);
    ASSERT_TRUE(recorded);
    EXPECT_TRUE(recorded->empty());
}

TEST_F(AuditViewerDialogTest, a_clinician_sees_who_opened_a_patients_record)
{
    RecordOpeningsDialog dialog(audit, messages, alex, ben.id);
    ASSERT_EQ(dialog.model()->rowCount(), 1);
    EXPECT_EQ(dialog.model()->eventAt(0)->login, QStringLiteral("jo"));
    EXPECT_TRUE(messages.messages.isEmpty());
}

} // namespace needlechart
