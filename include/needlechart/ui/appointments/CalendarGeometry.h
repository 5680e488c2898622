#pragma once

#include "needlechart/domain/appointments/Appointment.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QTime>

#include <optional>
#include <vector>

namespace needlechart {

// Where things go on the appointment book's time grid, with no widget involved: columns (one per
// clinician in the day view, one per day in the week view) side by side under a header row,
// time running down from the opening hour to the closing hour beside a gutter of hour labels.
// Maps an appointment to its block (overlapping bookings in one column share it in lanes) and a
// point back to a column and a start time snapped to the grid step. Times are local wall-clock
// times; appointments are converted from UTC here.
class CalendarGeometry {
public:
    struct Column {
        QDate day;
        ClinicianId clinicianId = 0;
        bool closed = false; // the clinic is shut or the clinician does not work that day
    };

    CalendarGeometry(QList<Column> columns, QTime opens, QTime closes, int stepMinutes = 15);

    // Lays the grid out in `area` (widget or page coordinates).
    void setArea(const QRectF& area);
    [[nodiscard]] QRectF area() const { return m_area; }
    [[nodiscard]] const QList<Column>& columns() const { return m_columns; }
    [[nodiscard]] QTime opens() const { return m_opens; }
    [[nodiscard]] QTime closes() const { return m_closes; }
    [[nodiscard]] int stepMinutes() const { return m_step; }

    [[nodiscard]] double headerHeight() const { return m_headerHeight; }
    [[nodiscard]] double gutterWidth() const { return m_gutterWidth; }
    void setHeaderHeight(double height) { m_headerHeight = height; }
    void setGutterWidth(double width) { m_gutterWidth = width; }

    [[nodiscard]] QRectF columnRect(int column) const; // the grid part, below the header
    [[nodiscard]] QRectF headerRect(int column) const;
    [[nodiscard]] double yForTime(QTime time) const;
    [[nodiscard]] double pixelsPerMinute() const;

    // The column an appointment belongs in, or -1 if it is not shown.
    [[nodiscard]] int columnOf(const Appointment& appointment) const;
    [[nodiscard]] int columnOf(QDate localDay, ClinicianId clinicianId) const;
    // One block per shown appointment, side by side where they overlap in a column.
    struct Block {
        qsizetype index = 0; // into the list given
        int column = 0;
        QRectF rect;
        QTime localStart; // the appointment's start, local time (converted once, here)
    };
    [[nodiscard]] std::vector<Block> layout(const std::vector<Appointment>& appointments) const;

    // The slot under `point`: its column and its start (local), snapped down to the step.
    struct Slot {
        int column = 0;
        QDateTime start; // local time
    };
    [[nodiscard]] std::optional<Slot> slotAt(QPointF point) const;
    // The local start time for a y position, snapped to the step and kept inside opening hours.
    [[nodiscard]] QTime timeAt(double y) const;
    // The grid line nearest to `y` (for dragged block edges, which snap to the closest step),
    // kept within opening hours.
    [[nodiscard]] QTime nearestTime(double y) const;
    // The column under x, or -1.
    [[nodiscard]] int columnAtX(double x) const;

private:
    QList<Column> m_columns;
    QTime m_opens;
    QTime m_closes;
    int m_step;
    QRectF m_area;
    double m_headerHeight = 28;
    double m_gutterWidth = 52;
};

} // namespace needlechart
