#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/UiContext.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QSplitter;
class QMenu;
class QTabWidget;
class QUndoGroup;

namespace needlechart {

class AppSettings;
class ChangeNotifier;
class MessagePresenter;
class PatientDetailsPanel;
class PatientDialog;
class RestoreBackupDialog;
class PatientListPanel;
class PatientService;
class AppointmentBookView;
class AppointmentsPage;
class MyDraftsPanel;
class NoteSearchDialog;
class CompareVisitsDialog;
class PatientDocumentsPanel;
class ProgressPanel;
class PatientAppointmentsPanel;
class SessionHistoryPanel;
class ServerStatusBanner;
class IdleWatcher;
class LockScreen;
class SessionWindow;

// Assembles the window: the patient list on the left of a splitter, the selected patient's
// details and their treatment sessions on the right, the menus and the status bar. It holds no
// data of its own; it passes the selected id from the list to the panels and the dialogs, and
// opens a SessionWindow for a new or stored note.
//
// Borrows the context (services, notifier, settings, presenter, user); it must outlive the
// window.
// Geometry, splitter and sort order are restored on construction and saved on close.
//
// Only what the first screen shows is built with the window: the patient list with its first
// page, the details and the patient tab that is current. The other patient tab and the
// Appointments page are built when first shown or asked for (their accessors build them), so
// start-up does not pay for screens nobody has opened yet (docs/performance.md, section 3).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(UiContext& context, QWidget* parent = nullptr);

    [[nodiscard]] PatientListPanel* listPanel() const { return m_listPanel; }
    [[nodiscard]] PatientDetailsPanel* detailsPanel() const { return m_detailsPanel; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }
    // These four build their page first if it has not been shown yet (so calling one only to
    // build it is fine).
    SessionHistoryPanel* historyPanel();
    AppointmentBookView* appointmentBook();
    AppointmentsPage* appointmentsPage();
    PatientAppointmentsPanel* patientAppointments();
    // Shows the patient in the Patients tab (clearing a search that hides them).
    bool showPatient(PatientId id);
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] ServerStatusBanner* serverBanner() const { return m_serverBanner; }

    // Opens a session window on a new draft for the patient, or on a stored note; null (and a
    // message) if it cannot.
    SessionWindow* newSession(PatientId patientId);
    SessionWindow* openSession(SessionId sessionId);
    // The "My drafts" tab's title and colour: how many unsigned notes, and whether any is overdue.
    void showDraftCounts(int drafts, int overdue);
    // Edit > Search notes... (clinicians): the note search window, searching `patientId`'s notes
    // if given (0: the clinician's own, or as last chosen). One window, raised if already open.
    NoteSearchDialog* searchNotes(PatientId patientId = 0);
    // The selected patient's progress tab (clinicians), built on first use; null for others.
    ProgressPanel* progressPanel();
    // The Papers tab (letters and sheets kept), built when first shown; null for non-clinicians.
    PatientDocumentsPanel* papersPanel();
    // Two of the patient's visits side by side (clinicians); null for anyone else.
    CompareVisitsDialog* compareVisits(PatientId patientId);
    // Asks (through the presenter) what the patient said, then records the withdrawal of their
    // consent in force; says why not if the service refuses (none in force, say). False if
    // nothing was withdrawn, the question cancelled included.
    bool withdrawConsent(PatientId patientId);

    // Opens the registration dialog (window-modal, does not block the caller).
    void newPatient();
    // Enter or a double click on a patient in the list: for a clinician, their treatment
    // sessions, with the focus in them (the newest selected, Enter opens it); for the front desk,
    // the edit dialog.
    void openRecord(PatientId id);
    // Opens the edit dialog for `id`, read fresh from the service.
    void editPatient(PatientId id);
    // Writes geometry, splitter and sort order to the settings.
    void saveSettings();
    // File > Connect to clinic server...: the dialog, then an offer to restart on the choice.
    void chooseClinicServer();

    // The idle lock (for a signed-in account; null otherwise): after the clinic's idle minutes
    // the window is covered by the LockScreen, every other window of the application is hidden
    // and every command disabled, and a Lock row is audited.
    [[nodiscard]] IdleWatcher* idleWatcher() const { return m_idle; }
    [[nodiscard]] LockScreen* lockScreen() const { return m_lock; }
    [[nodiscard]] bool isLocked() const { return m_lock != nullptr; }
    void lockNow();
    // The signed-in user's password again: true (and everything as it was) if it is right.
    bool unlockWith(const QString& password);
    // Saves every open note's changes, then asks main() for the sign-in window; stays locked
    // (and says why) if a note cannot be saved.
    void switchUser();
    // File > Restore from Backup…: the dialog, shown (window-modal) on the clinic's folder.
    RestoreBackupDialog* openRestoreDialog();

