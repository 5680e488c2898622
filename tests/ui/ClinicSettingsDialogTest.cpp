#include "needlechart/ui/settings/ClinicSettingsDialog.h"

#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/backup/BackupRestorer.h"
#include "needlechart/services/backup/BackupService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/settings/AppSettings.h"
#include "needlechart/ui/settings/ClinicianDialog.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"
#include "settings/AppointmentBookPage.h"
#include "settings/BackupPage.h"
#include "settings/ClinicProfilePage.h"
#include "settings/DocumentTemplatesPage.h"
#include "settings/LeafletPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
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
    UiContext context = clinic.context(settings, messages, test::TestClinic::defaultAdmin());
};

TEST_F(ClinicSettingsDialogTest,
       an_admin_chooses_the_backup_folder_sets_the_passphrase_and_backs_up_from_the_backups_tab)
{
    ClinicSettingsDialog dialog(context);
    ASSERT_NE(dialog.backupPage(), nullptr);
    BackupPage& page = *dialog.backupPage();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(page.statusLabel()->text().contains(QStringLiteral("No backup folder")));
    EXPECT_TRUE(page.keyLabel()->text().contains(QStringLiteral("not encrypted")));

    const QString folder = dir.filePath(QStringLiteral("usb/backups"));
    messages.fileAnswer = folder;
    page.chooseFolder();
    EXPECT_EQ(page.folderEdit()->text(), folder);
    page.intervalSpin()->setValue(2);
    ASSERT_TRUE(page.saveSettings()) << dialog.errorLabel()->text().toStdString();

    page.passphraseEdit()->setText(QStringLiteral("tarn heron lantern gate"));
    page.repeatedEdit()->setText(QStringLiteral("tarn heron lantern gates"));
    EXPECT_FALSE(page.setPassphrase());
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_EQ(page.passphraseEdit()->text(), QStringLiteral("tarn heron lantern gate"))
        << "a refused passphrase stays typed";
    page.repeatedEdit()->setText(QStringLiteral("tarn heron lantern gate"));
    ASSERT_TRUE(page.setPassphrase()) << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(page.passphraseEdit()->text().isEmpty());
    EXPECT_TRUE(page.keyLabel()->text().contains(QStringLiteral("encrypted with")));

    ASSERT_TRUE(page.backUpNow()) << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(page.statusLabel()->text().contains(QStringLiteral("Last good backup")))
        << page.statusLabel()->text().toStdString();
    ASSERT_EQ(page.logTable()->rowCount(), 1);
    EXPECT_EQ(page.logTable()->item(0, 2)->text(), QStringLiteral("Verified"));
    const QString file = folder + QLatin1Char('/') + page.logTable()->item(0, 4)->text();
    auto verified = BackupRestorer::verify(file, QStringLiteral("tarn heron lantern gate"));
    EXPECT_TRUE(verified.ok()) << (verified.ok() ? "" : verified.error().message.toStdString());
}

TEST_F(ClinicSettingsDialogTest, the_backups_tab_is_for_admins_only)
{
    UiContext clinician = clinic.context(settings, messages, test::TestClinic::defaultClinician());
    ClinicSettingsDialog dialog(clinician);
    EXPECT_EQ(dialog.backupPage(), nullptr);
}

TEST_F(ClinicSettingsDialogTest, saving_the_details_stores_the_profile_and_an_empty_name_is_refused)
{
    ClinicSettingsDialog dialog(context);
    ClinicProfilePage& details = *dialog.profilePage();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.saveDetails()) << "no name yet";
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    details.nameEdit()->setText(QStringLiteral("Riverside Physiotherapy"));
    details.reviewMonthsSpin()->setValue(6);
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
    LeafletPage& leaflet = *dialog.leafletPage();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(leaflet.versionList()->count(), 1);
    EXPECT_EQ(leaflet.leafletEdit()->toPlainText(), ClinicService::defaultLeafletMarkdown());
    leaflet.leafletEdit()->appendPlainText(QStringLiteral("\nPlease arrive ten minutes early."));
    ASSERT_TRUE(leaflet.save().ok());
    EXPECT_EQ(leaflet.versionList()->count(), 2);
    EXPECT_TRUE(leaflet.versionList()->item(0)->text().startsWith(QStringLiteral("Version 2")));
    ASSERT_TRUE(leaflet.save().ok()) << "saving the same text again is not a new version";
    EXPECT_EQ(leaflet.versionList()->count(), 2);

    const QString first = dir.filePath(QStringLiteral("v1.pdf"));
    ASSERT_TRUE(leaflet.exportVersion(1, first));
    EXPECT_GT(QFileInfo(first).size(), 1000);
    EXPECT_FALSE(context.clinic.leaflet(1)->markdown.contains(QStringLiteral("ten minutes early")));
}

