#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"

#include <QCoreApplication>
#include <QString>

class QTextCursor;

namespace needlechart {

// The clinic's letterhead at the top of a printed document: its logo (if it has one) and name in
// the accent colour, then one line of address, phone and email. Names and details are isolated
// (DisplayText) and inserted as text, never as markup, so whatever they hold prints literally.
// Shared by the leaflet, the session summary, letters and the after-care sheet.
class Letterhead {
    Q_DECLARE_TR_FUNCTIONS(Letterhead)

public:
    // Inserts the letterhead at `cursor` (which ends after it, in a new empty block); `fallback`
    // stands for the clinic's name when it has none yet.
    static void insert(QTextCursor& cursor, const ClinicProfile& clinic, const QString& fallback);
    // Address, phone and email on one line ("4 Mill Lane, Leeds  ·  Phone 0113 …  ·  …"), each
    // isolated; empty when the clinic has none of them.
    [[nodiscard]] static QString contactLine(const ClinicProfile& clinic);
    // The point size of body text beside it.
    static constexpr double BodyPointSize = 10.5;
};

} // namespace needlechart
