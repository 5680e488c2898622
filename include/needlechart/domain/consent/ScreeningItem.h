#pragma once

#include "needlechart/domain/bodymap/CautionKind.h"
#include "needlechart/domain/consent/ConsentTerms.h"

#include <QString>

namespace needlechart {

// One question of the precaution screening (see ScreeningChecklist).
struct ScreeningItem {
    QString key;   // stable, stored: "anticoagulants"
    QString label; // translated question text
    ScreeningWeight weight = ScreeningWeight::Relative;
    // Muscles whose cautions this answer makes more serious (e.g. pneumothorax-risk muscles for
    // "chest wall or lung condition"); empty for whole-body precautions.
    CautionKinds concerns;
};

} // namespace needlechart
