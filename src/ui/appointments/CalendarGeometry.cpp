#include "needlechart/ui/appointments/CalendarGeometry.h"

#include <algorithm>
#include <cmath>

namespace needlechart {

CalendarGeometry::CalendarGeometry(QList<Column> columns, QTime opens, QTime closes,
                                   int stepMinutes)
    : m_columns(std::move(columns)),
      m_opens(opens),
      m_closes(closes),
      m_step(std::max(1, stepMinutes))
{}

void CalendarGeometry::setArea(const QRectF& area)
{
    m_area = area;
}

double CalendarGeometry::pixelsPerMinute() const
{
    const int minutes = std::max(1, m_opens.secsTo(m_closes) / 60);
    return std::max(0.0, m_area.height() - m_headerHeight) / minutes;
}

QRectF CalendarGeometry::columnRect(int column) const
{
    if (m_columns.isEmpty())
        return {};
    const double width = std::max(0.0, m_area.width() - m_gutterWidth) / double(m_columns.size());
    return QRectF(m_area.left() + m_gutterWidth + column * width, m_area.top() + m_headerHeight,
                  width, std::max(0.0, m_area.height() - m_headerHeight));
}

QRectF CalendarGeometry::headerRect(int column) const
{
    const QRectF grid = columnRect(column);
    return QRectF(grid.left(), m_area.top(), grid.width(), m_headerHeight);
}

double CalendarGeometry::yForTime(QTime time) const
{
    return m_area.top() + m_headerHeight + (m_opens.secsTo(time) / 60.0) * pixelsPerMinute();
}

int CalendarGeometry::columnOf(const Appointment& appointment) const
{
    return columnOf(appointment.start.toLocalTime().date(), appointment.clinicianId);
}

int CalendarGeometry::columnOf(QDate localDay, ClinicianId clinicianId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns.at(i);
        if (c.day == localDay && (c.clinicianId == 0 || c.clinicianId == clinicianId))
            return i;
    }
    return -1;
}

std::vector<CalendarGeometry::Block>
CalendarGeometry::layout(const std::vector<Appointment>& appointments) const
{
    // Per column, greedy lanes: each appointment takes the first lane that is free at its start;
    // a cluster of mutually overlapping appointments shares the column width equally.
    struct Item {
        qsizetype index;
        int column;
        double top;
        double bottom;
        QTime start;
        int lane = 0;
    };
    std::vector<Item> items;
    items.reserve(appointments.size());
    for (qsizetype i = 0; i < qsizetype(appointments.size()); ++i) {
        const Appointment& a = appointments.at(std::size_t(i));
        // One conversion to local time per appointment: it is the costly part of a layout.
        const QDateTime localStart = a.start.toLocalTime();
        const int column = columnOf(localStart.date(), a.clinicianId);
        if (column < 0)
            continue;
        const QTime start = localStart.time();
        const int startSecond = start.msecsSinceStartOfDay() / 1000;
        const int endSecond = std::min(startSecond + a.durationMinutes * 60, 24 * 3600 - 1);
        const QTime end = QTime::fromMSecsSinceStartOfDay(endSecond * 1000);
        items.push_back({i, column, yForTime(start), yForTime(end), start});
    }
    std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
        return x.column != y.column ? x.column < y.column : x.top < y.top;
    });
    std::vector<Block> blocks;
    blocks.reserve(items.size());
    std::size_t clusterStart = 0;
    while (clusterStart < items.size()) {
        // A cluster: items in one column chained by overlaps.
        std::size_t clusterEnd = clusterStart + 1;
        double clusterBottom = items[clusterStart].bottom;
        std::vector<double> laneBottoms{items[clusterStart].bottom};
        items[clusterStart].lane = 0;
        while (clusterEnd < items.size() && items[clusterEnd].column == items[clusterStart].column
               && items[clusterEnd].top < clusterBottom) {
            Item& item = items[clusterEnd];
            auto free = std::find_if(laneBottoms.begin(), laneBottoms.end(),
                                     [&](double bottom) { return bottom <= item.top; });
            if (free == laneBottoms.end()) {
                item.lane = int(laneBottoms.size());
                laneBottoms.push_back(item.bottom);
            } else {
                item.lane = int(free - laneBottoms.begin());
                *free = item.bottom;
            }
            clusterBottom = std::max(clusterBottom, item.bottom);
            ++clusterEnd;
        }
        const int lanes = int(laneBottoms.size());
        for (std::size_t k = clusterStart; k < clusterEnd; ++k) {
            const Item& item = items[k];
            const QRectF column = columnRect(item.column);
            const double laneWidth = (column.width() - 4.0) / lanes;
            blocks.push_back({item.index, item.column,
                              QRectF(column.left() + 2.0 + item.lane * laneWidth, item.top,
                                     laneWidth - 1.0, std::max(4.0, item.bottom - item.top - 1.0)),
                              item.start});
        }
        clusterStart = clusterEnd;
    }
    return blocks;
}

QTime CalendarGeometry::timeAt(double y) const
{
    const double ppm = pixelsPerMinute();
    if (ppm <= 0)
        return m_opens;
    const int total = m_opens.secsTo(m_closes) / 60;
    // A hair of tolerance, so a point exactly on a line (as computed from yForTime) is that line.
    int minutes = int(std::floor((y - m_area.top() - m_headerHeight) / ppm + 1e-6));
    minutes = std::clamp(minutes, 0, std::max(0, total - m_step));
    minutes -= minutes % m_step;
    return m_opens.addSecs(qint64(minutes) * 60);
}

QTime CalendarGeometry::nearestTime(double y) const
{
    const double ppm = pixelsPerMinute();
    if (ppm <= 0)
        return m_opens;
    const int total = m_opens.secsTo(m_closes) / 60;
    const double minutes = (y - m_area.top() - m_headerHeight) / ppm;
    int snapped = int(std::lround(minutes / m_step)) * m_step;
    snapped = std::clamp(snapped, 0, total);
    return m_opens.addSecs(qint64(snapped) * 60);
}

int CalendarGeometry::columnAtX(double x) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const QRectF column = columnRect(i);
        if (x >= column.left() && x < column.right())
            return i;
    }
    return -1;
}

std::optional<CalendarGeometry::Slot> CalendarGeometry::slotAt(QPointF point) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const QRectF column = columnRect(i);
        if (point.x() >= column.left() && point.x() < column.right() && point.y() >= column.top()
            && point.y() < column.bottom())
            return Slot{i, QDateTime(m_columns.at(i).day, timeAt(point.y()), Qt::LocalTime)};
    }
    return std::nullopt;
}

} // namespace needlechart
