// File ▸ Import patients…: the wizard driven offscreen from a file on disk to registered
// patients, with the report of failing rows, the choice per possible duplicate and the mapping
// remembered for the next file from the same system.
#include "needlechart/ui/transfer/ImportPatientsWizard.h"

#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "AccessibleNames.h"
#include "RecordingMessagePresenter.h"
#include "TestClinic.h"
#include "transfer/ImportCheckPage.h"
#include "transfer/ImportFilePage.h"
#include "transfer/ImportMappingPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class ImportPatientsWizardTest : public ::testing::Test {
protected:
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }
    int patientCount()
    {
        auto count = clinic.service().count(PatientQuery{}, clinic.defaultClinician());
        EXPECT_TRUE(count.ok());
        return count ? *count : -1;
    }
    // Opens the wizard on `path` and walks to the check page.
    void walkToCheck(ImportPatientsWizard& wizard, const QString& path)
    {
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        messages.fileAnswer = path;
        wizard.filePage()->findChild<QPushButton*>()->click();
        ASSERT_TRUE(wizard.filePage()->isComplete())
            << wizard.filePage()->errorLabel()->text().toStdString();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportPatientsWizard::MappingPage);
        ASSERT_TRUE(wizard.mappingPage()->isComplete())
            << wizard.mappingPage()->problemLabel()->text().toStdString();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportPatientsWizard::CheckPage);
    }

    test::TestClinic clinic;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    const User desk{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk};
    UiContext context = clinic.context(settings, messages, desk);
};

TEST_F(ImportPatientsWizardTest, a_clean_file_is_previewed_mapped_checked_and_registered)
{
    const QString path = writeFile(QStringLiteral("list.csv"),
                                   QByteArray("Nachname;Vorname;Geburtsdatum;Telefon\r\n"
                                              "M\xfcller;J\xfcrgen;07.03.1981;030 1234567\r\n"
                                              "Schmidt;Anna;30.11.1990;030 7654321\r\n"));
    ImportPatientsWizard wizard(context);
    walkToCheck(wizard, path);

    EXPECT_EQ(wizard.filePage()->preview()->rowCount(), 3);
    EXPECT_EQ(wizard.filePage()->preview()->item(1, 0)->text(), QStringLiteral("Müller"));
    EXPECT_TRUE(wizard.filePage()->summary()->text().contains(QStringLiteral("Windows-1252")));
    EXPECT_EQ(wizard.mappingPage()->fieldBox(2)->currentData().toInt(),
              int(PatientImport::Field::DateOfBirth));
    EXPECT_EQ(wizard.mappingPage()->dateOrderBox()->currentData().toInt(),
              int(PatientImport::DateOrder::DayMonthYear));
    EXPECT_TRUE(wizard.mappingPage()->headerBox()->isChecked());
    EXPECT_TRUE(wizard.checkPage()->summary()->text().startsWith(QStringLiteral("Rows read: 2.")));
    EXPECT_FALSE(wizard.checkPage()->failingTable()->isVisible());
    EXPECT_TRUE(wizard.checkPage()->isComplete());
    EXPECT_EQ(test::unnamedInteractiveElements(&wizard), QStringList());

    EXPECT_EQ(patientCount(), 0) << "nothing is written before Import";
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(patientCount(), 2);
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    ASSERT_FALSE(messages.messages.isEmpty());
    EXPECT_TRUE(
        messages.messages.last().text.startsWith(QStringLiteral("Patients registered: 2.")));
    // The mapping is remembered with the headings it was made for.
    const auto remembered = settings.lastPatientImport();
    ASSERT_TRUE(remembered.has_value());
    EXPECT_EQ(remembered->firstRow.first(), QStringLiteral("Nachname"));
}

TEST_F(ImportPatientsWizardTest, failing_rows_are_listed_and_block_import_until_left_out)
{
    const QString path =
        writeFile(QStringLiteral("list.csv"), QByteArray("Surname,First name,DOB\n"
                                                         "Okafor,Chidi,12/05/1984\n"
                                                         "Brennan,Aoife,31/02/1990\n"));
    ImportPatientsWizard wizard(context);
    walkToCheck(wizard, path);
    ImportCheckPage* page = wizard.checkPage();
    ASSERT_EQ(page->failingTable()->rowCount(), 1);
    EXPECT_EQ(page->failingTable()->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_TRUE(page->failingTable()->item(0, 2)->text().contains(QStringLiteral("31/02/1990")));
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());

    page->skipFailingBox()->setChecked(true);
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(patientCount(), 1);
}

