#pragma once

#include "needlechart/domain/common/EnumText.h"

namespace needlechart {

// How the patient describes a symptom area of their pain drawing. Pins and needles and
// numbness are kept apart from pain proper: they point as much to a nerve as to a muscle.
enum class PainType { Ache, Burning, PinsAndNeedles, Numbness };

template <>
struct EnumText<PainType> {
    static constexpr const char* Context = "PainType";
    static constexpr std::array Entries{
        EnumEntry<PainType>{PainType::Ache, "ache", QT_TRANSLATE_NOOP("PainType", "Ache")},
        EnumEntry<PainType>{PainType::Burning, "burning", QT_TRANSLATE_NOOP("PainType", "Burning")},
        EnumEntry<PainType>{PainType::PinsAndNeedles, "pins-and-needles",
                            QT_TRANSLATE_NOOP("PainType", "Pins and needles")},
        EnumEntry<PainType>{PainType::Numbness, "numbness",
                            QT_TRANSLATE_NOOP("PainType", "Numbness")},
    };
};

} // namespace needlechart
