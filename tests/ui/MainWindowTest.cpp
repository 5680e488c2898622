#include "needlechart/ui/mainwindow/MainWindow.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/backup/BackupService.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/ui/appointments/AppointmentBookView.h"
#include "needlechart/ui/appointments/AppointmentsPage.h"
#include "needlechart/ui/appointments/PatientAppointmentsPanel.h"
#include "needlechart/ui/documents/PatientDocumentsPanel.h"
#include "needlechart/ui/help/ManualWindow.h"
#include "needlechart/ui/mainwindow/ServerStatusBanner.h"
#include "needlechart/ui/outcomes/ProgressPanel.h"
#include "needlechart/ui/paper/LeafletPrinter.h"
#include "needlechart/ui/patients/PatientDetailsPanel.h"
#include "needlechart/ui/patients/PatientDialog.h"
#include "needlechart/ui/patients/PatientListModel.h"
#include "needlechart/ui/patients/PatientListPanel.h"
#include "needlechart/ui/session/DraftListModel.h"
#include "needlechart/ui/session/MyDraftsPanel.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionHistoryModel.h"
#include "needlechart/ui/session/SessionHistoryPanel.h"
#include "needlechart/ui/session/SessionWindow.h"
#include "needlechart/ui/settings/AppSettings.h"
#include "needlechart/ui/settings/ClinicServerDialog.h"

#include "AccessibleNames.h"
#include "Mnemonics.h"
#include "QtPrinters.h"
#include "RecordingMessagePresenter.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "TabOrder.h"
#include "TestClinic.h"
#include "settings/RestoreBackupDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace needlechart {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    [[nodiscard]] QString settingsFile() const
    {
        return m_settingsDir.filePath(QStringLiteral("settings.ini"));
    }

    std::unique_ptr<MainWindow> newWindow(AppSettings& settings,
                                          const User& user = test::TestClinic::defaultClinician())
    {
        m_contexts.push_back(std::make_unique<UiContext>(clinic.context(settings, messages, user)));
        auto window = std::make_unique<MainWindow>(*m_contexts.back());
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    static User frontDesk()
    {
        return User{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk};
    }

    // The action in the menu titled `menuTitle` whose text (without mnemonics) is `text`.
    static QAction* menuAction(MainWindow& window, const QString& menuTitle, const QString& text)
    {
        for (QAction* menuEntry : window.menuBar()->actions()) {
            if (menuEntry->text().remove(QLatin1Char('&')) != menuTitle || !menuEntry->menu())
                continue;
            for (QAction* action : menuEntry->menu()->actions()) {
                if (action->text().remove(QLatin1Char('&')) == text)
                    return action;
            }
        }
        return nullptr;
    }

    // The entry `text` of the menu behind the history panel's button named `buttonName`.
    static QAction* historyMenuAction(MainWindow& window, const char* buttonName,
                                      const QString& text)
    {
        auto* button =
            window.historyPanel()->findChild<QAbstractButton*>(QString::fromLatin1(buttonName));
        QMenu* menu = nullptr;
        if (auto* pushButton = qobject_cast<QPushButton*>(button))
            menu = pushButton->menu();
        else if (auto* toolButton = qobject_cast<QToolButton*>(button))
            menu = toolButton->menu();
        if (!menu)
            return nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }
    static QAction* consentMenuAction(MainWindow& window, const QString& text)
    {
        return historyMenuAction(window, "consentButton", text);
    }
    static QAction* leafletMenuAction(MainWindow& window, const QString& text)
    {
        return historyMenuAction(window, "leafletButton", text);
    }

    using Kind = test::RecordingMessagePresenter::Kind;

    test::TestClinic clinic{40};
    test::RecordingMessagePresenter messages;
    // One per window made: a window keeps a reference to its context.
    std::vector<std::unique_ptr<UiContext>> m_contexts;

private:
    QTemporaryDir m_settingsDir;
};

TEST_F(MainWindowTest, geometry_and_splitter_state_are_saved_on_close_and_restored_next_time)
{
    QList<int> splitterSizes;
    {
        AppSettings settings(settingsFile());
        auto window = newWindow(settings);
        window->resize(1000, 640);
        window->splitter()->setSizes({350, 650});
        QTest::qWait(0);
        splitterSizes = window->splitter()->sizes();
        window->close();
    }
    AppSettings reopened(settingsFile());
    EXPECT_FALSE(reopened.mainWindowGeometry().isEmpty());
    EXPECT_FALSE(reopened.mainSplitterState().isEmpty());

    auto window = newWindow(reopened);

    EXPECT_EQ(window->size(), QSize(1000, 640));
    EXPECT_EQ(window->splitter()->sizes(), splitterSizes);
}

TEST_F(MainWindowTest, patient_list_sort_order_is_remembered)
{
    {
        AppSettings settings(settingsFile());
        auto window = newWindow(settings);
        window->listPanel()->setSort(PatientListModel::LastVisit, Qt::DescendingOrder);
        window->close();
    }
    AppSettings reopened(settingsFile());
    EXPECT_EQ(reopened.patientListSortColumn(), PatientListModel::LastVisit);
    EXPECT_EQ(reopened.patientListSortOrder(), Qt::DescendingOrder);

    auto window = newWindow(reopened);

    EXPECT_EQ(window->listPanel()->sortColumn(), PatientListModel::LastVisit);
    EXPECT_EQ(window->listPanel()->sortOrder(), Qt::DescendingOrder);
}

