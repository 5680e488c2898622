// The session window driven as a physiotherapist would: real widgets offscreen, real mouse and
// key events on the body map, a real temporary database underneath.
#include "needlechart/ui/session/SessionWindow.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/consent/Screening.h"
#include "needlechart/domain/session/CarryForward.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/bodymap/BodyMapView.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"
#include "needlechart/ui/bodymap/MusclePicker.h"
#include "needlechart/ui/common/WheelGuard.h"
#include "needlechart/ui/consent/BeforeNeedlingDialog.h"
#include "needlechart/ui/consent/ConsentDialog.h"
#include "needlechart/ui/consent/ScreeningDialog.h"
#include "needlechart/ui/session/AmendmentDialog.h"
#include "needlechart/ui/session/AmendmentsPanel.h"
#include "needlechart/ui/session/CarriedItemsBar.h"
#include "needlechart/ui/session/PointTableModel.h"
#include "needlechart/ui/session/SessionController.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionHeader.h"
#include "needlechart/ui/session/SessionView.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "AccessibleNames.h"
#include "Mnemonics.h"
#include "RecordingMessagePresenter.h"
#include "ShownSessionWindow.h"
#include "SigningClinician.h"
#include "TabOrder.h"
#include "TestClinic.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class SessionWindowTest : public ::testing::Test {
protected:
    test::TestClinic clinic;
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    // A clinician with a staff account, who signs with their password.
    UiContext context = clinic.context(
        settings, messages, test::signingClinician(clinic.services(), StaffRole::Clinician));
    Patient patient =
        clinic.addPatient(QStringLiteral("Lindqvist"), QStringLiteral("Maja"), QDate(1988, 4, 2));

    void SetUp() override
    {
        clinic.clearForNeedling(patient.id);
        messages.passwordAnswer = test::SigningPassword;
    }

    static QPointer<SessionWindow> open(SessionWindow* window)
    {
        return test::shownSessionWindow(window);
    }

    static BodyMapWidget& back(SessionWindow& w)
    {
        return w.view()->bodyMap()->map(BodyView::Posterior);
    }

    static void clickOn(BodyMapWidget& map, const char* muscle, BodySide side)
    {
        const auto at = map.geometry().interiorPoint(QString::fromLatin1(muscle), side);
        ASSERT_TRUE(at) << muscle;
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.toWidget(*at).toPoint());
    }

    template <typename T>
    static T* child(QWidget& parent, const char* name)
    {
        T* found = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }

    // One notch of the wheel turned towards the person, with the pointer at `widget`'s centre.
    static void wheelDownOn(QWidget& widget)
    {
        const QPointF centre = QRectF(widget.rect()).center();
        QWheelEvent wheel(centre, widget.mapToGlobal(centre), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&widget, &wheel);
    }

    // A patient registered today, with neither consent nor screening.
    Patient addNewcomer()
    {
        return clinic.addPatient(QStringLiteral("Adeyemi"), QStringLiteral("Tolu"),
                                 QDate(1979, 9, 9));
    }

    // Marks three points and fills in everything signing needs.
    void chartTypicalSession(SessionWindow& w)
    {
        BodyMapWidget& map = back(w);
        clickOn(map, "upper_trapezius", BodySide::Right);
        clickOn(map, "levator_scapulae", BodySide::Right);
        clickOn(map, "infraspinatus", BodySide::Left);
        ASSERT_EQ(w.editor().session().points.size(), 3);

        auto* complaint = child<QPlainTextEdit>(w, "complaintEdit");
        complaint->setFocus();
        QTest::keyClicks(complaint, QStringLiteral("Neck pain, 3 weeks"));
        child<QCheckBox>(w, "position_prone")->setChecked(true);
        child<QSpinBox>(w, "painBeforeSpin")->setValue(7);
        child<QSpinBox>(w, "painAfterSpin")->setValue(3);
        QTest::mouseClick(child<QPushButton>(w, "addNeedlesButton"), Qt::LeftButton);
        child<QSpinBox>(w, "needlesInserted0")->setValue(3);
        child<QSpinBox>(w, "needlesRemoved0")->setValue(3);
        QTest::mouseClick(child<QPushButton>(w, "standardAdviceButton"), Qt::LeftButton);
        child<QComboBox>(w, "followUpCombo")->setCurrentText(QStringLiteral("Review in 7 days"));
    }

    // Last week's note charted and signed, then a new session opened a week later; null if
    // either step failed.
    QPointer<SessionWindow> signLastWeekAndOpenToday()
    {
        QPointer<SessionWindow> first = open(SessionWindow::openNew(context, patient.id));
        if (!first)
            return {};
        chartTypicalSession(*first);
        messages.answer = true;
        first->sign();
        const bool signedIt = first->editor().isReadOnly();
        EXPECT_TRUE(signedIt);
        first->close();
        if (!signedIt)
            return {};
        clinic.clock().advanceSeconds(7 * 24 * 3600);
        return open(SessionWindow::openNew(context, patient.id));
    }
};

TEST_F(SessionWindowTest, marking_three_points_filling_the_form_signing_reopening_and_amending)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    // Findings typed into the point table land on the point.
    PointTableModel* table = w->view()->pointModel();
    ASSERT_EQ(table->rowCount(), 3);
    ASSERT_TRUE(
        table->setData(table->index(1, PointTableModel::TwitchColumn), QStringLiteral("Single")));
    ASSERT_TRUE(
        table->setData(table->index(1, PointTableModel::DepthColumn), QStringLiteral("18")));

    messages.answer = true; // "Sign this note?" -> yes
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    ASSERT_TRUE(w->editor().isReadOnly())
        << w->view()->problemList()->count() << " problems, first: "
        << (w->view()->problemList()->count()
                ? w->view()->problemList()->item(0)->text().toStdString()
                : std::string());
    const SessionId id = w->editor().session().id;
    EXPECT_FALSE(w->view()->signButton()->isVisible());
    EXPECT_TRUE(DisplayText::withoutIsolates(w->view()->header()->statusLabel()->text())
                    .startsWith(QStringLiteral("Signed by Alex Morgan")));
    w->close();

    // Reopened: read-only, with its map.
    QPointer<SessionWindow> again = open(SessionWindow::openExisting(context, id));
    ASSERT_TRUE(again);
    const Session& stored = again->editor().session();
    EXPECT_TRUE(stored.isSigned());
    ASSERT_EQ(stored.points.size(), 3);
    EXPECT_EQ(stored.points.points().at(1).findings.twitch, TwitchResponse::Single);
    EXPECT_EQ(stored.points.points().at(1).findings.depthMm, 18);
    EXPECT_EQ(stored.presentingComplaint, QStringLiteral("Neck pain, 3 weeks"));
    EXPECT_EQ(stored.painBefore, 7);
    EXPECT_EQ(stored.followUp, QStringLiteral("Review in 7 days"));
    EXPECT_TRUE(child<QPlainTextEdit>(*again, "complaintEdit")->isReadOnly());
    EXPECT_FALSE(again->view()
                     ->pointModel()
                     ->flags(again->view()->pointModel()->index(0, PointTableModel::DepthColumn))
                     .testFlag(Qt::ItemIsEditable));
    clickOn(back(*again), "gluteus_maximus", BodySide::Left);
    EXPECT_EQ(again->editor().session().points.size(), 3) << "a signed note takes no new points";

    // Amend it.
    AmendmentsPanel* amendments = again->view()->amendments();
    ASSERT_TRUE(amendments->isVisible());
    QTest::mouseClick(amendments->addButton(), Qt::LeftButton);
    auto* dialog = again->findChild<AmendmentDialog*>();
    ASSERT_TRUE(dialog);
    dialog->submit(); // empty: refused beside the fields, dialog stays
    EXPECT_TRUE(dialog->isVisible());
    dialog->reasonEdit()->setText(QStringLiteral("Side recorded wrongly"));
    dialog->textEdit()->setPlainText(QStringLiteral("Point 3 was the right infraspinatus."));
    dialog->submit();
    QCoreApplication::processEvents();
    ASSERT_EQ(again->editor().session().amendments.size(), 1);
    EXPECT_EQ(again->editor().session().amendments.at(0).author, QStringLiteral("Alex Morgan"));
    const auto* shown = amendments->findChild<QLabel*>(QStringLiteral("amendment0"));
    ASSERT_TRUE(shown);
    EXPECT_TRUE(shown->text().contains(QStringLiteral("Side recorded wrongly")));
    // The original is still there, unchanged.
    auto reread = clinic.sessions().get(id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->points.size(), 3);
    EXPECT_EQ(reread->amendments.size(), 1);
    again->close();
}

