#include "common/CarriedMark.h"

#include <QCoreApplication>
#include <QWidget>

namespace needlechart {

void CarriedMark::show(QWidget* widget, CarriedFrom from, const QString& whatToDo)
{
    if (!widget)
        return;
    const bool carried = from != CarriedFrom::Nowhere;
    QFont font = widget->font();
    if (font.italic() != carried) {
        font.setItalic(carried);
        widget->setFont(font);
    }
    const QString tip =
        carried
            ? QCoreApplication::translate("CarriedMark", "%1: %2.").arg(enumLabel(from), whatToDo)
            : QString();
    if (widget->toolTip() != tip)
        widget->setToolTip(tip);
}

} // namespace needlechart
