#pragma once

#include "needlechart/domain/documents/PatientDocument.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace needlechart {

// A letter or sheet kept on a patient's record, shown exactly as it was sent (its stored text,
// never the template as it is now), with what it was, to whom, when and by whom; Print again…
// prints that same text (audited as a print, not kept as a new sending).
class KeptDocumentDialog : public QDialog {
    Q_OBJECT
public:
    KeptDocumentDialog(UiContext& context, PatientDocumentId id, QWidget* parent = nullptr);

    [[nodiscard]] const PatientDocument& document() const { return m_document; }
    [[nodiscard]] QTextBrowser* view() const { return m_view; }

private:
    void printAgain();

    UiContext& m_context;
    PatientDocument m_document;
    QString m_patientName;
    QLabel* m_about;
    QTextBrowser* m_view;
};

} // namespace needlechart