TEST_F(MainWindowTest, status_bar_counts_patients_and_search_matches)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("40 patients"));

    window->listPanel()->searchField()->setText(QStringLiteral("zzzz-nobody"));
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("No patients match"));

    clinic.addPatient(QStringLiteral("Statusline"), QStringLiteral("Sam"), QDate(1990, 1, 1));
    clinic.addPatient(QStringLiteral("Statuslane"), QStringLiteral("Sue"), QDate(1991, 1, 1));
    window->listPanel()->searchField()->setText(QStringLiteral("statusl"));
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("2 patients match"));

    window->listPanel()->searchField()->clear();
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("42 patients"));
}

TEST_F(MainWindowTest, the_appointment_book_tab_speaks_of_today_not_of_the_patient_search)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings, frontDesk());
    window->tabs()->setCurrentIndex(1);
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Today: Nobody is booked today."));
    clinic.addPatient(QStringLiteral("Statusline"), QStringLiteral("Sam"), QDate(1990, 1, 1));
    window->listPanel()->searchField()->setText(QStringLiteral("statusl"));
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Today: Nobody is booked today."))
        << "a count arriving for the hidden patient list stays out of the book's status bar";
    window->tabs()->setCurrentIndex(0);
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("1 patient matches"));
}

TEST_F(MainWindowTest, every_interactive_element_of_the_main_window_has_a_name_for_a_screen_reader)
{
    AppSettings settings(settingsFile());
    for (const User& user : {test::TestClinic::defaultClinician(), frontDesk()}) {
        auto window = newWindow(settings, user);
        for (int tab = 0; tab < window->tabs()->count(); ++tab) {
            window->tabs()->setCurrentIndex(tab);
            const QStringList unnamed = test::unnamedInteractiveElements(window.get());
            EXPECT_TRUE(unnamed.isEmpty()) << user.login.toStdString() << ", tab " << tab << ":\n"
                                           << unnamed.join(QLatin1Char('\n')).toStdString();
        }
    }
}

TEST_F(MainWindowTest, no_table_in_the_main_window_keeps_the_tab_key_to_itself)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    for (int tab = 0; tab < window->tabs()->count(); ++tab)
        window->tabs()->setCurrentIndex(tab); // built when first shown
    const auto tables = window->findChildren<QTableView*>();
    ASSERT_GE(tables.size(), 4);
    for (QTableView* table : tables)
        EXPECT_FALSE(table->tabKeyNavigation()) << table->objectName().toStdString();
}

TEST_F(MainWindowTest, the_new_session_button_names_the_key_that_starts_a_session)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    auto* button = window->findChild<QPushButton*>(QStringLiteral("newSessionButton"));
    ASSERT_TRUE(button);
    QAction* action = menuAction(*window, QStringLiteral("Edit"), QStringLiteral("New session"));
    ASSERT_TRUE(action);
    EXPECT_TRUE(button->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)))
        << button->toolTip().toStdString();
    EXPECT_FALSE(button->toolTip().contains(QStringLiteral("(Ctrl+N)")));
}

TEST_F(MainWindowTest, a_clinic_with_more_than_a_page_of_patients_is_counted_after_the_first_page)
{
    // 40 + 200: more than the first page holds. Written in one transaction, unannounced.
    {
        Transaction tx(clinic.database());
        ASSERT_TRUE(tx.begun().ok());
        for (int i = 0; i < PatientListModel::PageSize; ++i) {
            Patient p;
            p.familyName = QStringLiteral("Countable");
            p.givenName = QStringLiteral("Chris %1").arg(i);
            p.dateOfBirth = QDate(1960, 1, 1).addDays(i);
            ASSERT_TRUE(clinic.repository().create(p, test::TestClinic::fixedNow()).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    AppSettings settings(settingsFile());
    m_contexts.push_back(std::make_unique<UiContext>(clinic.context(settings, messages)));
    MainWindow window(*m_contexts.back());

    // The first page is there at once; counting every patient waits until it has been shown.
    EXPECT_EQ(window.listPanel()->model()->rowCount(), PatientListModel::PageSize);
    EXPECT_EQ(window.statusBar()->currentMessage(),
              QStringLiteral("At least 200 patients; counting\u2026"));
    window.show();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage() == QStringLiteral("240 patients"); },
        5000))
        << window.statusBar()->currentMessage().toStdString();
}

