#include "needlechart/ui/session/NoteSearchDialog.h"

#include "needlechart/domain/patients/SearchText.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/session/SessionRepository.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/session/NoteSearchModel.h"
#include "needlechart/ui/session/SessionHistoryPanel.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "ClinicUiTest.h"
#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

const User Jo{QStringLiteral("jo"), QStringLiteral("Jo Patel"), StaffRole::Clinician};

class NoteSearchDialogTest : public test::ClinicUiTest {
protected:
    Patient okafor =
        clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Adaeze"), QDate(1984, 2, 3));
    Patient nakamura =
        clinic.addPatient(QStringLiteral("Nakamura"), QStringLiteral("Ren"), QDate(1990, 7, 12));

    // A draft charted by `by` (written straight to the repository: the search is under test).
    SessionId note(const Patient& patient, const QString& complaint, int daysAgo,
                   const User& by = test::TestClinic::defaultClinician())
    {
        Session s;
        s.patientId = patient.id;
        s.treatedAt = test::TestClinic::fixedNow().addDays(-daysAgo);
        s.clinician = by.displayName;
        s.clinicianLogin = by.login;
        s.presentingComplaint = complaint;
        s.advice = QStringLiteral("Heat, gentle movement");
        auto stored =
            clinic.services().sessionRepository().saveDraft(s, test::TestClinic::fixedNow());
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->id : 0;
    }

    static void type(NoteSearchDialog& dialog, const QString& text)
    {
        dialog.searchEdit()->clear();
        QTest::keyClicks(dialog.searchEdit(), text);
        // Found after the pause in typing, not on each key.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->terms() == SearchText::queryTerms(text), 5000);
    }

    static std::vector<SessionId> ids(const NoteSearchDialog& dialog)
    {
        std::vector<SessionId> out;
        for (int row = 0; row < dialog.model()->rowCount(); ++row)
            out.push_back(dialog.model()->hitAt(row)->sessionId);
        return out;
    }
};

using Ids = std::vector<SessionId>;

} // namespace

TEST_F(NoteSearchDialogTest, typing_lists_the_notes_with_the_words_newest_first_and_shows_where)
{
    const SessionId older = note(okafor, QStringLiteral("Lateral elbow pain, worse gripping"), 20);
    const SessionId newer = note(nakamura, QStringLiteral("Épicondylite, coude droit"), 2);
    note(okafor, QStringLiteral("Low back pain"), 1);

    NoteSearchDialog dialog(context);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.scope(), NoteSearchDialog::Scope::Mine);
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    EXPECT_TRUE(dialog.summaryLabel()->text().startsWith(QStringLiteral("Type words")));

    type(dialog, QStringLiteral("elbow"));
    EXPECT_EQ(ids(dialog), Ids{older});
    type(dialog, QStringLiteral("EPICOND"));
    EXPECT_EQ(ids(dialog), Ids{newer});
    type(dialog, QStringLiteral("pain"));
    EXPECT_EQ(ids(dialog).size(), 2u);
    EXPECT_EQ(ids(dialog).back(), older) << "newest first";
    EXPECT_EQ(dialog.summaryLabel()->text(), QStringLiteral("2 notes have these words, newest "
                                                            "first."));
    const QString found = dialog.model()->index(1, NoteSearchModel::FoundColumn).data().toString();
    EXPECT_EQ(found, QStringLiteral("Complaint: Lateral elbow pain, worse gripping"));
    EXPECT_EQ(dialog.model()->index(1, NoteSearchModel::PatientColumn).data().toString(),
              okafor.displayName());

    dialog.table()->setCurrentIndex(dialog.model()->index(1, 0));
    EXPECT_TRUE(dialog.preview()->toHtml().contains(QStringLiteral("<span style=\" "
                                                                   "font-weight:700;\">pain")))
        << dialog.preview()->toHtml().toStdString();
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("Okafor")));
}

