// The patient's pain drawing in the session window (shading, erasing, undo, the candidate
// muscles, a signed note's drawing, the earlier visit's ghost) and comparing two visits.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/session/SessionRepository.h"
#include "needlechart/ui/bodymap/BodyMapPicture.h"
#include "needlechart/ui/bodymap/BodyMapView.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"
#include "needlechart/ui/bodymap/MusclePicker.h"
#include "needlechart/ui/paindrawing/PainDrawingPanel.h"
#include "needlechart/ui/session/CompareVisitsDialog.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionHistoryPanel.h"
#include "needlechart/ui/session/SessionView.h"
#include "needlechart/ui/session/SessionWindow.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "ClinicUiTest.h"
#include "RecordingMessagePresenter.h"
#include "SessionSamples.h"
#include "ShownSessionWindow.h"
#include "TestClinic.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class PainDrawingUiTest : public test::ClinicUiTest {
protected:
    Patient patient =
        clinic.addPatient(QStringLiteral("Lindqvist"), QStringLiteral("Maja"), QDate(1988, 4, 2));

    void SetUp() override { clinic.clearForNeedling(patient.id); }

    static QPointer<SessionWindow> open(SessionWindow* window)
    {
        return test::shownSessionWindow(window);
    }

    static BodyMapWidget& back(SessionWindow& w)
    {
        return w.view()->bodyMap()->map(BodyView::Posterior);
    }

    static void showPainTab(SessionWindow& w)
    {
        w.view()->mapTabs()->setCurrentWidget(w.view()->painDrawing());
    }

    // A left-button drag through `points` (widget coordinates), as a hand shading.
    static void drag(QWidget& widget, const QList<QPointF>& points)
    {
        auto send = [&widget](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, widget.mapToGlobal(at), Qt::LeftButton, buttons,
                              Qt::NoModifier);
            QApplication::sendEvent(&widget, &event);
        };
        send(QEvent::MouseButtonPress, points.first(), Qt::LeftButton);
        for (qsizetype i = 1; i < points.size(); ++i)
            send(QEvent::MouseMove, points.at(i), Qt::LeftButton);
        send(QEvent::MouseButtonRelease, points.last(), Qt::NoButton);
    }

    // Shades a short stroke across the middle of `muscle` on `side` of the back view.
    static void shadeOver(SessionWindow& w, const char* muscle, BodySide side)
    {
        BodyMapWidget& map = back(w);
        const auto at = map.geometry().interiorPoint(QString::fromLatin1(muscle), side);
        ASSERT_TRUE(at) << muscle;
        const QPointF centre = map.toWidget(*at);
        drag(map, {centre - QPointF(12, 0), centre, centre + QPointF(12, 4)});
    }

    // A draft written straight to the repository (the compare window is under test).
    SessionId visit(int daysAgo, int painBefore, int painAfter, const QList<TriggerPoint>& points,
                    const QList<PainArea>& painAreas = {})
    {
        Session s;
        s.patientId = patient.id;
        s.treatedAt = test::TestClinic::fixedNow().addDays(-daysAgo);
        s.clinician = test::TestClinic::defaultClinician().displayName;
        s.clinicianLogin = test::TestClinic::defaultClinician().login;
        s.painBefore = painBefore;
        s.painAfter = painAfter;
        for (const TriggerPoint& p : points)
            s.points.add(p);
        s.painAreas = painAreas;
        auto stored =
            clinic.services().sessionRepository().saveDraft(s, test::TestClinic::fixedNow());
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->id : 0;
    }
};

} // namespace

