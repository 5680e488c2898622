#pragma once

#include "needlechart/ui/appointments/CalendarGeometry.h"

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace needlechart {

// What the calendar shows besides the grid: the appointments, each block's title (the patient's
// name) and the column headings, the selection and the keyboard cursor.
struct CalendarRenderState {
    const std::vector<Appointment>* appointments = nullptr;
    QHash<PatientId, QString> patientNames;
    QStringList headings; // one per column
    std::optional<AppointmentId> selected;
    std::optional<CalendarGeometry::Slot> cursor; // the keyboard's current slot
    QDate today;
};

// Paints the appointment book's time grid and blocks with a QPainter onto any device (widget,
// image, printer), using CalendarGeometry for every position. Blocks are coloured by type and
// show time, patient and type, with the status once the visit has moved past "booked"
// (arrived, in treatment, completed); cancelled ones are struck through and faded, no-shows
// faded, completed ones faded less, their text dark (or, in the dark palette, light) on it. Days
// the clinic is shut or the clinician is off are greyed.
//
// Block labels are kept as laid-out QStaticText between paints (a repaint of an unchanged book
// then shapes no text), so keep one renderer per view.
class CalendarRenderer {
public:
    void paint(QPainter& painter, const CalendarGeometry& geometry,
               const CalendarRenderState& state) const;
    [[nodiscard]] static QColor colorFor(AppointmentType type);
    // A booking block's fill and its text's colour: the type's colour, faded towards the
    // calendar's background once completed, more when cancelled or missed.
    [[nodiscard]] static QColor fillFor(AppointmentType type, AppointmentStatus status);
    [[nodiscard]] static QColor textFor(AppointmentStatus status);

private:
    // The label elided to `width` pixels, laid out once.
    [[nodiscard]] const QStaticText& label(const QString& text, int width, const QFont& font) const;

    mutable QHash<QString, QStaticText> m_labels;
};

} // namespace needlechart