TEST_F(NoteSearchDialogTest, words_found_nowhere_say_so_and_leave_nothing_to_open)
{
    note(okafor, QStringLiteral("Neck pain"), 1);
    NoteSearchDialog dialog(context);
    dialog.show();
    type(dialog, QStringLiteral("neck sciatica"));
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    EXPECT_EQ(dialog.summaryLabel()->text(), QStringLiteral("No note has all of these words."));
    EXPECT_FALSE(dialog.openButton()->isEnabled());
}

TEST_F(NoteSearchDialogTest, the_scope_keeps_to_my_notes_everyones_or_one_patients)
{
    const SessionId mine = note(okafor, QStringLiteral("Whiplash"), 3);
    const SessionId hers = note(nakamura, QStringLiteral("Whiplash"), 2, Jo);
    const SessionId hersForOkafor = note(okafor, QStringLiteral("Whiplash review"), 1, Jo);

    NoteSearchDialog dialog(context);
    dialog.show();
    type(dialog, QStringLiteral("whiplash"));
    EXPECT_EQ(ids(dialog), Ids{mine});

    dialog.setScope(NoteSearchDialog::Scope::Everyone);
    EXPECT_EQ(ids(dialog), (Ids{hersForOkafor, hers, mine}));

    dialog.setPatient(okafor.id, okafor.fullName());
    EXPECT_EQ(dialog.scope(), NoteSearchDialog::Scope::Patient);
    EXPECT_TRUE(dialog.scopeBox()->currentText().contains(QStringLiteral("Okafor")));
    EXPECT_EQ(ids(dialog), (Ids{hersForOkafor, mine}));
}

TEST_F(NoteSearchDialogTest, enter_in_the_list_or_open_note_asks_to_open_the_chosen_note)
{
    note(okafor, QStringLiteral("Plantar fasciitis"), 5);
    const SessionId newer = note(nakamura, QStringLiteral("Plantar heel pain"), 1);
    NoteSearchDialog dialog(context);
    QSignalSpy opened(&dialog, &NoteSearchDialog::openSessionRequested);
    dialog.show();
    type(dialog, QStringLiteral("plantar"));
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.table()->hasFocus()) << "Enter in the words moves to the list";
    QTest::keyClick(dialog.table(), Qt::Key_Return);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).value<SessionId>(), newer);

    dialog.table()->setCurrentIndex(dialog.model()->index(1, 0));
    dialog.openButton()->click();
    ASSERT_EQ(opened.size(), 2);
    EXPECT_NE(opened.at(1).at(0).value<SessionId>(), newer);
}

TEST_F(NoteSearchDialogTest, a_note_saved_elsewhere_appears_in_the_open_search)
{
    NoteSearchDialog dialog(context);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, QStringLiteral("tendinopathy"));
    EXPECT_EQ(dialog.model()->rowCount(), 0);

    Session s = clinic.sessions().startSession(okafor.id, context.user).value();
    s.presentingComplaint = QStringLiteral("Achilles tendinopathy");
    ASSERT_TRUE(clinic.sessions().saveDraft(s, context.user).ok());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, 5000);
}

TEST_F(NoteSearchDialogTest, the_main_window_searches_a_patients_notes_and_the_front_desk_cannot)
{
    const SessionId mine = note(okafor, QStringLiteral("Frozen shoulder"), 3);
    note(nakamura, QStringLiteral("Frozen shoulder"), 2);

    MainWindow window(context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.showPatient(okafor.id));
    SessionHistoryPanel* history = window.historyPanel();
    history->searchNotesButton()->click();
    auto* dialog = window.findChild<NoteSearchDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->scope(), NoteSearchDialog::Scope::Patient);
    type(*dialog, QStringLiteral("frozen"));
    EXPECT_EQ(ids(*dialog), Ids{mine});
    dialog->close();

    test::RecordingMessagePresenter deskMessages;
    const User desk{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk};
    UiContext deskContext = clinic.context(settings, deskMessages, desk);
    MainWindow frontDesk(deskContext);
    auto* action = frontDesk.findChild<QAction*>(QStringLiteral("searchNotesAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isVisible());
    EXPECT_EQ(frontDesk.searchNotes(), nullptr);
}
