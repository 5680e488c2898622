#include "needlechart/ui/appointments/AppointmentDialog.h"

#include "needlechart/domain/appointments/AppointmentRules.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/appointments/BookingQuestions.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include "common/CharacterCounter.h"
#include "common/ErrorLabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace needlechart {

AppointmentDialog::AppointmentDialog(UiContext& context, AppointmentService& service,
                                     std::vector<Clinician> clinicians, Appointment appointment,
                                     QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_service(service),
      m_appointment(std::move(appointment)),
      m_search(new QLineEdit(this)),
      m_matches(new QListWidget(this)),
      m_patient(new QLabel(this)),
      m_clinician(new QComboBox(this)),
      m_room(new QComboBox(this)),
      m_start(new QDateTimeEdit(this)),
      m_duration(new QSpinBox(this)),
      m_type(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)),
      m_error(ErrorLabel::create(this))
{
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(m_appointment.isStored() ? tr("Change the appointment")
                                            : tr("Book an appointment"));
    m_search->setObjectName(QStringLiteral("appointmentPatientSearch"));
    m_search->setPlaceholderText(tr("Name, phone or date of birth"));
    m_search->setAccessibleName(tr("Find the patient"));
    m_search->installEventFilter(this);
    m_matches->setObjectName(QStringLiteral("appointmentPatientMatches"));
    m_matches->setAccessibleName(tr("Patients matching the search"));
    m_matches->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_matches->installEventFilter(this);
    m_patient->setObjectName(QStringLiteral("appointmentPatient"));
    m_patient->setTextFormat(Qt::PlainText);
    m_patient->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont chosenFont = m_patient->font();
    chosenFont.setBold(true);
    m_patient->setFont(chosenFont);
    for (const Clinician& c : clinicians) {
        if (c.active || c.id == m_appointment.clinicianId)
            m_clinician->addItem(c.name, c.id);
    }
    // A booking proposed for nobody in particular shows an empty choice, never a guess.
    m_clinician->setPlaceholderText(tr("Choose the clinician"));
    m_clinician->setCurrentIndex(m_clinician->findData(m_appointment.clinicianId));
    m_clinician->setObjectName(QStringLiteral("appointmentClinician"));
    m_room->setObjectName(QStringLiteral("appointmentRoom"));
    m_room->addItem(tr("No room"), RoomId(0));
    if (auto rooms = m_service.rooms(m_context.user)) {
        for (const Room& r : *rooms) {
            if (r.active || r.id == m_appointment.roomId)
                m_room->addItem(r.name, r.id);
        }
    }
    m_room->setCurrentIndex(std::max(0, m_room->findData(m_appointment.roomId)));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(DateText::dateTimeEditFormat());
    m_start->setDateTime(m_appointment.start.isValid()
                             ? m_appointment.start.toLocalTime()
                             : m_context.patients.clock().nowUtc().toLocalTime());
    m_duration->setRange(5, 480);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(m_appointment.durationMinutes);
    for (AppointmentType type : enumValues<AppointmentType>())
        m_type->addItem(enumLabel(type), enumKey(type));
    m_type->setCurrentIndex(m_type->findData(enumKey(m_appointment.type)));
    m_note->setObjectName(QStringLiteral("appointmentNote"));
    m_note->setPlainText(m_appointment.note);
    CharacterCounter::attach(m_note, AppointmentRules::MaxNoteLength);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 3);
    m_error->setObjectName(QStringLiteral("appointmentError"));

    if (m_appointment.patientId > 0) {
        if (auto patient = m_context.patients.get(m_appointment.patientId, m_context.user))
            m_patient->setText(patient->isolatedDisplayName());
    } else {
        m_patient->setText(tr("No patient chosen yet"));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Patient"), m_search);
    form->addRow(QString(), m_matches);
    form->addRow(QString(), m_patient);
    form->addRow(tr("&Clinician"), m_clinician);
    // Only worth a row once the clinic has rooms to share out.
    if (m_room->count() > 1)
        form->addRow(tr("&Room"), m_room);
    else
        m_room->hide();
    form->addRow(tr("&Start"), m_start);
    form->addRow(tr("&Length"), m_duration);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Note"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* bookButton = buttons->addButton(m_appointment.isStored() ? tr("Save") : tr("Book"),
                                                 QDialogButtonBox::AcceptRole);
    bookButton->setObjectName(QStringLiteral("bookButton"));
    bookButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    connect(m_search, &QLineEdit::textEdited, this, &AppointmentDialog::search);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this] { choosePatient(m_matches->currentRow()); });
    connect(m_matches, &QListWidget::itemClicked, this,
            [this] { choosePatient(m_matches->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_search->setFocus();
}

void AppointmentDialog::search(const QString& text)
{
    m_matches->clear();
    if (text.trimmed().size() < 2)
        return;
    PatientQuery query;
    query.searchText = text;
    query.limit = 12;
    auto found = m_context.patients.list(query, m_context.user);
    if (!found)
        return;
    for (const PatientSummary& p : *found) {
        Patient names;
        names.familyName = p.familyName;
        names.givenName = p.givenName;
        // Each field isolated: a right-to-left name cannot put the date of birth before it.
        const QString name = names.isolatedDisplayName();
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  \u00b7  %2  \u00b7  %3")
                .arg(name, DisplayText::isolate(DateText::format(p.dateOfBirth)),
                     DisplayText::isolate(p.phone)),
            m_matches);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, name);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void AppointmentDialog::choosePatient(int row)
{
    QListWidgetItem* item = m_matches->item(row);
    if (!item)
        return;
    m_appointment.patientId = item->data(Qt::UserRole).toLongLong();
    m_patient->setText(item->data(Qt::UserRole + 1).toString());
    m_clinician->setFocus();
}

bool AppointmentDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search && key->key() == Qt::Key_Down && m_matches->count() > 0) {
            m_matches->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (watched == m_matches || (watched == m_search && m_matches->count() > 0))) {
            choosePatient(std::max(0, m_matches->currentRow()));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool AppointmentDialog::save()
{
    Appointment toSave = m_appointment;
    toSave.clinicianId = m_clinician->currentData().toLongLong();
    toSave.roomId = m_room->currentData().toLongLong();
    toSave.start = m_start->dateTime().toUTC();
    toSave.durationMinutes = m_duration->value();
    toSave.type = enumFromKey<AppointmentType>(m_type->currentData().toString())
                      .value_or(AppointmentType::FollowUp);
    toSave.note = m_note->toPlainText().trimmed();
    BookingQuestions questions(m_context.messages, this);
    auto stored = questions.run([&](BookingConfirmations confirmed) {
        return toSave.isStored() ? m_service.reschedule(
                   toSave, toSave.start, toSave.durationMinutes, m_context.user, confirmed)
                                 : m_service.book(toSave, m_context.user, confirmed);
    });
    if (!stored) {
        ErrorLabel::show(m_error, stored.error().message);
        return false;
    }
    m_appointment = *stored;
    Q_EMIT saved(*stored);
    accept();
    return true;
}

} // namespace needlechart
