#include "needlechart/domain/bodymap/BodyView.h"

#include <QCoreApplication>

namespace needlechart {

QList<BodyView> allBodyViews()
{
    return {BodyView::Anterior, BodyView::Posterior};
}

QString bodyViewKey(BodyView view)
{
    switch (view) {
    case BodyView::Anterior: return QStringLiteral("anterior");
    case BodyView::Posterior: return QStringLiteral("posterior");
    }
    return QStringLiteral("anterior");
}

std::optional<BodyView> bodyViewFromKey(const QString& key)
{
    for (BodyView v : allBodyViews()) {
        if (bodyViewKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString bodyViewLabel(BodyView view)
{
    switch (view) {
    case BodyView::Anterior: return QCoreApplication::translate("BodyView", "Front");
    case BodyView::Posterior: return QCoreApplication::translate("BodyView", "Back");
    }
    return {};
}

} // namespace needlechart