TEST_F(ClinicSettingsDialogTest, the_appointment_book_gets_its_hours_days_clinicians_and_rooms)
{
    ClinicSettingsDialog dialog(context);
    ClinicProfilePage& details = *dialog.profilePage();
    AppointmentBookPage& book = *dialog.bookPage();
    details.nameEdit()->setText(QStringLiteral("Riverside Physiotherapy"));
    book.opensEdit()->setTime(QTime(7, 30));
    book.closesEdit()->setTime(QTime(19, 0));
    book.dayCheck(6)->setChecked(true); // Saturday mornings too
    ASSERT_TRUE(dialog.saveDetails());
    auto profile = context.clinic.profile();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->opensAt, QTime(7, 30));
    EXPECT_EQ(profile->closesAt, QTime(19, 0));
    EXPECT_TRUE(profile->isOpenOn(6));
    EXPECT_FALSE(profile->isOpenOn(7));

    EXPECT_FALSE(book.addClinician(QStringLiteral("  "), QString()));
    EXPECT_FALSE(dialog.errorLabel()->isHidden());
    ASSERT_TRUE(book.addClinician(QStringLiteral("Alex Morgan"), QStringLiteral("amorgan")));
    ASSERT_TRUE(book.addRoom(QStringLiteral("Room 1")));
    ASSERT_EQ(book.clinicianList()->count(), 1);
    EXPECT_TRUE(book.clinicianList()->item(0)->text().startsWith(
        QStringLiteral("Alex Morgan (amorgan)  \u00b7  ")));
    auto clinicians = context.appointments.clinicians(test::TestClinic::defaultClinician());
    ASSERT_TRUE(clinicians.ok());
    ASSERT_EQ(clinicians->size(), 1u);
    EXPECT_TRUE(clinicians->front().worksOn(6)) << "a new clinician works the clinic's days";

    book.closesEdit()->setTime(QTime(7, 0));
    EXPECT_FALSE(dialog.saveDetails()) << "closing before opening";
}

TEST_F(ClinicSettingsDialogTest, a_clinicians_days_change_and_one_with_bookings_ahead_stays_active)
{
    ClinicSettingsDialog dialog(context);
    AppointmentBookPage& book = *dialog.bookPage();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(book.addClinician(QStringLiteral("Alex Morgan"), QString()));
    ASSERT_EQ(book.clinicianList()->count(), 1);
    const ClinicianId id = book.clinicianList()->item(0)->data(Qt::UserRole).toLongLong();
    Appointment a;
    a.patientId =
        clinic.addPatient(QStringLiteral("Quinn"), QStringLiteral("Rowan"), QDate(1975, 5, 5)).id;
    a.clinicianId = id;
    a.start = QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::LocalTime).toUTC(); // a Tuesday
    ASSERT_TRUE(context.appointments.book(a, context.user).ok());

    book.clinicianList()->setCurrentRow(0);
    QPointer<ClinicianDialog> edit = book.editClinician();
    ASSERT_TRUE(edit);
    edit->dayBoxes().at(0)->setChecked(false); // no more Mondays
    edit->activeBox()->setChecked(false);
    EXPECT_FALSE(edit->save()) << "a booking on Tuesday is still to come";
    EXPECT_TRUE(edit->isVisible());
    EXPECT_TRUE(edit->errorLabel()->text().contains(QStringLiteral("1 booking to come")));

    edit->activeBox()->setChecked(true);
    ASSERT_TRUE(edit->save());
    QCoreApplication::processEvents();
    auto clinicians = context.appointments.clinicians(test::TestClinic::defaultClinician());
    ASSERT_TRUE(clinicians.ok());
    EXPECT_FALSE(clinicians->front().worksOn(1));
    EXPECT_TRUE(clinicians->front().worksOn(2));
    EXPECT_FALSE(
        book.clinicianList()->item(0)->text().contains(QLocale().dayName(1, QLocale::ShortFormat)))
        << book.clinicianList()->item(0)->text().toStdString();
}

