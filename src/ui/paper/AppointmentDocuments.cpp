#include "needlechart/ui/paper/AppointmentDocuments.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/appointments/AppointmentIcs.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/PrintDialogs.h"

#include "paper/AppointmentCardRenderer.h"

#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

namespace needlechart {
namespace {

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            ErrorCode::Io,
            AppointmentDocuments::tr("Could not write %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString(),
            {}};
    return {};
}

} // namespace

AppointmentDocuments::AppointmentDocuments(UiContext& context) : m_context(context) {}

Result<DaySheetContent> AppointmentDocuments::daySheetFor(QDate day) const
{
    auto profile = m_context.clinic.profile();
    if (!profile)
        return profile.error();
    auto appointments = m_context.appointments.day(day, m_context.user);
    if (!appointments)
        return appointments.error();
    auto entries = m_context.appointments.entries(*appointments, m_context.user);
    if (!entries)
        return entries.error();
    return DaySheetContent{*profile, day, std::move(*entries), m_context.patients.clock().nowUtc()};
}

Result<AppointmentDocuments::Booking> AppointmentDocuments::bookingFor(AppointmentId id) const
{
    auto profile = m_context.clinic.profile();
    if (!profile)
        return profile.error();
    auto appointment = m_context.appointments.get(id, m_context.user);
    if (!appointment)
        return appointment.error();
    auto entries = m_context.appointments.entries({*appointment}, m_context.user);
    if (!entries)
        return entries.error();
    return Booking{*profile, entries->front()};
}

AuditTrail::Subject AppointmentDocuments::cardSubject(const Booking& booking)
{
    return {booking.entry.appointment.patientId, QStringLiteral("appointment-card"),
            booking.entry.appointment.id};
}

AuditTrail::Subject AppointmentDocuments::daySheetSubject()
{
    return {0, QStringLiteral("day-sheet"), 0};
}

Status AppointmentDocuments::exported(Status written, const AuditTrail::Subject& subject,
                                      const QString& detail) const
{
    if (written.ok())
        m_context.audit.recordOutput(m_context.user, AuditAction::Export, subject, detail);
    return written;
}

Result<AppointmentCardRenderer> AppointmentDocuments::cardFor(AppointmentId id) const
{
    auto booking = bookingFor(id);
    if (!booking)
        return booking.error();
    return AppointmentCardRenderer(booking->clinic, booking->entry);
}

Result<AppointmentDocuments::Paper> AppointmentDocuments::cardPaper(AppointmentId id) const
{
    auto booking = bookingFor(id);
    if (!booking)
        return booking.error();
    auto renderer = std::make_shared<AppointmentCardRenderer>(booking->clinic, booking->entry);
    return Paper{[renderer](QPagedPaintDevice& device) { renderer->render(device); },
                 AppointmentCardRenderer::paper(),
                 cardSubject(*booking),
                 {}};
}

Result<AppointmentDocuments::Paper> AppointmentDocuments::daySheetPaper(QDate day) const
{
    auto content = daySheetFor(day);
    if (!content)
        return content.error();
    auto renderer = std::make_shared<DaySheetRenderer>(std::move(*content));
    PrintDialogs::Paper paper;
    paper.documentName = tr("Day sheet");
    return Paper{[renderer](QPagedPaintDevice& device) { renderer->render(device); }, paper,
                 daySheetSubject(), day.toString(Qt::ISODate)};
}

void AppointmentDocuments::show(const Result<Paper>& paper, bool print, const QString& failure,
                                QWidget* parent) const
{
    if (!paper) {
        m_context.messages.warning(parent, failure, paper.error().message);
        return;
    }
    const bool printed = print ? PrintDialogs::print(paper->paint, paper->paper, parent)
                               : PrintDialogs::preview(paper->paint, paper->paper, parent);
    if (printed)
        m_context.audit.recordOutput(m_context.user, AuditAction::Print, paper->subject,
                                     paper->detail);
}

void AppointmentDocuments::previewCard(AppointmentId id, QWidget* parent) const
{
    show(cardPaper(id), false, tr("Cannot print the card"), parent);
}

void AppointmentDocuments::printCard(AppointmentId id, QWidget* parent) const
{
    show(cardPaper(id), true, tr("Cannot print the card"), parent);
}

void AppointmentDocuments::previewDaySheet(QDate day, QWidget* parent) const
{
    show(daySheetPaper(day), false, tr("Cannot print the day sheet"), parent);
}

void AppointmentDocuments::printDaySheet(QDate day, QWidget* parent) const
{
    show(daySheetPaper(day), true, tr("Cannot print the day sheet"), parent);
}

void AppointmentDocuments::saveIcs(AppointmentId id, QWidget* parent) const
{
    const std::optional<QString> path = m_context.messages.saveFileName(
        parent, tr("Save to a calendar"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("appointment.ics")),
        tr("Calendar files (*.ics)"));
    if (!path || path->isEmpty())
        return;
    if (Status written = exportPatientIcs(id, *path); !written.ok())
        m_context.messages.warning(parent, tr("Cannot save the calendar file"),
                                   written.error().message);
}

Status AppointmentDocuments::exportCardPdf(AppointmentId id, const QString& path) const
{
    auto booking = bookingFor(id);
    if (!booking)
        return booking.error();
    return exported(AppointmentCardRenderer(booking->clinic, booking->entry).exportPdf(path),
                    cardSubject(*booking), QStringLiteral("pdf"));
}

Status AppointmentDocuments::exportDaySheetPdf(QDate day, const QString& path) const
{
    auto content = daySheetFor(day);
    if (!content)
        return content.error();
    return exported(DaySheetRenderer(std::move(*content)).exportPdf(path), daySheetSubject(),
                    day.toString(Qt::ISODate));
}

Status AppointmentDocuments::exportPatientIcs(AppointmentId id, const QString& path) const
{
    auto booking = bookingFor(id);
    if (!booking)
        return booking.error();
    return exported(
        writeFile(path, AppointmentIcs::forPatient(booking->entry, booking->clinic,
                                                   m_context.patients.clock().nowUtc())),
        cardSubject(*booking), QStringLiteral("ics"));
}

Status AppointmentDocuments::exportClinicIcs(const std::vector<Appointment>& appointments,
                                             const QString& path) const
{
    auto profile = m_context.clinic.profile();
    if (!profile)
        return profile.error();
    auto entries = m_context.appointments.entries(appointments, m_context.user);
    if (!entries)
        return entries.error();
    return exported(writeFile(path, AppointmentIcs::forClinic(*entries, *profile,
                                                              m_context.patients.clock().nowUtc())),
                    {0, QStringLiteral("appointments"), 0},
                    QStringLiteral("ics, %1 bookings").arg(entries->size()));
}

} // namespace needlechart
