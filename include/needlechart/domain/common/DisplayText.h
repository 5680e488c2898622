#pragma once

#include <QChar>
#include <QString>

namespace needlechart {

// Text put beside other text for a person to read, on screen or on paper. A right-to-left name
// (Hebrew, Arabic), or one stored with a direction override before names refused them, would
// otherwise reorder what stands next to it: a date of birth after "שרה כהן" is laid out before
// the name, and after U+202E it reads backwards. Wrapping each field in a first-strong isolate
// (U+2068 … U+2069) lays it out on its own: inside, its own first strong letter sets its
// direction; outside, it counts as one neutral character, and an override inside ends at the
// closing isolate. Only what is shown is wrapped, never what is stored, searched or exported.
class DisplayText {
public:
    static constexpr QChar FirstStrongIsolate{u'\u2068'};
    static constexpr QChar PopDirectionalIsolate{u'\u2069'};

    // `text` in a first-strong isolate. Isolate controls inside that are unmatched are dropped,
    // and isolates left open are closed, so the text cannot end the wrapper early or swallow
    // what follows it. Empty text stays empty; text that is already one whole isolate is
    // returned as it is, so wrapping twice changes nothing.
    [[nodiscard]] static QString isolate(const QString& text);
    // `text` without any bidirectional isolate controls (U+2066..U+2069): what was isolated for
    // the screen, back as stored.
    [[nodiscard]] static QString withoutIsolates(const QString& text);

    // A label ("Stretching", "Left", "Severe") as it reads inside a sentence of the running
    // language: "the note on stretching" in English, where labels go lower case, but "die
    // Notiz zu Dehnung" in German, whose nouns keep their capital. The translation decides
    // (DisplayText's "lower case" entry), so a new language chooses without a code change.
    [[nodiscard]] static QString inSentence(const QString& label);
};

} // namespace needlechart
