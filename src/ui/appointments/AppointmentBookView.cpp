#include "needlechart/ui/appointments/AppointmentBookView.h"

#include "needlechart/domain/appointments/AppointmentRules.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/appointments/AppointmentCalendar.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/AppointmentDocuments.h"

#include "common/FocusOrder.h"
#include "common/StandardShortcuts.h"
#include "undo/MoveAppointmentCommand.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace needlechart {

AppointmentBookView::AppointmentBookView(UiContext& context, AppointmentService& service,
                                         QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_service(service),
      m_dayButton(new QToolButton(this)),
      m_weekButton(new QToolButton(this)),
      m_date(new QDateEdit(this)),
      m_clinician(new QComboBox(this)),
      m_calendar(new AppointmentCalendar(this))
{
    setObjectName(QStringLiteral("appointmentBookView"));
    m_dayButton->setText(tr("Day"));
    m_dayButton->setCheckable(true);
    m_weekButton->setText(tr("Week"));
    m_weekButton->setCheckable(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_dayButton);
    modes->addButton(m_weekButton);
    m_dayButton->setChecked(true);
    auto* today = new QToolButton(this);
    today->setText(tr("Today"));
    today->setObjectName(QStringLiteral("todayButton"));
    auto* previous = new QToolButton(this);
    previous->setText(QStringLiteral("\u25c0"));
    previous->setAccessibleName(tr("Earlier"));
    auto* next = new QToolButton(this);
    next->setText(QStringLiteral("\u25b6"));
    next->setAccessibleName(tr("Later"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::weekdayDateEditFormat());
    m_date->setAccessibleName(tr("Go to date"));
    m_date->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Wed 30/09/2026"))
                            + fontMetrics().height() * 3);
    m_clinician->setAccessibleName(tr("Clinician for the week view"));
    auto* icsButton = new QToolButton(this);
    icsButton->setText(tr("Export .ics\u2026"));
    icsButton->setObjectName(QStringLiteral("exportIcsButton"));
    icsButton->setToolTip(
        tr("Save the shown bookings as a calendar file any calendar program opens"));
    connect(icsButton, &QToolButton::clicked, this, &AppointmentBookView::exportShownBookings);
    auto* daySheetButton = new QToolButton(this);
    daySheetButton->setText(tr("Day sheet\u2026"));
    daySheetButton->setObjectName(QStringLiteral("daySheetButton"));
    daySheetButton->setToolTip(tr("Print the shown day's bookings for the front desk"));
    connect(daySheetButton, &QToolButton::clicked, this,
            [this] { AppointmentDocuments(m_context).previewDaySheet(m_day, this); });
    auto* bookButton = new QToolButton(this);
    bookButton->setText(tr("Book\u2026"));
    bookButton->setObjectName(QStringLiteral("bookAppointmentButton"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_dayButton);
    tools->addWidget(m_weekButton);
    tools->addSpacing(8);
    tools->addWidget(previous);
    tools->addWidget(today);
    tools->addWidget(next);
    tools->addWidget(m_date);
    tools->addWidget(m_clinician);
    tools->addStretch(1);
    tools->addWidget(daySheetButton);
    tools->addWidget(icsButton);
    tools->addWidget(bookButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_calendar, 1);
    FocusOrder::followLayout(this);

    m_undoAction = m_undo.createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    m_redoAction = m_undo.createRedoAction(this);
    m_redoAction->setShortcuts(StandardShortcuts::redo());
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redoAction);

    const QDate todayDate = m_context.patients.clock().today();
    connect(today, &QToolButton::clicked, this, [this, todayDate] {
        m_mode == Mode::Day ? showDay(todayDate) : showWeek(m_weekClinician, todayDate);
    });
    connect(previous, &QToolButton::clicked, this, [this] {
        m_mode == Mode::Day ? showDay(m_day.addDays(-1))
                            : showWeek(m_weekClinician, m_day.addDays(-7));
    });
    connect(next, &QToolButton::clicked, this, [this] {
        m_mode == Mode::Day ? showDay(m_day.addDays(1))
                            : showWeek(m_weekClinician, m_day.addDays(7));
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (date == m_day)
            return;
        m_mode == Mode::Day ? showDay(date) : showWeek(m_weekClinician, date);
    });
    connect(m_dayButton, &QToolButton::clicked, this, [this] { showDay(m_day); });
    connect(m_weekButton, &QToolButton::clicked, this,
            [this] { showWeek(m_clinician->currentData().toLongLong(), m_day); });
    connect(m_clinician, &QComboBox::activated, this,
            [this] { showWeek(m_clinician->currentData().toLongLong(), m_day); });
    connect(bookButton, &QToolButton::clicked, this, [this] {
        const auto slot = m_calendar->currentSlot();
        book(slot ? clinicianForColumn(slot->column) : 0,
             slot ? slot->start.toUTC() : QDateTime(m_day, QTime(9, 0), Qt::LocalTime).toUTC());
    });
    connect(m_calendar, &AppointmentCalendar::bookRequested, this,
            [this](int column, const QDateTime& startUtc) {
                book(clinicianForColumn(column), startUtc);
            });
    connect(m_calendar, &AppointmentCalendar::openRequested, this, &AppointmentBookView::open);
    connect(m_calendar, &AppointmentCalendar::menuRequested, this, &AppointmentBookView::showMenu);
    connect(m_calendar, &AppointmentCalendar::moveRequested, this,
            [this](const Appointment& a, int column, const QDateTime& startUtc, int minutes) {
                move(a, column >= 0 ? clinicianForColumn(column) : a.clinicianId, startUtc,
                     minutes);
            });
    connect(&m_context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Appointment
            || event.entity == ChangeEvent::Entity::Patient)
            reload();
    });
    m_calendar->setToday(todayDate);
    showDay(todayDate);
}

