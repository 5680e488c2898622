#include "needlechart/ui/common/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWheelEvent>
#include <QWidget>

namespace needlechart {

WheelGuard::WheelGuard(QObject* parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
    // Widgets made before the guard are already polished: the filter would never see them.
    const QWidgetList existing = QApplication::allWidgets();
    for (QWidget* widget : existing) {
        if (isGuarded(widget))
            refuseWheelFocus(*widget);
    }
}

WheelGuard::~WheelGuard()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish && isGuarded(watched)) {
        refuseWheelFocus(*static_cast<QWidget*>(watched));
        return false;
    }
    if (event->type() != QEvent::Wheel || !isGuarded(watched))
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    if (widget->hasFocus())
        return false;
    // Qt would offer an ignored wheel to the parents only if it came from the window system;
    // offering it here does the same for every wheel event, and stops Qt offering it twice.
    passToParents(*widget, *static_cast<QWheelEvent*>(event));
    event->accept();
    return true;
}

bool WheelGuard::isGuarded(const QObject* object)
{
    return qobject_cast<const QComboBox*>(object) || qobject_cast<const QAbstractSpinBox*>(object);
}

void WheelGuard::refuseWheelFocus(QWidget& widget)
{
    // Their inner line edits already take focus by click or Tab only, passing it to them.
    if (widget.focusPolicy() == Qt::WheelFocus)
        widget.setFocusPolicy(Qt::StrongFocus);
}

void WheelGuard::passToParents(QWidget& widget, const QWheelEvent& wheel)
{
    QPointF position = wheel.position();
    QWidget* from = &widget;
    while (!from->isWindow() && !from->testAttribute(Qt::WA_NoMousePropagation)) {
        position += from->pos();
        from = from->parentWidget();
        if (!from)
            return;
        QWheelEvent passed(position, wheel.globalPosition(), wheel.pixelDelta(), wheel.angleDelta(),
                           wheel.buttons(), wheel.modifiers(), wheel.phase(), wheel.inverted(),
                           wheel.source(), wheel.pointingDevice());
        passed.setTimestamp(wheel.timestamp());
        passed.ignore();
        QCoreApplication::sendEvent(from, &passed);
        if (passed.isAccepted())
            return;
    }
}

} // namespace needlechart
