#pragma once

#include "needlechart/domain/documents/PatientDocument.h"
#include "needlechart/ui/common/UiContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace needlechart {

class LetterDialog;
class PatientDocumentModel;

// The Papers tab of a patient's record: every letter and after-care sheet kept on it, newest
// first, each openable to read or print again as it was sent; and Write letter… for a new one.
// Reads through DocumentService (clinicians only) and again when a document of the patient is
// kept, here or on another workstation.
class PatientDocumentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PatientDocumentsPanel(UiContext& context, QWidget* parent = nullptr);

    void showPatient(PatientId id);
    [[nodiscard]] PatientDocumentModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    // Opens the letter dialog for the patient (returned for tests).
    LetterDialog* writeLetter();
    // Shows the kept document of `row` as it was sent.
    void openRow(int row);

private:
    void reload();

    UiContext& m_context;
    PatientId m_patientId = 0;
    PatientDocumentModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    QPushButton* m_write;
    QPushButton* m_open;
};

} // namespace needlechart
