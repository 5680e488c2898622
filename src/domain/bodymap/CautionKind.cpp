#include "needlechart/domain/bodymap/CautionKind.h"

#include <QCoreApplication>

namespace needlechart {

QList<CautionKind> allCautionKinds()
{
    return {CautionKind::Pneumothorax, CautionKind::Organ, CautionKind::Neurovascular,
            CautionKind::Advanced};
}

QString cautionKindKey(CautionKind kind)
{
    switch (kind) {
    case CautionKind::Pneumothorax: return QStringLiteral("pneumothorax");
    case CautionKind::Organ: return QStringLiteral("organ");
    case CautionKind::Neurovascular: return QStringLiteral("neurovascular");
    case CautionKind::Advanced: return QStringLiteral("advanced");
    }
    return {};
}

std::optional<CautionKind> cautionKindFromKey(const QString& key)
{
    for (CautionKind k : allCautionKinds()) {
        if (cautionKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString cautionKindLabel(CautionKind kind)
{
    switch (kind) {
    case CautionKind::Pneumothorax:
        return QCoreApplication::translate("CautionKind", "Pneumothorax risk");
    case CautionKind::Organ: return QCoreApplication::translate("CautionKind", "Organ beneath");
    case CautionKind::Neurovascular:
        return QCoreApplication::translate("CautionKind", "Nerves or vessels close");
    case CautionKind::Advanced:
        return QCoreApplication::translate("CautionKind", "Advanced technique only");
    }
    return {};
}

} // namespace needlechart