TEST_F(SessionWindowTest, every_interactive_element_has_a_name_for_a_screen_reader_draft_and_signed)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    QStringList unnamed = test::unnamedInteractiveElements(w);
    EXPECT_TRUE(unnamed.isEmpty()) << "draft:\n" << unnamed.join(QLatin1Char('\n')).toStdString();
    messages.answer = true;
    w->sign();
    ASSERT_TRUE(w->editor().isReadOnly());
    unnamed = test::unnamedInteractiveElements(w);
    EXPECT_TRUE(unnamed.isEmpty()) << "signed:\n" << unnamed.join(QLatin1Char('\n')).toStdString();
    w->close();
}

TEST_F(SessionWindowTest, every_button_has_a_mnemonic_and_no_letter_is_claimed_twice)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    const QStringList problems = test::mnemonicProblems(w);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    w->close();
}

TEST_F(SessionWindowTest, tab_follows_the_layout)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    const QStringList problems = test::tabOrderProblems(w);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    w->close();
}

TEST_F(SessionWindowTest, a_needle_count_mismatch_is_listed_and_blocks_signing)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    child<QSpinBox>(*w, "needlesRemoved0")->setValue(2);
    auto* totals = child<QLabel>(*w, "needleTotals");
    EXPECT_TRUE(totals->text().contains(QStringLiteral("1 needle not accounted for")))
        << totals->text().toStdString();

    messages.answer = true;
    messages.messages.clear();
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    EXPECT_FALSE(w->editor().isReadOnly());
    QListWidget* problems = w->view()->problemList();
    ASSERT_TRUE(problems->isVisible());
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(
        QStringLiteral("3 needles were inserted but 2 counted out")));
    for (const auto& message : messages.messages)
        EXPECT_NE(message.kind, test::RecordingMessagePresenter::Kind::Password)
            << "checked first: no \"Sign this note?\" for a note that cannot be signed";

    // Explaining the difference lets it sign.
    auto* note = child<QPlainTextEdit>(*w, "needleCountNoteEdit");
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("One bent needle discarded unused; in the sharps bin."));
    // The list follows the note: the explained difference leaves it before signing again, and
    // the totals no longer raise the alarm.
    EXPECT_FALSE(problems->isVisible());
    EXPECT_TRUE(totals->text().contains(QStringLiteral("explained below")))
        << totals->text().toStdString();
    EXPECT_FALSE(totals->styleSheet().contains(QStringLiteral("bold")));
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    EXPECT_TRUE(w->editor().isReadOnly());
    EXPECT_FALSE(problems->isVisible());
    EXPECT_TRUE(totals->text().contains(QStringLiteral("explained below")));

    // Reopened, the signed note shows the back, where all its points are.
    const SessionId id = w->editor().session().id;
    w->close();
    QPointer<SessionWindow> reopened = open(SessionWindow::openExisting(context, id));
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->view()->bodyMap()->currentView(), BodyView::Posterior);
    reopened->close();
}

TEST_F(SessionWindowTest, a_field_filled_in_leaves_the_list_of_problems_at_once)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    auto* complaint = child<QPlainTextEdit>(*w, "complaintEdit");
    complaint->clear();
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    QListWidget* problems = w->view()->problemList();
    ASSERT_EQ(problems->count(), 1);
    EXPECT_EQ(problems->item(0)->data(Qt::UserRole).toString(), SessionFields::PresentingComplaint);

    complaint->setFocus();
    QTest::keyClicks(complaint, QStringLiteral("Neck pain"));
    EXPECT_EQ(problems->count(), 0);
    EXPECT_FALSE(problems->isVisible());
    // Nothing is listed again until the next attempt to sign.
    EXPECT_FALSE(w->controller().isShowingProblems());
    w->close();
}

TEST_F(SessionWindowTest, every_edit_in_the_session_view_can_be_undone_and_redone)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    BodyMapWidget& map = back(*w);
    clickOn(map, "upper_trapezius", BodySide::Left);
    clickOn(map, "gluteus_medius", BodySide::Left);
    child<QSpinBox>(*w, "painBeforeSpin")->setValue(6);
    auto* complaint = child<QPlainTextEdit>(*w, "complaintEdit");
    complaint->setFocus();
    QTest::keyClicks(complaint, QStringLiteral("Low back"));
    QUndoStack& undo = w->editor().undoStack();
    EXPECT_EQ(undo.count(), 4) << "typing merges into one step";

    undo.undo();
    EXPECT_TRUE(w->editor().session().presentingComplaint.isEmpty());
    EXPECT_TRUE(complaint->toPlainText().isEmpty());
    undo.undo();
    EXPECT_FALSE(w->editor().session().painBefore.has_value());
    EXPECT_EQ(child<QSpinBox>(*w, "painBeforeSpin")->value(), -1);
    undo.undo();
    EXPECT_EQ(w->editor().session().points.size(), 1);
    EXPECT_EQ(w->view()->pointModel()->rowCount(), 1);
    undo.redo();
    undo.redo();
    undo.redo();
    EXPECT_EQ(w->editor().session().points.size(), 2);
    EXPECT_EQ(w->editor().session().painBefore, 6);
    EXPECT_EQ(complaint->toPlainText(), QStringLiteral("Low back"));
    w->close();
}

