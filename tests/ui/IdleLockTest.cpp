// Issue 14's idle lock: after the clinic's idle minutes (by a fixed clock) the main window is
// covered, every other window hidden and every command disabled, a Lock row audited; the same
// person unlocks with their password; "switch user" saves the open note first and asks for the
// sign-in window.
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/ui/common/IdleWatcher.h"
#include "needlechart/ui/mainwindow/LockScreen.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionWindow.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "RecordingMessagePresenter.h"
#include "SigningClinician.h"
#include "TestClinic.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class IdleLockTest : public ::testing::Test {
protected:
    test::TestClinic clinic{5};
    test::RecordingMessagePresenter messages;
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    User alex = test::signingClinician(clinic.services(), StaffRole::Clinician);
    UiContext context = clinic.context(settings, messages, alex);

    std::unique_ptr<MainWindow> open()
    {
        auto window = std::make_unique<MainWindow>(context);
        window->resize(1200, 800);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    int lockRows()
    {
        AuditQuery query;
        query.action = AuditAction::Lock;
        auto rows = clinic.services().auditRepository().find(query);
        return rows ? int(rows->size()) : -1;
    }
};

} // namespace

TEST_F(IdleLockTest, the_window_locks_after_the_clinics_idle_minutes_and_not_before)
{
    auto window = open();
    ASSERT_TRUE(window->idleWatcher());
    EXPECT_EQ(window->idleWatcher()->idleMinutes(), 5) << "the clinic's default";
    clinic.clock().advanceSeconds(4 * 60 + 59);
    window->idleWatcher()->check();
    EXPECT_FALSE(window->isLocked());
    // A key pressed counts as use: the five minutes start again.
    QTest::keyClick(window.get(), Qt::Key_Shift);
    clinic.clock().advanceSeconds(2 * 60);
    window->idleWatcher()->check();
    EXPECT_FALSE(window->isLocked());
    clinic.clock().advanceSeconds(3 * 60);
    window->idleWatcher()->check();
    ASSERT_TRUE(window->isLocked());
    EXPECT_EQ(lockRows(), 1);
    LockScreen* lock = window->lockScreen();
    ASSERT_TRUE(lock);
    EXPECT_TRUE(lock->isVisible());
    EXPECT_EQ(lock->geometry(), window->rect()) << "it covers the whole window";
    for (QAction* action : window->findChildren<QAction*>())
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
}

TEST_F(IdleLockTest, a_clinic_that_chose_other_minutes_locks_after_those)
{
    auto profile = clinic.services().clinic().profile();
    ASSERT_TRUE(profile);
    profile->name = QStringLiteral("Riverside Physiotherapy");
    profile->idleLockMinutes = 2;
    ASSERT_TRUE(clinic.services().clinic().saveProfile(*profile, test::TestClinic::defaultAdmin()));
    auto window = open();
    clinic.clock().advanceSeconds(2 * 60);
    window->idleWatcher()->check();
    EXPECT_TRUE(window->isLocked());
    profile->idleLockMinutes = 0;
    EXPECT_FALSE(clinic.services().clinic().saveProfile(*profile, test::TestClinic::defaultAdmin()))
        << "0 minutes is refused";
}

TEST_F(IdleLockTest, the_same_person_unlocks_with_their_password_and_finds_everything_as_it_was)
{
    auto window = open();
    window->lockNow();
    LockScreen* lock = window->lockScreen();
    ASSERT_TRUE(lock);
    QTest::keyClicks(lock->passwordEdit(), QStringLiteral("not the password"));
    QTest::mouseClick(lock->unlockButton(), Qt::LeftButton);
    EXPECT_TRUE(window->isLocked());
    auto* error = lock->findChild<QLabel*>(QStringLiteral("lockError"));
    ASSERT_TRUE(error);
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_TRUE(lock->passwordEdit()->text().isEmpty());

    QTest::keyClicks(lock->passwordEdit(), test::SigningPassword);
    QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    EXPECT_FALSE(window->isLocked());
    bool anyEnabled = false;
    for (QAction* action : window->findChildren<QAction*>())
        anyEnabled = anyEnabled || action->isEnabled();
    EXPECT_TRUE(anyEnabled);
    EXPECT_FALSE(window->idleWatcher()->isPaused());
}

TEST_F(IdleLockTest, an_open_note_is_hidden_while_locked_and_saved_before_someone_else_signs_in)
{
    auto window = open();
    const Patient patient =
        clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Ada"), QDate(1984, 5, 6));
    SessionWindow* note = window->newSession(patient.id);
    ASSERT_TRUE(note);
    note->editor().edit(QStringLiteral("presentingComplaint"), [](Session& s) {
        s.presentingComplaint = QStringLiteral("Right neck pain for a week");
    });
    note->editor().finishEdit();
    ASSERT_TRUE(note->editor().hasUnsavedChanges());
    window->lockNow();
    EXPECT_FALSE(note->isVisible()) << "nothing of the record stays on screen";

    QSignalSpy signOut(window.get(), &MainWindow::signOutRequested);
    QTest::mouseClick(window->lockScreen()->switchUserButton(), Qt::LeftButton);
    EXPECT_EQ(signOut.count(), 1);
    EXPECT_FALSE(note->editor().hasUnsavedChanges()) << "the draft was saved first";
    auto stored = clinic.sessions().history(patient.id, alex);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->size(), 1u);
}

} // namespace needlechart
