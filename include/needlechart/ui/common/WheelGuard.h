#pragma once

#include <QObject>

class QEvent;
class QWheelEvent;
class QWidget;

namespace needlechart {

// Keeps the mouse wheel from changing values nobody is editing. A combo box or spin box (date
// and time fields too) reacts to the wheel only while it has focus; otherwise the wheel goes on
// to the widgets around it, so scrolling a form scrolls it instead of changing a position or a
// bruising grade under the pointer. Such widgets also no longer take focus from the wheel.
// Installed once on the application (by main and by tests that need it): it watches every
// widget, so no form has to remember. Removed again when destroyed.
class WheelGuard : public QObject {
public:
    explicit WheelGuard(QObject* parent = nullptr);
    ~WheelGuard() override;
    WheelGuard(const WheelGuard&) = delete;
    WheelGuard& operator=(const WheelGuard&) = delete;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Combo boxes and spin boxes: the widgets whose value the wheel changes.
    static bool isGuarded(const QObject* object);
    // Focus by click or Tab only (Qt::StrongFocus), not by the wheel (Qt::WheelFocus).
    static void refuseWheelFocus(QWidget& widget);
    // Offers the wheel to `widget`'s parents, nearest first, until one takes it.
    static void passToParents(QWidget& widget, const QWheelEvent& wheel);
};

} // namespace needlechart
