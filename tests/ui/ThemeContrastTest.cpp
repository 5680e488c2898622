// WCAG 2.1 AA for text in both palettes: at least 4.5:1 between every text colour and what it
// is drawn on, computed from the theme's own colours.
#include "needlechart/ui/appointments/CalendarRenderer.h"
#include "needlechart/ui/common/Appearance.h"

#include "common/Theme.h"
#include "paper/PagedTextPrinter.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QStringList>
#include <QStyle>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <algorithm>

namespace needlechart {
namespace {

using Role = Theme::Role;
constexpr double Required = 4.5;

// Puts the palette in use for one test and the light one back afterwards.
class PaletteInUse {
public:
    explicit PaletteInUse(Theme::Palette palette) { Theme::use(palette); }
    ~PaletteInUse() { Theme::use(Theme::Palette::Light); }
    PaletteInUse(const PaletteInUse&) = delete;
    PaletteInUse& operator=(const PaletteInUse&) = delete;
};

struct Pair {
    const char* what;
    QColor text;
    QColor background;
};

QStringList tooFaint(const QList<Pair>& pairs)
{
    QStringList faint;
    for (const Pair& pair : pairs) {
        const double ratio = Theme::contrast(pair.text, pair.background);
        if (ratio < Required)
            faint << QStringLiteral("%1: %2 on %3 is %4:1")
                         .arg(QString::fromLatin1(pair.what), pair.text.name(),
                              pair.background.name())
                         .arg(ratio, 0, 'f', 2);
    }
    return faint;
}

QList<Pair> screenPairs()
{
    const auto c = [](Role role) { return Theme::color(role); };
    QList<Pair> pairs;
    // Text that stands on a window, a field or a list.
    for (const Role background : {Role::WindowBackground, Role::BaseBackground}) {
        for (const auto& [what, text] :
             {std::pair{"window text", Role::WindowText}, std::pair{"error", Role::ErrorText},
              std::pair{"caution", Role::CautionText}, std::pair{"draft", Role::PendingText},
              std::pair{"late", Role::LateText},
              std::pair{"needles counted", Role::CheckPassedText},
              std::pair{"accent", Role::Accent}, std::pair{"secondary", Role::SecondaryText},
              std::pair{"cancelled in a list", Role::FadedText}, std::pair{"link", Role::LinkText}})
            pairs.append({what, c(text), c(background)});
    }
    pairs.append({"selected row", c(Role::HighlightedText), c(Role::Highlight)});
    pairs.append({"boxed alert", c(Role::AlertText), c(Role::AlertBackground)});
    pairs.append({"signing list", c(Role::AlertText), c(Role::AlertListBackground)});
    pairs.append({"boxed success", c(Role::SuccessText), c(Role::SuccessBackground)});
    pairs.append({"server banner", c(Role::BannerText), c(Role::BannerBackground)});
    pairs.append({"amendment", c(Role::WindowText), c(Role::AmendmentBackground)});
    pairs.append({"calendar", c(Role::CalendarText), c(Role::CalendarBackground)});
    pairs.append({"day names", c(Role::CalendarText), c(Role::CalendarHeaderBackground)});
    pairs.append({"today", c(Role::CalendarText), c(Role::CalendarTodayBackground)});
    pairs.append({"closed day", c(Role::CalendarClosedText), c(Role::CalendarClosedBackground)});
    // Every kind of booking in every state, as the calendar paints it.
    for (const AppointmentType type :
         {AppointmentType::InitialAssessment, AppointmentType::DryNeedling,
          AppointmentType::FollowUp, AppointmentType::Review}) {
        for (const AppointmentStatus status :
             {AppointmentStatus::Booked, AppointmentStatus::Arrived, AppointmentStatus::InTreatment,
              AppointmentStatus::Completed, AppointmentStatus::Cancelled,
              AppointmentStatus::NoShow})
            pairs.append({"booking", CalendarRenderer::textFor(status),
                          CalendarRenderer::fillFor(type, status)});
    }
    // A type without a colour of its own (one added later) gets BookingOther.
    pairs.append(
        {"other booking", Theme::color(Role::BookingText), Theme::color(Role::BookingOther)});
    return pairs;
}

TEST(ThemeContrastTest, every_text_colour_of_the_light_palette_reaches_4_5_to_1)
{
    const PaletteInUse light(Theme::Palette::Light);
    const QStringList faint = tooFaint(screenPairs());
    EXPECT_TRUE(faint.isEmpty()) << faint.join(QLatin1Char('\n')).toStdString();
}

TEST(ThemeContrastTest, every_text_colour_of_the_dark_palette_reaches_4_5_to_1)
{
    const PaletteInUse dark(Theme::Palette::Dark);
    const QStringList faint = tooFaint(screenPairs());
    EXPECT_TRUE(faint.isEmpty()) << faint.join(QLatin1Char('\n')).toStdString();
}

TEST(ThemeContrastTest, paper_keeps_the_light_colours_while_the_screen_is_dark)
{
    const PaletteInUse dark(Theme::Palette::Dark);
    EXPECT_EQ(Theme::paperColor(Role::Accent), Theme::colorIn(Theme::Palette::Light, Role::Accent));
    EXPECT_NE(Theme::color(Role::Accent), Theme::paperColor(Role::Accent));
    const QList<Pair> paper{
        {"secondary on paper", Theme::paperColor(Role::SecondaryText), Qt::white},
        {"cancelled on the day sheet", Theme::paperColor(Role::CancelledPaperText), Qt::white},
        {"footer", Theme::paperColor(Role::FooterText), Qt::white},
        {"heading", Theme::paperColor(Role::Accent), Qt::white}};
    const QStringList faint = tooFaint(paper);
    EXPECT_TRUE(faint.isEmpty()) << faint.join(QLatin1Char('\n')).toStdString();
}

TEST(AppearanceTest, dark_gives_the_program_the_themes_dark_palette_and_light_puts_the_light_one)
{
    const QString style = QApplication::style()->name();
    const QPalette before = QApplication::palette();
    EXPECT_TRUE(Appearance::apply(Appearance::Dark));
    EXPECT_EQ(Theme::current(), Theme::Palette::Dark);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              Theme::colorIn(Theme::Palette::Dark, Role::WindowBackground));
    EXPECT_EQ(QApplication::palette().color(QPalette::Text),
              Theme::colorIn(Theme::Palette::Dark, Role::WindowText));
    EXPECT_FALSE(Appearance::apply(Appearance::Light));
    EXPECT_EQ(Theme::current(), Theme::Palette::Light);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              Theme::colorIn(Theme::Palette::Light, Role::WindowBackground));
    // Put back what the other tests of this process run with.
    QApplication::setStyle(style);
    QApplication::setPalette(before);
}

TEST(ThemeContrastTest, paper_text_is_black_while_the_screen_is_dark)
{
    const QPalette before = QApplication::palette();
    const PaletteInUse dark(Theme::Palette::Dark);
    QApplication::setPalette(Theme::palette(Theme::Palette::Dark)); // light text on screen
    QTextDocument document;
    document.setPlainText(QStringLiteral("Yuki McDonald"));
    QImage page(400, 60, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        PagedTextPrinter::drawOnPaper(document, painter, QRectF(page.rect()));
    }
    QApplication::setPalette(before);
    int darkest = 255;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            darkest = std::min(darkest, qGray(page.pixel(x, y)));
    }
    EXPECT_LT(darkest, 60) << "the text was drawn in the screen's light colour";
}

TEST(ThemeContrastTest, the_contrast_ratio_is_wcags)
{
    EXPECT_NEAR(Theme::contrast(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(Theme::contrast(Qt::white, Qt::white), 1.0, 0.01);
    EXPECT_NEAR(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.02);
}

} // namespace
} // namespace needlechart
