#pragma once

#include "needlechart/domain/consent/ConsentTerms.h"
#include "needlechart/domain/patients/Patient.h"

#include <QDateTime>
#include <QString>

namespace needlechart {

using ConsentId = qint64;

// A patient's decision about dry needling after being given the information leaflet: when,
// which leaflet version, given or declined, written or verbal, for what (regions or the course
// of treatment), the name the patient signed, the clinician and an optional witness. A later
// withdrawal is recorded on the same record; the record itself is never edited.
struct Consent {
    ConsentId id = 0;
    PatientId patientId = 0;
    QDateTime recordedAt; // UTC
    int leafletVersion = 0;
    ConsentDecision decision = ConsentDecision::Given;
    ConsentForm form = ConsentForm::Written;
    QString scope;      // e.g. "Neck and shoulders, course of 6 sessions"
    QString signedName; // the patient's name as signed
    QString clinician;
    QString witness;
    QDateTime withdrawnAt; // null unless withdrawn
    QString withdrawnBy;
    QString withdrawalNote;

    [[nodiscard]] bool isStored() const { return id > 0; }
    [[nodiscard]] bool isWithdrawn() const { return withdrawnAt.isValid(); }
    // Given and not withdrawn.
    [[nodiscard]] bool isInForce() const
    {
        return decision == ConsentDecision::Given && !isWithdrawn();
    }

    friend bool operator==(const Consent&, const Consent&) = default;
};

namespace ConsentFields {
inline const QString LeafletVersion = QStringLiteral("leafletVersion");
inline const QString Scope = QStringLiteral("scope");
inline const QString SignedName = QStringLiteral("signedName");
inline const QString Clinician = QStringLiteral("clinician");
inline const QString Witness = QStringLiteral("witness");
inline const QString WithdrawalNote = QStringLiteral("withdrawalNote");
} // namespace ConsentFields

} // namespace needlechart
