#pragma once

#include "needlechart/domain/common/EnumText.h"

#include <QStringList>

namespace needlechart {

// The papers a clinic writes from a template and keeps on the patient's record once given or
// sent: the after-care advice sheet handed over after needling, a treatment update letter to the
// GP or referrer, and the discharge summary at the end of a course of care.
enum class DocumentKind { AftercareAdvice, ReferrerLetter, DischargeSummary };

template <>
struct EnumText<DocumentKind> {
    static constexpr const char* Context = "DocumentKind";
    static constexpr std::array Entries{
        EnumEntry<DocumentKind>{DocumentKind::AftercareAdvice, "aftercare-advice",
                                QT_TRANSLATE_NOOP("DocumentKind", "After-care advice sheet")},
        EnumEntry<DocumentKind>{DocumentKind::ReferrerLetter, "referrer-letter",
                                QT_TRANSLATE_NOOP("DocumentKind", "Letter to the GP or referrer")},
        EnumEntry<DocumentKind>{DocumentKind::DischargeSummary, "discharge-summary",
                                QT_TRANSLATE_NOOP("DocumentKind", "Discharge summary")},
    };
};

// The named fields a template of `kind` may use ("patient.name"), which the application fills
// in; a template naming any other field is refused when saved.
[[nodiscard]] QStringList documentFields(DocumentKind kind);
// True for the kinds written to someone (a recipient), false for a sheet handed to the patient.
[[nodiscard]] bool isLetter(DocumentKind kind);

} // namespace needlechart
