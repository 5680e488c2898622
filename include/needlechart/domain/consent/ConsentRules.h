#pragma once

#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/consent/Consent.h"
#include "needlechart/domain/consent/NeedlingClearance.h"
#include "needlechart/domain/consent/Screening.h"

#include <QCoreApplication>

#include <optional>

namespace needlechart {

// The rules that come before any needle: consent in force (given, not withdrawn) and a
// precaution screening within the review interval without an absolute contraindication.
// Also what a screening and a consent record must hold to be saved.
class ConsentRules {
    Q_DECLARE_TR_FUNCTIONS(ConsentRules)

public:
    // Text limits: what the consent covers, the names on it, and notes on a withdrawal or a
    // screening answer.
    static constexpr int MaxScopeLength = 1000;
    static constexpr int MaxNameLength = 201; // "Given Family": two 100-character names
    static constexpr int MaxNoteLength = 4000;

    // `consent` and `screening` are the patient's latest (or none); `at` is when needling is
    // charted.
    [[nodiscard]] static NeedlingClearance evaluate(const std::optional<Consent>& consent,
                                                    const std::optional<Screening>& screening,
                                                    const QDateTime& at, int reviewMonths);
    // Every item is a known question; a precaution that is present needs a note; notes are
    // within their limit.
    [[nodiscard]] static QList<FieldError> checkScreening(const Screening& screening);
    // A leaflet version, a clinician, and for a written consent the name the patient signed;
    // every text within its limit.
    [[nodiscard]] static QList<FieldError> checkConsent(const Consent& consent);
    // The note recorded with a withdrawal is within its limit.
    [[nodiscard]] static QList<FieldError> checkWithdrawal(const QString& note);
};

} // namespace needlechart