TEST_F(ClinicSettingsDialogTest, a_room_is_renamed_or_retired_and_no_longer_offered_for_bookings)
{
    ClinicSettingsDialog dialog(context);
    AppointmentBookPage& book = *dialog.bookPage();
    ASSERT_TRUE(book.addRoom(QStringLiteral("Room 1")));
    auto rooms = context.appointments.rooms(test::TestClinic::defaultClinician());
    ASSERT_TRUE(rooms.ok() && rooms->size() == 1u);
    const qint64 id = rooms->front().id;
    EXPECT_FALSE(book.updateRoom(id, QStringLiteral(" "), true));
    EXPECT_FALSE(dialog.errorLabel()->isHidden());
    ASSERT_TRUE(book.updateRoom(id, QStringLiteral("Treatment room 1"), true));
    EXPECT_EQ(book.roomList()->item(0)->text(), QStringLiteral("Treatment room 1"));
    ASSERT_TRUE(book.updateRoom(id, QStringLiteral("Treatment room 1"), false));
    EXPECT_EQ(book.roomList()->item(0)->text(),
              QStringLiteral("Treatment room 1  \u00b7  retired"));
    rooms = context.appointments.rooms(test::TestClinic::defaultClinician());
    ASSERT_TRUE(rooms.ok());
    EXPECT_FALSE(rooms->front().active);

    AppointmentDialog booking(context, context.appointments, {}, Appointment{});
    EXPECT_EQ(booking.roomCombo()->count(), 1) << "only \"No room\"";
    EXPECT_TRUE(booking.roomCombo()->isHidden());
}