TEST_F(MainWindowTest, tabs_not_shown_yet_are_built_when_first_shown_and_show_the_selected_patient)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    // Only the first screen is built with the window.
    EXPECT_EQ(window->findChild<AppointmentsPage*>(), nullptr);
    EXPECT_EQ(window->findChild<PatientAppointmentsPanel*>(), nullptr);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Lazy"), QStringLiteral("Lou"), QDate(1970, 7, 7));
    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));

    auto* patientTabs = window->findChild<QTabWidget*>(QStringLiteral("patientTabs"));
    ASSERT_NE(patientTabs, nullptr);
    patientTabs->setCurrentIndex(1);
    auto* appointments = window->findChild<PatientAppointmentsPanel*>();
    ASSERT_NE(appointments, nullptr);
    EXPECT_EQ(patientTabs->currentWidget(), appointments);
    EXPECT_EQ(patientTabs->count(), 4) << "sessions, appointments, progress and papers";
    EXPECT_EQ(patientTabs->tabText(1), QStringLiteral("Appointments"));
    EXPECT_TRUE(appointments->isVisible());
    const auto* book = appointments->findChild<QPushButton*>(QStringLiteral("patientBookButton"));
    ASSERT_NE(book, nullptr);
    EXPECT_TRUE(book->isEnabled()) << "built for the patient selected before it was shown";
    EXPECT_EQ(window->patientAppointments(), appointments);
    EXPECT_EQ(window->findChild<ProgressPanel*>(), nullptr) << "progress not shown yet";
    patientTabs->setCurrentIndex(2);
    auto* progress = window->findChild<ProgressPanel*>();
    ASSERT_NE(progress, nullptr);
    EXPECT_EQ(patientTabs->currentWidget(), progress);
    EXPECT_EQ(patientTabs->tabText(2), QStringLiteral("Progress"));
    EXPECT_EQ(window->progressPanel(), progress);
    EXPECT_EQ(window->findChild<PatientDocumentsPanel*>(), nullptr) << "papers not shown yet";
    patientTabs->setCurrentIndex(3);
    auto* papers = window->findChild<PatientDocumentsPanel*>();
    ASSERT_NE(papers, nullptr);
    EXPECT_EQ(patientTabs->tabText(3), QStringLiteral("Papers"));
    EXPECT_EQ(window->papersPanel(), papers);

    window->tabs()->setCurrentIndex(1);
    auto* page = window->findChild<AppointmentsPage*>();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(window->tabs()->currentWidget(), page);
    EXPECT_EQ(window->tabs()->count(), 3) << "patients, appointments and my drafts";
    EXPECT_EQ(window->tabs()->tabText(1), QStringLiteral("&Appointments"));
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(window->appointmentsPage(), page);
    ASSERT_TRUE(window->showPatient(patient.id));
    EXPECT_EQ(window->tabs()->currentIndex(), 0);
}

TEST_F(MainWindowTest, selecting_a_patient_shows_their_details_and_enables_edit)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    QAction* edit =
        menuAction(*window, QStringLiteral("Edit"), QStringLiteral("Edit patient\u2026"));
    ASSERT_NE(edit, nullptr);
    EXPECT_FALSE(edit->isEnabled());
    const Patient patient =
        clinic.addPatient(QStringLiteral("Detailed"), QStringLiteral("Dora"), QDate(1975, 4, 4));

    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));

    EXPECT_EQ(window->detailsPanel()->patientId(), patient.id);
    const auto* name = window->detailsPanel()->findChild<QLabel*>(QStringLiteral("nameValue"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(DisplayText::withoutIsolates(name->text()), QStringLiteral("Detailed, Dora"));
    EXPECT_TRUE(edit->isEnabled());
}

TEST_F(MainWindowTest, menus_offer_the_standard_commands_with_their_shortcuts)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);

    const struct {
        const char16_t* menu;
        const char16_t* text;
        QKeySequence shortcut;
    } expected[] = {
        {u"File", u"New patient\u2026", QKeySequence(Qt::CTRL | Qt::Key_N)},
        {u"File", u"Quit", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {u"Edit", u"Edit patient\u2026", QKeySequence(Qt::CTRL | Qt::Key_E)},
        {u"Edit", u"Find patient", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {u"Help", u"About NeedleChart", QKeySequence()},
        {u"Help", u"About Qt", QKeySequence()},
    };
    for (const auto& entry : expected) {
        const QString text = QString::fromUtf16(entry.text);
        QAction* action = menuAction(*window, QString::fromUtf16(entry.menu), text);
        ASSERT_NE(action, nullptr) << text.toStdString();
        EXPECT_EQ(action->shortcut(), entry.shortcut) << text.toStdString();
    }
}

TEST_F(MainWindowTest,
       restore_from_backup_is_offered_to_admins_and_asks_main_to_restart_on_the_restored_file)
{
    AppSettings settings(settingsFile());
    auto clinician = newWindow(settings);
    QAction* hidden =
        menuAction(*clinician, QStringLiteral("File"), QStringLiteral("Restore from Backup\u2026"));
    ASSERT_NE(hidden, nullptr);
    EXPECT_FALSE(hidden->isVisible()) << "clinicians do not restore the clinic";

    const User admin = test::TestClinic::defaultAdmin();
    auto window = newWindow(settings, admin);
    QAction* action =
        menuAction(*window, QStringLiteral("File"), QStringLiteral("Restore from Backup\u2026"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isVisible());
    const QString folder = QFileInfo(settingsFile()).dir().filePath(QStringLiteral("backups"));
    auto backupSettings = clinic.services().backups().settings(admin);
    ASSERT_TRUE(backupSettings.ok());
    backupSettings->folder = folder;
    ASSERT_TRUE(clinic.services().backups().saveSettings(*backupSettings, admin).ok());
    auto run = clinic.services().backups().backupNow(admin);
    ASSERT_TRUE(run.ok() && run->ok);

    QString requested;
    QObject::connect(window.get(), &MainWindow::restoreRequested,
                     [&requested](const QString& path) { requested = path; });
    RestoreBackupDialog* dialog = window->openRestoreDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->table()->rowCount(), 1);
    messages.answer = true;
    ASSERT_TRUE(dialog->restoreSelected()) << dialog->errorLabel()->text().toStdString();
    dialog->accept();
    EXPECT_EQ(requested, dialog->restoredPath());
    EXPECT_TRUE(QFile::exists(requested));
}

TEST_F(MainWindowTest, find_patient_shortcut_puts_the_cursor_in_the_search_box)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->listPanel()->tableView()->setFocus();

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);

    EXPECT_TRUE(window->listPanel()->searchField()->hasFocus());
}

