// The patient's progress tab: the pain trend drawn from signed notes, with the MCID.
#include "needlechart/ui/outcomes/ProgressPanel.h"

#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/session/SessionRepository.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/outcomes/FunctionScalePanel.h"
#include "needlechart/ui/outcomes/OutcomeEntryDialog.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "ClinicUiTest.h"
#include "PdfTools.h"
#include "RecordingMessagePresenter.h"
#include "SessionSamples.h"
#include "TestClinic.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class ProgressPanelTest : public test::ClinicUiTest {
protected:
    Patient patient =
        clinic.addPatient(QStringLiteral("Lindqvist"), QStringLiteral("Maja"), QDate(1988, 4, 2));

    // A note `daysAgo`, signed unless `draft`.
    void visit(int daysAgo, int before, int after, bool draft = false)
    {
        SessionRepository& repo = clinic.services().sessionRepository();
        Session s;
        s.patientId = patient.id;
        s.treatedAt = test::TestClinic::fixedNow().addDays(-daysAgo);
        s.clinician = test::TestClinic::defaultClinician().displayName;
        s.clinicianLogin = test::TestClinic::defaultClinician().login;
        s.painBefore = before;
        s.painAfter = after;
        auto stored = repo.saveDraft(s, test::TestClinic::fixedNow());
        ASSERT_TRUE(stored.ok());
        if (draft)
            return;
        auto marked = repo.markSigned(stored->id, stored->rowVersion, s.clinician,
                                      test::TestClinic::fixedNow(), 0, 0, 0, 0, QString());
        ASSERT_TRUE(marked.ok());
    }

    static const QLineSeries* series(const QChart& chart, const QString& name)
    {
        for (QAbstractSeries* s : chart.series()) {
            if (s->name() == name)
                return qobject_cast<const QLineSeries*>(s);
        }
        return nullptr;
    }
};

} // namespace

TEST_F(ProgressPanelTest, signed_visits_draw_pain_before_and_after_with_the_mcid_band)
{
    visit(21, 7, 4);
    visit(14, 6, 3);
    visit(7, 4, 2);
    visit(1, 1, 1, true); // a draft is left out
    ProgressPanel panel(context);
    panel.resize(700, 420);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showPatient(patient.id);

    ASSERT_EQ(panel.trend().visits.size(), 3);
    const QChart* chart = panel.chartView()->chart();
    ASSERT_TRUE(chart);
    const QLineSeries* before = series(*chart, QStringLiteral("Before treatment"));
    const QLineSeries* after = series(*chart, QStringLiteral("After treatment"));
    ASSERT_TRUE(before);
    ASSERT_TRUE(after);
    ASSERT_EQ(before->count(), 3);
    EXPECT_EQ(before->at(0).y(), 7);
    EXPECT_EQ(before->at(2).y(), 4);
    EXPECT_EQ(after->at(1).y(), 3);
    const bool hasBand =
        std::any_of(chart->series().cbegin(), chart->series().cend(), [](QAbstractSeries* s) {
            return qobject_cast<QAreaSeries*>(s) && s->name().contains(QStringLiteral("MCID"));
        });
    EXPECT_TRUE(hasBand);
    const QString summary = panel.summaryLabel()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("fell from 7 to 4 (3 less)")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("a change that matters"))) << summary.toStdString();
    // The chart renders offscreen.
    EXPECT_FALSE(panel.chartView()->grab().isNull());
}

TEST_F(ProgressPanelTest,
       a_patient_without_signed_scores_is_told_so_and_a_small_change_is_not_oversold)
{
    ProgressPanel panel(context);
    panel.showPatient(patient.id);
    EXPECT_TRUE(panel.trend().visits.isEmpty());

    visit(14, 5, 3);
    visit(7, 4, 3);
    panel.showPatient(patient.id);
    ASSERT_EQ(panel.trend().visits.size(), 2);
    EXPECT_TRUE(panel.summaryLabel()->text().contains(QStringLiteral("less than the 2-point MCID")))
        << panel.summaryLabel()->text().toStdString();
}