TEST_F(SessionWindowTest, an_edit_marks_the_window_modified_and_a_save_clears_the_mark)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    w->controller().setAutosaveDelay(60'000); // saved by hand below
    EXPECT_TRUE(w->windowTitle().contains(QStringLiteral("(draft)[*]")))
        << w->windowTitle().toStdString();
    EXPECT_FALSE(w->isWindowModified()) << "nothing typed yet";

    clickOn(back(*w), "gastrocnemius", BodySide::Right);
    EXPECT_TRUE(w->isWindowModified());
    ASSERT_TRUE(w->controller().saveDraft());
    EXPECT_FALSE(w->isWindowModified());
    EXPECT_FALSE(w->editor().hasUnsavedChanges());
    EXPECT_TRUE(w->view()->header()->statusLabel()->text().startsWith(
        QStringLiteral("Draft \u00b7 saved ")))
        << w->view()->header()->statusLabel()->text().toStdString();
    EXPECT_TRUE(w->windowTitle().contains(QStringLiteral("(draft)[*]")));

    // An autosave clears the mark too.
    w->controller().setAutosaveDelay(30);
    child<QSpinBox>(*w, "painBeforeSpin")->setValue(5);
    EXPECT_TRUE(w->isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(!w->isWindowModified(), 2000);
    EXPECT_EQ(clinic.sessions()
                  .get(w->editor().session().id, test::TestClinic::defaultClinician())
                  ->painBefore,
              5);
    w->close();
}

TEST_F(SessionWindowTest, ctrl_z_undoes_and_ctrl_shift_z_or_ctrl_y_redo_from_the_keyboard)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    BodyMapWidget& map = back(*w);
    clickOn(map, "upper_trapezius", BodySide::Left);
    clickOn(map, "gluteus_medius", BodySide::Left);
    map.setFocus();
    ASSERT_EQ(w->editor().session().points.size(), 2u);

    QTest::keyClick(&map, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(w->editor().session().points.size(), 1u);
    QTest::keyClick(&map, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(w->editor().session().points.size(), 2u) << "Ctrl+Shift+Z redoes";
    QTest::keyClick(&map, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(&map, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(w->editor().session().points.size(), 2u) << "Ctrl+Y redoes";
    w->close();
}

TEST_F(SessionWindowTest, undoing_back_to_the_saved_note_clears_the_mark_and_saves_nothing_more)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    w->controller().setAutosaveDelay(60'000); // saved by hand below
    auto* complaint = child<QPlainTextEdit>(*w, "complaintEdit");
    complaint->setFocus();
    QTest::keyClicks(complaint, QStringLiteral("Neck"));
    ASSERT_TRUE(w->controller().saveDraft());
    const Session saved = w->editor().session();
    // Typing on in the same field after the save is a step of its own, so undo can stop at the
    // saved note.
    QTest::keyClicks(complaint, QStringLiteral(" pain"));
    EXPECT_TRUE(w->isWindowModified());
    QUndoStack& undo = w->editor().undoStack();
    undo.undo();
    EXPECT_EQ(complaint->toPlainText(), QStringLiteral("Neck"));
    EXPECT_FALSE(w->isWindowModified());
    EXPECT_FALSE(w->editor().hasUnsavedChanges());

    // What is stored is what is shown, so saving (and closing) writes nothing again.
    ASSERT_TRUE(w->controller().saveDraft());
    auto stored = clinic.sessions().get(saved.id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->rowVersion, saved.rowVersion);
    EXPECT_EQ(stored->presentingComplaint, QStringLiteral("Neck"));

    // Past the saved note in either direction the mark is back.
    undo.undo();
    EXPECT_TRUE(complaint->toPlainText().isEmpty());
    EXPECT_TRUE(w->isWindowModified());
    undo.redo();
    EXPECT_FALSE(w->isWindowModified());
    undo.redo();
    EXPECT_EQ(complaint->toPlainText(), QStringLiteral("Neck pain"));
    EXPECT_TRUE(w->isWindowModified());
    w->close();
}

TEST_F(SessionWindowTest, a_new_note_whose_every_edit_is_undone_is_not_stored)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    w->controller().setAutosaveDelay(60'000);
    clickOn(back(*w), "gastrocnemius", BodySide::Right);
    EXPECT_TRUE(w->isWindowModified());
    w->editor().undoStack().undo();
    EXPECT_FALSE(w->isWindowModified());
    EXPECT_TRUE(w->controller().saveDraft());
    EXPECT_FALSE(w->editor().session().isStored()) << "as if nothing had been charted";
    w->close();
}

TEST_F(SessionWindowTest, a_draft_saves_itself_after_a_pause_and_resumes_where_it_was)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    w->controller().setAutosaveDelay(30);
    clickOn(back(*w), "gastrocnemius", BodySide::Right);
    auto* complaint = child<QPlainTextEdit>(*w, "complaintEdit");
    complaint->setFocus();
    QTest::keyClicks(complaint, QStringLiteral("Calf tightness running"));
    EXPECT_TRUE(w->controller().isAutosavePending());
    QTRY_VERIFY_WITH_TIMEOUT(w->editor().session().isStored() && !w->editor().hasUnsavedChanges(),
                             2000);
    const SessionId id = w->editor().session().id;
    auto saved = clinic.sessions().get(id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->presentingComplaint, QStringLiteral("Calf tightness running"));
    EXPECT_EQ(saved->points.size(), 1);
    EXPECT_EQ(saved->status, SessionStatus::Draft);
    delete w.data(); // as if the window vanished: no close, no final save

    QPointer<SessionWindow> resumed = open(SessionWindow::openExisting(context, id));
    ASSERT_TRUE(resumed);
    EXPECT_FALSE(resumed->editor().isReadOnly());
    EXPECT_EQ(child<QPlainTextEdit>(*resumed, "complaintEdit")->toPlainText(),
              QStringLiteral("Calf tightness running"));
    EXPECT_EQ(resumed->view()->pointModel()->rowCount(), 1);
    resumed->close();
}

TEST_F(SessionWindowTest, a_draft_can_be_deleted_after_confirming)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    clickOn(back(*w), "gastrocnemius", BodySide::Right);
    ASSERT_TRUE(w->controller().saveDraft());
    const SessionId id = w->editor().session().id;
    messages.answer = false;
    QTest::mouseClick(w->view()->deleteButton(), Qt::LeftButton);
    EXPECT_TRUE(clinic.sessions().get(id, test::TestClinic::defaultClinician()).ok())
        << "declined: kept";
    messages.answer = true;
    QTest::mouseClick(w->view()->deleteButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(clinic.sessions().get(id, test::TestClinic::defaultClinician()).error().code,
              ErrorCode::NotFound);
    QTRY_VERIFY(w.isNull());
}

TEST_F(SessionWindowTest, the_previous_sessions_points_are_ghosted_on_the_new_sessions_map)
{
    QPointer<SessionWindow> next = signLastWeekAndOpenToday();
    ASSERT_TRUE(next) << "last week's note signed, and this week's opened";
    EXPECT_EQ(back(*next).history().size(), 3);
    EXPECT_TRUE(next->editor().session().points.isEmpty());
    EXPECT_EQ(back(*next).heatMap().value(QStringLiteral("upper_trapezius_R")), 1);
    next->close();
}

TEST_F(SessionWindowTest, the_earlier_points_stay_on_the_map_after_the_new_drafts_first_save)
{
    QPointer<SessionWindow> next = signLastWeekAndOpenToday();
    ASSERT_TRUE(next) << "last week's note signed, and this week's opened";
    clickOn(back(*next), "gastrocnemius", BodySide::Right);
    ASSERT_TRUE(next->controller().saveDraft()); // the draft's first save: it gets its id
    QCoreApplication::processEvents();
    ASSERT_TRUE(next->editor().session().isStored());
    // Still last week's three points, not this draft's own point taken for an earlier session.
    EXPECT_EQ(back(*next).history().size(), 3);
    EXPECT_EQ(back(*next).heatMap().value(QStringLiteral("upper_trapezius_R")), 1);
    EXPECT_EQ(back(*next).heatMap().value(QStringLiteral("gastrocnemius_R")), 0);
    next->close();
}

TEST_F(SessionWindowTest,
       starting_from_the_last_session_copies_marked_items_that_sign_once_confirmed)
{
    QPointer<SessionWindow> w = signLastWeekAndOpenToday();
    ASSERT_TRUE(w);
    CarriedItemsBar* bar = w->view()->carriedItemsBar();
    ASSERT_TRUE(bar->isVisible()) << "an empty draft with a signed note before it";
    ASSERT_TRUE(bar->copyButton()->isVisible());
    QTest::mouseClick(bar->copyButton(), Qt::LeftButton);

    const Session& s = w->editor().session();
    ASSERT_EQ(s.points.size(), 3);
    ASSERT_EQ(s.needles.size(), 1);
    EXPECT_EQ(s.needles.at(0).inserted, 0) << "today's needles are counted today";
    EXPECT_EQ(CarryForward::unconfirmedCount(s), 4);
    EXPECT_FALSE(bar->copyButton()->isVisible()) << "copied once";
    EXPECT_TRUE(bar->confirmButton()->isVisible());
    auto* table = child<QTableView>(*w, "pointTable");
    EXPECT_TRUE(table->model()
                    ->index(0, PointTableModel::MuscleColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .italic());
    EXPECT_TRUE(child<QSpinBox>(*w, "needlesInserted0")->font().italic());

    // Recording a finding at a point makes it today's; one undo step copied everything.
    PointFindings found = s.points.points().at(0).findings;
    found.twitch = TwitchResponse::Single;
    w->editor().pointEditor().setFindings(s.points.points().at(0).key, found);
    EXPECT_EQ(CarryForward::unconfirmedCount(s), 3);
    EXPECT_FALSE(table->model()
                     ->index(0, PointTableModel::MuscleColumn)
                     .data(Qt::FontRole)
                     .value<QFont>()
                     .italic());

    // Signing lists what is still a copy.
    messages.answer = true;
    w->sign();
    ASSERT_FALSE(w->editor().isReadOnly());
    QStringList problems;
    for (int i = 0; i < w->view()->problemList()->count(); ++i)
        problems << w->view()->problemList()->item(i)->text();
    EXPECT_TRUE(
        problems.join(u'\n').contains(QStringLiteral("Point 2 is copied from the last session")))
        << problems.join(u'\n').toStdString();

    QTest::mouseClick(bar->confirmButton(), Qt::LeftButton);
    EXPECT_EQ(CarryForward::unconfirmedCount(s), 0);
    EXPECT_FALSE(bar->isVisible());
    w->editor().undoStack().undo();
    EXPECT_EQ(CarryForward::unconfirmedCount(w->editor().session()), 3)
        << "undo brings the marks back";
    w->editor().undoStack().redo();
    EXPECT_EQ(CarryForward::unconfirmedCount(w->editor().session()), 0);

    // Fill what today needs and sign.
    auto* complaint = child<QPlainTextEdit>(*w, "complaintEdit");
    complaint->setFocus();
    QTest::keyClicks(complaint, QStringLiteral("Neck pain, better"));
    child<QCheckBox>(*w, "position_prone")->setChecked(true);
    child<QSpinBox>(*w, "painBeforeSpin")->setValue(5);
    child<QSpinBox>(*w, "painAfterSpin")->setValue(2);
    child<QSpinBox>(*w, "needlesInserted0")->setValue(3);
    child<QSpinBox>(*w, "needlesRemoved0")->setValue(3);
    QTest::mouseClick(child<QPushButton>(*w, "standardAdviceButton"), Qt::LeftButton);
    w->sign();
    EXPECT_TRUE(w->editor().isReadOnly()) << "signed once every copy was confirmed";
    w->close();
}

TEST_F(SessionWindowTest, removing_the_unconfirmed_copies_keeps_what_was_made_todays)
{
    QPointer<SessionWindow> w = signLastWeekAndOpenToday();
    ASSERT_TRUE(w);
    ASSERT_TRUE(w->copyFromLastSession());
    EXPECT_FALSE(w->copyFromLastSession()) << "not twice onto the same draft";
    const Session& s = w->editor().session();
    PointFindings found = s.points.points().at(2).findings;
    found.painReproduced = true;
    w->editor().pointEditor().setFindings(s.points.points().at(2).key, found);
    QTest::mouseClick(w->view()->carriedItemsBar()->removeButton(), Qt::LeftButton);
    ASSERT_EQ(w->editor().session().points.size(), 1);
    EXPECT_EQ(w->editor().session().points.points().at(0).muscleId,
              QStringLiteral("infraspinatus"));
    EXPECT_TRUE(w->editor().session().needles.isEmpty());
    w->close();
}

TEST_F(SessionWindowTest, points_saved_as_a_template_are_applied_to_another_note_in_one_step)
{
    QPointer<SessionWindow> first = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(first);
    chartTypicalSession(*first);
    messages.textAnswer = QStringLiteral("Neck and shoulder");
    first->templatesMenu()->aboutToShow(); // as when the menu opens
    QAction* save = nullptr;
    for (QAction* action : first->templatesMenu()->actions()) {
        if (action->text().contains(QStringLiteral("Save these points")))
            save = action;
    }
    ASSERT_TRUE(save);
    save->trigger();
    first->close();

    const Patient other =
        clinic.addPatient(QStringLiteral("Brennan"), QStringLiteral("Cath"), QDate(1970, 1, 5));
    clinic.clearForNeedling(other.id);
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, other.id));
    ASSERT_TRUE(w);
    w->templatesMenu()->aboutToShow();
    QAction* apply = nullptr;
    for (QAction* action : w->templatesMenu()->actions()) {
        if (action->text().contains(QStringLiteral("Neck and shoulder")))
            apply = action;
    }
    ASSERT_TRUE(apply) << "the saved template is offered";
    EXPECT_TRUE(apply->text().contains(QStringLiteral("3 points")));
    apply->trigger();
    const Session& s = w->editor().session();
    ASSERT_EQ(s.points.size(), 3);
    EXPECT_EQ(s.points.points().at(0).carriedFrom, CarriedFrom::Template);
    EXPECT_EQ(s.points.points().at(0).findings.twitch, TwitchResponse::None);
    EXPECT_TRUE(w->view()->carriedItemsBar()->confirmButton()->isVisible());
    // Applied again, nothing is added twice.
    apply->trigger();
    EXPECT_EQ(w->editor().session().points.size(), 3);
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("already in this note")));
    w->editor().undoStack().undo();
    EXPECT_TRUE(w->editor().session().points.isEmpty()) << "one undo step";
    w->close();
}

