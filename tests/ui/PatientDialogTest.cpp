#include "needlechart/ui/patients/PatientDialog.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/patients/PatientValidator.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/patients/PatientListModel.h"
#include "needlechart/ui/patients/PatientListPanel.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "AccessibleNames.h"
#include "QtPrinters.h"
#include "RecordingMessagePresenter.h"
#include "TestClinic.h"
#include "TypeText.h"
#include "common/CharacterCounter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace needlechart {
namespace {

// Typing into and reading from a PatientDialog by field key, as a person would use it.
class DialogDriver {
public:
    explicit DialogDriver(PatientDialog* dialog) : m_dialog(dialog) {}

    QLineEdit* line(const QString& field) const
    {
        auto* edit = m_dialog->findChild<QLineEdit*>(field);
        EXPECT_NE(edit, nullptr) << field.toStdString();
        return edit;
    }
    void type(const QString& field, const QString& text) const
    {
        QLineEdit* edit = line(field);
        edit->setFocus();
        test::typeText(edit, text);
    }
    void retype(const QString& field, const QString& text) const
    {
        QLineEdit* edit = line(field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        test::typeText(edit, text);
    }
    QLabel* errorLabel(const QString& field) const
    {
        auto* label = m_dialog->findChild<QLabel*>(field + QStringLiteral("Error"));
        EXPECT_NE(label, nullptr) << field.toStdString();
        return label;
    }
    void clickSave() const
    {
        auto* buttons = m_dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }
    void clickCancel() const
    {
        auto* buttons = m_dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    }

private:
    PatientDialog* m_dialog;
};

// What the domain rules say about `patient`'s `field`: the dialog must show exactly that.
QString ruleMessage(const Patient& patient, const QString& field, QDate today)
{
    for (const FieldError& error : PatientValidator::validate(patient, today)) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

class PatientDialogTest : public ::testing::Test {
protected:
    // The main window, shown, from which a person registers patients.
    MainWindow& shownWindow()
    {
        m_window = std::make_unique<MainWindow>(m_context);
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        return *m_window;
    }

    // The new-patient form opened from `window` with the names and date of birth typed in;
    // null if it did not open.
    static QPointer<PatientDialog> startRegistering(MainWindow& window, const QString& family,
                                                    const QString& given, const QString& born)
    {
        window.newPatient();
        QPointer<PatientDialog> dialog = window.findChild<PatientDialog*>();
        if (!dialog)
            return dialog;
        const DialogDriver form(dialog);
        form.type(PatientFields::FamilyName, family);
        form.type(PatientFields::GivenName, given);
        form.type(PatientFields::DateOfBirth, born);
        return dialog;
    }

    test::TestClinic clinic{20};
    test::RecordingMessagePresenter messages;

private:
    QTemporaryDir m_settingsDir;
    AppSettings m_settings{m_settingsDir.filePath(QStringLiteral("settings.ini"))};
    UiContext m_context = clinic.context(m_settings, messages);
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(PatientDialogTest,
       a_patient_registered_while_a_search_hides_them_is_selected_and_a_digits_only_date_is_read)
{
    MainWindow& window = shownWindow();
    QTest::keyClicks(window.listPanel()->searchField(), QStringLiteral("Nobody by this name"));

    window.newPatient();
    QPointer<PatientDialog> dialog = window.findChild<PatientDialog*>();
    ASSERT_TRUE(dialog);
    const DialogDriver form(dialog);
    form.type(PatientFields::FamilyName, QStringLiteral("Achterberg"));
    form.type(PatientFields::GivenName, QStringLiteral("Femke"));
    form.type(PatientFields::DateOfBirth, QStringLiteral("14021990"));
    form.clickSave();

    ASSERT_TRUE(!dialog || !dialog->isVisible())
        << (dialog ? form.errorLabel(PatientFields::DateOfBirth)->text().toStdString() : "");
    const PatientId id = window.listPanel()->currentPatientId();
    ASSERT_GT(id, 0) << "the new patient is selected, the search that hid them cleared";
    const Result<Patient> stored = clinic.service().get(id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->familyName, QStringLiteral("Achterberg"));
    EXPECT_EQ(stored->dateOfBirth, QDate(1990, 2, 14));
}

TEST_F(
    PatientDialogTest,
    invalid_email_and_missing_family_name_show_messages_beside_fields_and_keep_dialog_open_then_saved_patient_is_found_by_search)
{
    MainWindow& window = shownWindow();

    window.newPatient();
    QPointer<PatientDialog> dialog = window.findChild<PatientDialog*>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->isVisible());
    const DialogDriver form(dialog);

    form.type(PatientFields::GivenName, QStringLiteral("Zoë"));
    form.type(PatientFields::DateOfBirth, QStringLiteral("12/03/1984"));
    form.type(PatientFields::Email, QStringLiteral("zoe.example.org"));
    form.clickSave();

    Patient typed;
    typed.givenName = QStringLiteral("Zoë");
    typed.email = QStringLiteral("zoe.example.org");
    typed.dateOfBirth = QDate(1984, 3, 12);
    const QDate today = clinic.clock().today();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(form.errorLabel(PatientFields::FamilyName)->isVisible());
    EXPECT_EQ(form.errorLabel(PatientFields::FamilyName)->text(),
              ruleMessage(typed, PatientFields::FamilyName, today));
    EXPECT_TRUE(form.errorLabel(PatientFields::Email)->isVisible());
    EXPECT_EQ(form.errorLabel(PatientFields::Email)->text(),
              ruleMessage(typed, PatientFields::Email, today));
    EXPECT_FALSE(form.errorLabel(PatientFields::GivenName)->isVisible());
    EXPECT_EQ(form.line(PatientFields::GivenName)->text(), QStringLiteral("Zoë"));
    EXPECT_EQ(form.line(PatientFields::Email)->text(), QStringLiteral("zoe.example.org"));
    EXPECT_EQ(form.line(PatientFields::DateOfBirth)->text(), QStringLiteral("12/03/1984"));
    EXPECT_EQ(dialog->focusWidget(), form.line(PatientFields::FamilyName));
    EXPECT_TRUE(messages.messages.isEmpty());

    form.type(PatientFields::FamilyName, QStringLiteral("  Ødegård-Brønn "));
    EXPECT_FALSE(form.errorLabel(PatientFields::FamilyName)->isVisible());
    EXPECT_TRUE(form.errorLabel(PatientFields::Email)->isVisible());
    form.retype(PatientFields::Email, QStringLiteral("zoe@example.org"));
    EXPECT_FALSE(form.errorLabel(PatientFields::Email)->isVisible());
    form.clickSave();

    ASSERT_TRUE(!dialog || !dialog->isVisible());
    const PatientId id = window.listPanel()->currentPatientId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(window.statusBar()->currentMessage(),
              QStringLiteral("Registered patient #%1").arg(id));
    const Result<Patient> stored = clinic.service().get(id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value().familyName, QStringLiteral("Ødegård-Brønn"));

    QLineEdit* search = window.listPanel()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ODEGARD zo"));

    PatientListModel* list = window.listPanel()->model();
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->patientIdAt(0), id);
    EXPECT_EQ(
        DisplayText::withoutIsolates(list->data(list->index(0, PatientListModel::Name)).toString()),
        QStringLiteral("Ødegård-Brønn, Zoë"));
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("1 patient matches"));
}

TEST_F(PatientDialogTest,
       unreadable_date_of_birth_is_reported_beside_the_field_with_the_other_problems)
{
    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    dialog.show();
    const DialogDriver form(&dialog);
    form.type(PatientFields::FamilyName, QStringLiteral("Okafor"));
    form.type(PatientFields::DateOfBirth, QStringLiteral("31/02/1990"));
    form.type(PatientFields::Phone, QStringLiteral("12"));
    QSignalSpy saved(&dialog, &PatientDialog::patientSaved);

    form.clickSave();

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(saved.count(), 0);
    EXPECT_EQ(dialog.fieldError(PatientFields::DateOfBirth),
              QStringLiteral("Enter the date as dd/mm/yyyy, for example 12/03/1984."));
    EXPECT_FALSE(dialog.fieldError(PatientFields::GivenName).isEmpty());
    EXPECT_FALSE(dialog.fieldError(PatientFields::Phone).isEmpty());
    EXPECT_TRUE(dialog.fieldError(PatientFields::FamilyName).isEmpty());
}

TEST_F(PatientDialogTest,
       registering_the_same_name_and_birthday_again_warns_and_can_open_the_registered_patient)
{
    const Patient registered =
        clinic.addPatient(QStringLiteral("Ní Bhriain"), QStringLiteral("Áine"), QDate(1975, 6, 21));
    MainWindow& window = shownWindow();
    const int before = *clinic.service().count({}, test::TestClinic::defaultClinician());

    // Going back keeps the form as typed and registers nobody.
    QPointer<PatientDialog> dialog = startRegistering(
        window, QStringLiteral("NI BHRIAIN"), QStringLiteral("aine"), QStringLiteral("21/06/1975"));
    ASSERT_TRUE(dialog);
    const DialogDriver form(dialog);
    messages.choiceAnswer = 2;
    form.clickSave();
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.front().kind, test::RecordingMessagePresenter::Kind::Choice);
    EXPECT_TRUE(messages.messages.front().text.contains(QStringLiteral("born 21/06/1975")))
        << messages.messages.front().text.toStdString();
    EXPECT_TRUE(messages.messages.front().text.contains(QStringLiteral("Ní Bhriain")));
    EXPECT_EQ(messages.lastChoices.size(), 3);
    ASSERT_TRUE(dialog && dialog->isVisible());
    EXPECT_EQ(form.line(PatientFields::GivenName)->text(), QStringLiteral("aine"));
    EXPECT_EQ(*clinic.service().count({}, test::TestClinic::defaultClinician()), before);

