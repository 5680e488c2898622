#include "needlechart/ui/appointments/AppointmentCalendar.h"

#include "needlechart/ui/common/DateText.h"

#include "appointments/AppointmentCalendarAccessible.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace needlechart {
namespace {

// Within this many pixels of a block's bottom edge, a drag resizes instead of moving.
constexpr double ResizeGrip = 5.0;

} // namespace

AppointmentCalendar::AppointmentCalendar(QWidget* parent)
    : QWidget(parent),
      m_geometry(std::make_unique<CalendarGeometry>(QList<CalendarGeometry::Column>{}, QTime(8, 0),
                                                    QTime(18, 0)))
{
    // Before anything below asks for the book's accessible interface (a name change does).
    AppointmentCalendarAccessible::install();
    setObjectName(QStringLiteral("appointmentCalendar"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Appointment book"));
    m_state.appointments = &m_appointments;
}

void AppointmentCalendar::setClinicianNames(QHash<qint64, QString> names)
{
    m_clinicianNames = std::move(names);
}

QList<AppointmentCalendar::SpokenItem> AppointmentCalendar::spokenItems() const
{
    QList<SpokenItem> items;
    std::vector<CalendarGeometry::Block> blocks = m_geometry->layout(m_appointments);
    std::sort(blocks.begin(), blocks.end(), [this](const auto& a, const auto& b) {
        const Appointment& x = m_appointments.at(std::size_t(a.index));
        const Appointment& y = m_appointments.at(std::size_t(b.index));
        return std::pair(x.start, a.column) < std::pair(y.start, b.column);
    });
    const auto describe = [this](const Appointment& a) {
        QStringList parts{
            tr("%1 to %2").arg(DateText::formatTime(a.start), DateText::formatTime(a.end())),
            m_state.patientNames.value(a.patientId, tr("unknown patient"))};
        if (const QString clinician = m_clinicianNames.value(a.clinicianId); !clinician.isEmpty())
            parts << clinician;
        parts << enumLabel(a.type) << enumLabel(a.status);
        return parts.join(QStringLiteral(", "));
    };
    for (const CalendarGeometry::Block& block : blocks)
        items.append({describe(m_appointments.at(std::size_t(block.index))),
                      block.rect.toAlignedRect(), false});
    if (m_state.cursor) {
        const CalendarGeometry::Slot& slot = *m_state.cursor;
        const QString when = DateText::weekdayDayMonth(slot.start.date()) + QLatin1Char(' ')
                             + slot.start.toString(QStringLiteral("HH:mm"));
        const QString column = m_state.headings.value(slot.column);
        QString occupant = tr("free");
        const QDateTime startUtc = slot.start.toUTC();
        for (const Appointment& a : m_appointments) {
            if (m_geometry->columnOf(a) == slot.column && a.holdsTime() && a.start <= startUtc
                && startUtc < a.end())
                occupant = describe(a);
        }
        const QPointF top = pointFor(slot.column, slot.start.time());
        const QRectF columnRect = m_geometry->columnRect(slot.column);
        const QRect rect =
            QRectF(columnRect.left(), top.y(), columnRect.width(),
                   m_geometry->yForTime(slot.start.time().addSecs(15 * 60)) - top.y())
                .toAlignedRect();
        items.append({tr("Slot %1, %2: %3").arg(when, column, occupant), rect, true});
    }
    return items;
}

QSize AppointmentCalendar::sizeHint() const
{
    return QSize(900, 640);
}

void AppointmentCalendar::setColumns(const QList<CalendarGeometry::Column>& columns,
                                     const QStringList& headings, QTime opens, QTime closes)
{
    m_geometry = std::make_unique<CalendarGeometry>(columns, opens, closes);
    m_state.headings = headings;
    if (m_state.cursor && m_state.cursor->column >= columns.size())
        m_state.cursor.reset();
    relayout();
}

void AppointmentCalendar::setAppointments(std::vector<Appointment> appointments,
                                          QHash<PatientId, QString> patientNames)
{
    m_appointments = std::move(appointments);
    m_state.patientNames = std::move(patientNames);
    m_preview.reset();
    m_dragIndex = -1;
    update();
    AppointmentCalendarAccessible::announceBookings(this);
}

void AppointmentCalendar::setToday(QDate today)
{
    m_state.today = today;
    update();
}

void AppointmentCalendar::setCurrentSlot(std::optional<CalendarGeometry::Slot> slot)
{
    m_state.cursor = slot;
    update();
    AppointmentCalendarAccessible::announceSlot(this);
}

void AppointmentCalendar::setSelected(std::optional<AppointmentId> id)
{
    if (m_state.selected == id)
        return;
    m_state.selected = id;
    update();
    Q_EMIT selectionChanged();
}

void AppointmentCalendar::relayout()
{
    m_geometry->setHeaderHeight(fontMetrics().height() * 1.8);
    m_geometry->setGutterWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 14);
    m_geometry->setArea(QRectF(rect()));
    update();
}

int AppointmentCalendar::appointmentAt(QPointF position) const
{
    const auto blocks = m_geometry->layout(m_appointments);
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
        if (it->rect.contains(position))
            return int(it->index);
    }
    return -1;
}