TEST_F(SessionWindowTest, a_first_session_offers_nothing_to_start_from)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    EXPECT_FALSE(w->view()->carriedItemsBar()->isVisible());
    EXPECT_FALSE(w->copyFromLastSession());
    w->close();
}

TEST_F(SessionWindowTest, another_site_is_marked_by_name_from_the_maps_context_menu)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    BodyMapWidget& map = back(*w);
    // A place on the body that is no catalogued muscle, on the viewer's left (the patient's left
    // in the back view).
    std::optional<QPoint> place;
    for (int y = map.height() / 2; y < map.height() && !place; y += 4)
        for (int x = 4; x < map.width() / 2 && !place; x += 4) {
            const QPointF normalised = map.toNormalised(QPointF(x, y));
            if (map.geometry().isOnBody(normalised) && !map.geometry().regionAt(normalised))
                place = QPoint(x, y);
        }
    ASSERT_TRUE(place);

    QTest::mouseClick(&map, Qt::LeftButton, {}, *place);
    EXPECT_TRUE(w->editor().session().points.isEmpty());
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("right-click")))
        << w->statusBar()->currentMessage().toStdString();

    messages.textAnswer = QStringLiteral("Scar, lateral knee");
    bool offered = false;
    QTimer::singleShot(0, &map, [&offered] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions()) {
            if (action->text().startsWith(QStringLiteral("Mark another site here"))) {
                offered = true;
                action->trigger();
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, *place, map.mapToGlobal(*place));
    QApplication::sendEvent(&map, &event);
    QCoreApplication::processEvents();
    EXPECT_TRUE(offered);
    ASSERT_EQ(w->editor().session().points.size(), 1);
    const TriggerPoint& site = w->editor().session().points.points().first();
    EXPECT_TRUE(site.isOtherSite());
    EXPECT_EQ(site.siteName, QStringLiteral("Scar, lateral knee"));
    EXPECT_EQ(site.side, BodySide::Left);
    EXPECT_EQ(w->view()->pointModel()->index(0, PointTableModel::MuscleColumn).data().toString(),
              QStringLiteral("Scar, lateral knee (other site) (L)"));
    // Undone like any other point.
    w->editor().undoStack().undo();
    EXPECT_TRUE(w->editor().session().points.isEmpty());
    w->close();
}

