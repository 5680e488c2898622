// Signing in: the sign-in window, the first admin of a new clinic, a forced password change,
// and the flow that strings them together (driven through its dialog hook).
#include "needlechart/ui/accounts/SignInDialog.h"

#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/demo/DemoAccounts.h"
#include "needlechart/ui/accounts/ChangePasswordDialog.h"
#include "needlechart/ui/accounts/FirstAdminDialog.h"
#include "needlechart/ui/accounts/SignInFlow.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QString AdminPassword = QStringLiteral("correct horse battery");
const QString TempPassword = QStringLiteral("temporary staple 42");

class SignInDialogTest : public ::testing::Test {
protected:
    test::TestClinic clinic;
    test::RecordingMessagePresenter messages;
    AccountService& accounts = clinic.services().accounts();

    User createAdmin()
    {
        StaffAccount a;
        a.login = QStringLiteral("pat");
        a.displayName = QStringLiteral("Pat Lewis");
        a.roles = StaffRole::Admin;
        auto created = accounts.createFirstAdmin(a, AdminPassword);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created.ok() ? AccountService::userOf(*created) : User{};
    }

    void addClinician(const User& admin, const char* login, const QString& password)
    {
        StaffAccount a;
        a.login = QString::fromLatin1(login);
        a.displayName = QStringLiteral("Alex Morgan");
        a.roles = StaffRole::Clinician;
        auto created = accounts.createAccount(admin, a, password);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
};

TEST_F(SignInDialogTest, the_right_password_signs_in_and_gives_the_accounts_user)
{
    const User admin = createAdmin();
    SignInDialog dialog(accounts, QStringLiteral("clinic.db"), QString());
    type(dialog.loginEdit(), QStringLiteral("PAT"));
    type(dialog.passwordEdit(), AdminPassword);

    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.signedIn().has_value());
    EXPECT_EQ(dialog.signedIn()->user, admin);
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty());
}

TEST_F(SignInDialogTest, a_wrong_password_says_so_empties_the_field_and_stays_open)
{
    createAdmin();
    SignInDialog dialog(accounts, QStringLiteral("clinic.db"), QString());
    dialog.show();
    type(dialog.loginEdit(), QStringLiteral("pat"));
    type(dialog.passwordEdit(), QStringLiteral("not my password"));

    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.signedIn().has_value());
    EXPECT_TRUE(dialog.errorLabel()->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("not right")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty());
}

TEST_F(SignInDialogTest, the_fifth_wrong_password_locks_the_account_and_the_window_says_until_when)
{
    createAdmin();
    SignInDialog dialog(accounts, QStringLiteral("clinic.db"), QString());
    for (int attempt = 0; attempt < 5; ++attempt) {
        type(dialog.loginEdit(), QStringLiteral("pat"));
        type(dialog.passwordEdit(), QStringLiteral("guess number %1").arg(attempt));
        dialog.signIn();
    }
    type(dialog.passwordEdit(), AdminPassword);
    dialog.signIn();

    EXPECT_FALSE(dialog.signedIn().has_value()) << "locked even with the right password";
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("locked")))
        << dialog.errorLabel()->text().toStdString();

    clinic.clock().advanceSeconds(15 * 60);
    type(dialog.passwordEdit(), AdminPassword);
    dialog.signIn();
    EXPECT_TRUE(dialog.signedIn().has_value()) << "15 minutes later it opens again";
}

TEST_F(SignInDialogTest, the_demo_accounts_are_named_only_when_a_demo_password_is_given)
{
    createAdmin();
    SignInDialog clinicDialog(accounts, QStringLiteral("clinic.db"), QString());
    EXPECT_FALSE(clinicDialog.demoHint()->isVisibleTo(&clinicDialog));
    SignInDialog demoDialog(accounts, QStringLiteral("demo.db"), DemoAccounts::password());
    EXPECT_TRUE(demoDialog.demoHint()->isVisibleTo(&demoDialog));
    EXPECT_TRUE(demoDialog.demoHint()->text().contains(DemoAccounts::password()));
    for (const char* login : {"admin", "alex", "jo", "desk"})
        EXPECT_TRUE(demoDialog.demoHint()->text().contains(QLatin1String(login))) << login;
}

TEST_F(SignInDialogTest, the_first_admin_is_created_with_matching_passwords_only)
{
    FirstAdminDialog dialog(accounts);
    type(dialog.nameEdit(), QStringLiteral("Alex Morgan"));
    type(dialog.loginEdit(), QStringLiteral("alex"));
    dialog.clinicianBox()->setChecked(true);
    type(dialog.passwordEdit(), AdminPassword);
    type(dialog.repeatEdit(), QStringLiteral("correct horse batteyr"));
    dialog.create();
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("differ")));
    EXPECT_TRUE(*accounts.needsFirstAdmin());

    type(dialog.repeatEdit(), AdminPassword);
    dialog.create();

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(*accounts.needsFirstAdmin());
    EXPECT_TRUE(dialog.created().roles.has(StaffRole::Admin));
    EXPECT_TRUE(dialog.created().roles.has(StaffRole::Clinician));
}