TEST_F(PainDrawingUiTest, shading_records_an_area_of_the_chosen_kind_and_undo_takes_it_back)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    PainDrawingPanel* panel = w->view()->painDrawing();
    showPainTab(*w);
    EXPECT_EQ(back(*w).tool(), BodyMapWidget::Tool::ShadePain);
    panel->findChild<QComboBox*>(QStringLiteral("painTypeCombo"))
        ->setCurrentIndex(int(PainType::Burning));
    panel->findChild<QSpinBox*>(QStringLiteral("painIntensitySpin"))->setValue(8);

    shadeOver(*w, "infraspinatus", BodySide::Right);
    const Session& note = w->editor().session();
    ASSERT_EQ(note.painAreas.size(), 1);
    EXPECT_EQ(note.painAreas.first().type, PainType::Burning);
    EXPECT_EQ(note.painAreas.first().intensity, 8);
    EXPECT_EQ(note.painAreas.first().view, BodyView::Posterior);
    EXPECT_TRUE(note.painAreas.first().isValid());
    EXPECT_TRUE(note.points.isEmpty()) << "shading never marks a point";
    EXPECT_EQ(back(*w).painDrawing(), note.painAreas);
    EXPECT_TRUE(panel->findChild<QLabel*>(QStringLiteral("painSummary"))
                    ->text()
                    .contains(QStringLiteral("burning up to 8/10")));

    w->editor().undoStack().undo();
    EXPECT_TRUE(w->editor().session().painAreas.isEmpty());
    EXPECT_TRUE(back(*w).painDrawing().isEmpty());
    w->editor().undoStack().redo();
    EXPECT_EQ(w->editor().session().painAreas.size(), 1);

    // Back on the muscle list, a click marks a point again.
    w->view()->mapTabs()->setCurrentIndex(0);
    EXPECT_EQ(back(*w).tool(), BodyMapWidget::Tool::Points);
    const auto at =
        back(*w).geometry().interiorPoint(QStringLiteral("gluteus_maximus"), BodySide::Left);
    ASSERT_TRUE(at);
    QTest::mouseClick(&back(*w), Qt::LeftButton, {}, back(*w).toWidget(*at).toPoint());
    EXPECT_EQ(w->editor().session().points.size(), 1);
    EXPECT_EQ(w->editor().session().painAreas.size(), 1);
    w->close();
}

TEST_F(PainDrawingUiTest, the_eraser_removes_the_area_clicked_and_clear_removes_them_all)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    showPainTab(*w);
    shadeOver(*w, "infraspinatus", BodySide::Right);
    shadeOver(*w, "gluteus_medius", BodySide::Left);
    ASSERT_EQ(w->editor().session().painAreas.size(), 2);

    PainDrawingPanel* panel = w->view()->painDrawing();
    auto* erase = panel->findChild<QToolButton*>(QStringLiteral("painEraseButton"));
    ASSERT_TRUE(erase->isEnabled());
    QTest::mouseClick(erase, Qt::LeftButton);
    EXPECT_EQ(back(*w).tool(), BodyMapWidget::Tool::ErasePain);
    const auto glute =
        back(*w).geometry().interiorPoint(QStringLiteral("gluteus_medius"), BodySide::Left);
    ASSERT_TRUE(glute);
    QTest::mouseClick(&back(*w), Qt::LeftButton, {}, back(*w).toWidget(*glute).toPoint());
    ASSERT_EQ(w->editor().session().painAreas.size(), 1);
    EXPECT_TRUE(w->editor().session().painAreas.first().contains(
        *back(*w).geometry().interiorPoint(QStringLiteral("infraspinatus"), BodySide::Right)));

    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("painClearButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(w->editor().session().painAreas.isEmpty());
    EXPECT_FALSE(erase->isEnabled()) << "nothing left to erase";
    EXPECT_EQ(back(*w).tool(), BodyMapWidget::Tool::ShadePain);
    w->editor().undoStack().undo();
    EXPECT_EQ(w->editor().session().painAreas.size(), 1);
    w->close();
}

TEST_F(PainDrawingUiTest, candidates_follow_the_drawing_and_one_is_found_in_the_muscle_list)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    showPainTab(*w);
    PainDrawingPanel* panel = w->view()->painDrawing();
    EXPECT_EQ(panel->candidateList()->count(), 0);

    // Pain over the buttock: the gluteal muscles refer there.
    shadeOver(*w, "gluteus_maximus", BodySide::Right);
    shadeOver(*w, "gluteus_medius", BodySide::Right);
    ASSERT_GT(panel->candidateList()->count(), 0);
    ASSERT_FALSE(panel->candidates().isEmpty());
    for (const CandidateMuscle& c : panel->candidates())
        EXPECT_NE(c.side, BodySide::Left) << c.muscleId.toStdString();
    EXPECT_TRUE(panel->findChild<QLabel*>(QStringLiteral("painCaveat"))
                    ->text()
                    .contains(QStringLiteral("not a diagnosis")));

    const MuscleId first = panel->candidates().first().muscleId;
    QListWidgetItem* item = panel->candidateList()->item(0);
    Q_EMIT panel->candidateList()->itemActivated(item);
    auto* picker = w->view()->findChild<MusclePicker*>();
    ASSERT_TRUE(picker);
    EXPECT_EQ(w->view()->mapTabs()->currentWidget(), picker);
    EXPECT_EQ(picker->currentMuscle(), first);
    EXPECT_FALSE(picker->side().has_value()) << "the side is still for a person to choose";
    w->close();
}

