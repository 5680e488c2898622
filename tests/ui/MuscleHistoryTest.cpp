// One muscle's history, reached from the body map of a session: every signed visit that needled
// it, newest first, with what was found and the pain before and after.
#include "needlechart/storage/session/SessionRepository.h"
#include "needlechart/ui/bodymap/BodyMapView.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"
#include "needlechart/ui/session/MuscleHistoryDialog.h"
#include "needlechart/ui/session/MuscleHistoryModel.h"
#include "needlechart/ui/session/SessionView.h"
#include "needlechart/ui/session/SessionWindow.h"

#include "ClinicUiTest.h"
#include "SessionSamples.h"
#include "ShownSessionWindow.h"

#include <QLabel>
#include <QPointer>
#include <QTableView>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class MuscleHistoryTest : public test::ClinicUiTest {
protected:
    Patient patient =
        clinic.addPatient(QStringLiteral("Lindqvist"), QStringLiteral("Maja"), QDate(1988, 4, 2));

    void SetUp() override { clinic.clearForNeedling(patient.id); }

    // A note `daysAgo` needling the right upper trapezius (and the sample's other points),
    // written straight to the repository and signed unless `draft`.
    void visit(int daysAgo, int before, int after, TwitchResponse twitch, bool draft = false)
    {
        SessionRepository& repo = clinic.services().sessionRepository();
        Session s = test::richSession(patient.id, test::TestClinic::fixedNow().addDays(-daysAgo));
        s.clinician = test::TestClinic::defaultClinician().displayName;
        s.clinicianLogin = test::TestClinic::defaultClinician().login;
        s.painBefore = before;
        s.painAfter = after;
        PointFindings findings = s.points.points().first().findings;
        findings.setTwitch(twitch);
        s.points.setFindings(s.points.points().first().key, findings);
        auto stored = repo.saveDraft(s, test::TestClinic::fixedNow());
        ASSERT_TRUE(stored.ok());
        if (draft)
            return;
        ASSERT_TRUE(repo.markSigned(stored->id, stored->rowVersion, s.clinician,
                                    test::TestClinic::fixedNow())
                        .ok());
    }
};

TEST_F(MuscleHistoryTest, the_history_lists_each_signed_visit_newest_first_with_its_findings)
{
    visit(21, 8, 5, TwitchResponse::Single);
    visit(7, 5, 2, TwitchResponse::None);
    visit(1, 2, 1, TwitchResponse::Single, true); // a draft is not history yet
    MuscleHistoryDialog dialog(context, patient.id, QStringLiteral("upper_trapezius"),
                               BodySide::Right);
    const MuscleHistoryModel& model = *dialog.model();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.visitCount(), 2);
    EXPECT_EQ(model.data(model.index(0, MuscleHistoryModel::TwitchColumn)).toString(),
              QStringLiteral("None"));
    EXPECT_EQ(model.data(model.index(1, MuscleHistoryModel::TwitchColumn)).toString(),
              QStringLiteral("Single"));
    EXPECT_EQ(model.data(model.index(1, MuscleHistoryModel::PainColumn)).toString(),
              QStringLiteral("8 \u2192 5"));
    EXPECT_EQ(model.data(model.index(1, MuscleHistoryModel::ReproducedColumn)).toString(),
              QStringLiteral("Pain and referral"));
    EXPECT_EQ(dialog.summary()->text(),
              QStringLiteral(
                  "Trapezius (upper fibres), right: needled at 2 signed visits, newest first."));
    EXPECT_TRUE(dialog.windowTitle().contains(QStringLiteral("right")));

    MuscleHistoryDialog left(context, patient.id, QStringLiteral("upper_trapezius"),
                             BodySide::Left);
    EXPECT_EQ(left.model()->rowCount(), 0);
    EXPECT_EQ(
        left.summary()->text(),
        QStringLiteral("Trapezius (upper fibres), left: not needled in any signed note yet."));
}

TEST_F(MuscleHistoryTest, the_body_maps_history_request_opens_the_muscles_history)
{
    visit(7, 6, 3, TwitchResponse::Multiple);
    QPointer<SessionWindow> w =
        test::shownSessionWindow(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(w);
    BodyMapWidget& back = w->view()->bodyMap()->map(BodyView::Posterior);
    Q_EMIT back.muscleHistoryRequested(QStringLiteral("upper_trapezius"), BodySide::Right);
    auto* dialog = w->findChild<MuscleHistoryDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->model()->rowCount(), 1);
    w->close();
}

} // namespace
} // namespace needlechart
