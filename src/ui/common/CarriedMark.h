#pragma once

#include "needlechart/domain/session/SessionTerms.h"

#include <QString>

class QWidget;

namespace needlechart {

// How a field of a copied item (CarryForward) looks until it is edited or confirmed: in
// italics, with a tooltip saying where it came from and what to do ("Copied from the last
// session: count today's needles in this row."). One look for every section.
class CarriedMark {
public:
    // Marks `widget` as holding an item carried from `from`, or clears the mark for Nowhere.
    static void show(QWidget* widget, CarriedFrom from, const QString& whatToDo);
};

} // namespace needlechart
