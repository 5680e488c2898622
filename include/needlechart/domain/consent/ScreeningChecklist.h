#pragma once

#include "needlechart/domain/consent/ScreeningItem.h"

#include <QList>

namespace needlechart {

// The precaution screening questions asked before needling, from the professional bodies'
// guidance: the absolute contraindications first (any one present blocks needling), then the
// precautions (each needs a note and shows as a warning on the session).
class ScreeningChecklist {
public:
    [[nodiscard]] static const QList<ScreeningItem>& items();
    [[nodiscard]] static const ScreeningItem* find(const QString& key);
};

} // namespace needlechart
