#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/ui/common/UiContext.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace needlechart {

class LeafletButton;
class SessionHistoryModel;

// The selected patient's treatment sessions, newest first, with "New session" and "Open", and an
// alert above them when any session had a serious adverse event. It re-reads when a session of
// that patient changes. The front desk sees a line saying notes
// are for clinicians instead: the service would refuse anyway.
class SessionHistoryPanel : public QWidget {
    Q_OBJECT
public:
    SessionHistoryPanel(UiContext& context, QWidget* parent = nullptr);

    void showPatient(PatientId id);
    // The session chosen in the list; 0 if none is.
    [[nodiscard]] SessionId currentSessionId() const;
    [[nodiscard]] SessionHistoryModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QPushButton* newButton() const { return m_new; }
    [[nodiscard]] QToolButton* leafletButton() const;
    [[nodiscard]] QPushButton* openingsButton() const { return m_openings; }
    [[nodiscard]] QToolButton* searchNotesButton() const { return m_searchNotes; }
    [[nodiscard]] QToolButton* compareButton() const { return m_compare; }

Q_SIGNALS:
    void newSessionRequested(needlechart::PatientId patientId);
    void openSessionRequested(needlechart::SessionId sessionId);
    void screeningRequested(needlechart::PatientId patientId);
    void consentRequested(needlechart::PatientId patientId);
    void withdrawConsentRequested(needlechart::PatientId patientId);
    void searchNotesRequested(needlechart::PatientId patientId);
    void compareVisitsRequested(needlechart::PatientId patientId);

private:
    void reload();
    void openCurrent();

    UiContext& m_context;
    PatientId m_patientId = 0;
    QStackedWidget* m_pages;
    QLabel* m_message;
    QLabel* m_alert; // a serious adverse event in any session
    SessionHistoryModel* m_model;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_screening;
    QPushButton* m_consent;
    QAction* m_withdrawConsent = nullptr; // in m_consent's menu
    QPushButton* m_openings = nullptr;    // who opened this patient's record
    QLabel* m_clearance;                  // may needling be charted, and why not
    LeafletButton* m_leaflet;             // print preview, print, export PDF
    QToolButton* m_searchNotes;           // this patient's notes by their words
    QToolButton* m_compare;               // two visits side by side
};

} // namespace needlechart