QPointF AppointmentCalendar::pointFor(int column, QTime localTime) const
{
    return QPointF(m_geometry->columnRect(column).center().x(),
                   m_geometry->yForTime(localTime) + 1);
}

void AppointmentCalendar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    CalendarRenderState state = m_state;
    std::vector<Appointment> shown;
    if (m_preview && m_dragIndex >= 0) {
        shown = m_appointments;
        shown[std::size_t(m_dragIndex)] = *m_preview;
        state.appointments = &shown;
    }
    m_renderer.paint(painter, *m_geometry, state);
}

void AppointmentCalendar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void AppointmentCalendar::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const int index = appointmentAt(event->position());
    if (index >= 0) {
        setSelected(m_appointments.at(std::size_t(index)).id);
        m_dragIndex = index;
        m_dragStarted = false;
        m_pressPosition = event->position();
        const auto blocks = m_geometry->layout(m_appointments);
        for (const auto& block : blocks) {
            if (block.index == index)
                m_resizing = block.rect.bottom() - event->position().y() <= ResizeGrip;
        }
        return;
    }
    setSelected(std::nullopt);
    if (const auto slot = m_geometry->slotAt(event->position()))
        setCurrentSlot(slot);
}

void AppointmentCalendar::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragIndex < 0 || !(event->buttons() & Qt::LeftButton)) {
        QWidget::setCursor(cursorShapeFor(event->position()));
        return;
    }
    if (!m_dragStarted
        && (event->position() - m_pressPosition).manhattanLength()
               < QApplication::startDragDistance())
        return;
    m_dragStarted = true;
    const Appointment& original = m_appointments.at(std::size_t(m_dragIndex));
    Appointment preview = original;
    if (m_resizing) {
        const QTime start = original.start.toLocalTime().time();
        const QTime end = m_geometry->nearestTime(event->position().y());
        preview.durationMinutes = std::max(m_geometry->stepMinutes(), start.secsTo(end) / 60);
    } else {
        // Where the block's top would be, keeping the point grabbed under the mouse.
        const double grab =
            m_pressPosition.y() - m_geometry->yForTime(original.start.toLocalTime().time());
        const int column = m_geometry->columnAtX(event->position().x());
        if (column >= 0) {
            QTime top = m_geometry->nearestTime(event->position().y() - grab);
            const QTime latest =
                m_geometry->closes().addSecs(-qint64(original.durationMinutes) * 60);
            if (top > latest)
                top = latest;
            preview.start =
                QDateTime(m_geometry->columns().at(column).day, top, Qt::LocalTime).toUTC();
            if (m_geometry->columns().at(column).clinicianId > 0)
                preview.clinicianId = m_geometry->columns().at(column).clinicianId;
        }
    }
    m_preview = preview;
    update();
}

Qt::CursorShape AppointmentCalendar::cursorShapeFor(QPointF position) const
{
    const auto blocks = m_geometry->layout(m_appointments);
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
        if (it->rect.contains(position))
            return it->rect.bottom() - position.y() <= ResizeGrip ? Qt::SizeVerCursor
                                                                  : Qt::OpenHandCursor;
    }
    return Qt::ArrowCursor;
}

