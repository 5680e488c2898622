#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/documents/PatientDocument.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace needlechart {

// Writing a letter about a patient (to the GP or referrer, or the discharge summary): the clinic's
// template filled in from the record (DocumentService::compose), to whom, and the text in Markdown
// for the clinician to read and change, with the page beside it as it will print. Print… and Save
// as PDF… send it; each sending is kept on the patient's record with the text as sent, to whom,
// when and by whom (DocumentService::keep). Nothing is kept until it is sent.
class LetterDialog : public QDialog {
    Q_OBJECT
public:
    LetterDialog(UiContext& context, PatientId patientId, SessionId sessionId,
                 QWidget* parent = nullptr, DocumentKind kind = DocumentKind::ReferrerLetter);

    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }
    [[nodiscard]] QLineEdit* recipientEdit() const { return m_recipient; }
    [[nodiscard]] QPlainTextEdit* textEdit() const { return m_text; }
    [[nodiscard]] QTextBrowser* preview() const { return m_preview; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

    // The letter as it stands in the dialog (kind, recipient, text), not yet kept.
    [[nodiscard]] PatientDocument letter() const;
    // Writes the letter as PDF at `path` and keeps it on the record as sent.
    [[nodiscard]] Result<PatientDocument> savePdfTo(const QString& path);
    // Fills the text in again from the template for the kind and recipient shown.
    void compose();

private:
    void updatePreview();
    void print();
    void savePdf();
    void keep(DocumentDelivery delivery);
    [[nodiscard]] Result<PatientDocument> kept(DocumentDelivery delivery);

    UiContext& m_context;
    PatientId m_patientId;
    SessionId m_sessionId;
    QString m_patientName;
    PatientDocument m_composed; // template version and visit of the text shown
    bool m_composing = false;   // the text is being filled in, not typed
    bool m_textEdited = false;  // typed in since it was last filled in
    QComboBox* m_kind;
    QLineEdit* m_recipient;
    QPlainTextEdit* m_text;
    QTextBrowser* m_preview;
    QLabel* m_status;
    QPushButton* m_print;
    QPushButton* m_pdf;
};

} // namespace needlechart
