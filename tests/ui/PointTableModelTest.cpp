// The session's point table model kept to Qt's model rules (QAbstractItemModelTester, fatal)
// while points are marked, their findings typed, undone and redone, removed, and the note is
// signed and opened again.
#include "needlechart/ui/session/PointTableModel.h"

#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"
#include "needlechart/ui/session/SessionController.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionView.h"
#include "needlechart/ui/session/SessionWindow.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "RecordingMessagePresenter.h"
#include "SigningClinician.h"
#include "TestClinic.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace needlechart {
namespace {

class PointTableModelTest : public ::testing::Test {
protected:
    TriggerPointSet points;
    QUndoStack undoStack;
    TriggerPointEditor editor{points, undoStack};
    PointTableModel model{editor};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    TriggerPointKey mark(const char* muscle, BodySide side, QPointF at)
    {
        return editor.addPoint(BodyView::Posterior, QString::fromLatin1(muscle), side, at);
    }
    // Three points, as a clinician marks them on the map.
    void markThree()
    {
        mark("upper_trapezius", BodySide::Right, QPointF(0.61, 0.17));
        mark("levator_scapulae", BodySide::Right, QPointF(0.57, 0.15));
        mark("infraspinatus", BodySide::Left, QPointF(0.33, 0.25));
    }
    [[nodiscard]] QString text(int row, int column) const
    {
        return model.data(model.index(row, column)).toString();
    }
    bool type(int row, int column, const QString& value)
    {
        return model.setData(model.index(row, column), value);
    }
};

TEST_F(PointTableModelTest, keeps_qts_model_rules_while_points_are_marked_typed_undone_and_removed)
{
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), PointTableModel::ColumnCount);
    markThree();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(text(0, PointTableModel::NumberColumn), QStringLiteral("1"));
    EXPECT_EQ(text(2, PointTableModel::NumberColumn), QStringLiteral("3"));

    // Every editable column, as typed into the table.
    ASSERT_TRUE(type(0, PointTableModel::ActivityColumn, QStringLiteral("Active")));
    ASSERT_TRUE(type(0, PointTableModel::TwitchColumn, QStringLiteral("Multiple")));
    ASSERT_TRUE(type(0, PointTableModel::TwitchCountColumn, QStringLiteral("4")));
    ASSERT_TRUE(type(0, PointTableModel::DepthColumn, QStringLiteral("18")));
    ASSERT_TRUE(type(0, PointTableModel::TechniqueColumn, QStringLiteral("Pistoning")));
    ASSERT_TRUE(type(0, PointTableModel::RetentionColumn, QStringLiteral("300")));
    ASSERT_TRUE(type(0, PointTableModel::GaugeColumn, QStringLiteral("0.25")));
    ASSERT_TRUE(type(0, PointTableModel::LengthColumn, QStringLiteral("30")));
    ASSERT_TRUE(type(0, PointTableModel::NotesColumn, QStringLiteral("Pincer grip")));
    ASSERT_TRUE(model.setData(model.index(0, PointTableModel::PainReproducedColumn), Qt::Checked,
                              Qt::CheckStateRole));
    EXPECT_FALSE(type(1, PointTableModel::DepthColumn, QStringLiteral("deep")));
    EXPECT_FALSE(type(1, PointTableModel::MuscleColumn, QStringLiteral("Biceps")));
    EXPECT_EQ(text(0, PointTableModel::TwitchCountColumn), QStringLiteral("4"));
    EXPECT_EQ(text(0, PointTableModel::GaugeColumn), QStringLiteral("0.25"));
    EXPECT_EQ(model.data(model.index(0, PointTableModel::PainReproducedColumn), Qt::CheckStateRole)
                  .value<Qt::CheckState>(),
              Qt::Checked);

    // Undo every finding, then the marks; redo them all.
    while (undoStack.canUndo())
        undoStack.undo();
    EXPECT_EQ(model.rowCount(), 0);
    while (undoStack.canRedo())
        undoStack.redo();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(text(0, PointTableModel::NotesColumn), QStringLiteral("Pincer grip"));

    // Remove the middle point: the last one moves up and is numbered 2.
    const TriggerPointKey last = model.keyAt(2);
    ASSERT_TRUE(editor.removePoint(model.keyAt(1)));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(last), 1);
    EXPECT_EQ(text(1, PointTableModel::NumberColumn), QStringLiteral("2"));
    undoStack.undo();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOf(last), 2);
}

TEST_F(PointTableModelTest, a_typed_finding_changes_the_row_without_resetting_the_table)
{
    markThree();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    ASSERT_TRUE(type(1, PointTableModel::DepthColumn, QStringLiteral("22")));
    undoStack.undo();
    undoStack.redo();

    // A reset would close the cell editor and lose the selected row while typing.
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    ASSERT_EQ(changed.count(), 3); // the edit, its undo and its redo
    for (const QList<QVariant>& signal : changed) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        EXPECT_LE(topLeft.row(), 1);
        EXPECT_GE(bottomRight.row(), 1);
        EXPECT_LE(topLeft.column(), int(PointTableModel::DepthColumn));
        EXPECT_GE(bottomRight.column(), int(PointTableModel::DepthColumn));
    }
    EXPECT_EQ(text(1, PointTableModel::DepthColumn), QStringLiteral("22"));
}

