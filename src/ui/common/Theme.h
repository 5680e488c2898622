#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace needlechart {

// Every colour the UI and its paper use, named by the role it plays rather than by how it looks,
// in two palettes: light and dark. Nothing outside this class spells a colour. Painting code
// takes a colour with color(), style sheets and HTML with name(), both in the palette in use
// (use(), chosen once at start-up by Appearance). Paper is printed on white whatever the
// screen shows: renderers of paper take paperColor() and paperName(), always the light
// palette. Text colours reach 4.5:1 against what they are drawn on in both palettes (WCAG AA),
// which ThemeContrastTest checks. The body map's SVG artwork keeps its own colours: they are
// drawing, not UI, and its markers keep theirs in both palettes, drawn on that artwork.
class Theme {
public:
    enum class Palette { Light, Dark };

    enum class Role {
        // What the palette of the whole program is made of (QPalette, see palette()).
        WindowBackground, // dialogs, panels, the space around fields
        BaseBackground,   // fields, lists and tables
        WindowText,       // text on either
        ButtonBackground,
        Highlight,       // the selected row
        HighlightedText, // text on it
        LinkText,
        DisabledText, // greyed out; exempt from the contrast rule, as WCAG has it
        // A banner across the window: the clinic server cannot be reached.
        BannerBackground,
        BannerText,
        BannerBorder,
        // Something is wrong or needs attention.
        ErrorText,           // a refusal under a form, needles not accounted for
        ErrorTextOnDark,     // ErrorText where the window background is dark
        AlertText,           // serious events, a patient not cleared to needle
        AlertBackground,     // behind AlertText in a boxed alert
        AlertBorder,         // around a boxed alert
        AlertListBackground, // the list of what still stops a note being signed
        CautionText,         // a needling caution on the chosen muscle
        PendingText,         // a note still in draft (caution amber)
        LateText,            // a booking whose patient is late
        // Something is in order.
        SuccessText,       // cleared to needle
        SuccessBackground, // behind SuccessText in a boxed message
        SuccessBorder,     // around a boxed success message
        CheckPassedText,   // every needle accounted for
        // The clinic's blue and what goes with it.
        Accent,                // headings, a signed note's status, the calendar's keyboard cursor
        AmendmentBackground,   // an amendment under a signed note (with an Accent rule)
        TableHeaderBackground, // the header row of a printed table
        // Quieter text.
        SecondaryText,      // subtitles and small print on paper
        FadedText,          // cancelled and missed bookings in lists
        CancelledPaperText, // cancelled rows of the day sheet
        FooterText,         // the page footer of printed documents
        FooterRule,         // the line above that footer
        // The appointment book's calendar.
        CalendarBackground,
        CalendarText,
        CalendarGridLine,         // quarter-hour lines
        CalendarHourLine,         // hour lines and column edges
        CalendarHeaderBackground, // the row of day names
        CalendarTodayBackground,
        CalendarClosedBackground, // a day the clinic or the clinician does not work
        CalendarClosedHatch,
        CalendarClosedText,
        BookingSelectedBorder,
        BookingText,       // on a booking's own colour
        BookingTextOnPale, // on a completed or cancelled booking's colour, faded to the calendar
        BookingInitialAssessment,
        BookingDryNeedling,
        BookingFollowUp,
        BookingReview,
        BookingOther,
        // The body map's markers, chosen to stand out from the artwork's skin and muscle tones
        // (pinks and reds) and from each other: a deep blue disc, a white edge and number, an
        // amber ring for selection.
        MarkerFill,
        MarkerEdge,
        MarkerText,
        MarkerSelectionRing,
        MarkerSelectionRingEdge,
        MarkerHoverFill, // a translucent blue over the region under the pointer
        MarkerHoverEdge,
        MarkerHistoryRing, // earlier sessions' points: the marker's blue, faint
        HeatTint,          // the heat map: a warm orange, unlike the hover blue
        CautionMarkerFill, // the warning triangle beside a marker, and a caution's outline
        CautionMarkerEdge,
        // The pain drawing's kinds of symptom, each also with its own hatching (told apart
        // without colour): apart from the skin and muscle tones and from the markers' blue.
        PainAche,           // purple, solid
        PainBurning,        // red-orange, cross-hatched
        PainPinsAndNeedles, // green, dotted
        PainNumbness,       // slate, diagonal lines
    };

    // The palette the screen uses from now on (Light until told otherwise).
    static void use(Palette palette);
    [[nodiscard]] static Palette current();

    // `role` in the palette in use.
    [[nodiscard]] static QColor color(Role role);
    // "#rrggbb" for style sheets and HTML; any transparency of the role is left out.
    [[nodiscard]] static QString name(Role role);
    // `role` in `palette`, whichever is in use.
    [[nodiscard]] static QColor colorIn(Palette palette, Role role);
    // `role` on paper: the light palette, always.
    [[nodiscard]] static QColor paperColor(Role role);
    [[nodiscard]] static QString paperName(Role role);
    // The QPalette of the whole program in `palette`, made of the roles above.
    [[nodiscard]] static QPalette palette(Palette palette);
    // `color` faded towards `background` by `share` (0: unchanged, 1: the background).
    [[nodiscard]] static QColor faded(const QColor& color, const QColor& background, double share);
    // WCAG 2.1's contrast ratio of two colours, 1 to 21.
    [[nodiscard]] static double contrast(const QColor& a, const QColor& b);

    // A label's text in the colour of `text`, bold if asked.
    [[nodiscard]] static QString labelStyleSheet(Role text, bool bold = false);
    // A label boxed as an alert (dark red on pale red), or as good news (green on pale green).
    [[nodiscard]] static QString alertStyleSheet();
    [[nodiscard]] static QString successStyleSheet();
};

} // namespace needlechart
