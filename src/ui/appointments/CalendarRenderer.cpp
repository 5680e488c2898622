#include "needlechart/ui/appointments/CalendarRenderer.h"

#include "needlechart/domain/common/DisplayText.h"

#include "common/Theme.h"

#include <QPainter>

namespace needlechart {
namespace {

using Role = Theme::Role;

// How far a booking's colour fades towards the calendar once the visit is over, and further
// once it was cancelled or missed: enough for the struck or quiet look, and for its text
// (BookingTextOnPale) to keep 4.5:1 in both palettes (ThemeContrastTest).
constexpr double CompletedFade = 0.5;
constexpr double CancelledFade = 0.72;

} // namespace

QColor CalendarRenderer::colorFor(AppointmentType type)
{
    switch (type) {
    case AppointmentType::InitialAssessment: return Theme::color(Role::BookingInitialAssessment);
    case AppointmentType::DryNeedling: return Theme::color(Role::BookingDryNeedling);
    case AppointmentType::FollowUp: return Theme::color(Role::BookingFollowUp);
    case AppointmentType::Review: return Theme::color(Role::BookingReview);
    }
    return Theme::color(Role::BookingOther);
}

QColor CalendarRenderer::fillFor(AppointmentType type, AppointmentStatus status)
{
    const QColor background = Theme::color(Role::CalendarBackground);
    switch (status) {
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::NoShow: return Theme::faded(colorFor(type), background, CancelledFade);
    case AppointmentStatus::Completed:
        return Theme::faded(colorFor(type), background, CompletedFade);
    case AppointmentStatus::Booked:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::InTreatment: break;
    }
    return colorFor(type);
}

QColor CalendarRenderer::textFor(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::NoShow:
    case AppointmentStatus::Completed: return Theme::color(Role::BookingTextOnPale);
    case AppointmentStatus::Booked:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::InTreatment: break;
    }
    return Theme::color(Role::BookingText);
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
    painter.fillRect(area, Theme::color(Role::CalendarBackground));

    // Header and today's column.
    for (int c = 0; c < columns; ++c) {
        const QRectF header = geometry.headerRect(c);
        painter.fillRect(header, Theme::color(Role::CalendarHeaderBackground));
        const bool closed = geometry.columns().at(c).closed;
        if (closed) {
            // Greyed and hatched: nobody is booked here.
            painter.fillRect(geometry.columnRect(c), Theme::color(Role::CalendarClosedBackground));
            painter.fillRect(geometry.columnRect(c),
                             QBrush(Theme::color(Role::CalendarClosedHatch), Qt::BDiagPattern));
        } else if (geometry.columns().at(c).day == state.today) {
            painter.fillRect(geometry.columnRect(c), Theme::color(Role::CalendarTodayBackground));
        }
        painter.setPen(Theme::color(closed ? Role::CalendarClosedText : Role::CalendarText));
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
        painter.setPen(Theme::color(hour ? Role::CalendarHourLine : Role::CalendarGridLine));
        painter.drawLine(QPointF(area.left() + geometry.gutterWidth(), y),
                         QPointF(area.right(), y));
        if (hour) {
            painter.setPen(Theme::color(Role::CalendarText));
            painter.drawText(QRectF(area.left(), y - 1, geometry.gutterWidth() - 6, 16),
                             Qt::AlignRight | Qt::AlignTop, t.toString(QStringLiteral("HH:mm")));
        }
        if (t.addSecs(geometry.stepMinutes() * 60) < t)
            break; // wrapped past midnight
    }
    painter.setPen(Theme::color(Role::CalendarHourLine));
    for (int c = 0; c <= columns; ++c) {
        const double x = c < columns ? geometry.columnRect(c).left() : area.right() - 1;
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }

    // Keyboard cursor.
    if (state.cursor) {
        const QRectF column = geometry.columnRect(state.cursor->column);
        const double top = geometry.yForTime(state.cursor->start.time());
        const double height = geometry.stepMinutes() * geometry.pixelsPerMinute();
        painter.setPen(QPen(Theme::color(Role::Accent), 2));
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
            const QColor fill = fillFor(a.type, a.status);
            const bool cancelled = a.status == AppointmentStatus::Cancelled;
            const bool selected = state.selected == a.id;
            painter.setPen(selected ? QPen(Theme::color(Role::BookingSelectedBorder), 2)
                                    : QPen(fill.darker(130), 1));
            painter.setBrush(fill);
            painter.drawRect(block.rect);
            const QRectF text = block.rect.adjusted(4, 1, -3, -1);
            if (text.height() < metrics.height() * 0.8 || text.width() < 12)
                continue;
            if (cancelled)
                painter.setFont(struck);
            painter.setPen(textFor(a.status));
            // Single elided lines: word-wrapping every block costs more than the rest of a paint.
            const QString time = block.localStart.toString(QStringLiteral("HH:mm"));
            // The name isolated: a right-to-left one cannot move before the time.
            const QString label = time + QLatin1Char(' ')
                                  + DisplayText::isolate(state.patientNames.value(a.patientId));
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