Q_SIGNALS:
    // The user chose to restart (on another clinic database); main() closes and starts again.
    void restartRequested();
    // File > Sign Out: main() closes the window (drafts saved) and shows the sign-in window.
    void signOutRequested();
    // File > Restore from Backup… prepared `restoredPath` (checked, the current records backed
    // up): main() closes the window, puts it in place of the clinic's file and starts again.
    void restoreRequested(const QString& restoredPath);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void createMenus();
    // File menu: staff accounts (admins), change my password, sign out.
    void createAccountActions(QMenu* fileMenu);
    // Build a patient tab's panel and connect it, for the tab widget to take.
    SessionHistoryPanel* createHistoryPanel();
    PatientAppointmentsPanel* createPatientAppointments();
    void restoreSettings();
    void openDialog(PatientDialog* dialog);
    void showMatchCount(int count);
    void showAbout();
    // File > Print… (Ctrl+P): the treatment note chosen in the Sessions tab, or the day sheet
    // of the day the appointment book shows; otherwise says what can be printed.
    void printShown();
    // Opens a window-modal dialog about patient `id`, made by `make(id, fullName)`.
    template <typename Dialog, typename Make>
    void openPatientDialog(PatientId id, Make make)
    {
        const Result<Patient> patient = m_service.get(id, m_context.user);
        if (!patient.ok())
            return;
        Dialog* dialog = make(id, patient->fullName());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
    }

    UiContext& m_context;
    PatientService& m_service;
    AppSettings& m_settings;
    MessagePresenter& m_messages;

    // Child widgets and actions, owned through the object tree. The history panel, the
    // patient's appointments and the Appointments page stay null until first built.
    PatientListPanel* m_listPanel = nullptr;
    PatientDetailsPanel* m_detailsPanel = nullptr;
    SessionHistoryPanel* m_historyPanel = nullptr;
    AppointmentsPage* m_appointmentsPage = nullptr;
    MyDraftsPanel* m_drafts = nullptr; // clinicians only
    QPointer<NoteSearchDialog> m_noteSearch;
    PatientAppointmentsPanel* m_patientAppointments = nullptr;
    ProgressPanel* m_progress = nullptr; // built when its tab is first shown
    PatientDocumentsPanel* m_papers = nullptr;
    QTabWidget* m_patientTabs = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_splitter = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_wholeRecordAction = nullptr;   // File > Export whole record, with a patient
    QAction* m_exportPatientAction = nullptr; // File > Export patient as FHIR, with a patient
    QUndoGroup* m_undoGroup = nullptr;
    QAction* m_newSessionAction = nullptr;
    ServerStatusBanner* m_serverBanner = nullptr;
    IdleWatcher* m_idle = nullptr;
    LockScreen* m_lock = nullptr;
    // What the lock hid or disabled, to give back on unlocking.
    QList<QPointer<QWidget>> m_hiddenWindows;
    QList<QPointer<QAction>> m_disabledActions;
};

} // namespace needlechart
