#include "needlechart/domain/consent/ConsentRules.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/common/TextLimit.h"
#include "needlechart/domain/consent/ScreeningChecklist.h"

namespace needlechart {

NeedlingClearance ConsentRules::evaluate(const std::optional<Consent>& consent,
                                         const std::optional<Screening>& screening,
                                         const QDateTime& at, int reviewMonths)
{
    using Block = NeedlingClearance::Block;
    NeedlingClearance clearance;
    if (!consent) {
        clearance.blocks.append({Block::NoConsent, tr("No consent to dry needling is recorded.")});
    } else if (consent->decision == ConsentDecision::Declined) {
        clearance.blocks.append({Block::ConsentDeclined, tr("The patient declined dry needling.")});
    } else if (consent->isWithdrawn() && consent->withdrawnAt <= at) {
        clearance.blocks.append(
            {Block::ConsentWithdrawn, tr("The patient withdrew consent to dry needling.")});
    } else {
        clearance.consentId = consent->id;
        clearance.leafletVersion = consent->leafletVersion;
    }

    if (!screening) {
        clearance.blocks.append({Block::NoScreening, tr("No precaution screening is recorded.")});
        return clearance;
    }
    if (screening->reviewDue(reviewMonths) < at) {
        clearance.blocks.append(
            {Block::ScreeningExpired,
             tr("The precaution screening is more than %1 months old: screen again.")
                 .arg(reviewMonths)});
    }
    for (const ScreeningAnswer& answer : screening->answers) {
        const ScreeningItem* item = ScreeningChecklist::find(answer.itemKey);
        if (!answer.present || !item)
            continue;
        if (item->weight == ScreeningWeight::Absolute) {
            clearance.blocks.append(
                {Block::Contraindicated, tr("Do not needle: %1.").arg(item->label)});
        } else {
            // The clinician's note is shown beside the question and the other precautions.
            clearance.warnings.append(
                answer.note.trimmed().isEmpty()
                    ? item->label
                    : tr("%1: %2").arg(item->label, DisplayText::isolate(answer.note.trimmed())));
            clearance.concerns |= item->concerns;
            clearance.precautions.append(item->key);
        }
    }
    if (clearance.isCleared())
        clearance.screeningId = screening->id;
    return clearance;
}

QList<FieldError> ConsentRules::checkScreening(const Screening& screening)
{
    QList<FieldError> errors;
    if (screening.clinician.trimmed().isEmpty())
        errors.append({QStringLiteral("clinician"), tr("The screening has no clinician.")});
    for (const ScreeningAnswer& answer : screening.answers) {
        const ScreeningItem* item = ScreeningChecklist::find(answer.itemKey);
        if (!item) {
            errors.append({answer.itemKey, tr("Unknown screening question.")});
            continue;
        }
        if (answer.present && item->weight == ScreeningWeight::Relative
            && answer.note.trimmed().isEmpty())
            errors.append(
                {answer.itemKey,
                 tr("Add a note: how does \u201c%1\u201d change the treatment?").arg(item->label)});
        TextLimit::check(errors, answer.itemKey, tr("The note on \u201c%1\u201d").arg(item->label),
                         answer.note, MaxNoteLength);
    }
    return errors;
}

QList<FieldError> ConsentRules::checkConsent(const Consent& consent)
{
    QList<FieldError> errors;
    if (consent.leafletVersion <= 0)
        errors.append({ConsentFields::LeafletVersion,
                       tr("Say which leaflet version the patient was given.")});
    if (consent.clinician.trimmed().isEmpty())
        errors.append({ConsentFields::Clinician, tr("The consent has no clinician.")});
    if (consent.decision == ConsentDecision::Given && consent.form == ConsentForm::Written
        && consent.signedName.trimmed().isEmpty())
        errors.append({ConsentFields::SignedName, tr("Enter the name the patient signed.")});
    if (consent.decision == ConsentDecision::Given && consent.scope.trimmed().isEmpty())
        errors.append({ConsentFields::Scope,
                       tr("Say what the consent covers: regions or the course of treatment.")});
    TextLimit::check(errors, ConsentFields::Scope, tr("What the consent covers"), consent.scope,
                     MaxScopeLength);
    TextLimit::check(errors, ConsentFields::SignedName, tr("The name signed"), consent.signedName,
                     MaxNameLength);
    TextLimit::check(errors, ConsentFields::Witness, tr("The witness's name"), consent.witness,
                     MaxNameLength);
    return errors;
}

QList<FieldError> ConsentRules::checkWithdrawal(const QString& note)
{
    QList<FieldError> errors;
    TextLimit::check(errors, ConsentFields::WithdrawalNote, tr("The note on the withdrawal"), note,
                     MaxNoteLength);
    return errors;
}

} // namespace needlechart
