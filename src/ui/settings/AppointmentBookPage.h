#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QListWidget;
class QTimeEdit;

namespace needlechart {

class ClinicianDialog;
struct UiContext;

// The "Appointment book" tab of ClinicSettingsDialog: the clinic's opening hours and days, its
// clinicians and its rooms. Clinicians and rooms are saved as soon as they are added or
// changed; the hours and days are part of the clinic's profile and are saved with the details
// on the "Clinic" tab (applyHours).
class AppointmentBookPage : public QWidget {
    Q_OBJECT
public:
    // `context` must outlive the page.
    explicit AppointmentBookPage(UiContext& context, QWidget* parent = nullptr);

    // Shows the stored hours and days, and lists the clinicians and rooms.
    void load();
    // Writes the hours and days into `profile` (ClinicService::saveProfile checks them).
    void applyHours(ClinicProfile& profile) const;

    // Adds a clinician (with the login they chart under, if any) who works the days ticked for
    // the clinic, or a room; false, with the reason reported, if refused.
    bool addClinician(const QString& name, const QString& login);
    bool addRoom(const QString& name);
    // Opens ClinicianDialog for the clinician selected in the list; null if none is.
    ClinicianDialog* editClinician();
    // Asks for a new name for the selected room and renames it; nothing changes if none is
    // selected or the person cancels. A refused name is offered again the next time the room
    // is renamed.
    void renameSelectedRoom();
    // Renames the room, or retires it (active false) or brings it back, against the version
    // the list shows; false, with the reason reported, if refused.
    bool updateRoom(qint64 roomId, const QString& name, bool active);

    [[nodiscard]] QTimeEdit* opensEdit() const { return m_opens; }
    [[nodiscard]] QTimeEdit* closesEdit() const { return m_closes; }
    [[nodiscard]] QCheckBox* dayCheck(int isoDay) const { return m_days.value(isoDay - 1); }
    [[nodiscard]] QListWidget* clinicianList() const { return m_clinicians; }
    [[nodiscard]] QListWidget* roomList() const { return m_rooms; }

Q_SIGNALS:
    // What went wrong with the last change, for the dialog to show; empty when it worked.
    void problemChanged(const QString& message);

private:
    void loadStaff();
    [[nodiscard]] Status saveRoom(qint64 roomId, const QString& name, bool active);
    [[nodiscard]] int tickedDays() const;

    UiContext& m_context;
    QTimeEdit* m_opens;
    QTimeEdit* m_closes;
    QList<QCheckBox*> m_days; // Monday first
    QListWidget* m_clinicians;
    QListWidget* m_rooms;
    QHash<qint64, QString> m_unsavedRoomNames; // by room id: names typed but refused
};

} // namespace needlechart