TEST_F(ProgressPanelTest, the_main_window_offers_progress_to_clinicians_only)
{
    visit(14, 6, 3);
    MainWindow window(context);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("patientTabs"));
    ASSERT_TRUE(tabs);
    EXPECT_TRUE(tabs->isTabVisible(2));
    ASSERT_TRUE(window.progressPanel());

    UiContext desk = clinic.context(settings, messages, test::frontDeskUser());
    MainWindow frontDesk(desk);
    auto* deskTabs = frontDesk.findChild<QTabWidget*>(QStringLiteral("patientTabs"));
    ASSERT_TRUE(deskTabs);
    EXPECT_FALSE(deskTabs->isTabVisible(2));
    EXPECT_EQ(frontDesk.progressPanel(), nullptr);
}

} // namespace needlechart

namespace needlechart {
namespace {

class FunctionScaleTest : public test::ClinicUiTest {
protected:
    Patient patient =
        clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Ben"), QDate(1975, 3, 9));
};

TEST_F(FunctionScaleTest,
       the_psfs_is_scored_charted_against_the_mcid_and_a_mistake_is_marked_not_deleted)
{
    ProgressPanel panel(context);
    panel.showPatient(patient.id);
    FunctionScalePanel& scale = *panel.functionScale();
    EXPECT_TRUE(scale.completions().empty());
    EXPECT_TRUE(scale.summaryLabel()->text().contains(QStringLiteral("not scored yet")));

    OutcomeEntryDialog* first = scale.recordCompletion();
    ASSERT_NE(first, nullptr);
    first->activityEdit(0)->setText(QStringLiteral("Driving"));
    first->valueBox(0)->setValue(2);
    first->activityEdit(1)->setText(QStringLiteral("Lifting my son"));
    first->valueBox(1)->setValue(4);
    EXPECT_TRUE(first->scoreLabel()->text().contains(QStringLiteral("Score: 3 of 10")));
    ASSERT_TRUE(first->save());
    ASSERT_EQ(scale.completions().size(), 1u) << "the panel hears of it";

    // The next completion asks the same activities.
    OutcomeEntryDialog second(context, patient.id, 0);
    EXPECT_EQ(second.activityEdit(0)->text(), QStringLiteral("Driving"));
    EXPECT_EQ(second.activityEdit(1)->text(), QStringLiteral("Lifting my son"));
    second.valueBox(0)->setValue(11);
    EXPECT_EQ(second.valueBox(0)->value(), 10) << "the scale ends at 10";
    second.valueBox(1)->setValue(7);
    ASSERT_TRUE(second.save());
    ASSERT_EQ(scale.completions().size(), 2u);
    EXPECT_TRUE(scale.summaryLabel()->text().contains(QStringLiteral("rose from 3 to 8.5")))
        << scale.summaryLabel()->text().toStdString();
    const QChart* chart = scale.chartView()->chart();
    ASSERT_NE(chart, nullptr);
    bool band = false;
    for (QAbstractSeries* s : chart->series())
        band = band || qobject_cast<QAreaSeries*>(s) != nullptr;
    EXPECT_TRUE(band) << "the MCID band around the first score";

    messages.textAnswer = QStringLiteral("Scored for the wrong patient");
    scale.list()->setCurrentRow(1);
    scale.markSelectedInError();
    ASSERT_EQ(scale.completions().size(), 2u) << "kept on the record";
    EXPECT_TRUE(scale.completions().back().isVoided());
    EXPECT_TRUE(scale.list()->item(1)->text().contains(QStringLiteral("entered in error")));
    EXPECT_TRUE(scale.summaryLabel()->text().contains(QStringLiteral("one completion")))
        << "the chart and the sentence leave it out";

    // On paper: both charts as vectors, the sentences, each completion, the mistake marked.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("progress.pdf"));
    ASSERT_TRUE(panel.exportPdf(pdf).ok());
    const QString text = test::PdfTools::text(pdf);
    for (const char* expected :
         {"Progress report", "Ben Okafor", "Pain before and after each visit",
          "No pain score was recorded before treatment.", "Patient-Specific Functional Scale",
          "Driving: 2; Lifting my son: 4", "Entered in error: Scored for the wrong patient"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_EQ(test::PdfTools::rasterImages(pdf), 0) << "the chart is drawn, not pasted";

    // A refusal keeps the dialog filled.
    OutcomeEntryDialog empty(context, patient.id, 0);
    for (int i = 0; i < 5; ++i)
        empty.activityEdit(i)->clear();
    EXPECT_FALSE(empty.save());
    EXPECT_FALSE(empty.errorLabel()->text().isEmpty());
}

} // namespace
} // namespace needlechart
