#include "settings/AppointmentBookPage.h"

#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/settings/ClinicianDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <optional>

namespace needlechart {
namespace {

// The room behind a row of the room list (see loadStaff for what each row holds).
std::optional<Room> roomOf(const QListWidgetItem* item)
{
    if (!item)
        return std::nullopt;
    Room room;
    room.id = item->data(Qt::UserRole).toLongLong();
    room.name = item->data(Qt::UserRole + 1).toString();
    room.active = item->data(Qt::UserRole + 2).toBool();
    room.rowVersion = item->data(Qt::UserRole + 3).toInt();
    return room;
}

} // namespace

AppointmentBookPage::AppointmentBookPage(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_opens(new QTimeEdit(this)),
      m_closes(new QTimeEdit(this)),
      m_clinicians(new QListWidget(this)),
      m_rooms(new QListWidget(this))
{
    setObjectName(QStringLiteral("appointmentBookPage"));
    m_opens->setDisplayFormat(QStringLiteral("HH:mm"));
    m_closes->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* daysRow = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* check = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        m_days.append(check);
        daysRow->addWidget(check);
    }
    daysRow->addStretch(1);
    auto* hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_opens);
    hoursRow->addWidget(new QLabel(tr("to"), this));
    hoursRow->addWidget(m_closes);
    hoursRow->addStretch(1);
    auto* clinicianName = new QLineEdit(this);
    clinicianName->setPlaceholderText(tr("name"));
    auto* clinicianLogin = new QLineEdit(this);
    clinicianLogin->setPlaceholderText(tr("login they chart under (optional)"));
    auto* addClinicianButton = new QPushButton(tr("Add clinician"), this);
    auto* editClinicianButton = new QPushButton(tr("Edit\u2026"), this);
    editClinicianButton->setObjectName(QStringLiteral("editClinicianButton"));
    editClinicianButton->setToolTip(tr("Working days, login, or stop taking bookings"));
    auto* clinicianRow = new QHBoxLayout;
    clinicianRow->addWidget(clinicianName, 1);
    clinicianRow->addWidget(clinicianLogin, 1);
    clinicianRow->addWidget(addClinicianButton);
    clinicianRow->addWidget(editClinicianButton);
    auto* roomName = new QLineEdit(this);
    roomName->setPlaceholderText(tr("room"));
    auto* addRoomButton = new QPushButton(tr("Add room"), this);
    auto* renameRoomButton = new QPushButton(tr("Rename\u2026"), this);
    renameRoomButton->setObjectName(QStringLiteral("renameRoomButton"));
    auto* retireRoomButton = new QPushButton(tr("Retire or bring back"), this);
    retireRoomButton->setToolTip(tr("A retired room is not offered for new bookings; bookings "
                                    "already in it keep it."));
    auto* roomRow = new QHBoxLayout;
    roomRow->addWidget(roomName, 1);
    roomRow->addWidget(addRoomButton);
    roomRow->addWidget(renameRoomButton);
    roomRow->addWidget(retireRoomButton);
    auto* form = new QFormLayout;
    // The rows stay together at the top; spare height goes below them.
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    form->addRow(tr("Opening hours"), hoursRow);
    form->addRow(tr("Open on"), daysRow);
    form->addRow(
        QString(),
        new QLabel(tr("Hours and days are saved with \u201cSave details\u201d on the Clinic tab."),
                   this));
    form->addRow(tr("Clinicians"), m_clinicians);
    form->addRow(QString(), clinicianRow);
    form->addRow(tr("Rooms"), m_rooms);
    form->addRow(QString(), roomRow);
    m_clinicians->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_rooms->setMaximumHeight(fontMetrics().lineSpacing() * 4);

    connect(addClinicianButton, &QPushButton::clicked, this, [this, clinicianName, clinicianLogin] {
        if (addClinician(clinicianName->text(), clinicianLogin->text())) {
            clinicianName->clear();
            clinicianLogin->clear();
        }
    });
    connect(editClinicianButton, &QPushButton::clicked, this, [this] { editClinician(); });
    connect(m_clinicians, &QListWidget::itemActivated, this, [this] { editClinician(); });
    connect(renameRoomButton, &QPushButton::clicked, this,
            &AppointmentBookPage::renameSelectedRoom);
    connect(retireRoomButton, &QPushButton::clicked, this, [this] {
        if (const auto room = roomOf(m_rooms->currentItem()))
            updateRoom(room->id, room->name, !room->active);
    });
    connect(addRoomButton, &QPushButton::clicked, this, [this, roomName] {
        if (addRoom(roomName->text()))
            roomName->clear();
    });
}

void AppointmentBookPage::load()
{
    if (auto profile = m_context.clinic.profile()) {
        m_opens->setTime(profile->opensAt);
        m_closes->setTime(profile->closesAt);
        for (int day = 1; day <= 7; ++day)
            m_days.at(day - 1)->setChecked(profile->isOpenOn(day));
    }
    loadStaff();
}