TEST_F(MainWindowTest, new_patient_shortcut_opens_the_registration_dialog)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);

    auto* dialog = window->findChild<PatientDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->isEditing());
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("New patient"));
}

TEST_F(MainWindowTest, enter_on_a_patient_opens_a_clinician_their_sessions_with_the_focus_in_them)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Recorded"), QStringLiteral("Rhea"), QDate(1982, 2, 2));
    const Patient newcomer =
        clinic.addPatient(QStringLiteral("Recorded"), QStringLiteral("Nell"), QDate(1990, 3, 3));
    clinic.clearForNeedling(patient.id);
    auto draft = clinic.sessions().startSession(patient.id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(clinic.sessions().saveDraft(*draft, test::TestClinic::defaultClinician()).ok());
    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTableView* list = window->listPanel()->tableView();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);

    EXPECT_EQ(window->findChild<PatientDialog*>(), nullptr) << "not the edit dialog";
    EXPECT_EQ(window->listPanel()->currentPatientId(), patient.id);
    EXPECT_TRUE(window->historyPanel()->table()->hasFocus());
    EXPECT_TRUE(window->historyPanel()->table()->currentIndex().isValid());
    EXPECT_TRUE(window->historyPanel()->isVisible());

    ASSERT_TRUE(window->listPanel()->selectPatient(newcomer.id));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_TRUE(window->historyPanel()->newButton()->hasFocus()) << "no notes yet: New session";
}

TEST_F(MainWindowTest, activating_a_patient_opens_the_front_desk_the_edit_dialog)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings, frontDesk());
    const Patient patient =
        clinic.addPatient(QStringLiteral("Editable"), QStringLiteral("Eve"), QDate(1982, 2, 2));

    Q_EMIT window->listPanel()->patientActivated(patient.id);

    auto* dialog = window->findChild<PatientDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isEditing());
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Edit patient #%1").arg(patient.id));
}

TEST_F(MainWindowTest, about_box_goes_through_the_message_presenter)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);

    menuAction(*window, QStringLiteral("Help"), QStringLiteral("About NeedleChart"))->trigger();

    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.at(0).title, QStringLiteral("About NeedleChart"));
}

