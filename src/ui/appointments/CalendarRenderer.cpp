#include "needlechart/ui/appointments/CalendarRenderer.h"

#include <QPainter>

namespace needlechart {
namespace {

const QColor GridLine(0xe2, 0xe2, 0xe2);
const QColor HourLine(0xc8, 0xc8, 0xc8);
const QColor HeaderFill(0xf3, 0xf5, 0xf8);
const QColor TodayFill(0xe8, 0xf0, 0xfb);
const QColor TextColor(0x22, 0x22, 0x22);
const QColor ClosedFill(0xee, 0xee, 0xee);
const QColor ClosedHatch(0xd6, 0xd6, 0xd6);
const QColor ClosedText(0x88, 0x88, 0x88);

// `color` mixed with white by `share` (0: unchanged, 1: white): paler, same hue.
QColor towardWhite(const QColor& color, double share)
{
    const auto mix = [share](int channel) { return int(channel + (255 - channel) * share); };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

} // namespace

QColor CalendarRenderer::colorFor(AppointmentType type)
{
    switch (type) {
    case AppointmentType::InitialAssessment: return QColor(0x5b, 0x8d, 0xd6);
    case AppointmentType::DryNeedling: return QColor(0xd9, 0x7b, 0x5f);
    case AppointmentType::FollowUp: return QColor(0x6f, 0xb0, 0x7f);
    case AppointmentType::Review: return QColor(0xb0, 0x8e, 0xd0);
    }
    return QColor(0x99, 0x99, 0x99);
}

const QStaticText& CalendarRenderer::label(const QString& text, int width, const QFont& font) const
{
    const QString key =
        QString::number(width) + QLatin1Char('|') + font.key() + QLatin1Char('|') + text;
    auto found = m_labels.find(key);
    if (found != m_labels.end())
        return *found;
    if (m_labels.size() > 8192)
        m_labels.clear();
    QStaticText laidOut(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut.prepare(QTransform(), font);
    return *m_labels.insert(key, laidOut);
}

void CalendarRenderer::paint(QPainter& painter, const CalendarGeometry& geometry,
                             const CalendarRenderState& state) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF area = geometry.area();
    const int columns = int(geometry.columns().size());

    // Header and today's column.
    for (int c = 0; c < columns; ++c) {
        const QRectF header = geometry.headerRect(c);
        painter.fillRect(header, HeaderFill);
        const bool closed = geometry.columns().at(c).closed;
        if (closed) {
            // Greyed and hatched: nobody is booked here.
            painter.fillRect(geometry.columnRect(c), ClosedFill);
            painter.fillRect(geometry.columnRect(c), QBrush(ClosedHatch, Qt::BDiagPattern));
        } else if (geometry.columns().at(c).day == state.today) {
            painter.fillRect(geometry.columnRect(c), TodayFill);
        }
        painter.setPen(closed ? ClosedText : TextColor);
        painter.drawText(header.adjusted(4, 0, -4, 0), Qt::AlignCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(state.headings.value(c), Qt::ElideRight,
                                                          int(header.width()) - 8));
    }

    // Grid lines every step, stronger on the hour, with hour labels in the gutter.
    const QTime opens = geometry.opens();
    const QTime closes = geometry.closes();
    for (QTime t = opens; t.isValid() && t <= closes; t = t.addSecs(geometry.stepMinutes() * 60)) {
        const double y = geometry.yForTime(t);
        const bool hour = t.minute() == 0;
        painter.setPen(hour ? HourLine : GridLine);
        painter.drawLine(QPointF(area.left() + geometry.gutterWidth(), y),
                         QPointF(area.right(), y));
        if (hour) {
            painter.setPen(TextColor);
            painter.drawText(QRectF(area.left(), y - 1, geometry.gutterWidth() - 6, 16),
                             Qt::AlignRight | Qt::AlignTop, t.toString(QStringLiteral("HH:mm")));
        }
        if (t.addSecs(geometry.stepMinutes() * 60) < t)
            break; // wrapped past midnight
    }
    painter.setPen(HourLine);
    for (int c = 0; c <= columns; ++c) {
        const double x = c < columns ? geometry.columnRect(c).left() : area.right() - 1;
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }

    // Keyboard cursor.
    if (state.cursor) {
        const QRectF column = geometry.columnRect(state.cursor->column);
        const double top = geometry.yForTime(state.cursor->start.time());
        const double height = geometry.stepMinutes() * geometry.pixelsPerMinute();
        painter.setPen(QPen(QColor(0x1b, 0x4f, 0x8a), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(column.left() + 1, top, column.width() - 2, height));
    }

    // Blocks.
    if (state.appointments) {
        const QFontMetrics metrics = painter.fontMetrics();
        const QFont normal = painter.font();
        QFont struck = normal;
        struck.setStrikeOut(true);
        for (const CalendarGeometry::Block& block : geometry.layout(*state.appointments)) {
            const Appointment& a = state.appointments->at(std::size_t(block.index));
            QColor fill = colorFor(a.type);
            const bool cancelled = a.status == AppointmentStatus::Cancelled;
            if (cancelled || a.status == AppointmentStatus::NoShow)
                fill.setAlpha(90);
            else if (a.status == AppointmentStatus::Completed)
                fill = towardWhite(fill, 0.3);
            const bool selected = state.selected == a.id;
            painter.setPen(selected ? QPen(QColor(0x10, 0x10, 0x10), 2)
                                    : QPen(fill.darker(130), 1));
            painter.setBrush(fill);
            painter.drawRect(block.rect);
            const QRectF text = block.rect.adjusted(4, 1, -3, -1);
            if (text.height() < metrics.height() * 0.8 || text.width() < 12)
                continue;
            if (cancelled)
                painter.setFont(struck);
            painter.setPen(a.status == AppointmentStatus::Completed ? QColor(0x20, 0x20, 0x20)
                                                                    : QColor(Qt::white));
            // Single elided lines: word-wrapping every block costs more than the rest of a paint.
            const QString time = block.localStart.toString(QStringLiteral("HH:mm"));
            const QString label = time + QLatin1Char(' ') + state.patientNames.value(a.patientId);
            const int width = int(text.width());
            const QFont& font = cancelled ? struck : normal;
            painter.drawStaticText(text.topLeft(), this->label(label, width, font));
            if (text.height() >= metrics.height() * 2) {
                // Where the visit stands, once it has moved on from "booked".
                const QString second =
                    a.status == AppointmentStatus::Booked
                        ? enumLabel(a.type)
                        : enumLabel(a.type) + QStringLiteral(" \u00b7 ") + enumLabel(a.status);
                painter.drawStaticText(QPointF(text.left(), text.top() + metrics.height()),
                                       this->label(second, width, font));
            }
            if (cancelled)
                painter.setFont(normal);
        }
    }
    painter.restore();
}

} // namespace needlechart