TEST_F(ImportPatientsWizardTest, a_possible_duplicate_is_left_out_unless_registered_anyway)
{
    clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Chidi"), QDate(1984, 5, 12));
    clinic.addPatient(QStringLiteral("Lindqvist"), QStringLiteral("Sven"), QDate(1975, 9, 3));
    const QString path =
        writeFile(QStringLiteral("list.csv"), QByteArray("Surname,First name,DOB\n"
                                                         "OKAFOR,Chidi,12/05/1984\n"
                                                         "Lindqvist,Sven,03/09/1975\n"
                                                         "Brennan,Aoife,02/02/1990\n"));
    ImportPatientsWizard wizard(context);
    walkToCheck(wizard, path);
    ImportCheckPage* page = wizard.checkPage();
    ASSERT_EQ(page->duplicatesTable()->rowCount(), 2);
    EXPECT_TRUE(page->duplicatesTable()->item(0, 2)->text().contains(QStringLiteral("Okafor")));
    EXPECT_EQ(page->choiceBox(0)->currentText(), QStringLiteral("Leave out"));
    page->choiceBox(1)->setCurrentIndex(1); // Lindqvist: register anyway
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(patientCount(), 4); // two known, Lindqvist again and Brennan
}

TEST_F(ImportPatientsWizardTest, the_remembered_mapping_is_used_for_a_file_with_the_same_headings)
{
    // The other system's headings name nothing we know: the clinic maps them by hand once.
    AppSettings::RememberedImport remembered;
    remembered.firstRow = {QStringLiteral("Col A"), QStringLiteral("Col B"),
                           QStringLiteral("Col C")};
    remembered.mapping.columns = {PatientImport::Field::GivenName, PatientImport::Field::FamilyName,
                                  PatientImport::Field::DateOfBirth};
    remembered.mapping.dateOrder = PatientImport::DateOrder::MonthDayYear;
    remembered.mapping.firstRowIsHeader = true;
    settings.setLastPatientImport(remembered);
    const QString path =
        writeFile(QStringLiteral("list.csv"), QByteArray("col a,COL B,Col C\n"
                                                         "Chidi,Okafor,05/12/1984\n"));
    ImportPatientsWizard wizard(context);
    walkToCheck(wizard, path);
    EXPECT_EQ(wizard.mappingPage()->fieldBox(0)->currentData().toInt(),
              int(PatientImport::Field::GivenName));
    wizard.button(QWizard::FinishButton)->click();
    auto found = clinic.service().list(PatientQuery{}, clinic.defaultClinician());
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().familyName, QStringLiteral("Okafor"));
    EXPECT_EQ(found->front().dateOfBirth, QDate(1984, 5, 12));
}

TEST_F(ImportPatientsWizardTest, a_mapping_without_names_cannot_go_on)
{
    const QString path =
        writeFile(QStringLiteral("list.csv"), QByteArray("a,b\nChidi,Okafor\nAoife,Brennan\n"));
    ImportPatientsWizard wizard(context);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ASSERT_TRUE(wizard.filePage()->openFile(path));
    wizard.next();
    ImportMappingPage* page = wizard.mappingPage();
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(page->problemLabel()->isHidden());
    page->fieldBox(0)->setCurrentIndex(
        page->fieldBox(0)->findData(int(PatientImport::Field::GivenName)));
    page->fieldBox(1)->setCurrentIndex(
        page->fieldBox(1)->findData(int(PatientImport::Field::FamilyName)));
    EXPECT_TRUE(page->isComplete());
    page->headerBox()->setChecked(false);
    wizard.next();
    EXPECT_TRUE(wizard.checkPage()->summary()->text().startsWith(QStringLiteral("Rows read: 3.")));
}

TEST_F(ImportPatientsWizardTest, a_file_that_cannot_be_read_says_why_and_stays_on_the_first_page)
{
    const QString path = writeFile(QStringLiteral("broken.csv"), QByteArray("a,b\n\"open,x\n"));
    ImportPatientsWizard wizard(context);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    EXPECT_FALSE(wizard.filePage()->openFile(path));
    EXPECT_FALSE(wizard.filePage()->errorLabel()->isHidden());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(wizard.filePage()->openFile(dir.filePath(QStringLiteral("missing.csv"))));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

} // namespace
} // namespace needlechart
