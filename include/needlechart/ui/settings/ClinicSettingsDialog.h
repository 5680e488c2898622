#pragma once

#include "needlechart/ui/common/UiContext.h"

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QCheckBox;
class QTextBrowser;
class QTimeEdit;

namespace needlechart {

class ClinicianDialog;

// The clinic's settings, for clinicians: on one tab its details as the leaflet and forms show
// them (name, address, phone, e-mail, logo) and how long a precaution screening stays current;
// on the other the leaflet's text in Markdown beside a preview, with every saved version listed
// and printable. Saving a changed text stores a new version; nothing older is lost.
class ClinicSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClinicSettingsDialog(UiContext& context, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QSpinBox* reviewMonthsSpin() const { return m_reviewMonths; }
    [[nodiscard]] QPlainTextEdit* leafletEdit() const { return m_leaflet; }
    [[nodiscard]] QListWidget* versionList() const { return m_versions; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QTimeEdit* opensEdit() const { return m_opens; }
    [[nodiscard]] QTimeEdit* closesEdit() const { return m_closes; }
    [[nodiscard]] QCheckBox* dayCheck(int isoDay) const { return m_days.value(isoDay - 1); }
    [[nodiscard]] QListWidget* clinicianList() const { return m_clinicians; }
    // Adds a clinician (with the login they chart under, if any) or a room to the appointment book.
    bool addClinician(const QString& name, const QString& login);
    // Opens ClinicianDialog for the clinician selected in the list; null if none is.
    ClinicianDialog* editClinician();
    bool addRoom(const QString& name);
    // Renames the room, or retires it (active false) or brings it back; false, with the reason
    // under the form, if refused.
    bool updateRoom(qint64 roomId, const QString& name, bool active);
    [[nodiscard]] QListWidget* roomList() const { return m_rooms; }

    // Saves the details ("Save details"); false and a message if refused.
    bool saveDetails();
    // Saves the leaflet text as a new version ("Save leaflet as new version").
    bool saveLeaflet();
    // Writes version `version` of the leaflet to `path` as a blank copy.
    [[nodiscard]] bool exportVersion(int version, const QString& path);

private:
    void loadVersions();
    void loadStaff();
    void showLogo();

    UiContext& m_context;
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_logo;
    QByteArray m_logoPng;
    QSpinBox* m_reviewMonths;
    QPlainTextEdit* m_leaflet;
    QTextBrowser* m_preview;
    QListWidget* m_versions;
    QLabel* m_error;
    QTimeEdit* m_opens;
    QTimeEdit* m_closes;
    QList<QCheckBox*> m_days; // Monday first
    QListWidget* m_clinicians;
    QListWidget* m_rooms;
};

} // namespace needlechart