TEST_F(SignInDialogTest, a_weak_first_password_is_refused_with_the_policys_words)
{
    FirstAdminDialog dialog(accounts);
    type(dialog.nameEdit(), QStringLiteral("Alex Morgan"));
    type(dialog.loginEdit(), QStringLiteral("alex"));
    type(dialog.passwordEdit(), QStringLiteral("password123"));
    type(dialog.repeatEdit(), QStringLiteral("password123"));

    dialog.create();

    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("many people use")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(*accounts.needsFirstAdmin());
}

TEST_F(SignInDialogTest, the_flow_on_a_new_database_creates_the_first_admin_and_signs_them_in)
{
    SignInFlow flow(accounts, clinic.services().clinic(), messages);
    int shown = 0;
    flow.setDialogHook([&](QDialog& dialog) {
        ++shown;
        QTimer::singleShot(0, &dialog, [&dialog, this] {
            auto* first = qobject_cast<FirstAdminDialog*>(&dialog);
            ASSERT_NE(first, nullptr);
            type(first->nameEdit(), QStringLiteral("Pat Lewis"));
            type(first->loginEdit(), QStringLiteral("pat"));
            type(first->passwordEdit(), AdminPassword);
            type(first->repeatEdit(), AdminPassword);
            first->create();
        });
    });

    auto signedIn = flow.run(QStringLiteral("clinic.db"));

    ASSERT_TRUE(signedIn.has_value());
    EXPECT_EQ(shown, 1);
    EXPECT_EQ(signedIn->user.login, QStringLiteral("pat"));
    EXPECT_TRUE(signedIn->user.isAdmin());
}

TEST_F(SignInDialogTest, after_an_admin_reset_the_flow_asks_for_a_new_password_before_going_on)
{
    const User admin = createAdmin();
    addClinician(admin, "alex", TempPassword);
    SignInFlow flow(accounts, clinic.services().clinic(), messages);
    QStringList seen;
    flow.setDialogHook([&](QDialog& dialog) {
        seen.append(dialog.objectName());
        QTimer::singleShot(0, &dialog, [&dialog, this] {
            if (auto* signIn = qobject_cast<SignInDialog*>(&dialog)) {
                type(signIn->loginEdit(), QStringLiteral("alex"));
                type(signIn->passwordEdit(), TempPassword);
                signIn->signIn();
            } else if (auto* change = qobject_cast<ChangePasswordDialog*>(&dialog)) {
                type(change->currentEdit(), TempPassword);
                type(change->newEdit(), QStringLiteral("quiet river lantern"));
                type(change->repeatEdit(), QStringLiteral("quiet river lantern"));
                change->change();
            }
        });
    });

    auto signedIn = flow.run(QStringLiteral("clinic.db"));

    ASSERT_TRUE(signedIn.has_value());
    EXPECT_EQ(seen, (QStringList{QStringLiteral("signInDialog"),
                                 QStringLiteral("changePasswordDialog")}));
    EXPECT_FALSE(accounts.signIn(QStringLiteral("alex"), TempPassword).ok());
    auto again = accounts.signIn(QStringLiteral("alex"), QStringLiteral("quiet river lantern"));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->mustChangePassword);
}

TEST_F(SignInDialogTest, quitting_the_sign_in_window_signs_nobody_in)
{
    createAdmin();
    SignInFlow flow(accounts, clinic.services().clinic(), messages);
    flow.setDialogHook(
        [](QDialog& dialog) { QTimer::singleShot(0, &dialog, [&dialog] { dialog.reject(); }); });

    EXPECT_FALSE(flow.run(QStringLiteral("clinic.db")).has_value());
}

TEST_F(SignInDialogTest, changing_ones_password_needs_the_same_new_password_twice)
{
    const User admin = createAdmin();
    ChangePasswordDialog dialog(accounts, admin, false);
    type(dialog.currentEdit(), AdminPassword);
    type(dialog.newEdit(), QStringLiteral("quiet river lantern"));
    type(dialog.repeatEdit(), QStringLiteral("quiet river lanterns"));
    dialog.change();
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("differ")));
    EXPECT_TRUE(accounts.signIn(QStringLiteral("pat"), AdminPassword).ok());

    type(dialog.repeatEdit(), QStringLiteral("quiet river lantern"));
    dialog.change();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(accounts.signIn(QStringLiteral("pat"), QStringLiteral("quiet river lantern")).ok());
}

} // namespace
} // namespace needlechart