TEST_F(ClinicSettingsDialogTest,
       a_clinician_saved_meanwhile_on_another_workstation_refuses_the_save_and_keeps_the_form)
{
    ClinicSettingsDialog dialog(context);
    AppointmentBookPage& book = *dialog.bookPage();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(book.addClinician(QStringLiteral("Alex Morgan"), QString()));
    book.clinicianList()->setCurrentRow(0);
    QPointer<ClinicianDialog> edit = book.editClinician();
    ASSERT_TRUE(edit);

    // Another workstation gives the clinician a login while this dialog is open.
    Clinician elsewhere =
        context.appointments.clinicians(test::TestClinic::defaultClinician())->front();
    elsewhere.login = QStringLiteral("amorgan");
    ASSERT_TRUE(context.appointments.updateClinician(elsewhere, context.user).ok());

    edit->nameEdit()->setText(QStringLiteral("Alex Morgan-Reid"));
    edit->dayBoxes().at(0)->setChecked(false);
    EXPECT_FALSE(edit->save()) << "saving would have dropped the login";
    ASSERT_TRUE(edit);
    EXPECT_TRUE(edit->isVisible());
    EXPECT_TRUE(edit->errorLabel()->isVisible());
    EXPECT_TRUE(edit->errorLabel()->text().contains(QStringLiteral("another workstation")))
        << edit->errorLabel()->text().toStdString();
    EXPECT_EQ(edit->nameEdit()->text(), QStringLiteral("Alex Morgan-Reid"))
        << "what was typed stays";
    EXPECT_FALSE(edit->dayBoxes().at(0)->isChecked());
    const Clinician stored =
        context.appointments.clinicians(test::TestClinic::defaultClinician())->front();
    EXPECT_EQ(stored.name, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(stored.login, elsewhere.login);
    EXPECT_TRUE(stored.worksOn(1));

    edit->reject();
    QCoreApplication::processEvents();
    EXPECT_TRUE(book.clinicianList()->item(0)->text().contains(QStringLiteral("(amorgan)")))
        << "the list shows the other workstation's change";
}

TEST_F(ClinicSettingsDialogTest,
       a_room_renamed_meanwhile_on_another_workstation_refuses_the_rename_and_keeps_the_new_name)
{
    ClinicSettingsDialog dialog(context);
    AppointmentBookPage& book = *dialog.bookPage();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(book.addRoom(QStringLiteral("Room 1")));
    book.roomList()->setCurrentRow(0);

    // Another workstation renames the room while this list shows it.
    Room elsewhere = context.appointments.rooms(test::TestClinic::defaultClinician())->front();
    elsewhere.name = QStringLiteral("Treatment room 1");
    ASSERT_TRUE(context.appointments.updateRoom(elsewhere, context.user).ok());

    messages.textAnswer = QStringLiteral("Quiet room");
    book.renameSelectedRoom();
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("another workstation")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("\u201cQuiet room\u201d")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(context.appointments.rooms(test::TestClinic::defaultClinician())->front().name,
              elsewhere.name)
        << "the other workstation's name stays";
    EXPECT_EQ(book.roomList()->item(0)->text(), elsewhere.name) << "and the list shows it";

    // Renaming again offers what was typed, and now saves it over the change just seen.
    book.roomList()->setCurrentRow(0);
    book.renameSelectedRoom();
    EXPECT_EQ(messages.lastInitialText, QStringLiteral("Quiet room"));
    EXPECT_TRUE(dialog.errorLabel()->isHidden());
    EXPECT_EQ(context.appointments.rooms(test::TestClinic::defaultClinician())->front().name,
              QStringLiteral("Quiet room"));
    book.roomList()->setCurrentRow(0);
    messages.textAnswer.reset();
    book.renameSelectedRoom();
    EXPECT_EQ(messages.lastInitialText, QStringLiteral("Quiet room")) << "the stored name now";
}

using Kind = test::RecordingMessagePresenter::Kind;

TEST_F(ClinicSettingsDialogTest,
       a_chosen_logo_is_saved_with_the_details_and_a_cancelled_choice_changes_nothing)
{
    ClinicSettingsDialog dialog(context);
    ClinicProfilePage& details = *dialog.profilePage();
    details.nameEdit()->setText(QStringLiteral("Riverside Physiotherapy"));
    auto* choose = details.findChild<QPushButton*>(QStringLiteral("chooseLogoButton"));
    ASSERT_TRUE(choose);

    choose->click(); // cancelled: fileAnswer is empty
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.last().kind, Kind::OpenFile);
    EXPECT_TRUE(details.logoPng().isEmpty());

    QImage image(800, 200, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    const QString file = dir.filePath(QStringLiteral("logo.png"));
    ASSERT_TRUE(image.save(file));
    messages.fileAnswer = file;
    choose->click();
    QImage logo;
    ASSERT_TRUE(logo.loadFromData(details.logoPng()));
    EXPECT_EQ(logo.size(), QSize(400, 100)) << "scaled to fit 400 x 400";
    ASSERT_TRUE(dialog.saveDetails());
    EXPECT_EQ(context.clinic.profile()->logoPng, details.logoPng());

    const QByteArray saved = details.logoPng();
    messages.fileAnswer.reset();
    choose->click();
    EXPECT_EQ(messages.messages.size(), 3);
    EXPECT_EQ(details.logoPng(), saved) << "cancelling keeps the logo there was";
}

TEST_F(ClinicSettingsDialogTest, a_room_takes_the_name_typed_and_a_cancelled_rename_keeps_its_name)
{
    ClinicSettingsDialog dialog(context);
    AppointmentBookPage& book = *dialog.bookPage();
    ASSERT_TRUE(book.addRoom(QStringLiteral("Room 1")));
    auto* rename = book.findChild<QPushButton*>(QStringLiteral("renameRoomButton"));
    ASSERT_TRUE(rename);
    book.roomList()->setCurrentRow(0);

    rename->click(); // cancelled: textAnswer is empty
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.last().kind, Kind::Text);
    EXPECT_EQ(messages.lastInitialText, QStringLiteral("Room 1"));
    EXPECT_EQ(context.appointments.rooms(test::TestClinic::defaultClinician())->front().name,
              QStringLiteral("Room 1"));

    messages.textAnswer = QStringLiteral("Treatment room 1");
    book.roomList()->setCurrentRow(0);
    rename->click();
    EXPECT_EQ(context.appointments.rooms(test::TestClinic::defaultClinician())->front().name,
              QStringLiteral("Treatment room 1"));
    EXPECT_EQ(book.roomList()->item(0)->text(), QStringLiteral("Treatment room 1"));
    EXPECT_TRUE(dialog.errorLabel()->isHidden());
}

