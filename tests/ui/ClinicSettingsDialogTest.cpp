#include "needlechart/ui/settings/ClinicSettingsDialog.h"

#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/settings/AppSettings.h"
#include "needlechart/ui/settings/ClinicianDialog.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class ClinicSettingsDialogTest : public ::testing::Test {
protected:
    test::TestClinic clinic;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    UiContext context = clinic.context(settings, messages);
};

TEST_F(ClinicSettingsDialogTest, saving_the_details_stores_the_profile_and_an_empty_name_is_refused)
{
    ClinicSettingsDialog dialog(context);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.saveDetails()) << "no name yet";
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    dialog.nameEdit()->setText(QStringLiteral("Riverside Physiotherapy"));
    dialog.reviewMonthsSpin()->setValue(6);
    ASSERT_TRUE(dialog.saveDetails());
    auto profile = context.clinic.profile();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->name, QStringLiteral("Riverside Physiotherapy"));
    EXPECT_EQ(profile->screeningReviewMonths, 6);
}

TEST_F(ClinicSettingsDialogTest,
       an_edited_leaflet_is_saved_as_a_new_version_and_every_version_can_be_printed)
{
    ClinicSettingsDialog dialog(context);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.versionList()->count(), 1);
    EXPECT_EQ(dialog.leafletEdit()->toPlainText(), ClinicService::defaultLeafletMarkdown());
    dialog.leafletEdit()->appendPlainText(QStringLiteral("\nPlease arrive ten minutes early."));
    ASSERT_TRUE(dialog.saveLeaflet());
    EXPECT_EQ(dialog.versionList()->count(), 2);
    EXPECT_TRUE(dialog.versionList()->item(0)->text().startsWith(QStringLiteral("Version 2")));
    ASSERT_TRUE(dialog.saveLeaflet()) << "saving the same text again is not a new version";
    EXPECT_EQ(dialog.versionList()->count(), 2);

    const QString first = dir.filePath(QStringLiteral("v1.pdf"));
    ASSERT_TRUE(dialog.exportVersion(1, first));
    EXPECT_GT(QFileInfo(first).size(), 1000);
    EXPECT_FALSE(context.clinic.leaflet(1)->markdown.contains(QStringLiteral("ten minutes early")));
}

TEST_F(ClinicSettingsDialogTest, the_appointment_book_gets_its_hours_days_clinicians_and_rooms)
{
    ClinicSettingsDialog dialog(context);
    dialog.nameEdit()->setText(QStringLiteral("Riverside Physiotherapy"));
    dialog.opensEdit()->setTime(QTime(7, 30));
    dialog.closesEdit()->setTime(QTime(19, 0));
    dialog.dayCheck(6)->setChecked(true); // Saturday mornings too
    ASSERT_TRUE(dialog.saveDetails());
    auto profile = context.clinic.profile();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->opensAt, QTime(7, 30));
    EXPECT_EQ(profile->closesAt, QTime(19, 0));
    EXPECT_TRUE(profile->isOpenOn(6));
    EXPECT_FALSE(profile->isOpenOn(7));

    EXPECT_FALSE(dialog.addClinician(QStringLiteral("  "), QString()));
    EXPECT_FALSE(dialog.errorLabel()->isHidden());
    ASSERT_TRUE(dialog.addClinician(QStringLiteral("Alex Morgan"), QStringLiteral("amorgan")));
    ASSERT_TRUE(dialog.addRoom(QStringLiteral("Room 1")));
    ASSERT_EQ(dialog.clinicianList()->count(), 1);
    EXPECT_TRUE(dialog.clinicianList()->item(0)->text().startsWith(
        QStringLiteral("Alex Morgan (amorgan)  \u00b7  ")));
    auto clinicians = context.appointments.clinicians();
    ASSERT_TRUE(clinicians.ok());
    ASSERT_EQ(clinicians->size(), 1u);
    EXPECT_TRUE(clinicians->front().worksOn(6)) << "a new clinician works the clinic's days";

    dialog.closesEdit()->setTime(QTime(7, 0));
    EXPECT_FALSE(dialog.saveDetails()) << "closing before opening";
}

TEST_F(ClinicSettingsDialogTest, a_clinicians_days_change_and_one_with_bookings_ahead_stays_active)
{
    ClinicSettingsDialog dialog(context);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(dialog.addClinician(QStringLiteral("Alex Morgan"), QString()));
    ASSERT_EQ(dialog.clinicianList()->count(), 1);
    const ClinicianId id = dialog.clinicianList()->item(0)->data(Qt::UserRole).toLongLong();
    Appointment a;
    a.patientId =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5)).id;
    a.clinicianId = id;
    a.start = QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::LocalTime).toUTC(); // a Tuesday
    ASSERT_TRUE(context.appointments.book(a, context.user).ok());

    dialog.clinicianList()->setCurrentRow(0);
    QPointer<ClinicianDialog> edit = dialog.editClinician();
    ASSERT_TRUE(edit);
    edit->dayBoxes().at(0)->setChecked(false); // no more Mondays
    edit->activeBox()->setChecked(false);
    EXPECT_FALSE(edit->save()) << "a booking on Tuesday is still to come";
    EXPECT_TRUE(edit->isVisible());
    EXPECT_TRUE(edit->errorLabel()->text().contains(QStringLiteral("1 booking to come")));

    edit->activeBox()->setChecked(true);
    ASSERT_TRUE(edit->save());
    QCoreApplication::processEvents();
    auto clinicians = context.appointments.clinicians();
    ASSERT_TRUE(clinicians.ok());
    EXPECT_FALSE(clinicians->front().worksOn(1));
    EXPECT_TRUE(clinicians->front().worksOn(2));
    EXPECT_FALSE(dialog.clinicianList()->item(0)->text().contains(
        QLocale().dayName(1, QLocale::ShortFormat)))
        << dialog.clinicianList()->item(0)->text().toStdString();
}

TEST_F(ClinicSettingsDialogTest, a_room_is_renamed_or_retired_and_no_longer_offered_for_bookings)
{
    ClinicSettingsDialog dialog(context);
    ASSERT_TRUE(dialog.addRoom(QStringLiteral("Room 1")));
    auto rooms = context.appointments.rooms();
    ASSERT_TRUE(rooms.ok() && rooms->size() == 1u);
    const qint64 id = rooms->front().id;
    EXPECT_FALSE(dialog.updateRoom(id, QStringLiteral(" "), true));
    EXPECT_FALSE(dialog.errorLabel()->isHidden());
    ASSERT_TRUE(dialog.updateRoom(id, QStringLiteral("Treatment room 1"), true));
    EXPECT_EQ(dialog.roomList()->item(0)->text(), QStringLiteral("Treatment room 1"));
    ASSERT_TRUE(dialog.updateRoom(id, QStringLiteral("Treatment room 1"), false));
    EXPECT_EQ(dialog.roomList()->item(0)->text(),
              QStringLiteral("Treatment room 1  \u00b7  retired"));
    rooms = context.appointments.rooms();
    ASSERT_TRUE(rooms.ok());
    EXPECT_FALSE(rooms->front().active);

    AppointmentDialog booking(context, context.appointments, {}, Appointment{});
    EXPECT_EQ(booking.roomCombo()->count(), 1) << "only \"No room\"";
    EXPECT_TRUE(booking.roomCombo()->isHidden());
}

} // namespace
} // namespace needlechart
