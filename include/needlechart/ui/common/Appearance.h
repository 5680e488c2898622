#pragma once

#include <QString>

namespace needlechart {

// How NeedleChart looks on this workstation (View > Appearance): the desktop's colours, or
// light or dark whatever the desktop's are. Chosen once at start-up, before the first window:
// the application's palette (Fusion, with the theme's colours) and the palette Theme hands to
// painting code and style sheets. Paper stays light either way.
class Appearance {
public:
    static inline const QString Light = QStringLiteral("light");
    static inline const QString Dark = QStringLiteral("dark");

    // Applies `choice` (Light, Dark, or empty: dark if the desktop's palette is, its window
    // darker than its text). Returns whether the dark palette is in use.
    static bool apply(const QString& choice);
};

} // namespace needlechart