TEST_F(SessionWindowTest, a_long_muscle_name_keeps_the_findings_in_view_and_its_caution_whole)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    QTableView* table = w->view()->pointTable();
    const int muscleWidth = table->columnWidth(PointTableModel::MuscleColumn);
    clickOn(back(*w), "suboccipitals", BodySide::Left);
    ASSERT_EQ(w->editor().session().points.size(), 1);
    QCoreApplication::processEvents();
    EXPECT_EQ(table->columnWidth(PointTableModel::MuscleColumn), muscleWidth)
        << "the name is elided, not given the room of the findings";
    const QString tip =
        table->model()->index(0, PointTableModel::MuscleColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("obliquus capitis"))) << "the whole name";
    EXPECT_TRUE(tip.contains(QStringLiteral("Caution"))) << tip.toStdString();

    // In the picker, the caution beside the list is shown whole.
    auto* picker = w->findChild<MusclePicker*>();
    ASSERT_TRUE(picker);
    picker->findChild<QLineEdit*>()->setText(QStringLiteral("suboccip"));
    QCoreApplication::processEvents();
    QLabel* caution = nullptr;
    for (QLabel* label : picker->findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Needling caution"))
            caution = label;
    ASSERT_TRUE(caution);
    ASSERT_TRUE(caution->isVisible());
    const int needed = caution->heightForWidth(caution->width());
    EXPECT_GE(caution->height(), needed) << "clipped: " << caution->text().toStdString();
    EXPECT_LE(caution->mapTo(picker, QPoint(0, needed)).y(), picker->height())
        << "runs off the picker: " << caution->text().toStdString();
    w->close();
}

TEST_F(SessionWindowTest, the_fields_of_a_signed_note_do_not_look_like_they_take_typing)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    auto* complaint = child<QPlainTextEdit>(*w, "complaintEdit");
    const QColor editable = complaint->palette().color(QPalette::Base);
    chartTypicalSession(*w);
    messages.answer = true;
    w->sign();
    ASSERT_TRUE(w->editor().isReadOnly());
    EXPECT_TRUE(complaint->isReadOnly());
    EXPECT_NE(complaint->palette().color(QPalette::Base), editable);
    EXPECT_EQ(complaint->palette().color(QPalette::Base),
              complaint->palette().color(QPalette::Window));
    auto* painBefore = child<QSpinBox>(*w, "painBeforeSpin");
    EXPECT_EQ(painBefore->palette().color(QPalette::Base),
              painBefore->palette().color(QPalette::Window));
    w->close();
}

