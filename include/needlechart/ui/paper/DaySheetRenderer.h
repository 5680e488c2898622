#pragma once

#include "needlechart/domain/appointments/AppointmentEntry.h"
#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QPageSize>

#include <vector>

class QPagedPaintDevice;

namespace needlechart {

// What a day sheet lists: the clinic, the day, its bookings (any order) and when it was printed.
struct DaySheetContent {
    ClinicProfile clinic;
    QDate day;
    std::vector<AppointmentEntry> entries;
    QDateTime printedAtUtc;
};

// Typesets the front desk's day sheet: the day's bookings grouped by clinician, each a table of
// time, patient, phone, type, room, status and note, with a box to tick arrivals on paper.
// Cancelled bookings stay on the sheet, marked, so a call about one can be answered. The footer
// says when it was printed and that it holds patient details.
class DaySheetRenderer {
    Q_DECLARE_TR_FUNCTIONS(DaySheetRenderer)

public:
    explicit DaySheetRenderer(DaySheetContent content);

    int render(QPagedPaintDevice& device) const;
    [[nodiscard]] Status exportPdf(const QString& path,
                                   QPageSize::PageSizeId pageSize = QPageSize::A4) const;
    [[nodiscard]] QString html() const;

private:
    DaySheetContent m_content;
};

} // namespace needlechart