TEST_F(MainWindowTest,
       a_selected_patient_shows_their_sessions_and_new_session_opens_a_session_window)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));
    SessionHistoryPanel* history = window->historyPanel();
    const auto* message = history->findChild<QLabel*>(QStringLiteral("sessionHistoryMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("No sessions yet")));
    ASSERT_TRUE(history->newButton()->isEnabled());

    QTest::mouseClick(history->newButton(), Qt::LeftButton);
    auto* sessionWindow = window->findChild<SessionWindow*>();
    ASSERT_TRUE(sessionWindow);
    EXPECT_TRUE(sessionWindow->isVisible());
    EXPECT_EQ(sessionWindow->editor().session().patientId, patient.id);
    sessionWindow->close(); // nothing typed: nothing saved
    QCoreApplication::processEvents();
    auto sessions = clinic.sessions().history(patient.id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(sessions.ok());
    EXPECT_TRUE(sessions->empty());
}

TEST_F(MainWindowTest, the_front_desk_sees_no_treatment_notes_and_cannot_start_one)
{
    AppSettings settings(settingsFile());
    const std::unique_ptr<MainWindow> owned = newWindow(settings, frontDesk());
    MainWindow& window = *owned;
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    ASSERT_TRUE(window.listPanel()->selectPatient(patient.id));
    const auto* message =
        window.historyPanel()->findChild<QLabel*>(QStringLiteral("sessionHistoryMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->text().contains(QStringLiteral("clinicians only")));
    EXPECT_FALSE(window.historyPanel()->newButton()->isVisible());
    EXPECT_FALSE(
        menuAction(window, QStringLiteral("Edit"), QStringLiteral("New session"))->isVisible());
}

TEST_F(MainWindowTest, staff_accounts_are_in_the_file_menu_of_admins_only_and_the_user_is_named)
{
    AppSettings settings(settingsFile());
    StaffAccount first;
    first.login = QStringLiteral("pat");
    first.displayName = QStringLiteral("Pat Lewis");
    first.roles = StaffRole::Admin;
    auto admin =
        clinic.services().accounts().createFirstAdmin(first, QStringLiteral("quiet river lantern"));
    ASSERT_TRUE(admin.ok());
    const std::unique_ptr<MainWindow> adminWindow =
        newWindow(settings, AccountService::userOf(*admin));
    QAction* accounts =
        menuAction(*adminWindow, QStringLiteral("File"), QStringLiteral("Staff Accounts\u2026"));
    ASSERT_TRUE(accounts);
    EXPECT_TRUE(accounts->isVisible());
    const auto* who = adminWindow->findChild<QLabel*>(QStringLiteral("signedInLabel"));
    ASSERT_TRUE(who);
    EXPECT_EQ(who->text(), QStringLiteral("Signed in: Pat Lewis (Admin)"));
    EXPECT_TRUE(menuAction(*adminWindow, QStringLiteral("File"), QStringLiteral("Sign Out"))
                != nullptr);

    User clinician = test::TestClinic::defaultClinician();
    clinician.accountId = 99;
    const std::unique_ptr<MainWindow> clinicianWindow = newWindow(settings, clinician);
    QAction* hidden = menuAction(*clinicianWindow, QStringLiteral("File"),
                                 QStringLiteral("Staff Accounts\u2026"));
    ASSERT_TRUE(hidden);
    EXPECT_FALSE(hidden->isVisible());
}

TEST_F(MainWindowTest, each_role_sees_the_tabs_and_commands_its_permissions_open)
{
    AppSettings settings(settingsFile());
    // The windows' tab order: Patients, Appointments; a patient's Sessions, Appointments.
    constexpr int BookTab = 1;
    constexpr int SessionsTab = 0;
    constexpr int BookingsTab = 1;
    const auto tabShown = [](MainWindow& window, const char* tabs, int index) {
        auto* widget = window.findChild<QTabWidget*>(QString::fromLatin1(tabs));
        EXPECT_TRUE(widget);
        return widget && widget->isTabVisible(index);
    };
    const auto settingsShown = [](MainWindow& window) {
        QAction* action =
            menuAction(window, QStringLiteral("File"), QStringLiteral("Clinic settings…"));
        EXPECT_TRUE(action);
        return action && action->isVisible();
    };
    const User admin{QStringLiteral("pat"), QStringLiteral("Pat Lewis"), StaffRole::Admin};
    const std::unique_ptr<MainWindow> adminWindow = newWindow(settings, admin);
    EXPECT_FALSE(tabShown(*adminWindow, "mainTabs", BookTab));
    EXPECT_FALSE(tabShown(*adminWindow, "patientTabs", SessionsTab));
    EXPECT_FALSE(tabShown(*adminWindow, "patientTabs", BookingsTab));
    EXPECT_TRUE(settingsShown(*adminWindow));
    EXPECT_FALSE(menuAction(*adminWindow, QStringLiteral("Edit"), QStringLiteral("New session"))
                     ->isVisible());

    const std::unique_ptr<MainWindow> deskWindow = newWindow(settings, frontDesk());
    EXPECT_TRUE(tabShown(*deskWindow, "mainTabs", BookTab));
    EXPECT_FALSE(tabShown(*deskWindow, "patientTabs", SessionsTab));
    EXPECT_TRUE(tabShown(*deskWindow, "patientTabs", BookingsTab));
    EXPECT_FALSE(settingsShown(*deskWindow));

    const std::unique_ptr<MainWindow> clinicianWindow =
        newWindow(settings, test::TestClinic::defaultClinician());
    EXPECT_TRUE(tabShown(*clinicianWindow, "mainTabs", BookTab));
    EXPECT_TRUE(tabShown(*clinicianWindow, "patientTabs", SessionsTab));
    EXPECT_TRUE(tabShown(*clinicianWindow, "patientTabs", BookingsTab));
    EXPECT_FALSE(settingsShown(*clinicianWindow));
}

TEST_F(MainWindowTest, a_serious_adverse_event_in_any_session_is_an_alert_above_the_history)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    clinic.clearForNeedling(patient.id);
    Session note = test::richSession(patient.id, test::TestClinic::fixedNow().addDays(-2));
    ASSERT_TRUE(note.hasSeriousAdverseEvent());
    auto signedNote = clinic.sessions().sign(note, test::signingClinician(clinic.services()),
                                             test::SigningPassword);
    ASSERT_TRUE(signedNote.ok()) << signedNote.error().message.toStdString();

    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));
    const auto* alert =
        window->historyPanel()->findChild<QLabel*>(QStringLiteral("sessionHistoryAlert"));
    ASSERT_TRUE(alert);
    EXPECT_TRUE(alert->isVisible());
    EXPECT_TRUE(alert->text().contains(QStringLiteral("serious adverse event")));
    EXPECT_EQ(window->historyPanel()->model()->rowCount(), 1);
}

TEST_F(MainWindowTest, the_front_desk_can_print_the_leaflet_for_the_selected_patient)
{
    AppSettings settings(settingsFile());
    const std::unique_ptr<MainWindow> owned = newWindow(settings, frontDesk());
    MainWindow& window = *owned;
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    ASSERT_TRUE(window.listPanel()->selectPatient(patient.id));
    auto* patientTabs = window.findChild<QTabWidget*>(QStringLiteral("patientTabs"));
    ASSERT_TRUE(patientTabs);
    EXPECT_EQ(patientTabs->currentWidget(), window.patientAppointments())
        << "the front desk's patient view opens on the bookings";
    patientTabs->setCurrentWidget(window.historyPanel());
    QToolButton* leaflet = window.historyPanel()->leafletButton();
    EXPECT_TRUE(leaflet->isVisible());
    EXPECT_TRUE(leaflet->isEnabled());
    ASSERT_TRUE(leaflet->menu());
    EXPECT_EQ(leaflet->menu()->actions().size(), 6); // leaflet x3, separator, consent form x2

    const QString pdf = QFileInfo(settingsFile()).dir().filePath(QStringLiteral("leaflet.pdf"));
    ASSERT_TRUE(LeafletPrinter(*m_contexts.back()).exportPdfTo(patient.id, pdf).ok());
    auto content = LeafletPrinter(*m_contexts.back()).contentFor(patient.id);
    ASSERT_TRUE(content.ok());
    EXPECT_EQ(content->patientName, QStringLiteral("Rowan Quinn"));
    EXPECT_EQ(content->leaflet.version, 1);
    EXPECT_GT(QFileInfo(pdf).size(), 1000);

    // The consent form names the leaflet version the patient was given.
    const QString form = QFileInfo(settingsFile()).dir().filePath(QStringLiteral("consent.pdf"));
    ASSERT_TRUE(LeafletPrinter(*m_contexts.back())
                    .exportPdfTo(patient.id, form, LeafletPrinter::Document::ConsentForm)
                    .ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {form, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    for (const char* expected :
         {"Consent to dry needling", "Rowan Quinn", "leaflet version 1", "pneumothorax",
          "stop it at any time", "patient's signature", "Witness"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST_F(MainWindowTest, withdrawing_consent_is_recorded_and_blocks_needling_again)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    clinic.clearForNeedling(patient.id);
    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));
    const auto* clearance =
        window->historyPanel()->findChild<QLabel*>(QStringLiteral("sessionHistoryClearance"));
    ASSERT_TRUE(clearance);
    EXPECT_TRUE(clearance->text().contains(QStringLiteral("Cleared to needle")))
        << clearance->text().toStdString();
    QAction* withdraw = consentMenuAction(*window, QStringLiteral("Withdraw consent\u2026"));
    ASSERT_TRUE(withdraw);
    EXPECT_TRUE(withdraw->isEnabled());

    messages.textAnswer = QStringLiteral("Would rather not have needles");
    withdraw->trigger();

    ASSERT_EQ(messages.messages.size(), 1) << "asked what the patient said, and nothing else";
    EXPECT_EQ(messages.messages.front().kind, Kind::Reason);
    EXPECT_EQ(messages.messages.front().title, QStringLiteral("Withdraw consent"));
    EXPECT_TRUE(clearance->text().contains(QStringLiteral("withdrew consent")))
        << clearance->text().toStdString();
    EXPECT_TRUE(
        window->statusBar()->currentMessage().startsWith(QStringLiteral("Consent withdrawn")));
    auto consents = clinic.consent().consents(patient.id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(consents.ok());
    ASSERT_EQ(consents->size(), 1u);
    EXPECT_EQ(consents->front().withdrawalNote, QStringLiteral("Would rather not have needles"));
    EXPECT_EQ(consents->front().withdrawnBy, QStringLiteral("Alex Morgan"));
    EXPECT_FALSE(withdraw->isEnabled()) << "withdrawn: nothing more to withdraw";
}

TEST_F(MainWindowTest,
       withdrawing_consent_is_not_offered_without_one_in_force_and_asks_for_no_reason)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));
    QAction* withdraw = consentMenuAction(*window, QStringLiteral("Withdraw consent\u2026"));
    ASSERT_TRUE(withdraw);
    EXPECT_FALSE(withdraw->isEnabled()) << "nothing to withdraw";
    messages.textAnswer = QStringLiteral("n/a");

    EXPECT_FALSE(window->withdrawConsent(patient.id));

    ASSERT_EQ(messages.messages.size(), 1) << "no reason asked for";
    EXPECT_EQ(messages.messages.at(0).kind, Kind::Information);
    EXPECT_EQ(messages.messages.at(0).text,
              QStringLiteral("This patient has no consent in force to withdraw."));
    EXPECT_TRUE(
        clinic.consent().consents(patient.id, test::TestClinic::defaultClinician())->empty());
}

TEST_F(MainWindowTest, cancelling_the_withdrawal_question_leaves_the_consent_in_force)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    clinic.clearForNeedling(patient.id);
    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));
    QAction* withdraw = consentMenuAction(*window, QStringLiteral("Withdraw consent\u2026"));
    ASSERT_TRUE(withdraw);

    messages.textAnswer.reset(); // the person cancels
    withdraw->trigger();

    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.front().kind, Kind::Reason);
    auto inForce =
        clinic.consent().consentInForce(patient.id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(inForce.ok());
    EXPECT_TRUE(inForce->has_value());
    EXPECT_FALSE((*inForce)->isWithdrawn());
    const auto* clearance =
        window->historyPanel()->findChild<QLabel*>(QStringLiteral("sessionHistoryClearance"));
    ASSERT_TRUE(clearance);
    EXPECT_TRUE(clearance->text().contains(QStringLiteral("Cleared to needle")))
        << clearance->text().toStdString();
}