int AppointmentBookPage::tickedDays() const
{
    int days = 0;
    for (int day = 1; day <= 7; ++day) {
        if (m_days.at(day - 1)->isChecked())
            days |= 1 << (day - 1);
    }
    return days;
}

void AppointmentBookPage::applyHours(ClinicProfile& profile) const
{
    profile.opensAt = m_opens->time();
    profile.closesAt = m_closes->time();
    profile.workingDays = tickedDays();
}

void AppointmentBookPage::loadStaff()
{
    m_clinicians->clear();
    if (auto clinicians = m_context.appointments.clinicians(m_context.user)) {
        for (const Clinician& c : *clinicians) {
            QStringList days;
            for (int day = 1; day <= 7; ++day) {
                if (c.worksOn(day))
                    days << QLocale().dayName(day, QLocale::ShortFormat);
            }
            QString text = c.login.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.login);
            text += QStringLiteral("  \u00b7  ")
                    + (c.active ? days.join(QStringLiteral(" ")) : tr("no longer takes bookings"));
            auto* item = new QListWidgetItem(text, m_clinicians);
            item->setData(Qt::UserRole, QVariant::fromValue(c.id));
            if (!c.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_rooms->clear();
    if (auto rooms = m_context.appointments.rooms(m_context.user)) {
        for (const Room& r : *rooms) {
            auto* item = new QListWidgetItem(
                r.active ? r.name : tr("%1  \u00b7  retired").arg(r.name), m_rooms);
            item->setData(Qt::UserRole, QVariant::fromValue(r.id));
            item->setData(Qt::UserRole + 1, r.name);
            item->setData(Qt::UserRole + 2, r.active);
            item->setData(Qt::UserRole + 3, r.rowVersion); // a change is saved against it
            if (!r.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
}

bool AppointmentBookPage::addClinician(const QString& name, const QString& login)
{
    auto added = m_context.appointments.addClinician(
        Clinician{0, name.trimmed(), login.trimmed(), tickedDays(), true}, m_context.user);
    Q_EMIT problemChanged(added ? QString() : added.error().message);
    loadStaff();
    return added.ok();
}

ClinicianDialog* AppointmentBookPage::editClinician()
{
    const QListWidgetItem* item = m_clinicians->currentItem();
    if (!item)
        return nullptr;
    const ClinicianId id = item->data(Qt::UserRole).toLongLong();
    auto clinicians = m_context.appointments.clinicians(m_context.user);
    if (!clinicians)
        return nullptr;
    for (const Clinician& c : *clinicians) {
        if (c.id != id)
            continue;
        auto* dialog = new ClinicianDialog(m_context, c, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        // Also after Cancel: a save refused because of a change elsewhere leaves the list
        // showing that change.
        connect(dialog, &QDialog::finished, this, &AppointmentBookPage::loadStaff);
        dialog->show();
        return dialog;
    }
    return nullptr;
}

bool AppointmentBookPage::addRoom(const QString& name)
{
    auto added = m_context.appointments.addRoom(Room{0, name.trimmed(), true}, m_context.user);
    Q_EMIT problemChanged(added ? QString() : added.error().message);
    loadStaff();
    return added.ok();
}

void AppointmentBookPage::renameSelectedRoom()
{
    const auto room = roomOf(m_rooms->currentItem());
    if (!room)
        return;
    const auto name = m_context.messages.askText(this, tr("Rename the room"), tr("New name:"),
                                                 m_unsavedRoomNames.value(room->id, room->name));
    if (!name)
        return;
    const Status saved = saveRoom(room->id, *name, room->active);
    const bool keep = !saved.ok() && !name->trimmed().isEmpty()
                      && (saved.error().code == ErrorCode::Conflict
                          || saved.error().code == ErrorCode::Validation);
    if (!keep) {
        m_unsavedRoomNames.remove(room->id);
        return;
    }
    // The prompt is gone; what was typed comes back the next time this room is renamed.
    m_unsavedRoomNames.insert(room->id, name->trimmed());
    Q_EMIT problemChanged(saved.error().message + QLatin1Char(' ')
                          + tr("Your new name \u201c%1\u201d is kept for when you choose "
                               "Rename\u2026 again.")
                                .arg(name->trimmed()));
}

bool AppointmentBookPage::updateRoom(qint64 roomId, const QString& name, bool active)
{
    return saveRoom(roomId, name, active).ok();
}

Status AppointmentBookPage::saveRoom(qint64 roomId, const QString& name, bool active)
{
    // Saved against the version the list shows (none if it shows no such room), so a change
    // from another workstation in between is refused instead of overwritten.
    Room room;
    for (int row = 0; row < m_rooms->count(); ++row) {
        if (const auto shown = roomOf(m_rooms->item(row)); shown && shown->id == roomId)
            room = *shown;
    }
    room.id = roomId;
    room.name = name.trimmed();
    room.active = active;
    const Status saved = m_context.appointments.updateRoom(room, m_context.user);
    Q_EMIT problemChanged(saved.ok() ? QString() : saved.error().message);
    loadStaff();
    return saved;
}

} // namespace needlechart
