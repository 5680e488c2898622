#include "needlechart/services/common/ChangeNotifier.h"

namespace needlechart {

ChangeNotifier::ChangeNotifier(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<needlechart::ChangeEvent>();
}

void ChangeNotifier::notify(const ChangeEvent& event)
{
    Q_EMIT changed(event);
}

} // namespace needlechart
