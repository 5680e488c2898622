#pragma once

#include <QColor>
#include <QString>

namespace needlechart {

// Every colour the UI and its paper use, named by the role it plays rather than by how it looks,
// so a dark palette can later give each role another value here and nowhere else. Painting code
// takes a colour with color(), style sheets and HTML with name(). Paper uses the same names; it
// is printed on white, so it will keep these values when the screen gets a dark palette.
// The body map's SVG artwork keeps its own colours: they are drawing, not UI.
class Theme {
public:
    enum class Role {
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
        BookingTextOnPale, // on a completed booking's paler colour
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

    [[nodiscard]] static QColor color(Role role);
    // "#rrggbb" for style sheets and HTML; any transparency of the role is left out.
    [[nodiscard]] static QString name(Role role);

    // A label's text in the colour of `text`, bold if asked.
    [[nodiscard]] static QString labelStyleSheet(Role text, bool bold = false);
    // A label boxed as an alert (dark red on pale red), or as good news (green on pale green).
    [[nodiscard]] static QString alertStyleSheet();
    [[nodiscard]] static QString successStyleSheet();
};

} // namespace needlechart
