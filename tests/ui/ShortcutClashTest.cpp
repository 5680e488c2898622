// No key is given to two commands of one window (or twice to one command): Qt calls such a key
// ambiguous and does nothing at all when it is pressed. Every window, for every role that sees
// it, with its lazily built pages shown. Bindings differ by platform: ctest also runs this suite
// on a virtual X server (keyboard_on_x11.*), where the redo keys clashed.
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/session/SessionWindow.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QAction>
#include <QMap>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace needlechart {
namespace {

// Each key sequence bound in `window` that more than one binding claims, with the commands.
QStringList clashesIn(QWidget& window)
{
    QMap<QString, QStringList> claims;
    QList<QAction*> actions = window.findChildren<QAction*>();
    actions += window.actions();
    QSet<QAction*> seen;
    for (QAction* action : actions) {
        if (seen.contains(action))
            continue;
        seen.insert(action);
        for (const QKeySequence& key : action->shortcuts())
            claims[key.toString(QKeySequence::PortableText)].append(action->text());
    }
    QStringList clashes;
    for (auto claim = claims.cbegin(); claim != claims.cend(); ++claim) {
        if (claim.value().size() > 1)
            clashes.append(claim.key() + QStringLiteral(": ")
                           + claim.value().join(QStringLiteral(" / ")));
    }
    return clashes;
}

class ShortcutClashTest : public ::testing::Test {
protected:
    test::TestClinic clinic{5};
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
};

TEST_F(ShortcutClashTest, no_key_is_claimed_twice_in_the_main_window_for_any_role)
{
    const User roles[] = {
        test::TestClinic::defaultClinician(), test::TestClinic::defaultAdmin(),
        User{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk}};
    for (const User& user : roles) {
        UiContext context = clinic.context(settings, messages, user);
        MainWindow window(context);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        for (int tab = 0; tab < window.tabs()->count(); ++tab)
            window.tabs()->setCurrentIndex(tab); // builds each page
        EXPECT_EQ(clashesIn(window), QStringList()) << user.login.toStdString();
        window.close();
    }
}

TEST_F(ShortcutClashTest, no_key_is_claimed_twice_in_the_session_window)
{
    const Patient patient =
        clinic.addPatient(QStringLiteral("Novak"), QStringLiteral("Ida"), QDate(1979, 5, 6));
    clinic.clearForNeedling(patient.id);
    UiContext context = clinic.context(settings, messages);
    QPointer<SessionWindow> window = SessionWindow::openNew(context, patient.id);
    ASSERT_TRUE(window);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    EXPECT_EQ(clashesIn(*window), QStringList());
    window->close();
}

} // namespace
} // namespace needlechart
