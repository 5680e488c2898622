#include "needlechart/ui/mainwindow/MainWindow.h"

#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/backup/BackupService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/accounts/AccountsDialog.h"
#include "needlechart/ui/accounts/ChangePasswordDialog.h"
#include "needlechart/ui/appointments/AppointmentBookView.h"
#include "needlechart/ui/appointments/AppointmentsPage.h"
#include "needlechart/ui/appointments/PatientAppointmentsPanel.h"
#include "needlechart/ui/appointments/TodayPanel.h"
#include "needlechart/ui/audit/AuditViewerDialog.h"
#include "needlechart/ui/common/IdleWatcher.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/consent/ConsentDialog.h"
#include "needlechart/ui/consent/ScreeningDialog.h"
#include "needlechart/ui/documents/PatientDocumentsPanel.h"
#include "needlechart/ui/help/ManualWindow.h"
#include "needlechart/ui/mainwindow/LockScreen.h"
#include "needlechart/ui/mainwindow/ServerStatusBanner.h"
#include "needlechart/ui/outcomes/ProgressPanel.h"
#include "needlechart/ui/paper/AppointmentDocuments.h"
#include "needlechart/ui/paper/SessionDocuments.h"
#include "needlechart/ui/patients/PatientDetailsPanel.h"
#include "needlechart/ui/patients/PatientDialog.h"
#include "needlechart/ui/patients/PatientListModel.h"
#include "needlechart/ui/patients/PatientListPanel.h"
#include "needlechart/ui/session/CompareVisitsDialog.h"
#include "needlechart/ui/session/DraftListModel.h"
#include "needlechart/ui/session/MyDraftsPanel.h"
#include "needlechart/ui/session/NoteSearchDialog.h"
#include "needlechart/ui/session/SessionController.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionHistoryPanel.h"
#include "needlechart/ui/session/SessionWindow.h"
#include "needlechart/ui/settings/AppSettings.h"
#include "needlechart/ui/settings/ClinicServerDialog.h"
#include "needlechart/ui/settings/ClinicSettingsDialog.h"
#include "needlechart/ui/transfer/ImportPatientsWizard.h"

#include "common/FocusOrder.h"
#include "common/StandardShortcuts.h"
#include "common/Theme.h"
#include "settings/RestoreBackupDialog.h"
#include "settings/StartupChoiceMenu.h"
#include "transfer/FhirExportFlow.h"
#include "transfer/WholeRecordFlow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace needlechart {
namespace {

// How long typing must pause before a broad search is counted for the status bar, so each key
// costs one query. Start-up waits as long before counting the whole list, so the first page is
// painted without waiting for a count of every patient.
constexpr int SearchCountDelayMs = 150;

// The tabs, in order. A tab not shown yet holds an empty placeholder until it is built.
enum MainTab { PatientsTab, AppointmentsTab, DraftsTab };
enum PatientTab { SessionsTab, PatientAppointmentsTab, ProgressTab, PapersTab };

// Puts `page` in the place of the placeholder at `index`, with the same title, current if the
// placeholder was. Signals are blocked: this runs from within currentChanged.
void fillPlaceholderTab(QTabWidget* tabs, int index, QWidget* page)
{
    const QSignalBlocker blocker(tabs);
    const bool current = tabs->currentIndex() == index;
    QWidget* placeholder = tabs->widget(index);
    tabs->insertTab(index, page, tabs->tabText(index));
    tabs->removeTab(index + 1);
    placeholder->deleteLater();
    if (current)
        tabs->setCurrentIndex(index);
    // The page joined the window last; Tab still goes where the layout puts it.
    FocusOrder::followLayout(tabs->window());
}

} // namespace

