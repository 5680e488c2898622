#pragma once

#include "needlechart/domain/appointments/AppointmentEntry.h"
#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>

class QPagedPaintDevice;

namespace needlechart {

// Typesets the card the patient takes home: the clinic, "your appointment", the day and
// time in words, how long, with whom and what for, the patient's name, and how to cancel. Sized
// for a business card (85 x 55 mm); a long name or address shrinks the type to fit the card
// rather than spill onto a second one.
class AppointmentCardRenderer {
    Q_DECLARE_TR_FUNCTIONS(AppointmentCardRenderer)

public:
    AppointmentCardRenderer(ClinicProfile clinic, AppointmentEntry entry);

    [[nodiscard]] static QPageSize pageSize();
    [[nodiscard]] static QMarginsF marginsMm();

    void render(QPagedPaintDevice& device) const;
    [[nodiscard]] Status exportPdf(const QString& path) const;
    [[nodiscard]] QString html() const;

private:
    ClinicProfile m_clinic;
    AppointmentEntry m_entry;
};

} // namespace needlechart