TEST_F(MainWindowTest, exporting_the_leaflet_asks_where_and_writes_the_pdf_there)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));
    const QDir folder = QFileInfo(settingsFile()).dir();
    const QString leaflet = folder.filePath(QStringLiteral("chosen-leaflet.pdf"));
    const QString form = folder.filePath(QStringLiteral("chosen-form.pdf"));

    messages.fileAnswer = leaflet;
    QAction* exportLeaflet = leafletMenuAction(*window, QStringLiteral("Export PDF\u2026"));
    ASSERT_TRUE(exportLeaflet);
    exportLeaflet->trigger();
    messages.fileAnswer = form;
    QAction* exportForm =
        leafletMenuAction(*window, QStringLiteral("Consent form: export PDF\u2026"));
    ASSERT_TRUE(exportForm);
    exportForm->trigger();

    ASSERT_EQ(messages.messages.size(), 2) << "two questions, no warning";
    for (const auto& message : messages.messages) {
        EXPECT_EQ(message.kind, Kind::SaveFile);
        EXPECT_EQ(message.title, QStringLiteral("Export as PDF"));
    }
    EXPECT_TRUE(messages.messages.at(0).text.endsWith(QStringLiteral("dry-needling-leaflet.pdf")))
        << messages.messages.at(0).text.toStdString();
    EXPECT_TRUE(
        messages.messages.at(1).text.endsWith(QStringLiteral("dry-needling-consent-form.pdf")))
        << messages.messages.at(1).text.toStdString();
    for (const QString& pdf : {leaflet, form}) {
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << pdf.toStdString();
        EXPECT_TRUE(file.read(5) == "%PDF-") << pdf.toStdString();
        EXPECT_GT(file.size(), 1000);
    }
}

