// Letters and the after-care advice sheet through the windows and on paper: the sheet and the
// print pack read back from PDF, a hostile name printed literally, a letter written, changed and
// sent, kept on the record as sent and listed in the patient's Papers tab.
#include "needlechart/domain/documents/MarkdownTemplate.h"
#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/documents/KeptDocumentDialog.h"
#include "needlechart/ui/documents/LetterDialog.h"
#include "needlechart/ui/documents/PatientDocumentModel.h"
#include "needlechart/ui/documents/PatientDocumentsPanel.h"
#include "needlechart/ui/paper/DocumentRenderer.h"
#include "needlechart/ui/paper/SessionDocuments.h"
#include "needlechart/ui/session/SessionWindow.h"

#include "ClinicUiTest.h"
#include "PdfTools.h"
#include "SessionSamples.h"
#include "SigningClinician.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <memory>

namespace needlechart {
namespace {

using test::PdfTools;

class DocumentsUiTest : public test::ClinicUiTest {
protected:
    QTemporaryDir dir;
    ClinicServices& services = clinic.services();
    User alex = test::signingClinician(services, StaffRole::Clinician);
    UiContext asAlex = clinic.context(settings, messages, alex);

    // A patient cleared for needling with one signed note; returns the note.
    Session signedVisit(const QString& family, const QString& given)
    {
        Patient patient = clinic.addPatient(family, given, QDate(1988, 4, 2));
        patient.referrer = QStringLiteral("Dr Bailey, Laurel Bank Surgery");
        EXPECT_TRUE(services.patients().update(patient, alex).ok());
        clinic.clearForNeedling(patient.id);
        Session draft = test::richSession(patient.id, test::TestClinic::fixedNow().addSecs(-3600));
        auto signedNote = services.sessions().sign(draft, alex, test::SigningPassword);
        EXPECT_TRUE(signedNote.ok()) << signedNote.error().message.toStdString();
        return signedNote.ok() ? *signedNote : Session{};
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

TEST_F(DocumentsUiTest,
       the_print_pack_holds_the_note_the_advice_sheet_and_the_letter_and_keeps_the_sheet)
{
    const Session visit = signedVisit(QStringLiteral("Lindqvist"), QStringLiteral("Maja"));
    ASSERT_TRUE(visit.isStored());
    LetterDialog letter(asAlex, visit.patientId, visit.id);
    ASSERT_TRUE(letter.savePdfTo(path("letter.pdf")).ok());

    ASSERT_TRUE(SessionDocuments(asAlex).exportPackPdf(visit.id, path("pack.pdf")).ok());
    const QString text = PdfTools::text(path("pack.pdf"));
    for (const char* expected :
         {"Dry needling treatment note", "Papers given",
          "After-care advice sheet (template version 1)",
          "After dry needling: looking after yourself", "For Maja Lindqvist", "do not drive",
          "pneumothorax", "emergency department", "Letter to the GP or referrer",
          "Dr Bailey, Laurel Bank Surgery", "Registration: PH123456"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_GE(PdfTools::pages(path("pack.pdf")), 3);

    auto kept = services.documents().documentsOfSession(visit.id, alex);
    ASSERT_TRUE(kept.ok());
    ASSERT_EQ(kept->size(), 2u) << "the letter, then the sheet the pack printed";
    EXPECT_EQ(kept->back().kind, DocumentKind::AftercareAdvice);
    EXPECT_EQ(kept->back().delivery, DocumentDelivery::Pdf);
    EXPECT_EQ(kept->back().templateVersion, 1);
}

TEST_F(DocumentsUiTest, the_note_on_screen_lists_the_sheet_given_for_it_with_its_version)
{
    const Session visit = signedVisit(QStringLiteral("Haddad"), QStringLiteral("Hamza"));
    ASSERT_TRUE(visit.isStored());
    std::unique_ptr<SessionWindow> window(SessionWindow::openExisting(asAlex, visit.id));
    ASSERT_NE(window, nullptr);
    auto* papers = window->findChild<QLabel*>(QStringLiteral("papersGivenLabel"));
    ASSERT_NE(papers, nullptr);
    EXPECT_TRUE(papers->text().contains(QStringLiteral("none yet")));
    ASSERT_TRUE(SessionDocuments(asAlex).exportPackPdf(visit.id, path("pack.pdf")).ok());
    EXPECT_TRUE(
        papers->text().contains(QStringLiteral("After-care advice sheet, version 1, saved as PDF")))
        << papers->text().toStdString();
    EXPECT_TRUE(papers->text().contains(alex.displayName));
}

TEST_F(DocumentsUiTest, a_name_with_markup_prints_literally_on_the_advice_sheet)
{
    const Session visit = signedVisit(QStringLiteral("<b>Tag</b>"), QStringLiteral("*Bold*"));
    ASSERT_TRUE(visit.isStored());
    auto sheet = SessionDocuments(asAlex).aftercareFor(visit.id);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    ASSERT_TRUE(DocumentRenderer(*sheet).exportPdf(path("sheet.pdf")).ok());
    const QString text = PdfTools::text(path("sheet.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("For *Bold* <b>Tag</b>, treated on")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("template version 1")));
}

TEST_F(DocumentsUiTest, a_letter_is_written_changed_sent_and_kept_as_sent_on_the_record)
{
    const Session visit = signedVisit(QStringLiteral("Okafor"), QStringLiteral("Ben"));
    ASSERT_TRUE(visit.isStored());
    PatientDocumentsPanel panel(asAlex);
    panel.showPatient(visit.patientId);
    EXPECT_EQ(panel.model()->rowCount(), 0);

    LetterDialog* dialog = panel.writeLetter();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->recipientEdit()->text(), QStringLiteral("Dr Bailey, Laurel Bank Surgery"))
        << "to the patient's referrer unless changed";
    EXPECT_TRUE(dialog->textEdit()->toPlainText().contains(QStringLiteral("Ben Okafor")));
    EXPECT_TRUE(MarkdownTemplate::fieldsIn(dialog->textEdit()->toPlainText()).isEmpty());
    EXPECT_TRUE(dialog->preview()->toPlainText().contains(QStringLiteral("Ben Okafor")))
        << "the page beside the text";

    dialog->recipientEdit()->setText(QStringLiteral("Ms K Owusu, Harbour Orthopaedics"));
    Q_EMIT dialog->recipientEdit()->editingFinished();
    EXPECT_TRUE(dialog->textEdit()->toPlainText().contains(
        QStringLiteral("Ms K Owusu, Harbour Orthopaedics")))
        << "an untouched text takes the new recipient";
    dialog->textEdit()->appendPlainText(QStringLiteral("\nSeen with his wife, who drives him."));
    auto sent = dialog->savePdfTo(path("letter.pdf"));
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    const QString text = PdfTools::text(path("letter.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Ms K Owusu, Harbour Orthopaedics")));
    EXPECT_TRUE(text.contains(QStringLiteral("Seen with his wife, who drives him.")));
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("kept on the patient")));

    ASSERT_EQ(panel.model()->rowCount(), 1) << "the Papers tab hears of it";
    EXPECT_EQ(panel.model()->documents().front().recipient,
              QStringLiteral("Ms K Owusu, Harbour Orthopaedics"));

    // The kept letter is the text as sent, even after the clinic changes its template.
    const User admin = test::signingClinician(services, StaffRole::Admin, QStringLiteral("boss"),
                                              QStringLiteral("Pat Admin"));
    ASSERT_TRUE(services.documents()
                    .saveTemplate(DocumentKind::ReferrerLetter,
                                  QStringLiteral("A new text for {{patient.name}}."), admin)
                    .ok());
    KeptDocumentDialog kept(asAlex, panel.model()->documents().front().id);
    EXPECT_TRUE(kept.view()->toPlainText().contains(QStringLiteral("who drives him")));
    EXPECT_FALSE(kept.view()->toPlainText().contains(QStringLiteral("A new text")));
    delete dialog;
}

TEST_F(DocumentsUiTest, the_discharge_summary_is_offered_and_the_front_desk_gets_no_letter)
{
    const Session visit = signedVisit(QStringLiteral("Varga"), QStringLiteral("Eszter"));
    LetterDialog dialog(asAlex, visit.patientId, 0, nullptr, DocumentKind::DischargeSummary);
    EXPECT_EQ(DocumentKind(dialog.kindBox()->currentData().toInt()),
              DocumentKind::DischargeSummary);
    EXPECT_TRUE(dialog.textEdit()->toPlainText().contains(QStringLiteral("discharged")));
    EXPECT_TRUE(dialog.textEdit()->toPlainText().contains(QStringLiteral("1 session")));

    // Changing the kind after typing asks before the text is replaced.
    dialog.textEdit()->appendPlainText(QStringLiteral("Typed by hand."));
    messages.answer = false;
    dialog.kindBox()->setCurrentIndex(
        dialog.kindBox()->findData(int(DocumentKind::ReferrerLetter)));
    EXPECT_EQ(DocumentKind(dialog.kindBox()->currentData().toInt()), DocumentKind::DischargeSummary)
        << "kept, as the clinician said no";
    EXPECT_TRUE(dialog.textEdit()->toPlainText().contains(QStringLiteral("Typed by hand.")));
    messages.answer = true;
    dialog.kindBox()->setCurrentIndex(
        dialog.kindBox()->findData(int(DocumentKind::ReferrerLetter)));
    EXPECT_FALSE(dialog.textEdit()->toPlainText().contains(QStringLiteral("Typed by hand.")));

    UiContext asDesk = clinic.context(settings, messages, test::frontDeskUser());
    LetterDialog refused(asDesk, visit.patientId, 0);
    EXPECT_TRUE(refused.textEdit()->toPlainText().isEmpty());
    EXPECT_FALSE(refused.statusLabel()->text().isEmpty());
    EXPECT_FALSE(refused.savePdfTo(path("desk.pdf")).ok());
}

} // namespace
} // namespace needlechart
