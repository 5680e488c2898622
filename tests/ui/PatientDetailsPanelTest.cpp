#include "needlechart/ui/patients/PatientDetailsPanel.h"

#include "needlechart/domain/common/DisplayText.h"

#include "QtPrinters.h"
#include "TestClinic.h"

#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

class PatientDetailsPanelTest : public ::testing::Test {
protected:
    [[nodiscard]] QString shown(const char* objectName) const
    {
        const auto* label = panel.findChild<QLabel*>(QString::fromLatin1(objectName));
        return label ? label->text()
                     : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
    }
    [[nodiscard]] bool isShowing(const char* objectName) const
    {
        const auto* label = panel.findChild<QLabel*>(QString::fromLatin1(objectName));
        return label && label->isVisible();
    }

    Patient storedPatient()
    {
        Patient patient;
        patient.familyName = QStringLiteral("Kowalski");
        patient.givenName = QStringLiteral("Krzysztof");
        patient.preferredName = QStringLiteral("Krzysiek");
        patient.dateOfBirth = QDate(1984, 2, 12);
        patient.sex = Sex::Male;
        patient.phone = QStringLiteral("0113 496 0123");
        patient.email = QStringLiteral("k.kowalski@example.org");
        patient.address = QStringLiteral("12 Church Lane\nLeeds LS6 1AB");
        patient.referrer = QStringLiteral("Dr A. Jones, Headingley Surgery");
        patient.notes = QStringLiteral("<b>Prefers</b> morning appointments");
        Result<Patient> stored =
            clinic.service().create(patient, test::TestClinic::defaultClinician());
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored.value() : patient;
    }

    test::TestClinic clinic;
    PatientDetailsPanel panel{clinic.service(), test::TestClinic::defaultClinician(),
                              clinic.notifier()};
};

TEST_F(PatientDetailsPanelTest, shows_every_registration_detail_of_the_patient)
{
    const Patient patient = storedPatient();
    panel.show();

    panel.showPatient(patient.id);

    EXPECT_EQ(DisplayText::withoutIsolates(shown("nameValue")),
              QStringLiteral("Kowalski, Krzysztof (Krzysiek)"));
    EXPECT_EQ(shown("recordNumberValue"), QStringLiteral("Patient #%1").arg(patient.id));
    EXPECT_EQ(shown("preferredNameValue"), QStringLiteral("Krzysiek"));
    EXPECT_EQ(shown("dateOfBirthValue"), QStringLiteral("12/02/1984, age 42"));
    EXPECT_EQ(shown("sexValue"), QStringLiteral("Male"));
    EXPECT_EQ(shown("phoneValue"), QStringLiteral("0113 496 0123"));
    EXPECT_EQ(shown("emailValue"), QStringLiteral("k.kowalski@example.org"));
    EXPECT_EQ(shown("addressValue"), QStringLiteral("12 Church Lane\nLeeds LS6 1AB"));
    EXPECT_EQ(shown("referrerValue"), QStringLiteral("Dr A. Jones, Headingley Surgery"));
    EXPECT_EQ(shown("lastVisitValue"), QStringLiteral("Not seen yet"));
    EXPECT_TRUE(isShowing("nameValue"));
    EXPECT_FALSE(isShowing("detailsMessage"));
}

TEST_F(PatientDetailsPanelTest, patient_text_is_shown_as_typed_never_as_markup)
{
    const Patient patient = storedPatient();
    panel.showPatient(patient.id);

    const auto* notes = panel.findChild<QLabel*>(QStringLiteral("notesValue"));
    ASSERT_NE(notes, nullptr);
    EXPECT_EQ(notes->textFormat(), Qt::PlainText);
    EXPECT_EQ(notes->text(), QStringLiteral("<b>Prefers</b> morning appointments"));
}

TEST_F(PatientDetailsPanelTest, no_selection_shows_a_hint_instead_of_details)
{
    panel.show();
    panel.showPatient(0);

    EXPECT_TRUE(isShowing("detailsMessage"));
    EXPECT_EQ(shown("detailsMessage"),
              QStringLiteral("Select a patient in the list to see their details."));
}

TEST_F(PatientDetailsPanelTest, an_unknown_id_says_the_patient_is_not_there)
{
    panel.show();
    panel.showPatient(987654);

    EXPECT_TRUE(isShowing("detailsMessage"));
    EXPECT_EQ(shown("detailsMessage"),
              QStringLiteral("This patient is no longer in the database."));
}

TEST_F(PatientDetailsPanelTest, a_saved_change_to_the_shown_patient_appears_at_once)
{
    Patient patient = storedPatient();
    panel.showPatient(patient.id);

    patient.phone = QStringLiteral("0113 496 0999");
    ASSERT_TRUE(clinic.service().update(patient, test::TestClinic::defaultClinician()).ok());

    EXPECT_EQ(shown("phoneValue"), QStringLiteral("0113 496 0999"));
}

TEST_F(PatientDetailsPanelTest, a_screen_reader_hears_each_value_with_its_caption)
{
    const Patient patient = storedPatient();
    panel.show();
    panel.showPatient(patient.id);
    auto* phone = panel.findChild<QLabel*>(QStringLiteral("phoneValue"));
    ASSERT_TRUE(phone);
    QAccessibleInterface* read = QAccessible::queryAccessibleInterface(phone);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->text(QAccessible::Name), QStringLiteral("Phone: 0113 496 0123"));
    auto* email = panel.findChild<QLabel*>(QStringLiteral("emailValue"));
    ASSERT_TRUE(email);
    EXPECT_TRUE(QAccessible::queryAccessibleInterface(email)
                    ->text(QAccessible::Name)
                    .endsWith(patient.email));
}

TEST_F(PatientDetailsPanelTest, edit_button_asks_to_edit_the_shown_patient)
{
    const Patient patient = storedPatient();
    panel.show();
    panel.showPatient(patient.id);
    QSignalSpy requested(&panel, &PatientDetailsPanel::editRequested);

    auto* button = panel.findChild<QPushButton*>(QStringLiteral("editPatientButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);

    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toLongLong(), patient.id);
}

} // namespace
} // namespace needlechart