TEST_F(PainDrawingUiTest, a_saved_drawing_reopens_shown_and_the_next_visit_ghosts_it)
{
    QPointer<SessionWindow> w = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    showPainTab(*w);
    shadeOver(*w, "infraspinatus", BodySide::Right);
    const QList<PainArea> drawn = w->editor().session().painAreas;
    ASSERT_EQ(drawn.size(), 1);
    QTest::mouseClick(w->view()->saveButton(), Qt::LeftButton);
    const SessionId id = w->editor().session().id;
    ASSERT_GT(id, 0);
    w->close();

    QPointer<SessionWindow> again = open(SessionWindow::openExisting(context, id));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->editor().session().painAreas, drawn);
    EXPECT_EQ(back(*again).painDrawing(), drawn);
    again->close();

    // A signed note's drawing is shown with its tools off.
    auto reread = clinic.services().sessionRepository().get(id);
    ASSERT_TRUE(reread.ok());
    auto marked = clinic.services().sessionRepository().markSigned(
        id, reread->rowVersion, QStringLiteral("Alex Morgan"), test::TestClinic::fixedNow(), 0, 0,
        0, 0, QString());
    ASSERT_TRUE(marked.ok()) << marked.error().message.toStdString();
    QPointer<SessionWindow> locked = open(SessionWindow::openExisting(context, id));
    ASSERT_TRUE(locked);
    EXPECT_EQ(back(*locked).painDrawing(), drawn);
    PainDrawingPanel* panel = locked->view()->painDrawing();
    EXPECT_FALSE(panel->findChild<QToolButton*>(QStringLiteral("painShadeButton"))->isEnabled());
    showPainTab(*locked);
    EXPECT_EQ(back(*locked).tool(), BodyMapWidget::Tool::Points) << "nothing to shade";
    shadeOver(*locked, "gluteus_medius", BodySide::Left);
    EXPECT_EQ(locked->editor().session().painAreas, drawn);
    locked->close();

    // The next visit shows it ghosted, as the earlier points are.
    QPointer<SessionWindow> next = open(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(next);
    EXPECT_TRUE(next->editor().session().painAreas.isEmpty());
    EXPECT_EQ(back(*next).earlierPainDrawing(), drawn);
    next->close();
}

TEST_F(PainDrawingUiTest, comparing_visits_shows_both_maps_and_the_change_in_pain)
{
    const SessionId first = visit(14, 7, 4,
                                  {test::samplePoint("upper_trapezius", BodySide::Right,
                                                     BodyView::Posterior, QPointF(0.6, 0.17)),
                                   test::samplePoint("infraspinatus", BodySide::Left,
                                                     BodyView::Posterior, QPointF(0.3, 0.25))},
                                  test::samplePainDrawing());
    const SessionId second = visit(7, 4, 2,
                                   {test::samplePoint("upper_trapezius", BodySide::Right,
                                                      BodyView::Posterior, QPointF(0.6, 0.17))});

    CompareVisitsDialog dialog(context, patient.id, QStringLiteral("Maja Lindqvist"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_EQ(dialog.leftCombo()->count(), 2);
    EXPECT_EQ(dialog.leftCombo()->currentData().toLongLong(), first) << "older on the left";
    EXPECT_EQ(dialog.rightCombo()->currentData().toLongLong(), second);
    EXPECT_EQ(dialog.leftPicture()->points().size(), 2);
    EXPECT_EQ(dialog.leftPicture()->painAreas().size(), 2);
    EXPECT_EQ(dialog.rightPicture()->points().size(), 1);
    EXPECT_TRUE(dialog.leftScores()->text().contains(QStringLiteral("Pain before 7, after 4")));
    const QString changes = dialog.changes()->text();
    EXPECT_TRUE(changes.contains(QStringLiteral("7 \u2192 4 (3 less)"))) << changes.toStdString();
    EXPECT_TRUE(changes.contains(QStringLiteral("Needled both times: Trapezius")))
        << changes.toStdString();
    EXPECT_TRUE(changes.contains(QStringLiteral("Only the earlier visit: Infraspinatus")))
        << changes.toStdString();

    dialog.rightCombo()->setCurrentIndex(0);
    EXPECT_TRUE(dialog.changes()->text().contains(QStringLiteral("same visit")));
}

TEST_F(PainDrawingUiTest, the_history_offers_compare_once_there_are_two_visits)
{
    SessionHistoryPanel panel(context);
    visit(14, 6, 3, {});
    panel.showPatient(patient.id);
    EXPECT_FALSE(panel.compareButton()->isEnabled());
    visit(7, 5, 2, {});
    panel.showPatient(0);
    panel.showPatient(patient.id);
    ASSERT_TRUE(panel.compareButton()->isEnabled());
    QSignalSpy asked(&panel, &SessionHistoryPanel::compareVisitsRequested);
    QTest::mouseClick(panel.compareButton(), Qt::LeftButton);
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.first().first().value<PatientId>(), patient.id);
}

} // namespace needlechart
