#pragma once

#include "needlechart/ui/common/UiContext.h"

#include <QDialog>

class QLabel;

namespace needlechart {

class AppointmentBookPage;
class BackupPage;
class ClinicProfilePage;
class DocumentTemplatesPage;
class LeafletPage;

// The clinic's settings, for clinicians, one page per tab: the clinic's details as the leaflet
// and forms show them (ClinicProfilePage), the leaflet's versions (LeafletPage), and the
// appointment book's hours, clinicians and rooms (AppointmentBookPage), and for admins the
// clinic's backups (BackupPage). Each page loads from
// and saves to the services itself; the dialog puts them together, saves the details (which
// span the first and the last page) and shows what a page reports under the tabs. Nothing
// closes the dialog but Close, so a refused save leaves the form as it was typed.
class ClinicSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClinicSettingsDialog(UiContext& context, QWidget* parent = nullptr);

    // Saves the details ("Save details"): the clinic page's fields with the book page's hours
    // and days. False, with the reason under the tabs, if refused.
    bool saveDetails();

    // The pages are owned by the dialog.
    [[nodiscard]] ClinicProfilePage* profilePage() const { return m_profile; }
    [[nodiscard]] LeafletPage* leafletPage() const { return m_leaflet; }
    [[nodiscard]] AppointmentBookPage* bookPage() const { return m_book; }
    [[nodiscard]] DocumentTemplatesPage* templatesPage() const { return m_templates; }
    // Admins only (Permission::Backups); null for others.
    [[nodiscard]] BackupPage* backupPage() const { return m_backups; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

private:
    ClinicProfilePage* m_profile;
    LeafletPage* m_leaflet;
    AppointmentBookPage* m_book;
    DocumentTemplatesPage* m_templates;
    BackupPage* m_backups = nullptr;
    QLabel* m_error;
};

} // namespace needlechart