TEST_F(MainWindowTest, cancelling_the_leaflet_export_question_writes_nothing)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    const Patient patient =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5));
    ASSERT_TRUE(window->listPanel()->selectPatient(patient.id));
    messages.fileAnswer.reset(); // the person cancels
    QAction* exportLeaflet = leafletMenuAction(*window, QStringLiteral("Export PDF\u2026"));
    ASSERT_TRUE(exportLeaflet);
    exportLeaflet->trigger();

    ASSERT_EQ(messages.messages.size(), 1) << "asked, then nothing: no warning either";
    EXPECT_EQ(messages.messages.front().kind, Kind::SaveFile);
    EXPECT_TRUE(QFileInfo(settingsFile()).dir().entryList({QStringLiteral("*.pdf")}).isEmpty());
}

TEST_F(MainWindowTest, a_patient_list_that_cannot_be_read_at_start_is_said_not_shown_as_empty)
{
    // The first page is read while the window is being built, before it can listen for
    // failures: an unreadable table once showed as "0 patients" with no word of why.
    QSqlQuery damage(clinic.database().connection());
    ASSERT_TRUE(damage.exec(QStringLiteral("ALTER TABLE patient RENAME TO patient_gone")))
        << damage.lastError().text().toStdString();
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    QTest::qWait(0);
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(
        QStringLiteral("The patient list could not be read")))
        << window->statusBar()->currentMessage().toStdString();
    ASSERT_FALSE(messages.messages.isEmpty());
    EXPECT_EQ(messages.messages.back().kind, Kind::Critical);
    EXPECT_EQ(messages.messages.back().title, QStringLiteral("The patient list cannot be read"));
    ASSERT_TRUE(damage.exec(QStringLiteral("ALTER TABLE patient_gone RENAME TO patient")));
}

// --- which clinic database --------------------------------------------------------------------

TEST_F(MainWindowTest,
       the_title_and_status_bar_name_the_clinic_database_and_no_banner_shows_on_a_file)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    EXPECT_EQ(window->windowTitle(), QStringLiteral("NeedleChart \u2014 needlechart-test.db"));
    auto* where = window->statusBar()->findChild<QLabel*>(QStringLiteral("databaseNameLabel"));
    ASSERT_NE(where, nullptr);
    EXPECT_EQ(where->text(), QStringLiteral("Clinic file: needlechart-test.db"));
    ASSERT_NE(window->serverBanner(), nullptr);
    EXPECT_FALSE(window->serverBanner()->isVisible()) << "a file has no server to lose";
}

TEST(ServerStatusBannerTest, says_the_server_cannot_be_reached_while_offline_and_hides_when_back)
{
    QWidget parent;
    auto* banner =
        new ServerStatusBanner(nullptr, QStringLiteral("needlechart on clinic-server"), &parent);
    parent.show();
    EXPECT_FALSE(banner->isVisible());
    banner->setOnline(false);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("needlechart on clinic-server")));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("cannot be reached")));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("keeps trying")));
    EXPECT_EQ(banner->accessibleDescription(), banner->text());
    banner->setOnline(true);
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(MainWindowTest, connect_to_clinic_server_keeps_the_address_without_its_password)
{
    AppSettings settings(settingsFile());
    ClinicServerDialog dialog(settings);
    dialog.addressEdit()->setText(QStringLiteral("colour=blue"));
    dialog.connectToServer();
    EXPECT_FALSE(dialog.errorLabel()->isHidden()) << "libpq's verdict is shown";
    EXPECT_FALSE(dialog.errorLabel()->text().isEmpty());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(settings.clinicServer().isEmpty());

    dialog.addressEdit()->setText(
        QStringLiteral("postgresql://alex:s3cret@clinic-server/needlechart?sslmode=verify-full"));
    dialog.connectToServer();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const QString kept = AppSettings(settingsFile()).clinicServer();
    EXPECT_FALSE(kept.isEmpty());
    EXPECT_FALSE(kept.contains(QStringLiteral("s3cret"))) << "never a password in the settings";
    EXPECT_TRUE(kept.contains(QStringLiteral("clinic-server")));
    EXPECT_TRUE(kept.contains(QStringLiteral("verify-full")));

    ClinicServerDialog again(settings);
    EXPECT_EQ(again.addressEdit()->text(), kept);
    ASSERT_TRUE(again.useFileButton()->isEnabled());
    again.useFile();
    EXPECT_TRUE(AppSettings(settingsFile()).clinicServer().isEmpty());
}

} // namespace
} // namespace needlechart

