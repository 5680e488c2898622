#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace needlechart {

class NoteSearchModel;

// "Search notes": words in the notes (SessionService::searchNotes), in one patient's notes, the
// clinician's own or everyone's, found as they are typed (accents and case do not matter; each
// word begins a word of the note). The list gives when, whose, by whom and the line where the
// words were found; the pane below shows every matching line of the chosen note with the words
// in bold, read from the search index, so looking through results opens no note. Enter, a
// double-click or Open note opens it (openSessionRequested). A window of its own, not modal.
class NoteSearchDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { Patient, Mine, Everyone };

    explicit NoteSearchDialog(UiContext& context, QWidget* parent = nullptr);

    // Offers `patientId`'s notes as a scope and chooses it.
    void setPatient(PatientId patientId, const QString& name);
    void setScope(Scope scope);
    [[nodiscard]] Scope scope() const;
    // Searches now (as typing does after a pause).
    void search();

    [[nodiscard]] QLineEdit* searchEdit() const { return m_edit; }
    [[nodiscard]] QComboBox* scopeBox() const { return m_scope; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QTextBrowser* preview() const { return m_preview; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }
    [[nodiscard]] QPushButton* openButton() const { return m_open; }
    [[nodiscard]] NoteSearchModel* model() const { return m_model; }

    // Quiet time after a keystroke before searching.
    static constexpr int TypingPauseMs = 250;

Q_SIGNALS:
    void openSessionRequested(needlechart::SessionId sessionId);

private:
    void showPreview();
    void openCurrent();

    UiContext& m_context;
    PatientId m_patientId = 0;
    QLineEdit* m_edit;
    QComboBox* m_scope;
    QLabel* m_summary;
    QTableView* m_table;
    QTextBrowser* m_preview;
    QPushButton* m_open;
    NoteSearchModel* m_model;
    QTimer* m_typingPause;
};

} // namespace needlechart
