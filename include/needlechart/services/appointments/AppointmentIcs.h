#pragma once

#include "needlechart/domain/appointments/AppointmentEntry.h"
#include "needlechart/domain/clinic/ClinicProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace needlechart {

// Appointments as iCalendar files (through IcsWriter), for two readers. The clinic's calendar
// (a day or week exported from the book) names each patient and the clinician. The patient's
// copy of one booking names only what the patient needs: the clinic, the clinician, the kind of
// visit, the clinic's address and phone. Every event's UID is stable, so a second import
// updates the first instead of adding a copy.
class AppointmentIcs {
    Q_DECLARE_TR_FUNCTIONS(AppointmentIcs)

public:
    [[nodiscard]] static QByteArray forClinic(const std::vector<AppointmentEntry>& entries,
                                              const ClinicProfile& clinic,
                                              const QDateTime& stampUtc);
    [[nodiscard]] static QByteArray forPatient(const AppointmentEntry& entry,
                                               const ClinicProfile& clinic,
                                               const QDateTime& stampUtc);
    [[nodiscard]] static QString uidOf(AppointmentId id);
};

} // namespace needlechart
