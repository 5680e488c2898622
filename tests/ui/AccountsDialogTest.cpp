// An admin's management of staff accounts: adding one (with a temporary password shown once),
// editing roles and the needling authorisation, resetting a password, unlocking.
#include "needlechart/ui/accounts/AccountsDialog.h"

#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/ui/accounts/AccountEditDialog.h"
#include "needlechart/ui/accounts/AccountListModel.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QString AdminPassword = QStringLiteral("correct horse battery");

class AccountsDialogTest : public ::testing::Test {
protected:
    test::TestClinic clinic;
    test::RecordingMessagePresenter messages;
    AccountService& accounts = clinic.services().accounts();
    User admin;

    void SetUp() override
    {
        StaffAccount a;
        a.login = QStringLiteral("pat");
        a.displayName = QStringLiteral("Pat Lewis");
        a.roles = StaffRole::Admin;
        auto created = accounts.createFirstAdmin(a, AdminPassword);
        ASSERT_TRUE(created.ok());
        admin = AccountService::userOf(*created);
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // The temporary password in the last message shown.
    QString shownPassword() const
    {
        static const QRegularExpression pattern(
            QStringLiteral("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        if (messages.messages.isEmpty())
            return {};
        return pattern.match(messages.messages.last().text).captured(0);
    }
};

TEST_F(AccountsDialogTest, a_new_clinician_gets_a_temporary_password_that_must_be_changed)
{
    AccountEditDialog edit(accounts, admin, std::nullopt);
    type(edit.nameEdit(), QStringLiteral("Alex Morgan"));
    type(edit.loginEdit(), QStringLiteral("alex"));
    edit.clinicianBox()->setChecked(true);
    type(edit.registrationEdit(), QStringLiteral("PH 104 233"));
    edit.needlingGroup()->setChecked(true);
    type(edit.needlingBodyEdit(), QStringLiteral("AACP register"));
    type(edit.needlingNumberEdit(), QStringLiteral("AACP-41827"));
    edit.needlingExpiryEdit()->setDate(QDate(2027, 3, 31));

    edit.save();

    ASSERT_EQ(edit.result(), QDialog::Accepted) << edit.errorLabel()->text().toStdString();
    EXPECT_EQ(edit.temporaryPassword().size(), 14);
    auto signedIn = accounts.signIn(QStringLiteral("alex"), edit.temporaryPassword());
    ASSERT_TRUE(signedIn.ok());
    EXPECT_TRUE(signedIn->mustChangePassword);
    EXPECT_EQ(signedIn->account.registrationNumber, QStringLiteral("PH 104 233"));
    EXPECT_EQ(signedIn->account.needling.expiresOn, QDate(2027, 3, 31));
    EXPECT_TRUE(signedIn->user.canChart());
}

TEST_F(AccountsDialogTest, an_account_without_a_role_is_refused_with_a_message_and_not_stored)
{
    AccountEditDialog edit(accounts, admin, std::nullopt);
    type(edit.nameEdit(), QStringLiteral("Casey Lee"));
    type(edit.loginEdit(), QStringLiteral("casey"));

    edit.save();

    EXPECT_NE(edit.result(), QDialog::Accepted);
    EXPECT_TRUE(edit.errorLabel()->text().contains(QStringLiteral("role")));
    EXPECT_EQ(accounts.accounts(admin)->size(), 1u);
}

TEST_F(AccountsDialogTest, the_list_shows_each_account_and_reset_shows_a_new_temporary_password)
{
    StaffAccount desk;
    desk.login = QStringLiteral("desk");
    desk.displayName = QStringLiteral("Casey Lee");
    desk.roles = StaffRole::FrontDesk;
    ASSERT_TRUE(accounts.createAccount(admin, desk, QStringLiteral("first temporary 1")).ok());
    messages.answer = true;
    AccountsDialog dialog(accounts, clinic.clock(), messages, admin);
    ASSERT_EQ(dialog.model()->rowCount(), 2);
    int deskRow = -1;
    for (int row = 0; row < 2; ++row) {
        if (dialog.model()->accountAt(row)->login == QStringLiteral("desk"))
            deskRow = row;
    }
    ASSERT_GE(deskRow, 0);
    EXPECT_EQ(dialog.model()->index(deskRow, AccountListModel::StatusColumn).data().toString(),
              QStringLiteral("Active, temporary password"));
    dialog.table()->selectRow(deskRow);

    dialog.resetSelected();

    const QString password = shownPassword();
    ASSERT_FALSE(password.isEmpty()) << messages.messages.last().text.toStdString();
    EXPECT_FALSE(accounts.signIn(QStringLiteral("desk"), QStringLiteral("first temporary 1")).ok());
    EXPECT_TRUE(accounts.signIn(QStringLiteral("desk"), password).ok());
}

TEST_F(AccountsDialogTest, a_locked_account_is_shown_locked_and_the_admin_unlocks_it)
{
    StaffAccount jo;
    jo.login = QStringLiteral("jo");
    jo.displayName = QStringLiteral("Jo Park");
    jo.roles = StaffRole::Clinician;
    ASSERT_TRUE(accounts.createAccount(admin, jo, QStringLiteral("first temporary 1")).ok());
    for (int i = 0; i < 5; ++i)
        (void)accounts.signIn(QStringLiteral("jo"), QStringLiteral("wrong guess %1").arg(i));
    AccountsDialog dialog(accounts, clinic.clock(), messages, admin);
    int joRow = -1;
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        if (dialog.model()->accountAt(row)->login == QStringLiteral("jo"))
            joRow = row;
    }
    ASSERT_GE(joRow, 0);
    EXPECT_TRUE(dialog.model()
                    ->index(joRow, AccountListModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Locked until")));
    dialog.table()->selectRow(joRow);
    EXPECT_TRUE(dialog.unlockButton()->isEnabled());

    dialog.unlockSelected();

    EXPECT_TRUE(accounts.signIn(QStringLiteral("jo"), QStringLiteral("first temporary 1")).ok());
}

TEST_F(AccountsDialogTest, the_last_admin_cannot_be_deactivated_through_the_form)
{
    AccountEditDialog edit(accounts, admin, *accounts.accounts(admin)->begin());
    edit.activeBox()->setChecked(false);

    edit.save();

    EXPECT_NE(edit.result(), QDialog::Accepted);
    EXPECT_FALSE(edit.errorLabel()->text().isEmpty());
    EXPECT_TRUE(accounts.signIn(QStringLiteral("pat"), AdminPassword).ok());
}

} // namespace
} // namespace needlechart