TEST_F(SessionWindowTest, a_visit_without_needling_is_signed_for_a_patient_who_must_not_be_needled)
{
    const Patient phobic =
        clinic.addPatient(QStringLiteral("Brennan"), QStringLiteral("Ciara"), QDate(1991, 7, 3));
    clinic.clearForNeedling(phobic.id);
    Screening screening;
    screening.patientId = phobic.id;
    screening.answers.append({QStringLiteral("needle-phobia"), true, QString()});
    ASSERT_TRUE(
        clinic.consent().recordScreening(screening, test::TestClinic::defaultClinician()).ok());

    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, phobic.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    ASSERT_FALSE(w->editor().isReadOnly());
    QListWidget* problems = w->view()->problemList();
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("Not needled this visit")))
        << problems->item(0)->text().toStdString();

    // What happened: no needles after all, soft tissue work instead.
    while (!w->editor().session().points.isEmpty())
        w->editor().pointEditor().removePoint(w->editor().session().points.points().first().key);
    QTest::mouseClick(child<QToolButton>(*w, "removeNeedles0"), Qt::LeftButton);
    auto* notNeedled = child<QCheckBox>(*w, "notNeedledCheck");
    notNeedled->setChecked(true);
    auto* reason = child<QLineEdit>(*w, "notNeedledReasonEdit");
    EXPECT_TRUE(reason->isVisible());
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    EXPECT_FALSE(w->editor().isReadOnly()) << "no reason yet";
    ASSERT_GE(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("Say why")))
        << problems->item(0)->text().toStdString();
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Needle phobia declared on the couch; massage only"));
    EXPECT_FALSE(problems->isVisible()) << "nothing left to list";
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    ASSERT_TRUE(w->editor().isReadOnly());

    auto stored =
        clinic.sessions().get(w->editor().session().id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isSigned());
    EXPECT_TRUE(stored->notNeedled);
    EXPECT_EQ(stored->notNeedledReason,
              QStringLiteral("Needle phobia declared on the couch; massage only"));
    w->close();
}

TEST_F(SessionWindowTest, a_precaution_bearing_on_a_site_is_warned_of_and_acknowledged_to_sign)
{
    Screening screening;
    screening.patientId = patient.id;
    screening.answers.append(
        {QStringLiteral("pregnancy"), true, QStringLiteral("22 weeks; side-lying only")});
    ASSERT_TRUE(
        clinic.consent().recordScreening(screening, test::TestClinic::defaultClinician()).ok());

    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w); // neck and shoulder: nothing pregnancy bears on
    const auto* clearance = w->view()->header()->clearanceLabel();
    EXPECT_TRUE(clearance->text().startsWith(QStringLiteral("Cleared to needle:")))
        << clearance->text().toStdString();
    EXPECT_FALSE(w->view()->header()->sitePrecautions()->isVisible());

    clickOn(back(*w), "multifidus", BodySide::Left);
    QCoreApplication::processEvents();
    EXPECT_TRUE(
        w->statusBar()->currentMessage().startsWith(QStringLiteral("Precaution: Pregnancy")))
        << w->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(clearance->text().startsWith(QStringLiteral("Cleared to needle with care")))
        << "never plainly cleared over an unacknowledged precaution";
    auto* box = w->findChild<QCheckBox*>(QStringLiteral("precaution:pregnancy:multifidus"));
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->isVisible());

    child<QSpinBox>(*w, "needlesInserted0")->setValue(4);
    child<QSpinBox>(*w, "needlesRemoved0")->setValue(4);
    w->view()->pointTable()->selectRow(3);
    messages.answer = true;
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    ASSERT_FALSE(w->editor().isReadOnly());
    QListWidget* problems = w->view()->problemList();
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("Acknowledge it")))
        << problems->item(0)->text().toStdString();

    box->setChecked(true);
    EXPECT_FALSE(problems->isVisible());
    EXPECT_TRUE(clearance->text().startsWith(QStringLiteral("Cleared to needle:")));
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    ASSERT_TRUE(w->editor().isReadOnly());
    auto stored =
        clinic.sessions().get(w->editor().session().id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->acknowledgedPrecautions, QStringList{QStringLiteral("pregnancy:multifidus")});
    w->close();
}

TEST_F(SessionWindowTest, a_new_session_for_a_cleared_patient_goes_straight_to_the_map)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    EXPECT_EQ(w->reviewSafetyFirst(), nullptr) << "consent and a clear screening: nothing to ask";
    w->close();
}

TEST_F(SessionWindowTest, a_new_session_opens_on_consent_and_screening_and_records_them_there)
{
    const Patient newcomer = addNewcomer();
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, newcomer.id));
    ASSERT_TRUE(w);
    QPointer<BeforeNeedlingDialog> before = w->reviewSafetyFirst();
    ASSERT_TRUE(before);
    EXPECT_TRUE(before->isVisible());
    EXPECT_TRUE(before->consentLabel()->text().contains(QStringLiteral("No consent")))
        << before->consentLabel()->text().toStdString();
    EXPECT_TRUE(
        before->screeningLabel()->text().contains(QStringLiteral("No precaution screening")))
        << before->screeningLabel()->text().toStdString();
    EXPECT_TRUE(before->clearanceLabel()->text().startsWith(QStringLiteral("Not cleared")));

    // Screening first, with a precaution, then the consent: each read back at once.
    QTest::mouseClick(before->recordScreeningButton(), Qt::LeftButton);
    auto* screening = before->findChild<ScreeningDialog*>();
    ASSERT_TRUE(screening);
    screening->checkBox(QStringLiteral("anticoagulants"))->setChecked(true);
    screening->noteEdit(QStringLiteral("anticoagulants"))->setText(QStringLiteral("Apixaban"));
    screening->save();
    QCoreApplication::processEvents();
    EXPECT_TRUE(before->screeningLabel()->text().contains(QStringLiteral("Screened on")));
    EXPECT_TRUE(before->screeningLabel()->text().contains(QStringLiteral("Apixaban")));
    EXPECT_TRUE(before->consentLabel()->text().contains(QStringLiteral("No consent")));

    QTest::mouseClick(before->recordConsentButton(), Qt::LeftButton);
    auto* consent = before->findChild<ConsentDialog*>();
    ASSERT_TRUE(consent);
    consent->scopeEdit()->setText(QStringLiteral("Neck, course of treatment"));
    consent->save();
    QCoreApplication::processEvents();
    EXPECT_TRUE(before->consentLabel()->text().contains(QStringLiteral("leaflet version 1")))
        << before->consentLabel()->text().toStdString();
    EXPECT_TRUE(before->clearanceLabel()->text().startsWith(QStringLiteral("Cleared to needle "
                                                                           "with care")))
        << "a precaution is never shown as a plain clearance";

    QTest::mouseClick(before->startButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_FALSE(before);
    ASSERT_TRUE(w);
    EXPECT_TRUE(w->view()->header()->clearanceLabel()->text().contains(
        QStringLiteral("Cleared to needle")));
    EXPECT_FALSE(w->editor().session().notNeedled);
    w->close();
}

TEST_F(SessionWindowTest, not_needling_chosen_before_the_session_marks_the_note_and_asks_why)
{
    const Patient newcomer = addNewcomer();
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, newcomer.id));
    ASSERT_TRUE(w);
    BeforeNeedlingDialog* before = w->reviewSafetyFirst();
    ASSERT_TRUE(before);
    QTest::mouseClick(before->notNeedledButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_TRUE(w->editor().session().notNeedled);
    auto* reason = child<QLineEdit>(*w, "notNeedledReasonEdit");
    EXPECT_TRUE(reason->isVisible());
    EXPECT_TRUE(reason->hasFocus() || QApplication::focusWidget() == reason
                || !QApplication::focusWidget())
        << "the reason is where typing goes";
    w->close();
}

