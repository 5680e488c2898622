#include "needlechart/ui/settings/ClinicSettingsDialog.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/LeafletRenderer.h"
#include "needlechart/ui/settings/ClinicianDialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <optional>

namespace needlechart {

ClinicSettingsDialog::ClinicSettingsDialog(UiContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_name(new QLineEdit(this)),
      m_address(new QPlainTextEdit(this)),
      m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_logo(new QLabel(this)),
      m_reviewMonths(new QSpinBox(this)),
      m_leaflet(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)),
      m_versions(new QListWidget(this)),
      m_error(new QLabel(this)),
      m_opens(new QTimeEdit(this)),
      m_closes(new QTimeEdit(this)),
      m_clinicians(new QListWidget(this)),
      m_rooms(new QListWidget(this))
{
    setObjectName(QStringLiteral("clinicSettingsDialog"));
    setWindowTitle(tr("Clinic settings"));
    m_name->setObjectName(QStringLiteral("clinicName"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_reviewMonths->setRange(1, 60);
    m_reviewMonths->setSuffix(tr(" months"));
    m_reviewMonths->setObjectName(QStringLiteral("reviewMonths"));
    m_logo->setMinimumSize(64, 64);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_leaflet->setObjectName(QStringLiteral("leafletMarkdown"));
    m_leaflet->setAccessibleName(tr("Leaflet text (Markdown)"));
    m_preview->setAccessibleName(tr("Leaflet preview"));
    m_versions->setObjectName(QStringLiteral("leafletVersions"));

    // Details tab.
    auto* chooseLogo = new QPushButton(tr("Choose logo\u2026"), this);
    auto* removeLogo = new QPushButton(tr("Remove logo"), this);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch(1);
    auto* saveDetailsButton = new QPushButton(tr("Save details"), this);
    saveDetailsButton->setObjectName(QStringLiteral("saveDetailsButton"));
    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    auto* form = new QFormLayout;
    detailsLayout->addLayout(form);
    detailsLayout->addStretch(1); // extra height below the form, not between its rows
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("Logo"), logoRow);
    form->addRow(tr("Screening &review"), m_reviewMonths);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(saveDetailsButton);
    saveRow->addStretch(1);
    form->addRow(QString(), saveRow);

    // Leaflet tab.
    auto* editors = new QSplitter(Qt::Horizontal, this);
    editors->addWidget(m_leaflet);
    editors->addWidget(m_preview);
    auto* saveLeafletButton = new QPushButton(tr("Save leaflet as new version"), this);
    saveLeafletButton->setObjectName(QStringLiteral("saveLeafletButton"));
    auto* exportButton = new QPushButton(tr("Export selected version as PDF\u2026"), this);
    auto* versionButtons = new QHBoxLayout;
    versionButtons->addWidget(saveLeafletButton);
    versionButtons->addStretch(1);
    versionButtons->addWidget(exportButton);
    auto* leafletTab = new QWidget(this);
    auto* leafletLayout = new QVBoxLayout(leafletTab);
    leafletLayout->addWidget(
        new QLabel(tr("Markdown: # for headings, - for lists, **bold**. {{clinic.name}} and "
                      "{{clinic.phone}} are filled in when printed."),
                   leafletTab));
    leafletLayout->addWidget(editors, 1);
    leafletLayout->addWidget(
        new QLabel(tr("Saved versions (consent records name the one given):"), leafletTab));
    leafletLayout->addWidget(m_versions);
    leafletLayout->addLayout(versionButtons);
    m_versions->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    // Appointment book tab: hours, days, clinicians and rooms.
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
    auto* retireRoomButton = new QPushButton(tr("Retire or bring back"), this);
    retireRoomButton->setToolTip(tr("A retired room is not offered for new bookings; bookings "
                                    "already in it keep it."));
    auto* roomRow = new QHBoxLayout;
    roomRow->addWidget(roomName, 1);
    roomRow->addWidget(addRoomButton);
    roomRow->addWidget(renameRoomButton);
    roomRow->addWidget(retireRoomButton);
    auto* bookTab = new QWidget(this);
    auto* bookForm = new QFormLayout;
    // The rows stay together at the top; spare height goes below them.
    auto* bookLayout = new QVBoxLayout(bookTab);
    bookLayout->addLayout(bookForm);
    bookLayout->addStretch(1);
    bookForm->addRow(tr("Opening hours"), hoursRow);
    bookForm->addRow(tr("Open on"), daysRow);
    bookForm->addRow(
        QString(),
        new QLabel(tr("Hours and days are saved with \u201cSave details\u201d on the Clinic tab."),
                   bookTab));
    bookForm->addRow(tr("Clinicians"), m_clinicians);
    bookForm->addRow(QString(), clinicianRow);
    bookForm->addRow(tr("Rooms"), m_rooms);
    bookForm->addRow(QString(), roomRow);
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
    const auto selectedRoom = [this]() -> std::optional<Room> {
        const QListWidgetItem* item = m_rooms->currentItem();
        if (!item)
            return std::nullopt;
        return Room{item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString(),
                    item->data(Qt::UserRole + 2).toBool()};
    };
    connect(renameRoomButton, &QPushButton::clicked, this, [this, selectedRoom] {
        const auto room = selectedRoom();
        if (!room)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename the room"), tr("New name:"),
                                                   QLineEdit::Normal, room->name, &ok);
        if (ok)
            updateRoom(room->id, name, room->active);
    });
    connect(retireRoomButton, &QPushButton::clicked, this, [this, selectedRoom] {
        if (const auto room = selectedRoom())
            updateRoom(room->id, room->name, !room->active);
    });
    connect(addRoomButton, &QPushButton::clicked, this, [this, roomName] {
        if (addRoom(roomName->text()))
            roomName->clear();
    });

    auto* tabs = new QTabWidget(this);
    tabs->addTab(details, tr("Clinic"));
    tabs->addTab(leafletTab, tr("Leaflet"));
    tabs->addTab(bookTab, tr("Appointment book"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 720);

    if (auto profile = m_context.clinic.profile()) {
        m_name->setText(profile->name);
        m_address->setPlainText(profile->address);
        m_phone->setText(profile->phone);
        m_email->setText(profile->email);
        m_logoPng = profile->logoPng;
        m_reviewMonths->setValue(profile->screeningReviewMonths);
        m_opens->setTime(profile->opensAt);
        m_closes->setTime(profile->closesAt);
        for (int day = 1; day <= 7; ++day)
            m_days.at(day - 1)->setChecked(profile->isOpenOn(day));
    }
    loadStaff();
    showLogo();
    if (auto current = m_context.clinic.currentLeaflet())
        m_leaflet->setPlainText(current->markdown);
    m_preview->setMarkdown(m_leaflet->toPlainText());
    loadVersions();

    connect(m_leaflet, &QPlainTextEdit::textChanged, this,
            [this] { m_preview->setMarkdown(m_leaflet->toPlainText()); });
    connect(saveDetailsButton, &QPushButton::clicked, this, &ClinicSettingsDialog::saveDetails);
    connect(saveLeafletButton, &QPushButton::clicked, this, &ClinicSettingsDialog::saveLeaflet);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose the clinic's logo"), QString(),
                                         tr("Images (*.png *.jpg *.jpeg *.svg)"));
        QImage image;
        if (file.isEmpty() || !image.load(file))
            return;
        image = image.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QBuffer buffer(&m_logoPng);
        m_logoPng.clear();
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        showLogo();
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_versions->currentItem();
        if (!item)
            return;
        const int version = item->data(Qt::UserRole).toInt();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the leaflet as PDF"),
            QDir(folder).filePath(tr("dry-needling-leaflet-v%1.pdf").arg(version)),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            (void)exportVersion(version, path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ClinicSettingsDialog::showLogo()
{
    QPixmap pixmap;
    if (!m_logoPng.isEmpty() && pixmap.loadFromData(m_logoPng))
        m_logo->setPixmap(pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logo->setText(tr("none"));
}

void ClinicSettingsDialog::loadVersions()
{
    m_versions->clear();
    auto versions = m_context.clinic.leafletVersions();
    if (!versions)
        return;
    for (const LeafletVersion& v : *versions) {
        auto* item =
            new QListWidgetItem(tr("Version %1, %2, by %3")
                                    .arg(v.version)
                                    .arg(DateText::formatDateTime(v.createdAt), v.createdBy),
                                m_versions);
        item->setData(Qt::UserRole, v.version);
    }
    m_versions->setCurrentRow(0);
}

bool ClinicSettingsDialog::saveDetails()
{
    ClinicProfile profile;
    profile.name = m_name->text().trimmed();
    profile.address = m_address->toPlainText().trimmed();
    profile.phone = m_phone->text().trimmed();
    profile.email = m_email->text().trimmed();
    profile.logoPng = m_logoPng;
    profile.screeningReviewMonths = m_reviewMonths->value();
    profile.opensAt = m_opens->time();
    profile.closesAt = m_closes->time();
    profile.workingDays = 0;
    for (int day = 1; day <= 7; ++day) {
        if (m_days.at(day - 1)->isChecked())
            profile.workingDays |= 1 << (day - 1);
    }
    if (profile.closesAt <= profile.opensAt) {
        m_error->setText(tr("The clinic must close after it opens."));
        m_error->show();
        return false;
    }
    const Status saved = m_context.clinic.saveProfile(profile, m_context.user);
    m_error->setText(saved.ok() ? QString() : saved.error().message);
    m_error->setVisible(!saved.ok());
    return saved.ok();
}

void ClinicSettingsDialog::loadStaff()
{
    m_clinicians->clear();
    if (auto clinicians = m_context.appointments.clinicians()) {
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
    if (auto rooms = m_context.appointments.rooms()) {
        for (const Room& r : *rooms) {
            auto* item = new QListWidgetItem(
                r.active ? r.name : tr("%1  \u00b7  retired").arg(r.name), m_rooms);
            item->setData(Qt::UserRole, QVariant::fromValue(r.id));
            item->setData(Qt::UserRole + 1, r.name);
            item->setData(Qt::UserRole + 2, r.active);
            if (!r.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
}

bool ClinicSettingsDialog::addClinician(const QString& name, const QString& login)
{
    int days = 0;
    for (int day = 1; day <= 7; ++day) {
        if (m_days.at(day - 1)->isChecked())
            days |= 1 << (day - 1);
    }
    auto added = m_context.appointments.addClinician(
        Clinician{0, name.trimmed(), login.trimmed(), days, true}, m_context.user);
    m_error->setText(added ? QString() : added.error().message);
    m_error->setVisible(!added);
    loadStaff();
    return added.ok();
}

ClinicianDialog* ClinicSettingsDialog::editClinician()
{
    const QListWidgetItem* item = m_clinicians->currentItem();
    if (!item)
        return nullptr;
    const ClinicianId id = item->data(Qt::UserRole).toLongLong();
    auto clinicians = m_context.appointments.clinicians();
    if (!clinicians)
        return nullptr;
    for (const Clinician& c : *clinicians) {
        if (c.id != id)
            continue;
        auto* dialog = new ClinicianDialog(m_context, c, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::accepted, this, &ClinicSettingsDialog::loadStaff);
        dialog->show();
        return dialog;
    }
    return nullptr;
}

bool ClinicSettingsDialog::addRoom(const QString& name)
{
    auto added = m_context.appointments.addRoom(Room{0, name.trimmed(), true}, m_context.user);
    m_error->setText(added ? QString() : added.error().message);
    m_error->setVisible(!added);
    loadStaff();
    return added.ok();
}

bool ClinicSettingsDialog::updateRoom(qint64 roomId, const QString& name, bool active)
{
    const Status saved =
        m_context.appointments.updateRoom(Room{roomId, name.trimmed(), active}, m_context.user);
    m_error->setText(saved.ok() ? QString() : saved.error().message);
    m_error->setVisible(!saved.ok());
    loadStaff();
    return saved.ok();
}

bool ClinicSettingsDialog::saveLeaflet()
{
    auto saved = m_context.clinic.saveLeaflet(m_leaflet->toPlainText(), m_context.user);
    m_error->setText(saved ? QString() : saved.error().message);
    m_error->setVisible(!saved);
    if (saved)
        loadVersions();
    return saved.ok();
}

bool ClinicSettingsDialog::exportVersion(int version, const QString& path)
{
    LeafletContent content;
    auto profile = m_context.clinic.profile();
    auto leaflet = m_context.clinic.leaflet(version);
    if (!profile || !leaflet) {
        m_context.messages.warning(this, tr("Cannot export the leaflet"),
                                   (profile ? leaflet.error() : profile.error()).message);
        return false;
    }
    content.clinic = *profile;
    content.leaflet = *leaflet;
    content.date = m_context.patients.clock().today();
    const Status written = LeafletRenderer(content).exportPdf(path);
    if (!written.ok())
        m_context.messages.warning(this, tr("Cannot export the leaflet"), written.error().message);
    return written.ok();
}

} // namespace needlechart