    // Opening the registered patient closes the form and selects them.
    messages.choiceAnswer = 0;
    form.clickSave();
    EXPECT_TRUE(!dialog || !dialog->isVisible());
    EXPECT_EQ(window.listPanel()->currentPatientId(), registered.id);
    EXPECT_EQ(*clinic.service().count({}, test::TestClinic::defaultClinician()), before);
}

TEST_F(PatientDialogTest, a_namesake_born_the_same_day_can_still_be_registered)
{
    clinic.addPatient(QStringLiteral("Smith"), QStringLiteral("John"), QDate(1980, 1, 1));
    MainWindow& window = shownWindow();
    const int before = *clinic.service().count({}, test::TestClinic::defaultClinician());
    QPointer<PatientDialog> dialog = startRegistering(
        window, QStringLiteral("Smith"), QStringLiteral("John"), QStringLiteral("01/01/1980"));
    ASSERT_TRUE(dialog);
    const DialogDriver form(dialog);
    messages.choiceAnswer = 1;
    form.clickSave();
    EXPECT_TRUE(!dialog || !dialog->isVisible());
    EXPECT_EQ(*clinic.service().count({}, test::TestClinic::defaultClinician()), before + 1);
}

TEST_F(PatientDialogTest, every_interactive_element_of_the_form_has_a_name_for_a_screen_reader)
{
    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    dialog.show();
    const QStringList unnamed = test::unnamedInteractiveElements(&dialog);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QLatin1Char('\n')).toStdString();
}

