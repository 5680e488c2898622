#pragma once

#include "needlechart/domain/documents/DocumentKind.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace needlechart {

using PatientDocumentId = qint64;

// How a document left the clinic.
enum class DocumentDelivery { Printed, Pdf };

template <>
struct EnumText<DocumentDelivery> {
    static constexpr const char* Context = "DocumentDelivery";
    static constexpr std::array Entries{
        EnumEntry<DocumentDelivery>{DocumentDelivery::Printed, "printed",
                                    QT_TRANSLATE_NOOP("DocumentDelivery", "Printed")},
        EnumEntry<DocumentDelivery>{DocumentDelivery::Pdf, "pdf",
                                    QT_TRANSLATE_NOOP("DocumentDelivery", "Saved as PDF")},
    };
};

// How it went out, inside a sentence: "printed", "saved as PDF".
[[nodiscard]] inline QString deliveryPhrase(DocumentDelivery delivery)
{
    return delivery == DocumentDelivery::Printed
               ? QCoreApplication::translate("DocumentDelivery", "printed")
               : QCoreApplication::translate("DocumentDelivery", "saved as PDF");
}

// A document as it was given to the patient or sent to someone, kept on the patient's record:
// what kind, from which template version, to whom, the text exactly as it went out (Markdown with
// the fields filled in), when and by whom. Never changed once stored; a corrected letter is a
// new one. A plain value.
struct PatientDocument {
    static constexpr int MaxRecipientLength = 300;
    static constexpr int MaxTitleLength = 200;

    PatientDocumentId id = 0; // 0 until stored
    PatientId patientId = 0;
    SessionId sessionId = 0; // the visit it was written for; 0 for none
    DocumentKind kind = DocumentKind::AftercareAdvice;
    int templateVersion = 0;
    QString recipient; // to whom ("Dr A Patel, Riverside Surgery"); the patient for a sheet
    QString title;
    QString markdown; // the text as given
    DocumentDelivery delivery = DocumentDelivery::Printed;
    QDateTime createdAt; // UTC; set when stored
    QString createdBy;   // display name
    qint64 createdByAccountId = 0;

    friend bool operator==(const PatientDocument&, const PatientDocument&) = default;
};

} // namespace needlechart