ClinicianId AppointmentBookView::clinicianForColumn(int column) const
{
    const auto& columns = m_calendar->geometry().columns();
    return column >= 0 && column < columns.size() ? columns.at(column).clinicianId : 0;
}

void AppointmentBookView::showDay(QDate day)
{
    m_mode = Mode::Day;
    m_day = day;
    m_dayButton->setChecked(true);
    m_clinician->setVisible(false);
    reload();
}

void AppointmentBookView::showWeek(ClinicianId clinicianId, QDate anyDay)
{
    m_mode = Mode::Week;
    m_day = anyDay.addDays(1 - anyDay.dayOfWeek()); // the Monday
    m_weekClinician = clinicianId;
    m_weekButton->setChecked(true);
    m_clinician->setVisible(true);
    reload();
}

void AppointmentBookView::reload()
{
    if (auto clinicians = m_service.clinicians(m_context.user))
        m_clinicians = std::move(*clinicians);
    QHash<qint64, QString> clinicianNames;
    for (const Clinician& c : m_clinicians)
        clinicianNames.insert(c.id, c.name);
    m_calendar->setClinicianNames(std::move(clinicianNames));
    {
        const QSignalBlocker block(m_clinician);
        m_clinician->clear();
        for (const Clinician& c : m_clinicians) {
            if (c.active)
                m_clinician->addItem(c.name, c.id);
        }
        if (m_weekClinician == 0 && m_clinician->count() > 0)
            m_weekClinician = m_clinician->itemData(0).toLongLong();
        m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(m_weekClinician)));
    }
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(m_day);
    }
    ClinicProfile clinic;
    if (auto profile = m_context.clinic.profile())
        clinic = *profile;
    const auto closedFor = [&clinic](QDate day, const Clinician* clinician) {
        const int weekday = day.dayOfWeek();
        return !clinic.isOpenOn(weekday) || (clinician && !clinician->worksOn(weekday));
    };
    const Clinician* weekClinician = nullptr;
    for (const Clinician& c : m_clinicians) {
        if (c.id == m_weekClinician)
            weekClinician = &c;
    }
    QList<CalendarGeometry::Column> columns;
    QStringList headings;
    Result<std::vector<Appointment>> appointments = std::vector<Appointment>();
    if (m_mode == Mode::Day) {
        for (const Clinician& c : m_clinicians) {
            if (!c.active)
                continue;
            columns.append({m_day, c.id, closedFor(m_day, &c)});
            headings << c.name;
        }
        appointments = m_service.day(m_day, m_context.user);
    } else {
        for (int i = 0; i < 7; ++i) {
            columns.append(
                {m_day.addDays(i), m_weekClinician, closedFor(m_day.addDays(i), weekClinician)});
            headings << DateText::shortWeekdayDayMonth(m_day.addDays(i));
        }
        appointments = m_service.week(m_weekClinician, m_day, m_context.user);
    }
    m_calendar->setColumns(columns, headings, clinic.opensAt, clinic.closesAt);
    QHash<PatientId, QString> names;
    if (appointments) {
        for (const Appointment& a : *appointments) {
            if (!names.contains(a.patientId)) {
                if (auto patient = m_context.patients.get(a.patientId, m_context.user))
                    names.insert(a.patientId, patient->isolatedDisplayName());
            }
        }
        m_calendar->setAppointments(std::move(*appointments), names);
    } else {
        m_calendar->setAppointments({}, {});
    }
}

