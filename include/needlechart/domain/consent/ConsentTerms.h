#pragma once

#include "needlechart/domain/common/EnumText.h"

namespace needlechart {

enum class ConsentDecision { Given, Declined };
enum class ConsentForm { Written, Verbal };
// How a screening question weighs: an absolute contraindication blocks needling; a relative one
// needs a note and shows as a warning.
enum class ScreeningWeight { Absolute, Relative };

template <>
struct EnumText<ConsentDecision> {
    static constexpr const char* Context = "ConsentDecision";
    static constexpr std::array Entries{
        EnumEntry<ConsentDecision>{ConsentDecision::Given, "given",
                                   QT_TRANSLATE_NOOP("ConsentDecision", "Given")},
        EnumEntry<ConsentDecision>{ConsentDecision::Declined, "declined",
                                   QT_TRANSLATE_NOOP("ConsentDecision", "Declined")},
    };
};

template <>
struct EnumText<ConsentForm> {
    static constexpr const char* Context = "ConsentForm";
    static constexpr std::array Entries{
        EnumEntry<ConsentForm>{ConsentForm::Written, "written",
                               QT_TRANSLATE_NOOP("ConsentForm", "Written")},
        EnumEntry<ConsentForm>{ConsentForm::Verbal, "verbal",
                               QT_TRANSLATE_NOOP("ConsentForm", "Verbal")},
    };
};

template <>
struct EnumText<ScreeningWeight> {
    static constexpr const char* Context = "ScreeningWeight";
    static constexpr std::array Entries{
        EnumEntry<ScreeningWeight>{ScreeningWeight::Absolute, "absolute",
                                   QT_TRANSLATE_NOOP("ScreeningWeight", "Do not needle")},
        EnumEntry<ScreeningWeight>{ScreeningWeight::Relative, "relative",
                                   QT_TRANSLATE_NOOP("ScreeningWeight", "Precaution")},
    };
};

} // namespace needlechart
