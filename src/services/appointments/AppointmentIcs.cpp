#include "needlechart/services/appointments/AppointmentIcs.h"

#include "needlechart/services/appointments/IcsWriter.h"

namespace needlechart {
namespace {

// The clinic's one-line location: its name and the first line of its address.
QString locationOf(const ClinicProfile& clinic)
{
    const QString firstLine = clinic.address.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (firstLine.isEmpty())
        return clinic.name;
    if (clinic.name.isEmpty())
        return firstLine;
    return clinic.name + QStringLiteral(", ") + firstLine;
}

IcsWriter::Event eventFor(const AppointmentEntry& entry, const ClinicProfile& clinic)
{
    IcsWriter::Event event;
    event.uid = AppointmentIcs::uidOf(entry.appointment.id);
    event.startUtc = entry.appointment.start;
    event.endUtc = entry.appointment.end();
    event.location = locationOf(clinic);
    // iCalendar has no "did not come": a no-show did not take place, like a cancellation, and
    // its description says which it was.
    event.cancelled = entry.appointment.status == AppointmentStatus::Cancelled
                      || entry.appointment.status == AppointmentStatus::NoShow;
    return event;
}

} // namespace

QString AppointmentIcs::uidOf(AppointmentId id)
{
    return QStringLiteral("appointment-%1@needlechart").arg(id);
}

QByteArray AppointmentIcs::forClinic(const std::vector<AppointmentEntry>& entries,
                                     const ClinicProfile& clinic, const QDateTime& stampUtc)
{
    QList<IcsWriter::Event> events;
    events.reserve(qsizetype(entries.size()));
    for (const AppointmentEntry& entry : entries) {
        IcsWriter::Event event = eventFor(entry, clinic);
        event.summary =
            enumLabel(entry.appointment.type) + QStringLiteral(": ") + entry.patientName;
        QStringList lines;
        if (!entry.clinicianName.isEmpty())
            lines << tr("With %1").arg(entry.clinicianName);
        if (!entry.roomName.isEmpty())
            lines << tr("Room: %1").arg(entry.roomName);
        if (!entry.patientPhone.isEmpty())
            lines << tr("Patient's phone: %1").arg(entry.patientPhone);
        if (entry.appointment.status == AppointmentStatus::Cancelled)
            lines << tr("Cancelled: %1").arg(entry.appointment.cancelReason);
        else if (entry.appointment.status == AppointmentStatus::NoShow)
            lines << tr("No-show: the patient did not come.");
        if (!entry.appointment.note.isEmpty())
            lines << entry.appointment.note;
        event.description = lines.join(QLatin1Char('\n'));
        events.append(event);
    }
    return IcsWriter::calendar(events, stampUtc);
}

QByteArray AppointmentIcs::forPatient(const AppointmentEntry& entry, const ClinicProfile& clinic,
                                      const QDateTime& stampUtc)
{
    IcsWriter::Event event = eventFor(entry, clinic);
    const QString where = clinic.name.isEmpty() ? tr("the clinic") : clinic.name;
    event.summary = tr("%1 at %2").arg(enumLabel(entry.appointment.type), where);
    QStringList lines;
    if (!entry.clinicianName.isEmpty())
        lines << tr("With %1").arg(entry.clinicianName);
    if (!clinic.address.isEmpty())
        lines << clinic.address;
    if (!clinic.phone.isEmpty())
        lines << tr("If you cannot come, please call %1 as early as you can.").arg(clinic.phone);
    event.description = lines.join(QLatin1Char('\n'));
    return IcsWriter::calendar({event}, stampUtc);
}

} // namespace needlechart