TEST_F(SessionWindowTest, not_starting_the_session_from_the_safety_check_stores_nothing)
{
    const Patient newcomer = addNewcomer();
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, newcomer.id));
    ASSERT_TRUE(w);
    BeforeNeedlingDialog* before = w->reviewSafetyFirst();
    ASSERT_TRUE(before);
    before->reject();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(w) << "the session window closed";
    auto history = clinic.sessions().history(newcomer.id, context.user);
    ASSERT_TRUE(history);
    EXPECT_TRUE(history->empty());
}

TEST_F(SessionWindowTest, without_consent_and_screening_signing_says_why_and_offers_to_record_them)
{
    const Patient newcomer = addNewcomer();
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, newcomer.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    const auto* clearance = w->view()->header()->clearanceLabel();
    EXPECT_TRUE(clearance->text().contains(QStringLiteral("No consent")))
        << clearance->text().toStdString();

    messages.answer = true;
    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    ASSERT_FALSE(w->editor().isReadOnly());
    QListWidget* problems = w->view()->problemList();
    ASSERT_EQ(problems->count(), 2);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("No consent")));
    EXPECT_TRUE(problems->item(1)->text().contains(QStringLiteral("No precaution screening")));

    // Record the screening: a precaution ticked without a note is refused beside it.
    QTest::mouseClick(child<QPushButton>(*w, "recordScreeningButton"), Qt::LeftButton);
    auto* screening = w->findChild<ScreeningDialog*>();
    ASSERT_TRUE(screening);
    screening->checkBox(QStringLiteral("must-drive"))->setChecked(true);
    screening->save();
    EXPECT_TRUE(screening->errorLabel(QStringLiteral("must-drive"))->isVisible());
    screening->noteEdit(QStringLiteral("must-drive"))
        ->setText(QStringLiteral("Rests 15 minutes before driving"));
    screening->save();
    QCoreApplication::processEvents();
    ASSERT_EQ(problems->count(), 1) << "the screening recorded has left the list";
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("No consent")));

    // Record the consent on the current leaflet.
    QTest::mouseClick(child<QPushButton>(*w, "recordConsentButton"), Qt::LeftButton);
    auto* consentDialog = w->findChild<ConsentDialog*>();
    ASSERT_TRUE(consentDialog);
    EXPECT_EQ(consentDialog->leafletCombo()->currentData().toInt(), 1);
    EXPECT_EQ(consentDialog->signedNameEdit()->text(), QStringLiteral("Tolu Adeyemi"))
        << "as the patient signs";
    consentDialog->save(); // no scope yet
    EXPECT_TRUE(consentDialog->isVisible());
    consentDialog->scopeEdit()->setText(QStringLiteral("Neck and shoulders, course of treatment"));
    consentDialog->save();
    QCoreApplication::processEvents();
    EXPECT_FALSE(problems->isVisible()) << "nothing left to list";
    EXPECT_TRUE(clearance->text().contains(QStringLiteral("Cleared to needle")))
        << clearance->text().toStdString();
    EXPECT_TRUE(clearance->text().contains(QStringLiteral("Rests 15 minutes before driving")));

    QTest::mouseClick(w->view()->signButton(), Qt::LeftButton);
    ASSERT_TRUE(w->editor().isReadOnly());
    EXPECT_GT(w->editor().session().consentId, 0);
    EXPECT_EQ(w->editor().session().leafletVersion, 1);
    EXPECT_GT(w->editor().session().screeningId, 0);
    w->close();
}

TEST_F(
    SessionWindowTest,
    the_follow_up_the_note_recommends_is_proposed_with_the_same_clinician_and_booked_in_one_click)
{
    AppointmentService& book = clinic.services().appointments();
    ASSERT_TRUE(book.addClinician(Clinician{0, QStringLiteral("Jo Park"), {}, 0b0011111, true},
                                  test::TestClinic::defaultAdmin())
                    .ok());
    const Clinician alex = *book.addClinician(
        Clinician{0, QStringLiteral("Alex Morgan"), QStringLiteral("amorgan"), 0b0011111, true},
        test::TestClinic::defaultAdmin());
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w); // "Review in 7 days", treated Sunday 1 March 2026
    // Someone already has Alex's first slot a week later.
    Appointment taken;
    taken.patientId = patient.id;
    taken.clinicianId = alex.id;
    taken.start = QDateTime(QDate(2026, 3, 9), QTime(8, 0), Qt::LocalTime).toUTC();
    taken.durationMinutes = 60;
    ASSERT_TRUE(book.book(taken, context.user).ok());

    QTest::mouseClick(w->view()->followUpButton(), Qt::LeftButton);
    auto* dialog = w->findChild<AppointmentDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->appointment().clinicianId, alex.id) << "the same clinician";
    // 1 March + 7 days is Sunday 8 March (closed): Monday 9 March, after the 08:00-09:00 booking.
    EXPECT_EQ(dialog->startEdit()->dateTime(),
              QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::LocalTime));
    ASSERT_TRUE(dialog->save());
    auto upcoming = book.forPatient(patient.id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(upcoming.ok());
    ASSERT_EQ(upcoming->size(), 2u);
    EXPECT_EQ(upcoming->front().type, AppointmentType::FollowUp);
    EXPECT_EQ(upcoming->front().note, QStringLiteral("Review in 7 days"));
    const QString said = w->statusBar()->currentMessage();
    EXPECT_TRUE(said.startsWith(QStringLiteral("Follow-up booked:"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Alex Morgan"))) << said.toStdString();
    // And where it was booked, until something else is booked.
    const QString next = w->view()->nextBookingLabel()->text();
    EXPECT_TRUE(next.startsWith(QStringLiteral("Next appointment: Mon 09/03/2026 08:00")))
        << next.toStdString();
    w->close();
}

TEST_F(SessionWindowTest, a_follow_up_for_a_clinician_not_in_the_book_asks_who_instead_of_guessing)
{
    AppointmentService& book = clinic.services().appointments();
    ASSERT_TRUE(book.addClinician(Clinician{0, QStringLiteral("Jo Park"), {}, 0b0011111, true},
                                  test::TestClinic::defaultAdmin())
                    .ok());
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    chartTypicalSession(*w);
    QTest::mouseClick(w->view()->followUpButton(), Qt::LeftButton);
    auto* dialog = w->findChild<AppointmentDialog*>();
    ASSERT_TRUE(dialog);
    auto* clinician = dialog->findChild<QComboBox*>(QStringLiteral("appointmentClinician"));
    ASSERT_TRUE(clinician);
    EXPECT_EQ(clinician->currentIndex(), -1) << "Jo Park is not who charted";
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("choose who sees")))
        << w->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(dialog->save()) << "nobody chosen: not booked";
    clinician->setCurrentIndex(0);
    EXPECT_TRUE(dialog->save())
        << dialog->findChild<QLabel*>(QStringLiteral("appointmentError"))->text().toStdString();
    w->close();
}

TEST_F(SessionWindowTest, electrical_stimulation_shows_its_settings_columns_and_records_them)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    clickOn(back(*w), "infraspinatus", BodySide::Left);
    clickOn(back(*w), "upper_trapezius", BodySide::Right);
    PointTableModel* table = w->view()->pointModel();
    QTableView* view = w->view()->pointTable();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_TRUE(view->isColumnHidden(PointTableModel::FrequencyColumn)) << "no point stimulated";
    EXPECT_FALSE(table->flags(table->index(0, PointTableModel::FrequencyColumn))
                     .testFlag(Qt::ItemIsEditable));

    ASSERT_TRUE(table->setData(table->index(0, PointTableModel::TechniqueColumn),
                               enumLabel(NeedlingTechnique::ElectricalStimulation)));
    EXPECT_FALSE(view->isColumnHidden(PointTableModel::FrequencyColumn));
    EXPECT_FALSE(view->isColumnHidden(PointTableModel::IntensityColumn));
    EXPECT_TRUE(table->flags(table->index(0, PointTableModel::PulseWidthColumn))
                    .testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(table->flags(table->index(1, PointTableModel::PulseWidthColumn))
                     .testFlag(Qt::ItemIsEditable))
        << "the other point is not stimulated";
    ASSERT_TRUE(
        table->setData(table->index(0, PointTableModel::FrequencyColumn), QStringLiteral("2.5")));
    ASSERT_TRUE(
        table->setData(table->index(0, PointTableModel::PulseWidthColumn), QStringLiteral("250")));
    ASSERT_TRUE(
        table->setData(table->index(0, PointTableModel::IntensityColumn), QStringLiteral("4")));
    EXPECT_FALSE(table->setData(table->index(0, PointTableModel::IntensityColumn),
                                QStringLiteral("strong")));
    const PointFindings& f = w->editor().session().points.points().at(0).findings;
    EXPECT_EQ(f.stimulation, (ElectricalStimulation{2.5, 250, 4.0}));
    EXPECT_EQ(table->index(0, PointTableModel::FrequencyColumn).data().toString(),
              QStringLiteral("2.5"));

    w->editor().undoStack().undo(); // the intensity
    w->editor().undoStack().undo(); // the pulse width
    w->editor().undoStack().undo(); // the frequency
    w->editor().undoStack().undo(); // the technique
    EXPECT_TRUE(view->isColumnHidden(PointTableModel::FrequencyColumn));
    w->close();
}

TEST_F(SessionWindowTest, a_session_holds_every_position_ticked_and_undo_takes_one_back)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    child<QCheckBox>(*w, "position_prone")->setChecked(true);
    child<QCheckBox>(*w, "position_side-lying-left")->setChecked(true);
    EXPECT_EQ(w->editor().session().positions,
              (QList<PatientPosition>{PatientPosition::Prone, PatientPosition::SideLyingLeft}));
    w->editor().undoStack().undo();
    EXPECT_EQ(w->editor().session().positions, QList<PatientPosition>{PatientPosition::Prone});
    EXPECT_FALSE(child<QCheckBox>(*w, "position_side-lying-left")->isChecked());
    child<QCheckBox>(*w, "position_prone")->setChecked(false);
    EXPECT_TRUE(w->editor().session().positions.isEmpty());
    w->close();
}

