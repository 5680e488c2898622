#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace needlechart {

// The red message under a form field (or at the foot of a dialog) that says what is wrong with
// it: hidden while there is nothing to say. One look for every form.
class ErrorLabel {
public:
    [[nodiscard]] static QLabel* create(QWidget* parent);
    // Shows `text`, or hides the label when it is empty.
    static void show(QLabel* label, const QString& text);
};

} // namespace needlechart
