#pragma once

#include "needlechart/domain/Patient.h"

#include <QMainWindow>

class QAction;
class QSplitter;

namespace needlechart {

class AppSettings;
class ChangeNotifier;
class MessagePresenter;
class PatientDetailsPanel;
class PatientDialog;
class PatientListPanel;
class PatientService;

// Assembles the window: the patient list on the left of a splitter, the selected patient's
// details and the charting area on the right, the menus and the status bar. It holds no data of
// its own; it passes the selected id from the list to the details panel and to the dialogs.
//
// Does not own the service, notifier, settings or presenter; all must outlive the window.
// Geometry, splitter and sort order are restored on construction and saved on close.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(PatientService& service, ChangeNotifier& notifier, AppSettings& settings,
               MessagePresenter& messages, QWidget* parent = nullptr);

    [[nodiscard]] PatientListPanel* listPanel() const { return m_listPanel; }
    [[nodiscard]] PatientDetailsPanel* detailsPanel() const { return m_detailsPanel; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }

    // Opens the registration dialog (window-modal, does not block the caller).
    void newPatient();
    // Opens the edit dialog for `id`, read fresh from the service.
    void editPatient(PatientId id);
    // Writes geometry, splitter and sort order to the settings.
    void saveSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    [[nodiscard]] QWidget* createChartingArea();
    void restoreSettings();
    void openDialog(PatientDialog* dialog);
    void showMatchCount(int count);
    void showAbout();

    PatientService& m_service;
    AppSettings& m_settings;
    MessagePresenter& m_messages;

    // Child widgets and actions, owned through the object tree.
    PatientListPanel* m_listPanel = nullptr;
    PatientDetailsPanel* m_detailsPanel = nullptr;
    QSplitter* m_splitter = nullptr;
    QAction* m_editAction = nullptr;
};

} // namespace needlechart