TEST_F(PointTableModelTest, marking_or_removing_a_point_resets_the_table_once_to_the_new_rows)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // SessionView selects a just-marked point's row on this reset, so it must come once per mark.
    mark("upper_trapezius", BodySide::Right, QPointF(0.61, 0.17));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 1);
    const TriggerPointKey second = mark("levator_scapulae", BodySide::Right, QPointF(0.57, 0.15));
    EXPECT_EQ(reset.count(), 2);
    EXPECT_EQ(model.rowOf(second), 1);
    ASSERT_TRUE(editor.removePoint(second));
    EXPECT_EQ(reset.count(), 3);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOf(second), -1);
}

TEST_F(PointTableModelTest, a_read_only_table_refuses_edits_and_announces_nothing)
{
    markThree();
    ASSERT_TRUE(type(0, PointTableModel::DepthColumn, QStringLiteral("18")));
    editor.setReadOnly(true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    for (int column = 0; column < PointTableModel::ColumnCount; ++column) {
        const Qt::ItemFlags flags = model.flags(model.index(0, column));
        EXPECT_FALSE(flags.testFlag(Qt::ItemIsEditable)) << column;
        EXPECT_FALSE(flags.testFlag(Qt::ItemIsUserCheckable)) << column;
    }
    EXPECT_FALSE(type(0, PointTableModel::DepthColumn, QStringLiteral("30")));
    EXPECT_FALSE(model.setData(model.index(0, PointTableModel::ReferredColumn), Qt::Checked,
                               Qt::CheckStateRole));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(text(0, PointTableModel::DepthColumn), QStringLiteral("18"));
}

// The model inside a real session window: charted, saved, signed (the editor then takes the
// stored note in one go) and opened again from the database.
class PointTableModelInWindowTest : public ::testing::Test {
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

    void SetUp() override { clinic.clearForNeedling(patient.id); }
};

TEST_F(PointTableModelInWindowTest, keeps_qts_model_rules_through_saving_signing_and_reopening)
{
    SessionId id = 0;
    QString muscle;
    {
        std::unique_ptr<SessionWindow> window(SessionWindow::openNew(context, patient.id));
        ASSERT_TRUE(window);
        window->controller().setAutosaveDelay(60'000); // saved by hand below
        PointTableModel* model = window->view()->pointModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        SessionEditor& editor = window->editor();
        editor.pointEditor().addPoint(BodyView::Posterior, QStringLiteral("upper_trapezius"),
                                      BodySide::Right, QPointF(0.61, 0.17));
        editor.pointEditor().addPoint(BodyView::Posterior, QStringLiteral("infraspinatus"),
                                      BodySide::Left, QPointF(0.33, 0.25));
        ASSERT_EQ(model->rowCount(), 2);
        ASSERT_TRUE(
            model->setData(model->index(1, PointTableModel::DepthColumn), QStringLiteral("25")));
        editor.edit(QStringLiteral("form"), [](Session& s) {
            s.presentingComplaint = QStringLiteral("Neck pain, 3 weeks");
            s.positions = {PatientPosition::Prone};
            s.painBefore = 7;
            s.painAfter = 3;
            s.needles = {NeedleUse{0.30, 40, QString(), 2, 2}};
            s.advice = QStringLiteral("Heat and gentle movement.");
        });

        ASSERT_TRUE(window->controller().saveDraft());
        EXPECT_EQ(model->rowCount(), 2) << "a save keeps the rows";
        messages.passwordAnswer = test::SigningPassword; // "Sign this note?" -> the password
        window->sign();
        ASSERT_TRUE(editor.isReadOnly()) << "the note was not signed";
        id = editor.session().id;
        muscle = model->data(model->index(0, PointTableModel::MuscleColumn)).toString();
        EXPECT_TRUE(muscle.endsWith(QStringLiteral(" (R)"))) << muscle.toStdString();
        ASSERT_EQ(model->rowCount(), int(editor.session().points.size()));
        EXPECT_EQ(model->data(model->index(1, PointTableModel::DepthColumn)).toString(),
                  QStringLiteral("25"));
        EXPECT_FALSE(model->flags(model->index(1, PointTableModel::DepthColumn))
                         .testFlag(Qt::ItemIsEditable));
    }

    // Opened again: a new model over the stored points.
    std::unique_ptr<SessionWindow> again(SessionWindow::openExisting(context, id));
    ASSERT_TRUE(again);
    PointTableModel* reopened = again->view()->pointModel();
    QAbstractItemModelTester reopenedTester(reopened,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(reopened->rowCount(), 2);
    EXPECT_EQ(reopened->data(reopened->index(0, PointTableModel::MuscleColumn)).toString(), muscle);
    EXPECT_EQ(reopened->data(reopened->index(1, PointTableModel::DepthColumn)).toString(),
              QStringLiteral("25"));
}

} // namespace
} // namespace needlechart
