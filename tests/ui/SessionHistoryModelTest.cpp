// A patient's session history as the main window lists it, kept to Qt's model rules
// (QAbstractItemModelTester, fatal) while the history panel fills it, re-reads it on every change
// and empties it.
#include "needlechart/ui/session/SessionHistoryModel.h"

#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/session/SessionHistoryPanel.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "RecordingMessagePresenter.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "TestClinic.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class SessionHistoryModelTest : public ::testing::Test {
protected:
    test::TestClinic clinic;
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    UiContext context = clinic.context(settings, messages);
    Patient patient =
        clinic.addPatient(QStringLiteral("Lindqvist"), QStringLiteral("Maja"), QDate(1988, 4, 2));

    void SetUp() override { clinic.clearForNeedling(patient.id); }

    // Signs a full note for `who`, treated `daysAgo` days before the clinic's fixed now.
    Session signNote(PatientId who, int daysAgo)
    {
        const QDateTime treated = test::TestClinic::fixedNow().addDays(-daysAgo);
        auto note = clinic.sessions().sign(test::richSession(who, treated),
                                           test::signingClinician(clinic.services()),
                                           test::SigningPassword);
        EXPECT_TRUE(note.ok()) << note.error().message.toStdString();
        return note.ok() ? *note : Session();
    }
};

TEST_F(SessionHistoryModelTest, keeps_qts_model_rules_while_the_panel_fills_and_rereads_it)
{
    SessionHistoryPanel panel(context);
    SessionHistoryModel* model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->columnCount(), SessionHistoryModel::ColumnCount);

    panel.showPatient(patient.id);
    EXPECT_EQ(model->rowCount(), 0);
    const Session older = signNote(patient.id, 14);
    ASSERT_EQ(model->rowCount(), 1) << "a signed note is listed at once";
    const Session newer = signNote(patient.id, 7);
    ASSERT_EQ(model->rowCount(), 2);
    // Newest first, each row knowing its session.
    EXPECT_EQ(model->data(model->index(0, 0), SessionHistoryModel::SessionIdRole).toLongLong(),
              newer.id);
    EXPECT_EQ(model->data(model->index(1, 0), SessionHistoryModel::SessionIdRole).toLongLong(),
              older.id);
    for (int column = 0; column < SessionHistoryModel::ColumnCount; ++column) {
        EXPECT_FALSE(model->data(model->index(0, column)).toString().isEmpty()) << column;
        EXPECT_FALSE(model->headerData(column, Qt::Horizontal).toString().isEmpty()) << column;
    }
    EXPECT_EQ(model->data(model->index(0, SessionHistoryModel::PainColumn)).toString(),
              QStringLiteral("7 \u2192 3"));

    ASSERT_TRUE(clinic.sessions()
                    .amend(older.id, QStringLiteral("Typo"), QStringLiteral("Left, not right."),
                           test::signingClinician(clinic.services()), test::SigningPassword)
                    .ok());
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(model->data(model->index(1, SessionHistoryModel::StatusColumn))
                    .toString()
                    .contains(QStringLiteral("1 amendment")));

    // Another patient's notes do not touch this list; choosing another patient empties it.
    const Patient other =
        clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Ben"), QDate(1975, 5, 5));
    clinic.clearForNeedling(other.id);
    signNote(other.id, 3);
    EXPECT_EQ(model->rowCount(), 2);
    panel.showPatient(other.id);
    EXPECT_EQ(model->rowCount(), 1);
    panel.showPatient(0);
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(SessionHistoryModelTest, each_reread_is_one_reset_to_the_new_rows)
{
    SessionHistoryPanel panel(context);
    SessionHistoryModel* model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.showPatient(patient.id);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

    const Session note = signNote(patient.id, 1);
    ASSERT_GT(note.id, 0);
    // A re-read replaces the rows in one reset; rows are never inserted one by one.
    EXPECT_GE(reset.count(), 1);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(model->rowCount(), 1);
    reset.clear();

    auto draft = clinic.sessions().saveDraft(test::richSession(patient.id, clinic.clock().nowUtc()),
                                             test::TestClinic::defaultClinician());
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model->rowCount(), 2);
    reset.clear();
    ASSERT_TRUE(
        clinic.sessions().deleteDraft(draft->id, test::TestClinic::defaultClinician()).ok());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->sessions().front().id, note.id);
}

TEST_F(SessionHistoryModelTest, the_front_desk_is_shown_an_empty_model)
{
    signNote(patient.id, 2);
    UiContext desk = clinic.context(settings, messages, test::frontDeskUser());
    SessionHistoryPanel panel(desk);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.showPatient(patient.id);
    EXPECT_EQ(panel.model()->rowCount(), 0);
}

} // namespace
} // namespace needlechart