TEST_F(ClinicSettingsDialogTest,
       a_version_is_exported_where_the_person_chose_and_a_cancelled_export_writes_nothing)
{
    ClinicSettingsDialog dialog(context);
    LeafletPage& leaflet = *dialog.leafletPage();
    auto* exportButton = leaflet.findChild<QPushButton*>(QStringLiteral("exportLeafletButton"));
    ASSERT_TRUE(exportButton);
    ASSERT_EQ(leaflet.versionList()->currentRow(), 0);

    exportButton->click(); // cancelled: fileAnswer is empty
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.last().kind, Kind::SaveFile);
    const QString suggested = messages.messages.last().text;
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("/dry-needling-leaflet-v1.pdf")))
        << suggested.toStdString();
    EXPECT_FALSE(QFileInfo::exists(suggested));

    const QString chosen = dir.filePath(QStringLiteral("leaflet.pdf"));
    messages.fileAnswer = chosen;
    exportButton->click();
    EXPECT_GT(QFileInfo(chosen).size(), 1000);
    EXPECT_EQ(messages.messages.size(), 2) << "no warning";
}

TEST_F(ClinicSettingsDialogTest,
       details_saved_meanwhile_on_another_workstation_refuse_the_save_and_keep_the_form)
{
    ClinicProfile start;
    start.name = QStringLiteral("Riverside Physiotherapy");
    ASSERT_TRUE(context.clinic.saveProfile(start, context.user).ok());
    ClinicSettingsDialog dialog(context);
    ClinicProfilePage& details = *dialog.profilePage();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    // Another workstation changes the phone while this dialog is open.
    ClinicProfile elsewhere = *context.clinic.profile();
    elsewhere.phone = QStringLiteral("0113 496 0999");
    ASSERT_TRUE(context.clinic.saveProfile(elsewhere, context.user).ok());

    details.nameEdit()->setText(QStringLiteral("Riverside Physio & Rehab"));
    EXPECT_FALSE(dialog.saveDetails()) << "saving would have put back the old phone";
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("another workstation")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(details.nameEdit()->text(), QStringLiteral("Riverside Physio & Rehab"))
        << "what was typed stays";
    EXPECT_EQ(context.clinic.profile()->phone, elsewhere.phone);
    EXPECT_EQ(context.clinic.profile()->name, start.name);
}

} // namespace
} // namespace needlechart

namespace needlechart {
namespace {

TEST(DocumentTemplatesPageTest,
     an_admin_edits_a_template_into_a_new_version_and_a_bad_field_is_shown)
{
    test::TestClinic clinic;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    UiContext context = clinic.context(settings, messages, test::TestClinic::defaultAdmin());
    ClinicSettingsDialog dialog(context);
    DocumentTemplatesPage& page = *dialog.templatesPage();
    EXPECT_EQ(DocumentKind(page.kindBox()->currentData().toInt()), DocumentKind::AftercareAdvice);
    EXPECT_TRUE(page.templateEdit()->toPlainText().contains(QStringLiteral("pneumothorax")));
    EXPECT_TRUE(page.versionLabel()->text().startsWith(QStringLiteral("Version 1")));

    page.kindBox()->setCurrentIndex(page.kindBox()->findData(int(DocumentKind::ReferrerLetter)));
    EXPECT_TRUE(page.templateEdit()->toPlainText().contains(QStringLiteral("{{recipient}}")));
    page.templateEdit()->setPlainText(QStringLiteral("Dear {{recipient}},\n\n{{findings}}"));
    ASSERT_TRUE(page.save().ok());
    EXPECT_TRUE(page.versionLabel()->text().startsWith(QStringLiteral("Version 2")));

    QString problem;
    QObject::connect(&page, &DocumentTemplatesPage::problemChanged,
                     [&problem](const QString& message) { problem = message; });
    page.templateEdit()->setPlainText(QStringLiteral("Dear {{recipent}},"));
    EXPECT_FALSE(page.save().ok());
    EXPECT_TRUE(problem.contains(QStringLiteral("recipent"))) << problem.toStdString();
    EXPECT_EQ(context.documents.currentTemplate(DocumentKind::ReferrerLetter)->version, 2)
        << "nothing saved";
}

} // namespace
} // namespace needlechart
