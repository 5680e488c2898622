#pragma once

#include "needlechart/domain/appointments/AppointmentEntry.h"
#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/ui/paper/PrintDialogs.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QRectF>

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
    // How the print dialogs set up the printer for a card.
    [[nodiscard]] static PrintDialogs::Paper paper();

    // The rectangle (device pixels, from the page's printable area) the card's text goes into:
    // the whole area on a card, a card's worth in the corner of a larger page.
    [[nodiscard]] static QRectF textArea(const QPagedPaintDevice& device);

    // On a larger page than the card (a printer that cannot take the card's size), the card is
    // set at its size in the corner and outlined to be cut out.
    void render(QPagedPaintDevice& device) const;
    [[nodiscard]] Status exportPdf(const QString& path) const;
    [[nodiscard]] QString html() const;

private:
    ClinicProfile m_clinic;
    AppointmentEntry m_entry;
};

} // namespace needlechart