void AppointmentBookView::book(ClinicianId clinicianId, const QDateTime& startUtc)
{
    Appointment draft;
    draft.clinicianId = clinicianId;
    draft.start = startUtc;
    auto* dialog = new AppointmentDialog(m_context, m_service, m_clinicians, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void AppointmentBookView::open(const Appointment& appointment)
{
    auto* dialog = new AppointmentDialog(m_context, m_service, m_clinicians, appointment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void AppointmentBookView::showMenu(const Appointment& appointment, const QPoint& globalPosition)
{
    QMenu menu(this);
    menu.addAction(tr("Open\u2026"), this, [this, appointment] { open(appointment); });
    menu.addAction(tr("Print appointment card\u2026"), this, [this, appointment] {
        AppointmentDocuments(m_context).previewCard(appointment.id, this);
    });
    menu.addAction(tr("Save to a calendar (.ics)\u2026"), this, [this, appointment] {
        AppointmentDocuments(m_context).saveIcs(appointment.id, this);
    });
    menu.addSeparator();
    for (AppointmentStatus status : enumValues<AppointmentStatus>()) {
        if (status == appointment.status || !AppointmentRules::canMove(appointment.status, status))
            continue;
        menu.addAction(status == AppointmentStatus::Cancelled ? tr("Cancel\u2026")
                                                              : enumLabel(status),
                       this, [this, appointment, status] {
                           if (status == AppointmentStatus::Cancelled)
                               cancel(appointment);
                           else
                               setStatus(appointment, status);
                       });
    }
    menu.exec(globalPosition);
}

bool AppointmentBookView::setStatus(const Appointment& appointment, AppointmentStatus status,
                                    const QString& cancelReason)
{
    auto changed = m_service.setStatus(appointment.id, status, cancelReason, m_context.user);
    if (!changed) {
        m_context.messages.warning(this, tr("Cannot change the appointment"),
                                   changed.error().message);
        return false;
    }
    return true;
}

bool AppointmentBookView::cancel(const Appointment& appointment)
{
    const std::optional<QString> reason =
        m_context.messages.askReason(this, tr("Cancel the appointment"),
                                     tr("&Why is it cancelled? (the patient is not told by "
                                        "NeedleChart)"),
                                     tr("&Cancel the appointment"), tr("&Keep the appointment"));
    if (!reason)
        return false;
    return setStatus(appointment, AppointmentStatus::Cancelled, *reason);
}

bool AppointmentBookView::exportShownBookings()
{
    const std::optional<QString> path = m_context.messages.saveFileName(
        this, tr("Export the bookings"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("appointments-%1.ics").arg(m_day.toString(Qt::ISODate))),
        tr("Calendar files (*.ics)"));
    if (!path || path->isEmpty())
        return false;
    return exportIcs(*path); // a failure has been shown
}

bool AppointmentBookView::exportIcs(const QString& path)
{
    const Status written =
        AppointmentDocuments(m_context).exportClinicIcs(m_calendar->appointments(), path);
    if (!written.ok())
        m_context.messages.warning(this, tr("Cannot export"), written.error().message);
    return written.ok();
}

QString AppointmentBookView::clinicianName(ClinicianId id) const
{
    for (const Clinician& c : m_clinicians) {
        if (c.id == id)
            return c.name;
    }
    return tr("another clinician");
}

bool AppointmentBookView::confirmClinicianChange(const Appointment& appointment,
                                                 ClinicianId clinicianId)
{
    return m_context.messages.question(
        this, tr("Change the clinician?"),
        tr("This moves the appointment from %1 to %2.\n\nSee %2 instead?")
            .arg(DisplayText::isolate(clinicianName(appointment.clinicianId)),
                 DisplayText::isolate(clinicianName(clinicianId))));
}

void AppointmentBookView::leaveUndoKeysToWindow()
{
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = nullptr;
    m_redoAction = nullptr;
}

bool AppointmentBookView::move(const Appointment& appointment, ClinicianId clinicianId,
                               const QDateTime& startUtc, int durationMinutes)
{
    if (clinicianId != appointment.clinicianId
        && !confirmClinicianChange(appointment, clinicianId)) {
        reload();
        return false;
    }
    auto* command = new MoveAppointmentCommand(
        m_service, m_context.user, appointment.id,
        {appointment.clinicianId, appointment.start, appointment.durationMinutes},
        {clinicianId, startUtc.toUTC(), durationMinutes}, m_context.messages, this);
    if (!command->applyNow()) {
        const Error error = command->error();
        const bool declined = command->declined();
        delete command;
        if (!declined) // a "no" needs no message: the booking stays where it was
            m_context.messages.warning(this, tr("Cannot move the appointment"), error.message);
        reload();
        return false;
    }
    m_undo.push(command);
    return true;
}

} // namespace needlechart