namespace needlechart {
namespace {

TEST_F(MainWindowTest, a_clinicians_unsigned_notes_are_listed_oldest_first_and_open_from_there)
{
    const User me = test::TestClinic::defaultClinician();
    const Patient first =
        clinic.addPatient(QStringLiteral("Osei"), QStringLiteral("Kwame"), QDate(1968, 1, 9));
    const Patient second =
        clinic.addPatient(QStringLiteral("Varga"), QStringLiteral("Eszter"), QDate(1993, 6, 21));
    for (const Patient& p : {first, second}) {
        auto started = clinic.sessions().startSession(p.id, me);
        ASSERT_TRUE(started.ok());
        started->presentingComplaint = QStringLiteral("Low back pain");
        ASSERT_TRUE(clinic.sessions().saveDraft(*started, me).ok());
        clinic.clock().advanceSeconds(3600);
    }

    AppSettings settings(settingsFile());
    auto window = newWindow(settings, me);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    ASSERT_TRUE(tabs);
    auto* drafts = window->findChild<MyDraftsPanel*>();
    ASSERT_TRUE(drafts);
    const int tab = tabs->indexOf(drafts);
    ASSERT_GE(tab, 0);
    EXPECT_TRUE(tabs->isTabVisible(tab));
    EXPECT_EQ(tabs->tabText(tab), QStringLiteral("My &drafts (2)"));
    tabs->setCurrentIndex(tab);
    ASSERT_EQ(drafts->model()->rowCount(), 2);
    EXPECT_EQ(drafts->model()->draftAt(0)->patient.id, first.id) << "oldest first";
    EXPECT_FALSE(drafts->summaryLabel()->text().contains(QStringLiteral("overdue")));

    // The next morning both are overdue, and say so.
    clinic.clock().advanceSeconds(24 * 3600);
    drafts->reload();
    EXPECT_TRUE(drafts->summaryLabel()->text().contains(QStringLiteral("2 overdue")))
        << drafts->summaryLabel()->text().toStdString();
    EXPECT_TRUE(drafts->model()
                    ->index(0, DraftListModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Overdue")));

    drafts->table()->setCurrentIndex(drafts->model()->index(1, 0));
    QTest::keyClick(drafts->table(), Qt::Key_Return);
    auto* opened = window->findChild<SessionWindow*>();
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->editor().session().patientId, second.id);
    opened->close();
}

TEST_F(MainWindowTest, the_front_desk_has_no_drafts_tab)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings, frontDesk());
    EXPECT_FALSE(window->findChild<MyDraftsPanel*>());
}

// A step of the appointment book's history that only counts how often it was undone.
class CountingCommand final : public QUndoCommand {
public:
    explicit CountingCommand(int& undone) : m_undone(undone) { setText(QStringLiteral("move")); }
    void undo() override { ++m_undone; }
    void redo() override {}

private:
    int& m_undone;
};

TEST_F(MainWindowTest, edit_undo_undoes_the_appointment_books_last_step_while_the_book_is_in_front)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings, frontDesk());
    QAction* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_TRUE(undo);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    window->tabs()->setCurrentIndex(1); // Appointments
    int undone = 0;
    window->appointmentBook()->undoStack().push(new CountingCommand(undone));
    EXPECT_TRUE(undo->isEnabled());
    window->tabs()->setCurrentIndex(0);
    EXPECT_FALSE(undo->isEnabled()) << "nothing on the Patients tab to undo";
    window->tabs()->setCurrentIndex(1);
    undo->trigger();
    EXPECT_EQ(undone, 1);
    QAction* redo = window->findChild<QAction*>(QStringLiteral("redoAction"));
    ASSERT_TRUE(redo);
    EXPECT_TRUE(redo->isEnabled());
}

TEST_F(MainWindowTest, f1_opens_the_manual_at_its_contents)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    QAction* manual = window->findChild<QAction*>(QStringLiteral("manualAction"));
    ASSERT_TRUE(manual);
    EXPECT_EQ(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
    manual->trigger();
    auto* shown = window->findChild<ManualWindow*>();
    ASSERT_TRUE(shown);
    EXPECT_TRUE(shown->isVisible());
    EXPECT_TRUE(shown->browser()->source().toString().endsWith(QStringLiteral("index.md")));
    EXPECT_FALSE(shown->browser()->toPlainText().trimmed().isEmpty());
    manual->trigger();
    EXPECT_EQ(window->findChildren<ManualWindow*>().size(), 1) << "one manual window";
    shown->close();
}

TEST_F(MainWindowTest, print_without_a_chosen_note_says_what_can_be_printed)
{
    AppSettings settings(settingsFile());
    auto window = newWindow(settings);
    QAction* print = window->findChild<QAction*>(QStringLiteral("printAction"));
    ASSERT_TRUE(print);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
    print->trigger();
    ASSERT_FALSE(messages.messages.isEmpty());
    EXPECT_TRUE(messages.messages.last().text.contains(QStringLiteral("treatment note")))
        << messages.messages.last().text.toStdString();
}

TEST_F(MainWindowTest, every_button_has_a_mnemonic_and_no_letter_is_claimed_twice_on_any_tab)
{
    AppSettings settings(settingsFile());
    for (const User& user : {test::TestClinic::defaultClinician(), frontDesk()}) {
        auto window = newWindow(settings, user);
        for (int tab = 0; tab < window->tabs()->count(); ++tab) {
            window->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QStringList problems = test::mnemonicProblems(window.get());
            EXPECT_TRUE(problems.isEmpty()) << user.login.toStdString() << ", tab " << tab << ":\n"
                                            << problems.join(QLatin1Char('\n')).toStdString();
        }
    }
}

TEST_F(MainWindowTest, tab_follows_the_layout_on_every_tab_for_every_role)
{
    AppSettings settings(settingsFile());
    for (const User& user : {test::TestClinic::defaultClinician(), frontDesk()}) {
        auto window = newWindow(settings, user);
        window->listPanel()->selectPatient(1);
        for (int tab = 0; tab < window->tabs()->count(); ++tab) {
            window->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QStringList problems = test::tabOrderProblems(window.get());
            EXPECT_TRUE(problems.isEmpty()) << user.login.toStdString() << ", tab " << tab << ": "
                                            << problems.join(QLatin1Char('\n')).toStdString();
        }
    }
}

} // namespace
} // namespace needlechart