MainWindow::MainWindow(UiContext& context, QWidget* parent)
    : QMainWindow(parent),
      m_context(context),
      m_service(context.patients),
      m_settings(context.settings),
      m_messages(context.messages),
      m_listPanel(new PatientListPanel(context.patients, context.user, context.notifier,
                                       SearchCountDelayMs)),
      m_detailsPanel(new PatientDetailsPanel(context.patients, context.user, context.notifier)),
      m_patientTabs(new QTabWidget),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Which clinic database this window is on, in the title and the status bar.
    setWindowTitle(context.databaseName.isEmpty()
                       ? tr("NeedleChart")
                       : tr("NeedleChart \u2014 %1").arg(context.databaseName));

    auto* rightSide = new QWidget;
    auto* rightLayout = new QVBoxLayout(rightSide);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailsPanel, 2);
    // Sessions and appointments share the lower half, a tab each.
    m_patientTabs->setObjectName(QStringLiteral("patientTabs"));
    // Each role sees the tabs its permissions open (AccessPolicy): the front desk does not chart,
    // so its patient view opens on the bookings; an admin alone sees neither.
    const bool clinical = m_context.user.may(Permission::ClinicalRecord);
    const bool book = m_context.user.may(Permission::AppointmentBook);
    m_patientTabs->addTab(clinical ? createHistoryPanel() : new QWidget, tr("Sessions"));
    m_patientTabs->addTab(clinical || !book ? new QWidget : createPatientAppointments(),
                          tr("Appointments"));
    m_patientTabs->addTab(new QWidget, tr("Progress"));
    m_patientTabs->addTab(new QWidget, tr("Papers"));
    m_patientTabs->setTabVisible(SessionsTab, clinical);
    m_patientTabs->setTabVisible(PatientAppointmentsTab, book);
    m_patientTabs->setTabVisible(ProgressTab, clinical);
    m_patientTabs->setTabVisible(PapersTab, clinical);
    m_patientTabs->setVisible(clinical || book);
    if (!clinical)
        m_patientTabs->setCurrentIndex(PatientAppointmentsTab);
    connect(m_patientTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == SessionsTab)
            historyPanel();
        else if (index == PatientAppointmentsTab)
            patientAppointments();
        else if (index == ProgressTab)
            progressPanel();
        else if (index == PapersTab)
            papersPanel();
    });
    rightLayout->addWidget(m_patientTabs, 3);
    // No fixed minimum: the panels inside (their buttons, in whatever language) set it.

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(rightSide);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setContentsMargins(6, 6, 6, 0);
    // Patients and the appointment book, one tab each: the front desk moves between them all day.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("&Patients"));
    m_tabs->addTab(new QWidget, tr("&Appointments"));
    m_tabs->setTabVisible(AppointmentsTab, book);
    // A clinician's own unsigned notes, oldest first (records are written the same day).
    if (clinical) {
        m_drafts = new MyDraftsPanel(m_context);
        m_tabs->addTab(m_drafts, tr("My &drafts"));
        connect(m_drafts, &MyDraftsPanel::openSessionRequested, this, &MainWindow::openSession);
        connect(m_drafts, &MyDraftsPanel::countsChanged, this, &MainWindow::showDraftCounts);
        showDraftCounts(m_drafts->model()->rowCount(), m_drafts->model()->overdueCount());
    } else {
        m_tabs->addTab(new QWidget, tr("My &drafts"));
        m_tabs->setTabVisible(DraftsTab, false);
    }
    // The status bar speaks of the tab in front: the patient count, or today's bookings; Edit >
    // Undo is the book's while it is in front, and has nothing to undo elsewhere.
    m_undoGroup = new QUndoGroup(this);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == AppointmentsTab) {
            statusBar()->showMessage(tr("Today: %1").arg(appointmentsPage()->today()->summary()));
            m_undoGroup->setActiveStack(&appointmentBook()->undoStack());
        } else {
            m_undoGroup->setActiveStack(nullptr);
            if (index == PatientsTab)
                showMatchCount(m_listPanel->model()->totalCount());
        }
    });
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_serverBanner = new ServerStatusBanner(context.serverLink, context.databaseName);
    centralLayout->addWidget(m_serverBanner);
    centralLayout->addWidget(m_tabs);
    setCentralWidget(central);

    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    if (!context.databaseName.isEmpty()) {
        auto* where =
            new QLabel(context.serverLink ? tr("Clinic server: %1").arg(context.databaseName)
                                          : tr("Clinic file: %1").arg(context.databaseName));
        where->setObjectName(QStringLiteral("databaseNameLabel"));
        statusBar()->addPermanentWidget(where);
    }
    if (context.user.accountId > 0) {
        auto* who = new QLabel(
            tr("Signed in: %1 (%2)").arg(context.user.displayName, context.user.roles.labels()));
        who->setObjectName(QStringLiteral("signedInLabel"));
        statusBar()->addPermanentWidget(who);
    }

    connect(m_listPanel, &PatientListPanel::currentPatientChanged, this, [this](PatientId id) {
        m_detailsPanel->showPatient(id);
        // A tab not built yet shows the patient selected then, when it is built.
        if (m_historyPanel)
            m_historyPanel->showPatient(id);
        if (m_patientAppointments)
            m_patientAppointments->showPatient(id);
        if (m_progress)
            m_progress->showPatient(id);
        if (m_papers)
            m_papers->showPatient(id);
        m_editAction->setEnabled(id > 0);
        if (m_exportPatientAction)
            m_exportPatientAction->setEnabled(id > 0);
        if (m_wholeRecordAction)
            m_wholeRecordAction->setEnabled(id > 0);
        m_newSessionAction->setEnabled(id > 0 && m_context.user.may(Permission::ClinicalRecord));
    });
    connect(m_listPanel, &PatientListPanel::patientActivated, this, &MainWindow::openRecord);
    connect(m_detailsPanel, &PatientDetailsPanel::editRequested, this, &MainWindow::editPatient);
    // Every reload (search, sort, someone's save) recounts; a save's own message follows it.
    connect(m_listPanel->model(), &PatientListModel::totalCountChanged, this,
            &MainWindow::showMatchCount);
    connect(m_listPanel->model(), &PatientListModel::loadFailed, this, [this](const Error& error) {
        // The status bar rather than a dialog: this can repeat on every key typed in search.
        statusBar()->showMessage(tr("The patient list could not be read: %1").arg(error.message));
    });

    restoreSettings();
    if (m_context.user.accountId > 0) {
        // The clinic's idle minutes, read now (a change applies from the next sign-in).
        const auto profile = m_context.clinic.profile();
        m_idle = new IdleWatcher(
            m_context.patients.clock(),
            profile ? profile->idleLockMinutes : ClinicProfile::DefaultIdleLockMinutes, this);
        connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockNow);
        m_idle->start();
    }
    showMatchCount(m_listPanel->model()->totalCount());
    // The first page was read before the connection above existed: a failure then (a damaged
    // or unreadable file) is said in the status bar and, once the window is up, in a box.
    if (const std::optional<Error>& failed = m_listPanel->model()->lastLoadError()) {
        statusBar()->showMessage(tr("The patient list could not be read: %1").arg(failed->message));
        QTimer::singleShot(0, this, [this, message = failed->message] {
            m_context.messages.critical(this, tr("The patient list cannot be read"), message);
        });
    }
    FocusOrder::followLayout(this);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newAction = fileMenu->addAction(tr("&New patient\u2026"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newPatient);
    QAction* printAction = fileMenu->addAction(tr("&Print\u2026"));
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setToolTip(tr("Print the chosen treatment note, or the day sheet of the shown "
                               "day in the appointment book"));
    connect(printAction, &QAction::triggered, this, &MainWindow::printShown);
    fileMenu->addSeparator();
    QAction* clinicAction = fileMenu->addAction(tr("&Clinic settings\u2026"));
    clinicAction->setObjectName(QStringLiteral("clinicSettingsAction"));
    clinicAction->setVisible(m_context.user.may(Permission::ClinicSettings));
    connect(clinicAction, &QAction::triggered, this, [this] {
        auto* dialog = new ClinicSettingsDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
    });
    QAction* importAction = fileMenu->addAction(tr("&Import patients\u2026"));
    importAction->setObjectName(QStringLiteral("importPatientsAction"));
    importAction->setVisible(m_context.user.may(Permission::PatientDetails));
    connect(importAction, &QAction::triggered, this, [this] {
        auto* wizard = new ImportPatientsWizard(m_context, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setWindowModality(Qt::WindowModal);
        wizard->show();
    });
    m_wholeRecordAction = fileMenu->addAction(tr("Export &whole record\u2026"));
    m_wholeRecordAction->setObjectName(QStringLiteral("exportWholeRecordAction"));
    m_wholeRecordAction->setStatusTip(
        tr("Everything held about the patient, as a PDF and as FHIR, in one archive"));
    m_wholeRecordAction->setVisible(m_context.user.may(Permission::ClinicalRecord));
    m_wholeRecordAction->setEnabled(false);
    connect(m_wholeRecordAction, &QAction::triggered, this, [this] {
        WholeRecordFlow::exportRecord(m_context, this, m_listPanel->currentPatientId());
    });
    m_exportPatientAction = fileMenu->addAction(tr("E&xport patient as FHIR\u2026"));
    m_exportPatientAction->setObjectName(QStringLiteral("exportPatientFhirAction"));
    m_exportPatientAction->setVisible(m_context.user.may(Permission::ClinicalRecord));
    m_exportPatientAction->setEnabled(false);
    connect(m_exportPatientAction, &QAction::triggered, this, [this] {
        FhirExportFlow::exportPatient(m_context, this, m_listPanel->currentPatientId());
    });
    QAction* exportClinicAction = fileMenu->addAction(tr("Export c&linic as FHIR\u2026"));
    exportClinicAction->setObjectName(QStringLiteral("exportClinicFhirAction"));
    exportClinicAction->setVisible(m_context.user.may(Permission::Backups));
    connect(exportClinicAction, &QAction::triggered, this,
            [this] { FhirExportFlow::exportClinic(m_context, this); });
    QAction* restoreAction = fileMenu->addAction(tr("&Restore from Backup\u2026"));
    restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    // A clinic server is restored into an empty database by its administrator instead.
    restoreAction->setVisible(m_context.user.may(Permission::Backups) && !m_context.serverLink);
    connect(restoreAction, &QAction::triggered, this, &MainWindow::openRestoreDialog);
    QAction* serverAction = fileMenu->addAction(tr("Connect to Clinic &Server\u2026"));
    serverAction->setObjectName(QStringLiteral("clinicServerAction"));
    connect(serverAction, &QAction::triggered, this, &MainWindow::chooseClinicServer);
    createAccountActions(fileMenu);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"));
    // Spelled out: QKeySequence::Quit is empty on some platforms.
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    // Undo and Redo of whichever tab keeps an undo history (the appointment book's moves).
    QAction* undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    editMenu->addAction(undoAction);
    QAction* redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcuts(StandardShortcuts::redo());
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    m_editAction = editMenu->addAction(tr("&Edit patient\u2026"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setEnabled(false);
    connect(m_editAction, &QAction::triggered, this,
            [this] { editPatient(m_listPanel->currentPatientId()); });
    m_newSessionAction = editMenu->addAction(tr("New &session"));
    m_newSessionAction->setShortcut(StandardShortcuts::newSession());
    m_newSessionAction->setEnabled(false);
    m_newSessionAction->setVisible(m_context.user.may(Permission::ClinicalRecord));
    connect(m_newSessionAction, &QAction::triggered, this,
            [this] { newSession(m_listPanel->currentPatientId()); });
    QAction* findAction = editMenu->addAction(tr("&Find patient"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_listPanel, &PatientListPanel::focusSearch);
    QAction* searchNotesAction = editMenu->addAction(tr("Search &notes\u2026"));
    searchNotesAction->setObjectName(QStringLiteral("searchNotesAction"));
    searchNotesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchNotesAction->setToolTip(tr("Find notes by the words in them, across your patients"));
    searchNotesAction->setVisible(m_context.user.may(Permission::ClinicalRecord));
    connect(searchNotesAction, &QAction::triggered, this, [this] { searchNotes(); });

    QMenu* viewMenu = menuBar()->addMenu(tr("Vie&w"));
    viewMenu->addMenu(StartupChoiceMenu::language(m_settings, m_messages, this));
    viewMenu->addMenu(StartupChoiceMenu::appearance(m_settings, m_messages, this));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* manualAction = helpMenu->addAction(tr("&Manual"));
    manualAction->setObjectName(QStringLiteral("manualAction"));
    manualAction->setShortcut(QKeySequence::HelpContents);
    connect(manualAction, &QAction::triggered, this, [this] { ManualWindow::showPage(this); });
    helpMenu->addSeparator();
    QAction* aboutAction = helpMenu->addAction(tr("&About NeedleChart"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::createAccountActions(QMenu* fileMenu)
{
    if (m_context.user.accountId <= 0)
        return; // a window for a test or tool without accounts
    fileMenu->addSeparator();
    QAction* accountsAction = fileMenu->addAction(tr("Staff &Accounts\u2026"));
    accountsAction->setObjectName(QStringLiteral("staffAccountsAction"));
    accountsAction->setVisible(m_context.user.may(Permission::StaffAccounts));
    connect(accountsAction, &QAction::triggered, this, [this] {
        auto* dialog = new AccountsDialog(m_context.accounts, m_context.patients.clock(),
                                          m_messages, m_context.user, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
    });
    QAction* auditAction = fileMenu->addAction(tr("Audit &Trail\u2026"));
    auditAction->setObjectName(QStringLiteral("auditTrailAction"));
    auditAction->setVisible(m_context.user.may(Permission::AuditReading));
    connect(auditAction, &QAction::triggered, this, [this] {
        auto* dialog =
            new AuditViewerDialog(m_context.audit, m_context.accounts, m_context.patients,
                                  m_context.patients.clock(), m_messages, m_context.user, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
    });
    QAction* passwordAction = fileMenu->addAction(tr("Change My &Password\u2026"));
    passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    connect(passwordAction, &QAction::triggered, this, [this] {
        auto* dialog = new ChangePasswordDialog(m_context.accounts, m_context.user, false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::accepted, this,
                [this] { statusBar()->showMessage(tr("Your password was changed."), 5000); });
        dialog->show();
    });
    QAction* signOutAction = fileMenu->addAction(tr("Sign &Out"));
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
}

RestoreBackupDialog* MainWindow::openRestoreDialog()
{
    auto overview = m_context.backups.overview();
    auto* dialog =
        new RestoreBackupDialog(m_context, overview ? overview->settings.folder : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT restoreRequested(dialog->restoredPath()); });
    dialog->show();
    return dialog;
}

SessionHistoryPanel* MainWindow::historyPanel()
{
    if (!m_historyPanel)
        fillPlaceholderTab(m_patientTabs, SessionsTab, createHistoryPanel());
    return m_historyPanel;
}

SessionHistoryPanel* MainWindow::createHistoryPanel()
{
    m_historyPanel = new SessionHistoryPanel(m_context);
    connect(m_historyPanel, &SessionHistoryPanel::newSessionRequested, this,
            &MainWindow::newSession);
    connect(m_historyPanel, &SessionHistoryPanel::openSessionRequested, this,
            &MainWindow::openSession);
    connect(m_historyPanel, &SessionHistoryPanel::screeningRequested, this, [this](PatientId id) {
        openPatientDialog<ScreeningDialog>(id, [this](PatientId patientId, const QString& name) {
            return new ScreeningDialog(m_context.consent, patientId, name, m_context.user, this);
        });
    });
    connect(m_historyPanel, &SessionHistoryPanel::withdrawConsentRequested, this,
            &MainWindow::withdrawConsent);
    connect(m_historyPanel, &SessionHistoryPanel::searchNotesRequested, this,
            [this](PatientId id) { searchNotes(id); });
    connect(m_historyPanel, &SessionHistoryPanel::compareVisitsRequested, this,
            [this](PatientId id) { compareVisits(id); });
    connect(m_historyPanel, &SessionHistoryPanel::consentRequested, this, [this](PatientId id) {
        openPatientDialog<ConsentDialog>(id, [this](PatientId patientId, const QString& name) {
            return new ConsentDialog(m_context.consent, m_context.clinic, patientId, name,
                                     m_context.user, this);
        });
    });
    if (const PatientId id = m_listPanel->currentPatientId(); id > 0)
        m_historyPanel->showPatient(id);
    return m_historyPanel;
}

PatientDocumentsPanel* MainWindow::papersPanel()
{
    if (!m_context.user.may(Permission::ClinicalRecord))
        return nullptr;
    if (!m_papers) {
        m_papers = new PatientDocumentsPanel(m_context);
        fillPlaceholderTab(m_patientTabs, PapersTab, m_papers);
        m_papers->showPatient(m_listPanel->currentPatientId());
    }
    return m_papers;
}

ProgressPanel* MainWindow::progressPanel()
{
    if (!m_context.user.may(Permission::ClinicalRecord))
        return nullptr;
    if (!m_progress) {
        m_progress = new ProgressPanel(m_context);
        fillPlaceholderTab(m_patientTabs, ProgressTab, m_progress);
        m_progress->showPatient(m_listPanel->currentPatientId());
    }
    return m_progress;
}

PatientAppointmentsPanel* MainWindow::patientAppointments()
{
    if (!m_patientAppointments)
        fillPlaceholderTab(m_patientTabs, PatientAppointmentsTab, createPatientAppointments());
    return m_patientAppointments;
}

PatientAppointmentsPanel* MainWindow::createPatientAppointments()
{
    m_patientAppointments = new PatientAppointmentsPanel(m_context);
    // Opening a booking needs the book (its clinicians, and the parent of the dialog).
    connect(m_patientAppointments, &PatientAppointmentsPanel::openRequested, this,
            [this](const Appointment& appointment) { appointmentBook()->open(appointment); });
    if (const PatientId id = m_listPanel->currentPatientId(); id > 0)
        m_patientAppointments->showPatient(id);
    return m_patientAppointments;
}

AppointmentsPage* MainWindow::appointmentsPage()
{
    if (m_appointmentsPage)
        return m_appointmentsPage;
    m_appointmentsPage = new AppointmentsPage(m_context);
    m_appointmentsPage->book()->leaveUndoKeysToWindow();
    m_undoGroup->addStack(&m_appointmentsPage->book()->undoStack());
    fillPlaceholderTab(m_tabs, AppointmentsTab, m_appointmentsPage);
    connect(m_appointmentsPage, &AppointmentsPage::patientRequested, this,
            &MainWindow::showPatient);
    return m_appointmentsPage;
}

AppointmentBookView* MainWindow::appointmentBook()
{
    return appointmentsPage()->book();
}

bool MainWindow::showPatient(PatientId id)
{
    m_tabs->setCurrentWidget(m_splitter);
    return m_listPanel->revealPatient(id);
}

bool MainWindow::withdrawConsent(PatientId patientId)
{
    // Said before anyone is asked for a reason: there may be nothing to withdraw.
    if (auto clearance = m_context.consent.clearance(patientId, m_context.user);
        clearance && !clearance->hasConsentInForce()) {
        m_messages.information(this, tr("Withdraw consent"),
                               tr("This patient has no consent in force to withdraw."));
        return false;
    }
    const std::optional<QString> note =
        m_messages.askReason(this, tr("Withdraw consent"),
                             tr("The patient withdraws consent to dry needling. What did they "
                                "say? (recorded with your name and the time)"),
                             tr("&Withdraw consent"), tr("&Keep the consent"));
    if (!note)
        return false;
    // Which consent is in force is the service's rule; the window only says how it went.
    auto withdrawn = m_context.consent.withdrawConsentInForce(patientId, *note, m_context.user);
    if (!withdrawn) {
        m_messages.warning(this, tr("Cannot withdraw consent"), withdrawn.error().message);
        return false;
    }
    statusBar()->showMessage(
        tr("Consent withdrawn. Needling cannot be charted until consent is given again."));
    return true;
}

SessionWindow* MainWindow::newSession(PatientId patientId)
{
    SessionWindow* window = SessionWindow::openNew(m_context, patientId, this);
    if (window) {
        window->setWindowFlag(Qt::Window);
        window->show();
        window->reviewSafetyFirst(); // consent and screening first, when they need a look
    }
    return window;
}

void MainWindow::showDraftCounts(int drafts, int overdue)
{
    m_tabs->setTabText(DraftsTab,
                       drafts == 0 ? tr("My &drafts") : tr("My &drafts (%1)").arg(drafts));
    m_tabs->setTabToolTip(DraftsTab, overdue > 0
                                         ? tr("%1 of your notes were not signed on the day of "
                                              "treatment.")
                                               .arg(overdue)
                                         : tr("Your unsigned notes, oldest first."));
    m_tabs->tabBar()->setTabTextColor(DraftsTab, overdue > 0 ? Theme::color(Theme::Role::ErrorText)
                                                             : QColor());
}

SessionWindow* MainWindow::openSession(SessionId sessionId)
{
    SessionWindow* window = SessionWindow::openExisting(m_context, sessionId, this);
    if (window) {
        window->setWindowFlag(Qt::Window);
        window->show();
    }
    return window;
}

NoteSearchDialog* MainWindow::searchNotes(PatientId patientId)
{
    if (!m_context.user.may(Permission::ClinicalRecord))
        return nullptr;
    if (!m_noteSearch) {
        m_noteSearch = new NoteSearchDialog(m_context, this);
        m_noteSearch->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_noteSearch, &NoteSearchDialog::openSessionRequested, this,
                &MainWindow::openSession);
    }
    if (patientId > 0) {
        const Result<Patient> patient = m_service.get(patientId, m_context.user);
        if (patient.ok())
            m_noteSearch->setPatient(patientId, patient->fullName());
    }
    m_noteSearch->show();
    m_noteSearch->raise();
    m_noteSearch->activateWindow();
    m_noteSearch->searchEdit()->setFocus();
    m_noteSearch->searchEdit()->selectAll();
    return m_noteSearch;
}

CompareVisitsDialog* MainWindow::compareVisits(PatientId patientId)
{
    if (!m_context.user.may(Permission::ClinicalRecord) || patientId <= 0)
        return nullptr;
    const Result<Patient> patient = m_service.get(patientId, m_context.user);
    if (!patient) {
        m_messages.warning(this, tr("Compare visits"), patient.error().message);
        return nullptr;
    }
    auto* dialog = new CompareVisitsDialog(m_context, patientId, patient->fullName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::newPatient()
{
    openDialog(new PatientDialog(m_service, m_context.user, m_messages, this));
}

void MainWindow::openRecord(PatientId id)
{
    // The front desk's record of a patient is their registration; a clinician's is the notes.
    if (id <= 0 || !m_context.user.may(Permission::ClinicalRecord)) {
        editPatient(id);
        return;
    }
    m_listPanel->revealPatient(id);
    SessionHistoryPanel* history = historyPanel();
    m_patientTabs->setCurrentIndex(SessionsTab);
    QTableView* sessions = history->table();
    if (sessions->isVisibleTo(history) && sessions->model()->rowCount() > 0) {
        if (!sessions->currentIndex().isValid())
            sessions->selectRow(0);
        sessions->setFocus(Qt::OtherFocusReason); // Enter again opens the selected session
    } else if (history->newButton()->isEnabled()) {
        history->newButton()->setFocus(Qt::OtherFocusReason); // no notes yet: Enter starts one
    }
}

void MainWindow::editPatient(PatientId id)
{
    if (id <= 0)
        return;
    const Result<Patient> patient = m_service.get(id, m_context.user);
    if (!patient.ok()) {
        m_messages.critical(this, tr("Cannot open patient"), patient.error().message);
        return;
    }
    auto* dialog = new PatientDialog(m_service, m_context.user, m_messages, this);
    dialog->setPatient(patient.value());
    openDialog(dialog);
}

void MainWindow::openDialog(PatientDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PatientDialog::patientSaved, this,
            [this](const Patient& patient, bool created) {
                statusBar()->showMessage(created ? tr("Registered patient #%1").arg(patient.id)
                                                 : tr("Saved patient #%1").arg(patient.id));
                // Selected even when the search typed before registering hides them.
                m_listPanel->revealPatient(patient.id);
            });
    connect(dialog, &PatientDialog::registeredPatientChosen, this,
            [this](PatientId id) { m_listPanel->revealPatient(id); });
    dialog->open();
}

void MainWindow::showMatchCount(int count)
{
    if (m_tabs && m_tabs->currentIndex() != PatientsTab)
        return; // the patient list's count is said when its tab is in front again
    const bool searching = !m_listPanel->model()->searchText().trimmed().isEmpty();
    const int loaded = m_listPanel->model()->rowCount();
    // Spelled out per count rather than with %n so English reads right without a translation.
    QString message;
    if (count == PatientListModel::CountPending)
        message = searching ? tr("At least %L1 patients match; counting\u2026").arg(loaded)
                            : tr("At least %L1 patients; counting\u2026").arg(loaded);
    else if (!searching)
        message = count == 1 ? tr("1 patient") : tr("%L1 patients").arg(count);
    else if (count == 0)
        message = tr("No patients match");
    else
        message = count == 1 ? tr("1 patient matches") : tr("%L1 patients match").arg(count);
    statusBar()->showMessage(message);
}

void MainWindow::chooseClinicServer()
{
    auto* dialog = new ClinicServerDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        const QString server = m_settings.clinicServer();
        const QString where =
            server.isEmpty() ? tr("the clinic file on this computer") : tr("the clinic server");
        if (m_messages.question(this, tr("Restart NeedleChart?"),
                                tr("NeedleChart opens %1 when it starts again. Restart now? "
                                   "Open notes are saved as drafts first, as on quitting.")
                                    .arg(where)))
            Q_EMIT restartRequested();
    });
    dialog->show();
}

void MainWindow::printShown()
{
    if (m_tabs->currentIndex() == AppointmentsTab) {
        AppointmentDocuments(m_context).printDaySheet(appointmentBook()->day(), this);
        return;
    }
    const bool sessionsShown = m_tabs->currentIndex() == PatientsTab && m_historyPanel
                               && m_patientTabs->currentIndex() == SessionsTab;
    if (const SessionId session = sessionsShown ? m_historyPanel->currentSessionId() : 0;
        session > 0) {
        SessionDocuments(m_context).printSummary(session, this);
        return;
    }
    m_messages.information(
        this, tr("Print"),
        m_context.user.may(Permission::ClinicalRecord)
            ? tr("Choose a treatment note in the patient's Sessions tab to print it, or open "
                 "the Appointments tab to print the day sheet of the day shown.")
            : tr("Open the Appointments tab to print the day sheet of the day shown."));
}

void MainWindow::showAbout()
{
    m_messages.information(this, tr("About NeedleChart"),
                           tr("NeedleChart %1\n\nCharting of trigger-point dry needling for "
                              "physiotherapy clinics.")
                               .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        const QSize available = screen()->availableSize();
        resize(QSize(1200, 760).boundedTo(available * 0.9));
    }
    restoreState(m_settings.mainWindowState());
    if (!m_splitter->restoreState(m_settings.mainSplitterState()))
        m_splitter->setSizes({700, 500});
    m_listPanel->setSort(m_settings.patientListSortColumn(), m_settings.patientListSortOrder());
}

void MainWindow::saveSettings()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setMainSplitterState(m_splitter->saveState());
    m_settings.setPatientListSortColumn(m_listPanel->sortColumn());
    m_settings.setPatientListSortOrder(m_listPanel->sortOrder());
    m_settings.sync();
}

void MainWindow::lockNow()
{
    if (m_lock)
        return;
    m_context.accounts.recordScreenLocked(m_context.user);
    // Nothing of the record stays on screen: the other windows go, the commands stop.
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window == this || !window->isVisible())
            continue;
        const Qt::WindowType type = window->windowType();
        if (type != Qt::Window && type != Qt::Dialog)
            continue;
        m_hiddenWindows.append(window);
        window->hide();
    }
    for (QAction* action : findChildren<QAction*>()) {
        if (action->isEnabled()) {
            m_disabledActions.append(action);
            action->setEnabled(false);
        }
    }
    m_lock = new LockScreen(m_context.user.displayName, this);
    m_lock->setGeometry(rect());
    m_lock->show();
    m_lock->raise();
    m_lock->passwordEdit()->setFocus();
    connect(m_lock, &LockScreen::unlockRequested, this, &MainWindow::unlockWith);
    connect(m_lock, &LockScreen::switchUserRequested, this, &MainWindow::switchUser);
    setWindowTitle(tr("NeedleChart \u2014 locked"));
}

bool MainWindow::unlockWith(const QString& password)
{
    if (!m_lock)
        return true;
    if (Status confirmed = m_context.accounts.confirmPassword(m_context.user, password);
        !confirmed) {
        m_lock->showError(confirmed.error().message);
        return false;
    }
    m_lock->deleteLater();
    m_lock = nullptr;
    for (const QPointer<QAction>& action : std::as_const(m_disabledActions)) {
        if (action)
            action->setEnabled(true);
    }
    m_disabledActions.clear();
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenWindows)) {
        if (window)
            window->show();
    }
    m_hiddenWindows.clear();
    setWindowTitle(m_context.databaseName.isEmpty()
                       ? tr("NeedleChart")
                       : tr("NeedleChart \u2014 %1").arg(m_context.databaseName));
    if (m_idle)
        m_idle->resume();
    return true;
}

void MainWindow::switchUser()
{
    // The open notes first: the next person signs in to the same database.
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenWindows)) {
        auto* session = qobject_cast<SessionWindow*>(window.data());
        if (!session || !session->editor().hasUnsavedChanges())
            continue;
        if (!session->controller().saveDraft()) {
            if (m_lock)
                m_lock->showError(tr("An open note could not be saved, so nobody else can sign "
                                     "in yet. Unlock to see why."));
            return;
        }
    }
    Q_EMIT signOutRequested();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (m_lock)
        m_lock->setGeometry(rect());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace needlechart