TEST_F(SessionWindowTest, the_wheel_over_a_drop_down_without_focus_scrolls_the_form_not_the_note)
{
    const WheelGuard guard; // as main() installs it
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    w->resize(900, 500); // small enough that the form scrolls
    QApplication::processEvents();
    auto* bruising = child<QComboBox>(*w, "bruisingCombo");
    ASSERT_TRUE(bruising);
    QScrollBar* scrollBar = child<QScrollArea>(*w, "sessionFormScroll")->verticalScrollBar();
    ASSERT_GT(scrollBar->maximum(), 0);
    ASSERT_EQ(scrollBar->value(), 0);
    QUndoStack& undo = w->editor().undoStack();
    const int steps = undo.count();
    ASSERT_FALSE(bruising->hasFocus());
    EXPECT_EQ(bruising->focusPolicy(), Qt::StrongFocus) << "the wheel must not give it focus";

    wheelDownOn(*bruising);
    EXPECT_EQ(bruising->currentData().toString(), enumKey(BruisingGrade::None));
    EXPECT_EQ(w->editor().session().bruising, BruisingGrade::None);
    EXPECT_TRUE(w->editor().session().adverseEvents.isEmpty());
    EXPECT_GT(scrollBar->value(), 0) << "the form scrolled instead";
    EXPECT_EQ(undo.count(), steps) << "nothing was edited";
    w->close();
}

TEST_F(SessionWindowTest, the_wheel_over_a_drop_down_with_focus_changes_its_value)
{
    const WheelGuard guard;
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    auto* bruising = child<QComboBox>(*w, "bruisingCombo");
    ASSERT_TRUE(bruising);
    const int steps = w->editor().undoStack().count();
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    bruising->setFocus(Qt::MouseFocusReason);
    ASSERT_TRUE(bruising->hasFocus());

    wheelDownOn(*bruising);
    EXPECT_EQ(bruising->currentIndex(), bruising->findData(enumKey(BruisingGrade::None)) + 1);
    EXPECT_NE(w->editor().session().bruising, BruisingGrade::None);
    EXPECT_EQ(w->editor().undoStack().count(), steps + 1);
    w->close();
}

// Another workstation on the clinic server saved this very note (ServerLink passes its change on
// as a remote event): the window says so at once, before a save here is refused as a conflict.
// A remote change to another note, or this workstation's own save, says nothing.
TEST_F(SessionWindowTest, a_note_changed_at_another_workstation_is_said_at_once)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    clickOn(back(*w), "upper_trapezius", BodySide::Right);
    ASSERT_TRUE(w->controller().saveDraft());
    const SessionId id = w->editor().session().id;
    ASSERT_GT(id, 0);
    messages.messages.clear();

    ChangeEvent other;
    other.entity = ChangeEvent::Entity::Session;
    other.kind = ChangeEvent::Kind::Updated;
    other.patientId = patient.id;
    other.ids = {id + 1000};
    other.remote = true;
    clinic.notifier().notify(other);
    ChangeEvent local = other;
    local.ids = {id};
    local.remote = false;
    clinic.notifier().notify(local);
    EXPECT_TRUE(messages.messages.isEmpty());

    ChangeEvent elsewhere = local;
    elsewhere.remote = true;
    clinic.notifier().notify(elsewhere);
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.first().kind, test::RecordingMessagePresenter::Kind::Warning);
    EXPECT_TRUE(messages.messages.first().text.contains(QStringLiteral("another workstation")));
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("another workstation")));
    w->close();
}

} // namespace
} // namespace needlechart
