#pragma once

#include "needlechart/ui/appointments/CalendarGeometry.h"
#include "needlechart/ui/appointments/CalendarRenderer.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace needlechart {

// The appointment book's time grid as a widget: a day view (a column per clinician) or a week
// view (a column per day for one clinician). It shows the appointments it is given and turns
// input into requests; it changes nothing itself. Double-click or Enter on an empty slot asks to
// book there; on a block, asks to open it. Dragging a block asks to move it, dragging its
// bottom edge to resize it (both snapped to the quarter hour). Arrow keys move the slot cursor
// (Up/Down a step, Left/Right a column), Home and End go to opening and closing time.
// Geometry is CalendarGeometry's, painting CalendarRenderer's.
class AppointmentCalendar : public QWidget {
    Q_OBJECT
public:
    explicit AppointmentCalendar(QWidget* parent = nullptr);

    // Columns, headings and opening hours. Keeps the appointments.
    void setColumns(const QList<CalendarGeometry::Column>& columns, const QStringList& headings,
                    QTime opens, QTime closes);
    void setAppointments(std::vector<Appointment> appointments,
                         QHash<PatientId, QString> patientNames);
    void setToday(QDate today);
    [[nodiscard]] const std::vector<Appointment>& appointments() const { return m_appointments; }
    [[nodiscard]] const CalendarGeometry& geometry() const { return *m_geometry; }

    // The keyboard's current slot.
    [[nodiscard]] std::optional<CalendarGeometry::Slot> currentSlot() const
    {
        return m_state.cursor;
    }
    void setCurrentSlot(std::optional<CalendarGeometry::Slot> slot);
    [[nodiscard]] std::optional<AppointmentId> selected() const { return m_state.selected; }
    void setSelected(std::optional<AppointmentId> id);
    // The block under a widget position, as an index into appointments(), or -1.
    [[nodiscard]] int appointmentAt(QPointF position) const;
    // Where a local time of a column is drawn (the block's top-left corner for that start).
    [[nodiscard]] QPointF pointFor(int column, QTime localTime) const;

    [[nodiscard]] QSize sizeHint() const override;

    // Who works in the book, for what a screen reader is told about each booking.
    void setClinicianNames(QHash<qint64, QString> names);
    // What a screen reader is told about the book (AppointmentCalendarAccessible): each
    // booking shown, in time order ("09:30 to 10:15, Lindqvist, Maja, Alex Morgan, Dry
    // needling, Booked") with where it is drawn, then the keyboard's slot, which has the focus
    // ("Slot Tuesday 1 December 10:00, Alex Morgan: free", or whose booking it is in).
    struct SpokenItem {
        QString name;
        QRect rect;
        bool isSlot = false;
    };
    [[nodiscard]] QList<SpokenItem> spokenItems() const;

Q_SIGNALS:
    // `column` names the clinician (day view) or the day (week view); start is UTC.
    void bookRequested(int column, const QDateTime& startUtc);
    void openRequested(const needlechart::Appointment& appointment);
    void moveRequested(const needlechart::Appointment& appointment, int column,
                       const QDateTime& startUtc, int durationMinutes);
    void selectionChanged();
    // A right-click (or the menu key) on a booking: `globalPosition` is where to show a menu.
    void menuRequested(const needlechart::Appointment& appointment, const QPoint& globalPosition);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void relayout();
    void activateCursor();
    [[nodiscard]] Qt::CursorShape cursorShapeFor(QPointF position) const;

    std::unique_ptr<CalendarGeometry> m_geometry;
    CalendarRenderer m_renderer;
    CalendarRenderState m_state;
    std::vector<Appointment> m_appointments;
    QHash<qint64, QString> m_clinicianNames;

    // A drag in progress: which block, moving or resizing, and where it started.
    int m_dragIndex = -1;
    bool m_resizing = false;
    bool m_dragStarted = false;
    QPointF m_pressPosition;
    std::optional<Appointment> m_preview; // the dragged block where it would land
};

} // namespace needlechart