void AppointmentCalendar::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragIndex >= 0) {
        const int index = m_dragIndex;
        m_dragIndex = -1;
        if (m_dragStarted && m_preview) {
            const Appointment original = m_appointments.at(std::size_t(index));
            const Appointment moved = *m_preview;
            m_preview.reset();
            update();
            if (moved.start != original.start || moved.durationMinutes != original.durationMinutes
                || moved.clinicianId != original.clinicianId)
                Q_EMIT moveRequested(original, m_geometry->columnOf(moved), moved.start,
                                     moved.durationMinutes);
        }
        m_dragStarted = false;
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void AppointmentCalendar::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int index = appointmentAt(event->position());
    if (index >= 0) {
        Q_EMIT openRequested(m_appointments.at(std::size_t(index)));
        return;
    }
    if (const auto slot = m_geometry->slotAt(event->position())) {
        setCurrentSlot(slot);
        Q_EMIT bookRequested(slot->column, slot->start.toUTC());
    }
}

void AppointmentCalendar::contextMenuEvent(QContextMenuEvent* event)
{
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    int index = keyboard ? -1 : appointmentAt(event->pos());
    if (keyboard) {
        // The menu key: the selected booking, else the one in the keyboard's slot.
        std::optional<QDateTime> slotUtc;
        if (m_state.cursor)
            slotUtc = m_state.cursor->start.toUTC();
        for (std::size_t i = 0; i < m_appointments.size(); ++i) {
            const Appointment& a = m_appointments[i];
            if (m_state.selected && a.id == *m_state.selected) {
                index = int(i);
                break;
            }
            if (!m_state.selected && slotUtc && m_geometry->columnOf(a) == m_state.cursor->column
                && a.start <= *slotUtc && *slotUtc < a.end())
                index = int(i);
        }
    }
    if (index < 0)
        return;
    const Appointment& appointment = m_appointments.at(std::size_t(index));
    setSelected(appointment.id);
    QPoint at = event->globalPos();
    if (keyboard) {
        // At the booking, not wherever the pointer happens to rest.
        for (const CalendarGeometry::Block& block : m_geometry->layout(m_appointments)) {
            if (block.index == index)
                at = mapToGlobal(block.rect.toAlignedRect().bottomLeft() + QPoint(8, -4));
        }
    }
    Q_EMIT menuRequested(appointment, at);
}

void AppointmentCalendar::activateCursor()
{
    if (!m_state.cursor)
        return;
    const QDateTime startUtc = m_state.cursor->start.toUTC();
    const int column = m_state.cursor->column;
    for (const Appointment& a : m_appointments) {
        if (m_geometry->columnOf(a) == column && a.holdsTime() && a.start <= startUtc
            && startUtc < a.end()) {
            Q_EMIT openRequested(a);
            return;
        }
    }
    Q_EMIT bookRequested(column, startUtc);
}

void AppointmentCalendar::keyPressEvent(QKeyEvent* event)
{
    const auto& columns = m_geometry->columns();
    if (columns.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    CalendarGeometry::Slot slot = m_state.cursor.value_or(CalendarGeometry::Slot{
        0, QDateTime(columns.first().day, m_geometry->opens(), Qt::LocalTime)});
    const int step = m_geometry->stepMinutes() * 60;
    const QTime last = m_geometry->closes().addSecs(-step);
    auto at = [&](int column, QTime time) {
        return CalendarGeometry::Slot{column,
                                      QDateTime(columns.at(column).day, time, Qt::LocalTime)};
    };
    switch (event->key()) {
    case Qt::Key_Up:
        slot = at(slot.column, std::max(m_geometry->opens(), slot.start.time().addSecs(-step)));
        break;
    case Qt::Key_Down:
        slot = at(slot.column, std::min(last, slot.start.time().addSecs(step)));
        break;
    case Qt::Key_Left: slot = at(std::max(0, slot.column - 1), slot.start.time()); break;
    case Qt::Key_Right:
        slot = at(std::min(int(columns.size()) - 1, slot.column + 1), slot.start.time());
        break;
    case Qt::Key_Home: slot = at(slot.column, m_geometry->opens()); break;
    case Qt::Key_End: slot = at(slot.column, last); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_state.cursor)
            setCurrentSlot(slot);
        activateCursor();
        return;
    default: QWidget::keyPressEvent(event); return;
    }
    setCurrentSlot(slot);
}

} // namespace needlechart