TEST_F(PatientDialogTest, every_accepted_date_form_is_saved_as_the_same_date)
{
    // From the second on, the same person born the same day is recognised (and registered
    // again on purpose), which also says each form was read as the same date.
    messages.choiceAnswer = 1;
    int asked = 0;
    for (const QString& typed : {QStringLiteral("05/07/1962"), QStringLiteral("5/7/1962"),
                                 QStringLiteral("05.07.1962"), QStringLiteral("1962-07-05")}) {
        PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
        dialog.show();
        const DialogDriver form(&dialog);
        form.type(PatientFields::FamilyName, QStringLiteral("Datewise"));
        form.type(PatientFields::GivenName, QStringLiteral("Dana"));
        form.type(PatientFields::DateOfBirth, typed);

        form.clickSave();

        ASSERT_TRUE(dialog.savedPatient().isStored()) << typed.toStdString();
        EXPECT_EQ(dialog.savedPatient().dateOfBirth, QDate(1962, 7, 5)) << typed.toStdString();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(messages.messages.size(), asked) << typed.toStdString();
        asked = int(messages.messages.size()) + 1;
    }
}

TEST_F(PatientDialogTest, typed_date_is_echoed_in_words_with_the_age)
{
    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    const DialogDriver form(&dialog);

    form.type(PatientFields::DateOfBirth, QStringLiteral("1/3/1984"));

    const auto* hint = dialog.findChild<QLabel*>(QStringLiteral("dateOfBirthHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->text().endsWith(QStringLiteral(", age 42"))) << hint->text().toStdString();
    EXPECT_TRUE(hint->text().contains(QStringLiteral("1984")));
}

TEST_F(PatientDialogTest, names_and_single_line_fields_are_trimmed_before_saving)
{
    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    dialog.show();
    const DialogDriver form(&dialog);
    form.type(PatientFields::FamilyName, QStringLiteral("  Mensah  "));
    form.type(PatientFields::GivenName, QStringLiteral(" Ama"));
    form.type(PatientFields::PreferredName, QStringLiteral("Ami "));
    form.type(PatientFields::DateOfBirth, QStringLiteral(" 1990-01-31 "));
    form.type(PatientFields::Email, QStringLiteral(" ama@example.org "));

    form.clickSave();

    ASSERT_TRUE(dialog.savedPatient().isStored());
    const Patient stored = clinic.service()
                               .get(dialog.savedPatient().id, test::TestClinic::defaultClinician())
                               .value();
    EXPECT_EQ(stored.familyName, QStringLiteral("Mensah"));
    EXPECT_EQ(stored.givenName, QStringLiteral("Ama"));
    EXPECT_EQ(stored.preferredName, QStringLiteral("Ami"));
    EXPECT_EQ(stored.email, QStringLiteral("ama@example.org"));
}

TEST_F(PatientDialogTest, editing_fills_every_field_and_saves_changes_without_losing_the_rest)
{
    Patient patient;
    patient.familyName = QStringLiteral("Haddad");
    patient.givenName = QStringLiteral("Omar");
    patient.dateOfBirth = QDate(1979, 11, 23);
    patient.sex = Sex::Male;
    patient.phone = QStringLiteral("07700 900123");
    patient.address = QStringLiteral("4 Mill Road\nOtley LS21 3AA");
    patient.referrer = QStringLiteral("Dr Clarke");
    patient.notes = QStringLiteral("Wheelchair access");
    const Patient stored =
        clinic.service().create(patient, test::TestClinic::defaultClinician()).value();

    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    dialog.setPatient(stored);
    dialog.show();
    const DialogDriver form(&dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit patient #%1").arg(stored.id));
    EXPECT_EQ(form.line(PatientFields::FamilyName)->text(), QStringLiteral("Haddad"));
    EXPECT_EQ(form.line(PatientFields::DateOfBirth)->text(), QStringLiteral("23/11/1979"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(PatientFields::Sex)->currentText(),
              QStringLiteral("Male"));
    EXPECT_EQ(dialog.findChild<QPlainTextEdit*>(PatientFields::Address)->toPlainText(),
              stored.address);
    QSignalSpy saved(&dialog, &PatientDialog::patientSaved);

    form.retype(PatientFields::Phone, QStringLiteral("07700 900456"));
    form.clickSave();

    ASSERT_EQ(saved.count(), 1);
    EXPECT_FALSE(saved.at(0).at(1).toBool());
    const Patient reread =
        clinic.service().get(stored.id, test::TestClinic::defaultClinician()).value();
    EXPECT_EQ(reread.phone, QStringLiteral("07700 900456"));
    EXPECT_EQ(reread.notes, stored.notes);
    EXPECT_EQ(reread.address, stored.address);
    EXPECT_EQ(reread.referrer, stored.referrer);
    EXPECT_EQ(reread.rowVersion, stored.rowVersion + 1);
}

TEST_F(PatientDialogTest,
       stale_edit_shows_the_conflict_message_and_keeps_the_dialog_open_and_filled)
{
    const Patient stored =
        clinic.addPatient(QStringLiteral("Conflict"), QStringLiteral("Cara"), QDate(1988, 8, 8));
    PatientDialog first(clinic.service(), test::TestClinic::defaultClinician(), messages);
    PatientDialog second(clinic.service(), test::TestClinic::defaultClinician(), messages);
    first.setPatient(stored);
    second.setPatient(stored);
    first.show();
    second.show();
    const DialogDriver firstForm(&first);
    const DialogDriver secondForm(&second);

    firstForm.retype(PatientFields::Phone, QStringLiteral("0113 496 0001"));
    firstForm.clickSave();
    ASSERT_EQ(first.result(), QDialog::Accepted);

    secondForm.retype(PatientFields::Phone, QStringLiteral("0113 496 0002"));
    secondForm.clickSave();

    EXPECT_TRUE(second.isVisible());
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.at(0).kind, test::RecordingMessagePresenter::Kind::Warning);
    EXPECT_EQ(messages.messages.at(0).title, QStringLiteral("Patient changed elsewhere"));
    EXPECT_TRUE(messages.messages.at(0).text.contains(QStringLiteral("not saved")));
    EXPECT_EQ(secondForm.line(PatientFields::Phone)->text(), QStringLiteral("0113 496 0002"));
    EXPECT_EQ(clinic.service().get(stored.id, test::TestClinic::defaultClinician()).value().phone,
              QStringLiteral("0113 496 0001"));
}

TEST_F(PatientDialogTest, cancel_after_typing_asks_before_discarding_and_stays_open_on_no)
{
    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    dialog.show();
    const DialogDriver form(&dialog);
    form.type(PatientFields::FamilyName, QStringLiteral("Halfway"));

    messages.answer = false;
    form.clickCancel();
    EXPECT_TRUE(dialog.isVisible());
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.at(0).kind, test::RecordingMessagePresenter::Kind::Question);

    messages.answer = true;
    form.clickCancel();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(PatientDialogTest, cancel_without_changes_closes_without_asking)
{
    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    dialog.show();

    DialogDriver(&dialog).clickCancel();

    EXPECT_FALSE(dialog.isVisible());
    EXPECT_TRUE(messages.messages.isEmpty());
}

TEST_F(PatientDialogTest, error_labels_start_hidden_and_every_field_has_an_accessible_name)
{
    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    dialog.show();
    const QStringList fields = {PatientFields::FamilyName,    PatientFields::GivenName,
                                PatientFields::PreferredName, PatientFields::DateOfBirth,
                                PatientFields::Sex,           PatientFields::Phone,
                                PatientFields::Email,         PatientFields::Address,
                                PatientFields::Referrer,      PatientFields::Notes};
    for (const QString& field : fields) {
        const auto* input = dialog.findChild<QWidget*>(field);
        ASSERT_NE(input, nullptr) << field.toStdString();
        EXPECT_FALSE(input->accessibleName().isEmpty()) << field.toStdString();
        EXPECT_FALSE(input->accessibleName().contains(QLatin1Char('&'))) << field.toStdString();
        const auto* error = dialog.findChild<QLabel*>(field + QStringLiteral("Error"));
        ASSERT_NE(error, nullptr) << field.toStdString();
        EXPECT_FALSE(error->isVisible()) << field.toStdString();
    }
}

// Issue 12, defect 13: the limits are never a surprise at saving. Lines stop at their limit;
// the multi-line fields count towards theirs once near it.
TEST_F(PatientDialogTest, names_stop_at_their_limit_and_the_notes_count_towards_theirs)
{
    PatientDialog dialog(clinic.service(), test::TestClinic::defaultClinician(), messages);
    const DialogDriver form(&dialog);
    for (const QString& field :
         {PatientFields::FamilyName, PatientFields::GivenName, PatientFields::PreferredName}) {
        QLineEdit* name = form.line(field);
        name->setFocus();
        QTest::keyClicks(name, QString(PatientValidator::MaxNameLength + 5, QLatin1Char('a')));
        EXPECT_EQ(name->text().size(), PatientValidator::MaxNameLength) << field.toStdString();
    }
    EXPECT_EQ(form.line(PatientFields::Phone)->maxLength(), PatientValidator::MaxPhoneLength);
    EXPECT_EQ(form.line(PatientFields::Email)->maxLength(), PatientValidator::MaxEmailLength);
    EXPECT_EQ(form.line(PatientFields::Referrer)->maxLength(), PatientValidator::MaxReferrerLength);

    auto* notes = dialog.findChild<QPlainTextEdit*>(PatientFields::Notes);
    ASSERT_NE(notes, nullptr);
    auto* counter = notes->findChild<QLabel*>(QStringLiteral("notesCounter"));
    ASSERT_NE(counter, nullptr);
    const int limit = PatientValidator::MaxNotesLength;
    notes->setPlainText(QString(limit / 2, QLatin1Char('n')));
    EXPECT_TRUE(counter->isHidden()) << "far from the limit, nothing is counted";
    notes->setPlainText(QString(limit - 10, QLatin1Char('n')));
    EXPECT_FALSE(counter->isHidden());
    EXPECT_EQ(counter->text(), CharacterCounter::text(limit - 10, limit));
    notes->setPlainText(QString(limit + 3, QLatin1Char('n')));
    EXPECT_EQ(counter->text(), CharacterCounter::text(limit + 3, limit));
    EXPECT_TRUE(counter->text().endsWith(QStringLiteral("3 too many")))
        << counter->text().toStdString();
    EXPECT_EQ(notes->toPlainText().size(), limit + 3) << "nothing typed is cut off";
}

} // namespace
} // namespace needlechart
