#include "common/Theme.h"

namespace needlechart {
namespace {

QString boxStyleSheet(Theme::Role text, Theme::Role background, Theme::Role border)
{
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; "
                          "padding: 3px 6px; }")
        .arg(Theme::name(text), Theme::name(background), Theme::name(border));
}

} // namespace

QColor Theme::color(Role role)
{
    // The light palette, the only one so far. No default: the compiler names a role left out.
    switch (role) {
    case Role::ErrorText: return QColor(0xb0, 0x00, 0x20);
    case Role::ErrorTextOnDark: return QColor(0xff, 0x8a, 0x80);
    case Role::AlertText: return QColor(0x7a, 0x00, 0x16);
    case Role::AlertBackground: return QColor(0xfd, 0xec, 0xee);
    case Role::AlertBorder: return QColor(0xe7, 0xa1, 0xab);
    case Role::AlertListBackground: return QColor(0xff, 0xf6, 0xf6);
    case Role::CautionText: return QColor(0x8a, 0x1c, 0x00);
    case Role::PendingText: return QColor(0x8a, 0x5a, 0x00);
    case Role::LateText: return QColor(0xb0, 0x1e, 0x1e);
    case Role::SuccessText: return QColor(0x1b, 0x4f, 0x2a);
    case Role::SuccessBackground: return QColor(0xee, 0xf7, 0xef);
    case Role::SuccessBorder: return QColor(0xa9, 0xd3, 0xb0);
    case Role::CheckPassedText: return QColor(0x1b, 0x6e, 0x20);
    case Role::Accent: return QColor(0x1b, 0x4f, 0x8a);
    case Role::AmendmentBackground: return QColor(0xf3, 0xf6, 0xfb);
    case Role::TableHeaderBackground: return QColor(0xee, 0xf2, 0xf7);
    case Role::SecondaryText: return QColor(0x44, 0x44, 0x44);
    case Role::FadedText: return QColor(0x80, 0x80, 0x80);
    case Role::CancelledPaperText: return QColor(0x77, 0x77, 0x77);
    case Role::FooterText: return QColor(0x55, 0x55, 0x55);
    case Role::FooterRule: return QColor(0xaa, 0xaa, 0xaa);
    case Role::CalendarText: return QColor(0x22, 0x22, 0x22);
    case Role::CalendarGridLine: return QColor(0xe2, 0xe2, 0xe2);
    case Role::CalendarHourLine: return QColor(0xc8, 0xc8, 0xc8);
    case Role::CalendarHeaderBackground: return QColor(0xf3, 0xf5, 0xf8);
    case Role::CalendarTodayBackground: return QColor(0xe8, 0xf0, 0xfb);
    case Role::CalendarClosedBackground: return QColor(0xee, 0xee, 0xee);
    case Role::CalendarClosedHatch: return QColor(0xd6, 0xd6, 0xd6);
    case Role::CalendarClosedText: return QColor(0x88, 0x88, 0x88);
    case Role::BookingSelectedBorder: return QColor(0x10, 0x10, 0x10);
    case Role::BookingText: return QColor(0xff, 0xff, 0xff);
    case Role::BookingTextOnPale: return QColor(0x20, 0x20, 0x20);
    case Role::BookingInitialAssessment: return QColor(0x5b, 0x8d, 0xd6);
    case Role::BookingDryNeedling: return QColor(0xd9, 0x7b, 0x5f);
    case Role::BookingFollowUp: return QColor(0x6f, 0xb0, 0x7f);
    case Role::BookingReview: return QColor(0xb0, 0x8e, 0xd0);
    case Role::BookingOther: return QColor(0x99, 0x99, 0x99);
    case Role::MarkerFill: return QColor(0x1d, 0x4e, 0x89);
    case Role::MarkerEdge: return QColor(0xff, 0xff, 0xff);
    case Role::MarkerText: return QColor(0xff, 0xff, 0xff);
    case Role::MarkerSelectionRing: return QColor(0xf2, 0xa9, 0x00);
    case Role::MarkerSelectionRingEdge: return QColor(0x20, 0x20, 0x20);
    case Role::MarkerHoverFill: return QColor(0x2a, 0x6e, 0xdc, 80);
    case Role::MarkerHoverEdge: return QColor(0x2a, 0x6e, 0xdc, 200);
    case Role::MarkerHistoryRing: return QColor(0x1d, 0x4e, 0x89, 130);
    case Role::HeatTint: return QColor(0xe8, 0x5d, 0x04);
    case Role::CautionMarkerFill: return QColor(0xf2, 0xa9, 0x00);
    case Role::CautionMarkerEdge: return QColor(0x20, 0x20, 0x20);
    case Role::PainAche: return QColor(0x7b, 0x1f, 0xa2);
    case Role::PainBurning: return QColor(0xd8, 0x43, 0x15);
    case Role::PainPinsAndNeedles: return QColor(0x2e, 0x7d, 0x32);
    case Role::PainNumbness: return QColor(0x37, 0x47, 0x4f);
    }
    return QColor(0x00, 0x00, 0x00);
}

QString Theme::name(Role role)
{
    return color(role).name(QColor::HexRgb);
}

QString Theme::labelStyleSheet(Role text, bool bold)
{
    return bold ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(name(text))
                : QStringLiteral("QLabel { color: %1; }").arg(name(text));
}

QString Theme::alertStyleSheet()
{
    return boxStyleSheet(Role::AlertText, Role::AlertBackground, Role::AlertBorder);
}

QString Theme::successStyleSheet()
{
    return boxStyleSheet(Role::SuccessText, Role::SuccessBackground, Role::SuccessBorder);
}

} // namespace needlechart
