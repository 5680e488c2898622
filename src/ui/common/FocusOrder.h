#pragma once

class QWidget;

namespace needlechart {

// Makes Tab follow the layout. Qt's Tab order is the order widgets joined the window, which
// is not where the layouts put them once panels are built out of order (a button made before
// the row it sits in, a panel added to the window after its neighbour). followLayout() puts
// every widget under `root` that takes Tab in reading order: a box layout in its direction, a
// grid and a form row by row (a label's buddy after the label), a tab widget's tab bar before
// its pages, a stack's and a splitter's pages in order, a scroll area's contents, a main
// window's central widget. Hidden and
// disabled widgets are placed too, so the order holds once they are shown. Button boxes keep
// Qt's order (the desktop's convention).
//
// Call it at the end of a panel's constructor, once its layouts are complete. Checked by
// tests/ui/TabOrder.h.
class FocusOrder {
public:
    static void followLayout(QWidget* root);
};

} // namespace needlechart
