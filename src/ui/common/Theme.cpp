#include "common/Theme.h"

#include <algorithm>
#include <cmath>

namespace needlechart {
namespace {

QString boxStyleSheet(Theme::Role text, Theme::Role background, Theme::Role border)
{
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; "
                          "padding: 3px 6px; }")
        .arg(Theme::name(text), Theme::name(background), Theme::name(border));
}

} // namespace

namespace {

QColor lightColor(Theme::Role role)
{
    using Role = Theme::Role;
    // No default: the compiler names a role left out.
    switch (role) {
    case Role::WindowBackground: return QColor(0xef, 0xef, 0xef);
    case Role::BaseBackground: return QColor(0xff, 0xff, 0xff);
    case Role::WindowText: return QColor(0x00, 0x00, 0x00);
    case Role::ButtonBackground: return QColor(0xef, 0xef, 0xef);
    case Role::Highlight: return QColor(0x2f, 0x64, 0xb0);
    case Role::HighlightedText: return QColor(0xff, 0xff, 0xff);
    case Role::LinkText: return QColor(0x00, 0x4f, 0xb0);
    case Role::DisabledText: return QColor(0x90, 0x90, 0x90);
    case Role::BannerBackground: return QColor(0xff, 0xe0, 0x8a);
    case Role::BannerText: return QColor(0x2b, 0x21, 0x00);
    case Role::BannerBorder: return QColor(0xc9, 0xa2, 0x27);
    case Role::CalendarBackground: return QColor(0xff, 0xff, 0xff);
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
    case Role::FadedText: return QColor(0x63, 0x63, 0x63);
    case Role::CancelledPaperText: return QColor(0x6b, 0x6b, 0x6b);
    case Role::FooterText: return QColor(0x55, 0x55, 0x55);
    case Role::FooterRule: return QColor(0xaa, 0xaa, 0xaa);
    case Role::CalendarText: return QColor(0x22, 0x22, 0x22);
    case Role::CalendarGridLine: return QColor(0xe2, 0xe2, 0xe2);
    case Role::CalendarHourLine: return QColor(0xc8, 0xc8, 0xc8);
    case Role::CalendarHeaderBackground: return QColor(0xf3, 0xf5, 0xf8);
    case Role::CalendarTodayBackground: return QColor(0xe8, 0xf0, 0xfb);
    case Role::CalendarClosedBackground: return QColor(0xee, 0xee, 0xee);
    case Role::CalendarClosedHatch: return QColor(0xd6, 0xd6, 0xd6);
    case Role::CalendarClosedText: return QColor(0x5c, 0x5c, 0x5c);
    case Role::BookingSelectedBorder: return QColor(0x10, 0x10, 0x10);
    case Role::BookingText: return QColor(0xff, 0xff, 0xff);
    case Role::BookingTextOnPale: return QColor(0x20, 0x20, 0x20);
    case Role::BookingInitialAssessment: return QColor(0x2f, 0x64, 0xb0);
    case Role::BookingDryNeedling: return QColor(0xb4, 0x47, 0x2a);
    case Role::BookingFollowUp: return QColor(0x2f, 0x7a, 0x45);
    case Role::BookingReview: return QColor(0x7b, 0x55, 0xa6);
    case Role::BookingOther: return QColor(0x66, 0x66, 0x66);
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

QColor darkColor(Theme::Role role)
{
    using Role = Theme::Role;
    switch (role) {
    case Role::WindowBackground: return QColor(0x2d, 0x2d, 0x2d);
    case Role::BaseBackground: return QColor(0x1e, 0x1e, 0x1e);
    case Role::WindowText: return QColor(0xe8, 0xe8, 0xe8);
    case Role::ButtonBackground: return QColor(0x3a, 0x3a, 0x3a);
    case Role::Highlight: return QColor(0x2f, 0x64, 0xb0);
    case Role::HighlightedText: return QColor(0xff, 0xff, 0xff);
    case Role::LinkText: return QColor(0x8a, 0xb4, 0xf8);
    case Role::DisabledText: return QColor(0x80, 0x80, 0x80);
    case Role::BannerBackground: return QColor(0x4a, 0x3b, 0x00);
    case Role::BannerText: return QColor(0xff, 0xe9, 0xa8);
    case Role::BannerBorder: return QColor(0x8a, 0x6d, 0x00);
    case Role::ErrorText: return QColor(0xff, 0x8a, 0x80);
    case Role::ErrorTextOnDark: return QColor(0xff, 0x8a, 0x80);
    case Role::AlertText: return QColor(0xff, 0xb4, 0xab);
    case Role::AlertBackground: return QColor(0x3d, 0x15, 0x18);
    case Role::AlertBorder: return QColor(0x8c, 0x3a, 0x42);
    case Role::AlertListBackground: return QColor(0x2e, 0x1a, 0x1a);
    case Role::CautionText: return QColor(0xff, 0xab, 0x91);
    case Role::PendingText: return QColor(0xf2, 0xc1, 0x4e);
    case Role::LateText: return QColor(0xff, 0x8a, 0x80);
    case Role::SuccessText: return QColor(0xa5, 0xd6, 0xa7);
    case Role::SuccessBackground: return QColor(0x17, 0x30, 0x1d);
    case Role::SuccessBorder: return QColor(0x3f, 0x7a, 0x4a);
    case Role::CheckPassedText: return QColor(0x81, 0xc7, 0x84);
    case Role::Accent: return QColor(0x8a, 0xb4, 0xf8);
    case Role::AmendmentBackground: return QColor(0x23, 0x2b, 0x36);
    case Role::SecondaryText: return QColor(0xbd, 0xbd, 0xbd);
    case Role::FadedText: return QColor(0x9e, 0x9e, 0x9e);
    case Role::CalendarBackground: return QColor(0x1e, 0x1e, 0x1e);
    case Role::CalendarText: return QColor(0xe0, 0xe0, 0xe0);
    case Role::CalendarGridLine: return QColor(0x33, 0x33, 0x33);
    case Role::CalendarHourLine: return QColor(0x4a, 0x4a, 0x4a);
    case Role::CalendarHeaderBackground: return QColor(0x2a, 0x2f, 0x36);
    case Role::CalendarTodayBackground: return QColor(0x1f, 0x2a, 0x38);
    case Role::CalendarClosedBackground: return QColor(0x2a, 0x2a, 0x2a);
    case Role::CalendarClosedHatch: return QColor(0x3a, 0x3a, 0x3a);
    case Role::CalendarClosedText: return QColor(0xa8, 0xa8, 0xa8);
    case Role::BookingSelectedBorder: return QColor(0xff, 0xff, 0xff);
    case Role::BookingText: return QColor(0xff, 0xff, 0xff);
    case Role::BookingTextOnPale: return QColor(0xe8, 0xe8, 0xe8);
    case Role::BookingInitialAssessment: return QColor(0x2f, 0x5f, 0x9e);
    case Role::BookingDryNeedling: return QColor(0xa3, 0x4a, 0x30);
    case Role::BookingFollowUp: return QColor(0x2e, 0x6b, 0x40);
    case Role::BookingReview: return QColor(0x6c, 0x4a, 0x94);
    case Role::BookingOther: return QColor(0x5a, 0x5a, 0x5a);
    // Paper (always light) and what is drawn on the body map's artwork (light in both).
    case Role::TableHeaderBackground:
    case Role::CancelledPaperText:
    case Role::FooterText:
    case Role::FooterRule:
    case Role::MarkerFill:
    case Role::MarkerEdge:
    case Role::MarkerText:
    case Role::MarkerSelectionRing:
    case Role::MarkerSelectionRingEdge:
    case Role::MarkerHoverFill:
    case Role::MarkerHoverEdge:
    case Role::MarkerHistoryRing:
    case Role::HeatTint:
    case Role::CautionMarkerFill:
    case Role::CautionMarkerEdge:
    case Role::PainAche:
    case Role::PainBurning:
    case Role::PainPinsAndNeedles:
    case Role::PainNumbness: return lightColor(role);
    }
    return QColor(0xff, 0xff, 0xff);
}

Theme::Palette& paletteInUse()
{
    static Theme::Palette inUse = Theme::Palette::Light;
    return inUse;
}

} // namespace

void Theme::use(Palette chosen)
{
    paletteInUse() = chosen;
}

Theme::Palette Theme::current()
{
    return paletteInUse();
}

QColor Theme::colorIn(Palette in, Role role)
{
    return in == Palette::Dark ? darkColor(role) : lightColor(role);
}

QColor Theme::color(Role role)
{
    return colorIn(paletteInUse(), role);
}

QColor Theme::paperColor(Role role)
{
    return lightColor(role);
}

QString Theme::paperName(Role role)
{
    return paperColor(role).name(QColor::HexRgb);
}

QPalette Theme::palette(Palette in)
{
    const auto c = [in](Role role) { return colorIn(in, role); };
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, c(Role::WindowBackground));
        p.setColor(group, QPalette::WindowText, c(Role::WindowText));
        p.setColor(group, QPalette::Base, c(Role::BaseBackground));
        p.setColor(group, QPalette::AlternateBase,
                   faded(c(Role::WindowBackground), c(Role::BaseBackground), 0.5));
        p.setColor(group, QPalette::ToolTipBase, c(Role::BaseBackground));
        p.setColor(group, QPalette::ToolTipText, c(Role::WindowText));
        p.setColor(group, QPalette::PlaceholderText, c(Role::FadedText));
        p.setColor(group, QPalette::Text, c(Role::WindowText));
        p.setColor(group, QPalette::Button, c(Role::ButtonBackground));
        p.setColor(group, QPalette::ButtonText, c(Role::WindowText));
        p.setColor(group, QPalette::BrightText, c(Role::ErrorText));
        p.setColor(group, QPalette::Highlight, c(Role::Highlight));
        p.setColor(group, QPalette::HighlightedText, c(Role::HighlightedText));
        p.setColor(group, QPalette::Link, c(Role::LinkText));
        p.setColor(group, QPalette::LinkVisited, c(Role::LinkText));
        p.setColor(group, QPalette::Light, c(Role::ButtonBackground).lighter(130));
        p.setColor(group, QPalette::Midlight, c(Role::ButtonBackground).lighter(115));
        p.setColor(group, QPalette::Mid, c(Role::ButtonBackground).darker(130));
        p.setColor(group, QPalette::Dark, c(Role::ButtonBackground).darker(160));
        p.setColor(group, QPalette::Shadow, QColor(0, 0, 0));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, c(Role::WindowBackground));
    p.setColor(QPalette::Disabled, QPalette::Base, c(Role::WindowBackground));
    p.setColor(QPalette::Disabled, QPalette::Button, c(Role::ButtonBackground));
    for (const QPalette::ColorRole text :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, text, c(Role::DisabledText));
    p.setColor(QPalette::Disabled, QPalette::Highlight, c(Role::DisabledText));
    return p;
}

QColor Theme::faded(const QColor& color, const QColor& background, double share)
{
    const auto mix = [share](int from, int to) { return int(from + (to - from) * share); };
    return QColor(mix(color.red(), background.red()), mix(color.green(), background.green()),
                  mix(color.blue(), background.blue()));
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto linear = [](double channel) {
            return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
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
